package events

//go:generate go run ./contextgen -o contexts_gen.go

import "slices"

// CAMEOCode is a CAMEO event code: two to four decimal digits written as in
// the CAMEO codebook, with the leading zero kept ("036", "0311", "04"; never
// "36" or "4"). The first two digits are the cue category, the third the base
// event, the fourth a sub-event. Only the codes of this package's table are
// known: every code of cue categories 01 to 06 (statements, appeals, intents
// to cooperate, consultations, diplomatic and material cooperation), listed
// by [CAMEOCodes]. Any other value, including codes of categories 07 to 20,
// is not [CAMEOCode.Valid].
type CAMEOCode string

// Valid reports whether c is a code of this package's table. Every valid code
// has a [CAMEOCode.Goldstein] score and a [CAMEOCode.Description].
func (c CAMEOCode) Valid() bool {
	_, ok := lookupCAMEO(c)
	return ok
}

// Goldstein returns the Goldstein conflict-cooperation score of c, from -10
// (most conflictual) to +10 (most cooperative), and true; or 0 and false when
// c is not [CAMEOCode.Valid].
func (c CAMEOCode) Goldstein() (float64, bool) {
	r, ok := lookupCAMEO(c)
	if !ok {
		return 0, false
	}
	return r.goldstein, true
}

// Description returns the name of c as the codebook lists it, e.g. "Express
// intent to meet or negotiate", or "CONSULT" for the cue category "04"; it
// returns "" when c is not [CAMEOCode.Valid].
func (c CAMEOCode) Description() string {
	r, ok := lookupCAMEO(c)
	if !ok {
		return ""
	}
	return r.name
}

// PLOVER returns the PLOVER event type that c maps to, and the PLOVER mode
// when the code fixes one ("" otherwise). It returns ("", "") when c is not
// [CAMEOCode.Valid] and for the codes PLOVER does not code: all of cue
// category 01 (public statements). A mode it returns is always
// [PLOVERMode.ValidFor] the event type it returns.
//
// CAMEO 043 "Host a visit" maps to [PLOVERConsult] with [PLOVERModeVisit],
// but the actors are reversed: in CAMEO 043 the source is the host, while in
// a PLOVER visit the source is the visitor and the recipient the host.
func (c CAMEOCode) PLOVER() (PLOVEREvent, PLOVERMode) {
	r, ok := lookupCAMEO(c)
	if !ok {
		return "", ""
	}
	return r.event, r.mode
}

// Contexts returns the PLOVER contexts of code c, as the official
// CAMEO-to-PLOVER table (2021) gives them: "economic" for 0311,
// "diplomatic" for 036; none for a code the table gives none for, or that
// is not in it. The slice is the caller's.
func (c CAMEOCode) Contexts() []string { return append([]string(nil), cameoContexts[c]...) }

// CAMEOCodes returns every code of this package's table, sorted in ascending
// (string) order, without duplicates. The slice is new on every call; the
// caller may change it.
func CAMEOCodes() []CAMEOCode {
	codes := make([]CAMEOCode, len(cameoCodebook))
	for i := range cameoCodebook {
		codes[i] = cameoCodebook[i].code
	}
	return codes
}

// PLOVEREvent is a PLOVER event type, written in upper case as in the PLOVER
// manual: "AGREE", "CONSULT" and so on. It is one of the PLOVER constants;
// any other value, including the lower-case "agree" and the earlier drafts'
// "DEMAND", is not [PLOVEREvent.Valid].
type PLOVEREvent string

// The sixteen PLOVER event types, in the order of the manual. The quad
// category of each is in its comment.
const (
	PLOVERAgree     PLOVEREvent = "AGREE"     // verbal cooperation: agree to, offer, promise or indicate willingness to cooperate
	PLOVERConsult   PLOVEREvent = "CONSULT"   // verbal cooperation: consultations and meetings
	PLOVERSupport   PLOVEREvent = "SUPPORT"   // verbal cooperation: diplomatic, non-material support; sign or ratify agreements
	PLOVERConcede   PLOVEREvent = "CONCEDE"   // verbal cooperation: verbal concessions, expressions of regret
	PLOVERCooperate PLOVEREvent = "COOPERATE" // material cooperation: mutual material cooperation or exchange
	PLOVERAid       PLOVEREvent = "AID"       // material cooperation: material aid that mainly benefits the recipient
	PLOVERRetreat   PLOVEREvent = "RETREAT"   // material cooperation: concessions with immediate material consequences
	PLOVERRequest   PLOVEREvent = "REQUEST"   // verbal conflict: requests and demands (DEMAND in version 0.8)
	PLOVERAccuse    PLOVEREvent = "ACCUSE"    // verbal conflict: disapprovals, accusations, investigations
	PLOVERReject    PLOVEREvent = "REJECT"    // verbal conflict: rejections and refusals
	PLOVERThreaten  PLOVEREvent = "THREATEN"  // verbal conflict: threats and coercive warnings
	PLOVERProtest   PLOVEREvent = "PROTEST"   // material conflict: civilian demonstrations and collective protest
	PLOVERSanction  PLOVEREvent = "SANCTION"  // material conflict: reductions in existing relations
	PLOVERMobilize  PLOVEREvent = "MOBILIZE"  // material conflict: military or police moves short of force
	PLOVERCoerce    PLOVEREvent = "COERCE"    // material conflict: repression, restrictions on rights
	PLOVERAssault   PLOVEREvent = "ASSAULT"   // material conflict: deliberate actions that can cause physical harm
)

// ploverEventOrder is every event type, in the order of the manual.
var ploverEventOrder = [...]PLOVEREvent{
	PLOVERAgree, PLOVERConsult, PLOVERSupport, PLOVERConcede,
	PLOVERCooperate, PLOVERAid, PLOVERRetreat,
	PLOVERRequest, PLOVERAccuse, PLOVERReject, PLOVERThreaten,
	PLOVERProtest, PLOVERSanction, PLOVERMobilize, PLOVERCoerce, PLOVERAssault,
}

// Valid reports whether e is one of the sixteen PLOVER event types, spelled
// exactly as the manual spells it (upper case). The empty string is not valid.
func (e PLOVEREvent) Valid() bool {
	switch e {
	case PLOVERAgree, PLOVERConsult, PLOVERSupport, PLOVERConcede,
		PLOVERCooperate, PLOVERAid, PLOVERRetreat,
		PLOVERRequest, PLOVERAccuse, PLOVERReject, PLOVERThreaten,
		PLOVERProtest, PLOVERSanction, PLOVERMobilize, PLOVERCoerce, PLOVERAssault:
		return true
	}
	return false
}

// PLOVEREvents returns the sixteen PLOVER event types in the order of the
// manual, from [PLOVERAgree] to [PLOVERAssault]. The slice is new on every
// call; the caller may change it.
func PLOVEREvents() []PLOVEREvent {
	events := make([]PLOVEREvent, len(ploverEventOrder))
	copy(events, ploverEventOrder[:])
	return events
}

// PLOVERMode is a PLOVER event mode: how an event was done (for CONSULT) or
// what kind of event it was. It is one of the PLOVERMode constants, spelled
// as the manual spells it: lower case, words joined by hyphens
// ("third-party", "martial-law"), except the manual's "sideAB". A mode
// belongs to particular event types; see [PLOVERMode.ValidFor]. The manual
// lists no modes for AGREE, SUPPORT, CONCEDE, COOPERATE and AID.
type PLOVERMode string

// The CONSULT modes: how the consultation took place.
const (
	PLOVERModeVisit        PLOVERMode = "visit"        // the source actor visits, the recipient hosts
	PLOVERModeThirdParty   PLOVERMode = "third-party"  // the meeting is hosted by a third party
	PLOVERModeMultilateral PLOVERMode = "multilateral" // the meeting is in a multilateral setting, typically an alliance or IGO
	PLOVERModePhone        PLOVERMode = "phone"        // by phone or another remote medium
)

// The RETREAT modes. [PLOVERModeWithdraw] is also a SANCTION mode.
const (
	PLOVERModeWithdraw  PLOVERMode = "withdraw"  // RETREAT: retreat from territory or withdraw forces; SANCTION: withdraw oneself or one's non-military resources
	PLOVERModeRelease   PLOVERMode = "release"   // release captives
	PLOVERModeReturn    PLOVERMode = "return"    // return property
	PLOVERModeDisarm    PLOVERMode = "disarm"    // disarm militarily or give up weapons
	PLOVERModeCeasefire PLOVERMode = "ceasefire" // implement a ceasefire
	PLOVERModeAccess    PLOVERMode = "access"    // allow a third party (observers, peacekeepers, humanitarian workers) access
	PLOVERModeResign    PLOVERMode = "resign"    // official resignation
)

// The REQUEST modes, which are also the REJECT modes: what is requested, or
// what is rejected.
const (
	PLOVERModeAssist PLOVERMode = "assist" // any form of exchange, relations, or assistance
	PLOVERModeChange PLOVERMode = "change" // changes in policy, government, or institutions that are not concessions
	PLOVERModeYield  PLOVERMode = "yield"  // concessions: release of prisoners, ending sanctions, easing curfews and boycotts, ceasefires
	PLOVERModeMeet   PLOVERMode = "meet"   // meetings and negotiations
)

// The ACCUSE modes.
const (
	PLOVERModeDisapprove  PLOVERMode = "disapprove"  // express disapproval; condemn; complain
	PLOVERModeInvestigate PLOVERMode = "investigate" // any investigation, judicial or political
	PLOVERModeAllege      PLOVERMode = "allege"      // accuse formally or informally; sue, indict, charge, bring to trial
)

// The THREATEN modes: what is threatened. [PLOVERModeRestrict],
// [PLOVERModeBan] and [PLOVERModeArrest] are also COERCE modes, and
// [PLOVERModeExpel] is also a SANCTION mode.
const (
	PLOVERModeRestrict  PLOVERMode = "restrict"  // restrict movement of people or goods (THREATEN); restrict political freedoms or movement (COERCE)
	PLOVERModeBan       PLOVERMode = "ban"       // ban political activities of parties or individuals
	PLOVERModeArrest    PLOVERMode = "arrest"    // arrest, detain, imprison or charge
	PLOVERModeRelations PLOVERMode = "relations" // suspend relations or talks
	PLOVERModeExpel     PLOVERMode = "expel"     // expel diplomats, peacekeepers, NGOs (THREATEN); expel an actor from a group, organization or country (SANCTION)
	PLOVERModeTerritory PLOVERMode = "territory" // occupy or seize control of territory
	PLOVERModeViolence  PLOVERMode = "violence"  // violence
)

// The PROTEST modes.
const (
	PLOVERModeDemo     PLOVERMode = "demo"     // organized, largely peaceful demonstration
	PLOVERModeRiot     PLOVERMode = "riot"     // violent riot
	PLOVERModeGeneral  PLOVERMode = "general"  // general strike
	PLOVERModeStrike   PLOVERMode = "strike"   // limited strike
	PLOVERModeHunger   PLOVERMode = "hunger"   // hunger strike
	PLOVERModeBoycott  PLOVERMode = "boycott"  // boycott
	PLOVERModeObstruct PLOVERMode = "obstruct" // obstruct passage
)

// The SANCTION modes other than [PLOVERModeExpel] and [PLOVERModeWithdraw].
const (
	PLOVERModeConvict     PLOVERMode = "convict"     // find guilty or liable in a court of law
	PLOVERModeDiscontinue PLOVERMode = "discontinue" // curtail, decrease, break or end diplomatic, commercial or material exchanges
)

// The MOBILIZE modes.
const (
	PLOVERModeTroops  PLOVERMode = "troops"  // mobilize armed personnel or units
	PLOVERModeWeapons PLOVERMode = "weapons" // increase readiness of weapons systems
	PLOVERModePolice  PLOVERMode = "police"  // mobilize police or security units
	PLOVERModeMilitia PLOVERMode = "militia" // mobilize a non-state entity with significant military capability
)

// The COERCE modes other than [PLOVERModeRestrict], [PLOVERModeBan] and
// [PLOVERModeArrest].
const (
	PLOVERModeConfiscate PLOVERMode = "confiscate"  // confiscate property
	PLOVERModeCensor     PLOVERMode = "censor"      // censor, ban or restrict access to publications or information
	PLOVERModeCurfew     PLOVERMode = "curfew"      // impose a curfew
	PLOVERModeMartialLaw PLOVERMode = "martial-law" // impose a state of emergency or martial law
	PLOVERModeDeport     PLOVERMode = "deport"      // expel or deport individuals
	PLOVERModeWithhold   PLOVERMode = "withhold"    // withhold public goods, services, food or medical supplies
)

// The ASSAULT modes.
const (
	PLOVERModeAbduct         PLOVERMode = "abduct"         // abduct, kidnap, hijack
	PLOVERModeBeat           PLOVERMode = "beat"           // physically assault
	PLOVERModeTorture        PLOVERMode = "torture"        // torture
	PLOVERModeExecute        PLOVERMode = "execute"        // judicially sanctioned execution
	PLOVERModeSexual         PLOVERMode = "sexual"         // sexual violence
	PLOVERModeAssassinate    PLOVERMode = "assassinate"    // targeted assassination with any weapon
	PLOVERModeDestroy        PLOVERMode = "destroy"        // destroy property
	PLOVERModePrimitive      PLOVERMode = "primitive"      // primitive weapons: fire, edged weapons, rocks, farm implements
	PLOVERModeFirearms       PLOVERMode = "firearms"       // rifles, pistols, light machine guns
	PLOVERModeExplosives     PLOVERMode = "explosives"     // explosives not part of a heavy weapon: mines, IEDs, car bombs
	PLOVERModeSuicideAttack  PLOVERMode = "suicide-attack" // individual and vehicular suicide attacks
	PLOVERModeHeavyWeapons   PLOVERMode = "heavy-weapons"  // crew-served weapons
	PLOVERModeCleansing      PLOVERMode = "cleansing"      // mass expulsions or deportations, ethnic cleansing
	PLOVERModeMassacre       PLOVERMode = "massacre"       // mass killing
	PLOVERModeUnconventional PLOVERMode = "unconventional" // chemical, biological, radiological or nuclear weapons
	PLOVERModeSideAB         PLOVERMode = "sideAB"         // two-sided violence with a "Side A" and a "Side B" (the manual's spelling)
)

// The modes the manual lists for each event type that has modes.
var (
	ploverConsultModes = [...]PLOVERMode{
		PLOVERModeVisit, PLOVERModeThirdParty, PLOVERModeMultilateral, PLOVERModePhone,
	}
	ploverRetreatModes = [...]PLOVERMode{
		PLOVERModeWithdraw, PLOVERModeRelease, PLOVERModeReturn, PLOVERModeDisarm,
		PLOVERModeCeasefire, PLOVERModeAccess, PLOVERModeResign,
	}
	ploverRequestModes = [...]PLOVERMode{ // shared by REQUEST and REJECT
		PLOVERModeAssist, PLOVERModeChange, PLOVERModeYield, PLOVERModeMeet,
	}
	ploverAccuseModes = [...]PLOVERMode{
		PLOVERModeDisapprove, PLOVERModeInvestigate, PLOVERModeAllege,
	}
	ploverThreatenModes = [...]PLOVERMode{
		PLOVERModeRestrict, PLOVERModeBan, PLOVERModeArrest, PLOVERModeRelations,
		PLOVERModeExpel, PLOVERModeTerritory, PLOVERModeViolence,
	}
	ploverProtestModes = [...]PLOVERMode{
		PLOVERModeDemo, PLOVERModeRiot, PLOVERModeGeneral, PLOVERModeStrike,
		PLOVERModeHunger, PLOVERModeBoycott, PLOVERModeObstruct,
	}
	ploverSanctionModes = [...]PLOVERMode{
		PLOVERModeConvict, PLOVERModeExpel, PLOVERModeWithdraw, PLOVERModeDiscontinue,
	}
	ploverMobilizeModes = [...]PLOVERMode{
		PLOVERModeTroops, PLOVERModeWeapons, PLOVERModePolice, PLOVERModeMilitia,
	}
	ploverCoerceModes = [...]PLOVERMode{
		PLOVERModeConfiscate, PLOVERModeRestrict, PLOVERModeBan, PLOVERModeCensor,
		PLOVERModeCurfew, PLOVERModeMartialLaw, PLOVERModeArrest, PLOVERModeDeport,
		PLOVERModeWithhold,
	}
	ploverAssaultModes = [...]PLOVERMode{
		PLOVERModeAbduct, PLOVERModeBeat, PLOVERModeTorture, PLOVERModeExecute,
		PLOVERModeSexual, PLOVERModeAssassinate, PLOVERModeDestroy, PLOVERModePrimitive,
		PLOVERModeFirearms, PLOVERModeExplosives, PLOVERModeSuicideAttack,
		PLOVERModeHeavyWeapons, PLOVERModeCleansing, PLOVERModeMassacre,
		PLOVERModeUnconventional, PLOVERModeSideAB,
	}
)

// ploverModesOf returns the modes the manual lists for e: none for AGREE,
// SUPPORT, CONCEDE, COOPERATE and AID, and none for an invalid e. The slice
// shares the package's array and must not be changed.
func ploverModesOf(e PLOVEREvent) []PLOVERMode {
	switch e {
	case PLOVERConsult:
		return ploverConsultModes[:]
	case PLOVERRetreat:
		return ploverRetreatModes[:]
	case PLOVERRequest, PLOVERReject:
		return ploverRequestModes[:]
	case PLOVERAccuse:
		return ploverAccuseModes[:]
	case PLOVERThreaten:
		return ploverThreatenModes[:]
	case PLOVERProtest:
		return ploverProtestModes[:]
	case PLOVERSanction:
		return ploverSanctionModes[:]
	case PLOVERMobilize:
		return ploverMobilizeModes[:]
	case PLOVERCoerce:
		return ploverCoerceModes[:]
	case PLOVERAssault:
		return ploverAssaultModes[:]
	}
	return nil
}

// Valid reports whether m is a mode the manual lists for at least one event
// type, spelled exactly as the manual spells it. The empty string, which
// stands for "no mode", is not a mode and is not valid; see
// [PLOVERMode.ValidFor].
func (m PLOVERMode) Valid() bool {
	if m == "" {
		return false
	}
	for _, e := range ploverEventOrder {
		if m.ValidFor(e) {
			return true
		}
	}
	return false
}

// ValidFor reports whether m may be the mode of an event of type e: the empty
// mode for every valid e, otherwise only a mode the manual lists for e, so
// that [PLOVERModeVisit] is valid for CONSULT but not for AGREE, which has no
// modes. It reports false when e is not [PLOVEREvent.Valid].
func (m PLOVERMode) ValidFor(e PLOVEREvent) bool {
	if !e.Valid() {
		return false
	}
	if m == "" {
		return true
	}
	return slices.Contains(ploverModesOf(e), m)
}

// cameoRow is one code of the table: its codebook name, its Goldstein score
// and the PLOVER event type and mode it maps to ("" when unmapped).
type cameoRow struct {
	code      CAMEOCode
	goldstein float64
	event     PLOVEREvent
	mode      PLOVERMode
	name      string
}

// lookupCAMEO finds c in cameoCodebook by binary search. It does not
// allocate.
func lookupCAMEO(c CAMEOCode) (*cameoRow, bool) {
	if len(c) < 2 || len(c) > 4 {
		return nil, false
	}
	lo, hi := 0, len(cameoCodebook)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cameoCodebook[mid].code < c {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(cameoCodebook) && cameoCodebook[lo].code == c {
		return &cameoCodebook[lo], true
	}
	return nil, false
}

// The unmapped event type and the absent mode, for the table below.
const (
	ploverNoEvent PLOVEREvent = ""
	ploverNoMode  PLOVERMode  = ""
)

// cameoCodebook is every CAMEO event code of cue categories 01 to 06, sorted
// by code in ascending string order (so "021" < "0211" < "022"); lookupCAMEO
// depends on that order, and the tests check it.
//
// Sources:
//
//   - Codes and names: Philip A. Schrodt, "CAMEO Conflict and Mediation Event
//     Observations Event and Actor Codebook", version 1.1b3, March 2012, Event
//     Data Project, Pennsylvania State University
//     (http://eventdata.parusanalytics.com/data.dir/cameo.html). The names are
//     those of its Chapter 6, "CAMEO Event Codes", verbatim, including "not
//     specified below"; the cue categories carry their upper-case headings.
//     Where the longer Chapter 2 words a name differently (045 "Engage in
//     mediation", 0214 "Appeal for intelligence cooperation"), Chapter 6 wins.
//   - Goldstein scores: the codebook does not print them. They are the CAMEO
//     extension of Goldstein's (1992) WEIS conflict-cooperation scale as
//     published by the GDELT Project in its lookup table CAMEO.goldsteinscale.txt
//     (https://www.gdeltproject.org/data/lookups/CAMEO.goldsteinscale.txt),
//     copied digit for digit. Other CAMEO datasets (ICEWS) assign a few codes
//     other values, e.g. 016 "Deny responsibility" -5 instead of -2.
//   - PLOVER: Open Event Data Alliance, "PLOVER: Political Language Ontology
//     for Verifiable Event Records. Event, Actor and Data Interchange
//     Specification", DRAFT Version 0.8 (2021; PLOVER_MANUAL.tex in
//     https://github.com/openeventdata/PLOVER), for the event definitions, the
//     mode tables and the table "PLOVER equivalents to CAMEO cue categories";
//     and the later edition of PLOVER_MANUAL.pdf in the same repository, whose
//     sixteen event types replace DEMAND by REQUEST and list no modes for
//     AGREE, SUPPORT, CONCEDE, COOPERATE and AID. The mode tables of version
//     0.8 are used, with the DEMAND modes as the REQUEST modes.
//
// Mapping. The manual maps CAMEO by cue category and says that 3- and 4-digit
// codes should generally take their category's event type; modes are
// optional. This table follows it:
//
//   - 01 (make public statement) is not coded in PLOVER: ("", "").
//   - 02 (appeal) maps to REQUEST. Version 0.8 still lists 02 as dropped, but
//     its DEMAND already covers everything "stronger or more forceful than a
//     request", and the later edition widens DEMAND into REQUEST. The modes
//     follow the REQUEST (DEMAND) mode table as the CAMEO demand codes 10x map
//     onto it: appeals for cooperation, diplomatic support or aid (021x, 022,
//     023x) are "assist"; for political reform (024x) "change"; to yield
//     (025x) "yield", as the manual defines yield; to meet, settle or accept
//     mediation (026-028) "meet"; 020 and the category itself have no mode.
//   - 03 (express intent to cooperate) maps to AGREE, which PLOVER defines as
//     agreeing to, offering, promising or indicating willingness to cooperate;
//     AGREE has no modes. This includes 035x (intent to yield), which the
//     manual's table puts under AGREE, not CONCEDE.
//   - 04 (consult) maps to CONSULT, whose modes the manual adapted from
//     CAMEO: 041 "Discuss by telephone" is "phone", 042 "Make a visit" and
//     043 "Host a visit" are "visit" (the manual has no host mode; its visit
//     mode covers both sides, with the visitor as source), 044 "Meet at a
//     'third' location" is "third-party". 040, 045 (mediate) and 046
//     (negotiate) have no mode. No CAMEO code maps to "multilateral".
//   - 05 (engage in diplomatic cooperation) maps to SUPPORT, as the manual's
//     table says (not to COOPERATE, which is material, nor AGREE, which is
//     a promise); SUPPORT includes signing agreements (057) and diplomatic
//     recognition (054). The one exception is 055 "Apologize", defined as
//     "Express regret or remorse", which the manual codes as CONCEDE.
//   - 06 (engage in material cooperation) maps to COOPERATE, which has no
//     modes.
var cameoCodebook = [...]cameoRow{
	// 01 MAKE PUBLIC STATEMENT: not coded in PLOVER.
	{"01", 0.0, ploverNoEvent, ploverNoMode, "MAKE PUBLIC STATEMENT"},
	{"010", 0.0, ploverNoEvent, ploverNoMode, "Make statement, not specified below"},
	{"011", -0.1, ploverNoEvent, ploverNoMode, "Decline comment"},
	{"012", -0.4, ploverNoEvent, ploverNoMode, "Make pessimistic comment"},
	{"013", 0.4, ploverNoEvent, ploverNoMode, "Make optimistic comment"},
	{"014", 0.0, ploverNoEvent, ploverNoMode, "Consider policy option"},
	{"015", 0.0, ploverNoEvent, ploverNoMode, "Acknowledge or claim responsibility"},
	{"016", -2.0, ploverNoEvent, ploverNoMode, "Deny responsibility"},
	{"017", 0.0, ploverNoEvent, ploverNoMode, "Engage in symbolic act"},
	{"018", 3.4, ploverNoEvent, ploverNoMode, "Make empathetic comment"},
	{"019", 3.4, ploverNoEvent, ploverNoMode, "Express accord"},

	// 02 APPEAL: REQUEST.
	{"02", 3.0, PLOVERRequest, ploverNoMode, "APPEAL"},
	{"020", 3.0, PLOVERRequest, ploverNoMode, "Make an appeal or request, not specified below"},
	{"021", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for material cooperation, not specified below"},
	{"0211", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for economic cooperation"},
	{"0212", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for military cooperation"},
	{"0213", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for judicial cooperation"},
	{"0214", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for intelligence"},
	{"022", 3.2, PLOVERRequest, PLOVERModeAssist, "Appeal for diplomatic cooperation (such as policy support)"},
	{"023", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for aid, not specified below"},
	{"0231", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for economic aid"},
	{"0232", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for military aid"},
	{"0233", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for humanitarian aid"},
	{"0234", 3.4, PLOVERRequest, PLOVERModeAssist, "Appeal for military protection or peacekeeping"},
	{"024", -0.3, PLOVERRequest, PLOVERModeChange, "Appeal for political reform, not specified below"},
	{"0241", -0.3, PLOVERRequest, PLOVERModeChange, "Appeal for change in leadership"},
	{"0242", -0.3, PLOVERRequest, PLOVERModeChange, "Appeal for policy change"},
	{"0243", -0.3, PLOVERRequest, PLOVERModeChange, "Appeal for rights"},
	{"0244", -0.3, PLOVERRequest, PLOVERModeChange, "Appeal for change in institutions, regime"},
	{"025", -0.3, PLOVERRequest, PLOVERModeYield, "Appeal to yield, not specified below"},
	{"0251", -0.3, PLOVERRequest, PLOVERModeYield, "Appeal for easing of administrative sanctions"},
	{"0252", -0.3, PLOVERRequest, PLOVERModeYield, "Appeal for easing of political dissent"},
	{"0253", -0.3, PLOVERRequest, PLOVERModeYield, "Appeal for release of persons or property"},
	{"0254", -0.3, PLOVERRequest, PLOVERModeYield, "Appeal for easing of economic sanctions, boycott, or embargo"},
	{"0255", -0.3, PLOVERRequest, PLOVERModeYield, "Appeal for target to allow international involvement (non-mediation)"},
	{"0256", -0.3, PLOVERRequest, PLOVERModeYield, "Appeal for de-escalation of military engagement"},
	{"026", 4.0, PLOVERRequest, PLOVERModeMeet, "Appeal to others to meet or negotiate"},
	{"027", 4.0, PLOVERRequest, PLOVERModeMeet, "Appeal to others to settle dispute"},
	{"028", 4.0, PLOVERRequest, PLOVERModeMeet, "Appeal to engage in or accept mediation"},

	// 03 EXPRESS INTENT TO COOPERATE: AGREE.
	{"03", 4.0, PLOVERAgree, ploverNoMode, "EXPRESS INTENT TO COOPERATE"},
	{"030", 4.0, PLOVERAgree, ploverNoMode, "Express intent to cooperate, not specified below"},
	{"031", 5.2, PLOVERAgree, ploverNoMode, "Express intent to engage in material cooperation, not specified below"},
	{"0311", 5.2, PLOVERAgree, ploverNoMode, "Express intent to cooperate economically"},
	{"0312", 5.2, PLOVERAgree, ploverNoMode, "Express intent to cooperate militarily"},
	{"0313", 5.2, PLOVERAgree, ploverNoMode, "Express intent to cooperate on judicial matters"},
	{"0314", 5.2, PLOVERAgree, ploverNoMode, "Express intent to cooperate on intelligence"},
	{"032", 4.5, PLOVERAgree, ploverNoMode, "Express intent to engage in diplomatic cooperation (such as policy support)"},
	{"033", 5.2, PLOVERAgree, ploverNoMode, "Express intent to provide material aid, not specified below"},
	{"0331", 5.2, PLOVERAgree, ploverNoMode, "Express intent to provide economic aid"},
	{"0332", 5.2, PLOVERAgree, ploverNoMode, "Express intent to provide military aid"},
	{"0333", 5.2, PLOVERAgree, ploverNoMode, "Express intent to provide humanitarian aid"},
	{"0334", 6.0, PLOVERAgree, ploverNoMode, "Express intent to provide military protection or peacekeeping"},
	{"034", 7.0, PLOVERAgree, ploverNoMode, "Express intent to institute political reform, not specified below"},
	{"0341", 7.0, PLOVERAgree, ploverNoMode, "Express intent to change leadership"},
	{"0342", 7.0, PLOVERAgree, ploverNoMode, "Express intent to change policy"},
	{"0343", 7.0, PLOVERAgree, ploverNoMode, "Express intent to provide rights"},
	{"0344", 7.0, PLOVERAgree, ploverNoMode, "Express intent to change institutions, regime"},
	{"035", 7.0, PLOVERAgree, ploverNoMode, "Express intent to yield, not specified below"},
	{"0351", 7.0, PLOVERAgree, ploverNoMode, "Express intent to ease administrative sanctions"},
	{"0352", 7.0, PLOVERAgree, ploverNoMode, "Express intent to ease popular dissent"},
	{"0353", 7.0, PLOVERAgree, ploverNoMode, "Express intent to release persons or property"},
	{"0354", 7.0, PLOVERAgree, ploverNoMode, "Express intent to ease economic sanctions, boycott, or embargo"},
	{"0355", 7.0, PLOVERAgree, ploverNoMode, "Express intent to allow international involvement (non-mediation)"},
	{"0356", 7.0, PLOVERAgree, ploverNoMode, "Express intent to de-escalate military engagement"},
	{"036", 4.0, PLOVERAgree, ploverNoMode, "Express intent to meet or negotiate"},
	{"037", 5.0, PLOVERAgree, ploverNoMode, "Express intent to settle dispute"},
	{"038", 7.0, PLOVERAgree, ploverNoMode, "Express intent to accept mediation"},
	{"039", 5.0, PLOVERAgree, ploverNoMode, "Express intent to mediate"},

	// 04 CONSULT: CONSULT.
	{"04", 1.0, PLOVERConsult, ploverNoMode, "CONSULT"},
	{"040", 1.0, PLOVERConsult, ploverNoMode, "Consult, not specified below"},
	{"041", 1.0, PLOVERConsult, PLOVERModePhone, "Discuss by telephone"},
	{"042", 1.9, PLOVERConsult, PLOVERModeVisit, "Make a visit"},
	{"043", 2.8, PLOVERConsult, PLOVERModeVisit, "Host a visit"},
	{"044", 2.5, PLOVERConsult, PLOVERModeThirdParty, `Meet at a "third" location`},
	{"045", 5.0, PLOVERConsult, ploverNoMode, "Mediate"},
	{"046", 7.0, PLOVERConsult, ploverNoMode, "Engage in negotiation"},

	// 05 ENGAGE IN DIPLOMATIC COOPERATION: SUPPORT, but 055 CONCEDE.
	{"05", 3.5, PLOVERSupport, ploverNoMode, "ENGAGE IN DIPLOMATIC COOPERATION"},
	{"050", 3.5, PLOVERSupport, ploverNoMode, "Engage in diplomatic cooperation, not specified below"},
	{"051", 3.4, PLOVERSupport, ploverNoMode, "Praise or endorse"},
	{"052", 3.5, PLOVERSupport, ploverNoMode, "Defend verbally"},
	{"053", 3.8, PLOVERSupport, ploverNoMode, "Rally support on behalf of"},
	{"054", 6.0, PLOVERSupport, ploverNoMode, "Grant diplomatic recognition"},
	{"055", 7.0, PLOVERConcede, ploverNoMode, "Apologize"},
	{"056", 7.0, PLOVERSupport, ploverNoMode, "Forgive"},
	{"057", 8.0, PLOVERSupport, ploverNoMode, "Sign formal agreement"},

	// 06 ENGAGE IN MATERIAL COOPERATION: COOPERATE.
	{"06", 6.0, PLOVERCooperate, ploverNoMode, "ENGAGE IN MATERIAL COOPERATION"},
	{"060", 6.0, PLOVERCooperate, ploverNoMode, "Engage in material cooperation, not specified below"},
	{"061", 6.4, PLOVERCooperate, ploverNoMode, "Cooperate economically"},
	{"062", 7.4, PLOVERCooperate, ploverNoMode, "Cooperate militarily"},
	{"063", 7.4, PLOVERCooperate, ploverNoMode, "Engage in judicial cooperation"},
	{"064", 7.0, PLOVERCooperate, ploverNoMode, "Share intelligence or information"},
}

// Package plover writes amity's visits, meetings, statements and the
// signing of agreements as PLOVER event records, in JSON Lines: one record
// a line, as the PLOVER manual suggests. The manual followed is the PLOVER
// manual, draft version 2.0: Open Event Data Alliance, "PLOVER: Political
// Language Ontology for Verifiable Event Records. Event, Actor and Data
// Interchange Specification", DRAFT Version 2.0, the file PLOVER_MANUAL.tex
// of the repository openeventdata/PLOVER as of commit 5e0c24f, February
// 2024; chiefly its chapters "Event, Mode, and Context", "Event
// Categories", "Country Names and Sector Codes" and "Data Fields". A copy
// is in testdata, and the tests check every record written against its
// tables. PLOVER is the successor of CAMEO in event-data research.
//
// # Records
//
// Each visit and each meeting is a record, and so is each statement that
// expresses an intention or a proposal, and the signing of each agreement
// whose date is known. The fields are those of the manual's table "PLOVER
// JSON":
//
//   - id: the visit's, meeting's or agreement's ID; the statement's ID,
//     or "MEETING/INDEX" for a statement without one.
//   - date: "YYYY-MM-DD". A date amity knows only to the month or year is
//     written as its first day, and the extension field date_precision
//     says "month" or "year". enddate is a visit's end, as its last day.
//     A signing's date is the agreement's date of signature, or else the
//     date of the meeting it was signed at.
//   - actor and recipient: lists of entity objects, with the fields of
//     the manual's table "Information object for entities". An entity is
//     an official or a group: code the ISO 3166-1 alpha-3 code of the
//     state the official or group represents ("IGO" for an official of an
//     intergovernmental organization, one of the manual's codes of
//     international non-state actors); sector from the body of the
//     official's post, a code of the manual's table "Sector Codes": GOV
//     for a state, a ministry, a government, a government agency, a
//     diplomatic mission, a joint commission or a regional authority; LEG
//     for a legislature, EDU for an educational body, JRN for the media,
//     REL for a religious body, BUS for a business, PTY for a political
//     party; SOC, the manual's sector of organized civil society, for a
//     cultural institution, an ensemble or a non-governmental
//     organization (not CVL, which the manual keeps for civilians and
//     activists without affiliation to an organized group); none for an
//     intergovernmental organization or an organization of another kind.
//     entity_text is the name, or for an official known only by post the
//     post's title (orgs.Official.Label); office the post's title;
//     identifier_id the Wikidata item. A group's entity_text is its label
//     (orgs.Group.Label), and its sector that of its ministry or
//     organization, or else GOV for a delegation, officials or a side, and
//     SOC for an ensemble. The manual's coding rules hold: in a visit, the
//     visitors, officials and groups, are the actor and the host state (an
//     entity with sector GOV) the recipient; in a meeting with a host, the
//     participants of other states are the actor and the host's the
//     recipient; a meeting without a host, and whose participants' roles
//     name no host, has every participant as actor and no recipient. A
//     statement's actor is its speakers, officials and groups, and its
//     recipient the participants of the other states, when the speakers
//     are of one state.
//   - In a signing, the entities are the signatories, each with the code
//     and sector of the party signed for and the post signed in as
//     office, and the parties no signatory signs for, by their names; an
//     agreement without signatories signed at a meeting has the
//     participants whose role is signatory as entities in place of its
//     parties. When it was signed in the state of one of the parties (by
//     its place, or else its meeting's place or host), the others are the
//     actor and that party's the recipient, as a visitor and a host are;
//     otherwise every entity is actor.
//   - event: the PLOVER event categories of the event codes (the category
//     each CAMEO code maps to where none is given), CONSULT for a visit or
//     a meeting without codes, and AGREE for a statement: PLOVER codes an
//     intention, offer or proposal to cooperate as AGREE, future tense
//     included. A statement is such when its verb is proposed, suggested,
//     agreed or invited, or when an initiative of cooperation (of any
//     kind but a domestic programme) names it as one that raised it;
//     other statements, such as a remark on a past event, are comments,
//     which PLOVER, unlike CAMEO (cue category 01), does not code, and
//     they are not written. A signing is SUPPORT: the manual codes
//     "ratify, sign, or finalize an agreement or treaty" as SUPPORT, and
//     only a promise to sign as AGREE, as CAMEO 057 "Sign formal
//     agreement" maps to SUPPORT.
//   - quad_code: the quad category the event categories share, as the
//     manual numbers them: 1 verbal cooperation, 2 material cooperation,
//     3 verbal conflict, 4 material conflict; left out when they do not
//     share one. A category's quad category is the one its section of the
//     manual gives: SANCTION is material conflict, though the manual's
//     summary table lists it under verbal conflict.
//   - mode: the modes of the codes; "visit" for a visit, and for a meeting
//     held during a visit with a host, where the visitor is the actor and
//     the host the recipient. A signing has none: the manual lists no
//     modes for SUPPORT.
//   - context: the contexts the official CAMEO-to-PLOVER table (2021)
//     gives the record's CAMEO codes ("economic" for 0311, "diplomatic"
//     for 036) that are among the manual's general contexts, or
//     "diplomatic" where there are none: the table gives 0333 "Express
//     intent to provide humanitarian aid" the context "humanitarian",
//     which the manual no longer lists. PLOVER has no context for
//     culture; the cultural subject is carried by the extension field
//     topics (amity's topics, such as "literature" or "cultural_centres")
//     and by event_text.
//   - event_text: the title and summary of a meeting, the note of a visit,
//     the summary and quote of a statement, the title and note of an
//     agreement.
//   - event_loc: a location object, with the fields of the manual's table
//     "Location object", of a meeting's place, a visit's first place, or
//     the place of signing (else its meeting's): resolved_place, the
//     city, or the name of the state for a place known only by its state;
//     city, when the place names one; country, the name of the state as
//     the records give it; country_code, its ISO 3166-1 alpha-3 code; and
//     resolution, 4 (city) or 1 (country), the level of resolved_place.
//     The rest of the table, from a GeoNames lookup (geonameid, lat, lon,
//     feature codes, district and province names) or from the text
//     (extracted_place), amity does not hold.
//   - link: the visit a record belongs to, the meeting a statement was
//     made or an agreement signed at, or the record's own id, so that
//     related records share it.
//   - cite_info: the first source of the record, with the fields of the
//     manual's table "Information object for citations": url, title,
//     publication (the publisher), language (a two-letter ISO 639-1
//     code), citation (author, title, publisher and date).
//   - comment: that the speakers of the record are inferred, that its
//     date is inferred, approximate or disputed (and why), or that a
//     signing's date is that of its meeting.
//
// Beyond the manual's fields, which it allows ("Providers should feel
// free to include named fields beyond those provided here"), a record has
// cameo, the CAMEO codes of the visit or meeting ("057" for a signing),
// kept for users of CAMEO archives; topics; and date_precision.
//
// What PLOVER cannot carry is left out: statements that are comments, and
// those of the source's own, which have no actor; states, ministries,
// organizations and groups but as entity codes, sectors and entity
// texts; participants' roles, but for the host a role names and the
// signatories that stand for the parties of an agreement without
// signatories; agreements whose date is not known, and of the others all
// but the signing: their kind, terms, provisions, parents and
// publications; cultural events, since holding a festival or a cultural
// week is none of PLOVER's event categories; initiatives, ties and
// memberships; notes but of visits and agreements; sources but the first
// of each record; the reporting verb; the places of a visit but the
// first; a place's venue, subdivision and Wikidata item.
package plover

import (
	"cmp"
	"errors"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// Record is one PLOVER event record.
type Record struct {
	ID            string    `json:"id"`
	Date          string    `json:"date"`
	EndDate       string    `json:"enddate,omitempty"`
	Actor         []Actor   `json:"actor"`
	Recipient     []Actor   `json:"recipient,omitempty"`
	Event         []string  `json:"event"`
	QuadCode      int       `json:"quad_code,omitzero"`
	Mode          []string  `json:"mode,omitempty"`
	Context       []string  `json:"context"`
	EventText     []string  `json:"event_text,omitempty"`
	EventLoc      *Location `json:"event_loc,omitempty"`
	Link          string    `json:"link,omitempty"`
	CiteInfo      *CiteInfo `json:"cite_info,omitempty"`
	Comment       string    `json:"comment,omitempty"`
	CAMEO         []string  `json:"cameo,omitempty"`
	Topics        []string  `json:"topics,omitempty"`
	DatePrecision string    `json:"date_precision,omitempty"`
}

// Actor is a PLOVER entity object: one who acts (an element of
// [Record.Actor]) or is acted upon (of [Record.Recipient]). The fields are
// those of the manual's table "Information object for entities" that
// amity knows.
type Actor struct {
	Code         string `json:"code"`
	Sector       string `json:"sector,omitempty"`
	EntityText   string `json:"entity_text,omitempty"`
	IdentifierID string `json:"identifier_id,omitempty"`
	Office       string `json:"office,omitempty"`
}

// Location is a PLOVER location object: the fields of the manual's table
// "Location object" that amity knows of a place, in the table's order.
type Location struct {
	// ResolvedPlace is the name of the place: the city's, or, for a
	// place known only by its country, the country's.
	ResolvedPlace string `json:"resolved_place,omitempty"`
	// City is the city's name, when the place names one.
	City string `json:"city,omitempty"`
	// Country is the name of the place's state, as the records give it.
	Country string `json:"country,omitempty"`
	// CountryCode is the ISO 3166-1 alpha-3 code of the place's state.
	CountryCode string `json:"country_code"`
	// Resolution is the level of the place: [ResolutionCity] for a city,
	// [ResolutionCountry] for a country.
	Resolution int `json:"resolution,omitzero"`
}

// The levels of [Location.Resolution] amity writes, as the manual numbers
// them (5 sub-city, 4 city, 3 district, 2 province, 1 country).
const (
	ResolutionCity    = 4
	ResolutionCountry = 1
)

// CiteInfo is a PLOVER citation.
type CiteInfo struct {
	Citation    string `json:"citation,omitempty"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language,omitempty"`
	Publication string `json:"publication,omitempty"`
}

// Context is the PLOVER context of a record whose CAMEO codes have none:
// the manual's context of formal diplomatic relations, negotiations and
// interactions between states, which amity's visits, meetings and
// agreements are.
const Context = "diplomatic"

// manualContexts are the general contexts of the manual (table "General
// contexts"), in its order. The official CAMEO-to-PLOVER table of 2021
// gives some codes a context the manual no longer lists, "humanitarian"
// (0333 "Express intent to provide humanitarian aid") among them; such a
// context is not written.
var manualContexts = [...]string{
	"military", "intelligence", "executive", "legislative", "election",
	"political_institutions", "pro_democracy", "pro_autocracy", "economic",
	"legal", "reparations", "human_rights", "rights_freedoms", "repression",
	"human_security", "gender", "lgbt", "religion_ethnicity", "inequality",
	"diplomatic", "territory", "peacekeeping", "health", "asylum",
	"migration", "disasters", "natural_resource", "environment",
	"technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
	"corruption", "illegal_drugs", "trafficking",
}

// Export writes the visits, meetings and proposing statements of r to w
// as PLOVER records, one JSON object a line, in order of record ID, so
// that the same records give the same bytes. See the package
// documentation for the fields.
//
// Export does not validate r: run relations.Validate first. An actor whose
// state has no ISO 3166-1 code is written with the code as given. Export
// fails when w does, when a string is not valid UTF-8, which valid
// records never hold, and when r is nil.
//
// For a [relations.Dataset], [ExportDataset] writes the same bytes with
// one meeting rebuilt at a time.
func Export(w io.Writer, r *relations.Records) error {
	if r == nil {
		return errors.New("plover: exporting: nil *relations.Records")
	}
	enc := jsoncodec.NewEncoder(w, "")
	for _, rec := range Records(r) {
		if err := jsoncodec.MarshalEncode(enc, rec); err != nil {
			return err
		}
	}
	return nil
}

// Records returns the records [Export] writes, in order of ID; none for
// a nil r.
func Records(r *relations.Records) []Record {
	if r == nil {
		return nil
	}
	x := newExporter(r)
	var out []Record
	x.walk(r, slices.Values(r.Meetings), walker{
		visit:     func(i int) { out = append(out, x.visit(r.Visits[i])) },
		meeting:   func(m *events.Meeting) { out = append(out, x.meeting(*m)) },
		statement: func(m *events.Meeting, i int) { out = append(out, x.statement(*m, i)) },
		agreement: func(_ int, rec Record) { out = append(out, rec) },
	})
	for i := range out {
		out[i].Context = contexts(out[i].CAMEO)
	}
	slices.SortStableFunc(out, func(a, b Record) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// walker is what walk calls with each of what becomes a record.
type walker struct {
	visit     func(i int)
	meeting   func(m *events.Meeting)
	statement func(m *events.Meeting, i int)
	agreement func(i int, rec Record)
}

// walk calls w's functions with what becomes a record, in the order in
// which [Records] makes them: each visit of r, by its index; each of
// meetings, and after it each of its statements that is recorded, by
// its index; and each agreement of r whose signing is recorded, by its
// index, with its record.
func (x *exporter) walk(r *relations.Records, meetings iter.Seq[events.Meeting], w walker) {
	for i := range r.Visits {
		w.visit(i)
	}
	for m := range meetings {
		w.meeting(&m)
		for i, s := range m.Statements {
			if x.recorded(s) {
				w.statement(&m, i)
			}
		}
	}
	for i, a := range r.Agreements {
		if rec, ok := x.signing(a); ok {
			w.agreement(i, rec)
		}
	}
}

// contexts returns the PLOVER contexts of a record of the CAMEO codes
// cameo: those the official CAMEO-to-PLOVER table gives each code and the
// manual lists, each once, in the order of the codes; [Context] if there
// are none.
func contexts(cameo []string) []string {
	var out []string
	for _, c := range cameo {
		for _, ctx := range events.CAMEOCode(c).Contexts() {
			if slices.Contains(manualContexts[:], ctx) && !slices.Contains(out, ctx) {
				out = append(out, ctx)
			}
		}
	}
	if len(out) == 0 {
		return []string{Context}
	}
	return out
}

type exporter struct {
	sources   map[amity.SourceID]amity.Source
	officials map[orgs.OfficialID]*orgs.Official
	groups    map[orgs.GroupID]*orgs.Group
	// meetingOf returns the meeting of an ID, if there is one.
	meetingOf func(events.MeetingID) (*events.Meeting, bool)
	orgKinds  map[orgs.OrganizationID]orgs.OrganizationKind
	stateOf   map[string]orgs.StateID     // ministry or organization ID -> its state
	names     map[string]string           // state, ministry or organization ID -> its name
	raised    map[events.StatementID]bool // statements an initiative of cooperation names
}

func newExporter(r *relations.Records) *exporter {
	x := &exporter{
		sources:   map[amity.SourceID]amity.Source{},
		officials: map[orgs.OfficialID]*orgs.Official{},
		groups:    map[orgs.GroupID]*orgs.Group{},
		orgKinds:  map[orgs.OrganizationID]orgs.OrganizationKind{},
		stateOf:   map[string]orgs.StateID{},
		names:     map[string]string{},
		raised:    map[events.StatementID]bool{},
	}
	for i := range r.Groups {
		if _, dup := x.groups[r.Groups[i].ID]; !dup {
			x.groups[r.Groups[i].ID] = &r.Groups[i]
		}
	}
	meetings := map[events.MeetingID]*events.Meeting{}
	for i := range r.Meetings {
		if _, dup := meetings[r.Meetings[i].ID]; !dup {
			meetings[r.Meetings[i].ID] = &r.Meetings[i]
		}
	}
	x.meetingOf = func(id events.MeetingID) (*events.Meeting, bool) {
		m, ok := meetings[id]
		return m, ok
	}
	for _, s := range r.States {
		x.names[string(s.ID)] = s.Name
	}
	for _, m := range r.Ministries {
		x.names[string(m.ID)] = m.Name
		x.stateOf[string(m.ID)] = m.State
	}
	for _, s := range r.Sources {
		if _, dup := x.sources[s.ID]; !dup {
			x.sources[s.ID] = s
		}
	}
	for i := range r.Officials {
		if _, dup := x.officials[r.Officials[i].ID]; !dup {
			x.officials[r.Officials[i].ID] = &r.Officials[i]
		}
	}
	for _, o := range r.Organizations {
		x.orgKinds[o.ID] = o.Kind
		x.names[string(o.ID)] = o.Name
		x.stateOf[string(o.ID)] = o.State
	}
	for _, in := range r.Initiatives {
		if in.Kind == cooperation.KindDomestic {
			continue
		}
		for _, s := range in.Statements {
			x.raised[s] = true
		}
	}
	return x
}

// recorded reports whether a statement is written as a record of its
// own: one that proposes, unless it is the source's own assessment.
func (x *exporter) recorded(s events.Statement) bool { return x.proposes(s) && !s.BySource }

// proposes reports whether a statement expresses an intention or a
// proposal to cooperate: PLOVER's AGREE. A statement that raised a
// domestic programme does not; it is a comment.
func (x *exporter) proposes(s events.Statement) bool {
	switch s.Verb {
	case events.VerbProposed, events.VerbSuggested, events.VerbAgreed, events.VerbInvited:
		return true
	}
	return s.ID != "" && x.raised[s.ID]
}

// alpha3 returns the alpha-3 code of a state, or the code as given.
func alpha3(s orgs.StateID) string {
	if a, ok := iso3166.Alpha3(string(s)); ok {
		return a
	}
	return string(s)
}

// sector returns the PLOVER sector of the body a post belongs to, and
// whether the post is in an intergovernmental organization, whose
// officials have the actor code IGO.
func (x *exporter) sector(p orgs.Post) (sector string, igo bool) {
	return x.bodySector(orgs.Body{State: p.State, Ministry: p.Ministry, Organization: p.Organization})
}

// bodySector returns the PLOVER sector of a state, ministry or
// organization, and whether it is an intergovernmental organization,
// whose actors have the code IGO.
func (x *exporter) bodySector(b orgs.Body) (sector string, igo bool) {
	switch {
	case b.State != "", b.Ministry != "":
		return "GOV", false
	case b.Organization != "":
		switch x.orgKinds[b.Organization] {
		case orgs.KindGovernmentAgency, orgs.KindSubnationalAuthority, orgs.KindGovernment,
			orgs.KindDiplomaticMission, orgs.KindJointCommission:
			return "GOV", false
		case orgs.KindLegislature:
			return "LEG", false
		case orgs.KindEducational:
			return "EDU", false
		case orgs.KindMedia:
			return "JRN", false
		case orgs.KindReligious:
			return "REL", false
		case orgs.KindBusiness:
			return "BUS", false
		case orgs.KindCulturalInstitution, orgs.KindNonGovernmental, orgs.KindEnsemble:
			return "SOC", false
		case orgs.KindPoliticalParty:
			return "PTY", false
		case orgs.KindIntergovernmental:
			return "", true
		}
	}
	return "", false
}

// actor returns the actor of an official who represents state, in the
// post with ID post, or, without one, in the post of that official that
// covers date, if there is exactly one.
func (x *exporter) actor(id orgs.OfficialID, state orgs.StateID, post orgs.PostID, date amity.Date) Actor {
	a := Actor{Code: alpha3(state), EntityText: string(id)}
	o, ok := x.officials[id]
	if !ok {
		return a
	}
	a.EntityText = o.Label()
	a.IdentifierID = o.Wikidata
	var p orgs.Post
	if post != "" {
		p, ok = o.Post(post)
	} else if covering := o.PostsOn(date); len(covering) == 1 {
		p, ok = covering[0], true
	} else {
		ok = false
	}
	if ok {
		a.Office = p.Title
		sector, igo := x.sector(p)
		a.Sector = sector
		if igo {
			a.Code = "IGO"
		}
	}
	return a
}

// groupActor returns the actor of a group that represents state: its
// label as entity_text, and the sector of its ministry or organization,
// or, for a delegation, officials or a side of a state, GOV; for an
// ensemble, SOC.
func (x *exporter) groupActor(id orgs.GroupID, state orgs.StateID) Actor {
	a := Actor{Code: alpha3(state), EntityText: string(id)}
	g, ok := x.groups[id]
	if !ok {
		return a
	}
	if l := g.Label(); l != "" {
		a.EntityText = l
	}
	switch {
	case g.Ministry != "" || g.Organization != "":
		sector, igo := x.bodySector(orgs.Body{Ministry: g.Ministry, Organization: g.Organization})
		a.Sector = sector
		if igo {
			a.Code = "IGO"
		}
	case g.Kind == orgs.GroupDelegation, g.Kind == orgs.GroupOfficials, g.Kind == orgs.GroupSide:
		a.Sector = "GOV"
	case g.Kind == orgs.GroupEnsemble:
		a.Sector = "SOC"
	}
	return a
}

// participant returns the actor of a participant of a meeting on date.
func (x *exporter) participant(p events.Participant, date amity.Date) Actor {
	if p.Official == "" && p.Group != "" {
		return x.groupActor(p.Group, p.State)
	}
	return x.actor(p.Official, p.State, p.Post, date)
}

// dates sets the date, enddate and date_precision of rec.
func dates(rec *Record, start, end amity.Date) {
	rec.Date = start.First().String()
	if p := start.Precision(); p != amity.PrecisionDay {
		rec.DatePrecision = p.String()
	}
	if !end.IsZero() {
		rec.EndDate = end.Last().String()
	}
}

// cite returns the citation of the first of the sources ids.
func (x *exporter) cite(ids ...[]amity.SourceID) *CiteInfo {
	for _, list := range ids {
		for _, id := range list {
			s, ok := x.sources[id]
			if !ok {
				continue
			}
			c := &CiteInfo{URL: s.URL, Title: s.Title, Publication: s.Publisher}
			if lang, _, _ := strings.Cut(s.Language, "-"); len(lang) == 2 {
				c.Language = lang
			}
			var parts []string
			for _, p := range []string{s.Author, quoteTitle(s.Title), s.Publisher, s.Published.String()} {
				if p != "" {
					parts = append(parts, p)
				}
			}
			c.Citation = strings.Join(parts, ", ")
			return c
		}
	}
	return nil
}

func quoteTitle(t string) string {
	if t == "" {
		return ""
	}
	return strconv.Quote(t)
}

// codes returns the PLOVER event types and modes of event codes, each
// once, in order, and the CAMEO codes.
func codes(cs []events.EventCode) (types, modes, cameo []string) {
	for _, c := range cs {
		cameo = append(cameo, string(c.CAMEO))
		ev, mode := c.PLOVER, c.Mode
		if ev == "" {
			ev, mode = c.CAMEO.PLOVER()
		}
		if ev != "" && !slices.Contains(types, string(ev)) {
			types = append(types, string(ev))
		}
		if mode != "" && !slices.Contains(modes, string(mode)) {
			modes = append(modes, string(mode))
		}
	}
	return types, modes, cameo
}

// quad returns the PLOVER quad category shared by the event types, or 0.
func quad(types []string) int {
	q := 0
	for _, t := range types {
		var n int
		switch events.PLOVEREvent(t) {
		case events.PLOVERAgree, events.PLOVERConsult, events.PLOVERSupport, events.PLOVERConcede:
			n = 1
		case events.PLOVERCooperate, events.PLOVERAid, events.PLOVERRetreat:
			n = 2
		case events.PLOVERRequest, events.PLOVERAccuse, events.PLOVERReject, events.PLOVERThreaten:
			n = 3
		case events.PLOVERProtest, events.PLOVERSanction, events.PLOVERMobilize, events.PLOVERCoerce, events.PLOVERAssault:
			n = 4
		}
		if q != 0 && n != q {
			return 0
		}
		q = n
	}
	return q
}

// location returns the location object of a place: its city, or else
// its state, as the resolved place; the name of its state, if the records
// hold it; the state's alpha-3 code; and the level, city or country, of
// the place. It returns nil for a place without a state.
func (x *exporter) location(p orgs.Place) *Location {
	if p.Country == "" {
		return nil
	}
	loc := &Location{City: p.City, Country: x.names[string(p.Country)], CountryCode: alpha3(p.Country)}
	if p.City != "" {
		loc.ResolvedPlace, loc.Resolution = p.City, ResolutionCity
	} else {
		loc.ResolvedPlace, loc.Resolution = loc.Country, ResolutionCountry
	}
	return loc
}

// texts returns the non-empty texts, nil if there are none.
func texts(ts ...string) []string {
	ts = slices.DeleteFunc(ts, func(s string) bool { return s == "" })
	if len(ts) == 0 {
		return nil
	}
	return ts
}

// strs returns list as strings, nil if it is empty.
func strs[T ~string](list []T) []string {
	if len(list) == 0 {
		return nil
	}
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

func (x *exporter) visit(v events.Visit) Record {
	rec := Record{ID: string(v.ID), Context: []string{Context}, Link: string(v.ID), EventText: texts(v.Note)}
	dates(&rec, v.Start, v.End)
	for _, id := range v.Visitors {
		rec.Actor = append(rec.Actor, x.actor(id, v.Guest, "", v.Start))
	}
	for _, id := range v.Groups {
		rec.Actor = append(rec.Actor, x.groupActor(id, v.Guest))
	}
	rec.Recipient = []Actor{{Code: alpha3(v.Host), Sector: "GOV"}}
	rec.Event, rec.Mode, rec.CAMEO = codes(v.Codes)
	if len(rec.Event) == 0 {
		rec.Event = []string{string(events.PLOVERConsult)}
	}
	if slices.Contains(rec.Event, string(events.PLOVERConsult)) && !slices.Contains(rec.Mode, string(events.PLOVERModeVisit)) {
		rec.Mode = append(rec.Mode, string(events.PLOVERModeVisit))
	}
	rec.QuadCode = quad(rec.Event)
	if len(v.Places) > 0 {
		rec.EventLoc = x.location(v.Places[0])
	}
	rec.CiteInfo = x.cite(v.Sources)
	rec.Comment = uncertainDate(v.Uncertain, "start")
	return rec
}

func (x *exporter) meeting(m events.Meeting) Record {
	rec := Record{ID: string(m.ID), Context: []string{Context}, EventText: texts(m.Title, m.Summary), Topics: strs(m.Topics)}
	dates(&rec, m.Date, amity.Date{})
	rec.Link = string(m.Visit)
	if rec.Link == "" {
		rec.Link = string(m.ID)
	}
	host := hostOf(m)
	for _, p := range m.Participants {
		a := x.participant(p, m.Date)
		if host != "" && p.State == host {
			rec.Recipient = append(rec.Recipient, a)
			continue
		}
		rec.Actor = append(rec.Actor, a)
	}
	if len(rec.Actor) == 0 {
		rec.Actor, rec.Recipient = rec.Recipient, nil
	}
	hosted := len(rec.Recipient) > 0
	rec.Event, rec.Mode, rec.CAMEO = codes(m.Codes)
	if len(rec.Event) == 0 {
		rec.Event = []string{string(events.PLOVERConsult)}
	}
	if m.Visit != "" && hosted && len(rec.Mode) == 0 && slices.Contains(rec.Event, string(events.PLOVERConsult)) {
		rec.Mode = []string{string(events.PLOVERModeVisit)}
	}
	rec.QuadCode = quad(rec.Event)
	if !m.Place.IsZero() {
		rec.EventLoc = x.location(m.Place)
	}
	rec.CiteInfo = x.cite(m.Sources)
	rec.Comment = uncertainDate(m.Uncertain, "date")
	return rec
}

// hostOf returns the state that hosts a meeting: its host, or else the
// state of the first participant whose role is host; "" if neither
// says.
func hostOf(m events.Meeting) orgs.StateID {
	if m.Host != "" {
		return m.Host
	}
	for _, p := range m.Participants {
		if p.Role == events.RoleHost {
			return p.State
		}
	}
	return ""
}

// uncertainDate returns the comment that the date of a record, the field
// field of its entity, is inferred, approximate or disputed, and why; ""
// if it is not marked uncertain.
func uncertainDate(u amity.Uncertainty, field string) string {
	q, ok := u.Of(field)
	if !ok {
		return ""
	}
	return "The date is " + string(q.Basis) + ": " + q.Reason + "."
}

// statement returns the AGREE record of statement i of meeting m.
// statementID returns the ID of the record of statement i of m: the
// statement's, or, if it has none, the meeting's and i.
func statementID(m *events.Meeting, i int) string {
	if id := m.Statements[i].ID; id != "" {
		return string(id)
	}
	return string(m.ID) + "/" + strconv.Itoa(i)
}

func (x *exporter) statement(m events.Meeting, i int) Record {
	s := m.Statements[i]
	rec := Record{ID: statementID(&m, i), Context: []string{Context}, Event: []string{string(events.PLOVERAgree)}, QuadCode: 1,
		EventText: texts(s.Summary, s.Quote), Topics: strs(s.Topics), Link: string(m.Visit)}
	if rec.Link == "" {
		rec.Link = string(m.ID)
	}
	dates(&rec, m.Date, amity.Date{})
	speaking := func(p events.Participant) bool {
		return p.Official != "" && slices.Contains(s.Speakers, p.Official) || p.Group != "" && slices.Contains(s.Groups, p.Group)
	}
	var states []orgs.StateID
	for _, p := range m.Participants {
		if speaking(p) {
			rec.Actor = append(rec.Actor, x.participant(p, m.Date))
			if !slices.Contains(states, p.State) {
				states = append(states, p.State)
			}
		}
	}
	if len(states) == 1 {
		for _, p := range m.Participants {
			if p.State != states[0] {
				rec.Recipient = append(rec.Recipient, x.participant(p, m.Date))
			}
		}
	}
	var comments []string
	if s.SpeakersInferred {
		comments = append(comments, "The speaker is inferred from the context: the source does not name it.")
	}
	if c := uncertainDate(m.Uncertain, "date"); c != "" {
		comments = append(comments, c)
	}
	rec.Comment = strings.Join(comments, " ")
	rec.CiteInfo = x.cite(s.Sources, m.Sources)
	return rec
}

// signing returns the SUPPORT record of the signing of agreement a, and
// false when no date is known for it: neither the date of signature nor
// the date of the meeting it was signed at.
// signer is one who signed an agreement, or a party no one is recorded
// signing for, as an actor, and its state.
type signer struct {
	state orgs.StateID
	actor Actor
}

// signers returns the signers of agreement a, signed on date and, if
// atMeeting, at meeting m: its signatories, or the participants who signed
// at the meeting; and the parties no one signed for.
func (x *exporter) signers(a cooperation.Agreement, m *events.Meeting, atMeeting bool, date amity.Date) []signer {
	var signers []signer
	signed := map[orgs.Body]bool{}
	for _, s := range a.Signatories {
		state := x.bodyState(s.For)
		act := x.actor(s.Official, state, s.Post, cmp.Or(s.Date, date))
		if !s.For.IsZero() {
			act.Sector, act.Code = x.bodyCode(s.For, act.Code)
		}
		signers = append(signers, signer{state, act})
		signed[s.For] = true
	}
	if len(a.Signatories) == 0 && atMeeting {
		// The participants who signed at the meeting stand for the
		// parties, which no one is recorded signing for.
		for _, p := range m.Participants {
			if p.Role == events.RoleSignatory {
				signers = append(signers, signer{p.State, x.participant(p, m.Date)})
			}
		}
	}
	if len(a.Signatories) > 0 || len(signers) == 0 {
		for _, p := range a.Parties {
			if signed[p] || p.IsZero() {
				continue
			}
			state := x.bodyState(p)
			act := Actor{Code: alpha3(state), EntityText: cmp.Or(x.names[p.ID()], p.ID())}
			act.Sector, act.Code = x.bodyCode(p, act.Code)
			signers = append(signers, signer{state, act})
		}
	}
	return signers
}

func (x *exporter) signing(a cooperation.Agreement) (Record, bool) {
	date, dateField := a.Signed, "signed"
	m, atMeeting := x.meetingOf(a.Meeting)
	if date.IsZero() && atMeeting {
		date, dateField = m.Date, ""
	}
	if date.IsZero() {
		return Record{}, false
	}
	rec := Record{ID: string(a.ID), Context: []string{Context}, Event: []string{string(events.PLOVERSupport)}, QuadCode: 1,
		EventText: texts(a.Title, a.Note), Topics: strs(a.Topics), Link: string(a.ID), CAMEO: []string{SigningCAMEO}}
	dates(&rec, date, amity.Date{})
	if atMeeting {
		rec.Link = cmp.Or(string(m.Visit), string(m.ID))
	}
	signers := x.signers(a, m, atMeeting, date)
	place := a.Place
	if place.IsZero() && atMeeting {
		place = m.Place
	}
	host := place.Country
	if host == "" && atMeeting {
		host = hostOf(*m)
	}
	var states []orgs.StateID
	for _, s := range signers {
		if !slices.Contains(states, s.state) {
			states = append(states, s.state)
		}
	}
	hosted := host != "" && slices.Contains(states, host) && len(states) > 1
	for _, s := range signers {
		if hosted && s.state == host {
			rec.Recipient = append(rec.Recipient, s.actor)
			continue
		}
		rec.Actor = append(rec.Actor, s.actor)
	}
	if !place.IsZero() {
		rec.EventLoc = x.location(place)
	}
	rec.CiteInfo = x.cite(a.Sources)
	if dateField != "" {
		rec.Comment = uncertainDate(a.Uncertain, dateField)
	} else {
		rec.Comment = "The date is that of the meeting the agreement was signed at."
	}
	return rec, true
}

// SigningCAMEO is the CAMEO code of the signing of an agreement: 057,
// "Sign formal agreement", which PLOVER codes as SUPPORT.
const SigningCAMEO = "057"

// bodyState returns the state of a party: the state itself, or the state
// of the ministry or organization.
func (x *exporter) bodyState(b orgs.Body) orgs.StateID {
	if b.State != "" {
		return b.State
	}
	return x.stateOf[b.ID()]
}

// bodyCode returns the sector of a party, and its actor code: code, or
// IGO for an intergovernmental organization.
func (x *exporter) bodyCode(b orgs.Body, code string) (sector, actorCode string) {
	sector, igo := x.bodySector(b)
	if igo {
		return sector, "IGO"
	}
	return sector, code
}

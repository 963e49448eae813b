// Package events defines what happens between the actors of package orgs:
// visits, meetings, and the statements made at them, each coded with the
// event vocabularies of event-data research (CAMEO, with its Goldstein
// scores, and PLOVER).
//
// Events refer to actors by ID ([orgs.OfficialID], [orgs.StateID]); the
// dataset in package relations checks that those exist and that an
// official's post covers the date of a meeting. Validate here checks each
// event on its own.
package events

import (
	"slices"
	"strconv"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
)

// MeetingID identifies a [Meeting]; see [amity.ValidID].
type MeetingID string

// VisitID identifies a [Visit]; see [amity.ValidID].
type VisitID string

// StatementID identifies a [Statement] within the dataset; see
// [amity.ValidID].
type StatementID string

// Verb is how a source reports a statement: the reporting verb, which
// carries the weight the source gives it. The zero value is not valid.
type Verb string

// The reporting verbs.
const (
	VerbSaid       Verb = "said"
	VerbStressed   Verb = "stressed"
	VerbUnderlined Verb = "underlined"
	VerbNoted      Verb = "noted"
	VerbTouchedOn  Verb = "touched_upon"
	VerbSpokeAbout Verb = "spoke_about"
	VerbDiscussed  Verb = "discussed"
	VerbSuggested  Verb = "suggested"
	VerbProposed   Verb = "proposed"
	VerbAgreed     Verb = "agreed"
	VerbAnnounced  Verb = "announced"
	VerbExpressed  Verb = "expressed"
	VerbInvited    Verb = "invited"
	VerbThanked    Verb = "thanked"
)

var verbs = []Verb{
	VerbSaid, VerbStressed, VerbUnderlined, VerbNoted, VerbTouchedOn, VerbSpokeAbout, VerbDiscussed,
	VerbSuggested, VerbProposed, VerbAgreed, VerbAnnounced, VerbExpressed, VerbInvited, VerbThanked,
}

// Valid reports whether v is one of the Verb constants.
func (v Verb) Valid() bool { return slices.Contains(verbs, v) }

// String returns the verb as prose: "touched upon" for [VerbTouchedOn].
func (v Verb) String() string {
	b := []byte(v)
	for i, c := range b {
		if c == '_' {
			b[i] = ' '
		}
	}
	return string(b)
}

// ParticipantRole is the part a participant plays in a meeting. The zero
// value means not stated: an attendee.
type ParticipantRole string

// The roles of participants.
const (
	RoleAttendee         ParticipantRole = "attendee"           // takes part
	RoleHeadOfDelegation ParticipantRole = "head_of_delegation" // leads a state's or body's delegation
	RoleHost             ParticipantRole = "host"               // receives the others
	RoleGuest            ParticipantRole = "guest"              // is received
	RoleSignatory        ParticipantRole = "signatory"          // signs a text at the meeting
	RoleWitness          ParticipantRole = "witness"            // witnesses a signing
)

// Valid reports whether r is one of the ParticipantRole constants.
func (r ParticipantRole) Valid() bool {
	switch r {
	case RoleAttendee, RoleHeadOfDelegation, RoleHost, RoleGuest, RoleSignatory, RoleWitness:
		return true
	}
	return false
}

// Participant is an official or a group taking part in a meeting, the
// state it represents there, and its role.
type Participant struct {
	// Official is who took part. Exactly one of Official and Group is
	// set.
	Official orgs.OfficialID `json:"official,omitzero" validate:"required_without=Group,excluded_with=Group,omitempty,id"`
	// Group is the group that took part, as a whole: a delegation whose
	// members the source does not name. Exactly one of Official and Group
	// is set.
	Group orgs.GroupID `json:"group,omitzero" validate:"omitempty,id"`
	// State is the state the participant represents at the meeting.
	// Required.
	State orgs.StateID `json:"state" validate:"required,country"`
	// Post is the post in which the official acts, one of the official's
	// posts. Optional; only for an official; when set, the post must cover
	// the meeting's date.
	Post orgs.PostID `json:"post,omitzero" validate:"omitempty,id,excluded_with=Group"`
	// Role is the part the participant plays. Optional.
	Role ParticipantRole `json:"role,omitzero" validate:"omitempty,enum"`
}

// Actor returns the ID of the official or group that took part.
func (p Participant) Actor() string {
	if p.Official != "" {
		return string(p.Official)
	}
	return string(p.Group)
}

// Validate checks the rules stated on each field and returns a
// [*amity.ValidationError] listing every problem, or nil. Whether the
// official holds the post, and the post covers the meeting's date, is
// checked by the dataset.
func (p Participant) Validate() error { return amity.ValidateStruct(p) }

// Statement is what one or more speakers said, as a source reports it.
type Statement struct {
	// ID identifies the statement, so that an initiative can name the
	// statement that proposed it. Optional; unique in the dataset.
	ID StatementID `json:"id,omitzero" validate:"omitempty,id"`
	// Speakers are the officials who spoke: one, or several for what the
	// source gives as said by "the sides". At most 64, each once. A
	// statement has speakers or speaking groups, unless it is the
	// source's own.
	Speakers []orgs.OfficialID `json:"speakers,omitzero" validate:"omitempty,min=1,max=64,unique,dive,required,id"`
	// Groups are the groups that spoke as one: "the two sides expressed
	// their willingness". At most 16, each once; each a participant of
	// the meeting.
	Groups []orgs.GroupID `json:"groups,omitzero" validate:"omitempty,max=16,unique,dive,required,id"`
	// BySource is true when the statement is the source's own assessment,
	// not a speaker's: "the talks were held in a warm atmosphere". It has
	// no speakers then.
	BySource bool `json:"by_source,omitzero"`
	// SpeakersInferred is true when the source does not name the speaker
	// ("it was also suggested that...") and Speakers are read from the
	// context. A report should say so.
	SpeakersInferred bool `json:"speakers_inferred,omitzero"`
	// Verb is the reporting verb. Required.
	Verb Verb `json:"verb" validate:"required,enum"`
	// Summary is what was said, in the words of whoever encodes it.
	// Required unless Quote is given; at most 4096 characters.
	Summary string `json:"summary,omitzero" validate:"required_without=Quote,omitempty,max=4096,text"`
	// Quote is what was said, word for word as the source gives it.
	// Optional; at most 4096 characters.
	Quote string `json:"quote,omitzero" validate:"omitempty,max=4096,text"`
	// Topics are the subjects of the statement. Optional; at most 32.
	Topics []Topic `json:"topics,omitzero" validate:"omitempty,max=32,unique,dive,enum"`
	// Sources cite the statement when they differ from the meeting's.
	// Optional; at most 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
}

// Validate checks the rules stated on each field, and that the statement
// has speakers unless it is the source's own and none if it is, and
// returns a [*amity.ValidationError] listing every problem, or nil.
// Whether each speaker took part in the meeting is checked by
// [Meeting.Validate].
func (s Statement) Validate() error { return amity.AsError(append(amity.CheckStruct(s), s.check()...)) }

// check reports a statement without speakers that is not the source's
// own, and one with speakers that is.
func (s Statement) check() []amity.FieldError {
	spoken := s.Speakers != nil || s.Groups != nil
	switch {
	case !spoken && !s.BySource:
		return []amity.FieldError{amity.Required(amity.NewPath("speakers"), "required unless groups are given or by_source is true")}
	case spoken && s.BySource:
		return []amity.FieldError{amity.Conflict(amity.NewPath("by_source"), "true", "a statement of the source's own has no speakers")}
	}
	return nil
}

// Speaker returns the first speaking official: the speaker of a
// statement by one.
func (s Statement) Speaker() orgs.OfficialID {
	if len(s.Speakers) == 0 {
		return ""
	}
	return s.Speakers[0]
}

// EventCode codes an event for event-data research: a CAMEO code, and
// optionally the PLOVER event type and mode it corresponds to.
type EventCode struct {
	// CAMEO is the CAMEO event code. Required; a code of the codebook.
	CAMEO CAMEOCode `json:"cameo" validate:"required,enum"`
	// PLOVER is the PLOVER event type. Optional; when set it must be the
	// type the CAMEO code maps to (see [CAMEOCode.PLOVER]), and it cannot be
	// set for a code PLOVER does not code (cue category 01).
	PLOVER PLOVEREvent `json:"plover,omitzero" validate:"omitempty,enum"`
	// Mode is the PLOVER mode. Optional; when set, PLOVER is set too, the
	// mode is one the manual lists for that type, and it is the mode the
	// CAMEO code fixes, if the code fixes one (CAMEO 042 "Make a visit":
	// visit).
	Mode PLOVERMode `json:"plover_mode,omitzero" validate:"omitempty,enum"`
}

// Goldstein returns the Goldstein score of the CAMEO code, from -10
// (conflict) to +10 (cooperation), and whether the code is known.
func (c EventCode) Goldstein() (float64, bool) { return c.CAMEO.Goldstein() }

// Validate checks the rules stated on each field and that the PLOVER
// type and mode agree with the CAMEO code (see [EventCode.PLOVER]), and
// returns a [*amity.ValidationError] listing every problem, or nil.
func (c EventCode) Validate() error {
	return amity.AsError(append(amity.CheckStruct(c), c.check()...))
}

// check reports a PLOVER type that is not the one the CAMEO code maps to,
// or that is set for a code PLOVER does not code; a mode without a type, or
// not of its type; and a mode other than the one the CAMEO code fixes.
func (c EventCode) check() []amity.FieldError {
	var errs []amity.FieldError
	want, wantMode := c.CAMEO.PLOVER()
	if c.PLOVER.Valid() && c.CAMEO.Valid() {
		switch {
		case want == "":
			errs = append(errs, amity.Conflict(amity.NewPath("plover"), string(c.PLOVER), "CAMEO "+string(c.CAMEO)+" has no PLOVER event type"))
		case want != c.PLOVER:
			errs = append(errs, amity.Conflict(amity.NewPath("plover"), string(c.PLOVER), "CAMEO "+string(c.CAMEO)+" maps to PLOVER "+string(want)))
		}
	}
	if c.Mode != "" && c.Mode.Valid() {
		switch {
		case c.PLOVER == "":
			errs = append(errs, amity.Conflict(amity.NewPath("plover_mode"), string(c.Mode), "a mode needs a PLOVER event type"))
		case c.PLOVER.Valid() && !c.Mode.ValidFor(c.PLOVER):
			errs = append(errs, amity.Conflict(amity.NewPath("plover_mode"), string(c.Mode), "not a mode of PLOVER "+string(c.PLOVER)))
		case wantMode != "" && c.PLOVER == want && c.Mode != wantMode:
			errs = append(errs, amity.Conflict(amity.NewPath("plover_mode"), string(c.Mode), "CAMEO "+string(c.CAMEO)+" fixes the mode "+string(wantMode)))
		}
	}
	return errs
}

// Meeting is a meeting of officials of two or more states.
type Meeting struct {
	// ID identifies the meeting. Required; see [amity.ValidID].
	ID MeetingID `json:"id" validate:"required,id"`
	// Title names the meeting in a line: "Karimov meets Ismaili".
	// Optional; at most 512 characters.
	Title string `json:"title,omitzero" validate:"omitempty,max=512,line"`
	// Date is the day, month or year of the meeting. Required.
	Date amity.Date `json:"date" validate:"required"`
	// Place is where the meeting took place. Optional: the zero Place
	// stands for none; a place that is given follows the rules of
	// [orgs.Place].
	Place orgs.Place `json:"place,omitzero" validate:"omitempty"`
	// Host is the state that hosted the meeting. Optional; when set, one
	// of the participants represents it.
	Host orgs.StateID `json:"host,omitzero" validate:"omitempty,country"`
	// Participants are the officials and groups who took part. Required;
	// at least 2, at most 256, each official and group once.
	Participants []Participant `json:"participants,omitzero" validate:"required,min=2,max=256,dive"`
	// Topics are the subjects discussed. Optional; at most 32.
	Topics []Topic `json:"topics,omitzero" validate:"omitempty,max=32,unique,dive,enum"`
	// Statements are what participants said, in the order the source
	// reports them. Optional; at most 256. Each speaker is a participant.
	Statements []Statement `json:"statements,omitzero" validate:"omitempty,max=256,dive"`
	// Visit is the visit the meeting was part of. Optional; the meeting's
	// date must fall within the visit's.
	Visit VisitID `json:"visit,omitzero" validate:"omitempty,id"`
	// Codes code the meeting as event data. Optional; at most 8.
	Codes []EventCode `json:"codes,omitzero" validate:"omitempty,max=8,dive"`
	// Summary says in prose what the source reports of the meeting.
	// Optional; at most 4096 characters.
	Summary string `json:"summary,omitzero" validate:"omitempty,max=4096,text"`
	// Commission is the joint commission (an organization of the kind
	// joint_commission) of which the meeting is a session. Optional.
	Commission orgs.OrganizationID `json:"commission,omitzero" validate:"omitempty,id"`
	// Session is the number of the commission's session: 5 for its fifth.
	// Optional; only with Commission; from 1.
	Session int `json:"session,omitzero"`
	// Note says what a reader should know that no field holds. Optional;
	// at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Sources cite the meeting. Required: 1 to 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"required,min=1,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields, where those come from
	// elsewhere: a date given by another report. Optional; keys are JSON
	// field names of Meeting.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed: a year taken from the date of publication, a host read
	// from the place. Optional; keys are JSON field names of Meeting.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Validate checks the rules stated on each field, that no official takes
// part twice, that the host and every speaker take part, and that event
// codes agree, and returns a [*amity.ValidationError] listing every
// problem, or nil.
func (m Meeting) Validate() error { return amity.AsError(append(amity.CheckStruct(m), m.check()...)) }

// check reports an official who takes part twice, a host no participant
// represents, a speaker who does not take part, and event codes that do
// not agree. It returns nil, without allocating, when there is none.
func (m Meeting) check() []amity.FieldError {
	var errs []amity.FieldError
	hostThere := m.Host == ""
	for i, p := range m.Participants {
		if j := m.participant(p.Official, i); j >= 0 && p.Official != "" {
			errs = append(errs, amity.Duplicate(amity.NewPath("participants").Index(i).Child("official"), string(p.Official),
				"also "+amity.NewPath("participants").Index(j).String()))
		}
		if j := m.group(p.Group, i); j >= 0 && p.Group != "" {
			errs = append(errs, amity.Duplicate(amity.NewPath("participants").Index(i).Child("group"), string(p.Group),
				"also "+amity.NewPath("participants").Index(j).String()))
		}
		hostThere = hostThere || p.State == m.Host
	}
	switch {
	case m.Session != 0 && m.Commission == "":
		errs = append(errs, amity.Conflict(amity.NewPath("session"), strconv.Itoa(m.Session), "a session number needs a commission"))
	case m.Session < 0:
		errs = append(errs, amity.OutOfRange(amity.NewPath("session"), strconv.Itoa(m.Session), "less than 1"))
	}
	if !hostThere && iso3166.Valid(string(m.Host)) { // a malformed code is reported by its tag
		errs = append(errs, amity.Conflict(amity.NewPath("host"), string(m.Host), "no participant represents the host"))
	}
	for i, s := range m.Statements {
		if e := s.check(); e != nil {
			errs = append(errs, amity.Prefix(amity.NewPath("statements").Index(i), e)...)
		}
		for j, sp := range s.Speakers {
			if sp != "" && m.participant(sp, len(m.Participants)) < 0 {
				errs = append(errs, amity.Conflict(amity.NewPath("statements").Index(i).Child("speakers").Index(j), string(sp),
					"not a participant of the meeting"))
			}
		}
		for j, g := range s.Groups {
			if g != "" && m.group(g, len(m.Participants)) < 0 {
				errs = append(errs, amity.Conflict(amity.NewPath("statements").Index(i).Child("groups").Index(j), string(g),
					"not a participant of the meeting"))
			}
		}
	}
	for i, c := range m.Codes {
		if e := c.check(); e != nil {
			errs = append(errs, amity.Prefix(amity.NewPath("codes").Index(i), e)...)
		}
	}
	return errs
}

// participant returns the index of the first of the first n participants
// who is official o, or -1.
func (m Meeting) participant(o orgs.OfficialID, n int) int {
	for j := range m.Participants[:n] {
		if m.Participants[j].Official == o {
			return j
		}
	}
	return -1
}

// group returns the index of the first of the first n participants who
// is group g, or -1.
func (m Meeting) group(g orgs.GroupID, n int) int {
	for j := range m.Participants[:n] {
		if m.Participants[j].Group == g {
			return j
		}
	}
	return -1
}

// Officials returns the IDs of the participants that are officials, in
// order.
func (m Meeting) Officials() []orgs.OfficialID {
	ids := make([]orgs.OfficialID, 0, len(m.Participants))
	for _, p := range m.Participants {
		if p.Official != "" {
			ids = append(ids, p.Official)
		}
	}
	return ids
}

// Groups returns the IDs of the participants that are groups, in order.
func (m Meeting) Groups() []orgs.GroupID {
	var ids []orgs.GroupID
	for _, p := range m.Participants {
		if p.Group != "" {
			ids = append(ids, p.Group)
		}
	}
	return ids
}

// States returns the states the participants represent, each once, in
// the order they first appear.
func (m Meeting) States() []orgs.StateID {
	var out []orgs.StateID
	for _, p := range m.Participants {
		if !slices.Contains(out, p.State) {
			out = append(out, p.State)
		}
	}
	return out
}

// Involves reports whether a participant represents state s.
func (m Meeting) Involves(s orgs.StateID) bool {
	for _, p := range m.Participants {
		if p.State == s {
			return true
		}
	}
	return false
}

// Goldstein returns the Goldstein score of the meeting: that of its first
// event code, and false if it has none.
func (m Meeting) Goldstein() (float64, bool) {
	if len(m.Codes) == 0 {
		return 0, false
	}
	return m.Codes[0].Goldstein()
}

// Occasion is why a visit takes place, from a fixed vocabulary. The zero
// value means not stated.
type Occasion string

// The occasions of visits.
const (
	// OccasionTieAnniversary: an anniversary of diplomatic relations
	// between the visitor's state and the host. Which anniversary is
	// computed from the tie between them (package relations), never
	// stored.
	OccasionTieAnniversary Occasion = "diplomatic_relations_anniversary"
	OccasionOfficialVisit  Occasion = "official_visit" // an official or working visit
	OccasionStateVisit     Occasion = "state_visit"    // a state visit
	OccasionEvent          Occasion = "event"          // a festival, conference or other event; the visit's Note names it
	OccasionCommission     Occasion = "commission"     // a session of a joint commission
	OccasionOther          Occasion = "other"          // any other; the visit's Note says which
)

// Valid reports whether o is one of the Occasion constants.
func (o Occasion) Valid() bool {
	switch o {
	case OccasionTieAnniversary, OccasionOfficialVisit, OccasionStateVisit, OccasionEvent,
		OccasionCommission, OccasionOther:
		return true
	}
	return false
}

// Visit is a trip by officials of one state to another.
type Visit struct {
	// ID identifies the visit. Required; see [amity.ValidID].
	ID VisitID `json:"id" validate:"required,id"`
	// Visitors are the visiting officials. At most 256, each once;
	// required unless Groups are given.
	Visitors []orgs.OfficialID `json:"visitors,omitzero" validate:"required_without=Groups,omitempty,min=1,max=256,unique,dive,required,id"`
	// Groups are the visiting groups: a delegation whose members the
	// source does not name. Optional; at most 16, each once.
	Groups []orgs.GroupID `json:"groups,omitzero" validate:"omitempty,max=16,unique,dive,required,id"`
	// Guest is the state the visitors represent. Required.
	Guest orgs.StateID `json:"guest" validate:"required,country"`
	// Host is the state visited. Required; not Guest.
	Host orgs.StateID `json:"host" validate:"required,country,nefield=Guest"`
	// Start is the first day, or the month or year, of the visit. Required.
	Start amity.Date `json:"start" validate:"required"`
	// End is the last day of the visit. Optional: zero when unknown, and
	// then the visit is taken to run from Start with no known end; for a
	// visit of one day, End equals Start. Not before Start.
	End amity.Date `json:"end,omitzero" validate:"notbefore=Start"`
	// Places are where the visitors went. Optional; at most 64.
	Places []orgs.Place `json:"places,omitzero" validate:"omitempty,max=64,dive"`
	// Occasion is why the visit took place. Optional.
	Occasion Occasion `json:"occasion,omitzero" validate:"omitempty,enum"`
	// Note says more of the visit or its occasion. Optional; at most 4096
	// characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Codes code the visit as event data. Optional; at most 8.
	Codes []EventCode `json:"codes,omitzero" validate:"omitempty,max=8,dive"`
	// Sources cite the visit. Required: 1 to 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"required,min=1,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields. Optional; keys are
	// JSON field names of Visit.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed. Optional; keys are JSON field names of Visit.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Validate checks the rules stated on each field and that event codes
// agree, and returns a [*amity.ValidationError] listing every problem, or
// nil.
func (v Visit) Validate() error { return amity.AsError(append(amity.CheckStruct(v), v.check()...)) }

// check reports event codes that do not agree; nil if there are none.
func (v Visit) check() []amity.FieldError {
	var errs []amity.FieldError
	for i, c := range v.Codes {
		if e := c.check(); e != nil {
			errs = append(errs, amity.Prefix(amity.NewPath("codes").Index(i), e)...)
		}
	}
	return errs
}

// Covers reports whether d could fall within the visit: d is not wholly
// before Start, nor wholly after End when End is known.
func (v Visit) Covers(d amity.Date) bool {
	return !d.Before(v.Start) && !d.After(v.End)
}

package cooperation

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// InitiativeID identifies an [Initiative]; see [amity.ValidID].
type InitiativeID string

// InitiativeKind is what sort of undertaking an [Initiative] is. The zero
// value is not valid.
type InitiativeKind string

// The kinds of initiative.
const (
	KindExchangeProgramme InitiativeKind = "exchange_programme" // a programme or agreement of cultural exchange
	KindCulturalCentre    InitiativeKind = "cultural_centre"    // a cultural centre of one state in another
	KindFestival          InitiativeKind = "festival"           // film, music or other festivals
	KindCulturalWeek      InitiativeKind = "cultural_week"      // cultural weeks, days or seasons
	KindArtsExchange      InitiativeKind = "arts_exchange"      // exchanges of artists and works: sculpture, painting
	KindSectoral          InitiativeKind = "sectoral_cooperation"
	KindTwinning          InitiativeKind = "twinning"                 // twinning of cities
	KindJointWork         InitiativeKind = "joint_work"               // joint work within international organizations
	KindDomestic          InitiativeKind = "domestic_programme"       // one state's own programme, raised in relations: restoration of territories
	KindAgreement         InitiativeKind = "agreement"                // a treaty or memorandum on culture
	KindOtherInitiative   InitiativeKind = "other"                    // any other; the title says which
	KindHeritage          InitiativeKind = "heritage_and_restoration" // joint heritage or restoration work
)

// Valid reports whether k is one of the InitiativeKind constants.
func (k InitiativeKind) Valid() bool {
	switch k {
	case KindExchangeProgramme, KindCulturalCentre, KindFestival, KindCulturalWeek, KindArtsExchange,
		KindSectoral, KindTwinning, KindJointWork, KindDomestic, KindAgreement, KindOtherInitiative, KindHeritage:
		return true
	}
	return false
}

// Status is where an initiative stands. The zero value is not valid.
//
// The lifecycle runs proposed -> agreed -> drafting -> signed ->
// in_progress -> completed, and may skip stages forward; any stage but
// completed may end in abandoned. No stage goes back, and completed and
// abandoned are final. A status may be repeated, when a later source
// restates it. [Status.CanBecome] tells the allowed transitions.
type Status string

// The statuses of an initiative, in the order of the lifecycle.
const (
	StatusProposed   Status = "proposed"    // put forward by one side
	StatusAgreed     Status = "agreed"      // accepted by the parties
	StatusDrafting   Status = "drafting"    // a text is being drafted
	StatusSigned     Status = "signed"      // a text is signed
	StatusInProgress Status = "in_progress" // being carried out
	StatusCompleted  Status = "completed"   // done
	StatusAbandoned  Status = "abandoned"   // given up
)

// stage orders the statuses of the lifecycle; abandoned has none.
func (s Status) stage() int {
	switch s {
	case StatusProposed:
		return 1
	case StatusAgreed:
		return 2
	case StatusDrafting:
		return 3
	case StatusSigned:
		return 4
	case StatusInProgress:
		return 5
	case StatusCompleted:
		return 6
	}
	return 0
}

// Valid reports whether s is one of the Status constants.
func (s Status) Valid() bool { return s.stage() > 0 || s == StatusAbandoned }

// CanBecome reports whether an initiative may go from s to t: forward in
// the lifecycle, or to the same status, or to abandoned from any status but
// completed.
func (s Status) CanBecome(t Status) bool {
	switch {
	case !s.Valid() || !t.Valid():
		return false
	case s == t:
		return true
	case s == StatusAbandoned || s == StatusCompleted:
		return false
	case t == StatusAbandoned:
		return true
	}
	return t.stage() > s.stage()
}

// Open reports whether an initiative in status s is still open: neither
// completed nor abandoned.
func (s Status) Open() bool { return s.Valid() && s != StatusCompleted && s != StatusAbandoned }

// StatusChange is one entry of an initiative's history: the status it
// reached, when, and who says so.
type StatusChange struct {
	// Status is the status reached. Required.
	Status Status `json:"status" validate:"required,enum"`
	// Date is when the status was reached or reported. Optional: zero
	// when no source says, rather than a date made up.
	Date amity.Date `json:"date,omitzero"`
	// Meeting is the meeting at which it happened. Optional.
	Meeting events.MeetingID `json:"meeting,omitzero" validate:"omitempty,id"`
	// Note says what the source says of it: "work is underway on a draft".
	// Optional; at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Sources cite the change. Required: 1 to 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"required,min=1,max=64,unique,dive,required,id"`
}

// Validate checks the rules stated on each field and returns a
// [*amity.ValidationError] listing every problem, or nil. Whether the
// change is allowed after the one before it is checked by
// [Initiative.Validate].
func (c StatusChange) Validate() error { return amity.ValidateStruct(c) }

// Initiative is a joint undertaking of cultural relations, proposed,
// agreed or under way: an exchange programme, a cultural centre, a
// festival, a twinning of cities.
type Initiative struct {
	// ID identifies the initiative. Required; see [amity.ValidID].
	ID InitiativeID `json:"id" validate:"required,id"`
	// Title names the initiative: "Azerbaijan Cultural Centre in Tehran".
	// Required; one line, at most 512 characters.
	Title string `json:"title" validate:"required,max=512,line"`
	// Kind is what sort of initiative it is. Required.
	Kind InitiativeKind `json:"kind" validate:"required,enum"`
	// Topics are its subjects. Optional; at most 32.
	Topics []events.Topic `json:"topics,omitzero" validate:"omitempty,max=32,unique,dive,enum"`
	// Parties are the states taking part: two for a bilateral initiative,
	// one for a domestic programme. Required: at least one, at most 256,
	// each once.
	Parties []orgs.StateID `json:"parties,omitzero" validate:"required,min=1,max=256,unique,dive,required,country"`
	// Places are where it is, or the cities twinned. A place whose City
	// is empty is one the source leaves unnamed ("one of the Iranian
	// cities"). Optional; at most 64.
	Places []orgs.Place `json:"places,omitzero" validate:"omitempty,max=64,dive"`
	// Organizations are the organizations within which it runs: UNESCO,
	// ICESCO. Optional; at most 64.
	Organizations []orgs.OrganizationID `json:"organizations,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// MoreOrganizations is true when the source adds organizations it
	// does not name: "UNESCO, ICESCO, and other international
	// organizations".
	MoreOrganizations bool `json:"more_organizations,omitzero"`
	// ProposedBy are the officials who proposed it. Optional; at most 64.
	ProposedBy []orgs.OfficialID `json:"proposed_by,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// ProposedByGroups are the groups that proposed it: "the two sides
	// proposed". Optional; at most 16, each once.
	ProposedByGroups []orgs.GroupID `json:"proposed_by_groups,omitzero" validate:"omitempty,max=16,unique,dive,required,id"`
	// ProposalInferred is true when the source does not say who proposed
	// it ("it was also suggested") and ProposedBy is read from context.
	ProposalInferred bool `json:"proposal_inferred,omitzero"`
	// LedBy are the officials under whose leadership it runs. Optional; at
	// most 64.
	LedBy []orgs.OfficialID `json:"led_by,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// Meetings are the meetings at which it was discussed. Optional; at
	// most 256.
	Meetings []events.MeetingID `json:"meetings,omitzero" validate:"omitempty,max=256,unique,dive,required,id"`
	// Statements are the statements that raised it. Optional; at most 256.
	Statements []events.StatementID `json:"statements,omitzero" validate:"omitempty,max=256,unique,dive,required,id"`
	// History is its status over time, in date order. Required: at least
	// one entry, at most 256; each change must be allowed by
	// [Status.CanBecome].
	History []StatusChange `json:"history,omitzero" validate:"required,min=1,max=256,dive"`
	// Agreements are the agreements under which it runs, or that it led
	// to. Optional; at most 64, each once.
	Agreements []AgreementID `json:"agreements,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// Ties are the ties it serves or marks. Optional; at most 16, each
	// once.
	Ties []TieID `json:"ties,omitzero" validate:"omitempty,max=16,unique,dive,required,id"`
	// Related are other initiatives it belongs to, follows or goes with.
	// Optional; at most 64, each once; not the initiative itself.
	Related []InitiativeID `json:"related,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// Summary says in prose what the source says of it. Optional; at most
	// 4096 characters.
	Summary string `json:"summary,omitzero" validate:"omitempty,max=4096,text"`
	// Note says what a reader should know that no field holds. Optional;
	// at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Sources cite the initiative. Required: 1 to 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"required,min=1,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields. Optional; keys are
	// JSON field names of Initiative.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed. Optional; keys are JSON field names of Initiative.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Status returns the latest status: that of the last history entry, or
// "" if there is none.
func (in Initiative) Status() Status {
	if len(in.History) == 0 {
		return ""
	}
	return in.History[len(in.History)-1].Status
}

// StatusOn returns the status on date d: that of the last history entry
// not after d, and false if the history starts after d.
func (in Initiative) StatusOn(d amity.Date) (Status, bool) {
	var s Status
	for _, h := range in.History {
		if h.Date.After(d) {
			break
		}
		s = h.Status
	}
	return s, s != ""
}

// Validate checks the rules stated on each field, and that the history is
// in date order and each change allowed, and returns a
// [*amity.ValidationError] listing every problem, or nil.
func (in Initiative) Validate() error {
	return amity.AsError(append(amity.CheckStruct(in), in.check()...))
}

// check reports history out of date order and changes the lifecycle does
// not allow; nil if there are none.
func (in Initiative) check() []amity.FieldError {
	var errs []amity.FieldError
	for i := 1; i < len(in.History); i++ {
		prev, cur := in.History[i-1], in.History[i]
		// Entries without a date are in the order of the source.
		if cur.Date.Before(prev.Date) {
			errs = append(errs, amity.Conflict(amity.NewPath("history").Index(i).Child("date"), cur.Date.String(),
				"before the previous entry's date "+prev.Date.String()))
		}
		if prev.Status.Valid() && cur.Status.Valid() && !prev.Status.CanBecome(cur.Status) {
			errs = append(errs, amity.Conflict(amity.NewPath("history").Index(i).Child("status"), string(cur.Status),
				"an initiative cannot go from "+string(prev.Status)+" to "+string(cur.Status)))
		}
	}
	for i, r := range in.Related {
		if r == in.ID && r != "" {
			errs = append(errs, amity.Conflict(amity.NewPath("related").Index(i), string(r), "the initiative itself"))
		}
	}
	return errs
}

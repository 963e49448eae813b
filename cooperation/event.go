package cooperation

import (
	"slices"
	"strconv"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// CulturalEventID identifies a [CulturalEvent]; see [amity.ValidID].
type CulturalEventID string

// CulturalEventKind is what sort of event a [CulturalEvent] is. The zero
// value is not valid.
type CulturalEventKind string

// The kinds of cultural event.
const (
	EventFestival    CulturalEventKind = "festival"      // a festival of film, music, theatre or the like
	EventWeek        CulturalEventKind = "cultural_week" // cultural weeks and seasons
	EventDay         CulturalEventKind = "cultural_day"  // cultural days
	EventYear        CulturalEventKind = "cultural_year" // a year of one state's culture in another
	EventExhibition  CulturalEventKind = "exhibition"    // an exhibition of art, photography, crafts or heritage
	EventFair        CulturalEventKind = "fair"          // a book fair or another fair
	EventPerformance CulturalEventKind = "performance"   // a concert, a play, a tour of performances
	EventConference  CulturalEventKind = "conference"    // a conference, forum or seminar on culture
	EventDesignation CulturalEventKind = "designation"   // a title for a span: a city named a capital of culture for a year
	EventExchange    CulturalEventKind = "exchange"      // an exchange of visits, people or works, as a planned event
	EventTraining    CulturalEventKind = "training"      // a course or training for officials or artists
	EventOther       CulturalEventKind = "other"         // any other; the title says which
)

// Valid reports whether k is one of the CulturalEventKind constants.
func (k CulturalEventKind) Valid() bool {
	switch k {
	case EventFestival, EventWeek, EventDay, EventYear, EventExhibition, EventFair, EventPerformance,
		EventConference, EventDesignation, EventExchange, EventTraining, EventOther:
		return true
	}
	return false
}

// EventStatus is where a cultural event stands. The zero value is not
// valid.
//
// The lifecycle runs announced -> planned -> held, and may skip stages
// forward; announced and planned may end in cancelled. Held and cancelled
// are final. A status may be repeated, when a later source restates it.
type EventStatus string

// The statuses of a cultural event, in the order of the lifecycle.
const (
	EventAnnounced EventStatus = "announced" // said to be intended: "the sides intend to organise film festivals"
	EventPlanned   EventStatus = "planned"   // set for dates or under an agreement
	EventHeld      EventStatus = "held"      // took place
	EventCancelled EventStatus = "cancelled" // will not take place
)

func (s EventStatus) stage() int {
	switch s {
	case EventAnnounced:
		return 1
	case EventPlanned:
		return 2
	case EventHeld:
		return 3
	}
	return 0
}

// Valid reports whether s is one of the EventStatus constants.
func (s EventStatus) Valid() bool { return s.stage() > 0 || s == EventCancelled }

// CanBecome reports whether an event may go from s to t: forward in the
// lifecycle, to the same status, or to cancelled from announced or
// planned.
func (s EventStatus) CanBecome(t EventStatus) bool {
	switch {
	case !s.Valid() || !t.Valid():
		return false
	case s == t:
		return true
	case s == EventHeld || s == EventCancelled:
		return false
	case t == EventCancelled:
		return true
	}
	return t.stage() > s.stage()
}

// EventChange is one entry of a cultural event's history.
type EventChange struct {
	// Status is the status reached. Required.
	Status EventStatus `json:"status" validate:"required,enum"`
	// Date is when the status was reached or reported. Optional: zero
	// when no source says.
	Date amity.Date `json:"date,omitzero"`
	// Note says what the source says of it. Optional; at most 4096
	// characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Sources cite the change. Required: 1 to 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"required,min=1,max=64,unique,dive,required,id"`
}

// Span is a period from Start to End, each a date of any precision. The
// zero Span is not given.
type Span struct {
	// Start is the first day, or the month or year. Optional.
	Start amity.Date `json:"start,omitzero"`
	// End is the last day, or the month or year. Optional; not before
	// Start.
	End amity.Date `json:"end,omitzero" validate:"notbefore=Start"`
}

// IsZero reports whether neither date is given.
func (s Span) IsZero() bool { return s.Start.IsZero() && s.End.IsZero() }

// Frequency is how often a recurring event recurs. The zero value means
// it does not recur.
type Frequency string

// The frequencies of recurring events.
const (
	EveryYear     Frequency = "yearly"    // each year
	EveryTwoYears Frequency = "biennial"  // every other year
	EveryMonth    Frequency = "monthly"   // each month
	Irregular     Frequency = "irregular" // from time to time
)

// Valid reports whether f is one of the Frequency constants.
func (f Frequency) Valid() bool {
	switch f {
	case EveryYear, EveryTwoYears, EveryMonth, Irregular:
		return true
	}
	return false
}

// CulturalEvent is an event of cultural relations, planned or held: a
// festival and its numbered edition, a cultural week, an exhibition, a
// book fair, a designation such as a capital of culture, or a recurring
// plan ("each year, a week-long visit by three to five officials").
type CulturalEvent struct {
	// ID identifies the event. Required; see [amity.ValidID].
	ID CulturalEventID `json:"id" validate:"required,id"`
	// Kind is what sort of event it is. Required.
	Kind CulturalEventKind `json:"kind" validate:"required,enum"`
	// Title names the event, or describes it where the source gives no
	// name: "film festivals". Required; one line, at most 512
	// characters.
	Title string `json:"title" validate:"required,max=512,line"`
	// Edition is the number of the edition: 12 for the twelfth.
	// Optional; from 1.
	Edition int `json:"edition,omitzero"`
	// Organisers are the bodies that organise it. Optional; at most 64,
	// each once.
	Organisers []orgs.Body `json:"organisers,omitzero" validate:"omitempty,max=64,unique,dive"`
	// States are the states taking part, hosts and guests. Optional; at
	// most 256, each once.
	States []orgs.StateID `json:"states,omitzero" validate:"omitempty,max=256,unique,dive,required,country"`
	// Host is the state where it takes place. Optional; one of States
	// when States are given.
	Host orgs.StateID `json:"host,omitzero" validate:"omitempty,country"`
	// Places are where it takes place, or the city designated. Optional;
	// at most 64.
	Places []orgs.Place `json:"places,omitzero" validate:"omitempty,max=64,dive"`
	// Groups are the groups that take part: delegations, ensembles.
	// Optional; at most 64, each once.
	Groups []orgs.GroupID `json:"groups,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// Planned is when it was to take place. Optional.
	Planned Span `json:"planned,omitzero"`
	// Held is when it took place. Optional; only for an event that was
	// held.
	Held Span `json:"held,omitzero"`
	// Recurs is how often it recurs, for a recurring event or plan.
	// Optional.
	Recurs Frequency `json:"recurs,omitzero" validate:"omitempty,enum"`
	// Length is how long each occurrence lasts. Optional.
	Length Duration `json:"length,omitzero"`
	// Topics are its fields. Optional; at most 32, each once.
	Topics []events.Topic `json:"topics,omitzero" validate:"omitempty,max=32,unique,dive,enum"`
	// Agreement is the agreement under which it is planned. Optional.
	Agreement AgreementID `json:"agreement,omitzero" validate:"omitempty,id"`
	// Initiative is the initiative it belongs to. Optional.
	Initiative InitiativeID `json:"initiative,omitzero" validate:"omitempty,id"`
	// Meeting is the meeting at which it was announced or agreed.
	// Optional.
	Meeting events.MeetingID `json:"meeting,omitzero" validate:"omitempty,id"`
	// History is its status over time, in date order. Required: at least
	// one entry, at most 64; each change allowed by
	// [EventStatus.CanBecome].
	History []EventChange `json:"history,omitzero" validate:"required,min=1,max=64,dive"`
	// Note says what a reader should know that no field holds. Optional;
	// at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Sources cite the event. Required: 1 to 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"required,min=1,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields. Optional; keys are
	// JSON field names of CulturalEvent.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed. Optional; keys are JSON field names of CulturalEvent.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Status returns the latest status, "" if there is none.
func (e CulturalEvent) Status() EventStatus {
	if len(e.History) == 0 {
		return ""
	}
	return e.History[len(e.History)-1].Status
}

// Validate checks the rules stated on each field, the organisers, the
// edition, the host, the length, that the history is in date order and
// each change allowed, and that only a held event has dates held, and
// returns a [*amity.ValidationError] listing every problem, or nil.
func (e CulturalEvent) Validate() error {
	return amity.AsError(append(amity.CheckStruct(e), e.check()...))
}

func (e CulturalEvent) check() []amity.FieldError {
	var errs []amity.FieldError
	for i, o := range e.Organisers {
		errs = append(errs, o.Check(amity.NewPath("organisers").Index(i))...)
	}
	if e.Edition < 0 {
		errs = append(errs, amity.OutOfRange(amity.NewPath("edition"), strconv.Itoa(e.Edition), "less than 1"))
	}
	if e.Host != "" && len(e.States) > 0 && !slices.Contains(e.States, e.Host) {
		errs = append(errs, amity.Conflict(amity.NewPath("host"), string(e.Host), "not one of the states"))
	}
	errs = append(errs, e.Length.check(amity.NewPath("length"))...)
	for i := 1; i < len(e.History); i++ {
		prev, cur := e.History[i-1], e.History[i]
		if cur.Date.Before(prev.Date) {
			errs = append(errs, amity.Conflict(amity.NewPath("history").Index(i).Child("date"), cur.Date.String(),
				"before the previous entry's date "+prev.Date.String()))
		}
		if prev.Status.Valid() && cur.Status.Valid() && !prev.Status.CanBecome(cur.Status) {
			errs = append(errs, amity.Conflict(amity.NewPath("history").Index(i).Child("status"), string(cur.Status),
				"an event cannot go from "+string(prev.Status)+" to "+string(cur.Status)))
		}
	}
	if !e.Held.IsZero() && e.Status() != EventHeld && e.Status().Valid() {
		errs = append(errs, amity.Conflict(amity.NewPath("held"), e.Held.Start.String(), "the event's status is "+string(e.Status())+", not held"))
	}
	return errs
}

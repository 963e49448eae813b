package cooperation

import (
	"strconv"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

// TieID identifies a [Tie]; see [amity.ValidID].
type TieID string

// TieKind is the kind of a [Tie]. The zero value is not valid.
type TieKind string

// The kinds of tie.
const (
	// TieDiplomatic: diplomatic relations between two states.
	TieDiplomatic TieKind = "diplomatic_relations"
	// TieTwinning: two cities twinned, as sister cities; the tie's Places
	// name them.
	TieTwinning TieKind = "twinning"
	// TieCulturalAgreement: an agreement on cultural cooperation in force.
	TieCulturalAgreement TieKind = "cultural_agreement"
)

// Valid reports whether k is one of the TieKind constants.
func (k TieKind) Valid() bool {
	switch k {
	case TieDiplomatic, TieTwinning, TieCulturalAgreement:
		return true
	}
	return false
}

// Tie is a lasting relation between two states: diplomatic relations
// established on a date, or two of their cities twinned.
type Tie struct {
	// ID identifies the tie. Required; see [amity.ValidID].
	ID TieID `json:"id" validate:"required,id"`
	// Kind is the kind of relation. Required.
	Kind TieKind `json:"kind" validate:"required,enum"`
	// States are the two states, in any order. Required: exactly two,
	// different.
	States []orgs.StateID `json:"states,omitzero" validate:"required,len=2,unique,dive,required,country"`
	// Places are the two cities of a twinning, in the order of States.
	// Required for a twinning: exactly two; otherwise empty.
	Places []orgs.Place `json:"places,omitzero" validate:"required_if=Kind twinning,excluded_unless=Kind twinning,omitempty,len=2,dive"`
	// Established is when the relation began. Required.
	Established amity.Date `json:"established" validate:"required"`
	// Ended is when it ended, if it did. Optional; not before Established.
	Ended amity.Date `json:"ended,omitzero" validate:"notbefore=Established"`
	// Note says what a reader should know that no field holds. Optional;
	// at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Sources cite the tie. Required: 1 to 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"required,min=1,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields. Optional; keys are
	// JSON field names of Tie.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed. Optional; keys are JSON field names of Tie.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Validate checks the rules stated on each field and returns a
// [*amity.ValidationError] listing every problem, or nil.
func (t Tie) Validate() error { return amity.ValidateStruct(t) }

// Between reports whether the tie joins states a and b, in either order.
func (t Tie) Between(a, b orgs.StateID) bool {
	return len(t.States) == 2 && (t.States[0] == a && t.States[1] == b || t.States[0] == b && t.States[1] == a)
}

// Anniversary returns which anniversary of the tie falls in year: 30 for a
// tie established in 1992 and the year 2022. It returns 0, false if the
// tie is not yet established in that year, or has ended before it.
func (t Tie) Anniversary(year int) (int, bool) {
	n := year - t.Established.Year()
	if t.Established.IsZero() || n < 1 || !t.Ended.IsZero() && t.Ended.Year() < year {
		return 0, false
	}
	return n, true
}

// Age returns how many whole years the tie has lasted on date d, and
// whether the precision of the dates determines it (see
// [amity.YearsBetween]).
func (t Tie) Age(d amity.Date) (int, bool) { return amity.YearsBetween(t.Established, d) }

// Ordinal returns n as an English ordinal: "1st", "2nd", "3rd", "30th".
func Ordinal(n int) string {
	suffix := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

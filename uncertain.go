package amity

// Basis says how a fact that a source does not state outright is known.
// The zero value is not valid.
type Basis string

// The bases of uncertain facts.
const (
	// BasisInferred: the fact is read from context, not stated: a year
	// taken from the date of publication, a host from the place of the
	// meeting, a speaker from "it was also suggested".
	BasisInferred Basis = "inferred"
	// BasisApproximate: the source states the fact loosely ("some thirty
	// officials", "over the next three years"), and the value is the
	// nearest a field can hold.
	BasisApproximate Basis = "approximate"
	// BasisDisputed: sources disagree; the value is one of theirs, and
	// the reason says whose.
	BasisDisputed Basis = "disputed"
)

// Valid reports whether b is one of the Basis constants.
func (b Basis) Valid() bool {
	switch b {
	case BasisInferred, BasisApproximate, BasisDisputed:
		return true
	}
	return false
}

// Qualifier marks one field of an entity as uncertain, and says why.
type Qualifier struct {
	// Basis is how the value is known. Required.
	Basis Basis `json:"basis" validate:"required,enum"`
	// Reason says why, in a sentence: "the article gives the day and
	// month; the year is that of its publication". Required; at most 1024
	// characters.
	Reason string `json:"reason" validate:"required,max=1024,text"`
}

// Uncertainty marks fields of an entity whose values are inferred,
// approximate or disputed: Uncertainty{"date": {Basis: BasisInferred,
// Reason: "..."}}. Keys are the JSON names of the entity's fields, as
// for [FieldSources]; each must name a field the entity has. A field
// that is not a key is taken as the source states it. A fact the source
// does not give at all is left unset, not marked: zero dates, places and
// hosts stand for "not stated".
type Uncertainty map[string]Qualifier

// Fields returns the fields marked, in sorted order.
func (u Uncertainty) Fields() []string { return sortedKeys(u) }

// Of returns the qualifier of field, and whether it is marked.
func (u Uncertainty) Of(field string) (Qualifier, bool) {
	q, ok := u[field]
	return q, ok
}

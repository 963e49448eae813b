package orgs

import "github.com/amitydata/amity"

// Body is a state, a ministry or an organization acting as one: a party
// to an agreement, the body a signatory signs for, the organiser of an
// event. A state stands for its government. Exactly one field is set:
//
//	{"state": "LA"}
//	{"ministry": "la-information-culture"}
type Body struct {
	// State is a state, acting through its government.
	State StateID `json:"state,omitzero" validate:"omitempty,country"`
	// Ministry is a ministry.
	Ministry MinistryID `json:"ministry,omitzero" validate:"omitempty,id"`
	// Organization is an organization.
	Organization OrganizationID `json:"organization,omitzero" validate:"omitempty,id"`
}

// ID returns the ID of the state, ministry or organization, "" for the
// zero Body.
func (b Body) ID() string {
	switch {
	case b.State != "":
		return string(b.State)
	case b.Ministry != "":
		return string(b.Ministry)
	}
	return string(b.Organization)
}

// IsZero reports whether no field is set.
func (b Body) IsZero() bool { return b == Body{} }

// Validate checks the rules stated on each field, and that exactly one
// is set, and returns a [*amity.ValidationError] listing every problem,
// or nil.
func (b Body) Validate() error {
	return amity.AsError(append(amity.CheckStruct(b), b.Check(amity.Path{})...))
}

// Check reports, with paths under p, a body that does not have exactly
// one field set; nil if it has. Entities that hold bodies call it from
// their own checks.
func (b Body) Check(p amity.Path) []amity.FieldError {
	n := 0
	for _, s := range []string{string(b.State), string(b.Ministry), string(b.Organization)} {
		if s != "" {
			n++
		}
	}
	switch {
	case n == 0:
		return []amity.FieldError{amity.Required(p, "one of state, ministry and organization")}
	case n > 1:
		return []amity.FieldError{amity.Conflict(p, b.ID(), "more than one of state, ministry and organization")}
	}
	return nil
}

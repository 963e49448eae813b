package orgs

import (
	"strconv"

	"github.com/amitydata/amity"
)

// GroupID identifies a [Group]; see [amity.ValidID].
type GroupID string

// GroupKind is the kind of a [Group]. The zero value is not valid.
type GroupKind string

// The kinds of group.
const (
	// GroupDelegation: a delegation of a state or a body, usually led by
	// an official.
	GroupDelegation GroupKind = "delegation"
	// GroupEnsemble: performers the source does not name as a body: "art
	// groups", "a troupe of dancers". A named troupe is an
	// [Organization] of the kind ensemble.
	GroupEnsemble GroupKind = "ensemble"
	// GroupOfficials: officials the source counts or describes but does
	// not name: "groups of three to five government officials".
	GroupOfficials GroupKind = "officials"
	// GroupSide: one side of a bilateral relation acting as one, as
	// sources say "the two sides agreed".
	GroupSide GroupKind = "side"
	// GroupOther: any other group; the note says which.
	GroupOther GroupKind = "other"
)

// Valid reports whether k is one of the GroupKind constants.
func (k GroupKind) Valid() bool {
	switch k {
	case GroupDelegation, GroupEnsemble, GroupOfficials, GroupSide, GroupOther:
		return true
	}
	return false
}

// Size is how many people a group has, as the source gives it: exactly
// (Min equals Max), as a range ("three to five": 3 and 5), or from
// below ("more than twenty": Min 21, Max 0). The zero Size is not given.
type Size struct {
	// Min is the least number. Optional: 0 when not given.
	Min int `json:"min,omitzero"`
	// Max is the greatest number. Optional: 0 when there is no upper
	// bound; not less than Min otherwise.
	Max int `json:"max,omitzero"`
}

// String returns the size as prose: "3 to 5", "4", "at least 21", or ""
// for the zero Size.
func (s Size) String() string {
	switch {
	case s.Max == 0 && s.Min == 0:
		return ""
	case s.Max == 0:
		return "at least " + strconv.Itoa(s.Min)
	case s.Min == s.Max:
		return strconv.Itoa(s.Min)
	case s.Min == 0:
		return "at most " + strconv.Itoa(s.Max)
	}
	return strconv.Itoa(s.Min) + " to " + strconv.Itoa(s.Max)
}

// check reports negative bounds and a Max below Min.
func (s Size) check(p amity.Path) []amity.FieldError {
	var errs []amity.FieldError
	if s.Min < 0 || s.Min > maxSize {
		errs = append(errs, amity.OutOfRange(p.Child("min"), strconv.Itoa(s.Min), "not between 0 and "+strconv.Itoa(maxSize)))
	}
	if s.Max < 0 || s.Max > maxSize {
		errs = append(errs, amity.OutOfRange(p.Child("max"), strconv.Itoa(s.Max), "not between 0 and "+strconv.Itoa(maxSize)))
	} else if s.Max != 0 && s.Max < s.Min {
		errs = append(errs, amity.Conflict(p.Child("max"), strconv.Itoa(s.Max), "less than min "+strconv.Itoa(s.Min)))
	}
	return errs
}

// maxSize bounds the size of a group.
const maxSize = 1_000_000

// Group is a collective actor: a delegation, an ensemble, officials a
// source counts but does not name, one side of a relation. A group can
// take part in meetings and visits, speak, propose and sign where a
// single official can, and its leaders and members, when named, are
// officials.
type Group struct {
	// ID identifies the group. Required; see [amity.ValidID].
	ID GroupID `json:"id" validate:"required,id"`
	// Kind is what sort of group it is. Required.
	Kind GroupKind `json:"kind" validate:"required,enum"`
	// Names name the group, when the source does: "the Cambodian
	// delegation". Optional: a group is shown by its kind, state and
	// leader when it has no name (see [Group.Label]).
	amity.Names `json:",inline"`
	// State is the state the group comes from or acts for. Optional.
	State StateID `json:"state,omitzero" validate:"omitempty,country"`
	// Ministry is the ministry the group comes from. Optional; at most
	// one of Ministry and Organization.
	Ministry MinistryID `json:"ministry,omitzero" validate:"omitempty,id,excluded_with=Organization"`
	// Organization is the organization the group comes from. Optional.
	Organization OrganizationID `json:"organization,omitzero" validate:"omitempty,id"`
	// Size is how many people the group has, when the source says.
	// Optional.
	Size Size `json:"size,omitzero"`
	// Leaders are the officials who lead the group. Optional; at most
	// 16, each once.
	Leaders []OfficialID `json:"leaders,omitzero" validate:"omitempty,max=16,unique,dive,required,id"`
	// Members are the officials named as members, leaders apart.
	// Optional; at most 256, each once.
	Members []OfficialID `json:"members,omitzero" validate:"omitempty,max=256,unique,dive,required,id"`
	// Note says what a reader should know that no field holds. Optional;
	// at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Sources cite the group. Required: 1 to 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"required,min=1,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields. Optional; keys are
	// JSON field names of Group.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed. Optional; keys are JSON field names of Group.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Validate checks the rules stated on each field, that the size is a
// range, and that no official both leads and is a member, and returns a
// [*amity.ValidationError] listing every problem, or nil.
func (g Group) Validate() error { return amity.AsError(append(amity.CheckStruct(g), g.check()...)) }

// check reports a size that is not a range and a leader listed as a
// member; nil if there are none.
func (g Group) check() []amity.FieldError {
	errs := g.Size.check(amity.NewPath("size"))
	for i, m := range g.Members {
		for _, l := range g.Leaders {
			if m == l && m != "" {
				errs = append(errs, amity.Duplicate(amity.NewPath("members").Index(i), string(m), "also a leader"))
			}
		}
	}
	return errs
}

// Label returns how the group is shown: its name, or its kind and
// state, "delegation (LA)", or its kind alone.
func (g Group) Label() string {
	switch {
	case g.Name != "":
		return g.Name
	case g.State != "":
		return string(g.Kind) + " (" + string(g.State) + ")"
	}
	return string(g.Kind)
}

// Package orgs defines the actors of cultural relations: states, their
// ministries, organizations, and the officials who hold posts in them.
//
// Every entity has an ID type of its own ([StateID], [MinistryID],
// [OrganizationID], [OfficialID], [PostID]), and refers to others by ID,
// never by pointer, so values are flat, comparable in tests and free of
// cycles in JSON. Which IDs exist, and whether they name the right kind of
// entity, is checked by the dataset in package relations; the Validate
// methods here check each entity on its own.
//
// orgs holds no queries across entities: those live in package relations.
package orgs

import "github.com/amitydata/amity"

// StateID identifies a [State]: its ISO 3166-1 alpha-2 code in upper case,
// "AZ" for Azerbaijan and "IR" for Iran.
type StateID string

// MinistryID identifies a [Ministry]; see [amity.ValidID] for the syntax.
type MinistryID string

// OrganizationID identifies an [Organization]; see [amity.ValidID].
type OrganizationID string

// OfficialID identifies an [Official]; see [amity.ValidID].
type OfficialID string

// PostID identifies a [Post] of an official; see [amity.ValidID]. Post IDs
// share the dataset's one namespace with every other ID.
type PostID string

// Place is where something happens or is: a city of a country, and
// optionally a venue in it.
type Place struct {
	// City is the city's English name. Optional: empty when the source
	// does not name the city ("one of the Iranian cities"), in which case
	// Note should say so. One line, at most 512 characters.
	City string `json:"city,omitzero" validate:"omitempty,max=512,line"`
	// Subdivision is the ISO 3166-2 code of the region the city lies in,
	// "AZ-SUS" for Shusha. Optional; its country part must equal Country.
	Subdivision string `json:"subdivision,omitzero" validate:"omitempty,subdivision,subdivision_of=Country"`
	// Country is the state the place is in. Required.
	Country StateID `json:"country" validate:"required,country"`
	// Venue is the building or site, if the source gives it. Optional; one
	// line, at most 512 characters.
	Venue string `json:"venue,omitzero" validate:"omitempty,max=512,line"`
	// Wikidata is the Wikidata item of the city. Optional; "Q" and digits.
	Wikidata string `json:"wikidata,omitzero" validate:"omitempty,qid"`
	// Note says what the source says of a place it leaves vague. Optional;
	// at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
}

// Validate checks the rules stated on each field and returns a
// [*amity.ValidationError] listing every problem, or nil.
func (p Place) Validate() error { return amity.ValidateStruct(p) }

// IsZero reports whether p is the zero Place, which stands for no place.
func (p Place) IsZero() bool { return p == Place{} }

// String returns the place as "Venue, City, CC", leaving out what is
// missing.
func (p Place) String() string {
	s := string(p.Country)
	if p.City != "" {
		s = p.City + ", " + s
	}
	if p.Venue != "" {
		s = p.Venue + ", " + s
	}
	return s
}

// Package relations holds what lies between states over time, and the
// dataset that brings every entity of amity together.
//
// [Initiative] and [Tie] are the entities of this package: joint
// undertakings with a status lifecycle, and lasting relations such as
// diplomatic ties, whose anniversaries the library computes.
//
// [Records] is the plain content of a dataset, as a Go program writes it
// or a file holds it. [New] checks records as a whole — every entity, every
// cross-reference, every date against the terms it must fall in — and
// builds a [Dataset]: an immutable, indexed collection whose queries are
// iterators in a stated, deterministic order.
//
// # Concurrency
//
// A Dataset is immutable once built: every method is safe for concurrent
// use by any number of goroutines. Records is a plain value, with no
// synchronization of its own.
package relations

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// Schema is the schema name and version of amity's JSON document format,
// the value of its "schema" key.
const Schema = "amity/v1"

// Records is the content of a dataset: every entity, by kind, in any
// order. It is the shape of amity's JSON document, less its "schema" key.
type Records struct {
	Sources       []amity.Source      `json:"sources,omitzero"`
	States        []orgs.State        `json:"states,omitzero"`
	Ministries    []orgs.Ministry     `json:"ministries,omitzero"`
	Organizations []orgs.Organization `json:"organizations,omitzero"`
	Officials     []orgs.Official     `json:"officials,omitzero"`
	Visits        []events.Visit      `json:"visits,omitzero"`
	Meetings      []events.Meeting    `json:"meetings,omitzero"`
	Initiatives   []Initiative        `json:"initiatives,omitzero"`
	Ties          []Tie               `json:"ties,omitzero"`
}

// Len returns the number of top-level entities in r.
func (r *Records) Len() int {
	return len(r.Sources) + len(r.States) + len(r.Ministries) + len(r.Organizations) + len(r.Officials) +
		len(r.Visits) + len(r.Meetings) + len(r.Initiatives) + len(r.Ties)
}

// Kind is the kind of an entity. Every ID in a dataset names one entity of
// one kind: IDs are unique across kinds. Posts and statements, which live
// inside officials and meetings, have IDs in the same namespace.
type Kind string

// The kinds of entity, in the order of [Kinds].
const (
	KindSource       Kind = "source"
	KindState        Kind = "state"
	KindMinistry     Kind = "ministry"
	KindOrganization Kind = "organization"
	KindOfficial     Kind = "official"
	KindPost         Kind = "post"
	KindVisit        Kind = "visit"
	KindMeeting      Kind = "meeting"
	KindStatement    Kind = "statement"
	KindInitiative   Kind = "initiative"
	KindTie          Kind = "tie"
)

var kinds = []Kind{KindSource, KindState, KindMinistry, KindOrganization, KindOfficial, KindPost,
	KindVisit, KindMeeting, KindStatement, KindInitiative, KindTie}

// Kinds returns every Kind, top-level kinds in the order of the fields of
// [Records], with posts after officials and statements after meetings.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// Valid reports whether k is one of the Kind constants.
func (k Kind) Valid() bool {
	for _, x := range kinds {
		if k == x {
			return true
		}
	}
	return false
}

// TopLevel reports whether entities of kind k stand on their own in
// [Records] and on a line of JSON Lines; posts and statements do not.
func (k Kind) TopLevel() bool { return k.Valid() && k != KindPost && k != KindStatement }

// Plural returns the JSON key of the kind's list: "ministries" for
// [KindMinistry].
func (k Kind) Plural() string {
	switch k {
	case KindMinistry:
		return "ministries"
	case KindPost:
		return "posts"
	}
	return string(k) + "s"
}

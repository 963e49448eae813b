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
// # Files
//
// A dataset is stored as one JSON document, written by [WriteJSON] and
// read by [ReadJSON] or [DecodeJSON]:
//
//	{"schema": "amity/v1", "sources": [...], "states": [...], "ministries": [...],
//	 "organizations": [...], "officials": [...], "visits": [...], "meetings": [...],
//	 "initiatives": [...], "ties": [...]}
//
// or as JSON Lines, one top-level entity a line, written by [WriteJSONL]
// and read as a stream by [ReadJSONL] or [DecodeJSONL]. Each line names its
// kind under the key [EntityKey], before the entity's own fields:
//
//	{"entity":"state","id":"AZ","name":"Azerbaijan"}
//	{"entity":"meeting","id":"karimov-ismaili-2022","date":"2022-06-20",...}
//
// Writers sort each kind by ID and write the same bytes for the same
// records — the bytes encoding/json would write. Readers are strict:
// unknown fields, duplicate keys, keys that differ from a field's name only
// in case, invalid UTF-8, null, trailing data and a byte-order mark are
// errors, each with its line and JSON path.
//
// # Errors
//
// Every reader and [New] report every problem at once, as one
// [*amity.ValidationError] whose [amity.FieldError]s carry a JSON path
// ("meetings[3].participants[0].official"), a kind, the bad value and,
// when read from a file, the line. Branch on the class with errors.Is:
//
//   - [amity.ErrSyntax]: not well-formed, or against the strict rules above;
//   - [amity.ErrTooLarge]: past a limit of [ReadOptions];
//   - [amity.ErrInvalid]: a value breaks a rule of its field or entity;
//   - [amity.ErrReference]: duplicate IDs, references to nothing or to the
//     wrong kind, dates outside the terms they must fall in.
//
// # Limits
//
// [ReadOptions] bounds what a reader accepts; its zero value takes the
// defaults: a JSON Lines line of at most [DefaultMaxLineBytes] (1 MiB), a
// document of at most [DefaultMaxDocumentBytes] (256 MiB), strings of at
// most [DefaultMaxStringBytes] (64 KiB) and nesting at most
// [DefaultMaxDepth] (64) deep. Set a field to change one limit:
//
//	relations.ReadJSONL(f, relations.ReadOptions{MaxLineBytes: 4 << 20})
//
// Past the readers, the entities' own rules bound each value: names and
// titles at most 512 characters, summaries and notes 4096, URLs 2048
// bytes, IDs 128 bytes, and lists as their field comments state.
//
// # Concurrency
//
// A Dataset is immutable once built: every method is safe for concurrent
// use by any number of goroutines. Records is a plain value, with no
// synchronization of its own.
package relations

import (
	"slices"

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
	return slices.Contains(kinds, k)
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

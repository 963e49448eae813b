// Package relations is the dataset that brings every entity of amity
// together: the actors of package orgs, the events of package events and
// the initiatives and ties of package cooperation.
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
// Writers sort each kind by ID and write the same records always to the
// same bytes — the bytes encoding/json would write — and what they write
// reads back equal.
//
// Reading is strict, for files that others made. It rejects an empty file,
// a byte-order mark, malformed JSON, anything after the document or after
// the object on a line, an empty line in JSON Lines, a key given twice, a
// key no field has (names match case-sensitively: "ID" is not "id"),
// invalid UTF-8, null, a value of the wrong type and a date not on the
// calendar; then it checks every rule of every entity and every
// cross-reference, as [New] does. Windows line ends are accepted. Reading
// never panics, whatever the input, and keeps nothing from one read to the
// next. A file with any problem gives no Dataset. Since an empty file is an
// error, a dataset with no records has no JSON Lines form.
//
// # Errors
//
// Reading reports every problem at once, up to ReadOptions.MaxProblems,
// each an [amity.FieldError], in one [*amity.ValidationError], in the
// order of their lines:
//
//	line 7: meetings[0].date: invalid: "2022-02-30": not a calendar date
//	line 9: meetings[1].participants[0].official: not found: "mehdi-esmaili": no official has this ID
//
// Line is where a syntax error or a bad value lies and, for a rule across
// entities (a duplicate ID, a reference to nothing), the line where the
// entity begins. Path is the JSON path of the field; an entity is counted
// by its place among those of its kind in the file, whether or not those
// before it decoded, and a member name that is not plain is quoted:
// ["colour\n"]. Path is empty for a problem of the file as a whole. A
// message is one line, whatever the file held: control characters are
// escaped.
//
// Each problem has an [amity.ErrorKind]; errors.Is matches the error
// against the class of each problem it holds:
//
//   - [amity.ErrSyntax] (kind syntax): the file is not well-formed, or
//     breaks a rule of strict reading;
//   - [amity.ErrTooLarge] (kind too large): input beyond a limit of
//     [ReadOptions];
//   - [amity.ErrInvalid] (kinds invalid, required, out of range): a value
//     breaks a rule of its field or entity: a date not on the calendar, a
//     lower-case country code, an unknown topic, a meeting with one
//     participant;
//   - [amity.ErrReference] (kinds not found, wrong kind, duplicate,
//     conflict): entities disagree: a reference to nothing or to an entity
//     of another kind, an ID used twice, a meeting outside its visit, a
//     post that does not cover a meeting's date, an organization that is
//     its own ancestor.
//
// An error that is not a *amity.ValidationError comes from the io.Reader,
// as the reader returned it.
//
// # Limits
//
// Reading bounds the work a file can cause. The limits are the fields of
// [ReadOptions]; a field left zero takes its default. Input beyond a limit
// is a problem of kind too large on the line where it lies, never a silent
// cut:
//
//	MaxLineBytes      1 MiB    a line of JSON Lines, without its line end; the line is reported and skipped
//	MaxDocumentBytes  256 MiB  a JSON document; reading stops at the limit (JSON Lines has no total limit)
//	MaxStringBytes    64 KiB   a string or member name, in bytes as written between its quotes
//	MaxDepth          64       nesting of objects and lists, the document or the line counting 1
//	MaxProblems       1000     problems reported; reading stops at the next, and one more problem says so
//
// To read lines of up to 4 MiB and documents of up to 2 GiB:
//
//	opts := relations.ReadOptions{MaxLineBytes: 4 << 20, MaxDocumentBytes: 2 << 30}
//
// A document nested deeper than 10,000 levels is rejected whatever
// MaxDepth says. The rules of the entities bound their fields further, as
// each field's comment states: a name or title holds at most 512
// characters, a summary, note or quote 4096, a URL 2048, an ID 1 to 128; a
// year lies from 0001 to 9999; a list of sources holds at most 64 IDs. A
// problem quotes at most [amity.MaxValueLen] bytes of a bad value.
//
// JSON Lines is read a line at a time, a document an entity at a time;
// both keep the records decoded and every problem found. A reader that
// checks keeps each meeting in the compact form a Dataset holds it in,
// not as an events.Meeting value. [ValidateJSONL] and [ValidateJSON]
// read and check as [ReadJSONL] and [ReadJSON] do, with the same
// problems, and build no Dataset: they keep of each meeting only what
// the checks across entities read, and at a million meetings
// ValidateJSONL needs about nine tenths of the memory ReadJSONL does.
//
// While it reads, ReadJSONL holds little more than the Dataset it
// returns will: on a million meetings read from a file, less than the
// Dataset at every collection of the read, whatever the order of the
// lines (see [DecodeJSONL] for what a file or a reader in memory spares). The
// indexes of the queries are not part of it: the first query builds
// them, and a million meetings' take about 64 bytes a meeting more. The
// process needs more than that, by what Go's collector lets the heap
// grow to between collections: up to 1+GOGC/100 times what is live
// (GOGC, 100 by default, and GOMEMLIMIT set it; see runtime/debug).
//
// # Concurrency
//
// A Dataset is immutable once built: every method is safe for concurrent
// use by any number of goroutines. Records is a plain value, with no
// synchronization of its own.
package relations

import (
	"errors"
	"reflect"
	"slices"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// Schema is the schema name and version of amity's JSON document format,
// the value of its "schema" key.
const Schema = "amity/v2"

// Records is the content of a dataset: every entity, by kind, in any
// order. It is the shape of amity's JSON document, less its "schema" key.
type Records struct {
	Sources       []amity.Source              `json:"sources,omitzero"`
	States        []orgs.State                `json:"states,omitzero"`
	Ministries    []orgs.Ministry             `json:"ministries,omitzero"`
	Organizations []orgs.Organization         `json:"organizations,omitzero"`
	Officials     []orgs.Official             `json:"officials,omitzero"`
	Groups        []orgs.Group                `json:"groups,omitzero"`
	Visits        []events.Visit              `json:"visits,omitzero"`
	Meetings      []events.Meeting            `json:"meetings,omitzero"`
	Initiatives   []cooperation.Initiative    `json:"initiatives,omitzero"`
	Ties          []cooperation.Tie           `json:"ties,omitzero"`
	Agreements    []cooperation.Agreement     `json:"agreements,omitzero"`
	Events        []cooperation.CulturalEvent `json:"events,omitzero"`
}

// Len returns the number of top-level entities in r, 0 if r is nil.
func (r *Records) Len() int {
	if r == nil {
		return 0
	}
	n := 0
	for _, c := range codecs() {
		n += c.len(r)
	}
	return n
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
	KindGroup        Kind = "group"
	KindVisit        Kind = "visit"
	KindMeeting      Kind = "meeting"
	KindStatement    Kind = "statement"
	KindInitiative   Kind = "initiative"
	KindTie          Kind = "tie"
	KindAgreement    Kind = "agreement"
	KindEvent        Kind = "event"
)

// holders holds the kinds of the entities that live inside others, and
// the kind of their holder.
var holders = map[Kind]Kind{KindPost: KindOfficial, KindStatement: KindMeeting}

// kinds are the kinds of [Kinds]: the top-level kinds of the codec table,
// each followed by the kinds that live inside it.
var kinds = func() []Kind {
	var out []Kind
	for _, c := range codecs() {
		out = append(out, c.kind)
		for _, k := range []Kind{KindPost, KindStatement} {
			if holders[k] == c.kind {
				out = append(out, k)
			}
		}
	}
	return out
}()

// Kinds returns every Kind, top-level kinds in the order of the fields of
// [Records], with posts after officials and statements after meetings.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// Valid reports whether k is one of the Kind constants.
func (k Kind) Valid() bool {
	return slices.Contains(kinds, k)
}

// TopLevel reports whether entities of kind k stand on their own in
// [Records] and on a line of JSON Lines; posts and statements do not.
func (k Kind) TopLevel() bool { return k.Valid() && holders[k] == "" }

// Plural returns the JSON key of the kind's list: "ministries" for
// [KindMinistry], as [Records] names it; for posts and statements, as
// officials and meetings name theirs.
func (k Kind) Plural() string {
	switch k {
	case KindPost:
		return listName(reflect.TypeFor[orgs.Official](), reflect.TypeFor[orgs.Post]())
	case KindStatement:
		return listName(reflect.TypeFor[events.Meeting](), reflect.TypeFor[events.Statement]())
	}
	if c, ok := codecFor(k); ok {
		return c.list
	}
	return string(k) + "s"
}

// errNilRecords is the error of a function given a nil *Records, which
// holds no records, not even none; doing says what the function does.
func errNilRecords(doing string) error {
	return errors.New("relations: " + doing + ": nil *Records")
}

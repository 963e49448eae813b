// Package naive is the baseline amity's archive benchmarks measure
// against: how a Go program reads and checks a JSON Lines archive of
// amity's entities when written by hand with the standard library and
// amity's types, without amity's reader or engine. It runs on one
// goroutine.
//
// [Validate] is the baseline of "amity validate" (relations.ReadJSONL):
//
//   - each line is decoded with encoding/json, into amity's type for the
//     kind the line starts with ({"entity":"KIND", as amity writes it),
//     rejecting members the type does not have;
//   - each record is checked with its own Validate method
//     (events.Meeting.Validate, orgs.Official.Validate...), which checks
//     the rules of its fields and those within the record: for a
//     meeting, no official taking part twice, a host that takes part,
//     every speaker of a statement a participant, event codes that
//     agree;
//   - a map from every ID (of a record, a post or a statement) to its
//     kind and place reports an ID used twice, in one kind or two;
//   - every reference of every kind is checked against that map, for
//     the kind it must name: the sources that every record and field
//     cites; the states, ministries and organizations of ministries,
//     organizations, memberships, posts and groups; groups' leaders and
//     members; visits' visitors, groups, guest, host and places; every
//     reference of a meeting (host, place, commission, each participant's
//     official, group, state and post, the sources of the meeting and of
//     its statements, its visit); initiatives' parties, places,
//     organizations, proposers, leaders, agreements, ties, related
//     initiatives, meetings, statements and history; ties' states and
//     places; agreements' parties, signatories (official, post, body
//     signed for), place, meeting, tie and parent; cultural events'
//     organisers, states, host, places, groups, agreement, initiative,
//     meeting and history;
//   - the rules that follow those references, for meetings and
//     signatories: a participant's or signatory's post is one of the
//     official's own and covers the date of the meeting or of signing
//     (orgs.Post.Covers), and a participant's post belongs to the state
//     the participant represents; a meeting with a visit falls within it
//     (events.Visit.Covers), with the visit's host, a place the visit's,
//     and a participant of the visit's guest state;
//   - last, an index of the meetings by unordered pair of states
//     represented, as a program answering questions about two states
//     builds.
//
// It does not check what relations.Validate checks beyond that: no
// organization or agreement its own ancestor, an implementing agreement
// within its parent's term, a signatory's post of a party's state, an
// initiative's history dated near the meeting it names, a proposer of a
// party's state, ties of one kind between two states that overlap, and
// the places of a tie those of its states. (A source citing itself is
// reported, as by amity.)
// Its decoding is encoding/json's, laxer than amity's: member names match
// without regard to case, a member given twice keeps its last value,
// invalid UTF-8 becomes U+FFFD, and a line whose "entity" member is not
// first is reported, not read. A reference to a record whose line did not
// decode is reported again, where amity counts it in the line's problem.
// Its problems carry the line of the record, not a path and column.
//
// [Check] does the same checks on records already decoded (each record's
// Validate, the map of IDs, the references), without the index: the
// baseline of relations.Validate. [Load] only decodes each line and
// checks it with the validator ([amity.ValidateStruct]): the baseline of
// decoding alone. [Write] is the baseline of amity's writer.
//
// The command in ./cmd runs Validate on a file, or Load with -load, for
// comparing wall time and peak memory with "amity validate".
package naive

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// MaxLineBytes is the longest line Load reads: 1 MiB, as amity's reader.
const MaxLineBytes = 1 << 20

// Problem is a problem of a line: one that failed to decode, or a record
// that broke a rule or made a reference that names nothing of the kind.
type Problem struct {
	// Line is the line of the record, from 1; 0 for records that were
	// not read from a file.
	Line int
	// Err says what the problem is.
	Err error
}

// Error returns the problem as "line N: " and its error.
func (p Problem) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }

// Load reads the JSON Lines archive r into records, and returns them with
// the problems of the lines that did not decode or did not pass their
// struct rules (those lines are left out). The error is one of r.
func Load(r io.Reader) (relations.Records, []Problem, error) {
	var rec relations.Records
	var problems []Problem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLineBytes)
	for n := 1; sc.Scan(); n++ {
		if err := decodeLine(&rec, sc.Bytes()); err != nil {
			problems = append(problems, Problem{Line: n, Err: err})
		}
	}
	return rec, problems, sc.Err()
}

// decodeLine decodes line, an entity whose kind the line starts with, and
// appends it to its list in rec.
func decodeLine(rec *relations.Records, line []byte) error {
	switch kind(line) {
	case relations.KindSource:
		return add(&rec.Sources, line)
	case relations.KindState:
		return add(&rec.States, line)
	case relations.KindMinistry:
		return add(&rec.Ministries, line)
	case relations.KindOrganization:
		return add(&rec.Organizations, line)
	case relations.KindOfficial:
		return add(&rec.Officials, line)
	case relations.KindGroup:
		return add(&rec.Groups, line)
	case relations.KindVisit:
		return add(&rec.Visits, line)
	case relations.KindMeeting:
		return add(&rec.Meetings, line)
	case relations.KindInitiative:
		return add(&rec.Initiatives, line)
	case relations.KindTie:
		return add(&rec.Ties, line)
	case relations.KindAgreement:
		return add(&rec.Agreements, line)
	case relations.KindEvent:
		return add(&rec.Events, line)
	}
	return fmt.Errorf("no entity kind at the start of the line")
}

// kind reads the kind a line starts with, {"entity":"KIND", as amity
// writes it: the cheapest way there is, so that the baseline pays only for
// decoding and validation.
func kind(line []byte) relations.Kind {
	const prefix = `{"` + relations.EntityKey + `":"`
	rest, ok := bytes.CutPrefix(line, []byte(prefix))
	if !ok {
		return ""
	}
	k, _, _ := bytes.Cut(rest, []byte{'"'})
	return relations.Kind(k)
}

// add decodes line into a T (encoding/json ignores the "entity" member,
// which no T has), checks it with the validator, and appends it to list.
func add[T any](list *[]T, line []byte) error {
	var v T
	if err := json.Unmarshal(line, &v); err != nil {
		return err
	}
	if err := amity.ValidateStruct(&v); err != nil {
		return err
	}
	*list = append(*list, v)
	return nil
}

// Write writes r as JSON Lines with encoding/json's Encoder: each kind
// sorted by ID, one {"entity":KIND, ...} object a line, the lines
// amity's WriteJSONL writes. It is the baseline of amity's writer: each
// line is a struct of the kind and the entity embedded, whose members
// encoding/json lifts into the line, as a program written by hand would
// do it.
func Write(w io.Writer, r *relations.Records) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	err := errors.Join(
		writeKind(enc, r.Sources, func(v *amity.Source) string { return string(v.ID) },
			func(v *amity.Source) any { return sourceLine{relations.KindSource, v} }),
		writeKind(enc, r.States, func(v *orgs.State) string { return string(v.ID) },
			func(v *orgs.State) any { return stateLine{relations.KindState, v} }),
		writeKind(enc, r.Ministries, func(v *orgs.Ministry) string { return string(v.ID) },
			func(v *orgs.Ministry) any { return ministryLine{relations.KindMinistry, v} }),
		writeKind(enc, r.Organizations, func(v *orgs.Organization) string { return string(v.ID) },
			func(v *orgs.Organization) any { return organizationLine{relations.KindOrganization, v} }),
		writeKind(enc, r.Officials, func(v *orgs.Official) string { return string(v.ID) },
			func(v *orgs.Official) any { return officialLine{relations.KindOfficial, v} }),
		writeKind(enc, r.Groups, func(v *orgs.Group) string { return string(v.ID) },
			func(v *orgs.Group) any { return groupLine{relations.KindGroup, v} }),
		writeKind(enc, r.Visits, func(v *events.Visit) string { return string(v.ID) },
			func(v *events.Visit) any { return visitLine{relations.KindVisit, v} }),
		writeKind(enc, r.Meetings, func(v *events.Meeting) string { return string(v.ID) },
			func(v *events.Meeting) any { return meetingLine{relations.KindMeeting, v} }),
		writeKind(enc, r.Initiatives, func(v *cooperation.Initiative) string { return string(v.ID) },
			func(v *cooperation.Initiative) any { return initiativeLine{relations.KindInitiative, v} }),
		writeKind(enc, r.Ties, func(v *cooperation.Tie) string { return string(v.ID) },
			func(v *cooperation.Tie) any { return tieLine{relations.KindTie, v} }),
		writeKind(enc, r.Agreements, func(v *cooperation.Agreement) string { return string(v.ID) },
			func(v *cooperation.Agreement) any { return agreementLine{relations.KindAgreement, v} }),
		writeKind(enc, r.Events, func(v *cooperation.CulturalEvent) string { return string(v.ID) },
			func(v *cooperation.CulturalEvent) any { return eventLine{relations.KindEvent, v} }),
	)
	if err != nil {
		return err
	}
	return bw.Flush()
}

// The lines of each kind: the kind, then the members of the entity,
// which encoding/json lifts from the embedded pointer.
type (
	sourceLine struct {
		Entity relations.Kind `json:"entity"`
		*amity.Source
	}
	stateLine struct {
		Entity relations.Kind `json:"entity"`
		*orgs.State
	}
	ministryLine struct {
		Entity relations.Kind `json:"entity"`
		*orgs.Ministry
	}
	organizationLine struct {
		Entity relations.Kind `json:"entity"`
		*orgs.Organization
	}
	officialLine struct {
		Entity relations.Kind `json:"entity"`
		*orgs.Official
	}
	groupLine struct {
		Entity relations.Kind `json:"entity"`
		*orgs.Group
	}
	visitLine struct {
		Entity relations.Kind `json:"entity"`
		*events.Visit
	}
	meetingLine struct {
		Entity relations.Kind `json:"entity"`
		*events.Meeting
	}
	initiativeLine struct {
		Entity relations.Kind `json:"entity"`
		*cooperation.Initiative
	}
	tieLine struct {
		Entity relations.Kind `json:"entity"`
		*cooperation.Tie
	}
	agreementLine struct {
		Entity relations.Kind `json:"entity"`
		*cooperation.Agreement
	}
	eventLine struct {
		Entity relations.Kind `json:"entity"`
		*cooperation.CulturalEvent
	}
)

// writeKind writes the entities of list sorted by id, each as the line
// that line makes of it. It writes nothing once an earlier kind failed:
// the encoder keeps no error, but the writer below it does.
func writeKind[T any](enc *json.Encoder, list []T, id func(*T) string, line func(*T) any) error {
	sorted := make([]*T, len(list))
	for i := range list {
		sorted[i] = &list[i]
	}
	slices.SortStableFunc(sorted, func(a, b *T) int { return strings.Compare(id(a), id(b)) })
	for _, v := range sorted {
		if err := enc.Encode(line(v)); err != nil {
			return err
		}
	}
	return nil
}

// Package naive is the baseline amity's archive benchmarks measure
// against: how a Go program reads a JSON Lines archive of amity's entities
// when written by hand with the standard library and the validator, and
// nothing else.
//
// [Load] reads a line at a time, decodes each line with encoding/json's
// Unmarshal into amity's own types, checks each record with
// go-playground/validator ([amity.ValidateStruct]), and appends it to the
// slices of a [relations.Records]. It checks no cross-reference, builds no
// index, interns nothing and uses one core.
//
// The command in ./cmd runs Load on a file, for comparing wall time and
// peak memory with "amity validate".
package naive

import (
	"bufio"
	"bytes"
	"encoding/json"
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

// Problem is a line that failed to decode or to validate.
type Problem struct {
	Line int
	Err  error
}

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
	case relations.KindVisit:
		return add(&rec.Visits, line)
	case relations.KindMeeting:
		return add(&rec.Meetings, line)
	case relations.KindInitiative:
		return add(&rec.Initiatives, line)
	case relations.KindTie:
		return add(&rec.Ties, line)
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

// Check checks records as a whole the way a program written by hand
// would: every record with the validator, then every reference against a
// map from each ID to its kind, and each participant's post against the
// meeting's date. It returns the problems, in no particular order. It is
// the baseline of amity's whole-dataset validation.
func Check(r *relations.Records) []error {
	var errs []error
	check := func(v any) {
		if err := amity.ValidateStruct(v); err != nil {
			errs = append(errs, err)
		}
	}
	kind := map[string]relations.Kind{}
	posts := map[string]orgs.Post{}
	put := func(id string, k relations.Kind) {
		if _, dup := kind[id]; dup {
			errs = append(errs, fmt.Errorf("duplicate ID %q", id))
		}
		kind[id] = k
	}
	for i := range r.Sources {
		check(&r.Sources[i])
		put(string(r.Sources[i].ID), relations.KindSource)
	}
	for i := range r.States {
		check(&r.States[i])
		put(string(r.States[i].ID), relations.KindState)
	}
	for i := range r.Ministries {
		check(&r.Ministries[i])
		put(string(r.Ministries[i].ID), relations.KindMinistry)
	}
	for i := range r.Organizations {
		check(&r.Organizations[i])
		put(string(r.Organizations[i].ID), relations.KindOrganization)
	}
	for i := range r.Officials {
		check(&r.Officials[i])
		put(string(r.Officials[i].ID), relations.KindOfficial)
		for _, p := range r.Officials[i].Posts {
			put(string(p.ID), relations.KindPost)
			posts[string(p.ID)] = p
		}
	}
	for i := range r.Visits {
		check(&r.Visits[i])
		put(string(r.Visits[i].ID), relations.KindVisit)
	}
	for i := range r.Meetings {
		check(&r.Meetings[i])
		put(string(r.Meetings[i].ID), relations.KindMeeting)
		for _, s := range r.Meetings[i].Statements {
			if s.ID != "" {
				put(string(s.ID), relations.KindStatement)
			}
		}
	}
	for i := range r.Initiatives {
		check(&r.Initiatives[i])
		put(string(r.Initiatives[i].ID), relations.KindInitiative)
	}
	for i := range r.Ties {
		check(&r.Ties[i])
		put(string(r.Ties[i].ID), relations.KindTie)
	}
	ref := func(id string, want relations.Kind) {
		if id == "" {
			return
		}
		if k, ok := kind[id]; !ok || k != want {
			errs = append(errs, fmt.Errorf("%q is not a %s", id, want))
		}
	}
	sources := func(ids []amity.SourceID) {
		for _, id := range ids {
			ref(string(id), relations.KindSource)
		}
	}
	for _, m := range r.Ministries {
		ref(string(m.State), relations.KindState)
	}
	for _, o := range r.Organizations {
		ref(string(o.State), relations.KindState)
		ref(string(o.ParentMinistry), relations.KindMinistry)
		ref(string(o.ParentOrganization), relations.KindOrganization)
		for _, m := range o.Members {
			ref(string(m.State), relations.KindState)
		}
	}
	for _, o := range r.Officials {
		for _, p := range o.Posts {
			ref(string(p.State), relations.KindState)
			ref(string(p.Ministry), relations.KindMinistry)
			ref(string(p.Organization), relations.KindOrganization)
		}
	}
	for _, v := range r.Visits {
		for _, o := range v.Visitors {
			ref(string(o), relations.KindOfficial)
		}
		ref(string(v.Guest), relations.KindState)
		ref(string(v.Host), relations.KindState)
		sources(v.Sources)
	}
	for _, m := range r.Meetings {
		ref(string(m.Host), relations.KindState)
		ref(string(m.Place.Country), relations.KindState)
		for _, p := range m.Participants {
			ref(string(p.Official), relations.KindOfficial)
			ref(string(p.State), relations.KindState)
			ref(string(p.Post), relations.KindPost)
			if post, ok := posts[string(p.Post)]; ok && !post.Covers(m.Date) {
				errs = append(errs, fmt.Errorf("meeting %s: post %s does not cover %s", m.ID, p.Post, m.Date))
			}
		}
		ref(string(m.Visit), relations.KindVisit)
		sources(m.Sources)
	}
	for _, in := range r.Initiatives {
		for _, s := range in.Parties {
			ref(string(s), relations.KindState)
		}
		for _, o := range in.ProposedBy {
			ref(string(o), relations.KindOfficial)
		}
		for _, m := range in.Meetings {
			ref(string(m), relations.KindMeeting)
		}
		for _, s := range in.Statements {
			ref(string(s), relations.KindStatement)
		}
		sources(in.Sources)
	}
	for _, t := range r.Ties {
		for _, s := range t.States {
			ref(string(s), relations.KindState)
		}
		sources(t.Sources)
	}
	return errs
}

// Write writes r as JSON Lines with encoding/json's Encoder: each kind
// sorted by ID, one {"entity":KIND, ...} object a line, the lines
// amity's WriteJSONL writes. It is the baseline of amity's writer.
func Write(w io.Writer, r *relations.Records) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	if err := writeKind(enc, relations.KindSource, r.Sources, func(v *amity.Source) string { return string(v.ID) }); err != nil {
		return err
	}
	if err := writeKind(enc, relations.KindState, r.States, func(v *orgs.State) string { return string(v.ID) }); err != nil {
		return err
	}
	if err := writeKind(enc, relations.KindMinistry, r.Ministries, func(v *orgs.Ministry) string { return string(v.ID) }); err != nil {
		return err
	}
	if err := writeKind(enc, relations.KindOrganization, r.Organizations, func(v *orgs.Organization) string { return string(v.ID) }); err != nil {
		return err
	}
	if err := writeKind(enc, relations.KindOfficial, r.Officials, func(v *orgs.Official) string { return string(v.ID) }); err != nil {
		return err
	}
	if err := writeKind(enc, relations.KindVisit, r.Visits, func(v *events.Visit) string { return string(v.ID) }); err != nil {
		return err
	}
	if err := writeKind(enc, relations.KindMeeting, r.Meetings, func(v *events.Meeting) string { return string(v.ID) }); err != nil {
		return err
	}
	if err := writeKind(enc, relations.KindInitiative, r.Initiatives, func(v *cooperation.Initiative) string { return string(v.ID) }); err != nil {
		return err
	}
	if err := writeKind(enc, relations.KindTie, r.Ties, func(v *cooperation.Tie) string { return string(v.ID) }); err != nil {
		return err
	}
	return bw.Flush()
}

// line is a line of JSON Lines for encoding/json: the kind, then the
// entity's members, which encoding/json lifts from the embedded struct.
type line[T any] struct {
	Entity relations.Kind `json:"entity"`
	Value  T              `json:"-"`
}

// MarshalJSON writes the kind, then the members of the entity.
func (l line[T]) MarshalJSON() ([]byte, error) {
	v, err := json.Marshal(l.Value)
	if err != nil || len(v) < 2 || string(v) == "{}" {
		return []byte(`{"entity":"` + string(l.Entity) + `"}`), err
	}
	return append([]byte(`{"entity":"`+string(l.Entity)+`",`), v[1:]...), nil
}

func writeKind[T any](enc *json.Encoder, k relations.Kind, list []T, id func(*T) string) error {
	sorted := make([]*T, len(list))
	for i := range list {
		sorted[i] = &list[i]
	}
	slices.SortStableFunc(sorted, func(a, b *T) int { return strings.Compare(id(a), id(b)) })
	for _, v := range sorted {
		if err := enc.Encode(line[*T]{k, v}); err != nil {
			return err
		}
	}
	return nil
}

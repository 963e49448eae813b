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

// Check checks records as a whole the way a program written by hand
// would: every record with the validator, then every reference against a
// map from each ID to its kind, and each participant's and signatory's
// post against the date of the meeting or of signature. It returns the
// problems, in no particular order. It is the baseline of amity's
// whole-dataset validation.
func Check(r *relations.Records) []error {
	c := checker{kinds: map[string]relations.Kind{}, posts: map[string]orgs.Post{}}
	c.records(r)
	c.actorRefs(r)
	c.visitRefs(r)
	c.meetingRefs(r)
	c.initiativeRefs(r)
	c.tieRefs(r)
	c.agreementRefs(r)
	c.eventRefs(r)
	return c.errs
}

// checker holds what Check has found: the kind of each ID, the posts by
// ID, and the problems.
type checker struct {
	kinds map[string]relations.Kind
	posts map[string]orgs.Post
	errs  []error
}

// check checks v, a pointer to a record, with the validator.
func (c *checker) check(v any) {
	if err := amity.ValidateStruct(v); err != nil {
		c.errs = append(c.errs, err)
	}
}

// put records that id is of kind k, and reports it if it was taken.
func (c *checker) put(id string, k relations.Kind) {
	if _, dup := c.kinds[id]; dup {
		c.errs = append(c.errs, fmt.Errorf("duplicate ID %q", id))
	}
	c.kinds[id] = k
}

// ref reports id unless it is empty or the ID of an entity of kind want.
func (c *checker) ref(id string, want relations.Kind) {
	if id == "" {
		return
	}
	if k, ok := c.kinds[id]; !ok || k != want {
		c.errs = append(c.errs, fmt.Errorf("%q is not a %s", id, want))
	}
}

// sources reports each of ids that is not a source's.
func (c *checker) sources(ids []amity.SourceID) {
	for _, id := range ids {
		c.ref(string(id), relations.KindSource)
	}
}

// records checks every record with the validator, and maps the ID of
// each, and of each post and statement, to its kind.
func (c *checker) records(r *relations.Records) {
	for i := range r.Sources {
		c.check(&r.Sources[i])
		c.put(string(r.Sources[i].ID), relations.KindSource)
	}
	for i := range r.States {
		c.check(&r.States[i])
		c.put(string(r.States[i].ID), relations.KindState)
	}
	for i := range r.Ministries {
		c.check(&r.Ministries[i])
		c.put(string(r.Ministries[i].ID), relations.KindMinistry)
	}
	for i := range r.Organizations {
		c.check(&r.Organizations[i])
		c.put(string(r.Organizations[i].ID), relations.KindOrganization)
	}
	for i := range r.Officials {
		c.check(&r.Officials[i])
		c.put(string(r.Officials[i].ID), relations.KindOfficial)
		for _, p := range r.Officials[i].Posts {
			c.put(string(p.ID), relations.KindPost)
			c.posts[string(p.ID)] = p
		}
	}
	for i := range r.Groups {
		c.check(&r.Groups[i])
		c.put(string(r.Groups[i].ID), relations.KindGroup)
	}
	for i := range r.Visits {
		c.check(&r.Visits[i])
		c.put(string(r.Visits[i].ID), relations.KindVisit)
	}
	for i := range r.Meetings {
		c.check(&r.Meetings[i])
		c.put(string(r.Meetings[i].ID), relations.KindMeeting)
		for _, s := range r.Meetings[i].Statements {
			if s.ID != "" {
				c.put(string(s.ID), relations.KindStatement)
			}
		}
	}
	for i := range r.Initiatives {
		c.check(&r.Initiatives[i])
		c.put(string(r.Initiatives[i].ID), relations.KindInitiative)
	}
	for i := range r.Ties {
		c.check(&r.Ties[i])
		c.put(string(r.Ties[i].ID), relations.KindTie)
	}
	for i := range r.Agreements {
		c.check(&r.Agreements[i])
		c.put(string(r.Agreements[i].ID), relations.KindAgreement)
	}
	for i := range r.Events {
		c.check(&r.Events[i])
		c.put(string(r.Events[i].ID), relations.KindEvent)
	}
}

// actorRefs checks the references of ministries, organizations and
// officials' posts.
func (c *checker) actorRefs(r *relations.Records) {
	for _, m := range r.Ministries {
		c.ref(string(m.State), relations.KindState)
	}
	for _, o := range r.Organizations {
		c.ref(string(o.State), relations.KindState)
		c.ref(string(o.ParentMinistry), relations.KindMinistry)
		c.ref(string(o.ParentOrganization), relations.KindOrganization)
		for _, m := range o.Members {
			c.ref(string(m.State), relations.KindState)
		}
	}
	for _, o := range r.Officials {
		for _, p := range o.Posts {
			c.ref(string(p.State), relations.KindState)
			c.ref(string(p.Ministry), relations.KindMinistry)
			c.ref(string(p.Organization), relations.KindOrganization)
		}
	}
	for _, g := range r.Groups {
		c.ref(string(g.State), relations.KindState)
		c.ref(string(g.Ministry), relations.KindMinistry)
		c.ref(string(g.Organization), relations.KindOrganization)
		for _, o := range g.Leaders {
			c.ref(string(o), relations.KindOfficial)
		}
		for _, o := range g.Members {
			c.ref(string(o), relations.KindOfficial)
		}
		c.sources(g.Sources)
	}
}

// body checks the reference of a state, ministry or organization acting
// as one.
func (c *checker) body(b orgs.Body) {
	c.ref(string(b.State), relations.KindState)
	c.ref(string(b.Ministry), relations.KindMinistry)
	c.ref(string(b.Organization), relations.KindOrganization)
}

// visitRefs checks the references of visits.
func (c *checker) visitRefs(r *relations.Records) {
	for _, v := range r.Visits {
		for _, o := range v.Visitors {
			c.ref(string(o), relations.KindOfficial)
		}
		for _, g := range v.Groups {
			c.ref(string(g), relations.KindGroup)
		}
		c.ref(string(v.Guest), relations.KindState)
		c.ref(string(v.Host), relations.KindState)
		c.sources(v.Sources)
	}
}

// meetingRefs checks the references of meetings, and that each
// participant's post covers the meeting's date.
func (c *checker) meetingRefs(r *relations.Records) {
	for _, m := range r.Meetings {
		c.ref(string(m.Host), relations.KindState)
		c.ref(string(m.Place.Country), relations.KindState)
		for _, p := range m.Participants {
			c.ref(string(p.Official), relations.KindOfficial)
			c.ref(string(p.Group), relations.KindGroup)
			c.ref(string(p.State), relations.KindState)
			c.ref(string(p.Post), relations.KindPost)
			if post, ok := c.posts[string(p.Post)]; ok && !post.Covers(m.Date) {
				c.errs = append(c.errs, fmt.Errorf("meeting %s: post %s does not cover %s", m.ID, p.Post, m.Date))
			}
		}
		c.ref(string(m.Visit), relations.KindVisit)
		c.sources(m.Sources)
	}
}

// initiativeRefs checks the references of initiatives.
func (c *checker) initiativeRefs(r *relations.Records) {
	for _, in := range r.Initiatives {
		for _, s := range in.Parties {
			c.ref(string(s), relations.KindState)
		}
		for _, o := range in.ProposedBy {
			c.ref(string(o), relations.KindOfficial)
		}
		for _, g := range in.ProposedByGroups {
			c.ref(string(g), relations.KindGroup)
		}
		for _, a := range in.Agreements {
			c.ref(string(a), relations.KindAgreement)
		}
		for _, t := range in.Ties {
			c.ref(string(t), relations.KindTie)
		}
		for _, r := range in.Related {
			c.ref(string(r), relations.KindInitiative)
		}
		for _, m := range in.Meetings {
			c.ref(string(m), relations.KindMeeting)
		}
		for _, s := range in.Statements {
			c.ref(string(s), relations.KindStatement)
		}
		c.sources(in.Sources)
	}
}

// tieRefs checks the references of ties.
func (c *checker) tieRefs(r *relations.Records) {
	for _, t := range r.Ties {
		for _, s := range t.States {
			c.ref(string(s), relations.KindState)
		}
		c.sources(t.Sources)
	}
}

// agreementRefs checks the references of agreements, and that each
// signatory's post covers the date of signature.
func (c *checker) agreementRefs(r *relations.Records) {
	for _, a := range r.Agreements {
		for _, p := range a.Parties {
			c.body(p)
		}
		for _, s := range a.Signatories {
			c.ref(string(s.Official), relations.KindOfficial)
			c.ref(string(s.Post), relations.KindPost)
			c.body(s.For)
			date := s.Date
			if date.IsZero() {
				date = a.Signed
			}
			if post, ok := c.posts[string(s.Post)]; ok && !post.Covers(date) {
				c.errs = append(c.errs, fmt.Errorf("agreement %s: post %s does not cover %s", a.ID, s.Post, date))
			}
		}
		c.ref(string(a.Meeting), relations.KindMeeting)
		c.ref(string(a.Parent), relations.KindAgreement)
		c.ref(string(a.Tie), relations.KindTie)
		c.sources(a.Sources)
	}
}

// eventRefs checks the references of cultural events.
func (c *checker) eventRefs(r *relations.Records) {
	for _, e := range r.Events {
		for _, o := range e.Organisers {
			c.body(o)
		}
		for _, s := range e.States {
			c.ref(string(s), relations.KindState)
		}
		c.ref(string(e.Host), relations.KindState)
		for _, g := range e.Groups {
			c.ref(string(g), relations.KindGroup)
		}
		c.ref(string(e.Agreement), relations.KindAgreement)
		c.ref(string(e.Initiative), relations.KindInitiative)
		c.ref(string(e.Meeting), relations.KindMeeting)
		c.sources(e.Sources)
	}
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
	if err := writeKind(enc, relations.KindGroup, r.Groups, func(v *orgs.Group) string { return string(v.ID) }); err != nil {
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
	if err := writeKind(enc, relations.KindAgreement, r.Agreements, func(v *cooperation.Agreement) string { return string(v.ID) }); err != nil {
		return err
	}
	if err := writeKind(enc, relations.KindEvent, r.Events, func(v *cooperation.CulturalEvent) string { return string(v.ID) }); err != nil {
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

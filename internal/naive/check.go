package naive

import (
	"fmt"
	"strings"

	"github.com/amitydata/amity"

	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// Check checks records as a whole the way a program written by hand
// would: every record with its own Validate method, then a map from each
// ID to its kind and place (which finds an ID used twice, in one kind or
// two), then every reference of every record against that map, with the
// rules of meetings and signatories that follow references (see the
// package documentation). It returns the problems in the order found:
// the records' own, the IDs taken twice, then the references, each step
// by kind and in the order of each kind's list; each problem names its
// record's kind, index and ID. It is the baseline of amity's whole-dataset validation,
// [relations.Validate].
func Check(r *relations.Records) []error {
	c := newChecker(r, nil)
	c.validate()
	c.index()
	c.references()
	errs := make([]error, len(c.problems))
	for i, p := range c.problems {
		errs[i] = p.Err
	}
	return errs
}

// checker checks a set of records: it holds the records, the line of
// each if they were read from a file, the map of IDs and the problems.
type checker struct {
	r *relations.Records
	// lines, if not nil, holds the line of each record, by kind, in the
	// order of the kind's list in r.
	lines map[relations.Kind][]int
	// ids maps each ID to the first record that has it.
	ids      map[string]place
	problems []Problem
}

func newChecker(r *relations.Records, lines map[relations.Kind][]int) *checker {
	return &checker{r: r, lines: lines}
}

// place is where a record is: its kind and its index in its kind's list
// in Records; for a post, i is its official's and j its own index in the
// official's posts; for a statement, i is its meeting's and j its own.
type place struct {
	kind relations.Kind
	i, j int
}

// rec is the record whose rules or references are being checked.
type rec struct {
	kind relations.Kind
	i    int
	id   string
}

// problem records a problem of record at: on its line if the records
// were read from a file, else with its index.
func (c *checker) problem(at rec, msg string) {
	if c.lines != nil {
		line := c.lines[at.kind][at.i]
		c.problems = append(c.problems, Problem{Line: line, Err: fmt.Errorf("%s %q: %s", at.kind, at.id, msg)})
		return
	}
	c.problems = append(c.problems, Problem{Err: fmt.Errorf("%s %d (%q): %s", at.kind, at.i, at.id, msg)})
}

// validator is an entity with its own rules.
type validator interface{ Validate() error }

// invalid returns the problems v's Validate method finds, one for each
// rule broken.
func invalid[T validator](v T) []error {
	err := v.Validate()
	if err == nil {
		return nil
	}
	fes := amity.Errors(err)
	if len(fes) == 0 {
		return []error{err}
	}
	errs := make([]error, len(fes))
	for i, fe := range fes {
		errs[i] = fe
	}
	return errs
}

// validateAll checks each record of list, of kind k, with its Validate
// method.
func validateAll[T validator](c *checker, k relations.Kind, list []T, id func(*T) string) {
	for i := range list {
		for _, fe := range invalid(list[i]) {
			c.problem(rec{k, i, id(&list[i])}, fe.Error())
		}
	}
}

// validate checks every record with its own Validate method.
func (c *checker) validate() {
	r := c.r
	validateAll(c, relations.KindSource, r.Sources, sourceID)
	validateAll(c, relations.KindState, r.States, stateID)
	validateAll(c, relations.KindMinistry, r.Ministries, ministryID)
	validateAll(c, relations.KindOrganization, r.Organizations, organizationID)
	validateAll(c, relations.KindOfficial, r.Officials, officialID)
	validateAll(c, relations.KindGroup, r.Groups, groupID)
	validateAll(c, relations.KindVisit, r.Visits, visitID)
	validateAll(c, relations.KindMeeting, r.Meetings, meetingID)
	validateAll(c, relations.KindInitiative, r.Initiatives, initiativeID)
	validateAll(c, relations.KindTie, r.Ties, tieID)
	validateAll(c, relations.KindAgreement, r.Agreements, agreementID)
	validateAll(c, relations.KindEvent, r.Events, eventID)
}

// where names the record at p, or the official or meeting of a post or
// statement: its kind, and its line or else its index.
func (c *checker) where(p place) string {
	k := p.kind
	switch k {
	case relations.KindPost:
		k = relations.KindOfficial
	case relations.KindStatement:
		k = relations.KindMeeting
	}
	if c.lines != nil {
		return fmt.Sprintf("%s on line %d", a(p.kind), c.lines[k][p.i])
	}
	return fmt.Sprintf("%s of %s %d", a(p.kind), k, p.i)
}

// a returns kind k with its indefinite article: "a meeting", "an
// official".
func a(k relations.Kind) string {
	if strings.ContainsRune("aeiou", rune(k[0])) {
		return "an " + string(k)
	}
	return "a " + string(k)
}

// put maps id to p, unless it is empty (a problem of the record's own
// rules) or already taken, which it reports.
func (c *checker) put(at rec, id string, p place) {
	if id == "" {
		return
	}
	if first, dup := c.ids[id]; dup {
		c.problem(at, fmt.Sprintf("ID %q already used by %s", id, c.where(first)))
		return
	}
	c.ids[id] = p
}

// putAll maps the ID of each record of list, of kind k.
func putAll[T any](c *checker, k relations.Kind, list []T, id func(*T) string) {
	for i := range list {
		c.put(rec{k, i, id(&list[i])}, id(&list[i]), place{k, i, 0})
	}
}

// index maps every ID, and each post's and statement's, to its place.
func (c *checker) index() {
	r := c.r
	c.ids = make(map[string]place, r.Len())
	putAll(c, relations.KindSource, r.Sources, sourceID)
	putAll(c, relations.KindState, r.States, stateID)
	putAll(c, relations.KindMinistry, r.Ministries, ministryID)
	putAll(c, relations.KindOrganization, r.Organizations, organizationID)
	for i, o := range r.Officials {
		at := rec{relations.KindOfficial, i, string(o.ID)}
		c.put(at, string(o.ID), place{relations.KindOfficial, i, 0})
		for j, p := range o.Posts {
			c.put(at, string(p.ID), place{relations.KindPost, i, j})
		}
	}
	putAll(c, relations.KindGroup, r.Groups, groupID)
	putAll(c, relations.KindVisit, r.Visits, visitID)
	for i, m := range r.Meetings {
		at := rec{relations.KindMeeting, i, string(m.ID)}
		c.put(at, string(m.ID), place{relations.KindMeeting, i, 0})
		for j, s := range m.Statements {
			c.put(at, string(s.ID), place{relations.KindStatement, i, j})
		}
	}
	putAll(c, relations.KindInitiative, r.Initiatives, initiativeID)
	putAll(c, relations.KindTie, r.Ties, tieID)
	putAll(c, relations.KindAgreement, r.Agreements, agreementID)
	putAll(c, relations.KindEvent, r.Events, eventID)
}

// ref reports id, a reference made in field of record at, unless it is
// empty (which the record's own rules judge) or the ID of a record of
// kind want; it returns that record's place, and whether it is one.
func ref[ID ~string](c *checker, at rec, field string, id ID, want relations.Kind) (place, bool) {
	if id == "" {
		return place{}, false
	}
	p, ok := c.ids[string(id)]
	switch {
	case !ok:
		c.problem(at, fmt.Sprintf("%s: no %s has the ID %q", field, want, id))
		return place{}, false
	case p.kind != want:
		c.problem(at, fmt.Sprintf("%s: %q names %s, not %s", field, id, a(p.kind), a(want)))
		return place{}, false
	}
	return p, true
}

// refs reports each of ids that is not the ID of a record of kind want.
func refs[ID ~string](c *checker, at rec, field string, ids []ID, want relations.Kind) {
	for _, id := range ids {
		ref(c, at, field, id, want)
	}
}

// known reports whether s is the ID of a state of the records.
func (c *checker) known(s orgs.StateID) bool {
	p, ok := c.ids[string(s)]
	return ok && p.kind == relations.KindState
}

// stateOfPost returns the state a post belongs to, directly or through
// its ministry or organization, or "" if that is not a state of the
// records.
func (c *checker) stateOfPost(p orgs.Post) orgs.StateID {
	var s orgs.StateID
	switch {
	case p.State != "":
		s = p.State
	case p.Ministry != "":
		if at, ok := c.ids[string(p.Ministry)]; ok && at.kind == relations.KindMinistry {
			s = c.r.Ministries[at.i].State
		}
	case p.Organization != "":
		if at, ok := c.ids[string(p.Organization)]; ok && at.kind == relations.KindOrganization {
			s = c.r.Organizations[at.i].State
		}
	}
	if !c.known(s) {
		return ""
	}
	return s
}

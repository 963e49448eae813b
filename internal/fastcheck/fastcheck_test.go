package fastcheck_test

import (
	"strings"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/fastcheck"
	"github.com/amitydata/amity/internal/jsonx"
	"github.com/amitydata/amity/internal/story"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// same checks the promise of the package for v: the Checker's verdict is
// that of v's Validate method, and Problems returns Validate's problems.
// It returns the verdict.
func same[T interface{ Validate() error }](t *testing.T, what string, v T, check func(*T) bool) bool {
	t.Helper()
	want := amity.Errors(v.Validate())
	got := check(&v)
	if got != (len(want) == 0) {
		t.Fatalf("%s: the Checker says valid %v, Validate reports %d problems: %v\n%+v", what, got, len(want), want, v)
	}
	if diff := cmp.Diff(want, fastcheck.Problems(got, v)); diff != "" {
		t.Fatalf("%s: Problems differs from Validate (-Validate +Problems):\n%s", what, diff)
	}
	return got
}

// world returns the records of a generated archive with a small world,
// and of the example story.
func world() relations.Records {
	r := synth.Generate(synth.Config{Seed: 3, Meetings: 400, States: 20, Ministries: 40, Organizations: 20, Officials: 400})
	s := story.Records()
	r.Meetings = append(r.Meetings, s.Meetings...)
	r.Visits = append(r.Visits, s.Visits...)
	r.Officials = append(r.Officials, s.Officials...)
	r.Ministries = append(r.Ministries, s.Ministries...)
	r.Organizations = append(r.Organizations, s.Organizations...)
	return r
}

// TestValidRecords checks that the Checker passes every record of a valid
// archive, so that the bulk path never falls back to the validator for
// them.
func TestValidRecords(t *testing.T) {
	k := fastcheck.New()
	r := world()
	for _, m := range r.Meetings {
		if !same(t, string(m.ID), m, k.Meeting) {
			t.Errorf("meeting %s: not passed", m.ID)
		}
	}
	for _, v := range r.Visits {
		if !same(t, string(v.ID), v, k.Visit) {
			t.Errorf("visit %s: not passed", v.ID)
		}
	}
	for _, o := range r.Officials {
		if !same(t, string(o.ID), o, k.Official) {
			t.Errorf("official %s: not passed", o.ID)
		}
	}
	for _, m := range r.Ministries {
		if !same(t, string(m.ID), m, k.Ministry) {
			t.Errorf("ministry %s: not passed", m.ID)
		}
	}
	for _, o := range r.Organizations {
		if !same(t, string(o.ID), o, k.Organization) {
			t.Errorf("organization %s: not passed", o.ID)
		}
	}
}

// A mutation changes one value of an entity to s.
type mutation[T any] struct {
	name string
	set  func(v *T, s string)
}

// first returns a pointer to the first element of *s, adding a zero one
// if there is none.
func first[E any](s *[]E) *E {
	if len(*s) == 0 {
		*s = append(*s, *new(E))
	}
	return &(*s)[0]
}

// last returns a pointer to the last element of *s, adding a zero one if
// there is none.
func last[E any](s *[]E) *E {
	first(s)
	return &(*s)[len(*s)-1]
}

func setDate(d *amity.Date, s string) {
	if v, err := amity.ParseDate(s); err == nil {
		*d = v
	} else {
		*d = amity.Date{}
	}
}

var placeMutations = []mutation[orgs.Place]{
	{"city", func(p *orgs.Place, s string) { p.City = s }},
	{"subdivision", func(p *orgs.Place, s string) { p.Subdivision = s }},
	{"country", func(p *orgs.Place, s string) { p.Country = orgs.StateID(s) }},
	{"venue", func(p *orgs.Place, s string) { p.Venue = s }},
	{"wikidata", func(p *orgs.Place, s string) { p.Wikidata = s }},
	{"note", func(p *orgs.Place, s string) { p.Note = s }},
	{"zero", func(p *orgs.Place, s string) { *p = orgs.Place{} }},
}

var codeMutations = []mutation[events.EventCode]{
	{"cameo", func(c *events.EventCode, s string) { c.CAMEO = events.CAMEOCode(s) }},
	{"plover", func(c *events.EventCode, s string) { c.PLOVER = events.PLOVEREvent(s) }},
	{"mode", func(c *events.EventCode, s string) { c.Mode = events.PLOVERMode(s) }},
}

var fieldSourceMutations = []mutation[amity.FieldSources]{
	{"key", func(fs *amity.FieldSources, s string) {
		if *fs == nil {
			*fs = amity.FieldSources{}
		}
		(*fs)[s] = []amity.SourceID{"src-1"}
	}},
	{"value", func(fs *amity.FieldSources, s string) {
		if *fs == nil {
			*fs = amity.FieldSources{}
		}
		(*fs)["date"] = append((*fs)["date"], amity.SourceID(s))
	}},
	{"empty list", func(fs *amity.FieldSources, s string) { *fs = amity.FieldSources{"date": {}} }},
	{"nil list", func(fs *amity.FieldSources, s string) { *fs = amity.FieldSources{"date": nil} }},
	{"empty", func(fs *amity.FieldSources, s string) { *fs = amity.FieldSources{} }},
}

// lift turns mutations of a part into mutations of a whole.
func lift[T, P any](prefix string, ms []mutation[P], part func(*T) *P) []mutation[T] {
	out := make([]mutation[T], len(ms))
	for i, m := range ms {
		out[i] = mutation[T]{prefix + "." + m.name, func(v *T, s string) { m.set(part(v), s) }}
	}
	return out
}

var meetingMutations = concat(
	[]mutation[events.Meeting]{
		{"id", func(m *events.Meeting, s string) { m.ID = events.MeetingID(s) }},
		{"title", func(m *events.Meeting, s string) { m.Title = s }},
		{"date", func(m *events.Meeting, s string) { setDate(&m.Date, s) }},
		{"host", func(m *events.Meeting, s string) { m.Host = orgs.StateID(s) }},
		{"visit", func(m *events.Meeting, s string) { m.Visit = events.VisitID(s) }},
		{"summary", func(m *events.Meeting, s string) { m.Summary = s }},
		{"participants[0].official", func(m *events.Meeting, s string) { first(&m.Participants).Official = orgs.OfficialID(s) }},
		{"participants[last].state", func(m *events.Meeting, s string) { last(&m.Participants).State = orgs.StateID(s) }},
		{"participants[0].post", func(m *events.Meeting, s string) { first(&m.Participants).Post = orgs.PostID(s) }},
		{"participants: one", func(m *events.Meeting, s string) { m.Participants = m.Participants[:min(1, len(m.Participants))] }},
		{"participants: nil", func(m *events.Meeting, s string) { m.Participants = nil }},
		{"participants: again", func(m *events.Meeting, s string) {
			p := *first(&m.Participants)
			p.State = orgs.StateID(s)
			m.Participants = append(m.Participants, p)
		}},
		{"topics: add", func(m *events.Meeting, s string) { m.Topics = append(m.Topics, events.Topic(s)) }},
		{"topics: empty", func(m *events.Meeting, s string) { m.Topics = []events.Topic{} }},
		{"statements[0].id", func(m *events.Meeting, s string) { first(&m.Statements).ID = events.StatementID(s) }},
		{"statements[0].speakers: add", func(m *events.Meeting, s string) {
			st := first(&m.Statements)
			st.Speakers = append(st.Speakers, orgs.OfficialID(s))
		}},
		{"statements[0].speakers: twice", func(m *events.Meeting, s string) {
			st := first(&m.Statements)
			st.Speakers = append(st.Speakers, st.Speakers...)
		}},
		{"statements[0].speakers: nil", func(m *events.Meeting, s string) { first(&m.Statements).Speakers = nil }},
		{"statements[0].verb", func(m *events.Meeting, s string) { first(&m.Statements).Verb = events.Verb(s) }},
		{"statements[0].summary", func(m *events.Meeting, s string) { first(&m.Statements).Summary = s }},
		{"statements[0].quote", func(m *events.Meeting, s string) { first(&m.Statements).Quote = s }},
		{"statements[0].topics", func(m *events.Meeting, s string) {
			st := first(&m.Statements)
			st.Topics = append(st.Topics, events.Topic(s))
		}},
		{"statements[0].sources", func(m *events.Meeting, s string) {
			st := first(&m.Statements)
			st.Sources = append(st.Sources, amity.SourceID(s))
		}},
		{"sources: add", func(m *events.Meeting, s string) { m.Sources = append(m.Sources, amity.SourceID(s)) }},
		{"sources: empty", func(m *events.Meeting, s string) { m.Sources = []amity.SourceID{} }},
		{"codes: nine", func(m *events.Meeting, s string) {
			for len(m.Codes) < 9 {
				m.Codes = append(m.Codes, events.EventCode{CAMEO: "040"})
			}
		}},
	},
	lift("place", placeMutations, func(m *events.Meeting) *orgs.Place { return &m.Place }),
	lift("codes[0]", codeMutations, func(m *events.Meeting) *events.EventCode { return first(&m.Codes) }),
	lift("field_sources", fieldSourceMutations, func(m *events.Meeting) *amity.FieldSources { return &m.FieldSources }),
)

var visitMutations = concat(
	[]mutation[events.Visit]{
		{"id", func(v *events.Visit, s string) { v.ID = events.VisitID(s) }},
		{"visitors: add", func(v *events.Visit, s string) { v.Visitors = append(v.Visitors, orgs.OfficialID(s)) }},
		{"visitors: twice", func(v *events.Visit, s string) { v.Visitors = append(v.Visitors, v.Visitors...) }},
		{"visitors: nil", func(v *events.Visit, s string) { v.Visitors = nil }},
		{"guest", func(v *events.Visit, s string) { v.Guest = orgs.StateID(s) }},
		{"host", func(v *events.Visit, s string) { v.Host = orgs.StateID(s) }},
		{"host is guest", func(v *events.Visit, s string) { v.Host = v.Guest }},
		{"start", func(v *events.Visit, s string) { setDate(&v.Start, s) }},
		{"end", func(v *events.Visit, s string) { setDate(&v.End, s) }},
		{"occasion", func(v *events.Visit, s string) { v.Occasion = events.Occasion(s) }},
		{"note", func(v *events.Visit, s string) { v.Note = s }},
		{"sources", func(v *events.Visit, s string) { v.Sources = append(v.Sources, amity.SourceID(s)) }},
	},
	lift("places[0]", placeMutations, func(v *events.Visit) *orgs.Place { return first(&v.Places) }),
	lift("codes[0]", codeMutations, func(v *events.Visit) *events.EventCode { return first(&v.Codes) }),
	lift("field_sources", fieldSourceMutations, func(v *events.Visit) *amity.FieldSources { return &v.FieldSources }),
)

var officialMutations = concat(
	[]mutation[orgs.Official]{
		{"id", func(o *orgs.Official, s string) { o.ID = orgs.OfficialID(s) }},
		{"name", func(o *orgs.Official, s string) { o.Name = s }},
		{"local_names: key", func(o *orgs.Official, s string) {
			if o.LocalNames == nil {
				o.LocalNames = map[string]string{}
			}
			o.LocalNames[s] = "Name"
		}},
		{"local_names: value", func(o *orgs.Official, s string) {
			if o.LocalNames == nil {
				o.LocalNames = map[string]string{}
			}
			o.LocalNames["az"] = s
		}},
		{"aliases", func(o *orgs.Official, s string) { o.Aliases = append(o.Aliases, s) }},
		{"wikidata", func(o *orgs.Official, s string) { o.Wikidata = s }},
		{"sources", func(o *orgs.Official, s string) { o.Sources = append(o.Sources, amity.SourceID(s)) }},
		{"posts[0].id", func(o *orgs.Official, s string) { first(&o.Posts).ID = orgs.PostID(s) }},
		{"posts[0].title", func(o *orgs.Official, s string) { first(&o.Posts).Title = s }},
		{"posts[0].role", func(o *orgs.Official, s string) { first(&o.Posts).Role = orgs.Role(s) }},
		{"posts[0].state", func(o *orgs.Official, s string) { first(&o.Posts).State = orgs.StateID(s) }},
		{"posts[0].ministry", func(o *orgs.Official, s string) { first(&o.Posts).Ministry = orgs.MinistryID(s) }},
		{"posts[0].organization", func(o *orgs.Official, s string) { first(&o.Posts).Organization = orgs.OrganizationID(s) }},
		{"posts[0].start", func(o *orgs.Official, s string) { setDate(&first(&o.Posts).Start, s) }},
		{"posts[0].end", func(o *orgs.Official, s string) { setDate(&first(&o.Posts).End, s) }},
		{"posts[0].sources", func(o *orgs.Official, s string) {
			p := first(&o.Posts)
			p.Sources = append(p.Sources, amity.SourceID(s))
		}},
	},
	lift("field_sources", fieldSourceMutations, func(o *orgs.Official) *amity.FieldSources { return &o.FieldSources }),
)

var namesMutations = []mutation[amity.Names]{
	{"name", func(n *amity.Names, s string) { n.Name = s }},
	{"local_names: key", func(n *amity.Names, s string) {
		if n.LocalNames == nil {
			n.LocalNames = map[string]string{}
		}
		n.LocalNames[s] = "Name"
	}},
	{"local_names: value", func(n *amity.Names, s string) {
		if n.LocalNames == nil {
			n.LocalNames = map[string]string{}
		}
		n.LocalNames["az"] = s
	}},
	{"aliases", func(n *amity.Names, s string) { n.Aliases = append(n.Aliases, s) }},
}

var ministryMutations = concat(
	[]mutation[orgs.Ministry]{
		{"id", func(m *orgs.Ministry, s string) { m.ID = orgs.MinistryID(s) }},
		{"state", func(m *orgs.Ministry, s string) { m.State = orgs.StateID(s) }},
		{"portfolio", func(m *orgs.Ministry, s string) { m.Portfolio = orgs.Portfolio(s) }},
		{"wikidata", func(m *orgs.Ministry, s string) { m.Wikidata = s }},
		{"url", func(m *orgs.Ministry, s string) { m.URL = s }},
		{"url: https", func(m *orgs.Ministry, s string) { m.URL = "https://" + s }},
		{"sources", func(m *orgs.Ministry, s string) { m.Sources = append(m.Sources, amity.SourceID(s)) }},
	},
	lift("names", namesMutations, func(m *orgs.Ministry) *amity.Names { return &m.Names }),
	lift("field_sources", fieldSourceMutations, func(m *orgs.Ministry) *amity.FieldSources { return &m.FieldSources }),
)

var organizationMutations = concat(
	[]mutation[orgs.Organization]{
		{"id", func(o *orgs.Organization, s string) { o.ID = orgs.OrganizationID(s) }},
		{"kind", func(o *orgs.Organization, s string) { o.Kind = orgs.OrganizationKind(s) }},
		{"state", func(o *orgs.Organization, s string) { o.State = orgs.StateID(s) }},
		{"parent_ministry", func(o *orgs.Organization, s string) { o.ParentMinistry = orgs.MinistryID(s) }},
		{"parent_organization", func(o *orgs.Organization, s string) { o.ParentOrganization = orgs.OrganizationID(s) }},
		{"both parents", func(o *orgs.Organization, s string) {
			o.ParentMinistry, o.ParentOrganization = "min-1", orgs.OrganizationID(s)
		}},
		{"founded", func(o *orgs.Organization, s string) { setDate(&o.Founded, s) }},
		{"dissolved", func(o *orgs.Organization, s string) { setDate(&o.Dissolved, s) }},
		{"members[0].state", func(o *orgs.Organization, s string) { first(&o.Members).State = orgs.StateID(s) }},
		{"members[0].since", func(o *orgs.Organization, s string) { setDate(&first(&o.Members).Since, s) }},
		{"members[0].until", func(o *orgs.Organization, s string) { setDate(&first(&o.Members).Until, s) }},
		{"members[0].sources", func(o *orgs.Organization, s string) {
			m := first(&o.Members)
			m.Sources = append(m.Sources, amity.SourceID(s))
		}},
		{"members: 1001", func(o *orgs.Organization, s string) {
			for len(o.Members) <= 1000 {
				o.Members = append(o.Members, orgs.Membership{State: "AZ"})
			}
		}},
		{"wikidata", func(o *orgs.Organization, s string) { o.Wikidata = s }},
		{"url", func(o *orgs.Organization, s string) { o.URL = s }},
		{"sources", func(o *orgs.Organization, s string) { o.Sources = append(o.Sources, amity.SourceID(s)) }},
	},
	lift("names", namesMutations, func(o *orgs.Organization) *amity.Names { return &o.Names }),
	lift("field_sources", fieldSourceMutations, func(o *orgs.Organization) *amity.FieldSources { return &o.FieldSources }),
)

func concat[T any](lists ...[]mutation[T]) []mutation[T] {
	var out []mutation[T]
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// values are the strings the table tests put in every place: valid and
// invalid IDs, codes, dates, vocabulary, text with every kind of trouble.
var values = []string{
	"", "x", "AZ", "az", "ZZ", "IR", "AZ-BA", "IR-23", "AZ-", "Q42", "Q0", "q42", "2022", "2022-06", "2022-06-20", "1990", "2099-12-31",
	"m-00001", "off-00001", "src-0001", "-x", "x-", "a.b:c_d", strings.Repeat("a", 129), "literature", "other", "said", "touched_upon",
	"042", "043", "040", "01", "CONSULT", "AGREE", "visit", "multilateral", "phone", "date", "place", "participants", "colour",
	"official_visit", "event", "minister", "Kərimov", "culture", "intergovernmental", "https://example.org/a", "http://", "ftp://x.org", " lead", "trail ", "two\nlines", "tab\there", "\ttab", "nl\n", "nul\x00",
	"bad\xffutf8", "del\x7f", "nbsp\u00a0", "\u2028", strings.Repeat("ş", 512), strings.Repeat("ş", 513), strings.Repeat("x", 4097),
}

func TestMeetingMutations(t *testing.T) {
	k := fastcheck.New()
	r := world()
	bases := []events.Meeting{r.Meetings[0], r.Meetings[len(r.Meetings)-1]}
	checkMutations(t, bases, meetingMutations, k.Meeting)
}

func TestVisitMutations(t *testing.T) {
	k := fastcheck.New()
	r := world()
	checkMutations(t, []events.Visit{r.Visits[0], r.Visits[len(r.Visits)-1]}, visitMutations, k.Visit)
}

func TestOfficialMutations(t *testing.T) {
	k := fastcheck.New()
	r := world()
	checkMutations(t, []orgs.Official{r.Officials[0], r.Officials[len(r.Officials)-1]}, officialMutations, k.Official)
}

func TestMinistryMutations(t *testing.T) {
	k := fastcheck.New()
	r := world()
	checkMutations(t, []orgs.Ministry{r.Ministries[0], r.Ministries[len(r.Ministries)-1]}, ministryMutations, k.Ministry)
}

func TestOrganizationMutations(t *testing.T) {
	k := fastcheck.New()
	r := world()
	checkMutations(t, []orgs.Organization{r.Organizations[0], r.Organizations[len(r.Organizations)-1]}, organizationMutations, k.Organization)
}

// checkMutations applies every mutation with every value to copies of
// each base, and checks that the Checker agrees with Validate. It also
// checks that most mutations break a rule with some value, so that the
// table tests something.
func checkMutations[T interface{ Validate() error }](t *testing.T, bases []T, ms []mutation[T], check func(*T) bool) {
	breaking := 0
	for _, m := range ms {
		t.Run(m.name, func(t *testing.T) {
			broken := false
			for _, base := range bases {
				for _, s := range values {
					v := clone(t, base)
					m.set(&v, s)
					broken = !same(t, m.name+" = "+strings.ToValidUTF8(s, "?"), v, check) || broken
				}
			}
			if broken {
				breaking++
			}
		})
	}
	if breaking < len(ms)*3/4 {
		t.Errorf("only %d of %d mutations break a rule", breaking, len(ms))
	}
}

// clone returns a deep copy of v, so that mutations do not reach the
// records shared by the tests.
func clone[T any](t testing.TB, v T) T {
	b, err := jsonx.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var w T
	if err := jsonv2.Unmarshal(b, &w); err != nil {
		t.Fatal(err)
	}
	return w
}

// fuzzKind is the body of a differential fuzz target: it decodes data,
// leniently, as a T (and gives up if it does not decode), applies
// mutation field%len(ms) with s if field is not 0, and checks that the
// Checker agrees with Validate.
func fuzzKind[T interface{ Validate() error }](t *testing.T, data []byte, field uint8, s string, ms []mutation[T], check func(*T) bool) {
	var v T
	if err := jsonv2.Unmarshal(data, &v); err != nil {
		return
	}
	if field != 0 {
		ms[int(field-1)%len(ms)].set(&v, s)
	}
	same(t, "fuzzed", v, check)
}

// seeds adds to f the entities of kind of the test world as JSON, each
// with no mutation and with the mutation of its index.
func seeds[T any](f *testing.F, items []T) {
	for i, it := range items[:min(len(items), 40)] {
		b, err := jsonx.Marshal(it)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(0), "")
		f.Add(b, uint8(i+1), values[i%len(values)])
	}
}

func FuzzMeetingDifferential(f *testing.F) {
	seeds(f, world().Meetings)
	k := fastcheck.New()
	f.Fuzz(func(t *testing.T, data []byte, field uint8, s string) {
		fuzzKind(t, data, field, s, meetingMutations, k.Meeting)
	})
}

func FuzzVisitDifferential(f *testing.F) {
	seeds(f, world().Visits)
	k := fastcheck.New()
	f.Fuzz(func(t *testing.T, data []byte, field uint8, s string) {
		fuzzKind(t, data, field, s, visitMutations, k.Visit)
	})
}

// FuzzOrgsDifferential fuzzes ministries and organizations: data decoded
// as each, mutated by field and s.
func FuzzOrgsDifferential(f *testing.F) {
	r := world()
	seeds(f, r.Ministries)
	seeds(f, r.Organizations)
	k := fastcheck.New()
	f.Fuzz(func(t *testing.T, data []byte, field uint8, s string) {
		fuzzKind(t, data, field, s, ministryMutations, k.Ministry)
		fuzzKind(t, data, field, s, organizationMutations, k.Organization)
	})
}

func FuzzOfficialDifferential(f *testing.F) {
	seeds(f, world().Officials)
	k := fastcheck.New()
	f.Fuzz(func(t *testing.T, data []byte, field uint8, s string) {
		fuzzKind(t, data, field, s, officialMutations, k.Official)
	})
}

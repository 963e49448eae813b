package orgs_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

// problem is what the tests compare of a FieldError: where and what kind.
type problem struct {
	Path string
	Kind amity.ErrorKind
}

// problems projects the FieldErrors of err to their paths and kinds,
// failing the test for a problem without a path.
func problems(t *testing.T, err error) []problem {
	t.Helper()
	var out []problem
	for _, fe := range amity.Errors(err) {
		if fe.Path == "" {
			t.Errorf("problem without a path: %v", fe)
		}
		out = append(out, problem{fe.Path, fe.Kind})
	}
	if err != nil && out == nil {
		t.Errorf("error %v holds no FieldError", err)
	}
	return out
}

// rule is one row of a validation table: a change to a valid value, and
// the problems the changed value must have.
type rule[T any] struct {
	name   string
	change func(*T)
	want   []problem
}

// checkRules validates, for each rule, a fresh valid value with the
// rule's change applied, and compares the problems with the rule's.
func checkRules[T interface{ Validate() error }](t *testing.T, valid func() T, rules []rule[T]) {
	t.Helper()
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			v := valid()
			r.change(&v)
			if diff := cmp.Diff(r.want, problems(t, v.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

var (
	d2020 = amity.MustParseDate("2020")
	d2018 = amity.MustParseDate("2018-04-21")
)

func validState() orgs.State {
	return orgs.State{
		ID:           "AZ",
		Names:        amity.Names{Name: "Azerbaijan", LocalNames: map[string]string{"az": "Azərbaycan"}, Aliases: []string{"Republic of Azerbaijan"}},
		Wikidata:     "Q227",
		Capital:      "Baku",
		Sources:      []amity.SourceID{"azernews"},
		FieldSources: amity.FieldSources{"capital": {"wikidata"}},
	}
}

func TestStateValidate(t *testing.T) {
	checkRules(t, validState, []rule[orgs.State]{
		{"valid", func(*orgs.State) {}, nil},
		{"id missing", func(s *orgs.State) { s.ID = "" }, []problem{{"id", amity.KindRequired}}},
		{"id lower case", func(s *orgs.State) { s.ID = "az" }, []problem{{"id", amity.KindInvalid}}},
		{"id not assigned", func(s *orgs.State) { s.ID = "ZZ" }, []problem{{"id", amity.KindInvalid}}},
		{"id alpha-3", func(s *orgs.State) { s.ID = "AZE" }, []problem{{"id", amity.KindInvalid}}},
		{"name missing", func(s *orgs.State) { s.Name = "" }, []problem{{"name", amity.KindRequired}}},
		{"name of 1 MiB", func(s *orgs.State) { s.Name = strings.Repeat("a", 1<<20) }, []problem{{"name", amity.KindOutOfRange}}},
		{"name with NUL", func(s *orgs.State) { s.Name = "Azer\x00baijan" }, []problem{{"name", amity.KindInvalid}}},
		{"local name language", func(s *orgs.State) { s.LocalNames = map[string]string{"Azeri": "x"} }, []problem{{"local_names.Azeri", amity.KindInvalid}}},
		{"wikidata", func(s *orgs.State) { s.Wikidata = "Q0227" }, []problem{{"wikidata", amity.KindInvalid}}},
		{"capital with a tab", func(s *orgs.State) { s.Capital = "Ba\tku" }, []problem{{"capital", amity.KindInvalid}}},
		{"capital too long", func(s *orgs.State) { s.Capital = strings.Repeat("a", 513) }, []problem{{"capital", amity.KindOutOfRange}}},
		{"source ID", func(s *orgs.State) { s.Sources = []amity.SourceID{"a b"} }, []problem{{"sources[0]", amity.KindInvalid}}},
		{"source ID empty", func(s *orgs.State) { s.Sources = []amity.SourceID{""} }, []problem{{"sources[0]", amity.KindRequired}}},
		{"too many sources", func(s *orgs.State) { s.Sources = make([]amity.SourceID, 65) }, []problem{{"sources", amity.KindOutOfRange}}},
		{"field_sources names no field", func(s *orgs.State) { s.FieldSources = amity.FieldSources{"population": {"x"}} }, []problem{{"field_sources.population", amity.KindInvalid}}},
		{"field_sources names an inline field", func(s *orgs.State) { s.FieldSources = amity.FieldSources{"local_names": {"x"}} }, nil},
		{"field_sources bad source", func(s *orgs.State) { s.FieldSources = amity.FieldSources{"name": {"x y"}} }, []problem{{"field_sources.name[0]", amity.KindInvalid}}},
		{"field_sources no source", func(s *orgs.State) { s.FieldSources = amity.FieldSources{"name": {}} }, []problem{{"field_sources.name", amity.KindOutOfRange}}},
	})
}

func validMinistry() orgs.Ministry {
	return orgs.Ministry{
		ID:        "ir-culture-ministry",
		State:     "IR",
		Portfolio: orgs.PortfolioCulture,
		Names:     amity.Names{Name: "Ministry of Culture and Islamic Guidance", LocalNames: map[string]string{"fa": "وزارت فرهنگ و ارشاد اسلامی"}},
		Wikidata:  "Q3551596",
		URL:       "https://www.farhang.gov.ir/",
		Sources:   []amity.SourceID{"azernews"},
	}
}

func TestMinistryValidate(t *testing.T) {
	checkRules(t, validMinistry, []rule[orgs.Ministry]{
		{"valid", func(*orgs.Ministry) {}, nil},
		{"id missing", func(m *orgs.Ministry) { m.ID = "" }, []problem{{"id", amity.KindRequired}}},
		{"id bad", func(m *orgs.Ministry) { m.ID = "ir/culture" }, []problem{{"id", amity.KindInvalid}}},
		{"state missing", func(m *orgs.Ministry) { m.State = "" }, []problem{{"state", amity.KindRequired}}},
		{"state lower case", func(m *orgs.Ministry) { m.State = "ir" }, []problem{{"state", amity.KindInvalid}}},
		{"portfolio missing", func(m *orgs.Ministry) { m.Portfolio = "" }, []problem{{"portfolio", amity.KindRequired}}},
		{"portfolio unknown", func(m *orgs.Ministry) { m.Portfolio = "Culture" }, []problem{{"portfolio", amity.KindInvalid}}},
		{"name missing", func(m *orgs.Ministry) { m.Name = "" }, []problem{{"name", amity.KindRequired}}},
		{"url", func(m *orgs.Ministry) { m.URL = "www.farhang.gov.ir" }, []problem{{"url", amity.KindInvalid}}},
		{"wikidata", func(m *orgs.Ministry) { m.Wikidata = "Q" }, []problem{{"wikidata", amity.KindInvalid}}},
		{"field_sources", func(m *orgs.Ministry) { m.FieldSources = amity.FieldSources{"portfolio": {"a"}, "minister": {"b"}} }, []problem{{"field_sources.minister", amity.KindInvalid}}},
	})
}

func validOrganization() orgs.Organization {
	return orgs.Organization{
		ID:             "icro",
		Kind:           orgs.KindGovernmentAgency,
		Names:          amity.Names{Name: "Islamic Culture and Relations Organization", Aliases: []string{"ICRO"}},
		State:          "IR",
		ParentMinistry: "ir-culture-ministry",
		Founded:        amity.MustParseDate("1995"),
		Members: []orgs.Membership{
			{State: "AZ", Since: amity.MustParseDate("1992-06-03"), Sources: []amity.SourceID{"unesco"}},
		},
		Wikidata: "Q5993434",
		URL:      "https://www.icro.ir/",
		Sources:  []amity.SourceID{"azernews"},
	}
}

func TestOrganizationValidate(t *testing.T) {
	checkRules(t, validOrganization, []rule[orgs.Organization]{
		{"valid", func(*orgs.Organization) {}, nil},
		{"id missing", func(o *orgs.Organization) { o.ID = "" }, []problem{{"id", amity.KindRequired}}},
		{"kind missing", func(o *orgs.Organization) { o.Kind = "" }, []problem{{"kind", amity.KindRequired}}},
		{"kind unknown", func(o *orgs.Organization) { o.Kind = "ngo" }, []problem{{"kind", amity.KindInvalid}}},
		{"state lower case", func(o *orgs.Organization) { o.State = "ir" }, []problem{{"state", amity.KindInvalid}}},
		{"no state", func(o *orgs.Organization) { o.State = "" }, nil},
		{"parent ministry bad", func(o *orgs.Organization) { o.ParentMinistry = "a b" }, []problem{{"parent_ministry", amity.KindInvalid}}},
		{"parent organization only", func(o *orgs.Organization) { o.ParentMinistry, o.ParentOrganization = "", "unesco" }, nil},
		{"parent organization bad", func(o *orgs.Organization) { o.ParentMinistry, o.ParentOrganization = "", "-" }, []problem{{"parent_organization", amity.KindInvalid}}},
		{"both parents", func(o *orgs.Organization) { o.ParentOrganization = "unesco" }, []problem{{"parent_ministry", amity.KindConflict}}},
		{"no parent", func(o *orgs.Organization) { o.ParentMinistry = "" }, nil},
		{"dissolved before founded", func(o *orgs.Organization) { o.Dissolved = amity.MustParseDate("1994") }, []problem{{"dissolved", amity.KindConflict}}},
		{"dissolved the year founded", func(o *orgs.Organization) { o.Dissolved = amity.MustParseDate("1995-12") }, nil},
		{"dissolved, founding unknown", func(o *orgs.Organization) { o.Founded, o.Dissolved = amity.Date{}, amity.MustParseDate("1994") }, nil},
		{"member state missing", func(o *orgs.Organization) { o.Members[0].State = "" }, []problem{{"members[0].state", amity.KindRequired}}},
		{"member state lower case", func(o *orgs.Organization) { o.Members = append(o.Members, orgs.Membership{State: "ir"}) }, []problem{{"members[1].state", amity.KindInvalid}}},
		{"membership ends before it begins", func(o *orgs.Organization) { o.Members[0].Until = amity.MustParseDate("1992-06-02") }, []problem{{"members[0].until", amity.KindConflict}}},
		{"membership ends the day it begins", func(o *orgs.Organization) { o.Members[0].Until = amity.MustParseDate("1992-06-03") }, nil},
		{"membership source", func(o *orgs.Organization) { o.Members[0].Sources = []amity.SourceID{""} }, []problem{{"members[0].sources[0]", amity.KindRequired}}},
		{"too many members", func(o *orgs.Organization) { o.Members = make([]orgs.Membership, 1001) }, []problem{{"members", amity.KindOutOfRange}}},
		{"url", func(o *orgs.Organization) { o.URL = "https://" }, []problem{{"url", amity.KindInvalid}}},
		{"field_sources", func(o *orgs.Organization) { o.FieldSources = amity.FieldSources{"founded": {"x"}, "Founded": {"y"}} }, []problem{{"field_sources.Founded", amity.KindInvalid}}},
	})
}

func validOfficial() orgs.Official {
	return orgs.Official{
		ID:    "esmaeili",
		Names: amity.Names{Name: "Mehdi Ismaili", Aliases: []string{"Mohammad Mehdi Esmaeili"}, LocalNames: map[string]string{"fa": "محمدمهدی اسماعیلی"}},
		Posts: []orgs.Post{{
			ID:       "esmaeili-minister",
			Title:    "Minister of Culture and Islamic Guidance",
			Role:     orgs.RoleMinister,
			Ministry: "ir-culture-ministry",
			Start:    amity.MustParseDate("2021-08-25"),
			Sources:  []amity.SourceID{"wikipedia"},
		}},
		Wikidata:     "Q6112468",
		Sources:      []amity.SourceID{"azernews"},
		FieldSources: amity.FieldSources{"aliases": {"tehran-times"}},
	}
}

func TestOfficialValidate(t *testing.T) {
	checkRules(t, validOfficial, []rule[orgs.Official]{
		{"valid", func(*orgs.Official) {}, nil},
		{"no posts", func(o *orgs.Official) { o.Posts = nil }, nil},
		{"id missing", func(o *orgs.Official) { o.ID = "" }, []problem{{"id", amity.KindRequired}}},
		{"id bad", func(o *orgs.Official) { o.ID = "Mehdi Ismaili" }, []problem{{"id", amity.KindInvalid}}},
		{"name missing", func(o *orgs.Official) { o.Name = "" }, []problem{{"name", amity.KindRequired}}},
		{"alias of two lines", func(o *orgs.Official) { o.Aliases = []string{"a\nb"} }, []problem{{"aliases[0]", amity.KindInvalid}}},
		{"post id missing", func(o *orgs.Official) { o.Posts[0].ID = "" }, []problem{{"posts[0].id", amity.KindRequired}}},
		{"post title missing", func(o *orgs.Official) { o.Posts[0].Title = "" }, []problem{{"posts[0].title", amity.KindRequired}}},
		{"post role unknown", func(o *orgs.Official) { o.Posts[0].Role = "minster" }, []problem{{"posts[0].role", amity.KindInvalid}}},
		{"post without holder", func(o *orgs.Official) { o.Posts[0].Ministry = "" }, []problem{{"posts[0].state", amity.KindRequired}}},
		{"post of a state and a ministry", func(o *orgs.Official) { o.Posts[0].State = "IR" }, []problem{{"posts[0].ministry", amity.KindConflict}}},
		{"post of all three", func(o *orgs.Official) { o.Posts[0].State, o.Posts[0].Organization = "IR", "icro" }, []problem{
			{"posts[0].ministry", amity.KindConflict},
			{"posts[0].organization", amity.KindConflict},
		}},
		{"second post bad", func(o *orgs.Official) {
			o.Posts = append(o.Posts, orgs.Post{ID: "p2", Title: "Deputy", State: "ir"})
		}, []problem{{"posts[1].state", amity.KindInvalid}}},
		{"post ends before it starts", func(o *orgs.Official) { o.Posts[0].End = amity.MustParseDate("2021") }, nil},
		{"post ends a year before it starts", func(o *orgs.Official) { o.Posts[0].End = amity.MustParseDate("2020") }, []problem{{"posts[0].end", amity.KindConflict}}},
		{"too many posts", func(o *orgs.Official) {
			o.Posts = make([]orgs.Post, 257)
			for i := range o.Posts {
				o.Posts[i] = orgs.Post{ID: "p", Title: "t", State: "AZ"}
			}
		}, []problem{{"posts", amity.KindOutOfRange}}},
		{"field_sources", func(o *orgs.Official) { o.FieldSources = amity.FieldSources{"birth": {"x"}} }, []problem{{"field_sources.birth", amity.KindInvalid}}},
	})
}

func TestPostValidate(t *testing.T) {
	valid := func() orgs.Post {
		return orgs.Post{ID: "p", Title: "President", Role: orgs.RoleHeadOfState, State: "AZ", Start: amity.MustParseDate("2003-10-31")}
	}
	checkRules(t, valid, []rule[orgs.Post]{
		{"valid: state", func(*orgs.Post) {}, nil},
		{"valid: ministry", func(p *orgs.Post) { p.State, p.Ministry = "", "m" }, nil},
		{"valid: organization", func(p *orgs.Post) { p.State, p.Organization = "", "o" }, nil},
		{"no holder", func(p *orgs.Post) { p.State = "" }, []problem{{"state", amity.KindRequired}}},
		{"ministry and organization", func(p *orgs.Post) { p.State, p.Ministry, p.Organization = "", "m", "o" }, []problem{{"organization", amity.KindConflict}}},
		{"state and organization", func(p *orgs.Post) { p.Organization = "o" }, []problem{{"organization", amity.KindConflict}}},
		{"ministry ID bad", func(p *orgs.Post) { p.State, p.Ministry = "", "m m" }, []problem{{"ministry", amity.KindInvalid}}},
		{"organization ID bad", func(p *orgs.Post) { p.State, p.Organization = "", "o/" }, []problem{{"organization", amity.KindInvalid}}},
		{"state bad", func(p *orgs.Post) { p.State = "Azerbaijan" }, []problem{{"state", amity.KindInvalid}}},
		{"title with NUL", func(p *orgs.Post) { p.Title = "\x00" }, []problem{{"title", amity.KindInvalid}}},
		{"end before start", func(p *orgs.Post) { p.End = amity.MustParseDate("2003-10-30") }, []problem{{"end", amity.KindConflict}}},
		{"source", func(p *orgs.Post) { p.Sources = []amity.SourceID{":"} }, []problem{{"sources[0]", amity.KindInvalid}}},
	})
}

func TestPlaceValidate(t *testing.T) {
	valid := func() orgs.Place {
		return orgs.Place{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ", Venue: "Vagif Mausoleum", Wikidata: "Q216", Note: "The cultural capital of Azerbaijan."}
	}
	checkRules(t, valid, []rule[orgs.Place]{
		{"valid", func(*orgs.Place) {}, nil},
		{"unnamed city", func(p *orgs.Place) { *p = orgs.Place{Country: "IR", Note: "One of the Iranian cities."} }, nil},
		{"country missing", func(p *orgs.Place) { p.Country, p.Subdivision = "", "" }, []problem{{"country", amity.KindRequired}}},
		{"country lower case", func(p *orgs.Place) { p.Country, p.Subdivision = "az", "" }, []problem{{"country", amity.KindInvalid}}},
		{"subdivision of another country", func(p *orgs.Place) { p.Subdivision = "IR-23" }, []problem{{"subdivision", amity.KindInvalid}}},
		{"subdivision not a code", func(p *orgs.Place) { p.Subdivision = "AZ-SUSA" }, []problem{{"subdivision", amity.KindInvalid}}},
		{"subdivision lower case", func(p *orgs.Place) { p.Subdivision = "az-sus" }, []problem{{"subdivision", amity.KindInvalid}}},
		{"city with NUL", func(p *orgs.Place) { p.City = "Shu\x00sha" }, []problem{{"city", amity.KindInvalid}}},
		{"city too long", func(p *orgs.Place) { p.City = strings.Repeat("ş", 513) }, []problem{{"city", amity.KindOutOfRange}}},
		{"venue of two lines", func(p *orgs.Place) { p.Venue = "a\nb" }, []problem{{"venue", amity.KindInvalid}}},
		{"wikidata", func(p *orgs.Place) { p.Wikidata = "Shusha" }, []problem{{"wikidata", amity.KindInvalid}}},
		{"note with a form feed", func(p *orgs.Place) { p.Note = "a\fb" }, []problem{{"note", amity.KindInvalid}}},
	})
}

func TestMembershipValidate(t *testing.T) {
	tests := []struct {
		name string
		m    orgs.Membership
		want []problem
	}{
		{"valid", orgs.Membership{State: "IR", Since: amity.MustParseDate("1948-09-06")}, nil},
		{"open both ends", orgs.Membership{State: "IR"}, nil},
		{"state missing", orgs.Membership{}, []problem{{"state", amity.KindRequired}}},
		{"until before since", orgs.Membership{State: "IR", Since: d2020, Until: d2018}, []problem{{"until", amity.KindConflict}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, problems(t, tt.m.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEnums(t *testing.T) {
	type enum interface{ Valid() bool }
	tests := []struct {
		name  string
		valid []enum
		bad   []enum
	}{
		{"Portfolio",
			[]enum{orgs.PortfolioCulture, orgs.PortfolioForeignAffairs, orgs.PortfolioEducation, orgs.PortfolioScience, orgs.PortfolioTourism,
				orgs.PortfolioYouthSports, orgs.PortfolioReligiousAffairs, orgs.PortfolioInformation, orgs.PortfolioEconomy, orgs.PortfolioOther},
			[]enum{orgs.Portfolio(""), orgs.Portfolio("Culture"), orgs.Portfolio("foreign affairs")}},
		{"OrganizationKind",
			[]enum{orgs.KindIntergovernmental, orgs.KindGovernmentAgency, orgs.KindCulturalInstitution, orgs.KindEducational, orgs.KindNonGovernmental,
				orgs.KindMedia, orgs.KindReligious, orgs.KindBusiness, orgs.KindOtherOrganization, orgs.KindLegislature, orgs.KindSubnationalAuthority},
			[]enum{orgs.OrganizationKind(""), orgs.OrganizationKind("ngo"), orgs.OrganizationKind("NGO")}},
		{"Role",
			[]enum{orgs.RoleHeadOfState, orgs.RoleHeadOfGovernment, orgs.RoleMinister, orgs.RoleDeputyMinister, orgs.RoleHead, orgs.RoleDeputyHead,
				orgs.RoleAmbassador, orgs.RoleDiplomat, orgs.RoleLegislator, orgs.RoleStaff},
			[]enum{orgs.Role(""), orgs.Role("president"), orgs.Role("Minister")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range tt.valid {
				if !e.Valid() {
					t.Errorf("%v.Valid() = false", e)
				}
			}
			for _, e := range tt.bad {
				if e.Valid() {
					t.Errorf("%q.Valid() = true", e)
				}
			}
		})
	}
}

func TestCovers(t *testing.T) {
	d := amity.MustParseDate
	tests := []struct {
		name       string
		start, end amity.Date
		on         amity.Date
		want       bool
	}{
		{"open", amity.Date{}, amity.Date{}, d("2022-06-20"), true},
		{"coarse start covers", d("2020"), amity.Date{}, d("2022-06-20"), true},
		{"start the same month", d("2022-06"), amity.Date{}, d("2022-06-20"), true},
		{"start later that month", d("2022-06-21"), amity.Date{}, d("2022-06-20"), false},
		{"start a year later", d("2023"), amity.Date{}, d("2022-06-20"), false},
		{"end the same month", amity.Date{}, d("2022-06"), d("2022-06-20"), true},
		{"end the day before", amity.Date{}, d("2022-06-19"), d("2022-06-20"), false},
		{"end the day", amity.Date{}, d("2022-06-20"), d("2022-06-20"), true},
		{"coarse date may fall in", d("2022-06-25"), amity.Date{}, d("2022-06"), true},
		{"unknown date", d("2020"), d("2021"), amity.Date{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := orgs.Post{Start: tt.start, End: tt.end}
			m := orgs.Membership{Since: tt.start, Until: tt.end}
			if got := p.Covers(tt.on); got != tt.want {
				t.Errorf("Post.Covers(%v) = %v, want %v", tt.on, got, tt.want)
			}
			if got := m.Covers(tt.on); got != tt.want {
				t.Errorf("Membership.Covers(%v) = %v, want %v", tt.on, got, tt.want)
			}
		})
	}
}

func TestMemberOn(t *testing.T) {
	unesco := orgs.Organization{Members: []orgs.Membership{
		{State: "AZ", Since: amity.MustParseDate("1992-06-03")},
		{State: "IR", Since: amity.MustParseDate("1948-09-06")},
		{State: "XX", Since: amity.MustParseDate("1950"), Until: amity.MustParseDate("1960")},
	}}
	tests := []struct {
		state orgs.StateID
		on    string
		want  bool
	}{
		{"AZ", "2022-06-20", true},
		{"IR", "2022-06-20", true},
		{"AZ", "1992-06-02", false},
		{"AZ", "1992-06", true},
		{"XX", "1955", true},
		{"XX", "1961", false},
		{"TR", "2022", false},
	}
	for _, tt := range tests {
		if got := unesco.MemberOn(tt.state, amity.MustParseDate(tt.on)); got != tt.want {
			t.Errorf("MemberOn(%s, %s) = %v, want %v", tt.state, tt.on, got, tt.want)
		}
	}
}

func TestOfficialPosts(t *testing.T) {
	o := orgs.Official{Posts: []orgs.Post{
		{ID: "deputy", Start: amity.MustParseDate("2015"), End: amity.MustParseDate("2021-08")},
		{ID: "minister", Start: amity.MustParseDate("2021-08-25")},
	}}
	ids := func(ps []orgs.Post) []orgs.PostID {
		var out []orgs.PostID
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	tests := []struct {
		on   string
		want []orgs.PostID
	}{
		{"2022-06-20", []orgs.PostID{"minister"}},
		{"2021-08", []orgs.PostID{"deputy", "minister"}},
		{"2018", []orgs.PostID{"deputy"}},
		{"2014", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, ids(o.PostsOn(amity.MustParseDate(tt.on)))); diff != "" {
			t.Errorf("PostsOn(%s) (-want +got):\n%s", tt.on, diff)
		}
	}
	if p, ok := o.Post("minister"); !ok || p.ID != "minister" {
		t.Errorf("Post(minister) = %v, %v", p, ok)
	}
	if _, ok := o.Post("president"); ok {
		t.Errorf("Post(president) found a post")
	}
}

func TestPlaceString(t *testing.T) {
	tests := []struct {
		p    orgs.Place
		want string
	}{
		{orgs.Place{City: "Tehran", Country: "IR"}, "Tehran, IR"},
		{orgs.Place{City: "Tehran", Country: "IR", Venue: "Ministry of Culture"}, "Ministry of Culture, Tehran, IR"},
		{orgs.Place{Country: "IR"}, "IR"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
	if !(orgs.Place{}).IsZero() || (orgs.Place{Country: "IR"}).IsZero() {
		t.Errorf("IsZero is wrong")
	}
}

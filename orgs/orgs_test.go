package orgs_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
)

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
	amitytest.CheckRules(t, validState, []amitytest.Rule[orgs.State]{
		{Name: "valid", Change: func(*orgs.State) {}, Want: nil},
		{Name: "id missing", Change: func(s *orgs.State) { s.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "id lower case", Change: func(s *orgs.State) { s.ID = "az" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "id not assigned", Change: func(s *orgs.State) { s.ID = "ZZ" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "id alpha-3", Change: func(s *orgs.State) { s.ID = "AZE" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "name missing", Change: func(s *orgs.State) { s.Name = "" }, Want: []amitytest.Problem{{Path: "name", Kind: amity.KindRequired}}},
		{Name: "name of 1 MiB", Change: func(s *orgs.State) { s.Name = strings.Repeat("a", 1<<20) }, Want: []amitytest.Problem{{Path: "name", Kind: amity.KindOutOfRange}}},
		{Name: "name with NUL", Change: func(s *orgs.State) { s.Name = "Azer\x00baijan" }, Want: []amitytest.Problem{{Path: "name", Kind: amity.KindInvalid}}},
		{Name: "local name language", Change: func(s *orgs.State) { s.LocalNames = map[string]string{"Azeri": "x"} }, Want: []amitytest.Problem{{Path: "local_names.Azeri", Kind: amity.KindInvalid}}},
		{Name: "wikidata", Change: func(s *orgs.State) { s.Wikidata = "Q0227" }, Want: []amitytest.Problem{{Path: "wikidata", Kind: amity.KindInvalid}}},
		{Name: "capital with a tab", Change: func(s *orgs.State) { s.Capital = "Ba\tku" }, Want: []amitytest.Problem{{Path: "capital", Kind: amity.KindInvalid}}},
		{Name: "capital too long", Change: func(s *orgs.State) { s.Capital = strings.Repeat("a", 513) }, Want: []amitytest.Problem{{Path: "capital", Kind: amity.KindOutOfRange}}},
		{Name: "source ID", Change: func(s *orgs.State) { s.Sources = []amity.SourceID{"a b"} }, Want: []amitytest.Problem{{Path: "sources[0]", Kind: amity.KindInvalid}}},
		{Name: "source ID empty", Change: func(s *orgs.State) { s.Sources = []amity.SourceID{""} }, Want: []amitytest.Problem{{Path: "sources[0]", Kind: amity.KindRequired}}},
		{Name: "too many sources", Change: func(s *orgs.State) { s.Sources = make([]amity.SourceID, 65) }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindOutOfRange}}},
		{Name: "field_sources names no field", Change: func(s *orgs.State) { s.FieldSources = amity.FieldSources{"population": {"x"}} }, Want: []amitytest.Problem{{Path: "field_sources.population", Kind: amity.KindInvalid}}},
		{Name: "field_sources names an inline field", Change: func(s *orgs.State) { s.FieldSources = amity.FieldSources{"local_names": {"x"}} }, Want: nil},
		{Name: "field_sources bad source", Change: func(s *orgs.State) { s.FieldSources = amity.FieldSources{"name": {"x y"}} }, Want: []amitytest.Problem{{Path: "field_sources.name[0]", Kind: amity.KindInvalid}}},
		{Name: "field_sources no source", Change: func(s *orgs.State) { s.FieldSources = amity.FieldSources{"name": {}} }, Want: []amitytest.Problem{{Path: "field_sources.name", Kind: amity.KindOutOfRange}}},
	})
}

func validMinistry() orgs.Ministry {
	return orgs.Ministry{
		ID:         "ir-culture-ministry",
		State:      "IR",
		Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
		Names:      amity.Names{Name: "Ministry of Culture and Islamic Guidance", LocalNames: map[string]string{"fa": "وزارت فرهنگ و ارشاد اسلامی"}},
		Wikidata:   "Q3551596",
		URL:        "https://www.farhang.gov.ir/",
		Sources:    []amity.SourceID{"azernews"},
	}
}

func TestMinistryValidate(t *testing.T) {
	amitytest.CheckRules(t, validMinistry, []amitytest.Rule[orgs.Ministry]{
		{Name: "valid", Change: func(*orgs.Ministry) {}, Want: nil},
		{Name: "id missing", Change: func(m *orgs.Ministry) { m.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "id bad", Change: func(m *orgs.Ministry) { m.ID = "ir/culture" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "state missing", Change: func(m *orgs.Ministry) { m.State = "" }, Want: []amitytest.Problem{{Path: "state", Kind: amity.KindRequired}}},
		{Name: "state lower case", Change: func(m *orgs.Ministry) { m.State = "ir" }, Want: []amitytest.Problem{{Path: "state", Kind: amity.KindInvalid}}},
		{Name: "portfolios missing", Change: func(m *orgs.Ministry) { m.Portfolios = nil }, Want: []amitytest.Problem{{Path: "portfolios", Kind: amity.KindRequired}}},
		{Name: "portfolio empty", Change: func(m *orgs.Ministry) { m.Portfolios = []orgs.Portfolio{""} }, Want: []amitytest.Problem{{Path: "portfolios[0]", Kind: amity.KindRequired}}},
		{Name: "portfolio unknown", Change: func(m *orgs.Ministry) { m.Portfolios = []orgs.Portfolio{"Culture"} }, Want: []amitytest.Problem{{Path: "portfolios[0]", Kind: amity.KindInvalid}}},
		{Name: "portfolio twice", Change: func(m *orgs.Ministry) {
			m.Portfolios = []orgs.Portfolio{orgs.PortfolioCulture, orgs.PortfolioCulture}
		}, Want: []amitytest.Problem{{Path: "portfolios", Kind: amity.KindDuplicate}}},
		{Name: "name missing", Change: func(m *orgs.Ministry) { m.Name = "" }, Want: []amitytest.Problem{{Path: "name", Kind: amity.KindRequired}}},
		{Name: "url", Change: func(m *orgs.Ministry) { m.URL = "www.farhang.gov.ir" }, Want: []amitytest.Problem{{Path: "url", Kind: amity.KindInvalid}}},
		{Name: "wikidata", Change: func(m *orgs.Ministry) { m.Wikidata = "Q" }, Want: []amitytest.Problem{{Path: "wikidata", Kind: amity.KindInvalid}}},
		{Name: "field_sources", Change: func(m *orgs.Ministry) { m.FieldSources = amity.FieldSources{"portfolios": {"a"}, "minister": {"b"}} }, Want: []amitytest.Problem{{Path: "field_sources.minister", Kind: amity.KindInvalid}}},
		{Name: "field_sources of the ID and of the sources", Change: func(m *orgs.Ministry) {
			m.FieldSources = amity.FieldSources{"id": {"a"}, "sources": {"a"}, "field_sources": {"a"}, "uncertain": {"a"}}
		}, Want: []amitytest.Problem{{Path: "field_sources.field_sources", Kind: amity.KindInvalid}, {Path: "field_sources.id", Kind: amity.KindInvalid},
			{Path: "field_sources.sources", Kind: amity.KindInvalid}, {Path: "field_sources.uncertain", Kind: amity.KindInvalid}}},
		{Name: "a source twice", Change: func(m *orgs.Ministry) { m.Sources = []amity.SourceID{"a", "a"} }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindDuplicate}}},
		{Name: "a source twice for a field", Change: func(m *orgs.Ministry) { m.FieldSources = amity.FieldSources{"url": {"a", "a"}} }, Want: []amitytest.Problem{{Path: "field_sources.url", Kind: amity.KindDuplicate}}},
		{Name: "uncertain", Change: func(m *orgs.Ministry) {
			m.Uncertain = amity.Uncertainty{"url": {Basis: amity.BasisInferred, Reason: "From the name."}}
		}, Want: nil},
		{Name: "uncertain of no field", Change: func(m *orgs.Ministry) {
			m.Uncertain = amity.Uncertainty{"minister": {Basis: amity.BasisInferred, Reason: "x"}, "id": {Basis: amity.BasisApproximate, Reason: "x"}}
		}, Want: []amitytest.Problem{{Path: "uncertain.id", Kind: amity.KindInvalid}, {Path: "uncertain.minister", Kind: amity.KindInvalid}}},
		{Name: "uncertain without a reason", Change: func(m *orgs.Ministry) { m.Uncertain = amity.Uncertainty{"url": {Basis: amity.BasisInferred}} },
			Want: []amitytest.Problem{{Path: "uncertain.url.reason", Kind: amity.KindRequired}}},
	})
}

func validOrganization() orgs.Organization {
	return orgs.Organization{
		ID:             "icro",
		Kind:           orgs.KindGovernmentAgency,
		Names:          amity.Names{Name: "Islamic Culture and Relations Organization", Aliases: []string{"ICRO"}},
		State:          "IR",
		ParentMinistry: "ir-culture-ministry",
		Founded:        amity.MustParseDate("1945"),
		Members: []orgs.Membership{
			{State: "AZ", Since: amity.MustParseDate("1992-06-03"), Sources: []amity.SourceID{"unesco"}},
		},
		Wikidata: "Q5993434",
		URL:      "https://www.icro.ir/",
		Sources:  []amity.SourceID{"azernews"},
	}
}

func TestOrganizationValidate(t *testing.T) {
	amitytest.CheckRules(t, validOrganization, []amitytest.Rule[orgs.Organization]{
		{Name: "valid", Change: func(*orgs.Organization) {}, Want: nil},
		{Name: "id missing", Change: func(o *orgs.Organization) { o.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "kind missing", Change: func(o *orgs.Organization) { o.Kind = "" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindRequired}}},
		{Name: "kind unknown", Change: func(o *orgs.Organization) { o.Kind = "ngo" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindInvalid}}},
		{Name: "state lower case", Change: func(o *orgs.Organization) { o.State = "ir" }, Want: []amitytest.Problem{{Path: "state", Kind: amity.KindInvalid}}},
		{Name: "no state", Change: func(o *orgs.Organization) { o.State = "" }, Want: nil},
		{Name: "parent ministry bad", Change: func(o *orgs.Organization) { o.ParentMinistry = "a b" }, Want: []amitytest.Problem{{Path: "parent_ministry", Kind: amity.KindInvalid}}},
		{Name: "parent organization only", Change: func(o *orgs.Organization) { o.ParentMinistry, o.ParentOrganization = "", "unesco" }, Want: nil},
		{Name: "parent organization bad", Change: func(o *orgs.Organization) { o.ParentMinistry, o.ParentOrganization = "", "-" }, Want: []amitytest.Problem{{Path: "parent_organization", Kind: amity.KindInvalid}}},
		{Name: "both parents", Change: func(o *orgs.Organization) { o.ParentOrganization = "unesco" }, Want: []amitytest.Problem{{Path: "parent_ministry", Kind: amity.KindConflict}}},
		{Name: "no parent", Change: func(o *orgs.Organization) { o.ParentMinistry = "" }, Want: nil},
		{Name: "dissolved before founded", Change: func(o *orgs.Organization) { o.Dissolved = amity.MustParseDate("1944") }, Want: []amitytest.Problem{{Path: "dissolved", Kind: amity.KindConflict}, {Path: "members[0].since", Kind: amity.KindConflict}}},
		{Name: "dissolved the year founded", Change: func(o *orgs.Organization) { o.Dissolved = amity.MustParseDate("1995-12") }, Want: nil},
		{Name: "dissolved, founding unknown", Change: func(o *orgs.Organization) { o.Founded, o.Dissolved = amity.Date{}, amity.MustParseDate("1994") }, Want: nil},
		{Name: "member state missing", Change: func(o *orgs.Organization) { o.Members[0].State = "" }, Want: []amitytest.Problem{{Path: "members[0].state", Kind: amity.KindRequired}}},
		{Name: "member state lower case", Change: func(o *orgs.Organization) { o.Members = append(o.Members, orgs.Membership{State: "ir"}) }, Want: []amitytest.Problem{{Path: "members[1].state", Kind: amity.KindInvalid}}},
		{Name: "membership ends before it begins", Change: func(o *orgs.Organization) { o.Members[0].Until = amity.MustParseDate("1992-06-02") }, Want: []amitytest.Problem{{Path: "members[0].until", Kind: amity.KindConflict}}},
		{Name: "membership ends the day it begins", Change: func(o *orgs.Organization) { o.Members[0].Until = amity.MustParseDate("1992-06-03") }, Want: nil},
		{Name: "membership before the founding", Change: func(o *orgs.Organization) { o.Members[0].Since = amity.MustParseDate("1944") }, Want: []amitytest.Problem{{Path: "members[0].since", Kind: amity.KindConflict}}},
		{Name: "membership after the dissolution", Change: func(o *orgs.Organization) {
			o.Dissolved = amity.MustParseDate("2000")
			o.Members[0].Until = amity.MustParseDate("2001")
		}, Want: []amitytest.Problem{{Path: "members[0].until", Kind: amity.KindConflict}}},
		{Name: "membership begun after the dissolution", Change: func(o *orgs.Organization) { o.Dissolved = amity.MustParseDate("1990") }, Want: []amitytest.Problem{{Path: "members[0].since", Kind: amity.KindConflict}}},
		{Name: "membership in the year of founding", Change: func(o *orgs.Organization) { o.Members[0].Since = amity.MustParseDate("1945") }, Want: nil},
		{Name: "membership source", Change: func(o *orgs.Organization) { o.Members[0].Sources = []amity.SourceID{""} }, Want: []amitytest.Problem{{Path: "members[0].sources[0]", Kind: amity.KindRequired}}},
		{Name: "too many members", Change: func(o *orgs.Organization) { o.Members = make([]orgs.Membership, 1001) }, Want: []amitytest.Problem{{Path: "members", Kind: amity.KindOutOfRange}}},
		{Name: "url", Change: func(o *orgs.Organization) { o.URL = "https://" }, Want: []amitytest.Problem{{Path: "url", Kind: amity.KindInvalid}}},
		{Name: "field_sources", Change: func(o *orgs.Organization) { o.FieldSources = amity.FieldSources{"founded": {"x"}, "Founded": {"y"}} }, Want: []amitytest.Problem{{Path: "field_sources.Founded", Kind: amity.KindInvalid}}},
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
	amitytest.CheckRules(t, validOfficial, []amitytest.Rule[orgs.Official]{
		{Name: "valid", Change: func(*orgs.Official) {}, Want: nil},
		{Name: "no posts", Change: func(o *orgs.Official) { o.Posts = nil }, Want: nil},
		{Name: "id missing", Change: func(o *orgs.Official) { o.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "id bad", Change: func(o *orgs.Official) { o.ID = "Mehdi Ismaili" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "known by post alone", Change: func(o *orgs.Official) { o.Name = "" }, Want: nil},
		{Name: "neither name nor post", Change: func(o *orgs.Official) { o.Name, o.Posts = "", nil }, Want: []amitytest.Problem{{Path: "name", Kind: amity.KindRequired}}},
		{Name: "alias of two lines", Change: func(o *orgs.Official) { o.Aliases = []string{"a\nb"} }, Want: []amitytest.Problem{{Path: "aliases[0]", Kind: amity.KindInvalid}}},
		{Name: "post id missing", Change: func(o *orgs.Official) { o.Posts[0].ID = "" }, Want: []amitytest.Problem{{Path: "posts[0].id", Kind: amity.KindRequired}}},
		{Name: "post title missing", Change: func(o *orgs.Official) { o.Posts[0].Title = "" }, Want: []amitytest.Problem{{Path: "posts[0].title", Kind: amity.KindRequired}}},
		{Name: "post role unknown", Change: func(o *orgs.Official) { o.Posts[0].Role = "minster" }, Want: []amitytest.Problem{{Path: "posts[0].role", Kind: amity.KindInvalid}}},
		{Name: "post without holder", Change: func(o *orgs.Official) { o.Posts[0].Ministry = "" }, Want: []amitytest.Problem{{Path: "posts[0].state", Kind: amity.KindRequired}}},
		{Name: "post of a state and a ministry", Change: func(o *orgs.Official) { o.Posts[0].State = "IR" }, Want: []amitytest.Problem{{Path: "posts[0].ministry", Kind: amity.KindConflict}}},
		{Name: "post of all three", Change: func(o *orgs.Official) { o.Posts[0].State, o.Posts[0].Organization = "IR", "icro" }, Want: []amitytest.Problem{
			{Path: "posts[0].ministry", Kind: amity.KindConflict},
			{Path: "posts[0].organization", Kind: amity.KindConflict},
		}},
		{Name: "second post bad", Change: func(o *orgs.Official) {
			o.Posts = append(o.Posts, orgs.Post{ID: "p2", Title: "Deputy", State: "ir"})
		}, Want: []amitytest.Problem{{Path: "posts[1].state", Kind: amity.KindInvalid}}},
		{Name: "post ends before it starts", Change: func(o *orgs.Official) { o.Posts[0].End = amity.MustParseDate("2021") }, Want: nil},
		{Name: "post ends a year before it starts", Change: func(o *orgs.Official) { o.Posts[0].End = amity.MustParseDate("2020") }, Want: []amitytest.Problem{{Path: "posts[0].end", Kind: amity.KindConflict}}},
		{Name: "too many posts", Change: func(o *orgs.Official) {
			o.Posts = make([]orgs.Post, 257)
			for i := range o.Posts {
				o.Posts[i] = orgs.Post{ID: "p", Title: "t", State: "AZ"}
			}
		}, Want: []amitytest.Problem{{Path: "posts", Kind: amity.KindOutOfRange}}},
		{Name: "field_sources", Change: func(o *orgs.Official) { o.FieldSources = amity.FieldSources{"birth": {"x"}} }, Want: []amitytest.Problem{{Path: "field_sources.birth", Kind: amity.KindInvalid}}},
	})
}

func TestPostValidate(t *testing.T) {
	valid := func() orgs.Post {
		return orgs.Post{ID: "p", Title: "President", Role: orgs.RoleHeadOfState, State: "AZ", Start: amity.MustParseDate("2003-10-31")}
	}
	amitytest.CheckRules(t, valid, []amitytest.Rule[orgs.Post]{
		{Name: "valid: state", Change: func(*orgs.Post) {}, Want: nil},
		{Name: "valid: ministry", Change: func(p *orgs.Post) { p.State, p.Ministry = "", "m" }, Want: nil},
		{Name: "valid: organization", Change: func(p *orgs.Post) { p.State, p.Organization = "", "o" }, Want: nil},
		{Name: "no holder", Change: func(p *orgs.Post) { p.State = "" }, Want: []amitytest.Problem{{Path: "state", Kind: amity.KindRequired}}},
		{Name: "ministry and organization", Change: func(p *orgs.Post) { p.State, p.Ministry, p.Organization = "", "m", "o" }, Want: []amitytest.Problem{{Path: "organization", Kind: amity.KindConflict}}},
		{Name: "state and organization", Change: func(p *orgs.Post) { p.Organization = "o" }, Want: []amitytest.Problem{{Path: "organization", Kind: amity.KindConflict}}},
		{Name: "ministry ID bad", Change: func(p *orgs.Post) { p.State, p.Ministry = "", "m m" }, Want: []amitytest.Problem{{Path: "ministry", Kind: amity.KindInvalid}}},
		{Name: "organization ID bad", Change: func(p *orgs.Post) { p.State, p.Organization = "", "o/" }, Want: []amitytest.Problem{{Path: "organization", Kind: amity.KindInvalid}}},
		{Name: "state bad", Change: func(p *orgs.Post) { p.State = "Azerbaijan" }, Want: []amitytest.Problem{{Path: "state", Kind: amity.KindInvalid}}},
		{Name: "title with NUL", Change: func(p *orgs.Post) { p.Title = "\x00" }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindInvalid}}},
		{Name: "end before start", Change: func(p *orgs.Post) { p.End = amity.MustParseDate("2003-10-30") }, Want: []amitytest.Problem{{Path: "end", Kind: amity.KindConflict}}},
		{Name: "source", Change: func(p *orgs.Post) { p.Sources = []amity.SourceID{":"} }, Want: []amitytest.Problem{{Path: "sources[0]", Kind: amity.KindInvalid}}},
	})
}

func TestPlaceValidate(t *testing.T) {
	valid := func() orgs.Place {
		return orgs.Place{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ", Venue: "Vagif Mausoleum", Wikidata: "Q216", Note: "The cultural capital of Azerbaijan."}
	}
	amitytest.CheckRules(t, valid, []amitytest.Rule[orgs.Place]{
		{Name: "valid", Change: func(*orgs.Place) {}, Want: nil},
		{Name: "unnamed city", Change: func(p *orgs.Place) { *p = orgs.Place{Country: "IR", Note: "One of the Iranian cities."} }, Want: nil},
		{Name: "country missing", Change: func(p *orgs.Place) { p.Country, p.Subdivision = "", "" }, Want: []amitytest.Problem{{Path: "country", Kind: amity.KindRequired}}},
		{Name: "country lower case", Change: func(p *orgs.Place) { p.Country, p.Subdivision = "az", "" }, Want: []amitytest.Problem{{Path: "country", Kind: amity.KindInvalid}}},
		{Name: "subdivision of another country", Change: func(p *orgs.Place) { p.Subdivision = "IR-23" }, Want: []amitytest.Problem{{Path: "subdivision", Kind: amity.KindInvalid}}},
		{Name: "subdivision not a code", Change: func(p *orgs.Place) { p.Subdivision = "AZ-SUSA" }, Want: []amitytest.Problem{{Path: "subdivision", Kind: amity.KindInvalid}}},
		{Name: "subdivision lower case", Change: func(p *orgs.Place) { p.Subdivision = "az-sus" }, Want: []amitytest.Problem{{Path: "subdivision", Kind: amity.KindInvalid}}},
		{Name: "city with NUL", Change: func(p *orgs.Place) { p.City = "Shu\x00sha" }, Want: []amitytest.Problem{{Path: "city", Kind: amity.KindInvalid}}},
		{Name: "city too long", Change: func(p *orgs.Place) { p.City = strings.Repeat("ş", 513) }, Want: []amitytest.Problem{{Path: "city", Kind: amity.KindOutOfRange}}},
		{Name: "venue of two lines", Change: func(p *orgs.Place) { p.Venue = "a\nb" }, Want: []amitytest.Problem{{Path: "venue", Kind: amity.KindInvalid}}},
		{Name: "wikidata", Change: func(p *orgs.Place) { p.Wikidata = "Shusha" }, Want: []amitytest.Problem{{Path: "wikidata", Kind: amity.KindInvalid}}},
		{Name: "note with a form feed", Change: func(p *orgs.Place) { p.Note = "a\fb" }, Want: []amitytest.Problem{{Path: "note", Kind: amity.KindInvalid}}},
	})
}

func TestMembershipValidate(t *testing.T) {
	tests := []struct {
		name string
		m    orgs.Membership
		want []amitytest.Problem
	}{
		{"valid", orgs.Membership{State: "IR", Since: amity.MustParseDate("1948-09-06")}, nil},
		{"open both ends", orgs.Membership{State: "IR"}, nil},
		{"state missing", orgs.Membership{}, []amitytest.Problem{{Path: "state", Kind: amity.KindRequired}}},
		{"until before since", orgs.Membership{State: "IR", Since: d2020, Until: d2018}, []amitytest.Problem{{Path: "until", Kind: amity.KindConflict}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, amitytest.Problems(t, tt.m.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEnums(t *testing.T) {
	type enum = amity.Valider
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
		t.Run(tt.name, func(t *testing.T) { amitytest.CheckValid(t, tt.valid, tt.bad) })
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

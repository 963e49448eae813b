package orgs_test

import (
	"encoding/json"
	"fmt"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

// The two states of the Azernews report of 2022-06-22. A state's ID is its
// ISO 3166-1 alpha-2 code.
func ExampleState() {
	for _, s := range []orgs.State{
		{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}},
		{ID: "IR", Names: amity.Names{Name: "Iran"}},
		{ID: "az", Names: amity.Names{Name: "Azerbaijan"}},
	} {
		fmt.Println(s.ID, s.Name, s.Validate() == nil)
	}
	// Output:
	// AZ Azerbaijan true
	// IR Iran true
	// az Azerbaijan false
}

// The ministries whose heads met in Tehran. A ministry belongs to one
// state and has a portfolio.
func ExampleMinistry() {
	m := orgs.Ministry{
		ID:         "ir-ministry-of-culture-and-islamic-guidance",
		State:      "IR",
		Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
		Names:      amity.Names{Name: "Ministry of Culture and Islamic Guidance"},
	}
	fmt.Println(m.Validate())
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	// Output:
	// <nil>
	// {"id":"ir-ministry-of-culture-and-islamic-guidance","state":"IR","portfolios":["culture"],"name":"Ministry of Culture and Islamic Guidance"}
}

// Iran's Islamic Culture and Relations Organization is a government agency
// affiliated with the Ministry of Culture and Islamic Guidance; the
// affiliation comes from the organization's own site, not the article,
// and cites it for that one field.
func ExampleOrganization() {
	icro := orgs.Organization{
		ID:             "icro",
		Kind:           orgs.KindGovernmentAgency,
		Names:          amity.Names{Name: "Islamic Culture and Relations Organization"},
		State:          "IR",
		ParentMinistry: "ir-ministry-of-culture-and-islamic-guidance",
		Sources:        []amity.SourceID{"azernews-2022-06-22"},
		FieldSources:   amity.FieldSources{"parent_ministry": {"icro-about-us"}},
	}
	fmt.Println(icro.Validate())
	icro.ParentOrganization = "icro"
	for _, fe := range amity.Errors(icro.Validate()) {
		fmt.Println(fe.Path, fe.Kind)
	}
	// Output:
	// <nil>
	// parent_ministry conflict
}

// UNESCO's members, with the dates they joined: MemberOn tells whether a
// state was a member on a date.
func ExampleOrganization_MemberOn() {
	unesco := orgs.Organization{
		ID:    "unesco",
		Kind:  orgs.KindIntergovernmental,
		Names: amity.Names{Name: "UNESCO"},
		Members: []orgs.Membership{
			{State: "AZ", Since: amity.MustParseDate("1992-06-03"), Sources: []amity.SourceID{"mfa-az-unesco"}},
			{State: "IR", Since: amity.MustParseDate("1948-09-06"), Sources: []amity.SourceID{"unesco-iran"}},
		},
	}
	for _, d := range []string{"1992-03-12", "1992-06", "2022-06-20"} {
		date := amity.MustParseDate(d)
		fmt.Println(d, unesco.MemberOn("AZ", date), unesco.MemberOn("IR", date))
	}
	// Output:
	// 1992-03-12 false true
	// 1992-06 true true
	// 2022-06-20 true true
}

// A membership with no Since counts as begun: ICESCO's list gives no date
// for Iran.
func ExampleMembership_Covers() {
	az := orgs.Membership{State: "AZ", Since: amity.MustParseDate("1991")}
	ir := orgs.Membership{State: "IR"}
	d := amity.MustParseDate("1990")
	fmt.Println(az.Covers(d), ir.Covers(d), az.Covers(amity.MustParseDate("2022-06")))
	// Output:
	// false true true
}

// The Iranian minister as the Azernews report names him, with the full name
// other reports give as an alias, cited for that field.
func ExampleOfficial() {
	ismaili := orgs.Official{
		ID:    "mehdi-ismaili",
		Names: amity.Names{Name: "Mehdi Ismaili", Aliases: []string{"Mohammad Mehdi Esmaeili"}},
		Posts: []orgs.Post{{
			ID:       "mehdi-ismaili.minister",
			Title:    "Minister of Culture and Islamic Guidance",
			Role:     orgs.RoleMinister,
			Ministry: "ir-ministry-of-culture-and-islamic-guidance",
		}},
		Sources:      []amity.SourceID{"azernews-2022-06-22"},
		FieldSources: amity.FieldSources{"aliases": {"mehr-2022-06-20"}},
	}
	fmt.Println(ismaili.Validate())
	fmt.Println(ismaili.Matches("Mohammad Mehdi Esmaeili"))
	// Output:
	// <nil>
	// true
}

// Post finds one of an official's posts by ID.
func ExampleOfficial_Post() {
	imanipur := orgs.Official{
		ID:    "mehdi-imanipur",
		Names: amity.Names{Name: "Mehdi Imanipur"},
		Posts: []orgs.Post{{ID: "mehdi-imanipur.chairman", Title: "Chairman", Role: orgs.RoleHead, Organization: "icro"}},
	}
	p, ok := imanipur.Post("mehdi-imanipur.chairman")
	fmt.Println(p.Title, p.Organization, ok)
	_, ok = imanipur.Post("mehdi-imanipur.minister")
	fmt.Println(ok)
	// Output:
	// Chairman icro true
	// false
}

// PostsOn lists the posts an official could hold on a date. A post whose
// start is unknown counts as begun.
func ExampleOfficial_PostsOn() {
	aliyev := orgs.Official{
		ID:    "ilham-aliyev",
		Names: amity.Names{Name: "Ilham Aliyev"},
		Posts: []orgs.Post{{ID: "ilham-aliyev.president", Title: "President", Role: orgs.RoleHeadOfState, State: "AZ"}},
	}
	for _, p := range aliyev.PostsOn(amity.MustParseDate("2022-06")) {
		fmt.Println(p.Title, p.State)
	}
	// Output:
	// President AZ
}

// A post covers a date unless the date lies wholly outside its term.
func ExamplePost_Covers() {
	p := orgs.Post{ID: "p", Title: "Minister of Culture", Ministry: "az-ministry-of-culture",
		Start: amity.MustParseDate("2021"), End: amity.MustParseDate("2022-06")}
	for _, d := range []string{"2020-12-31", "2021", "2022-06-20", "2022-07-01"} {
		fmt.Println(d, p.Covers(amity.MustParseDate(d)))
	}
	// Output:
	// 2020-12-31 false
	// 2021 true
	// 2022-06-20 true
	// 2022-07-01 false
}

// A post belongs to exactly one state, ministry or organization.
func ExamplePost_Validate() {
	p := orgs.Post{ID: "karimov.minister", Title: "Minister of Culture", Ministry: "az-ministry-of-culture", State: "AZ"}
	for _, fe := range amity.Errors(p.Validate()) {
		fmt.Println(fe.Path, fe.Kind)
	}
	// Output:
	// ministry conflict
}

// The twinning the article reports pairs Shusha with "one of the Iranian
// cities": a Place with a country and no city, with a note saying why.
func ExamplePlace() {
	shusha := orgs.Place{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ"}
	unnamed := orgs.Place{Country: "IR", Note: `"One of the Iranian cities": the article does not name it.`}
	fmt.Println(shusha, "|", unnamed, "|", unnamed.IsZero())
	fmt.Println(orgs.Place{City: "Tehran", Country: "IR", Venue: "Vahdat Hall"})
	// Output:
	// Shusha, AZ | IR | false
	// Vahdat Hall, Tehran, IR
}

// The vocabularies of orgs are typed strings with Valid.
func ExamplePortfolio_Valid() {
	fmt.Println(orgs.PortfolioCulture.Valid(), orgs.Portfolio("Culture").Valid())
	fmt.Println(orgs.KindIntergovernmental.Valid(), orgs.RoleHead.Valid(), orgs.Role("chairman").Valid())
	// Output:
	// true false
	// true true false
}

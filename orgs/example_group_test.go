package orgs_test

import (
	"fmt"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

// A group the source counts but does not name: "groups of three to five
// government officials from each nation's culture sector".
func ExampleGroup() {
	g := orgs.Group{
		ID: "la-culture-officials", Kind: orgs.GroupOfficials, State: "LA",
		Size: orgs.Size{Min: 3, Max: 5}, Sources: []amity.SourceID{"kpl"},
	}
	fmt.Println(g.Validate())
	fmt.Println(g.Label()+":", g.Size)
	g.Size.Max = 2
	fmt.Println(g.Validate())
	// Output:
	// <nil>
	// officials (LA): 3 to 5
	// size.max: conflict: "2": less than min 3
}

// An official known only by post, "the visiting culture minister": no
// name is needed when the official has a post, and he is shown by it.
func ExampleOfficial_Label() {
	o := orgs.Official{ID: "kh-culture-minister-2010", Posts: []orgs.Post{{
		ID: "kh-culture-minister-2010.minister", Title: "Minister of Culture", Ministry: "kh-culture",
	}}}
	fmt.Println(o.Validate(), o.Label())
	o.Posts = nil
	fmt.Println(o.Validate())
	// Output:
	// <nil> Minister of Culture
	// name: required: required when the official has no post
}

// A party to an agreement, or the body a signatory signs for: exactly one
// of a state, a ministry and an organization.
func ExampleBody() {
	fmt.Println(orgs.Body{Ministry: "la-information-culture"}.ID())
	fmt.Println(orgs.Body{State: "LA", Ministry: "la-information-culture"}.Validate())
	// Output:
	// la-information-culture
	// conflict: "LA": more than one of state, ministry and organization
}

// A ministry that holds culture together with information.
func ExampleMinistry_Holds() {
	m := orgs.Ministry{Portfolios: []orgs.Portfolio{orgs.PortfolioInformation, orgs.PortfolioCulture}}
	fmt.Println(m.Portfolio(), m.Holds(orgs.PortfolioCulture), m.Holds(orgs.PortfolioTourism))
	// Output:
	// information true false
}

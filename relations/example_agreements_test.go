package relations_test

import (
	"fmt"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// exampleAgreements is a memorandum between two culture ministries, in
// force on signature for three years, and a programme that implements it.
func exampleAgreements() relations.Records {
	src := func() []amity.SourceID { return []amity.SourceID{"kpl"} }
	la, kh := orgs.Body{Ministry: "la-culture"}, orgs.Body{Ministry: "kh-culture"}
	return relations.Records{
		Sources: []amity.Source{{ID: "kpl", Publisher: "KPL"}},
		States:  []orgs.State{{ID: "LA", Names: amity.Names{Name: "Laos"}}, {ID: "KH", Names: amity.Names{Name: "Cambodia"}}},
		Ministries: []orgs.Ministry{
			{ID: "la-culture", State: "LA", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Information and Culture"}},
			{ID: "kh-culture", State: "KH", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Culture and Art"}},
		},
		Officials: []orgs.Official{{ID: "him-chhem", Names: amity.Names{Name: "Him Chhem"}}},
		Agreements: []cooperation.Agreement{
			{
				ID: "mou", Kind: cooperation.AgreementMemorandum, Title: "Memorandum of Understanding on cultural cooperation",
				Parties: []orgs.Body{la, kh}, Signatories: []cooperation.Signatory{{Official: "him-chhem", For: kh}},
				Signed: amity.MustParseDate("2010-12-21"), InForceOnSignature: true, Duration: cooperation.Duration{Years: 3},
				Sources: src(),
			},
			{
				ID: "programme-2011", Kind: cooperation.AgreementExecutive, Title: "Programme for 2011 and 2012",
				Parties: []orgs.Body{la, kh}, Signed: amity.MustParseDate("2011-02"), InForceOnSignature: true,
				Expires: amity.MustParseDate("2012-12-31"), Parent: "mou", Relation: cooperation.RelationImplements,
				Sources: src(),
			},
		},
	}
}

// Agreements in force between two states on a date: the parties are the
// states' ministries, and count for their states.
func ExampleDataset_AgreementsInForce() {
	d, err := relations.New(exampleAgreements())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, on := range []string{"2011-01", "2012-06-01", "2014"} {
		fmt.Print(on, ":")
		for a := range d.AgreementsInForce("LA", "KH", amity.MustParseDate(on)) {
			fmt.Print(" ", a.ID)
		}
		fmt.Println()
	}
	// Output:
	// 2011-01: mou
	// 2012-06-01: mou programme-2011
	// 2014:
}

// What ends in a period: the programme expires, the memorandum's term
// runs out.
func ExampleDataset_AgreementsEnding() {
	d, _ := relations.New(exampleAgreements())
	for a := range d.AgreementsEnding(relations.Period{From: amity.MustParseDate("2012"), To: amity.MustParseDate("2013")}) {
		fmt.Println(a.End(), a.ID)
	}
	// Output:
	// 2012-12-31 programme-2011
	// 2013-12-21 mou
}

// The chain of what implements what, and what an official signed.
func ExampleDataset_AgreementChain() {
	d, _ := relations.New(exampleAgreements())
	chain, _ := d.AgreementChain("programme-2011")
	for _, a := range chain {
		fmt.Printf("%s (%s)\n", a.ID, a.Kind)
	}
	for a := range d.SignedBy("him-chhem") {
		fmt.Println("signed by Him Chhem:", a.ID)
	}
	// Output:
	// mou (memorandum_of_understanding)
	// programme-2011 (executive_programme)
	// signed by Him Chhem: mou
}

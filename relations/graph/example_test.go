package graph_test

import (
	"fmt"
	"os"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/graph"
)

// DOT draws records for Graphviz: each state, ministry, official and
// meeting a node, and what ties them an edge. The records are the meeting
// of the culture ministers of Azerbaijan and Iran that Azernews reported
// on 2022-06-22; Mehr News Agency gives its date and place and the Iranian
// minister's full name. Render the output with "dot -Tsvg".
func ExampleDOT() {
	article, mehr := amity.SourceID("azernews-2022-06-22"), amity.SourceID("mehr-2022-06-20")
	r := relations.Records{
		Sources: []amity.Source{
			{ID: article, Publisher: "Azernews", Author: "Laman Ismayilova",
				Published: amity.MustParseDate("2022-06-22"), Language: "en"},
			{ID: mehr, Publisher: "Mehr News Agency", Published: amity.MustParseDate("2022-06-20"), Language: "en",
				Title: "Tehran, Baku emphasize deepening cultural, artistic relations",
				URL:   "https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations"},
		},
		States: []orgs.State{
			{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}, Sources: []amity.SourceID{article}},
			{ID: "IR", Names: amity.Names{Name: "Iran"}, Sources: []amity.SourceID{article}},
		},
		Ministries: []orgs.Ministry{
			{ID: "az-ministry-of-culture", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
				Names: amity.Names{Name: "Ministry of Culture"}, Sources: []amity.SourceID{article}},
			{ID: "ir-ministry-of-culture-and-islamic-guidance", State: "IR", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
				Names: amity.Names{Name: "Ministry of Culture and Islamic Guidance"}, Sources: []amity.SourceID{article}},
		},
		Officials: []orgs.Official{
			{ID: "anar-karimov", Names: amity.Names{Name: "Anar Karimov"},
				Posts: []orgs.Post{{ID: "anar-karimov.minister-of-culture", Title: "Minister of Culture",
					Role: orgs.RoleMinister, Ministry: "az-ministry-of-culture"}},
				Sources: []amity.SourceID{article}},
			{ID: "mehdi-ismaili", Names: amity.Names{Name: "Mehdi Ismaili", Aliases: []string{"Mohammad Mehdi Esmaeili"}},
				Posts: []orgs.Post{{ID: "mehdi-ismaili.minister-of-culture-and-islamic-guidance",
					Title: "Minister of Culture and Islamic Guidance", Role: orgs.RoleMinister,
					Ministry: "ir-ministry-of-culture-and-islamic-guidance"}},
				Sources: []amity.SourceID{article}, FieldSources: amity.FieldSources{"aliases": {mehr}}},
		},
		Meetings: []events.Meeting{{
			ID: "karimov-ismaili-2022", Title: "Anar Karimov meets Mehdi Ismaili",
			Date: amity.MustParseDate("2022-06-20"), Place: orgs.Place{City: "Tehran", Country: "IR"}, Host: "IR",
			Participants: []events.Participant{
				{Official: "anar-karimov", State: "AZ", Post: "anar-karimov.minister-of-culture"},
				{Official: "mehdi-ismaili", State: "IR", Post: "mehdi-ismaili.minister-of-culture-and-islamic-guidance"},
			},
			Sources:      []amity.SourceID{article},
			FieldSources: amity.FieldSources{"date": {mehr}, "place": {mehr}},
		}},
	}
	if err := relations.Validate(&r); err != nil {
		fmt.Println(err)
		return
	}
	if err := graph.DOT(os.Stdout, &r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph "amity" {
	// 	rankdir=LR;
	// 	node [fontname="Helvetica", fontsize=11];
	// 	edge [fontname="Helvetica", fontsize=9];
	// 	"AZ" [label="Azerbaijan", shape=doubleoctagon];
	// 	"IR" [label="Iran", shape=doubleoctagon];
	// 	"az-ministry-of-culture" [label="Ministry of Culture", shape=box];
	// 	"ir-ministry-of-culture-and-islamic-guidance" [label="Ministry of Culture and Islamic Guidance", shape=box];
	// 	"anar-karimov" [label="Anar Karimov", shape=ellipse];
	// 	"mehdi-ismaili" [label="Mehdi Ismaili", shape=ellipse];
	// 	"karimov-ismaili-2022" [label="Anar Karimov meets Mehdi Ismaili", shape=diamond];
	// 	"anar-karimov" -> "AZ" [label="represents"];
	// 	"anar-karimov" -> "az-ministry-of-culture" [label="Minister of Culture"];
	// 	"anar-karimov" -> "karimov-ismaili-2022" [label="took part in"];
	// 	"az-ministry-of-culture" -> "AZ" [label="ministry of"];
	// 	"ir-ministry-of-culture-and-islamic-guidance" -> "IR" [label="ministry of"];
	// 	"mehdi-ismaili" -> "IR" [label="represents"];
	// 	"mehdi-ismaili" -> "ir-ministry-of-culture-and-islamic-guidance" [label="Minister of Culture and Islamic Guidance"];
	// 	"mehdi-ismaili" -> "karimov-ismaili-2022" [label="took part in"];
	// }
}

// Mermaid draws records as a flowchart. Here a Lao delegation, a group
// whose members the source does not name, meets a Vietnamese minister
// whom the source names only by post, and who is shown by the post's
// title; at the meeting the minister signs a memorandum for the ministry,
// and the memorandum is linked to its two parties, to who signed it for
// which party, and to the meeting. The records are test values.
func ExampleMermaid() {
	src := []amity.SourceID{"example-news"}
	d := amity.MustParseDate("2024-03-12")
	la, vn := orgs.Body{Ministry: "la-culture"}, orgs.Body{Ministry: "vn-culture"}
	r := relations.Records{
		Sources: []amity.Source{{ID: "example-news", Publisher: "Example News"}},
		States:  []orgs.State{{ID: "LA", Names: amity.Names{Name: "Laos"}}, {ID: "VN", Names: amity.Names{Name: "Vietnam"}}},
		Ministries: []orgs.Ministry{
			{ID: "la-culture", State: "LA", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Lao Ministry of Culture"}},
			{ID: "vn-culture", State: "VN", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Vietnamese Ministry of Culture"}},
		},
		Officials: []orgs.Official{{ID: "vn-minister", Posts: []orgs.Post{{ID: "vn-minister.post", Title: "Minister of Culture", Ministry: "vn-culture"}}}},
		Groups:    []orgs.Group{{ID: "la-delegation", Kind: orgs.GroupDelegation, State: "LA", Sources: src}},
		Meetings: []events.Meeting{{ID: "talks", Title: "Talks in Hanoi", Date: d, Host: "VN", Sources: src,
			Participants: []events.Participant{
				{Group: "la-delegation", State: "LA", Role: events.RoleGuest},
				{Official: "vn-minister", State: "VN", Post: "vn-minister.post", Role: events.RoleHost},
			}}},
		Agreements: []cooperation.Agreement{{ID: "mou", Kind: cooperation.AgreementMemorandum, Title: "Memorandum on culture",
			Parties: []orgs.Body{la, vn}, Signatories: []cooperation.Signatory{{Official: "vn-minister", Post: "vn-minister.post", For: vn}},
			Signed: d, Meeting: "talks", Sources: src}},
	}
	if err := relations.Validate(&r); err != nil {
		fmt.Println(err)
		return
	}
	if err := graph.Mermaid(os.Stdout, &r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// flowchart LR
	// 	%% LA
	// 	n0{{"Laos"}}
	// 	%% VN
	// 	n1{{"Vietnam"}}
	// 	%% la-culture
	// 	n2["Lao Ministry of Culture"]
	// 	%% vn-culture
	// 	n3["Vietnamese Ministry of Culture"]
	// 	%% vn-minister
	// 	n4(["Minister of Culture"])
	// 	%% la-delegation
	// 	n5("delegation (LA)")
	// 	%% talks
	// 	n6{"Talks in Hanoi"}
	// 	%% mou
	// 	n7[\"Memorandum on culture"\]
	// 	n2 -->|"ministry of"| n0
	// 	n2 -->|"party to"| n7
	// 	n5 -->|"group of"| n0
	// 	n5 -->|"represents"| n0
	// 	n5 -->|"took part in as guest"| n6
	// 	n7 -->|"signed at"| n6
	// 	n3 -->|"ministry of"| n1
	// 	n3 -->|"party to"| n7
	// 	n4 -->|"represents"| n1
	// 	n4 -->|"signed for Vietnamese Ministry of Culture"| n7
	// 	n4 -->|"took part in as host"| n6
	// 	n4 -->|"Minister of Culture"| n3
}

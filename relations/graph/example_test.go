package graph_test

import (
	"os"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/graph"
)

// The meeting of Anar Karimov and Mehdi Imanipur, drawn for Graphviz.
func ExampleDOT() {
	r := &relations.Records{
		States: []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"}},
			{ID: "imanipur", Names: amity.Names{Name: "Mehdi Imanipur"}},
		},
		Meetings: []events.Meeting{{ID: "karimov-imanipur", Title: "Karimov meets Imanipur", Date: amity.MustParseDate("2022-06"),
			Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "imanipur", State: "IR"}}}},
	}
	graph.DOT(os.Stdout, r)
	// Output:
	// digraph "amity" {
	// 	rankdir=LR;
	// 	node [fontname="Helvetica", fontsize=11];
	// 	edge [fontname="Helvetica", fontsize=9];
	// 	"AZ" [label="Azerbaijan", shape=doubleoctagon];
	// 	"IR" [label="Iran", shape=doubleoctagon];
	// 	"imanipur" [label="Mehdi Imanipur", shape=ellipse];
	// 	"karimov" [label="Anar Karimov", shape=ellipse];
	// 	"karimov-imanipur" [label="Karimov meets Imanipur", shape=diamond];
	// 	"imanipur" -> "IR" [label="represents"];
	// 	"imanipur" -> "karimov-imanipur" [label="took part in"];
	// 	"karimov" -> "AZ" [label="represents"];
	// 	"karimov" -> "karimov-imanipur" [label="took part in"];
	// }
}

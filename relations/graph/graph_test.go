package graph_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/graph"
)

// small is a dataset with one entity of each drawn kind and every edge.
func small() *relations.Records {
	d := amity.MustParseDate
	return &relations.Records{
		States: []orgs.State{
			{ID: "IR", Names: amity.Names{Name: "Iran"}},
			{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}},
		},
		Ministries: []orgs.Ministry{{ID: "az-culture", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Culture"}}},
		Organizations: []orgs.Organization{
			{ID: "unesco", Kind: orgs.KindIntergovernmental, Names: amity.Names{Name: "UNESCO"}, Members: []orgs.Membership{{State: "AZ"}, {State: "IR"}}},
			{ID: "icro", Kind: orgs.KindGovernmentAgency, State: "IR", Names: amity.Names{Name: `Islamic Culture and Relations "ICRO"`}},
		},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"}, Posts: []orgs.Post{{ID: "karimov-minister", Title: "Minister of Culture", Ministry: "az-culture"}}},
			{ID: "imanipur", Names: amity.Names{Name: "Mehdi Imanipur"}, Posts: []orgs.Post{{ID: "imanipur-chair", Title: "Chairman", Organization: "icro"}}},
		},
		Visits: []events.Visit{{ID: "visit", Visitors: []orgs.OfficialID{"karimov"}, Guest: "AZ", Host: "IR", Start: d("2022-06")}},
		Meetings: []events.Meeting{{ID: "m1", Title: "Karimov meets Imanipur", Date: d("2022-06-20"), Visit: "visit",
			Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "imanipur", State: "IR"}}}},
		Initiatives: []cooperation.Initiative{{ID: "twinning", Title: "Twinning of Shusha", ProposedBy: []orgs.OfficialID{"imanipur"}, ProposalInferred: true,
			Meetings: []events.MeetingID{"m1", "m-unknown"}, Organizations: []orgs.OrganizationID{"unesco"}}},
		Ties: []cooperation.Tie{{ID: "tie", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"}, Established: d("1992-03-12")}},
	}
}

func TestBuild(t *testing.T) {
	g := graph.Build(small())
	wantNodes := []graph.Node{
		{ID: "AZ", Kind: relations.KindState, Label: "Azerbaijan"},
		{ID: "IR", Kind: relations.KindState, Label: "Iran"},
		{ID: "az-culture", Kind: relations.KindMinistry, Label: "Ministry of Culture"},
		{ID: "icro", Kind: relations.KindOrganization, Label: `Islamic Culture and Relations "ICRO"`},
		{ID: "unesco", Kind: relations.KindOrganization, Label: "UNESCO"},
		{ID: "imanipur", Kind: relations.KindOfficial, Label: "Mehdi Imanipur"},
		{ID: "karimov", Kind: relations.KindOfficial, Label: "Anar Karimov"},
		{ID: "visit", Kind: relations.KindVisit, Label: "Visit 2022-06"},
		{ID: "m1", Kind: relations.KindMeeting, Label: "Karimov meets Imanipur"},
		{ID: "twinning", Kind: relations.KindInitiative, Label: "Twinning of Shusha"},
	}
	if diff := cmp.Diff(wantNodes, g.Nodes); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
	wantEdges := []graph.Edge{
		{From: "AZ", To: "IR", Label: "diplomatic relations since 1992-03-12"},
		{From: "AZ", To: "unesco", Label: "member of"},
		{From: "IR", To: "unesco", Label: "member of"},
		{From: "az-culture", To: "AZ", Label: "ministry of"},
		{From: "icro", To: "IR", Label: "body of"},
		{From: "imanipur", To: "IR", Label: "represents"},
		{From: "imanipur", To: "icro", Label: "Chairman"},
		{From: "imanipur", To: "m1", Label: "took part in"},
		{From: "imanipur", To: "twinning", Label: "proposed (inferred)"},
		{From: "karimov", To: "AZ", Label: "represents"},
		{From: "karimov", To: "az-culture", Label: "Minister of Culture"},
		{From: "karimov", To: "m1", Label: "took part in"},
		{From: "karimov", To: "visit", Label: "visited"},
		{From: "m1", To: "visit", Label: "during"},
		{From: "twinning", To: "m1", Label: "discussed at"},
		{From: "twinning", To: "unesco", Label: "within"},
		{From: "visit", To: "IR", Label: "hosted by"},
	}
	if diff := cmp.Diff(wantEdges, g.Edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
}

func TestWriteDeterministicAndQuoted(t *testing.T) {
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer, *relations.Records) error
		want  []string
	}{
		{"dot", func(b *bytes.Buffer, r *relations.Records) error { return graph.DOT(b, r) },
			[]string{`digraph "amity" {`, `"icro" [label="Islamic Culture and Relations \"ICRO\"", shape=box3d];`, `"karimov" -> "m1" [label="took part in"];`}},
		{"mermaid", func(b *bytes.Buffer, r *relations.Records) error { return graph.Mermaid(b, r) },
			[]string{"flowchart LR", `n3[["Islamic Culture and Relations #quot;ICRO#quot;"]]`, `n6 -->|"took part in"| n8`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := tc.write(&a, small()); err != nil {
				t.Fatal(err)
			}
			r := small()
			// The same records in another order draw the same bytes.
			r.States[0], r.States[1] = r.States[1], r.States[0]
			r.Officials[0], r.Officials[1] = r.Officials[1], r.Officials[0]
			if err := tc.write(&b, r); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(a.String(), b.String()); diff != "" {
				t.Errorf("output depends on input order (-first +second):\n%s", diff)
			}
			for _, line := range tc.want {
				if !strings.Contains(a.String(), line) {
					t.Errorf("output lacks %q:\n%s", line, a.String())
				}
			}
		})
	}
}

package graph_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/formattest"
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

// TestBuildSigning draws the signing dataset of formattest: groups,
// linked to their state, ministry and leader; a group taking part in a
// meeting, a session of a joint commission; an official known only by
// post, shown by the post's title; the agreements, linked to their
// parties, their signatories, the meeting one was signed at and the one
// it implements; the initiative the delegation proposed, under the
// programme; and the cultural event held under the programme, part of
// the initiative.
func TestBuildSigning(t *testing.T) {
	r := formattest.Signing(t)
	g := graph.Build(&r)
	wantNodes := []graph.Node{
		{ID: "LA", Kind: relations.KindState, Label: "Laos"},
		{ID: "VN", Kind: relations.KindState, Label: "Vietnam"},
		{ID: "la-ministry-of-culture", Kind: relations.KindMinistry, Label: "Example Ministry of Information, Culture and Tourism"},
		{ID: "vn-ministry-of-culture", Kind: relations.KindMinistry, Label: "Example Ministry of Culture, Sports and Tourism"},
		{ID: "la-embassy-hanoi", Kind: relations.KindOrganization, Label: "Example Embassy of Laos in Hanoi"},
		{ID: "la-vn-joint-commission", Kind: relations.KindOrganization, Label: "Example Lao–Vietnamese Joint Commission on Culture"},
		{ID: "ada-example", Kind: relations.KindOfficial, Label: "Ada Example"},
		{ID: "vn-deputy-minister-culture", Kind: relations.KindOfficial, Label: "Deputy Minister of Culture, Sports and Tourism"},
		{ID: "la-delegation-2024", Kind: relations.KindGroup, Label: "delegation (LA)"},
		{ID: "la-performers-2024", Kind: relations.KindGroup, Label: "ensemble (LA)"},
		{ID: "la-vn-talks-2024", Kind: relations.KindMeeting, Label: "Lao delegation meets the Vietnamese deputy minister of culture"},
		{ID: "lao-culture-weeks", Kind: relations.KindInitiative, Label: "Weeks of Lao culture in Vietnam"},
		{ID: "la-vn-cultural-agreement", Kind: relations.KindAgreement, Label: "Agreement on cultural cooperation"},
		{ID: "la-vn-programme-2024", Kind: relations.KindAgreement, Label: "Programme of cultural cooperation for 2024–2027"},
		{ID: "lao-culture-week-2024", Kind: relations.KindEvent, Label: "Week of Lao Culture in Vietnam"},
	}
	if diff := cmp.Diff(wantNodes, g.Nodes); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
	wantEdges := []graph.Edge{
		{From: "LA", To: "la-vn-cultural-agreement", Label: "party to"},
		{From: "LA", To: "la-vn-joint-commission", Label: "member of"},
		{From: "LA", To: "lao-culture-week-2024", Label: "took part in"},
		{From: "LA", To: "lao-culture-weeks", Label: "party to"},
		{From: "VN", To: "la-vn-cultural-agreement", Label: "party to"},
		{From: "VN", To: "la-vn-joint-commission", Label: "member of"},
		{From: "VN", To: "lao-culture-weeks", Label: "party to"},
		{From: "ada-example", To: "LA", Label: "represents"},
		{From: "ada-example", To: "la-delegation-2024", Label: "leads"},
		{From: "ada-example", To: "la-embassy-hanoi", Label: "Ambassador of Laos to Vietnam"},
		{From: "ada-example", To: "la-vn-programme-2024", Label: "signed for Example Ministry of Information, Culture and Tourism"},
		{From: "ada-example", To: "la-vn-talks-2024", Label: "took part in as signatory"},
		{From: "la-delegation-2024", To: "LA", Label: "group of"},
		{From: "la-delegation-2024", To: "LA", Label: "represents"},
		{From: "la-delegation-2024", To: "la-ministry-of-culture", Label: "group of"},
		{From: "la-delegation-2024", To: "la-vn-talks-2024", Label: "took part in as guest"},
		{From: "la-delegation-2024", To: "lao-culture-weeks", Label: "proposed"},
		{From: "la-embassy-hanoi", To: "LA", Label: "body of"},
		{From: "la-embassy-hanoi", To: "VN", Label: "accredited to"},
		{From: "la-ministry-of-culture", To: "LA", Label: "ministry of"},
		{From: "la-ministry-of-culture", To: "la-vn-programme-2024", Label: "party to"},
		{From: "la-performers-2024", To: "LA", Label: "group of"},
		{From: "la-performers-2024", To: "lao-culture-week-2024", Label: "took part in"},
		{From: "la-vn-programme-2024", To: "la-vn-cultural-agreement", Label: "implements"},
		{From: "la-vn-programme-2024", To: "la-vn-talks-2024", Label: "signed at"},
		{From: "la-vn-talks-2024", To: "la-vn-joint-commission", Label: "session 7 of"},
		{From: "lao-culture-week-2024", To: "VN", Label: "hosted by"},
		{From: "lao-culture-week-2024", To: "la-ministry-of-culture", Label: "organised by"},
		{From: "lao-culture-week-2024", To: "la-vn-programme-2024", Label: "under"},
		{From: "lao-culture-week-2024", To: "la-vn-talks-2024", Label: "announced at"},
		{From: "lao-culture-week-2024", To: "lao-culture-weeks", Label: "part of"},
		{From: "lao-culture-week-2024", To: "vn-ministry-of-culture", Label: "organised by"},
		{From: "lao-culture-weeks", To: "la-vn-programme-2024", Label: "under"},
		{From: "lao-culture-weeks", To: "la-vn-talks-2024", Label: "discussed at"},
		{From: "vn-deputy-minister-culture", To: "VN", Label: "represents"},
		{From: "vn-deputy-minister-culture", To: "la-vn-programme-2024", Label: "signed for Example Ministry of Culture, Sports and Tourism"},
		{From: "vn-deputy-minister-culture", To: "la-vn-talks-2024", Label: "took part in as signatory"},
		{From: "vn-deputy-minister-culture", To: "vn-ministry-of-culture", Label: "Deputy Minister of Culture, Sports and Tourism"},
		{From: "vn-ministry-of-culture", To: "VN", Label: "ministry of"},
		{From: "vn-ministry-of-culture", To: "la-vn-programme-2024", Label: "party to"},
	}
	if diff := cmp.Diff(wantEdges, g.Edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer, *relations.Records) error
		want  []string
	}{
		{"dot", func(b *bytes.Buffer, r *relations.Records) error { return graph.DOT(b, r) }, []string{
			`"vn-deputy-minister-culture" [label="Deputy Minister of Culture, Sports and Tourism", shape=ellipse];`,
			`"la-delegation-2024" [label="delegation (LA)", shape=hexagon];`,
			`"la-vn-programme-2024" [label="Programme of cultural cooperation for 2024–2027", shape=tab];`,
			`"lao-culture-week-2024" [label="Week of Lao Culture in Vietnam", shape=house];`,
		}},
		{"mermaid", func(b *bytes.Buffer, r *relations.Records) error { return graph.Mermaid(b, r) }, []string{
			`n7(["Deputy Minister of Culture, Sports and Tourism"])`,
			`n8("delegation (LA)")`,
			`n11[/"Weeks of Lao culture in Vietnam"/]`,
			`n13[\"Programme of cultural cooperation for 2024–2027"\]`,
			`n14[/"Week of Lao Culture in Vietnam"\]`,
			`n8 -->|"proposed"| n11`,
			`n8 -->|"took part in as guest"| n10`,
			`n10 -->|"session 7 of"| n5`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b, &r); err != nil {
				t.Fatal(err)
			}
			for _, line := range tc.want {
				if !strings.Contains(b.String(), line) {
					t.Errorf("output lacks %q:\n%s", line, b.String())
				}
			}
		})
	}
}

// TestNoEmptyLabels draws records that break amity's rules, with
// officials and groups that have no name, a post without a title, and
// participants that name nothing or a group that is not in the records:
// Build does not panic, every node has a label and every edge ends at
// nodes.
func TestNoEmptyLabels(t *testing.T) {
	r := &relations.Records{
		Officials: []orgs.Official{{ID: "nameless"}, {ID: "untitled", Posts: []orgs.Post{{ID: "untitled.post", State: "LA"}}}},
		Groups:    []orgs.Group{{ID: "g"}},
		Meetings: []events.Meeting{{ID: "m", Participants: []events.Participant{
			{Group: "g", State: "LA"}, {Group: "nowhere"}, {}, {Official: "nameless", Role: events.RoleWitness},
		}}},
		Agreements: []cooperation.Agreement{{ID: "a", Parties: []orgs.Body{{}, {Ministry: "nowhere"}},
			Signatories: []cooperation.Signatory{{Official: "untitled", For: orgs.Body{Ministry: "nowhere"}}}}},
		Events: []cooperation.CulturalEvent{{ID: "e", Organisers: []orgs.Body{{}}, Groups: []orgs.GroupID{"g", "nowhere"}}},
	}
	g := graph.Build(r)
	have := map[string]bool{}
	for _, n := range g.Nodes {
		have[n.ID] = true
		if n.Label == "" {
			t.Errorf("node %s has no label", n.ID)
		}
	}
	for _, e := range g.Edges {
		if !have[e.From] || !have[e.To] || e.Label == "" {
			t.Errorf("edge %+v", e)
		}
	}
	want := []graph.Edge{
		{From: "g", To: "e", Label: "took part in"},
		{From: "g", To: "m", Label: "took part in"},
		{From: "nameless", To: "m", Label: "took part in as witness"},
		{From: "untitled", To: "a", Label: "signed for nowhere"},
	}
	if diff := cmp.Diff(want, g.Edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
	for _, write := range []func(*bytes.Buffer, *relations.Records) error{
		func(b *bytes.Buffer, r *relations.Records) error { return graph.DOT(b, r) },
		func(b *bytes.Buffer, r *relations.Records) error { return graph.Mermaid(b, r) },
	} {
		var b bytes.Buffer
		if err := write(&b, r); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), `""`) {
			t.Errorf("an empty label:\n%s", b.String())
		}
	}
}

package graph_test

import (
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/graph"
)

// TestBuildDataset checks that a Dataset draws the network BuildWith
// draws of its records, under each filter: of the two examples together
// and of a synthetic archive; and that the DOT of a Dataset is that of
// its records.
func TestBuildDataset(t *testing.T) {
	formattest.CheckDatasetExport(t, graph.DOT, func(w io.Writer, d *relations.Dataset) error {
		return graph.WriteDOT(w, graph.BuildDataset(d, graph.Filter{}), "amity")
	})
	archive := synth.Generate(synth.Config{Seed: 9, Meetings: 800, States: 12})
	for _, r := range []relations.Records{both(), archive} {
		d, err := relations.New(r)
		if err != nil {
			t.Fatal(err)
		}
		rec := d.Records()
		for _, f := range []graph.Filter{
			{},
			{States: []orgs.StateID{"LA", "AZ", rec.States[0].ID}},
			{Period: relations.Period{From: amity.MustParseDate("2022"), To: amity.MustParseDate("2023")}},
			{Kinds: []relations.Kind{relations.KindState, relations.KindMeeting, relations.KindOfficial}},
			{States: []orgs.StateID{rec.States[1].ID}, Period: relations.Period{From: amity.MustParseDate("2020")}, Kinds: []relations.Kind{relations.KindMeeting, relations.KindVisit}},
		} {
			want := graph.BuildWith(&rec, f)
			if len(want.Nodes) == 0 {
				t.Fatalf("%+v: no nodes: the test would not see a difference", f)
			}
			if diff := cmp.Diff(want, graph.BuildDataset(d, f)); diff != "" {
				t.Errorf("%+v: the dataset's network is not that of its records (-records +dataset):\n%s", f, diff)
			}
		}
	}
}

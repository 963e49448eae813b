package plover_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/plover"
)

// TestExportDataset checks that a Dataset exports the bytes Export
// writes for its records: the story, an archive with a value of every
// field (agreements signed at meetings, statements without IDs), and
// an archive of many states; and nothing for a nil Dataset.
func TestExportDataset(t *testing.T) {
	for _, tt := range []struct {
		name string
		r    relations.Records
	}{
		{"story", azernews.Records()},
		{"every field", synth.Generate(synth.Config{Seed: 3, Meetings: 2000, EveryField: true})},
		{"many states", synth.Generate(synth.Config{Seed: 13, Meetings: 1500, States: 60, Ministries: 200, Organizations: 80, Officials: 3000})},
	} {
		d, err := relations.New(tt.r)
		if err != nil {
			t.Fatal(err)
		}
		rec := d.Records()
		var want, got bytes.Buffer
		if err := plover.Export(&want, &rec); err != nil {
			t.Fatal(err)
		}
		if err := plover.ExportDataset(&got, d); err != nil {
			t.Fatal(err)
		}
		if want.Len() == 0 {
			t.Fatalf("%s: no records", tt.name)
		}
		if diff := cmp.Diff(want.String(), got.String()); diff != "" {
			t.Errorf("%s: the dataset exported other bytes than its records (-records +dataset):\n%s", tt.name, diff)
		}
	}
	var none bytes.Buffer
	if err := plover.ExportDataset(&none, nil); err != nil || none.Len() != 0 {
		t.Errorf("a nil dataset: %q, %v", none.String(), err)
	}
}

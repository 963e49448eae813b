package relations_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// TestDatasetWrite checks that a Dataset writes the bytes the writers of
// records write for its Records, with its meetings in the order of
// their IDs, which is not that of its store: the story, an archive with
// a value of every field, the empty dataset and a nil one.
func TestDatasetWrite(t *testing.T) {
	archive := synth.Generate(synth.Config{Seed: 11, Meetings: 1500, EveryField: true})
	var none *relations.Dataset
	for _, tt := range []struct {
		name string
		d    *relations.Dataset
	}{
		{"story", mustNew(t, storyRecords())},
		{"archive", mustNew(t, archive)},
		{"empty", mustNew(t, relations.Records{})},
		{"nil", none},
	} {
		rec := tt.d.Records()
		for _, w := range []struct {
			format  string
			records func(*bytes.Buffer, *relations.Records) error
			dataset func(*bytes.Buffer, *relations.Dataset) error
		}{
			{"JSON Lines", func(b *bytes.Buffer, r *relations.Records) error { return relations.WriteJSONL(b, r) },
				func(b *bytes.Buffer, d *relations.Dataset) error { return d.WriteJSONL(b) }},
			{"JSON", func(b *bytes.Buffer, r *relations.Records) error { return relations.WriteJSON(b, r) },
				func(b *bytes.Buffer, d *relations.Dataset) error { return d.WriteJSON(b) }},
		} {
			var want, got bytes.Buffer
			if err := w.records(&want, &rec); err != nil {
				t.Fatalf("%s, %s, of the records: %v", tt.name, w.format, err)
			}
			if err := w.dataset(&got, tt.d); err != nil {
				t.Fatalf("%s, %s, of the dataset: %v", tt.name, w.format, err)
			}
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				t.Errorf("%s, %s: the dataset wrote other bytes than its records (-records +dataset):\n%s", tt.name, w.format, diff)
			}
		}
	}
}

// TestDatasetWriteError checks that a Dataset's writers return the error
// of the writer they write to.
func TestDatasetWriteError(t *testing.T) {
	d := mustNew(t, synth.Generate(synth.Config{Seed: 2, Meetings: 2000}))
	for name, write := range map[string]func(*failAfter) error{
		"JSON Lines": func(w *failAfter) error { return d.WriteJSONL(w) },
		"JSON":       func(w *failAfter) error { return d.WriteJSON(w) },
	} {
		w := &failAfter{n: 200 << 10}
		if err := write(w); !errors.Is(err, errFull) {
			t.Errorf("%s: %v, want %v", name, err, errFull)
		}
	}
}

var errFull = errors.New("full")

// failAfter takes n bytes, then fails.
type failAfter struct{ n int }

func (w *failAfter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		n := w.n
		w.n = 0
		return n, errFull
	}
	w.n -= len(p)
	return len(p), nil
}

func mustNew(t *testing.T, r relations.Records) *relations.Dataset {
	t.Helper()
	d, err := relations.New(r)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

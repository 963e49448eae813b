package relations_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/ftm"
	"github.com/amitydata/amity/relations/graph"
	"github.com/amitydata/amity/relations/plover"
	"github.com/amitydata/amity/relations/popolo"
)

// TestZeroDataset calls every exported method of *Dataset on a nil
// *Dataset and on a zero Dataset: each answers as it does on the dataset
// of no records that New builds.
func TestZeroDataset(t *testing.T) {
	empty, err := relations.New(relations.Records{})
	if err != nil {
		t.Fatal(err)
	}
	s := storySubjects()
	want := callAll(t, empty, s)
	for _, c := range []struct {
		name string
		d    *relations.Dataset
	}{
		{"nil", nil},
		{"zero", &relations.Dataset{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := callAll(t, c.d, s)
			for name := range want {
				if diff := cmp.Diff(want[name], got[name]); diff != "" {
					t.Errorf("%s: (-want +got):\n%s", name, diff)
				}
			}
		})
	}
}

// TestNilRecords gives nil to each function that takes a *Records: each
// returns an error, or answers as for no records, and none panics.
func TestNilRecords(t *testing.T) {
	var w bytes.Buffer
	for _, c := range []struct {
		name string
		call func() error
	}{
		{"Validate", func() error { return relations.Validate(nil) }},
		{"WriteJSON", func() error { return relations.WriteJSON(&w, nil) }},
		{"WriteJSONL", func() error { return relations.WriteJSONL(&w, nil) }},
		{"ftm.Export", func() error { return ftm.Export(&w, nil) }},
		{"plover.Export", func() error { return plover.Export(&w, nil) }},
		{"popolo.Export", func() error { return popolo.Export(&w, nil) }},
		{"graph.DOT", func() error { return graph.DOT(&w, nil) }},
		{"graph.Mermaid", func() error { return graph.Mermaid(&w, nil) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := c.call(); err == nil {
				t.Errorf("%s(nil) = nil error, want one", c.name)
			}
			if w.Len() > 0 {
				t.Errorf("%s(nil) wrote %q", c.name, w.String())
			}
		})
	}
	var r *relations.Records
	if n := r.Len(); n != 0 {
		t.Errorf("(*Records)(nil).Len() = %d, want 0", n)
	}
	if got := ftm.Entities(nil); got != nil {
		t.Errorf("ftm.Entities(nil) = %v, want none", got)
	}
	if got := plover.Records(nil); got != nil {
		t.Errorf("plover.Records(nil) = %v, want none", got)
	}
	if diff := cmp.Diff(graph.Build(&relations.Records{}), graph.Build(nil)); diff != "" {
		t.Errorf("graph.Build(nil) is not the network of no records (-want +got):\n%s", diff)
	}
}

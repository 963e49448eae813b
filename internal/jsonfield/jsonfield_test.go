package jsonfield_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/jsonfield"
	"github.com/amitydata/amity/orgs"
)

type Inlined struct {
	Inner  string `json:"inner"`
	Hidden string `json:"-"`
}

type Named struct {
	X string `json:"x"`
}

type hidden struct {
	Secret string `json:"secret"`
}

// fields has a field of each kind Names tells apart.
type fields struct {
	Tagged   string `json:"tagged,omitempty"`
	Untagged string
	Skipped  string `json:"-"`
	OnlyOpts string `json:",omitempty"`
	//lint:ignore U1000 Names must skip an unexported field, which nothing uses
	unexposed string
	Inlined   `json:",inline"`
	Named     `json:"named"`
	hidden
	*Named2
}

type Named2 struct {
	Y string `json:"y"`
}

func TestNames(t *testing.T) {
	tests := []struct {
		name string
		t    reflect.Type
		want map[string]bool
	}{
		{"every kind of field", reflect.TypeFor[fields](), map[string]bool{
			"tagged": true, "Untagged": true, "OnlyOpts": true,
			"inner": true, "named": true, "Named2": true,
		}},
		{"no fields", reflect.TypeFor[struct{}](), map[string]bool{}},
		{"an entity with inlined names", reflect.TypeFor[orgs.State](), map[string]bool{
			"id": true, "name": true, "local_names": true, "aliases": true, "wikidata": true,
			"capital": true, "sources": true, "field_sources": true, "note": true, "uncertain": true,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, jsonfield.Names(tt.t)); diff != "" {
				t.Errorf("Names (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNamesNew checks that every call returns a map of its own.
func TestNamesNew(t *testing.T) {
	a := jsonfield.Names(reflect.TypeFor[Named]())
	a["changed"] = true
	if b := jsonfield.Names(reflect.TypeFor[Named]()); b["changed"] {
		t.Errorf("Names returned a map changed through an earlier result: %v", b)
	}
}

// TestFields checks the names, options and index paths of the fields of
// an entity with inlined names.
func TestFields(t *testing.T) {
	type field struct {
		Name    string
		Options []string
		Index   []int
	}
	var got []field
	for _, f := range jsonfield.Fields(reflect.TypeFor[orgs.State]()) {
		got = append(got, field{f.Name, f.Options, f.Index})
	}
	want := []field{
		{"id", nil, []int{0}},
		{"name", []string{"omitzero"}, []int{1, 0}},
		{"local_names", []string{"omitzero"}, []int{1, 1}},
		{"aliases", []string{"omitzero"}, []int{1, 2}},
		{"wikidata", []string{"omitzero"}, []int{2}},
		{"capital", []string{"omitzero"}, []int{3}},
		{"sources", []string{"omitzero"}, []int{4}},
		{"field_sources", []string{"omitzero"}, []int{5}},
		{"note", []string{"omitzero"}, []int{6}},
		{"uncertain", []string{"omitzero"}, []int{7}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Fields (-want +got):\n%s", diff)
	}
}

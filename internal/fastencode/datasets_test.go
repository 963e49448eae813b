package fastencode_test

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/relations"
)

// TestDatasets compares, for every entity of the story, every-field and
// signing datasets, the line that relations.JSONLWriter writes with the
// generated encoders with the line json v2 writes with amity's options:
// {"entity":KIND, ...the entity's members}.
func TestDatasets(t *testing.T) {
	var kinds []relations.Kind
	for _, k := range relations.Kinds() {
		if k.TopLevel() {
			kinds = append(kinds, k)
		}
	}
	for _, d := range formattest.AllDatasets(t) {
		rv := reflect.ValueOf(&d.Records).Elem()
		if len(kinds) != rv.NumField() {
			t.Fatalf("%d top-level kinds for %d lists of Records", len(kinds), rv.NumField())
		}
		n := 0
		for f, list := range rv.Fields() {
			i := f.Index[0]
			for j := range list.Len() {
				got, want := fastLine(t, kinds[i], list.Index(j)), v2Line(t, kinds[i], list.Index(j))
				if !bytes.Equal(got, want) {
					t.Errorf("%s, %s %d:\n got  %s\n want %s", d.Name, kinds[i], j, got, want)
				}
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s: no entities", d.Name)
		}
	}
}

// fastLine returns the line of JSONLWriter for v, an entity of kind k.
func fastLine(t *testing.T, k relations.Kind, v reflect.Value) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := relations.NewJSONLWriter(&buf)
	if err := w.Write(k, v.Addr().Interface()); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// v2Line returns the line json v2 writes for v, an entity of kind k, as
// it writes the entity inlined after its kind: the members of v's object
// after {"entity":KIND.
func v2Line(t *testing.T, k relations.Kind, v reflect.Value) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jsoncodec.MarshalEncode(jsoncodec.NewEncoder(&buf, ""), v.Addr().Interface()); err != nil {
		t.Fatal(err)
	}
	obj := buf.Bytes()
	line := []byte(`{"entity":"` + string(k) + `"`)
	if !bytes.HasPrefix(obj, []byte("{}")) {
		line = append(line, ',')
	}
	return append(line, obj[1:]...)
}

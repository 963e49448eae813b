package relations

import (
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDatasetMeetings checks that Meetings and Records give back the
// meetings New was given, in their order, and that Meetings stops when
// asked to.
func TestDatasetMeetings(t *testing.T) {
	want := benchRecords(500).Meetings
	d, err := New(benchRecords(500))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, slices.Collect(d.Meetings())); diff != "" {
		t.Errorf("Meetings() (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, d.Records().Meetings); diff != "" {
		t.Errorf("Records().Meetings (-want +got):\n%s", diff)
	}
	n := 0
	for range d.Meetings() {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("stopped after %d meetings, want 3", n)
	}
}

// TestDatasetEntities checks that Entities gives every record of
// Records, kind by kind in the order of Kinds, and stops when asked to.
func TestDatasetEntities(t *testing.T) {
	d, err := New(benchRecords(500))
	if err != nil {
		t.Fatal(err)
	}
	var got Records
	var order []Kind
	for k, v := range d.Entities() {
		if len(order) == 0 || order[len(order)-1] != k {
			order = append(order, k)
		}
		if !appendEntity(&got, k, v) {
			t.Fatalf("%s: %T is not a pointer to an entity of the kind", k, v)
		}
	}
	if diff := cmp.Diff(d.Records(), got); diff != "" {
		t.Errorf("Entities (-Records +Entities):\n%s", diff)
	}
	want := slices.DeleteFunc(Kinds(), func(k Kind) bool { return !k.TopLevel() || d.Count(k) == 0 })
	if !slices.Equal(order, want) {
		t.Errorf("kinds in the order %v, want %v", order, want)
	}
	n := 0
	for range d.Entities() {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("stopped after %d entities, want 3", n)
	}
}

// appendEntity appends *v to the list of kind k in r, and reports whether
// v is a pointer to an entity of that list.
func appendEntity(r *Records, k Kind, v any) (ok bool) {
	p := reflect.ValueOf(v)
	if p.Kind() != reflect.Pointer || !k.TopLevel() {
		return false
	}
	defer func() {
		if recover() != nil { // Records has no list of the type
			ok = false
		}
	}()
	if listName(reflect.TypeFor[Records](), p.Type().Elem()) != k.Plural() {
		return false
	}
	for _, f := range reflect.ValueOf(r).Elem().Fields() {
		if f.Type().Elem() == p.Type().Elem() {
			f.Set(reflect.Append(f, p.Elem()))
			return true
		}
	}
	return false
}

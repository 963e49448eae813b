package relations_test

import (
	"reflect"
	"strings"

	"github.com/amitydata/amity/relations"
)

// kindList is the list of one top-level kind in Records.
type kindList struct {
	kind relations.Kind
	list reflect.Value // a slice, settable if the Records were given by pointer
}

// kindLists returns the list of each top-level kind in r, in the order of
// relations.Kinds: the field of Records whose JSON name is the kind's
// plural. It fails if a kind has no list, so that a test that walks the
// lists cannot miss a kind added to Records.
func kindLists(r *relations.Records) []kindList {
	v := reflect.ValueOf(r).Elem()
	var out []kindList
	for _, k := range relations.Kinds() {
		if !k.TopLevel() {
			continue
		}
		found := false
		for i := range v.NumField() {
			if name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ","); name == k.Plural() {
				out, found = append(out, kindList{k, v.Field(i)}), true
			}
		}
		if !found {
			panic("relations.Records has no list of " + k.Plural())
		}
	}
	return out
}

// idOf returns the ID of entity v, a value of a top-level kind.
func idOf(v reflect.Value) string { return v.FieldByName("ID").String() }

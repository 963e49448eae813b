// Package amitytest holds the helpers that the tests of amity's entity
// packages (amity, orgs, events and relations) share: comparing the
// problems of a validation error by path and kind, tables of validation
// rules, the check of a vocabulary's Valid methods, and the fuzz check of
// decoding and encoding one entity.
//
// Only tests import it.
package amitytest

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/jsoncodec"
)

// Problem is what the tests compare of an [amity.FieldError]: where it
// is (its JSON path) and what kind it is.
type Problem struct {
	Path string
	Kind amity.ErrorKind
}

// Problems projects the FieldErrors of err to their paths and kinds, in
// the order err holds them; it returns nil for a nil err. It fails t for
// a problem without a path, since every problem of a value checked in
// the tests concerns one of its fields, and for an err that holds no
// FieldError.
func Problems(t testing.TB, err error) []Problem {
	t.Helper()
	var out []Problem
	for _, fe := range amity.Errors(err) {
		if fe.Path.IsZero() {
			t.Errorf("problem without a path: %v", fe)
		}
		out = append(out, Problem{fe.Path.String(), fe.Kind})
	}
	if err != nil && out == nil {
		t.Errorf("error %v holds no FieldError", err)
	}
	return out
}

// Rule is one row of a validation table: a change to a valid value, and
// the problems the changed value must have (nil: none).
type Rule[T any] struct {
	// Name names the subtest; it must be unique in its table.
	Name string
	// Change changes the value in place. It must not be nil.
	Change func(*T)
	// Want are the problems Validate reports, in its order.
	Want []Problem
}

// CheckRules runs a subtest of t for each rule, in order, named by the
// rule: it validates a fresh value from valid with the rule's change
// applied, and compares its problems with the rule's. valid must return
// a new value on every call, sharing nothing a change could alter.
func CheckRules[T interface{ Validate() error }](t *testing.T, valid func() T, rules []Rule[T]) {
	t.Helper()
	for _, r := range rules {
		t.Run(r.Name, func(t *testing.T) {
			v := valid()
			r.Change(&v)
			if diff := cmp.Diff(r.Want, Problems(t, v.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzEntity decodes data as a T with amity's strict reader, and checks
// the promises of reading and writing one entity: no panic; an error is
// one problem of decoding, with a line; whatever decodes validates
// without panicking and encodes; what is encoded decodes to an equal
// value; and encoding that again gives the same bytes. It stops t at the
// first promise broken. It is the body of the fuzz targets that decode
// one entity: f.Fuzz(func(t *testing.T, data []byte) { FuzzEntity[T](t, data) }).
func FuzzEntity[T interface{ Validate() error }](t testing.TB, data []byte) {
	var v T
	if err := jsoncodec.Unmarshal(data, &v); err != nil {
		fes := amity.Errors(err)
		if len(fes) != 1 || fes[0].Line < 1 || fes[0].Kind.Class() == amity.ErrReference {
			t.Fatalf("error %v: want one problem of decoding, with a line", err)
		}
		return
	}
	_ = v.Validate()
	b, err := jsoncodec.Marshal(v)
	if err != nil {
		t.Fatalf("decoded %+v, which does not encode: %v", v, err)
	}
	var w T
	if err := jsoncodec.Unmarshal(b, &w); err != nil {
		t.Fatalf("%q encodes as\n%s\nwhich does not decode: %v", data, b, err)
	}
	if diff := cmp.Diff(v, w); diff != "" {
		t.Fatalf("decode(encode(v)) differs from v (-v +decoded):\n%s", diff)
	}
	if again, err := jsoncodec.Marshal(w); err != nil || !bytes.Equal(b, again) {
		t.Fatalf("encoding is not stable:\n%s\n%s (%v)", b, again, err)
	}
}

// CheckValid checks the Valid methods of a vocabulary's values: it fails
// t for each value of valid that reports false, and for each value of bad
// that reports true.
func CheckValid(t testing.TB, valid, bad []amity.Valider) {
	t.Helper()
	for _, e := range valid {
		if !e.Valid() {
			t.Errorf("%v.Valid() = false", e)
		}
	}
	for _, e := range bad {
		if e.Valid() {
			t.Errorf("%q.Valid() = true", e)
		}
	}
}

// UnsetFields returns the exported fields, as "pkg.Type.Field", of the
// struct types found in v — through structs, lists and maps — that no
// value of v sets, in order: what a test of "every field" does not reach.
func UnsetFields(v any) []string {
	set := map[string]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Value())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				f := v.Type().Field(i)
				if !f.IsExported() {
					continue
				}
				name := v.Type().String() + "." + f.Name
				set[name] = set[name] || !v.Field(i).IsZero()
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(v))
	var out []string
	for name, ok := range set {
		if !ok {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

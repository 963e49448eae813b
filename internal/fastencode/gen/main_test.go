package main

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/amitydata/amity/internal/codegen"
	"github.com/google/go-cmp/cmp"
)

// TestFileUpToDate generates the encoders in memory and fails when the
// file in package fastencode differs.
func TestFileUpToDate(t *testing.T) {
	want, err := generate(codegen.Entities())
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../entities_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(got), string(want)); diff != "" {
		t.Errorf("entities_gen.go is out of date: run go generate ./internal/fastencode (-file +generated):\n%s", diff)
	}
}

type (
	number struct{ N float64 }
	option struct {
		S string `json:"s,string"`
	}
	empty struct {
		S string `json:"s,omitempty"`
	}
	nested  struct{ Inner []number }
	text    struct{ T textual }
	textual string
	keyed   struct{ M map[textual]string }
	twice   struct {
		A string
		B string `json:"A"`
	}
	uncomparable struct {
		L []string
	}
	omitted struct {
		U uncomparable `json:"u,omitzero"`
	}
	known struct {
		Foo string            `json:"foo,omitzero"`
		N   int               `json:"n"`
		M   map[string][]bool `json:"m,omitzero"`
	}
)

func (t textual) MarshalText() ([]byte, error) { return []byte(t), nil }

// TestUnknown checks that a field the generator does not know how to
// write fails the generator, naming the type and the field, and that a
// field of a type it knows is written.
func TestUnknown(t *testing.T) {
	for _, c := range []struct {
		t    reflect.Type
		want []string // in the error, or, if nil, none
	}{
		{reflect.TypeFor[number](), []string{"main.number.N", "float64"}},
		{reflect.TypeFor[option](), []string{"main.option.S", `"string"`}},
		{reflect.TypeFor[empty](), []string{"main.empty.S", `"omitempty"`}},
		{reflect.TypeFor[nested](), []string{"main.number.N", "float64"}},
		{reflect.TypeFor[text](), []string{"main.text.T", "MarshalText"}},
		{reflect.TypeFor[keyed](), []string{"main.keyed.M", "main.textual"}},
		{reflect.TypeFor[twice](), []string{"main.twice.B", `"A"`}},
		{reflect.TypeFor[omitted](), []string{"main.omitted.U", "omitzero"}},
		{reflect.TypeFor[known](), nil},
	} {
		t.Run(c.t.Name(), func(t *testing.T) {
			src, err := generate([]reflect.Type{c.t})
			switch {
			case c.want == nil && err != nil:
				t.Fatal(err)
			case c.want == nil:
				if !strings.Contains(string(src), `b = key(b, first, "\"foo\":")`) {
					t.Errorf("no member foo in:\n%s", src)
				}
			case err == nil:
				t.Fatalf("no error, want one naming %q", c.want)
			default:
				for _, w := range c.want {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q does not name %q", err, w)
					}
				}
			}
		})
	}
}

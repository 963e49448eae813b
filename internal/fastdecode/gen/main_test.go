package main

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/amitydata/amity/internal/codegen"
	"github.com/google/go-cmp/cmp"
)

// TestFileUpToDate generates the decoders in memory and fails when the
// file in package fastdecode differs.
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
		t.Errorf("entities_gen.go is out of date: run go generate ./internal/fastdecode (-file +generated):\n%s", diff)
	}
}

type (
	code   string
	number struct{ N float64 }
	named  struct{ C code }
	option struct {
		S string `json:"s,string"`
	}
	nested   struct{ Inner []number }
	text     struct{ T textual }
	textual  string
	newField struct {
		Foo string `json:"foo,omitzero"`
	}
)

func (t *textual) UnmarshalText(b []byte) error {
	*t = textual(b)
	return nil
}

// TestUnknown checks that a field the generator does not know how to read
// fails the generator, naming the type and the field, and that a field of
// a type it knows is read.
func TestUnknown(t *testing.T) {
	for _, c := range []struct {
		t    reflect.Type
		want []string // in the error, or, if nil, none
	}{
		{reflect.TypeFor[number](), []string{"main.number.N", "float64"}},
		{reflect.TypeFor[named](), []string{"main.named.C", "main.code"}},
		{reflect.TypeFor[option](), []string{"main.option.S", `"string"`}},
		{reflect.TypeFor[nested](), []string{"main.number.N", "float64"}},
		{reflect.TypeFor[text](), []string{"main.text.T", "UnmarshalText"}},
		{reflect.TypeFor[newField](), nil},
	} {
		t.Run(c.t.Name(), func(t *testing.T) {
			src, err := generate([]reflect.Type{c.t})
			switch {
			case c.want == nil && err != nil:
				t.Fatal(err)
			case c.want == nil:
				if !strings.Contains(string(src), `case "foo":`) {
					t.Errorf("no case for member foo in:\n%s", src)
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

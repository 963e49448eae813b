package main

import (
	"reflect"
	"testing"

	"github.com/amitydata/amity/internal/codegen/codegentest"
)

// TestFileUpToDate generates the encoders in memory and fails when the
// file in package fastencode differs.
func TestFileUpToDate(t *testing.T) {
	codegentest.UpToDate(t, generate, "../entities_gen.go", "./internal/fastencode")
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
	codegentest.Unknown(t, generate, `b = key(b, first, "\"foo\":")`, []codegentest.Case{
		{T: reflect.TypeFor[number](), Want: []string{"main.number.N", "float64"}},
		{T: reflect.TypeFor[option](), Want: []string{"main.option.S", `"string"`}},
		{T: reflect.TypeFor[empty](), Want: []string{"main.empty.S", `"omitempty"`}},
		{T: reflect.TypeFor[nested](), Want: []string{"main.number.N", "float64"}},
		{T: reflect.TypeFor[text](), Want: []string{"main.text.T", "MarshalText"}},
		{T: reflect.TypeFor[keyed](), Want: []string{"main.keyed.M", "main.textual"}},
		{T: reflect.TypeFor[twice](), Want: []string{"main.twice.B", `"A"`}},
		{T: reflect.TypeFor[omitted](), Want: []string{"main.omitted.U", "omitzero"}},
		{T: reflect.TypeFor[known]()},
	})
}

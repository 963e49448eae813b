package main

import (
	"reflect"
	"testing"

	"github.com/amitydata/amity/internal/codegen/codegentest"
)

// TestFileUpToDate generates the decoders in memory and fails when the
// file in package fastdecode differs.
func TestFileUpToDate(t *testing.T) {
	codegentest.UpToDate(t, generate, "../entities_gen.go", "./internal/fastdecode")
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
	codegentest.Unknown(t, generate, `case "foo":`, []codegentest.Case{
		{T: reflect.TypeFor[number](), Want: []string{"main.number.N", "float64"}},
		{T: reflect.TypeFor[named](), Want: []string{"main.named.C", "main.code"}},
		{T: reflect.TypeFor[option](), Want: []string{"main.option.S", `"string"`}},
		{T: reflect.TypeFor[nested](), Want: []string{"main.number.N", "float64"}},
		{T: reflect.TypeFor[text](), Want: []string{"main.text.T", "UnmarshalText"}},
		{T: reflect.TypeFor[newField]()},
	})
}

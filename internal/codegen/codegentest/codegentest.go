// Package codegentest holds what the tests of amity's generators share:
// that the file a generator wrote is what it generates now, and that it
// refuses the fields it cannot handle, naming them.
package codegentest

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/codegen"
)

// Generate is a generator: the source of a file for the types given.
type Generate func([]reflect.Type) ([]byte, error)

// UpToDate generates the file for codegen.Entities in memory and fails t
// when the file at path differs; pkg is where go generate rebuilds it.
func UpToDate(t *testing.T, generate Generate, path, pkg string) {
	t.Helper()
	want, err := generate(codegen.Entities())
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(got), string(want)); diff != "" {
		t.Errorf("%s is out of date: run go generate %s (-file +generated):\n%s", path, pkg, diff)
	}
}

// Case is a type to generate for: Want lists what the error must name,
// or, if nil, the generator must succeed.
type Case struct {
	T    reflect.Type
	Want []string
}

// Unknown runs generate on the type of each case, in a subtest of its
// own: a case that wants an error must get one naming each of Want, and
// one that wants none must give a source that contains known.
func Unknown(t *testing.T, generate Generate, known string, cases []Case) {
	for _, c := range cases {
		t.Run(c.T.Name(), func(t *testing.T) {
			src, err := generate([]reflect.Type{c.T})
			switch {
			case c.Want == nil && err != nil:
				t.Fatal(err)
			case c.Want == nil:
				if !strings.Contains(string(src), known) {
					t.Errorf("no %q in:\n%s", known, src)
				}
			case err == nil:
				t.Fatalf("no error, want one naming %q", c.Want)
			default:
				for _, w := range c.Want {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q does not name %q", err, w)
					}
				}
			}
		})
	}
}

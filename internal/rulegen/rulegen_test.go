package rulegen_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/rulegen"
)

// TestFilesUpToDate fails when a generated file differs from what the
// validate tags give: a tag or a field changed without go generate.
func TestFilesUpToDate(t *testing.T) {
	files, err := rulegen.Files("../..")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no files generated")
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("../..", name))
		if err != nil {
			t.Errorf("%v; run go generate ./internal/rulegen", err)
			continue
		}
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("%s is stale; run go generate ./internal/rulegen (-want +got):\n%s", name, diff)
		}
	}
}

// TestFileErrors checks that a tag the generator does not know, or a rule
// on a type it does not apply to, stops it with the type and field named.
func TestFileErrors(t *testing.T) {
	type unknownTag struct {
		A string `validate:"required,uuid"`
	}
	type maxOnBool struct {
		B bool `validate:"max=3"`
	}
	type enumWithoutValid struct {
		C string `validate:"enum"`
	}
	type noSibling struct {
		D string `validate:"nefield=E"`
	}
	type keysWithoutEnd struct {
		M map[string]string `validate:"dive,keys,lang"`
	}
	tests := []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[unknownTag](), "unknownTag.A: uuid: unknown validate tag"},
		{reflect.TypeFor[maxOnBool](), "maxOnBool.B: max=3: on bool"},
		{reflect.TypeFor[enumWithoutValid](), "enumWithoutValid.C: enum: on string, which has no Valid method"},
		{reflect.TypeFor[noSibling](), "noSibling.D: nefield=E: rulegen_test.noSibling has no field E"},
		{reflect.TypeFor[keysWithoutEnd](), "keysWithoutEnd.M: keys without endkeys"},
	}
	for _, tt := range tests {
		_, err := rulegen.File(tt.typ.PkgPath(), []rulegen.Type{{T: tt.typ}})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("File(%v) = %v, want an error with %q", tt.typ, err, tt.want)
		}
	}
}

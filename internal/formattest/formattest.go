// Package formattest holds what the tests of amity's format packages
// (relations/popolo, relations/ftm, relations/plover and schema) share:
// the datasets they export, their comparison with golden files, and the
// -update flag that rewrites those files.
//
// The datasets are three: the story of internal/azernews, the Azernews
// report of 2022-06-22 and the reports that complete it, which every
// golden file shows; schema/testdata/all-fields.json, test values with
// obviously fake names that set every field amity has; and the signing
// dataset of [Signing], test values that hold groups, agreements and
// cultural events, a group taking part in a meeting and an official known
// only by post, which the format packages show in golden files of their
// own.
//
// Importing the package registers the flag -update in the test binary; a
// test package that imports it must not define a flag of that name.
package formattest

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// update is set by -update. It is written only when the test binary
// parses its flags, before any test runs.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Update reports whether the tests run with -update: [Golden] rewrites
// its files instead of comparing with them.
func Update() bool { return *update }

// AllFieldsFile is the path of the every-field dataset, relative to the
// module's root.
const AllFieldsFile = "schema/testdata/all-fields.json"

// Story returns the records of internal/azernews, new on every call, after
// checking that they validate.
func Story(t testing.TB) relations.Records {
	t.Helper()
	r := azernews.Records()
	if err := relations.Validate(&r); err != nil {
		t.Fatalf("azernews.Records() does not validate: %v", err)
	}
	return r
}

// AllFields returns the records of [AllFieldsFile], new on every call,
// read strictly and validated.
func AllFields(t testing.TB) relations.Records {
	t.Helper()
	f, err := os.Open(filepath.Join(ModuleRoot(t), filepath.FromSlash(AllFieldsFile)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := relations.DecodeJSON(f, relations.ReadOptions{})
	if err != nil {
		t.Fatalf("%s: %v", AllFieldsFile, err)
	}
	if err := relations.Validate(&r); err != nil {
		t.Fatalf("%s does not validate: %v", AllFieldsFile, err)
	}
	return r
}

// Dataset is a named set of records to export.
type Dataset struct {
	// Name names the dataset in subtests: "story" or "all fields".
	Name    string
	Records relations.Records
}

// Datasets returns the story and the every-field dataset, in that order,
// new on every call.
func Datasets(t testing.TB) []Dataset {
	t.Helper()
	return []Dataset{{"story", Story(t)}, {"all fields", AllFields(t)}}
}

// AllDatasets returns the datasets of [Datasets] and, last, the signing
// dataset of [Signing], new on every call: the datasets the format
// packages export.
func AllDatasets(t testing.TB) []Dataset {
	t.Helper()
	return append(Datasets(t), Dataset{"signing", Signing(t)})
}

// ModuleRoot returns the directory of the module's go.mod, the first
// found from the working directory up, which is the package's directory
// while its tests run.
func ModuleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		_, err := os.Stat(filepath.Join(dir, "go.mod"))
		if err == nil {
			return dir
		}
		if !errors.Is(err, fs.ErrNotExist) {
			t.Fatal(err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod in the working directory or above it")
		}
		dir = parent
	}
}

// JSON returns r as amity's JSON document, as relations.WriteJSON writes
// it.
func JSON(t testing.TB, r *relations.Records) []byte {
	t.Helper()
	return Write(t, relations.WriteJSON, r)
}

// Write returns what write, an exporter such as popolo.Export, writes of
// r; the test fails if it returns an error.
func Write(t testing.TB, write func(io.Writer, *relations.Records) error, r *relations.Records) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Golden compares got with the file at path, relative to the package's
// directory, and reports the difference as an error of t; with -update it
// writes got to the file first.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); go test -update rewrites it:\n%s", path, diff)
	}
}

// Reverse reverses each top-level list of r (sources, states, ...,
// cultural events), so that a test can check that an export does not
// depend on the order of the records.
func Reverse(r *relations.Records) {
	v := reflect.ValueOf(r).Elem()
	for _, f := range v.Fields() {
		if f.Kind() != reflect.Slice {
			continue
		}
		swap := reflect.Swapper(f.Interface())
		for a, b := 0, f.Len()-1; a < b; a, b = a+1, b-1 {
			swap(a, b)
		}
	}
}

// CheckExport checks write, an exporter such as popolo.Export: in the
// subtest "golden", that its export of the story is the file at golden
// (see [Golden]); in the subtests "order/story", "order/all fields" and
// "order/signing", that it writes the same bytes of each of [AllDatasets]
// when the records come in the reverse order.
func CheckExport(t *testing.T, write func(io.Writer, *relations.Records) error, golden string) {
	t.Run("golden", func(t *testing.T) {
		r := Story(t)
		Golden(t, golden, Write(t, write, &r))
	})
	t.Run("order", func(t *testing.T) {
		for _, d := range AllDatasets(t) {
			t.Run(d.Name, func(t *testing.T) {
				want := Write(t, write, &d.Records)
				Reverse(&d.Records)
				if got := Write(t, write, &d.Records); !bytes.Equal(want, got) {
					t.Error("the export depends on the order of the records")
				}
			})
		}
	})
}

// CheckDatasetExport checks that writeDataset, the exporter of a
// Dataset such as plover.ExportDataset, writes the bytes write, its
// exporter of records, writes for the dataset's Records: of each of
// [AllDatasets], and of a synthetic archive of many meetings, whose IDs
// are not in the order of their dates; and, of a nil Dataset, what write
// writes of no records.
func CheckDatasetExport(t *testing.T, write func(io.Writer, *relations.Records) error, writeDataset func(io.Writer, *relations.Dataset) error) {
	sets := append(AllDatasets(t), Dataset{"archive", synth.Generate(synth.Config{Seed: 3, Meetings: 1500, EveryField: true})})
	for _, s := range sets {
		t.Run(s.Name, func(t *testing.T) {
			d, err := relations.New(s.Records)
			if err != nil {
				t.Fatal(err)
			}
			r := d.Records()
			want := Write(t, write, &r)
			var got bytes.Buffer
			if err := writeDataset(&got, d); err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 {
				t.Fatal("the records export to nothing: the test would not see a difference")
			}
			if diff := cmp.Diff(string(want), got.String()); diff != "" {
				t.Errorf("the dataset's export is not that of its records (-records +dataset):\n%s", diff)
			}
		})
	}
	var none bytes.Buffer
	if err := writeDataset(&none, nil); err != nil || none.String() != string(Write(t, write, &relations.Records{})) {
		t.Errorf("a nil dataset: %q, %v; want the export of no records", none.String(), err)
	}
}

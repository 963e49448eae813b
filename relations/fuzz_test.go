package relations_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// The seed corpora of the fuzz targets are in testdata/fuzz/<target>/:
// the hostile files whole.

// fuzzFormat is one of the file formats, for the fuzz targets that read
// whole files.
type fuzzFormat struct {
	name   string
	read   func(io.Reader, relations.ReadOptions) (*relations.Dataset, error)
	decode func(io.Reader, relations.ReadOptions) (relations.Records, error)
	write  func(io.Writer, *relations.Records) error
}

var (
	fuzzDocument = fuzzFormat{"document", relations.ReadJSON, relations.DecodeJSON, relations.WriteJSON}
	fuzzLines    = fuzzFormat{"lines", relations.ReadJSONL, relations.DecodeJSONL, relations.WriteJSONL}
)

// fuzzFile reads data in format f, and checks the promises of reading
// and writing a file: no panic; every problem is a FieldError on a line,
// one line of text; what decodes (valid or not) writes; and a valid
// dataset, written in either format, reads back equal, and writes again
// to the same bytes.
func fuzzFile(t *testing.T, f fuzzFormat, data []byte) {
	// Small limits, so that the fuzzer reaches them.
	opts := relations.ReadOptions{MaxLineBytes: 8 << 10, MaxDocumentBytes: 64 << 10, MaxStringBytes: 1 << 10, MaxDepth: 12}
	d, err := f.read(bytes.NewReader(data), opts)
	for _, fe := range amity.Errors(err) {
		if fe.Line < 1 || strings.ContainsAny(fe.Message(), "\r\n") || fe.Kind.Class() == nil {
			t.Errorf("problem %q: want a line, one line of text and a kind", fe.Error())
		}
	}
	if err != nil && amity.Errors(err) == nil {
		t.Fatalf("error %v (%T) is not a ValidationError", err, err)
	}
	rec, _ := f.decode(bytes.NewReader(data), opts)
	if err := f.write(io.Discard, &rec); err != nil {
		t.Errorf("%d records decoded, but do not write: %v", rec.Len(), err)
	}
	if d == nil {
		return
	}
	want := recordsCopy(d.Records())
	ioSortRecords(&want)
	for _, out := range []fuzzFormat{fuzzDocument, fuzzLines} {
		if out.name == fuzzLines.name && want.Len() == 0 {
			// An empty dataset has no JSON Lines form: WriteJSONL writes
			// nothing, and an empty file is a problem.
			continue
		}
		r := recordsCopy(d.Records())
		var first bytes.Buffer
		if err := out.write(&first, &r); err != nil {
			t.Fatalf("a valid dataset does not write as %s: %v", out.name, err)
		}
		back, err := out.read(bytes.NewReader(first.Bytes()), relations.ReadOptions{})
		if err != nil {
			t.Fatalf("a valid dataset, written as %s, does not read back: %v\n%s", out.name, err, first.Bytes())
		}
		got := back.Records()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("read(write(d)) as %s differs from d (-want +got):\n%s", out.name, diff)
		}
		var second bytes.Buffer
		if err := out.write(&second, &got); err != nil || !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("writing as %s is not stable (%v):\n%s\n---\n%s", out.name, err, first.Bytes(), second.Bytes())
		}
	}
}

// FuzzReadJSON reads any content as amity's JSON document.
func FuzzReadJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFile(t, fuzzDocument, data) })
}

// FuzzReadJSONL reads any content as amity's JSON Lines.
func FuzzReadJSONL(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFile(t, fuzzLines, data) })
}

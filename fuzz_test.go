package amity_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/jsonx"
)

// The seed corpora of the fuzz targets are in testdata/fuzz/<target>/:
// the sources of the example story and of relations' hostile suite, and
// the names they hold. FuzzParseDate is in date_test.go.

// fuzzEntity decodes data as a T with amity's strict reader, and checks
// the promises of reading and writing one entity: no panic; an error is
// one problem of decoding, with a line; whatever decodes validates
// without panicking and encodes; what is encoded decodes to an equal
// value; and encoding that again gives the same bytes.
func fuzzEntity[T interface{ Validate() error }](t *testing.T, data []byte) {
	var v T
	if err := jsonx.Unmarshal(data, &v); err != nil {
		fes := amity.Errors(err)
		if len(fes) != 1 || fes[0].Line < 1 || fes[0].Kind.Class() == amity.ErrReference {
			t.Fatalf("error %v: want one problem of decoding, with a line", err)
		}
		return
	}
	_ = v.Validate()
	b, err := jsonx.Marshal(v)
	if err != nil {
		t.Fatalf("decoded %+v, which does not encode: %v", v, err)
	}
	var w T
	if err := jsonx.Unmarshal(b, &w); err != nil {
		t.Fatalf("%q encodes as\n%s\nwhich does not decode: %v", data, b, err)
	}
	if diff := cmp.Diff(v, w); diff != "" {
		t.Fatalf("decode(encode(v)) differs from v (-v +decoded):\n%s", diff)
	}
	if again, err := jsonx.Marshal(w); err != nil || !bytes.Equal(b, again) {
		t.Fatalf("encoding is not stable:\n%s\n%s (%v)", b, again, err)
	}
}

func FuzzDecodeSource(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { fuzzEntity[amity.Source](t, data) })
}

// FuzzFoldName checks that a fold is a normal form: folding it again
// changes nothing, it has single spaces between words and none at either
// end, and a name matches itself, in any case, whenever its fold is not
// empty. Names are text (the reader rejects invalid UTF-8): of other
// input, it checks only that FoldName does not panic.
func FuzzFoldName(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		fold := amity.FoldName(s)
		if !utf8.ValidString(s) {
			return
		}
		if again := amity.FoldName(fold); again != fold {
			t.Errorf("FoldName(%q) = %q, but FoldName(%q) = %q", s, fold, fold, again)
		}
		if strings.TrimSpace(fold) != fold || strings.Contains(fold, "  ") {
			t.Errorf("FoldName(%q) = %q: spaces at an end or doubled", s, fold)
		}
		names := amity.Names{Name: s}
		if got, want := names.Matches(s), fold != ""; got != want {
			t.Errorf("Names{Name: %q}.Matches itself = %v, want %v (fold %q)", s, got, want, fold)
		}
		if fold != "" && !names.Matches(strings.ToUpper(s)) {
			t.Errorf("Names{Name: %q} does not match %q (folds %q and %q)", s, strings.ToUpper(s), fold, amity.FoldName(strings.ToUpper(s)))
		}
	})
}

// FuzzClip checks that Clip keeps short text as it is, and cuts long
// text to a prefix of at most MaxValueLen bytes and "...", without
// splitting a character.
func FuzzClip(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		c := amity.Clip(s)
		if len(s) <= amity.MaxValueLen {
			if c != s {
				t.Errorf("Clip(%q) = %q, want it unchanged", s, c)
			}
			return
		}
		prefix, cut := strings.CutSuffix(c, "...")
		if !cut || !strings.HasPrefix(s, prefix) || len(prefix) > amity.MaxValueLen {
			t.Errorf("Clip(%q) = %q: want a prefix of at most %d bytes and \"...\"", s, c, amity.MaxValueLen)
		}
		if utf8.ValidString(s) && !utf8.ValidString(c) {
			t.Errorf("Clip(%q) = %q splits a character", s, c)
		}
	})
}

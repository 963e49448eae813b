package amity_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/amitytest"
)

// The seed corpora of the fuzz targets are in testdata/fuzz/<target>/:
// the sources of the example story and of relations' hostile suite, and
// the names they hold. FuzzParseDate is in date_test.go.
//
// Each FuzzDecode target checks, for one entity type, the promises of
// [amitytest.FuzzEntity]: reading and writing one entity.

func FuzzDecodeSource(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { amitytest.FuzzEntity[amity.Source](t, data) })
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

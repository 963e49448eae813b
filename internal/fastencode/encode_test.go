package fastencode

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/amitydata/amity/internal/jsoncodec"
)

// TestFirstSpecial checks the eight-at-a-time search of firstSpecial
// against a byte at a time, for every byte at every place of strings of 1
// to 17 bytes, alone and after another special byte.
func TestFirstSpecial(t *testing.T) {
	slow := func(s string) int {
		for i := range len(s) {
			if special(s[i]) {
				return i
			}
		}
		return len(s)
	}
	for n := 1; n <= 17; n++ {
		for at := range n {
			for c := range 256 {
				for _, second := range []int{-1, 0x7f, '"', '&', '>', 0x1f, 0x80, 0xff} {
					s := make([]byte, n)
					for i := range s {
						s[i] = 'a' + byte(i)
					}
					s[at] = byte(c)
					if second >= 0 && at+1 < n {
						s[at+1] = byte(second)
					}
					if got, want := firstSpecial(string(s)), slow(string(s)); got != want {
						t.Fatalf("firstSpecial(%q) = %d, want %d", s, got, want)
					}
				}
			}
		}
	}
}

// v2String returns s as json v2 writes it with amity's options, and false
// if json v2 fails on it.
func v2String(s string) (string, bool) {
	var buf bytes.Buffer
	if err := jsoncodec.MarshalEncode(jsoncodec.NewEncoder(&buf, ""), s); err != nil {
		return "", false
	}
	return strings.TrimSuffix(buf.String(), "\n"), true
}

// checkString fails t if the writer writes s otherwise than json v2.
func checkString(t *testing.T, s string) {
	t.Helper()
	var w writer
	b := w.str(nil, s)
	want, ok := v2String(s)
	switch {
	case ok == w.bad:
		t.Errorf("%q: invalid UTF-8 found %v, json v2 fails %v", s, w.bad, !ok)
	case ok && string(b) != want:
		t.Errorf("%q: wrote %s, json v2 %s", s, b, want)
	}
}

// TestStringEveryRune compares the strings written with json v2's, for
// every code point, in runs of 64 after a run of plain text, and for
// every byte that is not UTF-8 on its own.
func TestStringEveryRune(t *testing.T) {
	var s strings.Builder
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if s.Len() == 0 {
			s.WriteString("plain text ")
		}
		s.WriteRune(r) // a surrogate is written as U+FFFD
		if r%64 == 63 || r == utf8.MaxRune {
			checkString(t, s.String())
			s.Reset()
		}
	}
	for c := 0x80; c < 0x100; c++ {
		checkString(t, "plain text "+string([]byte{byte(c)})+" and more")
	}
	for _, bad := range []string{"\xc3", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\xe2\x80\xa8\xff"} {
		checkString(t, "a"+bad)
		checkString(t, bad+"<&>")
	}
}

// TestStringEveryPlace compares the strings written with json v2's for
// every byte at every place of strings of up to 20 bytes, which the
// writer copies eight bytes at a time, the last eight over the others.
func TestStringEveryPlace(t *testing.T) {
	checkString(t, "")
	for n := 1; n <= 20; n++ {
		for at := range n {
			for c := range 256 {
				s := []byte("abcdefghijklmnopqrst"[:n])
				s[at] = byte(c)
				checkString(t, string(s))
			}
		}
	}
}

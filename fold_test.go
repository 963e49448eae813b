package amity

import (
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// foldCases are the inputs of TestFoldASCII: fast tells whether foldASCII
// takes them, same whether it returns the input itself.
var foldCases = []struct {
	name, in, want string
	fast, same     bool
}{
	{"empty", "", "", true, true},
	{"folded", "anar karimov", "anar karimov", true, true},
	{"folded digits and symbols", "1st baku forum (2024) #3 a_b/c&d@e!?", "1st baku forum (2024) #3 a_b/c&d@e!?", true, true},
	{"folded controls", "a\x00b\x1cc\x7f", "a\x00b\x1cc\x7f", true, true},
	{"upper", "ANAR KARIMOV", "anar karimov", true, false},
	{"mixed", "Mehdi Ismaili", "mehdi ismaili", true, false},
	{"upper late", "anar karimoV", "anar karimov", true, false},
	{"acronym", "ICESCO", "icesco", true, false},
	{"apostrophe", "O'Brien", "obrien", true, false},
	{"grave accent", "`Ali`", "ali", true, false},
	{"apostrophe between spaces", "a ' b", "a b", true, false},
	{"apostrophe before space", "a' b", "a b", true, false},
	{"hyphen", "Jean-Paul", "jean paul", true, false},
	{"hyphen between spaces", "a - b", "a b", true, false},
	{"dots", "J. R. R. Tolkien", "j r r tolkien", true, false},
	{"comma", "Tolkien, J.R.R.", "tolkien j r r", true, false},
	{"leading space", " anar", "anar", true, false},
	{"trailing space", "anar ", "anar", true, false},
	{"double space", "anar  karimov", "anar karimov", true, false},
	{"white space", "\tAnar\r\n\v\fKarimov \t", "anar karimov", true, false},
	{"space before hyphen", "anar -karimov", "anar karimov", true, false},
	{"digits", "Room 101", "room 101", true, false},
	{"only spaces", "   ", "", true, false},
	{"only hyphen", "-", "", true, false},
	{"only apostrophe", "'", "", true, false},
	{"only punctuation", ".,-'`", "", true, false},
	{"schwa", "Anar Kərimov", "anar karimov", false, false},
	{"no-break space", "Anar\u00a0Karimov", "anar karimov", false, false},
	{"diacritic at end", "Petrović", "petrovic", false, false},
	{"combining mark after ASCII", "karimov\u0301", "karimov", false, false},
	{"dotted capital I", "İmanipur", "imanipur", false, false},
	{"full-width", "ＵＮＥＳＣＯ", "unesco", false, false},
	{"Cyrillic", "Анар Каримов", "анар каримов", false, false},
	{"Persian", "محمدمهدی اسماعیلی", "محمدمهدی اسماعیلی", false, false},
	{"invalid UTF-8", "a\xffb", "a\ufffdb", false, false},
}

func TestFoldASCII(t *testing.T) {
	for _, tt := range foldCases {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := foldASCII(tt.in)
			if ok != tt.fast {
				t.Fatalf("foldASCII(%q) took the input: %v, want %v", tt.in, ok, tt.fast)
			}
			if ok && got != tt.want {
				t.Errorf("foldASCII(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if same := ok && unsafe.StringData(got) == unsafe.StringData(tt.in); same != tt.same {
				t.Errorf("foldASCII(%q) returned its input: %v, want %v", tt.in, same, tt.same)
			}
			if got := FoldName(tt.in); got != tt.want {
				t.Errorf("FoldName(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := foldNameSlow(tt.in); got != tt.want {
				t.Errorf("foldNameSlow(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFoldNameFastIsSlow compares FoldName with foldNameSlow on every
// ASCII string of one and two bytes, and on every string of up to four
// bytes over an alphabet of each kind of byte the fold treats apart.
func TestFoldNameFastIsSlow(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := FoldName(s), foldNameSlow(s); got != want {
			t.Errorf("FoldName(%q) = %q, foldNameSlow = %q", s, got, want)
		}
	}
	for c := range utf8.RuneSelf {
		check(string(rune(c)))
		for d := range utf8.RuneSelf {
			check(string([]byte{byte(c), byte(d)}))
		}
	}
	const alphabet = "aZ0 \t-.,'`\x00\x1c_\xc3\xa9" // the last two bytes are "é"
	var word func(prefix []byte, n int)
	word = func(prefix []byte, n int) {
		check(string(prefix))
		if n == 0 {
			return
		}
		for i := range len(alphabet) {
			word(append(prefix, alphabet[i]), n-1)
		}
	}
	word(nil, 4)
	for _, tt := range foldCases {
		check(tt.in)
	}
}

// FuzzFoldNameFast checks that FoldName gives what foldNameSlow gives, for
// any input; that foldASCII takes exactly the ASCII input; and that it
// returns ASCII input that is already folded without a copy.
func FuzzFoldNameFast(f *testing.F) {
	for _, tt := range foldCases {
		f.Add(tt.in)
	}
	for _, s := range benchNames {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := FoldName(s), foldNameSlow(s)
		if got != want {
			t.Errorf("FoldName(%q) = %q, foldNameSlow = %q", s, got, want)
		}
		fast, ok := foldASCII(s)
		if ascii := isASCII(s); ok != ascii {
			t.Fatalf("foldASCII(%q) took the input: %v, but the input is ASCII: %v", s, ok, ascii)
		}
		if ok && fast == s && unsafe.StringData(fast) != unsafe.StringData(s) {
			t.Errorf("foldASCII(%q) copied a folded input", s)
		}
	})
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// benchNames are names as a dataset holds them: officials, ministries,
// organizations and states, mostly ASCII, some in other scripts or with
// diacritics.
var benchNames = []string{
	"Anar Karimov", "Mehdi Ismaili", "Mohammad Mehdi Esmaeili", "Mehdi Imanipur",
	"Ilham Aliyev", "Laman Ismayilova", "M. Imanipur", "Ministry of Culture",
	"Ministry of Culture and Islamic Guidance", "Islamic Culture and Relations Organization",
	"Azerbaijan Cultural Center in Tehran", "UNESCO", "ICESCO", "Azerbaijan",
	"Iran (Islamic Republic of)", "Bosnia and Herzegovina", "Guinea-Bissau",
	"Kashimar Tolovev", "Rasha Dunikhan", "Zeliad Obrani", "Tuvio Sheskian",
	"Anar Kərimov", "Mehdi İsmaili", "Petrović", "Aydınoğlu", "Şuşa",
	"Ильхам Алиев", "محمدمهدی اسماعیلی",
}

// BenchmarkFoldName folds sets of names: ascii (the ASCII names of
// benchNames), folded (their folds) and other (the rest), with the fast
// path (impl=fast, FoldName) and without (impl=slow, foldNameSlow).
func BenchmarkFoldName(b *testing.B) {
	var ascii, folded, other []string
	for _, s := range benchNames {
		if isASCII(s) {
			ascii = append(ascii, s)
			folded = append(folded, strings.Clone(foldNameSlow(s)))
		} else {
			other = append(other, s)
		}
	}
	sets := []struct {
		name  string
		names []string
	}{{"ascii", ascii}, {"folded", folded}, {"other", other}}
	impls := []struct {
		name string
		fold func(string) string
	}{{"slow", foldNameSlow}, {"fast", FoldName}}
	for _, set := range sets {
		for _, impl := range impls {
			b.Run("set="+set.name+"/impl="+impl.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					for _, s := range set.names {
						impl.fold(s)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(set.names)), "ns/name")
			})
		}
	}
}

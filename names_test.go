package amity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
)

func TestFoldName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Karimov", "karimov"},
		{"Kərimov", "karimov"},   // Azerbaijani schwa
		{"KƏRİMOV", "karimov"},   // capital schwa, dotted capital I
		{"Kǝrimov", "karimov"},   // turned e typed for the schwa
		{"Şuşa", "susa"},         // cedilla
		{"Shusha", "shusha"},     // a transliteration is a different fold
		{"İmanipur", "imanipur"}, // Turkish dotted capital I
		{"Imanipur", "imanipur"},
		{"ımanipur", "imanipur"}, // Turkish dotless i
		{"Esmāʿīlī", "esmaili"},  // macrons and ayn
		{"Ismaʼili", "ismaili"},
		{"O'Brien", "obrien"},
		{"O’Brien", "obrien"},
		{"Jean-Paul", "jean paul"},
		{"Jean‐Paul", "jean paul"}, // U+2010 hyphen
		{"Jean – Paul", "jean paul"},
		{"J. R. R. Tolkien", "j r r tolkien"},
		{"  Anar   Karimov \t", "anar karimov"},
		{"Anar\u00a0Karimov", "anar karimov"}, // no-break space
		{"ANAR KARIMOV", "anar karimov"},
		{"Ærø", "aero"},
		{"Straße", "strasse"},
		{"STRAẞE", "strasse"}, // capital sharp s
		{"Łódź", "lodz"},
		{"ﬁlm", "film"},                  // ligature
		{"ＵＮＥＳＣＯ", "unesco"},             // full-width letters
		{"Ильхам Алиев", "ильхам алиев"}, // Cyrillic is kept, lower-cased
		{"Иран", "иран"},
		{"علی", "علی"},
		{"", ""},
		{"   ", ""},
		{"-", ""},
		{"'", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := amity.FoldName(tt.in)
			if got != tt.want {
				t.Errorf("FoldName(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := amity.FoldName(got); again != got {
				t.Errorf("FoldName is not idempotent: FoldName(%q) = %q", got, again)
			}
		})
	}
}

func TestNamesMatches(t *testing.T) {
	esmaeili := amity.Names{
		Name:       "Mehdi Ismaili",
		LocalNames: map[string]string{"fa": "محمدمهدی اسماعیلی", "az": "Mehdi İsmayılı"},
		Aliases:    []string{"Mohammad Mehdi Esmaeili", "Esmaili"},
	}
	karimov := amity.Names{Name: "Anar Karimov", LocalNames: map[string]string{"az": "Anar Kərimov"}}
	imanipur := amity.Names{Name: "Mehdi Imanipur", Aliases: []string{"Mehdi Imanipour"}}
	tests := []struct {
		names amity.Names
		q     string
		want  bool
	}{
		{esmaeili, "Mehdi Ismaili", true},
		{esmaeili, "mehdi ismaili", true},
		{esmaeili, "MOHAMMAD MEHDI ESMAEILI", true}, // alias
		{esmaeili, "esmaili", true},                 // alias
		{esmaeili, "محمدمهدی اسماعیلی", true},       // local name
		{esmaeili, "Mehdi Ismayili", true},          // local name, folded
		{esmaeili, "Ismaili", false},                // a part of a name is not the name
		{esmaeili, "Mehdi", false},
		{esmaeili, "", false},
		{esmaeili, "  ", false},
		{karimov, "Anar Kərimov", true},
		{karimov, "anar  karimov", true},
		{karimov, "Anar-Karimov", true},
		{karimov, "kərimov", false},
		{imanipur, "Mehdi İmanipur", true},
		{imanipur, "Mehdi Imanipour", true},
		{imanipur, "Mehdi Imanipoor", false},
		{amity.Names{}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.names.Name+"/"+tt.q, func(t *testing.T) {
			if got := tt.names.Matches(tt.q); got != tt.want {
				t.Errorf("%v.Matches(%q) = %v, want %v", tt.names.Name, tt.q, got, tt.want)
			}
		})
	}
}

func TestNamesAll(t *testing.T) {
	n := amity.Names{
		Name:       "Mehdi Ismaili",
		LocalNames: map[string]string{"fa": "محمدمهدی اسماعیلی", "az": "Mehdi İsmayılı"},
		Aliases:    []string{"Mohammad Mehdi Esmaeili", "Esmaili"},
	}
	want := []string{"Mehdi Ismaili", "Mohammad Mehdi Esmaeili", "Esmaili", "Mehdi İsmayılı", "محمدمهدی اسماعیلی"}
	if diff := cmp.Diff(want, n.All()); diff != "" {
		t.Errorf("All (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"X"}, amity.Names{Name: "X"}.All()); diff != "" {
		t.Errorf("All of a bare name (-want +got):\n%s", diff)
	}
}

func TestValidLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Anar Karimov", true},
		{"Ministry of Culture and Islamic Guidance", true},
		{"محمدمهدی اسماعیلی", true},
		{"می\u200cخواهم", true}, // zero-width non-joiner, needed in Persian
		{"", true},
		{"a", true},
		{"a\x00b", false},
		{"a\nb", false},
		{"a\rb", false},
		{"a\tb", false},
		{"a\x7fb", false},
		{"a\u0085b", false}, // C1 next line
		{"a\u2028b", false}, // line separator
		{"a\u2029b", false}, // paragraph separator
		{" a", false},
		{"a ", false},
		{"a\u00a0", false}, // no-break space at the end
		{"\xff", false},
		{"a\xc3", false}, // truncated UTF-8
		// Text that needs joiners, marks of direction and combining marks.
		{"नमस्ते", true},          // Devanagari with combining vowel signs
		{"क्\u200dष", true},       // zero-width joiner in Devanagari
		{"👨\u200d👩\u200d👧", true}, // an emoji family sequence
		{"\u200fمرحبا", true},     // right-to-left mark before Arabic
		{"e\u0301", true},         // e and a combining acute accent
		{"❤\ufe0f", true},         // an emoji variation selector
		// Characters that do not show, or show as something else.
		{"Azerbaijan\u202e", false},     // right-to-left override
		{"\u2066AZ\u2069", false},       // isolates
		{"Az\u200berbaijan", false},     // zero-width space
		{"\ufeffAzerbaijan", false},     // byte-order mark
		{"Azer\u00adbaijan", false},     // soft hyphen
		{"Azerbaijan\ue000", false},     // private use
		{"Azerbaijan\U000F0000", false}, // private use, plane 15
		{"Azerbaijan\ufdd0", false},     // noncharacter
		{"Azerbaijan\uffff", false},     // noncharacter
		{"\u200d", false},               // nothing that shows
		{"\u200c\u200d", false},         // nothing that shows
		{"\u0301a", false},              // a lone combining mark at the start
		{"a\U000E0041", false},          // a tag character
	}
	for _, tt := range tests {
		if got := amity.ValidLine(tt.in); got != tt.want {
			t.Errorf("ValidLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidText(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"One line.", true},
		{"Two\nlines.", true},
		{"A\ttab.", true},
		{"", true},
		{"Windows\r\nline", false},
		{"a\x00b", false},
		{"a\x1bb", false},
		{"a\u2028b", false},
		{"trailing\n", false},
		{"\nleading", false},
		{"\xff", false},
	}
	for _, tt := range tests {
		if got := amity.ValidText(tt.in); got != tt.want {
			t.Errorf("ValidText(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidID(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"karimov", true},
		{"AZ", true},
		{"az-culture-ministry", true},
		{"src:azernews.2022-06-22", true},
		{"a_b", true},
		{"a", true},
		{"0", true},
		{strings.Repeat("a", 128), true},
		{strings.Repeat("a", 129), false},
		{"", false},
		{"-a", false},
		{"a-", false},
		{".a", false},
		{"a:", false},
		{"_", false},
		{"a b", false},
		{"a/b", false},
		{"a#b", false},
		{"kərimov", false},
		{"a\x00", false},
	}
	for _, tt := range tests {
		if got := amity.ValidID(tt.in); got != tt.want {
			t.Errorf("ValidID(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidQID(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Q227", true},
		{"Q794", true},
		{"Q1", true},
		{"Q12345678901", true},
		{"Q123456789012", false},
		{"Q", false},
		{"Q0", false},
		{"Q0227", false},
		{"q227", false},
		{"P227", false},
		{"227", false},
		{"Q22a", false},
		{"Q-1", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := amity.ValidQID(tt.in); got != tt.want {
			t.Errorf("ValidQID(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidHTTPURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"https://www.azernews.az/culture/195474.html", true},
		{"http://example.com", true},
		{"https://example.com:8443/a?b=c#d", true},
		{"https://[::1]/", true},
		{"https://example.com/ş", true},
		{"", false},
		{"example.com", false},
		{"//example.com", false},
		{"ftp://example.com", false},
		{"javascript:alert(1)", false},
		{"https://", false},
		{"https:///path", false},
		{"https://:80", false},
		{"https://exa mple.com", false},
		{"https://example.com/\x00", false},
		{"https://example.com/\n", false},
		{"https://example.com/\x7f", false},
		{"HTTPS://example.com", false},
		{"https://example.com/%zz", false},
	}
	for _, tt := range tests {
		if got := amity.ValidHTTPURL(tt.in); got != tt.want {
			t.Errorf("ValidHTTPURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidLanguageTag(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"en", true},
		{"az", true},
		{"fa", true},
		{"ru", true},
		{"az-Cyrl", true},
		{"az-Latn-AZ", true},
		{"en-GB", true},
		{"es-419", true},
		{"ckb", true},
		{"zh-Hant-TW", true},
		{"", false},
		{"e", false},
		{"EN", false},
		{"engl", false},
		{"en-", false},
		{"-en", false},
		{"en--GB", false},
		{"en_GB", false},
		{"en-toolongsub", false},
		{"en GB", false},
		{"az-" + strings.Repeat("a", 33), false}, // over 35 bytes
		{"ə", false},
	}
	for _, tt := range tests {
		if got := amity.ValidLanguageTag(tt.in); got != tt.want {
			t.Errorf("ValidLanguageTag(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

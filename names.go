package amity

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Names are the names of an entity: the primary name, the name in other
// languages, and other spellings. Entities embed Names, so its fields sit
// beside the entity's own in JSON:
//
//	{"id": "esmaeili", "name": "Mehdi Ismaili", "local_names": {"fa": "محمدمهدی اسماعیلی"}, "aliases": ["Mohammad Mehdi Esmaeili"]}
type Names struct {
	// Name is the primary name, as the sources most often give it in
	// English. One line of printable text, at most 512 characters.
	// Required where an entity embeds Names with the validate tag
	// "named" (states, ministries, organizations); an official known only
	// by a post may go without.
	Name string `json:"name,omitzero" validate:"omitempty,max=512,line"`
	// LocalNames holds the name in other languages and scripts, keyed by
	// BCP 47 language tag ("az", "fa", "ru", "az-Cyrl"). Optional; at most
	// 512, as real data needs (a member of Estonia's parliament has names
	// in 84 languages in EveryPolitician's data, and a Wikidata item may
	// have labels in several hundred); each name follows the rules of
	// Name.
	LocalNames map[string]string `json:"local_names,omitzero" validate:"omitempty,max=512,dive,keys,lang,endkeys,required,max=512,line"`
	// Aliases are other spellings, transliterations and former names
	// ("Esmaeili" for "Ismaili", "Imanipour" for "Imanipur"). Optional; at
	// most 64, each following the rules of Name.
	Aliases []string `json:"aliases,omitzero" validate:"omitempty,max=64,dive,required,max=512,line"`
}

// All returns every name: the primary name, then the aliases in order,
// then the local names in order of language tag.
func (n Names) All() []string {
	all := make([]string, 0, 1+len(n.Aliases)+len(n.LocalNames))
	all = append(all, n.Name)
	all = append(all, n.Aliases...)
	for _, lang := range sortedKeys(n.LocalNames) {
		all = append(all, n.LocalNames[lang])
	}
	return all
}

// Matches reports whether q is one of the names, ignoring case,
// diacritics and spacing (see [FoldName]): "kərimov" does not match
// "Anar Karimov", but "Anar Kərimov" and "ANAR KARIMOV" do.
func (n Names) Matches(q string) bool {
	f := FoldName(q)
	if f == "" {
		return false
	}
	if FoldName(n.Name) == f {
		return true
	}
	for _, a := range n.Aliases {
		if FoldName(a) == f {
			return true
		}
	}
	for _, l := range n.LocalNames {
		if FoldName(l) == f {
			return true
		}
	}
	return false
}

// foldSpecial maps letters that do not decompose into a base letter and a
// combining mark to the Latin letters they are transliterated as.
// FoldName looks letters up after lowering them.
var foldSpecial = map[rune]string{
	'ə': "a", 'ǝ': "a", // Azerbaijani schwa (and the turned e often typed for it): Kərimov, Karimov
	'ı': "i", 'ø': "o", 'đ': "d", 'ł': "l", 'ħ': "h",
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th",
	'ʼ': "", 'ʻ': "", 'ʿ': "", 'ʾ': "", '\'': "", '’': "", '‘': "", '`': "", // apostrophes, ayn and hamza in transliterations
	'-': " ", '‐': " ", '‑': " ", '–': " ", '—': " ", '.': " ", ',': " ", // read as spaces
}

// FoldName returns the form of a name that [Names.Matches] compares: lower
// case, diacritics removed ("Ş" to "s", "é" to "e", "İ" to "i"),
// compatibility forms unfolded ("ﬁ" to "fi", full-width letters to
// ASCII), letters without a decomposition transliterated ("ə" to "a", "ı"
// to "i", "ß" to "ss"), apostrophes dropped, hyphens, dots and commas read
// as spaces, and runs of space folded to one with none at either end. Two
// names with the same fold are taken as the same name. A name that is
// already folded is returned as it is, without a copy, when it is ASCII.
func FoldName(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	return foldNameSlow(s)
}

// foldASCII returns the fold of s and true if every byte of s is ASCII,
// and "" and false if not. On ASCII, foldNameSlow comes down to this: NFKD
// changes nothing, the case fold lowers A to Z, no byte is a combining
// mark, apostrophes and grave accents are dropped, hyphens, dots, commas
// and the white space of [unicode.IsSpace] read as spaces, and every other
// byte is kept. If s is already folded, foldASCII returns s itself.
func foldASCII(s string) (string, bool) {
	// The longest prefix that folds to itself: kept bytes, and single
	// spaces between them.
	i := 0
	for i < len(s) && (keptASCII(s[i]) || s[i] == ' ' && i > 0 && i+1 < len(s) && keptASCII(s[i+1])) {
		i++
	}
	if i == len(s) {
		return s, true
	}
	for j := i; j < len(s); j++ {
		if s[j] >= utf8.RuneSelf {
			return "", false
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	space := false
	for ; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\'', '`':
			continue
		case '-', '.', ',', ' ', '\t', '\n', '\v', '\f', '\r':
			space = b.Len() > 0
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// keptASCII reports whether c is an ASCII byte that folds to itself:
// neither an upper-case letter nor one of the bytes foldASCII drops or
// reads as a space.
func keptASCII(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		return true
	case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z':
		return false
	}
	switch c {
	case '\'', '`', '-', '.', ',', ' ', '\t', '\n', '\v', '\f', '\r':
		return false
	}
	return true
}

// foldNameSlow is FoldName for any text: it normalizes s to NFKD and folds
// it rune by rune.
func foldNameSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFKD.String(s) {
		r = unicode.ToLower(unicode.ToUpper(r)) // a case fold: final sigma, and letters whose lower case has two forms
		if t, ok := foldSpecial[r]; ok {
			if t == " " {
				space = b.Len() > 0
				continue
			}
			if t != "" && space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(t)
			continue
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ValidLine reports whether s is one line of printable text: valid UTF-8,
// no control characters (no NUL, no line breaks, no tabs), no Unicode line
// or paragraph separators (U+2028, U+2029), and no spaces at either end.
// It may not hold characters that do not show (see [Invisible]), start
// with a combining mark, or hold nothing that shows; the joiners and
// marks of direction that Persian, Arabic, Indic scripts and emoji
// sequences need are kept.
func ValidLine(s string) bool {
	return validText(s, false)
}

// ValidText reports whether s is printable text that may run over several
// lines: as [ValidLine], but line feeds and tabs are allowed. Lines break
// with a line feed only: carriage returns and U+2028 are not allowed.
func ValidText(s string) bool {
	return validText(s, true)
}

func validText(s string, multiline bool) bool {
	// Most text is ASCII, whose controls and spaces are few and known.
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return validUnicodeText(s, multiline)
		case c < 0x20 && !(multiline && (c == '\n' || c == '\t')), c == 0x7f:
			return false
		}
	}
	return s == "" || !asciiSpace(s[0]) && !asciiSpace(s[len(s)-1])
}

// asciiSpace reports whether c is an ASCII space that text may hold
// inside but not at either end.
func asciiSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

func validUnicodeText(s string, multiline bool) bool {
	return textProblem(s, multiline) == ""
}

// textProblem says why s is not valid text, as ValidLine (or ValidText,
// if multiline) finds: "" if it is.
func textProblem(s string, multiline bool) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	if s != strings.TrimSpace(s) {
		return "a space at one end"
	}
	seen := false
	for i, r := range s {
		switch {
		case multiline && (r == '\n' || r == '\t'):
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			return fmt.Sprintf("the control character %U", r)
		case Invisible(r):
			return fmt.Sprintf("the character %U, which does not show", r)
		case i == 0 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc):
			return fmt.Sprintf("it starts with the combining mark %U", r)
		}
		seen = seen || !joiner(r) && !unicode.In(r, unicode.Mn, unicode.Me)
	}
	if !seen && s != "" {
		return "nothing in it shows"
	}
	return ""
}

// joiner reports whether r is one of the format characters that text in
// some scripts needs and that amity keeps: the zero-width non-joiner and
// joiner (Persian, Indic scripts, emoji sequences) and the marks of
// direction (left-to-right, right-to-left, Arabic letter).
func joiner(r rune) bool {
	return r == '\u200c' || r == '\u200d' || r == '\u200e' || r == '\u200f' || r == '\u061c'
}

// Invisible reports whether r is a character that names and text may not
// hold because it does not show, or shows as something else, and so
// spoofs what terminals, graphs and search present: the overrides,
// embeddings and isolates of bidirectional text; the byte-order mark,
// the zero-width space, the word joiner and the invisible operators, the
// soft hyphen and other format characters (but the joiners and marks of
// direction that scripts need); characters for private use; and
// noncharacters. [ValidLine] and [ValidText] refuse them, and refuse
// text that starts with a combining mark or holds nothing that shows.
func Invisible(r rune) bool {
	switch {
	case joiner(r):
		return false
	case unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r):
		return true
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return true // noncharacters
	}
	return false
}

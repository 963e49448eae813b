package jsonschema

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"regexp/syntax"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/rangetable"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// TestPatterns checks each pattern against the Go function it stands for:
// exact patterns accept what the function accepts and nothing else;
// approximate ones accept at least what it accepts, and the extra strings
// they accept are the ones their comments name.
func TestPatterns(t *testing.T) {
	long := func(n int) string { return strings.Repeat("a", n) }
	tests := []struct {
		name     string
		patterns []string // all match
		valid    func(string) bool
		samples  []string
		extra    []string // accepted by the patterns, rejected by valid
		fewer    []string // rejected by the patterns, accepted by valid
	}{
		{"ID", []string{PatternID}, amity.ValidID, []string{
			"a", "AZ", "anar-karimov", "a.b:c_d-e", "0", "-a", "a-", ".a", "a:", "", "a b", "a/b", "ə", long(128), long(129), "a\n",
		}, nil, nil},
		{"Line", []string{PatternLine, PatternShows}, amity.ValidLine, []string{
			"Anar Karimov", "Anar Kərimov", "a", "", " a", "a ", "a\tb", "a\nb", "a\rb", "a\x00b", "a\x7fb", "a\u0085b",
			"\u00a0a", "a\u00a0", "a\u00a0b", "\u3000a", "a\u2028", "a\u2029b", "a\u200bb", "\ufeffa", "a\u1680", "a\u202f", "\u205fa", "a\u2000", "a\u200a",
			"محمدمهدی اسماعیلی", "a\u200cb", "a\u009fb", "a\u00a1", "می\u200cخواهم", "\U0001F469\u200d\U0001F3A8", "\u2764\ufe0f",
			"a\u202eb", "\u2066a\u2069", "a\u00adb", "a\ue000", "a\ufdd0", "a\uffff", "a\ufffe", "a\ufffd", "a\u200db", "\u200fa", "e\u0301",
			"\u0301a", "\u0903a", "\u20dda", "\u200d", "\u200d\u200d", "\u200d\u0301", "\u200d\u0903", "\u200d \u200d", "\u200d\u0301a",
			"a\U000F0000", "a\U000E0041", "a\U000E0001b", "a\U0001D173b", "a\U0001FFFF", "a\U0010FFFD", "\U0001D400", "\U0001D165a",
		}, nil, []string{""}},
		{"Text", []string{PatternText, PatternShows}, amity.ValidText, []string{
			"Talks.", "Talks.\nMore talks.", "a\tb", "", "\ta", "a\n", "\na", "a\rb", "a\x00b", "a\u0085b", " a", "a\u3000", "a\u2028b", "a\u2029b", "\ufeffa", "a\u00a0b",
			"\u200d\t\u200d", "\u200d\n\u0301", "\u0301\na", "a\n\u0301", "a\U000E0001", "\u200d", "\u200c\u200c",
		}, nil, []string{""}},
		{"LanguageTag", []string{PatternLanguageTag}, amity.ValidLanguageTag, []string{
			"az", "fa", "ast", "az-Cyrl", "en-GB", "zh-Hant-TW", "a", "abcd", "AZ", "az-", "az--x", "az-abcdefgh", "az-abcdefghi", "-az",
		}, nil, nil},
		{"WikidataID", []string{PatternQID}, amity.ValidQID, []string{
			"Q227", "Q1", "Q0", "Q0227", "Q", "q227", "Q12345678901", "Q123456789012", "Q12a", "P31",
		}, nil, nil},
		{"Clock", []string{PatternClock}, amity.ValidClock, []string{
			"14:05", "00:00", "23:59:59", "14:05Z", "14:05+04:00", "14:05-03:30", "24:00", "14:60", "14:5", "1:05", "14:05:60",
			"14:05+4", "14:05+04", "14:05z", "14:05 ", "", "14:05:30.5", "14:05Z+04:00", "14:05+24:00",
		}, nil, nil},
		{"HTTPURL", []string{PatternHTTPURL}, amity.ValidHTTPURL, []string{
			"https://it.icro.ir/About-us", "http://a", "http://a:80/x?y#z", "https://", "http:///x", "ftp://a",
			"http://a b", "http://a\x7f", "HTTP://a", "https://user@host/", "https://é.az/ə", "https://a/\U0001F3A8",
		}, []string{"http://%zz", "http://a:b", "https://a/%zz"}, nil},
		{"Date", []string{PatternDate}, dateValid, []string{
			"2022", "2022-06", "2022-06-20", "0001", "9999-12-31", "2022-13", "2022-00", "2022-06-00", "2022-06-32", "22", "2022-6", "2022/06", "",
			"0000", "0000-01", "0000-01-01", "2022-02-30", "2021-02-29", "2024-02-29", "2000-02-29", "1900-02-29", "0400-02-29", "2022-04-31", "2022-05-31",
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			match := matcher(tt.patterns...)
			for _, s := range slices.Concat(tt.samples, tt.extra, tt.fewer) {
				want := (tt.valid(s) || slices.Contains(tt.extra, s)) && !slices.Contains(tt.fewer, s)
				if got := match(s); got != want {
					t.Errorf("patterns match %q: %v, want %v", s, got, want)
				}
			}
			for _, s := range tt.extra {
				if tt.valid(s) {
					t.Errorf("%q is valid; it is not an extra of the pattern", s)
				}
			}
			for _, s := range tt.fewer {
				if !tt.valid(s) {
					t.Errorf("%q is not valid; the pattern need not say so", s)
				}
			}
		})
	}
}

// matcher returns a function that reports whether a string matches all
// patterns.
func matcher(patterns ...string) func(string) bool {
	res := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		res[i] = regexp.MustCompile(p)
	}
	return func(s string) bool {
		for _, re := range res {
			if !re.MatchString(s) {
				return false
			}
		}
		return true
	}
}

func dateValid(s string) bool {
	_, err := amity.ParseDate(s)
	return err == nil
}

// newer reports whether r was assigned after unicodeVersion, in the
// version of Unicode of the Go that runs the tests: the text patterns do
// not name it. With Go 1.26, none is.
func newer(r rune) bool { return unicode.Is(current, r) && !named(r) }

// changed reports whether r changed category after unicodeVersion, in
// the version of Unicode of the Go that runs the tests: the text patterns
// name it as unicodeVersion has it, and amity's functions as the Go that
// runs them. With Go 1.26, none did.
func changed(r rune) bool {
	_, ok := recategorized[r]
	return ok && unicode.Version != unicodeVersion
}

// current are the characters assigned in the version of Unicode of the Go
// that runs the tests.
var current = rangetable.Assigned(unicode.Version)

// TestUnicodeVersion checks that the text patterns name the characters of
// the version of Unicode of Go 1.26, and that x/text knows the version
// of the Go that runs the tests.
func TestUnicodeVersion(t *testing.T) {
	if current == nil {
		t.Fatalf("golang.org/x/text has no table of Unicode %s", unicode.Version)
	}
	if strings.HasPrefix(runtime.Version(), "go1.26") && unicode.Version != unicodeVersion {
		t.Errorf("%s has Unicode %s; the patterns name the characters of %s", runtime.Version(), unicode.Version, unicodeVersion)
	}
	for _, r := range []rune{'a', 'ə', '\u0301', '\ufffe', '\U0010ffff', '\U000e0001'} {
		if !named(r) {
			t.Errorf("%U is not named", r)
		}
	}
	for _, r := range []rune{'\u0378', '\U0002fffd', '\U000dfffd'} {
		if named(r) {
			t.Errorf("%U, unassigned, is named", r)
		}
	}
	if unicode.Version == unicodeVersion {
		for r, c := range recategorized {
			if !unicode.Is(c, r) {
				t.Errorf("%U is not of the category recategorized gives it in Unicode %s", r, unicodeVersion)
			}
		}
	}
}

// TestTextPatternsEveryKind checks the text patterns against
// amity.ValidLine and amity.ValidText with characters of every kind that
// the functions tell apart (controls, spaces, characters that do not
// show, combining marks, joiners, the rest), each alone, first, inside,
// last, and after a joiner: the first and the last character of each run
// of characters of one kind, and so every character at which the kind
// changes, in every plane; but the characters assigned or recategorized
// after unicodeVersion (none with Go 1.26), where the patterns follow
// unicodeVersion and the functions the Go that runs them.
func TestTextPatternsEveryKind(t *testing.T) {
	kind := func(r rune) [7]bool {
		return [7]bool{unicode.IsControl(r) || r == '\u2028' || r == '\u2029', amity.Invisible(r), unicode.IsSpace(r),
			unicode.In(r, unicode.Mn, unicode.Me), unicode.Is(unicode.Mc, r), unicode.Is(unicode.Cf, r), newer(r)}
	}
	var points []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff || newer(r) || changed(r) {
			continue
		}
		first, k := r, kind(r)
		for r+1 <= unicode.MaxRune && !(r+1 >= 0xd800 && r+1 <= 0xdfff) && kind(r+1) == k {
			r++
		}
		points = append(points, first)
		if r > first {
			points = append(points, r)
		}
	}
	if len(points) < 1000 {
		t.Fatalf("%d characters, too few to tell the kinds apart", len(points))
	}
	for _, tt := range []struct {
		name  string
		match func(string) bool
		valid func(string) bool
	}{
		{"Line", matcher(PatternLine, PatternShows), amity.ValidLine},
		{"Text", matcher(PatternText, PatternShows), amity.ValidText},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := 0
			for _, r := range points {
				c := string(r)
				for _, s := range []string{c, c + "a", "a" + c + "a", "a" + c, "\u200d" + c, "\u200d" + c + "\u200d"} {
					if got, want := tt.match(s), tt.valid(s); got != want && bad < 20 {
						t.Errorf("patterns match %+q: %v, want %v", s, got, want)
						bad++
					}
				}
			}
		})
	}
}

// TestTextClasses checks the character classes of the text patterns, as
// Go's regexp reads them, against the functions they are read from, with
// every character: but those assigned after unicodeVersion, which the
// classes must leave out, and those recategorized since, which the
// classes hold as unicodeVersion has them (none with Go 1.26).
func TestTextClasses(t *testing.T) {
	for _, tt := range []struct {
		name  string
		class string
		in    func(rune) bool
	}{
		{"invisible", invisible, amity.Invisible},
		{"marks", marks, func(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) }},
		{"unseen", unseen, func(r rune) bool {
			return r >= 0xa0 && (unicode.In(r, unicode.Mn, unicode.Me) || unicode.Is(unicode.Cf, r) && !amity.Invisible(r))
		}},
		{"spaces", spaces, func(r rune) bool {
			return unicode.IsSpace(r) && !unicode.IsControl(r) && r != '\u2028' && r != '\u2029'
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			re, err := syntax.Parse("["+tt.class+"]", syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			if re.Op != syntax.OpCharClass {
				t.Fatalf("%v is not a character class", re.Op)
			}
			ranges, bad := re.Rune, 0
			for r := rune(0); r <= unicode.MaxRune && bad < 20; r++ {
				for len(ranges) > 0 && ranges[1] < r {
					ranges = ranges[2:]
				}
				got := len(ranges) > 0 && ranges[0] <= r
				if r >= 0xd800 && r <= 0xdfff || newer(r) {
					if got {
						t.Errorf("the class holds %U, a surrogate or a character assigned after Unicode %s", r, unicodeVersion)
						bad++
					}
					continue
				}
				if changed(r) {
					continue // TestUnicodeVersion checks its category with Go 1.26
				}
				if want := tt.in(r); got != want {
					t.Errorf("the class holds %U: %v, want %v", r, got, want)
					bad++
				}
			}
		})
	}
}

// TestDatePatternEveryDate checks the date pattern against
// amity.ParseDate with every year alone, every month of some years, and
// every day, valid or not, of 28 February to 1 March of every year.
func TestDatePatternEveryDate(t *testing.T) {
	match := matcher(PatternDate)
	check := func(s string) {
		if got, want := match(s), dateValid(s); got != want {
			t.Errorf("pattern matches %q: %v, want %v", s, got, want)
		}
	}
	for y := range 10000 {
		check(fmt.Sprintf("%04d", y))
		for _, md := range []string{"02-28", "02-29", "02-30", "03-01"} {
			check(fmt.Sprintf("%04d-%s", y, md))
		}
	}
	for _, y := range []int{0, 1, 1900, 2000, 2021, 2024, 9999} {
		for m := range 14 {
			check(fmt.Sprintf("%04d-%02d", y, m))
			for d := range 33 {
				check(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
}

// enumTypes are the enum types of amity's document.
var enumTypes = []reflect.Type{
	reflect.TypeFor[orgs.Portfolio](), reflect.TypeFor[orgs.OrganizationKind](), reflect.TypeFor[orgs.Role](),
	reflect.TypeFor[events.Topic](), reflect.TypeFor[events.Verb](), reflect.TypeFor[events.Occasion](),
	reflect.TypeFor[events.CAMEOCode](), reflect.TypeFor[events.PLOVEREvent](), reflect.TypeFor[events.PLOVERMode](),
	reflect.TypeFor[cooperation.InitiativeKind](), reflect.TypeFor[cooperation.Status](), reflect.TypeFor[cooperation.TieKind](),
	reflect.TypeFor[amity.Basis](), reflect.TypeFor[orgs.GroupKind](), reflect.TypeFor[events.ParticipantRole](),
	reflect.TypeFor[cooperation.AgreementKind](), reflect.TypeFor[cooperation.Renewal](), reflect.TypeFor[cooperation.Relation](),
	reflect.TypeFor[cooperation.CulturalEventKind](), reflect.TypeFor[cooperation.EventStatus](), reflect.TypeFor[cooperation.Frequency](),
}

// TestEnums checks the values of each enum of the schema: each is Valid,
// values near them are not, and the lists that packages publish agree
// with the constants read from the source.
func TestEnums(t *testing.T) {
	src, err := ReadSource("../..", Module, packages()...)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Amity("../..")
	if err != nil {
		t.Fatal(err)
	}
	var enumDefs []string
	for name, d := range s.Defs {
		if len(d.Enum) > 0 && name != "CountryCode" && name != "Subdivision" {
			enumDefs = append(enumDefs, name)
		}
	}
	if !slices.Equal(s.Defs["Subdivision"].Enum, iso3166.Subdivisions()) {
		t.Error("the schema's subdivisions are not iso3166's")
	}
	var names []string
	for _, typ := range enumTypes {
		names = append(names, DefName(typ))
		t.Run(typ.String(), func(t *testing.T) {
			values := EnumValues(src, typ)
			if len(values) == 0 {
				t.Fatal("no values")
			}
			if d := s.Defs[DefName(typ)]; d == nil || !slices.Equal(d.Enum, values) {
				t.Errorf("the schema's enum of %v is not its values", typ)
			}
			for _, v := range values {
				if !valid(typ, v) {
					t.Errorf("%q is not Valid", v)
				}
				for _, near := range []string{strings.ToUpper(v), strings.ToLower(v), v + "x", " " + v, v[:len(v)-1]} {
					if !slices.Contains(values, near) && valid(typ, near) {
						t.Errorf("%q is Valid but not among the values", near)
					}
				}
			}
			for _, other := range []string{"", "x", "other_thing", "0"} {
				if !slices.Contains(values, other) && valid(typ, other) {
					t.Errorf("%q is Valid but not among the values", other)
				}
			}
		})
	}
	slices.Sort(enumDefs)
	slices.Sort(names)
	if diff := cmp.Diff(names, enumDefs); diff != "" {
		t.Errorf("enum definitions of the schema (-tested +schema):\n%s", diff)
	}
	asStrings := func(vs any) []string {
		v := reflect.ValueOf(vs)
		out := make([]string, v.Len())
		for i := range out {
			out[i] = v.Index(i).String()
		}
		return out
	}
	for _, tt := range []struct {
		typ  reflect.Type
		list []string
	}{
		{reflect.TypeFor[events.Topic](), asStrings(events.Topics())},
		{reflect.TypeFor[events.PLOVEREvent](), asStrings(events.PLOVEREvents())},
		{reflect.TypeFor[relations.Kind](), asStrings(relations.Kinds())},
	} {
		if diff := cmp.Diff(tt.list, src.Consts(tt.typ)); diff != "" {
			t.Errorf("%v: published list and constants differ (-list +constants):\n%s", tt.typ, diff)
		}
	}
}

// Inner is inlined in sample.
type Inner struct {
	A string `json:"a" validate:"required"`
}

type sample struct {
	Inner  `json:",inline"`
	Kind   string              `json:"kind" validate:"required"`
	Places []string            `json:"places,omitzero" validate:"required_if=Kind twin,excluded_unless=Kind twin,omitempty,len=2"`
	One    string              `json:"one,omitzero" validate:"excluded_with=Two"`
	Two    string              `json:"two,omitzero" validate:"required_without=One"`
	Names  map[string][]string `json:"names,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,max=3,dive,required"`
	Skip   string              `json:"-"`
	Flag   bool                `json:"flag,omitzero"`
	Count  int                 `json:"count,omitzero" validate:"omitempty,ordered=Kind"`
	Title  string              `json:"title,omitzero" validate:"omitempty,line,max=9"`
	Lines  []string            `json:"lines,omitzero" validate:"omitempty,dive,line"`
	//lint:ignore U1000 the field is here to show the generator leaves unexported fields out
	hidden string
}

// TestGenerator checks the generator's reading of tags on a small type.
func TestGenerator(t *testing.T) {
	g := &Generator{Defs: map[string]*Schema{"Line": {Type: "string"}}, Tags: map[string]string{"line": "Line"}, Ignore: map[string]string{"ordered": "across fields"}}
	s, err := g.Object(reflect.TypeFor[sample]())
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"type":"object","properties":{` +
		`"a":{"type":"string","minLength":1},` +
		`"kind":{"type":"string","minLength":1},` +
		`"places":{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2},` +
		`"one":{"type":"string"},` +
		`"two":{"type":"string"},` +
		`"names":{"type":"object","propertyNames":{"type":"string","enum":["a","count","flag","kind","lines","names","one","places","title","two"]},` +
		`"additionalProperties":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"maxItems":3}},` +
		`"flag":{"type":"boolean"},` +
		`"count":{"type":"integer"},` +
		`"title":{"$ref":"#/$defs/Line","type":"string","maxLength":9},` +
		`"lines":{"type":"array","items":{"$ref":"#/$defs/Line"}}},` +
		`"required":["a","kind"],"additionalProperties":false,"allOf":[` +
		`{"if":{"properties":{"kind":{"const":"twin"}},"required":["kind"]},"then":{"properties":{"places":{}},"required":["places"]},` +
		`"else":{"not":{"properties":{"places":{}},"required":["places"]}}},` +
		`{"not":{"properties":{"one":{},"two":{}},"required":["one","two"]}},` +
		`{"anyOf":[{"properties":{"two":{}},"required":["two"]},{"properties":{"one":{}},"required":["one"]}]}]}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("schema (-want +got):\n%s", diff)
	}
}

// TestGeneratorErrors checks that the generator refuses what it cannot
// state, rather than leave a rule out.
func TestGeneratorErrors(t *testing.T) {
	type unknownTag struct {
		A string `json:"a" validate:"required,colour"`
	}
	type badEnum struct {
		R orgs.Role `json:"r" validate:"enum"`
	}
	type noField struct {
		A string `json:"a" validate:"required_without=B"`
	}
	type badMap struct {
		M map[int]string `json:"m"`
	}
	type badKind struct {
		C chan int `json:"c"`
	}
	tests := []struct {
		name string
		t    reflect.Type
		enum func(reflect.Type) ([]string, error)
	}{
		{"unknown tag", reflect.TypeFor[unknownTag](), nil},
		{"enum value not Valid", reflect.TypeFor[badEnum](), func(reflect.Type) ([]string, error) { return []string{"minister", "emperor"}, nil }},
		{"enum without values", reflect.TypeFor[badEnum](), func(reflect.Type) ([]string, error) { return nil, nil }},
		{"rule naming no field", reflect.TypeFor[noField](), nil},
		{"map with int keys", reflect.TypeFor[badMap](), nil},
		{"channel", reflect.TypeFor[badKind](), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &Generator{Defs: map[string]*Schema{}, Enum: tt.enum}
			if _, err := g.Object(tt.t); err == nil {
				t.Error("no error")
			}
		})
	}
}

// TestMarshalASCII checks that the schema file is ASCII, with characters
// beyond it escaped, and reads back to the same strings.
func TestMarshalASCII(t *testing.T) {
	in := &Schema{Description: "Kərimov \u2028 \U0001F600", Pattern: PatternLine}
	b, err := Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range b {
		if c >= 0x80 {
			t.Fatalf("byte %d is %#x, not ASCII", i, c)
		}
	}
	var out struct {
		Description string `json:"description"`
		Pattern     string `json:"pattern"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.Description != in.Description || out.Pattern != in.Pattern {
		t.Errorf("read back %q, %q", out.Description, out.Pattern)
	}
}

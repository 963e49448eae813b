package jsonschema

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/rangetable"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/rulegen"
	"github.com/amitydata/amity/relations"
)

// Module is the path of amity's module.
const Module = "github.com/amitydata/amity"

// packages returns the directories, below the module's root, of the
// packages whose types make up amity's document: those of the named types
// reachable from relations.Records, in order.
func packages() []string {
	dirs := map[string]bool{}
	for _, t := range rulegen.Reachable() {
		if rulegen.InModule(t.PkgPath()) {
			dirs[rulegen.Dir(t.PkgPath())] = true
		}
	}
	return slices.Sorted(maps.Keys(dirs))
}

// PatternLine is amity.ValidLine, but not empty, with [PatternShows]: no
// controls, no line or paragraph separators, no characters that do not
// show (amity.Invisible), no space at either end, no combining mark
// first. What it leaves to PatternShows is that something in the text
// shows: the joiners and marks it allows cannot make up the text alone.
// It accepts more than ValidLine: a lone surrogate, which a string of
// ECMA-262 (and of JSON: "\ud800") can hold, amity's reader rejects, and
// a pattern cannot name but with an escape that Go's regexp (\u) or
// Python's re (\p) does not read.
var PatternLine = `^[^` + controls + invisible + spaces + marks + `](?:[^` + controls + invisible + `]*[^` + controls + invisible + spaces + `])?$`

// PatternText is amity.ValidText, but not empty, with [PatternShows]: as
// PatternLine, but for tab and line feed, which it allows inside.
var PatternText = `^[^` + textControls + invisible + `\t\n` + spaces + marks + `](?:[^` + textControls + invisible + `]*[^` + textControls + invisible + `\t\n` + spaces + `])?$`

// PatternShows matches text that holds a character that shows, not
// anchored: one that is not a joiner, a mark of direction, or a combining
// mark that takes no space of its own (Mn, Me). With PatternLine or
// PatternText, which admit no invisible character, it is the last rule of
// amity.ValidLine and amity.ValidText.
var PatternShows = `[^` + unseen + `]`

// unicodeVersion is the version of Unicode whose characters the text
// patterns name: that of Go 1.26, the oldest Go amity supports. Read from
// the tables of a later Go, the classes hold the same characters, so that
// every Go generates the same schema; amity built with a later Go knows
// the characters assigned since, which the patterns do not name.
const unicodeVersion = "15.0.0"

// assigned are the characters assigned in [unicodeVersion].
var assigned = func() *unicode.RangeTable {
	t := rangetable.Assigned(unicodeVersion)
	if t == nil {
		panic("jsonschema: golang.org/x/text has no table of the characters of Unicode " + unicodeVersion)
	}
	return t
}()

// The character classes of the text patterns, each read from the Go
// functions that state amity's rules, over every character from U+00A0
// up that is [named]: the patterns accept what those functions accept.
var (
	// invisible are the characters amity.Invisible reports, in every
	// plane.
	invisible = class(amity.Invisible)
	// spaces are the spaces of unicode.IsSpace, which strings.TrimSpace
	// trims, but for the controls, which no text holds anyway.
	spaces = ` ` + class(func(r rune) bool {
		return unicode.IsSpace(r) && !unicode.IsControl(r) && r != '\u2028' && r != '\u2029'
	})
	// marks are the combining marks, with which no text may start.
	marks = class(func(r rune) bool { return category(r, unicode.Mn, unicode.Me, unicode.Mc) })
	// unseen are the characters that do not count as showing: the
	// combining marks that take no space (Mn, Me), and the format
	// characters that amity.Invisible lets through, the joiners and marks
	// of direction that scripts need.
	unseen = class(func(r rune) bool {
		return category(r, unicode.Mn, unicode.Me) || unicode.Is(unicode.Cf, r) && !amity.Invisible(r)
	})
)

// recategorized are the characters of [unicodeVersion] whose general
// category a later version that a Go amity supports changed, with their
// category in unicodeVersion: U+1171E AHOM CONSONANT SIGN MEDIAL RA, a
// nonspacing mark (Mn) in 15.0.0 and a spacing one (Mc) since 16.0.0.
var recategorized = map[rune]*unicode.RangeTable{0x1171e: unicode.Mn}

// category reports whether r is of one of the general categories cats in
// [unicodeVersion].
func category(r rune, cats ...*unicode.RangeTable) bool {
	if c, ok := recategorized[r]; ok {
		return slices.Contains(cats, c)
	}
	return unicode.In(r, cats...)
}

// named reports whether the character classes of the text patterns
// take r into account: r is assigned in [unicodeVersion], or is a
// noncharacter, which is never assigned and which amity.Invisible
// reports.
func named(r rune) bool {
	return unicode.Is(assigned, r) || r >= 0xfdd0 && r <= 0xfdef || r&0xfffe == 0xfffe
}

// class returns the characters from U+00A0 up, but the surrogates, that
// are [named] and for which in is true, as the inside of a character
// class: each run of them written as its first and last character joined
// by '-', each character as itself. ECMA-262 with the u flag and Go's
// regexp read it alike.
func class(in func(rune) bool) string {
	ok := func(r rune) bool {
		return r <= unicode.MaxRune && !(r >= 0xd800 && r <= 0xdfff) && named(r) && in(r)
	}
	var b strings.Builder
	for r := rune(0xa0); r <= unicode.MaxRune; r++ {
		if !ok(r) {
			continue
		}
		end := r
		for ok(end + 1) {
			end++
		}
		b.WriteRune(r)
		if end > r {
			b.WriteByte('-')
			b.WriteRune(end)
		}
		r = end
	}
	return b.String()
}

// The patterns of amity's custom validate tags. Each is written so that
// Go's regexp and ECMA-262 with the u flag read it alike, as JSON Schema
// draft 2020-12 asks of a validator, and Python's re too: no \x{...}, no
// \u and no \p escapes; characters above U+00FF, those above U+FFFF too,
// appear as themselves. Each accepts exactly what the Go function named
// beside it accepts, except where the comment says it accepts more. The
// text patterns reject the empty string, which the functions accept: in a
// document an empty optional value is left out, and a required one is not
// empty.
const (
	// controls are what amity's text may not hold: unicode.IsControl (C0,
	// DEL and C1), and the line and paragraph separators.
	controls = `\x00-\x1f\x7f-\x9f` + "\u2028\u2029"
	// textControls are the controls but tab and line feed.
	textControls = `\x00-\x08\x0b-\x1f\x7f-\x9f` + "\u2028\u2029"

	// PatternID is amity.ValidID.
	PatternID = `^[A-Za-z0-9](?:[A-Za-z0-9._:-]{0,126}[A-Za-z0-9])?$`
	// PatternLanguageTag is amity.ValidLanguageTag, with maxLength 35.
	PatternLanguageTag = `^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$`
	// PatternClock is amity.ValidClock.
	PatternClock = `^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$`
	// PatternQID is amity.ValidQID.
	PatternQID = `^Q[1-9][0-9]{0,10}$`
	// PatternHTTPURL approximates amity.ValidHTTPURL: http or https, a
	// host, no spaces or controls. It accepts some URLs that net/url
	// rejects, such as "http://%zz" and "http://a:b".
	PatternHTTPURL = `^https?://[^\x00-\x20\x7f/?#]+(?:[/?#][^\x00-\x20\x7f]*)?$`
	// PatternDate is amity.ParseDate: a year from 0001 to 9999, a month
	// of it, or a day on its calendar (29 February in leap years only).
	PatternDate = `^(?:` + year + `(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?|-(?:0[13-9]|1[0-2])-(?:29|30)|-(?:0[13578]|1[02])-31)?|` +
		leapYear + `-02-29)$`
	// year is a year from 0001 to 9999.
	year = `(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)`
	// leapYear is a leap year from 0001 to 9999: divisible by 4, and by
	// 400 if by 100.
	leapYear = `(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)`
)

// NotExpressed returns the validate tags of amity's types that state rules
// across fields, which a JSON Schema cannot express, with the rule each
// states. relations.Validate and the amity command check them, with the
// rules across entities. The map is new on every call.
func NotExpressed() map[string]string {
	return map[string]string{
		"notbefore":      "a date is not before another field's date (an end not before its start)",
		"nefield":        "a field differs from another (a visit's host is not its guest)",
		"subdivision_of": "an ISO 3166-2 code lies in the place's country",
	}
}

// Amity returns the JSON Schema of amity's document format (relations.Schema,
// "amity/v2"): an object with the member "schema" and one list per kind of
// entity, as relations.Records holds them. root is the directory of the
// module's source, from which the doc comments and the values of enum
// types are read.
func Amity(root string) (*Schema, error) {
	src, err := ReadSource(root, Module, packages()...)
	if err != nil {
		return nil, err
	}
	g := &Generator{
		Defs: map[string]*Schema{
			"ID":          {Type: "string", Description: "An ID: 1 to 128 ASCII letters, digits, '-', '_', '.' or ':', beginning and ending with a letter or digit. IDs are case-sensitive and unique across all kinds of entity in a dataset.", Pattern: PatternID},
			"CountryCode": {Type: "string", Description: "An officially assigned ISO 3166-1 alpha-2 country code, upper case.", Enum: iso3166.Codes()},
			"Subdivision": {Type: "string", Description: "An assigned ISO 3166-2 subdivision code, as Debian's iso-codes " + iso3166.SubdivisionsVersion + " lists them.", Enum: iso3166.Subdivisions()},
			"LanguageTag": {Type: "string", Description: "A BCP 47 language tag: a primary language subtag of 2 or 3 lower-case letters, then subtags of 1 to 8 letters or digits joined by hyphens.", Pattern: PatternLanguageTag, MaxLength: new(35)},
			"Line": {Type: "string", Description: "One line of printable text: no control characters, no characters that do not show, no space at either end, " +
				"no combining mark first, and something that shows.", Pattern: PatternLine, AllOf: []*Schema{{Pattern: PatternShows}}},
			"Text": {Type: "string", Description: "Printable text that may run over several lines: no control characters but line feed and tab, " +
				"no characters that do not show, no space at either end, no combining mark first, and something that shows.", Pattern: PatternText, AllOf: []*Schema{{Pattern: PatternShows}}},
			"HTTPURL":                              {Type: "string", Description: "An absolute http or https URL with a host, without spaces or control characters.", Pattern: PatternHTTPURL},
			"WikidataID":                           {Type: "string", Description: "A Wikidata item ID: Q and a number without leading zeros.", Pattern: PatternQID},
			"Clock":                                {Type: "string", Description: "A time of day in ISO 8601 extended format: hh:mm or hh:mm:ss, then optionally Z or a UTC offset such as +04:00.", Pattern: PatternClock},
			DefName(reflect.TypeFor[amity.Date]()): {Type: "string", Description: src.Doc(reflect.TypeFor[amity.Date](), ""), Pattern: PatternDate},
		},
		Tags: map[string]string{
			"id":          "ID",
			"country":     "CountryCode",
			"subdivision": "Subdivision",
			"lang":        "LanguageTag",
			"line":        "Line",
			"text":        "Text",
			"httpurl":     "HTTPURL",
			"qid":         "WikidataID",
			"clock":       "Clock",
		},
		Ignore: NotExpressed(),
		Types:  map[reflect.Type]string{reflect.TypeFor[amity.Date](): DefName(reflect.TypeFor[amity.Date]())},
		Enum: func(t reflect.Type) ([]string, error) {
			return EnumValues(src, t), nil
		},
		Doc: src.Doc,
	}
	records, err := g.Object(reflect.TypeFor[relations.Records]())
	if err != nil {
		return nil, err
	}
	for _, p := range records.Properties {
		p.Schema.Description = "The " + p.Name + " of the dataset, in any order."
	}
	props := append(Properties{{Name: "schema", Schema: &Schema{
		Description: "The name and version of the format.",
		Const:       new(relations.Schema),
	}}}, records.Properties...)
	return &Schema{
		Schema: Draft,
		Title:  relations.Schema,
		Description: "A dataset of international cultural relations in amity's document format: sources, states, ministries, " +
			"organizations, officials, groups, visits, meetings, initiatives, ties, agreements and cultural events, each entity " +
			"with its ID. The schema states the shape of the document and the rules of single fields. It cannot state the rules " +
			"across fields and entities: that IDs are unique across all kinds, that every reference names an entity " +
			"of the right kind, that dates are ordered and fall within the terms, visits and agreements they must fall in, that " +
			"an organization or an agreement is not its own ancestor, that a body names exactly one state, ministry or " +
			"organization. relations.Validate and the command `amity validate` check those; schema/README.md lists where " +
			"the schema and amity differ.",
		Type:                 "object",
		Properties:           props,
		Required:             []string{"schema"},
		AdditionalProperties: False(),
		Defs:                 g.Defs,
	}, nil
}

// EnumValues returns the values of an enum type of amity's document: the
// CAMEO codes of the codebook for events.CAMEOCode, and the exported
// constants declared with the type for every other.
func EnumValues(src *Source, t reflect.Type) []string {
	if t == reflect.TypeFor[events.CAMEOCode]() {
		codes := events.CAMEOCodes()
		values := make([]string, len(codes))
		for i, c := range codes {
			values[i] = string(c)
		}
		return values
	}
	return src.Consts(t)
}

package jsonschema

import (
	"maps"
	"reflect"
	"slices"
	"strings"

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

// PatternLine is amity.ValidLine, but not empty: no controls, no line or
// paragraph separators, no characters that do not show (amity.Invisible)
// in the Basic Multilingual Plane, no space at either end. It accepts
// more than ValidLine: the invisible characters above U+FFFF (which a
// character class of ECMA-262 cannot name without the u flag), text that
// starts with a combining mark, and text of joiners and marks alone.
var PatternLine = `^[^` + controls + invisibleBMP + spaces + `](?:[^` + controls + invisibleBMP + `]*[^` + controls + invisibleBMP + spaces + `])?$`

// PatternText is amity.ValidText, but not empty: as PatternLine, but for
// tab and line feed, which it allows inside.
var PatternText = `^[^` + textControls + invisibleBMP + `\t\n` + spaces + `](?:[^` + textControls + invisibleBMP + `]*[^` + textControls + invisibleBMP + `\t\n` + spaces + `])?$`

// invisibleBMP is a character class of the characters below U+10000 that
// amity.Invisible reports, read from the function itself.
var invisibleBMP = func() string {
	var b strings.Builder
	for r := rune(0x80); r <= 0xffff; r++ {
		if r >= 0xd800 && r <= 0xdfff || !amity.Invisible(r) {
			continue
		}
		end := r
		for end+1 <= 0xffff && !(end+1 >= 0xd800 && end+1 <= 0xdfff) && amity.Invisible(end+1) {
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
}()

// The patterns of amity's custom validate tags. Each is written so that Go's
// regexp and ECMA-262 read it alike (no \x{...}, no \p{...}; characters
// above U+00FF appear as themselves), and each accepts exactly what the Go
// function named beside it accepts, except where the comment says it
// accepts more or less. The text patterns reject the empty string, which
// the functions accept: in a document an empty optional value is left out,
// and a required one is not empty.
const (
	// controls are what amity's text may not hold: unicode.IsControl (C0,
	// DEL and C1), and the line and paragraph separators.
	controls = `\x00-\x1f\x7f-\x9f` + "\u2028\u2029"
	// textControls are the controls but tab and line feed.
	textControls = `\x00-\x08\x0b-\x1f\x7f-\x9f` + "\u2028\u2029"
	// spaces are the spaces of unicode.IsSpace that are not controls.
	spaces = ` \xa0` + "\u1680\u2000-\u200a\u202f\u205f\u3000"

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
	// rejects, such as "http://%zz".
	PatternHTTPURL = `^https?://[^\x00-\x20\x7f/?#]+(?:[/?#][^\x00-\x20\x7f]*)?$`
	// PatternDate approximates amity.ParseDate: it accepts the year 0000
	// and days that are not on the calendar ("2022-02-30").
	PatternDate = `^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$`
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
			"ID":                                   {Type: "string", Description: "An ID: 1 to 128 ASCII letters, digits, '-', '_', '.' or ':', beginning and ending with a letter or digit. IDs are case-sensitive and unique across all kinds of entity in a dataset.", Pattern: PatternID},
			"CountryCode":                          {Type: "string", Description: "An officially assigned ISO 3166-1 alpha-2 country code, upper case.", Enum: iso3166.Codes()},
			"Subdivision":                          {Type: "string", Description: "An assigned ISO 3166-2 subdivision code, as Debian's iso-codes " + iso3166.SubdivisionsVersion + " lists them.", Enum: iso3166.Subdivisions()},
			"LanguageTag":                          {Type: "string", Description: "A BCP 47 language tag: a primary language subtag of 2 or 3 lower-case letters, then subtags of 1 to 8 letters or digits joined by hyphens.", Pattern: PatternLanguageTag, MaxLength: new(35)},
			"Line":                                 {Type: "string", Description: "One line of printable text: no control characters, no space at either end.", Pattern: PatternLine},
			"Text":                                 {Type: "string", Description: "Printable text that may run over several lines: no control characters but line feed and tab, no space at either end.", Pattern: PatternText},
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
			"organization; nor that dates are on the calendar. " +
			"relations.Validate and the command `amity validate` check those.",
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

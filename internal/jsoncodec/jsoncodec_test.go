package jsoncodec_test

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
)

var dateEqual = cmp.Comparer(func(a, b amity.Date) bool { return a == b })

// tricky holds what encoders escape or must pass through: HTML
// characters, the JavaScript line separators, quotes and backslashes,
// control characters, non-ASCII letters and an emoji.
const tricky = "a<b>&c \u2028\u2029 \"q\" \\ \t\n\r\b\f\x01 Kərimov اسماعیلی 😀 \x7f"

// entities returns a value of every entity type of amity, with its
// fields set and tricky strings, and the zero value of each, whose
// required lists are nil.
func entities() []any {
	names := amity.Names{Name: tricky, LocalNames: map[string]string{"fa": "اسماعیلی", "az": "Kərimov", "ru": "Керимов", "en": "<en>", "az-Cyrl": "Кәримов"},
		Aliases: []string{"Esmaeili", tricky}}
	fs := amity.FieldSources{"name": {"b", "a"}, "date": {"c"}, "id": {"d"}, "title": {"<e>"}}
	date := amity.MustParseDate("2022-06-20")
	place := orgs.Place{City: "Tehran", Subdivision: "IR-23", Country: "IR", Venue: tricky, Wikidata: "Q3616", Note: tricky}
	codes := []events.EventCode{{CAMEO: "043", PLOVER: "CONSULT", Mode: "visit"}}
	post := orgs.Post{ID: "p", Title: tricky, Role: orgs.RoleMinister, Ministry: "m", Start: amity.MustParseDate("2020"), End: date, Sources: []amity.SourceID{"s"}}
	st := events.Statement{ID: "st", Speakers: []orgs.OfficialID{"k"}, SpeakersInferred: true, Verb: events.VerbStressed, Summary: tricky, Quote: "“x”",
		Topics: []events.Topic{events.TopicCinema}, Sources: []amity.SourceID{"s"}}
	change := cooperation.StatusChange{Status: cooperation.StatusDrafting, Date: date, Meeting: "m1", Note: tricky, Sources: []amity.SourceID{"s"}}
	values := []any{
		amity.Source{ID: "s", Title: tricky, Publisher: "Azernews", Author: "Laman Ismayilova", URL: "https://x.az/a?b=1&c=<2>",
			Published: amity.MustParseDate("2022-06"), Language: "en", Cites: []amity.SourceID{"t"}, Note: tricky},
		names,
		fs,
		date,
		orgs.State{ID: "AZ", Names: names, Wikidata: "Q227", Capital: "Baku", Sources: []amity.SourceID{"s"}, FieldSources: fs},
		orgs.Ministry{ID: "m", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: names, URL: "https://mct.gov.az", Sources: []amity.SourceID{"s"}, FieldSources: fs},
		orgs.Organization{ID: "o", Kind: orgs.KindIntergovernmental, Names: names, State: "IR", ParentMinistry: "m", Founded: amity.MustParseDate("1945"),
			Members: []orgs.Membership{{State: "AZ", Since: amity.MustParseDate("1992-06-03"), Sources: []amity.SourceID{"s"}}}, Wikidata: "Q7809", FieldSources: fs},
		orgs.Membership{State: "AZ", Since: date, Until: date},
		orgs.Official{ID: "k", Names: names, Posts: []orgs.Post{post, post}, Wikidata: "Q1", Sources: []amity.SourceID{"s"}, FieldSources: fs},
		post,
		place,
		events.Participant{Official: "k", State: "AZ", Post: "p"},
		st,
		codes[0],
		events.Meeting{ID: "m1", Title: tricky, Date: date, Place: place, Host: "IR",
			Participants: []events.Participant{{Official: "k", State: "AZ"}, {Official: "i", State: "IR", Post: "p"}},
			Topics:       []events.Topic{events.TopicMusic, events.TopicBooks}, Statements: []events.Statement{st}, Visit: "v", Codes: codes,
			Summary: tricky, Sources: []amity.SourceID{"s"}, FieldSources: fs},
		events.Visit{ID: "v", Visitors: []orgs.OfficialID{"k"}, Guest: "AZ", Host: "IR", Start: date, End: date, Places: []orgs.Place{place},
			Occasion: events.OccasionTieAnniversary, Note: tricky, Codes: codes, Sources: []amity.SourceID{"s"}, FieldSources: fs},
		change,
		cooperation.Initiative{ID: "i", Title: tricky, Kind: cooperation.KindTwinning, Topics: []events.Topic{events.TopicTwinning},
			Parties: []orgs.StateID{"AZ", "IR"}, Places: []orgs.Place{place, {Country: "IR", Note: "one of the Iranian cities"}},
			Organizations: []orgs.OrganizationID{"o"}, MoreOrganizations: true, ProposedBy: []orgs.OfficialID{"k"}, ProposalInferred: true,
			LedBy: []orgs.OfficialID{"k"}, Meetings: []events.MeetingID{"m1"}, Statements: []events.StatementID{"st"},
			History: []cooperation.StatusChange{change, change}, Summary: tricky, Sources: []amity.SourceID{"s"}, FieldSources: fs},
		cooperation.Tie{ID: "t", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"}, Established: amity.MustParseDate("1992-03-12"),
			Ended: date, Sources: []amity.SourceID{"s"}, FieldSources: fs},
		amity.FieldError{Path: amity.MustParsePath("meetings[3].date"), Kind: amity.KindInvalid, Value: tricky, Detail: "not a calendar date", Line: 4},
	}
	for _, v := range values[:len(values)-1] {
		values = append(values, reflect.Zero(reflect.TypeOf(v)).Interface())
	}
	return values
}

// TestMarshalMatchesEncodingJSON checks that jsoncodec writes what
// encoding/json writes for every entity type: compact, streamed and
// indented.
func TestMarshalMatchesEncodingJSON(t *testing.T) {
	values := append(entities(),
		orgs.State{ID: "AZ", Names: amity.Names{Name: "not UTF-8: \xff\xfe", Aliases: []string{"\xc3"}}},
		map[string]int{"b": 1, "a": 2, "é": 3, "\uFFFD": 4, "😀": 5, "Z": 6},
	)
	for _, v := range values {
		t.Run(reflect.TypeOf(v).String(), func(t *testing.T) {
			want, err := stdjson.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			got, err := jsoncodec.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("Marshal differs from encoding/json (-want +got):\n%s", diff)
			}
			var w bytes.Buffer
			if err := jsoncodec.MarshalWrite(&w, v); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), w.String()); diff != "" {
				t.Errorf("MarshalWrite differs from encoding/json (-want +got):\n%s", diff)
			}
		})
	}
	for _, v := range entities() {
		t.Run("encoder/"+reflect.TypeOf(v).String(), func(t *testing.T) {
			var want, got bytes.Buffer
			if err := stdjson.NewEncoder(&want).Encode(v); err != nil {
				t.Fatal(err)
			}
			if err := jsoncodec.MarshalEncode(jsoncodec.NewEncoder(&got, ""), v); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				t.Errorf("compact encoder differs from encoding/json (-want +got):\n%s", diff)
			}
			indented, err := stdjson.MarshalIndent(v, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got.Reset()
			if err := jsoncodec.MarshalEncode(jsoncodec.NewEncoder(&got, "  "), v); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(indented)+"\n", got.String()); diff != "" {
				t.Errorf("indenting encoder differs from encoding/json.MarshalIndent (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRoundTrip checks that what Marshal writes, Unmarshal reads back
// equal, for every entity type with its fields set.
func TestRoundTrip(t *testing.T) {
	all := entities()
	for _, v := range all[:len(all)/2+1] {
		t.Run(reflect.TypeOf(v).String(), func(t *testing.T) {
			b, err := jsoncodec.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			p := reflect.New(reflect.TypeOf(v))
			if err := jsoncodec.Unmarshal(b, p.Interface()); err != nil {
				t.Fatalf("Unmarshal %s: %v", b, err)
			}
			if diff := cmp.Diff(v, p.Elem().Interface(), dateEqual); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnmarshalProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts jsoncodec.Options
		want amity.FieldError
	}{
		{name: "unknown field", in: `{"id":"m","colour":"blue"}`,
			want: amity.FieldError{Path: amity.MustParsePath("colour"), Kind: amity.KindSyntax, Detail: `unknown field "colour"`, Line: 1}},
		{name: "unknown field deep", in: "{\"id\":\"m\",\n\"participants\":[{\"official\":\"k\"},\n{\"official\":\"i\",\"Official\":\"j\"}]}",
			want: amity.FieldError{Path: amity.MustParsePath("participants[1].Official"), Kind: amity.KindSyntax, Detail: `unknown field "Official"; did you mean "official"?`, Line: 3, Column: 17}},
		{name: "name differing in case", in: `{"id":"m","ID":"x"}`,
			want: amity.FieldError{Path: amity.MustParsePath("ID"), Kind: amity.KindSyntax, Detail: `unknown field "ID"; did you mean "id"?`, Line: 1}},
		{name: "unknown field in a place", in: `{"place":{"country":"IR","colour":1}}`,
			want: amity.FieldError{Path: amity.MustParsePath("place.colour"), Kind: amity.KindSyntax, Detail: `unknown field "colour"`, Line: 1}},
		{name: "duplicate key", in: "{\"id\":\"m\",\n\"id\":\"m\"}",
			want: amity.FieldError{Path: amity.MustParsePath("id"), Kind: amity.KindSyntax, Detail: `duplicate key "id"`, Line: 2, Column: 1}},
		{name: "duplicate map key", in: `{"field_sources":{"date":["a"],"date":["b"]}}`,
			want: amity.FieldError{Path: amity.MustParsePath("field_sources.date"), Kind: amity.KindSyntax, Detail: `duplicate key "date"`, Line: 1}},
		{name: "invalid UTF-8", in: "{\"title\":\"Tehran \xff\"}",
			want: amity.FieldError{Path: amity.MustParsePath("title"), Kind: amity.KindSyntax, Detail: "invalid UTF-8", Line: 1}},
		{name: "invalid UTF-8 in a name", in: "{\"id\":\"m\",\"\xff\":1}",
			want: amity.FieldError{Kind: amity.KindSyntax, Detail: "invalid UTF-8", Line: 1}},
		{name: "trailing data", in: `{"id":"m"} {"id":"n"}`,
			want: amity.FieldError{Kind: amity.KindSyntax, Detail: "data after the end of the value", Line: 1}},
		{name: "truncated", in: "{\"id\":\"m\",\n\"date\":",
			want: amity.FieldError{Path: amity.MustParsePath("date"), Kind: amity.KindSyntax, Detail: "unexpected end of input", Line: 2, Column: 8}},
		{name: "empty", in: "",
			want: amity.FieldError{Kind: amity.KindSyntax, Detail: "unexpected end of input", Line: 1}},
		{name: "list is a string", in: `{"participants":"karimov"}`,
			want: amity.FieldError{Path: amity.MustParsePath("participants"), Kind: amity.KindSyntax, Value: "karimov", Detail: "want a list, got a string", Line: 1}},
		{name: "list is null", in: `{"participants":null}`,
			want: amity.FieldError{Path: amity.MustParsePath("participants"), Kind: amity.KindSyntax, Detail: "want a list, got null", Line: 1}},
		{name: "object is null", in: `{"place":null}`,
			want: amity.FieldError{Path: amity.MustParsePath("place"), Kind: amity.KindSyntax, Detail: "want an object, got null", Line: 1}},
		{name: "string is null", in: `{"title":null}`,
			want: amity.FieldError{Path: amity.MustParsePath("title"), Kind: amity.KindSyntax, Detail: "want a string, got null", Line: 1}},
		{name: "date is null", in: `{"date":null}`,
			want: amity.FieldError{Path: amity.MustParsePath("date"), Kind: amity.KindSyntax, Detail: "want a string, got null", Line: 1}},
		{name: "null in a map", in: `{"field_sources":{"date":null}}`,
			want: amity.FieldError{Path: amity.MustParsePath("field_sources.date"), Kind: amity.KindSyntax, Detail: "want a list, got null", Line: 1}},
		{name: "null in a list", in: `{"topics":["music",null]}`,
			want: amity.FieldError{Path: amity.MustParsePath("topics[1]"), Kind: amity.KindSyntax, Detail: "want a string, got null", Line: 1}},
		{name: "the whole value null", in: `null`,
			want: amity.FieldError{Kind: amity.KindSyntax, Detail: "want an object, got null", Line: 1}},
		{name: "null before another problem", in: `{"title":null,"colour":1}`,
			want: amity.FieldError{Path: amity.MustParsePath("title"), Kind: amity.KindSyntax, Detail: "want a string, got null", Line: 1}},
		{name: "another problem before null", in: `{"colour":1,"title":null}`,
			want: amity.FieldError{Path: amity.MustParsePath("colour"), Kind: amity.KindSyntax, Detail: `unknown field "colour"`, Line: 1}},
		{name: "number for a string", in: `{"participants":[{"official":5}]}`,
			want: amity.FieldError{Path: amity.MustParsePath("participants[0].official"), Kind: amity.KindSyntax, Value: "5", Detail: "want a string, got a number", Line: 1}},
		{name: "huge number", in: `{"participants":[{"official":1e999999}]}`,
			want: amity.FieldError{Path: amity.MustParsePath("participants[0].official"), Kind: amity.KindSyntax, Value: "1e999999", Detail: "want a string, got a number", Line: 1}},
		{name: "number for a date", in: `{"date":2022}`,
			want: amity.FieldError{Path: amity.MustParsePath("date"), Kind: amity.KindSyntax, Value: "2022", Detail: "want a string, got a number", Line: 1}},
		{name: "string for a bool", in: `{"statements":[{"speakers_inferred":"yes"}]}`,
			want: amity.FieldError{Path: amity.MustParsePath("statements[0].speakers_inferred"), Kind: amity.KindSyntax, Value: "yes", Detail: "want true or false, got a string", Line: 1}},
		{name: "list for an object", in: `[]`,
			want: amity.FieldError{Kind: amity.KindSyntax, Detail: "want an object, got a list", Line: 1}},
		{name: "impossible date", in: "{\"id\":\"m\",\n\"date\":\"2022-02-30\"}",
			want: amity.FieldError{Path: amity.MustParsePath("date"), Kind: amity.KindInvalid, Value: "2022-02-30", Detail: "not a calendar date", Line: 2, Column: 8}},
		{name: "year out of range", in: `{"date":"0000-01-01"}`,
			want: amity.FieldError{Path: amity.MustParsePath("date"), Kind: amity.KindInvalid, Value: "0000-01-01", Detail: "year out of range 0001 to 9999", Line: 1}},
		{name: "date in a history", in: `{"statements":[],"codes":[],"field_sources":{"date":["a"]},"date":"2022-13"}`,
			want: amity.FieldError{Path: amity.MustParsePath("date"), Kind: amity.KindInvalid, Value: "2022-13", Detail: "month out of range 01 to 12", Line: 1}},
		{name: "string too long", in: `{"title":"` + strings.Repeat("x", 100) + `"}`, opts: jsoncodec.Options{MaxStringBytes: 99},
			want: amity.FieldError{Path: amity.MustParsePath("title"), Kind: amity.KindTooLarge, Value: strings.Repeat("x", 80) + "...",
				Detail: "a string of 100 bytes, longer than the limit of 99", Line: 1}},
		{name: "name too long", in: `{"` + strings.Repeat("x", 100) + `":1}`, opts: jsoncodec.Options{MaxStringBytes: 99},
			want: amity.FieldError{Path: amity.NewPath(strings.Repeat("x", 80) + "..."), Kind: amity.KindTooLarge, Value: strings.Repeat("x", 80) + "...",
				Detail: "a string of 100 bytes, longer than the limit of 99", Line: 1}},
		{name: "too deep", in: `{"participants":[[]]}`, opts: jsoncodec.Options{MaxDepth: 2},
			want: amity.FieldError{Path: amity.MustParsePath("participants[0]"), Kind: amity.KindTooLarge, Detail: "nested more than 2 levels deep", Line: 1}},
		{name: "too deep from a depth", in: `{"participants":[]}`, opts: jsoncodec.Options{MaxDepth: 4, Depth: 3},
			want: amity.FieldError{Path: amity.MustParsePath("participants"), Kind: amity.KindTooLarge, Detail: "nested more than 4 levels deep", Line: 1}},
		{name: "100000 deep", in: `{"participants":` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}`,
			want: amity.FieldError{Path: amity.MustParsePath("participants[0]"), Kind: amity.KindTooLarge, Detail: "nested more than 64 levels deep", Line: 1}},
		{name: "100000 deep objects", in: strings.Repeat(`{"place":`, 100000),
			want: amity.FieldError{Path: amity.MustParsePath("place"), Kind: amity.KindTooLarge, Detail: "nested more than 64 levels deep", Line: 1}},
		{name: "path and line of the input", in: "{\n\"colour\":1}", opts: jsoncodec.Options{Path: amity.MustParsePath("meetings[3]"), Line: 10},
			want: amity.FieldError{Path: amity.MustParsePath("meetings[3].colour"), Kind: amity.KindSyntax, Detail: `unknown field "colour"`, Line: 11, Column: 1}},
		{name: "column of the input", in: `{"id":"m","colour":1}`, opts: jsoncodec.Options{Line: 4, Column: 5},
			want: amity.FieldError{Path: amity.MustParsePath("colour"), Kind: amity.KindSyntax, Detail: `unknown field "colour"`, Line: 4, Column: 15}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m events.Meeting
			err := tt.opts.Unmarshal([]byte(tt.in), &m)
			verr, ok := errors.AsType[*amity.ValidationError](err)
			if !ok {
				t.Fatalf("got %v, want a *amity.ValidationError", err)
			}
			if diff := cmp.Diff([]amity.FieldError{tt.want}, verr.Errors); diff != "" {
				t.Errorf("problem (-want +got):\n%s", diff)
			}
		})
	}
}

// TestUnmarshalAccepts checks inputs a strict reader must still accept.
func TestUnmarshalAccepts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts jsoncodec.Options
		want events.Meeting
	}{
		{name: "null and quotes inside strings", in: `{"title":"null \" null \\","summary":"\\\\\" null"}`,
			want: events.Meeting{Title: `null " null \`, Summary: `\\" null`}},
		{name: "white space and escapes", in: " \r\n\t{ \"id\" : \"m\\u0031\" }\r\n ", want: events.Meeting{ID: "m1"}},
		{name: "string at the limit", in: `{"title":"` + strings.Repeat("x", 10) + `"}`, opts: jsoncodec.Options{MaxStringBytes: 10},
			want: events.Meeting{Title: strings.Repeat("x", 10)}},
		{name: "depth at the limit", in: `{"participants":[{"official":"k"}]}`, opts: jsoncodec.Options{MaxDepth: 3},
			want: events.Meeting{Participants: []events.Participant{{Official: "k"}}}},
		{name: "empty lists", in: `{"participants":[],"topics":[]}`,
			want: events.Meeting{Participants: []events.Participant{}, Topics: []events.Topic{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got events.Meeting
			if err := tt.opts.Unmarshal([]byte(tt.in), &got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, dateEqual); diff != "" {
				t.Errorf("decoded (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMember(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		problem *amity.FieldError
	}{
		{name: "first", in: `{"entity":"meeting","id":"m"}`, want: `"meeting"`},
		{name: "last", in: `{"id":"m","x":{"entity":1},"entity" : "meeting"}`, want: `"meeting"`},
		{name: "absent", in: `{"id":"m"}`},
		{name: "not an object", in: `["entity"]`, problem: &amity.FieldError{Kind: amity.KindSyntax, Detail: "want an object, got a list", Line: 1}},
		{name: "malformed", in: `{"id":,"entity":"meeting"}`, problem: &amity.FieldError{Path: amity.MustParsePath("id"), Kind: amity.KindSyntax,
			Detail: "invalid character ',' at start of value", Line: 1}},
		{name: "too deep", in: `{"a":` + strings.Repeat("[", 100) + `,"entity":"meeting"}`,
			problem: &amity.FieldError{Path: amity.MustParsePath("a" + strings.Repeat("[0]", 63)),
				Kind: amity.KindTooLarge, Detail: "nested more than 64 levels deep", Line: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := jsoncodec.Options{}.Member([]byte(tt.in), "entity")
			if tt.problem != nil {
				if diff := cmp.Diff([]amity.FieldError{*tt.problem}, amity.Errors(err)); diff != "" {
					t.Errorf("problem (-want +got):\n%s", diff)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(v) != tt.want {
				t.Errorf("got %s, want %s", v, tt.want)
			}
		})
	}
}

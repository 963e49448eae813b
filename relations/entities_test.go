package relations_test

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

type validator interface{ Validate() error }

// TestZeroValues validates the zero value of every exported entity type.
// A misspelled validate tag panics on the first use of its type, so this
// test fails on one; and each zero value must report exactly its required
// fields.
func TestZeroValues(t *testing.T) {
	req := func(paths ...string) []amitytest.Problem {
		out := make([]amitytest.Problem, len(paths))
		for i, p := range paths {
			out[i] = amitytest.Problem{Path: p, Kind: amity.KindRequired}
		}
		return out
	}
	tests := []struct {
		v    validator
		want []amitytest.Problem
	}{
		{amity.Source{}, req("id", "publisher")},
		{orgs.State{}, req("id", "name")},
		{orgs.Ministry{}, req("id", "name", "portfolios", "state")},
		{orgs.Organization{}, req("id", "kind", "name")},
		{orgs.Membership{}, req("state")},
		{orgs.Official{}, req("id", "name")},
		{orgs.Post{}, req("id", "title", "state")},
		{orgs.Place{}, req("country")},
		{events.Meeting{}, req("date", "id", "participants", "sources")},
		{events.Participant{}, req("official", "state")},
		{events.Statement{}, append(req("summary", "verb"), req("speakers")...)},
		{events.EventCode{}, req("cameo")},
		{events.Visit{}, req("guest", "host", "id", "sources", "start", "visitors")},
		{cooperation.Initiative{}, req("history", "id", "kind", "parties", "sources", "title")},
		{cooperation.StatusChange{}, req("sources", "status")},
		{cooperation.Tie{}, req("established", "id", "kind", "sources", "states")},
		{orgs.Group{}, req("id", "kind", "sources")},
		{cooperation.Agreement{}, req("id", "kind", "parties", "sources", "title")},
		{cooperation.CulturalEvent{}, req("history", "id", "kind", "sources", "title")},
	}
	for _, tt := range tests {
		t.Run(reflect.TypeOf(tt.v).String(), func(t *testing.T) {
			if diff := cmp.Diff(tt.want, amitytest.Problems(t, tt.v.Validate())); diff != "" {
				t.Errorf("Validate of the zero value (-want +got):\n%s", diff)
			}
		})
	}
	// Zero elements inside lists reach the tags of nested types through
	// their parents.
	t.Run("nested", func(t *testing.T) {
		m := events.Meeting{Participants: make([]events.Participant, 2), Statements: make([]events.Statement, 1), Codes: make([]events.EventCode, 1)}
		want := []amitytest.Problem{
			{Path: "codes[0].cameo", Kind: amity.KindRequired},
			{Path: "date", Kind: amity.KindRequired},
			{Path: "id", Kind: amity.KindRequired},
			{Path: "participants[0].official", Kind: amity.KindRequired},
			{Path: "participants[0].state", Kind: amity.KindRequired},
			{Path: "participants[1].official", Kind: amity.KindRequired},
			{Path: "participants[1].state", Kind: amity.KindRequired},
			{Path: "sources", Kind: amity.KindRequired},
			{Path: "statements[0].summary", Kind: amity.KindRequired},
			{Path: "statements[0].verb", Kind: amity.KindRequired},
			{Path: "statements[0].speakers", Kind: amity.KindRequired},
		}
		if diff := cmp.Diff(want, amitytest.Problems(t, m.Validate())); diff != "" {
			t.Errorf("Meeting with zero elements (-want +got):\n%s", diff)
		}
	})
}

var d = amity.MustParseDate

// full returns a value of every entity type with every field set.
func full() []any {
	src := amity.Source{
		ID: "azernews", Title: "Azerbaijan, Iran mull cultural cooperation", Publisher: "Azernews", Author: "Laman Ismayilova",
		URL: "https://www.azernews.az/culture/195474.html", Published: d("2022-06-22"), Language: "en",
		Time: "14:05+04:00", Cites: []amity.SourceID{"az-culture-ministry"}, Note: "Relays the ministry.\nSecond line.",
	}
	names := amity.Names{Name: "Mehdi Ismaili", LocalNames: map[string]string{"fa": "محمدمهدی اسماعیلی", "az": "Mehdi İsmayılı"}, Aliases: []string{"Mohammad Mehdi Esmaeili"}}
	fs := amity.FieldSources{"name": {"a", "b"}, "aliases": {"c"}}
	unc := amity.Uncertainty{"name": {Basis: amity.BasisDisputed, Reason: "Sources spell it in two ways."}}
	place := orgs.Place{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ", Venue: "Square", Wikidata: "Q216", Note: "Cultural capital."}
	membership := orgs.Membership{State: "AZ", Since: d("1992-06-03"), Until: d("2099"), Sources: []amity.SourceID{"unesco"}}
	post := orgs.Post{ID: "p", Title: "Minister", Role: orgs.RoleMinister, State: "IR", Ministry: "m", Organization: "o", Start: d("2021-08"), End: d("2025"), Sources: []amity.SourceID{"s"}}
	code := events.EventCode{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}
	participant := events.Participant{Official: "karimov", State: "AZ", Post: "karimov-minister", Role: events.RoleGuest}
	delegation := events.Participant{Group: "az-delegation", State: "AZ", Role: events.RoleGuest}
	statement := events.Statement{ID: "s1", Speakers: []orgs.OfficialID{"karimov"}, SpeakersInferred: true, Verb: events.VerbStressed,
		Summary: "s", Quote: "q", Topics: []events.Topic{events.TopicMusic}, Sources: []amity.SourceID{"azernews"}}
	byGroup := events.Statement{ID: "s2", Groups: []orgs.GroupID{"az-delegation"}, Verb: events.VerbExpressed, Summary: "s"}
	bySource := events.Statement{ID: "s3", BySource: true, Verb: events.VerbNoted, Summary: "The talks were warm."}
	change := cooperation.StatusChange{Status: cooperation.StatusProposed, Date: d("2022-06-20"), Meeting: "m1", Note: "n", Sources: []amity.SourceID{"s"}}
	body := orgs.Body{Ministry: "m"}
	signatory := cooperation.Signatory{Official: "esmaeili", Post: "p", For: body, Date: d("2022-06-21")}
	provision := cooperation.Provision{Summary: "s", Quote: "q", Topics: []events.Topic{events.TopicCinema}}
	publication := cooperation.Publication{In: "Official Gazette", Date: d("2022-08"), Language: "fa", URL: "https://rc.majlis.ir/"}
	eventChange := cooperation.EventChange{Status: cooperation.EventHeld, Date: d("2022-09-10"), Note: "n", Sources: []amity.SourceID{"s"}}
	return []any{
		src,
		orgs.State{ID: "IR", Names: names, Wikidata: "Q794", Capital: "Tehran", Sources: []amity.SourceID{"s"}, FieldSources: fs,
			Note: "n", Uncertain: unc},
		orgs.Ministry{ID: "m", State: "IR", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture, orgs.PortfolioInformation}, Names: names,
			Wikidata: "Q1", URL: "https://x.ir/", Sources: []amity.SourceID{"s"}, FieldSources: fs, Note: "n", Uncertain: unc},
		orgs.Organization{ID: "o", Kind: orgs.KindDiplomaticMission, Names: names, State: "IR", HostState: "AZ", ParentMinistry: "m",
			ParentOrganization: "p", Founded: d("1995"), Dissolved: d("2099-01"), Members: []orgs.Membership{membership}, Wikidata: "Q2",
			URL: "https://icro.ir/", Sources: []amity.SourceID{"s"}, FieldSources: fs, Note: "n", Uncertain: unc},
		membership,
		orgs.Official{ID: "esmaeili", Names: names, Honorific: "H.E.", Posts: []orgs.Post{post}, Wikidata: "Q3", Sources: []amity.SourceID{"s"},
			FieldSources: fs, Note: "n", Uncertain: unc},
		post,
		place,
		orgs.Group{ID: "az-delegation", Kind: orgs.GroupDelegation, Names: names, State: "AZ", Ministry: "m", Organization: "o",
			Size: orgs.Size{Min: 3, Max: 5}, Leaders: []orgs.OfficialID{"karimov"}, Members: []orgs.OfficialID{"esmaeili"}, Note: "n",
			Sources: []amity.SourceID{"s"}, FieldSources: fs, Uncertain: unc},
		orgs.Size{Min: 21, Max: 30},
		body,
		events.Meeting{ID: "m1", Title: "t", Date: d("2022-06-20"), Place: place, Host: "IR",
			Participants: []events.Participant{participant, participant, delegation}, Topics: []events.Topic{events.TopicCinema},
			Statements: []events.Statement{statement, byGroup, bySource}, Visit: "v", Codes: []events.EventCode{code}, Summary: "s",
			Commission: "o", Session: 5, Note: "n", Sources: []amity.SourceID{"s"}, FieldSources: fs, Uncertain: unc},
		participant,
		delegation,
		statement,
		byGroup,
		bySource,
		code,
		events.Visit{ID: "v", Visitors: []orgs.OfficialID{"karimov"}, Groups: []orgs.GroupID{"az-delegation"}, Guest: "AZ", Host: "IR",
			Start: d("2022-06"), End: d("2022-06-21"), Places: []orgs.Place{place}, Occasion: events.OccasionTieAnniversary, Note: "n",
			Codes: []events.EventCode{code}, Sources: []amity.SourceID{"s"}, FieldSources: fs, Uncertain: unc},
		cooperation.Initiative{ID: "i", Title: "t", Kind: cooperation.KindTwinning, Topics: []events.Topic{events.TopicTwinning},
			Parties: []orgs.StateID{"AZ", "IR"}, Places: []orgs.Place{place}, Organizations: []orgs.OrganizationID{"unesco"},
			MoreOrganizations: true, ProposedBy: []orgs.OfficialID{"imanipur"}, ProposedByGroups: []orgs.GroupID{"az-delegation"},
			ProposalInferred: true, LedBy: []orgs.OfficialID{"imanipur"}, Meetings: []events.MeetingID{"m1"},
			Statements: []events.StatementID{"s1"}, History: []cooperation.StatusChange{change}, Agreements: []cooperation.AgreementID{"a"},
			Ties: []cooperation.TieID{"t"}, Related: []cooperation.InitiativeID{"i2"}, Summary: "s", Note: "n",
			Sources: []amity.SourceID{"s"}, FieldSources: fs, Uncertain: unc},
		change,
		cooperation.Tie{ID: "t", Kind: cooperation.TieTwinning, States: []orgs.StateID{"AZ", "IR"}, Places: []orgs.Place{place, place},
			Established: d("1992-03-12"), Ended: d("2099"), Note: "n", Sources: []amity.SourceID{"s"}, FieldSources: fs, Uncertain: unc},
		cooperation.Agreement{ID: "a", Kind: cooperation.AgreementExecutive, Title: "t", ShortTitle: "MOU",
			Parties: []orgs.Body{body, {State: "AZ"}, {Organization: "o"}}, Signatories: []cooperation.Signatory{signatory},
			Signed: d("2022-06-20"), Place: place, Meeting: "m1", InForceOnSignature: true, EntryIntoForce: d("2022-07"),
			Duration: cooperation.Duration{Years: 1, Months: 6, Days: 10}, Renewal: cooperation.RenewalNone, Expires: d("2024"),
			Terminated: d("2023"), Parent: "a0", Relation: cooperation.RelationImplements, Topics: []events.Topic{events.TopicCinema},
			Provisions: []cooperation.Provision{provision}, Tie: "t", Publications: []cooperation.Publication{publication}, Note: "n",
			Sources: []amity.SourceID{"s"}, FieldSources: fs, Uncertain: unc},
		signatory,
		provision,
		publication,
		cooperation.Duration{Years: 5},
		cooperation.CulturalEvent{ID: "e", Kind: cooperation.EventFestival, Title: "t", Edition: 12, Organisers: []orgs.Body{body},
			States: []orgs.StateID{"AZ", "IR"}, Host: "IR", Places: []orgs.Place{place}, Groups: []orgs.GroupID{"az-delegation"},
			Planned: cooperation.Span{Start: d("2022-09"), End: d("2022-10")}, Held: cooperation.Span{Start: d("2022-09-10"), End: d("2022-09-17")},
			Recurs: cooperation.EveryYear, Length: cooperation.Duration{Days: 8}, Topics: []events.Topic{events.TopicFestivals},
			Agreement: "a", Initiative: "i", Meeting: "m1", History: []cooperation.EventChange{eventChange}, Note: "n",
			Sources: []amity.SourceID{"s"}, FieldSources: fs, Uncertain: unc},
		eventChange,
		cooperation.Span{Start: d("2022"), End: d("2023")},
		amity.Qualifier{Basis: amity.BasisApproximate, Reason: "About thirty."},
	}
}

// withArchive returns the values of full() and a synthetic archive made
// with synth.Config.EveryField, which sets every field of every type
// somewhere: a field added to a type is round-tripped once the archive
// draws it.
func withArchive() []any {
	return append(full(), synth.Generate(synth.Config{Seed: 1, Meetings: 400, EveryField: true}))
}

// TestFullSetsEveryField guards the round-trip tests: a field that
// neither full() nor the archive sets would go untested.
func TestFullSetsEveryField(t *testing.T) {
	if unset := amitytest.UnsetFields(withArchive()); len(unset) > 0 {
		t.Errorf("full() and the archive set none of %v", unset)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for _, v := range withArchive() {
		t.Run(reflect.TypeOf(v).String(), func(t *testing.T) {
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			p := reflect.New(reflect.TypeOf(v))
			dec := json.NewDecoder(strings.NewReader(string(b)))
			dec.DisallowUnknownFields()
			if err := dec.Decode(p.Interface()); err != nil {
				t.Fatalf("Unmarshal %s: %v", b, err)
			}
			if diff := cmp.Diff(v, p.Elem().Interface()); diff != "" {
				t.Errorf("decode(encode(x)) (-want +got):\n%s", diff)
			}
			again, err := json.Marshal(p.Elem().Interface())
			if err != nil || string(again) != string(b) {
				t.Errorf("encoding is not stable:\n%s\n%s", b, again)
			}
		})
	}
}

// TestJSONv2SameBytes checks that the tags mean the same to
// encoding/json and to github.com/go-json-experiment/json (Go 1.27's
// encoding/json/v2): both write the same bytes, and each reads back what
// it wrote.
func TestJSONv2SameBytes(t *testing.T) {
	for _, v := range withArchive() {
		t.Run(reflect.TypeOf(v).String(), func(t *testing.T) {
			v1, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("encoding/json: %v", err)
			}
			v2, err := jsonv2.Marshal(v, jsonv2.Deterministic(true))
			if err != nil {
				t.Fatalf("json v2: %v", err)
			}
			if string(v1) != string(v2) {
				t.Errorf("encoding/json and json v2 differ:\n%s\n%s", v1, v2)
			}
			p := reflect.New(reflect.TypeOf(v))
			if err := jsonv2.Unmarshal(v2, p.Interface(), jsonv2.RejectUnknownMembers(true)); err != nil {
				t.Fatalf("json v2 Unmarshal %s: %v", v2, err)
			}
			if diff := cmp.Diff(v, p.Elem().Interface()); diff != "" {
				t.Errorf("json v2 decode(encode(x)) (-want +got):\n%s", diff)
			}
		})
	}
}

// TestJSONZeroOmitted checks that a value with only its required fields
// set encodes those alone: optional fields are omitzero.
func TestJSONZeroOmitted(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{amity.Source{ID: "s", Publisher: "P"}, `{"id":"s","publisher":"P"}`},
		{orgs.State{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, `{"id":"AZ","name":"Azerbaijan"}`},
		{orgs.Place{Country: "IR"}, `{"country":"IR"}`},
		{events.Meeting{ID: "m", Date: d("2022"), Participants: []events.Participant{{Official: "a", State: "AZ"}}, Sources: []amity.SourceID{"s"}},
			`{"id":"m","date":"2022","participants":[{"official":"a","state":"AZ"}],"sources":["s"]}`},
		{cooperation.Tie{ID: "t", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"}, Established: d("1992-03-12"), Sources: []amity.SourceID{"s"}},
			`{"id":"t","kind":"diplomatic_relations","states":["AZ","IR"],"established":"1992-03-12","sources":["s"]}`},
		{orgs.Group{ID: "g", Kind: orgs.GroupDelegation, Sources: []amity.SourceID{"s"}}, `{"id":"g","kind":"delegation","sources":["s"]}`},
		{cooperation.Agreement{ID: "a", Kind: cooperation.AgreementTreaty, Title: "t", Parties: []orgs.Body{{State: "AZ"}},
			Signatories: []cooperation.Signatory{{Official: "o", For: orgs.Body{State: "AZ"}}}, Sources: []amity.SourceID{"s"}},
			`{"id":"a","kind":"agreement","title":"t","parties":[{"state":"AZ"}],"signatories":[{"official":"o","for":{"state":"AZ"}}],"sources":["s"]}`},
		{cooperation.CulturalEvent{ID: "e", Kind: cooperation.EventFestival, Title: "t",
			History: []cooperation.EventChange{{Status: cooperation.EventAnnounced, Sources: []amity.SourceID{"s"}}}, Sources: []amity.SourceID{"s"}},
			`{"id":"e","kind":"festival","title":"t","history":[{"status":"announced","sources":["s"]}],"sources":["s"]}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		if string(b) != tt.want {
			t.Errorf("Marshal(%T) =\n%s\nwant\n%s", tt.v, b, tt.want)
		}
	}
}

func TestJSONBadDate(t *testing.T) {
	var m events.Meeting
	err := json.Unmarshal([]byte(`{"date":"2022-02-30"}`), &m)
	if err == nil || !strings.Contains(err.Error(), `"2022-02-30" is not a date`) {
		t.Errorf("Unmarshal of a bad date: %v", err)
	}
}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// jsonTagProblems walks t and every struct type it holds, and returns a
// line for each exported field without a JSON tag, with a name that is not
// snake_case, with an option other than omitzero (and inline on an
// embedded struct), or whose name repeats another of the same object.
func jsonTagProblems(t reflect.Type) []string {
	var out []string
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	// names collects the JSON names of the object of struct type t,
	// inlined structs included.
	var names func(t reflect.Type, into map[string]string)
	names = func(t reflect.Type, into map[string]string) {
		for f := range t.Fields() {
			if !f.IsExported() && !f.Anonymous { // encoding/json promotes the fields of unexported embedded structs
				continue
			}
			tag, ok := f.Tag.Lookup("json")
			if !ok {
				out = append(out, t.String()+"."+f.Name+": no json tag")
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if f.Anonymous && name == "" {
				if opts != "inline" {
					out = append(out, t.String()+"."+f.Name+": embedded without inline")
				}
				names(f.Type, into)
				continue
			}
			if !snakeCase.MatchString(name) {
				out = append(out, t.String()+"."+f.Name+": name "+strconvQuote(name)+" is not snake_case")
			}
			if opts != "" && opts != "omitzero" {
				out = append(out, t.String()+"."+f.Name+": options "+strconvQuote(opts))
			}
			if other, dup := into[name]; dup {
				out = append(out, t.String()+"."+f.Name+": name "+strconvQuote(name)+" also used by "+other)
			}
			into[name] = t.String() + "." + f.Name
		}
	}
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] || t == reflect.TypeFor[amity.Date]() {
			return
		}
		seen[t] = true
		names(t, map[string]string{})
		for f := range t.Fields() {
			if f.IsExported() {
				walk(f.Type)
			}
		}
	}
	walk(t)
	return out
}

func strconvQuote(s string) string { return `"` + s + `"` }

func TestJSONTags(t *testing.T) {
	for _, v := range append(full(), relations.Records{}) {
		typ := reflect.TypeOf(v)
		t.Run(typ.String(), func(t *testing.T) {
			if diff := cmp.Diff([]string(nil), jsonTagProblems(typ)); diff != "" {
				t.Errorf("JSON tags (-want +got):\n%s", diff)
			}
		})
	}
}

// TestJSONTagsCheck shows that TestJSONTags can fail.
func TestJSONTagsCheck(t *testing.T) {
	type inner struct {
		Name string `json:"name"`
	}
	type bad struct {
		NoTag      string
		Camel      string `json:"camelCase"`
		Omit       string `json:"omit,omitempty"`
		Dup        string `json:"name"`
		inner      `json:",inline"`
		unexported string
		List       []struct {
			X int `json:"X"`
		} `json:"list"`
	}
	got := jsonTagProblems(reflect.TypeFor[bad]())
	want := []string{
		"relations_test.bad.NoTag: no json tag",
		`relations_test.bad.Camel: name "camelCase" is not snake_case`,
		`relations_test.bad.Omit: options "omitempty"`,
		`relations_test.inner.Name: name "name" also used by relations_test.bad.Dup`,
		`struct { X int "json:\"X\"" }.X: name "X" is not snake_case`,
	}
	_ = bad{}.unexported
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("jsonTagProblems (-want +got):\n%s", diff)
	}
}

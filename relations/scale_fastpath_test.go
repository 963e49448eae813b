package relations

import (
	"slices"
	"strings"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/fastcheck"
	"github.com/amitydata/amity/internal/fastdecode"
	"github.com/amitydata/amity/internal/jsonx"
	"github.com/amitydata/amity/orgs"
)

// The differential tests of the fast path of initiatives: the compiled
// check gives Validate's verdict, and the fast decoder decodes what it
// accepts as the strict decoder does.

// scaleInitiatives are valid initiatives, one with every field set.
func scaleInitiatives() []cooperation.Initiative {
	src := []amity.SourceID{"src-1"}
	return []cooperation.Initiative{
		{ID: "ini-1", Title: "Azerbaijan Cultural Centre in Tehran", Kind: cooperation.KindCulturalCentre, Topics: []events.Topic{events.TopicCulturalCentres},
			Parties: []orgs.StateID{"AZ", "IR"}, Places: []orgs.Place{{City: "Tehran", Country: "IR"}},
			Organizations: []orgs.OrganizationID{"unesco"}, MoreOrganizations: true, ProposedBy: []orgs.OfficialID{"off-1"}, ProposalInferred: true,
			LedBy: []orgs.OfficialID{"off-2"}, Meetings: []events.MeetingID{"m-1"}, Statements: []events.StatementID{"m-1-s1"},
			History: []cooperation.StatusChange{
				{Status: cooperation.StatusProposed, Date: amity.MustParseDate("2022-06-20"), Meeting: "m-1", Note: "Raised at the meeting.", Sources: src},
				{Status: cooperation.StatusAgreed, Date: amity.MustParseDate("2022-07"), Sources: src},
				{Status: cooperation.StatusCompleted, Date: amity.MustParseDate("2023"), Sources: src},
			},
			Summary: "A centre of culture.\nOpen to all.", Sources: src, FieldSources: amity.FieldSources{"places": {"src-2"}}},
		{ID: "ini-2", Title: "Programme of exchange", Kind: cooperation.KindExchangeProgramme, Parties: []orgs.StateID{"AZ"},
			History: []cooperation.StatusChange{{Status: cooperation.StatusProposed, Date: amity.MustParseDate("2022"), Sources: src}}, Sources: src},
	}
}

var initiativeMutations = []struct {
	name string
	set  func(in *cooperation.Initiative, s string)
}{
	{"id", func(in *cooperation.Initiative, s string) { in.ID = cooperation.InitiativeID(s) }},
	{"title", func(in *cooperation.Initiative, s string) { in.Title = s }},
	{"kind", func(in *cooperation.Initiative, s string) { in.Kind = cooperation.InitiativeKind(s) }},
	{"topics", func(in *cooperation.Initiative, s string) { in.Topics = append(in.Topics, events.Topic(s)) }},
	{"parties: add", func(in *cooperation.Initiative, s string) { in.Parties = append(in.Parties, orgs.StateID(s)) }},
	{"parties: nil", func(in *cooperation.Initiative, s string) { in.Parties = nil }},
	{"places", func(in *cooperation.Initiative, s string) {
		in.Places = append(in.Places, orgs.Place{City: s, Country: "AZ"})
	}},
	{"places: country", func(in *cooperation.Initiative, s string) {
		in.Places = append(in.Places, orgs.Place{Country: orgs.StateID(s)})
	}},
	{"organizations", func(in *cooperation.Initiative, s string) {
		in.Organizations = append(in.Organizations, orgs.OrganizationID(s))
	}},
	{"proposed_by", func(in *cooperation.Initiative, s string) { in.ProposedBy = append(in.ProposedBy, orgs.OfficialID(s)) }},
	{"led_by", func(in *cooperation.Initiative, s string) { in.LedBy = append(in.LedBy, orgs.OfficialID(s)) }},
	{"meetings", func(in *cooperation.Initiative, s string) { in.Meetings = append(in.Meetings, events.MeetingID(s)) }},
	{"statements", func(in *cooperation.Initiative, s string) {
		in.Statements = append(in.Statements, events.StatementID(s))
	}},
	{"history: status", func(in *cooperation.Initiative, s string) {
		in.History[len(in.History)-1].Status = cooperation.Status(s)
	}},
	{"history: first status", func(in *cooperation.Initiative, s string) { in.History[0].Status = cooperation.Status(s) }},
	{"history: date", func(in *cooperation.Initiative, s string) {
		d, _ := amity.ParseDate(s)
		in.History[len(in.History)-1].Date = d
	}},
	{"history: meeting", func(in *cooperation.Initiative, s string) { in.History[0].Meeting = events.MeetingID(s) }},
	{"history: note", func(in *cooperation.Initiative, s string) { in.History[0].Note = s }},
	{"history: sources", func(in *cooperation.Initiative, s string) {
		in.History[0].Sources = append(in.History[0].Sources, amity.SourceID(s))
	}},
	{"history: add", func(in *cooperation.Initiative, s string) {
		d, _ := amity.ParseDate(s)
		in.History = append(in.History, cooperation.StatusChange{Status: cooperation.Status(s), Date: d, Sources: []amity.SourceID{"src-1"}})
	}},
	{"history: empty", func(in *cooperation.Initiative, s string) { in.History = []cooperation.StatusChange{} }},
	{"summary", func(in *cooperation.Initiative, s string) { in.Summary = s }},
	{"sources", func(in *cooperation.Initiative, s string) { in.Sources = append(in.Sources, amity.SourceID(s)) }},
	{"field_sources: key", func(in *cooperation.Initiative, s string) { in.FieldSources = amity.FieldSources{s: {"src-1"}} }},
	{"field_sources: value", func(in *cooperation.Initiative, s string) {
		in.FieldSources = amity.FieldSources{"title": {amity.SourceID(s)}}
	}},
}

var scaleValues = []string{
	"", "x", "AZ", "az", "IR", "ZZ", "Q42", "2022", "2021", "2022-06-20", "2030", "ini-9", "m-1", "-x", strings.Repeat("a", 129),
	"proposed", "agreed", "drafting", "completed", "abandoned", "festival", "twinning", "cinema", "title", "colour",
	" lead", "trail ", "two\nlines", "tab\there", "nul\x00", "bad\xffutf8", "Kərimov", strings.Repeat("ş", 513), strings.Repeat("x", 4097),
}

// sameVerdict checks that the compiled check of in agrees with Validate,
// and returns the verdict.
func sameVerdict(t *testing.T, what string, in cooperation.Initiative) bool {
	t.Helper()
	want := amity.Errors(in.Validate())
	got := initiativeOK(nil, &in)
	if got != (len(want) == 0) {
		t.Fatalf("%s: the compiled check says valid %v, Validate reports %v\n%+v", what, got, want, in)
	}
	if diff := cmp.Diff(want, fastcheck.Problems(got, in)); diff != "" {
		t.Fatalf("%s: Problems differs from Validate (-Validate +Problems):\n%s", what, diff)
	}
	return got
}

func cloneInitiative(t testing.TB, in cooperation.Initiative) cooperation.Initiative {
	b, err := jsonx.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out cooperation.Initiative
	if err := jsonv2.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestInitiativeCheckDifferential(t *testing.T) {
	for _, base := range scaleInitiatives() {
		if !sameVerdict(t, "base", base) {
			t.Fatalf("initiative %s: not passed", base.ID)
		}
	}
	broken := 0
	for _, m := range initiativeMutations {
		t.Run(m.name, func(t *testing.T) {
			breaks := false
			for _, base := range scaleInitiatives() {
				for _, s := range scaleValues {
					in := cloneInitiative(t, base)
					m.set(&in, s)
					breaks = !sameVerdict(t, m.name+" = "+strings.ToValidUTF8(s, "?"), in) || breaks
				}
			}
			if breaks {
				broken++
			}
		})
	}
	if broken < len(initiativeMutations)*3/4 {
		t.Errorf("only %d of %d mutations break a rule", broken, len(initiativeMutations))
	}
}

// FuzzInitiativeDifferential decodes data leniently as an initiative,
// applies mutation field with s, and checks that the compiled check
// agrees with Validate.
func FuzzInitiativeDifferential(f *testing.F) {
	for i, in := range scaleInitiatives() {
		b, err := jsonx.Marshal(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(0), "")
		f.Add(b, uint8(i+14), "abandoned")
	}
	f.Fuzz(func(t *testing.T, data []byte, field uint8, s string) {
		var in cooperation.Initiative
		if err := jsonv2.Unmarshal(data, &in); err != nil {
			return
		}
		if field != 0 && len(in.History) > 0 {
			initiativeMutations[int(field-1)%len(initiativeMutations)].set(&in, s)
		}
		sameVerdict(t, "fuzzed", in)
	})
}

// decodeDifferential checks that what the fast decoders of initiatives
// and ties accept of data, as a line and as an element of a document,
// the strict decoder decodes to an equal value, and returns the kinds
// whose line it accepted.
func decodeDifferential(t *testing.T, data []byte, depth, str int) []Kind {
	t.Helper()
	d := fastdecode.New(depth, str)
	var accepted []Kind
	if fastDiff(t, d, data, depth, str, KindInitiative, (*fastdecode.Decoder).Initiative, func(l *initiativeLine) *cooperation.Initiative { return &l.Initiative }) {
		accepted = append(accepted, KindInitiative)
	}
	if fastDiff(t, d, data, depth, str, KindTie, (*fastdecode.Decoder).Tie, func(l *tieLine) *cooperation.Tie { return &l.Tie }) {
		accepted = append(accepted, KindTie)
	}
	return accepted
}

// fastDiff checks fast, the fast decoder of kind, against the strict
// decoder on data, as a line whose wrapper is L and as an element of a
// document, and reports whether fast accepted the line.
func fastDiff[T, L any](t *testing.T, d *fastdecode.Decoder, data []byte, depth, str int, kind Kind,
	fast func(*fastdecode.Decoder, *T, []byte, int, string) bool, entity func(*L) *T) bool {
	t.Helper()
	opts := func(at int) jsonx.Options { return jsonx.Options{MaxDepth: depth, MaxStringBytes: str, Depth: at} }
	dateEqual := cmp.Comparer(func(a, b amity.Date) bool { return a == b })
	var line, elem T
	lineOK := fast(d, &line, data, 0, `{"entity":"`+string(kind)+`"`)
	if lineOK {
		var want L
		if err := opts(0).Unmarshal(data, &want); err != nil {
			t.Fatalf("the fast decoder accepts %q, the strict decoder rejects it: %v", data, err)
		}
		if diff := cmp.Diff(*entity(&want), line, dateEqual); diff != "" {
			t.Fatalf("the decoders differ on %q (-strict +fast):\n%s", data, diff)
		}
	}
	if fast(d, &elem, data, 2, "") {
		var want T
		if err := opts(2).Unmarshal(data, &want); err != nil {
			t.Fatalf("the fast decoder accepts %q, the strict decoder rejects it: %v", data, err)
		}
		if diff := cmp.Diff(want, elem, dateEqual); diff != "" {
			t.Fatalf("the decoders differ on %q (-strict +fast):\n%s", data, diff)
		}
	}
	return lineOK
}

// scaleLines returns the initiatives and ties as lines of JSON Lines.
func scaleLines(t testing.TB) [][]byte {
	var out [][]byte
	add := func(v any) {
		b, err := jsonx.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	for _, in := range scaleInitiatives() {
		add(initiativeLine{KindInitiative, in})
	}
	for _, tie := range scaleTies() {
		add(tieLine{KindTie, tie})
	}
	return out
}

func TestFastDecodeDifferential(t *testing.T) {
	for _, line := range scaleLines(t) {
		if got := decodeDifferential(t, line, DefaultMaxDepth, DefaultMaxStringBytes); len(got) != 1 {
			t.Errorf("the fast decoders accept %s as %v, want one kind", line, got)
		}
	}
	for _, c := range []struct{ name, line string }{
		{"duplicate member", `{"entity":"initiative","id":"a","id":"b"}`},
		{"unknown member", `{"entity":"initiative","colour":"red"}`},
		{"null", `{"entity":"initiative","parties":null}`},
		{"number", `{"entity":"initiative","more_organizations":1}`},
		{"empty history", `{"entity":"initiative","history":[]}`},
		{"unknown member in history", `{"entity":"initiative","history":[{"status":"proposed","when":"2022"}]}`},
		{"impossible date", `{"entity":"initiative","history":[{"status":"proposed","date":"2022-02-30"}]}`},
		{"tie: empty places", `{"entity":"tie","places":[]}`},
		{"tie: unknown member", `{"entity":"tie","id":"t","since":"1992"}`},
		{"tie: duplicate member", `{"entity":"tie","id":"t","kind":"twinning","kind":"twinning"}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := decodeDifferential(t, []byte(c.line), DefaultMaxDepth, DefaultMaxStringBytes); len(got) > 0 {
				t.Errorf("the fast decoders accept %s as %v", c.line, got)
			}
		})
	}
}

func FuzzFastDecodeDifferential(f *testing.F) {
	for _, line := range scaleLines(f) {
		f.Add(line, uint8(64), uint16(1024))
	}
	f.Fuzz(func(t *testing.T, data []byte, depth uint8, str uint16) {
		decodeDifferential(t, data, int(depth%16)+1, int(str)%2048+1)
	})
}

// scaleTies are valid ties: diplomatic relations, and a twinning with its
// places.
func scaleTies() []cooperation.Tie {
	src := []amity.SourceID{"src-1"}
	return []cooperation.Tie{
		{ID: "tie-az-ir", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"}, Established: amity.MustParseDate("1992-03-12"), Sources: src,
			FieldSources: amity.FieldSources{"established": {"src-2"}}},
		{ID: "tie-shusha", Kind: cooperation.TieTwinning, States: []orgs.StateID{"AZ", "IR"},
			Places:      []orgs.Place{{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ"}, {Country: "IR", Note: "A city not yet named."}},
			Established: amity.MustParseDate("2022"), Ended: amity.MustParseDate("2030"), Sources: src},
	}
}

var tieMutations = []struct {
	name string
	set  func(t *cooperation.Tie, s string)
}{
	{"id", func(t *cooperation.Tie, s string) { t.ID = cooperation.TieID(s) }},
	{"kind", func(t *cooperation.Tie, s string) { t.Kind = cooperation.TieKind(s) }},
	{"states: first", func(t *cooperation.Tie, s string) { t.States[0] = orgs.StateID(s) }},
	{"states: add", func(t *cooperation.Tie, s string) { t.States = append(t.States, orgs.StateID(s)) }},
	{"states: same", func(t *cooperation.Tie, s string) { t.States[1] = t.States[0] }},
	{"places: add", func(t *cooperation.Tie, s string) { t.Places = append(t.Places, orgs.Place{City: s, Country: "AZ"}) }},
	{"places: country", func(t *cooperation.Tie, s string) {
		if len(t.Places) > 0 {
			t.Places[0].Country = orgs.StateID(s)
		}
	}},
	{"places: empty", func(t *cooperation.Tie, s string) { t.Places = []orgs.Place{} }},
	{"places: nil", func(t *cooperation.Tie, s string) { t.Places = nil }},
	{"established", func(t *cooperation.Tie, s string) {
		d, _ := amity.ParseDate(s)
		t.Established = d
	}},
	{"ended", func(t *cooperation.Tie, s string) {
		d, _ := amity.ParseDate(s)
		t.Ended = d
	}},
	{"sources", func(t *cooperation.Tie, s string) { t.Sources = append(t.Sources, amity.SourceID(s)) }},
	{"field_sources: key", func(t *cooperation.Tie, s string) { t.FieldSources = amity.FieldSources{s: {"src-1"}} }},
}

// sameTieVerdict checks that the compiled check of t agrees with
// Validate, and returns the verdict.
func sameTieVerdict(t *testing.T, what string, tie cooperation.Tie) bool {
	t.Helper()
	want := amity.Errors(tie.Validate())
	got := tieOK(nil, &tie)
	if got != (len(want) == 0) {
		t.Fatalf("%s: the compiled check says valid %v, Validate reports %v\n%+v", what, got, want, tie)
	}
	return got
}

func TestTieCheckDifferential(t *testing.T) {
	broken := 0
	for _, m := range tieMutations {
		t.Run(m.name, func(t *testing.T) {
			breaks := false
			for _, base := range scaleTies() {
				if !sameTieVerdict(t, "base", base) {
					t.Fatalf("tie %s: not passed", base.ID)
				}
				for _, s := range append(scaleValues, "diplomatic_relations", "cultural_agreement", "1992", "1991-12") {
					tie := base
					tie.States = slices.Clone(base.States)
					tie.Places = slices.Clone(base.Places)
					m.set(&tie, s)
					breaks = !sameTieVerdict(t, m.name+" = "+strings.ToValidUTF8(s, "?"), tie) || breaks
				}
			}
			if breaks {
				broken++
			}
		})
	}
	if broken < len(tieMutations)*3/4 {
		t.Errorf("only %d of %d mutations break a rule", broken, len(tieMutations))
	}
}

// FuzzTieDifferential decodes data leniently as a tie, applies mutation
// field with s, and checks that the compiled check agrees with Validate.
func FuzzTieDifferential(f *testing.F) {
	for i, tie := range scaleTies() {
		b, err := jsonx.Marshal(tie)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(0), "")
		f.Add(b, uint8(i+2), "twinning")
	}
	f.Fuzz(func(t *testing.T, data []byte, field uint8, s string) {
		var tie cooperation.Tie
		if err := jsonv2.Unmarshal(data, &tie); err != nil {
			return
		}
		if field != 0 && len(tie.States) == 2 {
			tieMutations[int(field-1)%len(tieMutations)].set(&tie, s)
		}
		sameTieVerdict(t, "fuzzed", tie)
	})
}

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
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
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
		{orgs.Ministry{}, req("id", "name", "portfolio", "state")},
		{orgs.Organization{}, req("id", "kind", "name")},
		{orgs.Membership{}, req("state")},
		{orgs.Official{}, req("id", "name")},
		{orgs.Post{}, req("id", "title", "state")},
		{orgs.Place{}, req("country")},
		{events.Meeting{}, req("date", "id", "participants", "sources")},
		{events.Participant{}, req("official", "state")},
		{events.Statement{}, req("speakers", "summary", "verb")},
		{events.EventCode{}, req("cameo")},
		{events.Visit{}, req("guest", "host", "id", "sources", "start", "visitors")},
		{relations.Initiative{}, req("history", "id", "kind", "parties", "sources", "title")},
		{relations.StatusChange{}, req("date", "sources", "status")},
		{relations.Tie{}, req("established", "id", "kind", "sources", "states")},
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
			{Path: "statements[0].speakers", Kind: amity.KindRequired},
			{Path: "statements[0].summary", Kind: amity.KindRequired},
			{Path: "statements[0].verb", Kind: amity.KindRequired},
		}
		if diff := cmp.Diff(want, amitytest.Problems(t, m.Validate())); diff != "" {
			t.Errorf("Meeting with zero elements (-want +got):\n%s", diff)
		}
	})
}

var d = amity.MustParseDate

func validInitiative() relations.Initiative {
	return relations.Initiative{
		ID:     "shusha-twinning",
		Title:  "Twinning of Shusha with an Iranian city",
		Kind:   relations.KindTwinning,
		Topics: []events.Topic{events.TopicTwinning},
		Parties: []orgs.StateID{
			"AZ", "IR",
		},
		Places: []orgs.Place{
			{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ"},
			{Country: "IR", Note: "One of the Iranian cities, not yet named."},
		},
		Organizations:     []orgs.OrganizationID{"icro"},
		MoreOrganizations: true,
		ProposedBy:        []orgs.OfficialID{"imanipur"},
		ProposalInferred:  true,
		LedBy:             []orgs.OfficialID{"imanipur"},
		Meetings:          []events.MeetingID{"karimov-imanipur"},
		Statements:        []events.StatementID{"imanipur-twinning"},
		History: []relations.StatusChange{
			{Status: relations.StatusProposed, Date: d("2022-06-20"), Meeting: "karimov-imanipur", Note: "Proposed by Imanipur.", Sources: []amity.SourceID{"azernews"}},
			{Status: relations.StatusAgreed, Date: d("2022-07"), Sources: []amity.SourceID{"later"}},
		},
		Summary:      "Imanipur proposed twinning Shusha with one of the Iranian cities.",
		Sources:      []amity.SourceID{"azernews"},
		FieldSources: amity.FieldSources{"places": {"azernews"}},
	}
}

func TestInitiativeValidate(t *testing.T) {
	change := func(s relations.Status, date string) relations.StatusChange {
		return relations.StatusChange{Status: s, Date: d(date), Sources: []amity.SourceID{"s"}}
	}
	amitytest.CheckRules(t, validInitiative, []amitytest.Rule[relations.Initiative]{
		{Name: "valid", Change: func(*relations.Initiative) {}, Want: nil},
		{Name: "id missing", Change: func(in *relations.Initiative) { in.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "id bad", Change: func(in *relations.Initiative) { in.ID = "shusha twinning" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "title missing", Change: func(in *relations.Initiative) { in.Title = "" }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindRequired}}},
		{Name: "title with NUL", Change: func(in *relations.Initiative) { in.Title = "a\x00" }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindInvalid}}},
		{Name: "title of 1 MiB", Change: func(in *relations.Initiative) { in.Title = strings.Repeat("a", 1<<20) }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindOutOfRange}}},
		{Name: "kind missing", Change: func(in *relations.Initiative) { in.Kind = "" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindRequired}}},
		{Name: "kind unknown", Change: func(in *relations.Initiative) { in.Kind = "sister_cities" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindInvalid}}},
		{Name: "topic unknown", Change: func(in *relations.Initiative) { in.Topics = []events.Topic{"cities"} }, Want: []amitytest.Problem{{Path: "topics[0]", Kind: amity.KindInvalid}}},
		{Name: "parties missing", Change: func(in *relations.Initiative) { in.Parties = nil }, Want: []amitytest.Problem{{Path: "parties", Kind: amity.KindRequired}}},
		{Name: "parties empty", Change: func(in *relations.Initiative) { in.Parties = []orgs.StateID{} }, Want: []amitytest.Problem{{Path: "parties", Kind: amity.KindOutOfRange}}},
		{Name: "one party", Change: func(in *relations.Initiative) { in.Parties = []orgs.StateID{"AZ"} }, Want: nil},
		{Name: "party twice", Change: func(in *relations.Initiative) { in.Parties = []orgs.StateID{"AZ", "AZ"} }, Want: []amitytest.Problem{{Path: "parties", Kind: amity.KindDuplicate}}},
		{Name: "party lower case", Change: func(in *relations.Initiative) { in.Parties = []orgs.StateID{"AZ", "ir"} }, Want: []amitytest.Problem{{Path: "parties[1]", Kind: amity.KindInvalid}}},
		{Name: "place without country", Change: func(in *relations.Initiative) { in.Places[1].Country = "" }, Want: []amitytest.Problem{{Path: "places[1].country", Kind: amity.KindRequired}}},
		{Name: "place subdivision elsewhere", Change: func(in *relations.Initiative) { in.Places[0].Country = "IR" }, Want: []amitytest.Problem{{Path: "places[0].subdivision", Kind: amity.KindInvalid}}},
		{Name: "organization bad", Change: func(in *relations.Initiative) { in.Organizations = []orgs.OrganizationID{"UNESCO ", ""} }, Want: []amitytest.Problem{
			{Path: "organizations[0]", Kind: amity.KindInvalid}, {Path: "organizations[1]", Kind: amity.KindRequired},
		}},
		{Name: "proposed_by bad", Change: func(in *relations.Initiative) { in.ProposedBy = []orgs.OfficialID{"-"} }, Want: []amitytest.Problem{{Path: "proposed_by[0]", Kind: amity.KindInvalid}}},
		{Name: "led_by bad", Change: func(in *relations.Initiative) { in.LedBy = []orgs.OfficialID{""} }, Want: []amitytest.Problem{{Path: "led_by[0]", Kind: amity.KindRequired}}},
		{Name: "meeting bad", Change: func(in *relations.Initiative) { in.Meetings = []events.MeetingID{"a b"} }, Want: []amitytest.Problem{{Path: "meetings[0]", Kind: amity.KindInvalid}}},
		{Name: "statement bad", Change: func(in *relations.Initiative) { in.Statements = []events.StatementID{"a b"} }, Want: []amitytest.Problem{{Path: "statements[0]", Kind: amity.KindInvalid}}},
		{Name: "history missing", Change: func(in *relations.Initiative) { in.History = nil }, Want: []amitytest.Problem{{Path: "history", Kind: amity.KindRequired}}},
		{Name: "history empty", Change: func(in *relations.Initiative) { in.History = []relations.StatusChange{} }, Want: []amitytest.Problem{{Path: "history", Kind: amity.KindOutOfRange}}},
		{Name: "history status unknown", Change: func(in *relations.Initiative) { in.History[0].Status = "planned" }, Want: []amitytest.Problem{{Path: "history[0].status", Kind: amity.KindInvalid}}},
		{Name: "history date missing", Change: func(in *relations.Initiative) { in.History[0].Date = amity.Date{} }, Want: []amitytest.Problem{{Path: "history[0].date", Kind: amity.KindRequired}}},
		{Name: "history meeting bad", Change: func(in *relations.Initiative) { in.History[0].Meeting = "/" }, Want: []amitytest.Problem{{Path: "history[0].meeting", Kind: amity.KindInvalid}}},
		{Name: "history note with NUL", Change: func(in *relations.Initiative) { in.History[0].Note = "\x00" }, Want: []amitytest.Problem{{Path: "history[0].note", Kind: amity.KindInvalid}}},
		{Name: "history sources missing", Change: func(in *relations.Initiative) { in.History[1].Sources = nil }, Want: []amitytest.Problem{{Path: "history[1].sources", Kind: amity.KindRequired}}},
		{Name: "history sources empty", Change: func(in *relations.Initiative) { in.History[1].Sources = []amity.SourceID{} }, Want: []amitytest.Problem{{Path: "history[1].sources", Kind: amity.KindOutOfRange}}},
		{Name: "history out of order", Change: func(in *relations.Initiative) { in.History[1].Date = d("2022-06-19") }, Want: []amitytest.Problem{{Path: "history[1].date", Kind: amity.KindConflict}}},
		{Name: "history out of order by a year", Change: func(in *relations.Initiative) { in.History[1].Date = d("2021") }, Want: []amitytest.Problem{{Path: "history[1].date", Kind: amity.KindConflict}}},
		{Name: "history on the same day", Change: func(in *relations.Initiative) { in.History[1].Date = d("2022-06-20") }, Want: nil},
		{Name: "history coarse date that may be later", Change: func(in *relations.Initiative) { in.History[1].Date = d("2022") }, Want: nil},
		{Name: "completed to proposed", Change: func(in *relations.Initiative) {
			in.History = []relations.StatusChange{change(relations.StatusCompleted, "2022"), change(relations.StatusProposed, "2023")}
		}, Want: []amitytest.Problem{{Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "agreed to proposed", Change: func(in *relations.Initiative) {
			in.History[0].Status, in.History[1].Status = relations.StatusAgreed, relations.StatusProposed
		}, Want: []amitytest.Problem{{Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "abandoned to in progress", Change: func(in *relations.Initiative) {
			in.History = []relations.StatusChange{change(relations.StatusAbandoned, "2022"), change(relations.StatusInProgress, "2023")}
		}, Want: []amitytest.Problem{{Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "completed to abandoned", Change: func(in *relations.Initiative) {
			in.History = []relations.StatusChange{change(relations.StatusCompleted, "2022"), change(relations.StatusAbandoned, "2023")}
		}, Want: []amitytest.Problem{{Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "out of order and backwards", Change: func(in *relations.Initiative) {
			in.History = []relations.StatusChange{change(relations.StatusSigned, "2022"), change(relations.StatusDrafting, "2021")}
		}, Want: []amitytest.Problem{{Path: "history[1].date", Kind: amity.KindConflict}, {Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "the whole lifecycle", Change: func(in *relations.Initiative) {
			in.History = []relations.StatusChange{
				change(relations.StatusProposed, "2022-06-20"), change(relations.StatusProposed, "2022-06-22"),
				change(relations.StatusAgreed, "2022-07"), change(relations.StatusDrafting, "2022-08"),
				change(relations.StatusSigned, "2022-09"), change(relations.StatusInProgress, "2022-10"),
				change(relations.StatusCompleted, "2023"), change(relations.StatusCompleted, "2024"),
			}
		}, Want: nil},
		{Name: "skipping forward, then abandoned", Change: func(in *relations.Initiative) {
			in.History = []relations.StatusChange{change(relations.StatusProposed, "2022"), change(relations.StatusInProgress, "2023"), change(relations.StatusAbandoned, "2024")}
		}, Want: nil},
		{Name: "too much history", Change: func(in *relations.Initiative) {
			in.History = make([]relations.StatusChange, 257)
			for i := range in.History {
				in.History[i] = change(relations.StatusProposed, "2022")
			}
		}, Want: []amitytest.Problem{{Path: "history", Kind: amity.KindOutOfRange}}},
		{Name: "summary with an escape", Change: func(in *relations.Initiative) { in.Summary = "\x1b" }, Want: []amitytest.Problem{{Path: "summary", Kind: amity.KindInvalid}}},
		{Name: "sources missing", Change: func(in *relations.Initiative) { in.Sources = nil }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindRequired}}},
		{Name: "field_sources names no field", Change: func(in *relations.Initiative) { in.FieldSources = amity.FieldSources{"cities": {"x"}} }, Want: []amitytest.Problem{{Path: "field_sources.cities", Kind: amity.KindInvalid}}},
	})
}

func TestStatusCanBecome(t *testing.T) {
	// allowed[from] lists the statuses from may become, in the order of
	// statuses.
	statuses := []relations.Status{
		relations.StatusProposed, relations.StatusAgreed, relations.StatusDrafting, relations.StatusSigned,
		relations.StatusInProgress, relations.StatusCompleted, relations.StatusAbandoned,
	}
	allowed := map[relations.Status]string{
		relations.StatusProposed:   "PADSICX",
		relations.StatusAgreed:     ".ADSICX",
		relations.StatusDrafting:   "..DSICX",
		relations.StatusSigned:     "...SICX",
		relations.StatusInProgress: "....ICX",
		relations.StatusCompleted:  ".....C.",
		relations.StatusAbandoned:  "......X",
	}
	for _, from := range statuses {
		var got strings.Builder
		for i, to := range statuses {
			if from.CanBecome(to) {
				got.WriteByte("PADSICX"[i])
			} else {
				got.WriteByte('.')
			}
		}
		if got.String() != allowed[from] {
			t.Errorf("%s may become %s, want %s", from, got.String(), allowed[from])
		}
		for _, bad := range []relations.Status{"", "planned"} {
			if from.CanBecome(bad) || bad.CanBecome(from) {
				t.Errorf("a transition between %q and %q is allowed", from, bad)
			}
		}
	}
	open := map[relations.Status]bool{}
	for _, s := range statuses {
		open[s] = s.Open()
	}
	wantOpen := map[relations.Status]bool{
		relations.StatusProposed: true, relations.StatusAgreed: true, relations.StatusDrafting: true, relations.StatusSigned: true,
		relations.StatusInProgress: true, relations.StatusCompleted: false, relations.StatusAbandoned: false,
	}
	if diff := cmp.Diff(wantOpen, open); diff != "" {
		t.Errorf("Open (-want +got):\n%s", diff)
	}
	if relations.Status("").Open() || relations.Status("planned").Valid() {
		t.Errorf("an unknown status is open or valid")
	}
}

func TestInitiativeStatus(t *testing.T) {
	in := validInitiative()
	if got := in.Status(); got != relations.StatusAgreed {
		t.Errorf("Status() = %q, want agreed", got)
	}
	if got := (relations.Initiative{}).Status(); got != "" {
		t.Errorf("Status() of no history = %q", got)
	}
	tests := []struct {
		on   string
		want relations.Status
		ok   bool
	}{
		{"2022-06-19", "", false},
		{"2022-06-20", relations.StatusProposed, true},
		{"2022-06", relations.StatusProposed, true},
		{"2022-07-15", relations.StatusAgreed, true},
		{"2023", relations.StatusAgreed, true},
	}
	for _, tt := range tests {
		s, ok := in.StatusOn(d(tt.on))
		if s != tt.want || ok != tt.ok {
			t.Errorf("StatusOn(%s) = %q, %v; want %q, %v", tt.on, s, ok, tt.want, tt.ok)
		}
	}
}

func TestInitiativeKinds(t *testing.T) {
	for _, k := range []relations.InitiativeKind{
		relations.KindExchangeProgramme, relations.KindCulturalCentre, relations.KindFestival, relations.KindCulturalWeek,
		relations.KindArtsExchange, relations.KindSectoral, relations.KindTwinning, relations.KindJointWork, relations.KindDomestic,
		relations.KindAgreement, relations.KindOtherInitiative, relations.KindHeritage,
	} {
		if !k.Valid() {
			t.Errorf("%q.Valid() = false", k)
		}
	}
	for _, k := range []relations.InitiativeKind{"", "Twinning", "festivals"} {
		if k.Valid() {
			t.Errorf("%q.Valid() = true", k)
		}
	}
	for _, k := range []relations.TieKind{relations.TieDiplomatic, relations.TieTwinning, relations.TieCulturalAgreement} {
		if !k.Valid() {
			t.Errorf("%q.Valid() = false", k)
		}
	}
	for _, k := range []relations.TieKind{"", "diplomatic"} {
		if k.Valid() {
			t.Errorf("%q.Valid() = true", k)
		}
	}
}

func validTie() relations.Tie {
	return relations.Tie{
		ID:           "az-ir-diplomatic",
		Kind:         relations.TieDiplomatic,
		States:       []orgs.StateID{"AZ", "IR"},
		Established:  d("1992-03-12"),
		Sources:      []amity.SourceID{"mfa-az"},
		FieldSources: amity.FieldSources{"established": {"mfa-az"}},
	}
}

func twinning(t *relations.Tie) {
	t.Kind = relations.TieTwinning
	t.Places = []orgs.Place{{City: "Baku", Country: "AZ"}, {City: "Tabriz", Country: "IR"}}
}

func TestTieValidate(t *testing.T) {
	amitytest.CheckRules(t, validTie, []amitytest.Rule[relations.Tie]{
		{Name: "valid", Change: func(*relations.Tie) {}, Want: nil},
		{Name: "valid twinning", Change: twinning, Want: nil},
		{Name: "id missing", Change: func(t *relations.Tie) { t.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "kind missing", Change: func(t *relations.Tie) { t.Kind = "" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindRequired}}},
		{Name: "kind unknown", Change: func(t *relations.Tie) { t.Kind = "friendship" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindInvalid}}},
		{Name: "states missing", Change: func(t *relations.Tie) { t.States = nil }, Want: []amitytest.Problem{{Path: "states", Kind: amity.KindRequired}}},
		{Name: "one state", Change: func(t *relations.Tie) { t.States = []orgs.StateID{"AZ"} }, Want: []amitytest.Problem{{Path: "states", Kind: amity.KindOutOfRange}}},
		{Name: "three states", Change: func(t *relations.Tie) { t.States = []orgs.StateID{"AZ", "IR", "TR"} }, Want: []amitytest.Problem{{Path: "states", Kind: amity.KindOutOfRange}}},
		{Name: "the same state twice", Change: func(t *relations.Tie) { t.States = []orgs.StateID{"AZ", "AZ"} }, Want: []amitytest.Problem{{Path: "states", Kind: amity.KindDuplicate}}},
		{Name: "state lower case", Change: func(t *relations.Tie) { t.States = []orgs.StateID{"AZ", "ir"} }, Want: []amitytest.Problem{{Path: "states[1]", Kind: amity.KindInvalid}}},
		{Name: "state empty", Change: func(t *relations.Tie) { t.States = []orgs.StateID{"", "IR"} }, Want: []amitytest.Problem{{Path: "states[0]", Kind: amity.KindRequired}}},
		{Name: "places on diplomatic relations", Change: func(t *relations.Tie) { t.Places = []orgs.Place{{Country: "AZ"}, {Country: "IR"}} }, Want: []amitytest.Problem{{Path: "places", Kind: amity.KindConflict}}},
		{Name: "twinning without places", Change: func(t *relations.Tie) { twinning(t); t.Places = nil }, Want: []amitytest.Problem{{Path: "places", Kind: amity.KindRequired}}},
		{Name: "twinning with one place", Change: func(t *relations.Tie) { twinning(t); t.Places = t.Places[:1] }, Want: []amitytest.Problem{{Path: "places", Kind: amity.KindOutOfRange}}},
		{Name: "twinning place without country", Change: func(t *relations.Tie) { twinning(t); t.Places[1].Country = "" }, Want: []amitytest.Problem{{Path: "places[1].country", Kind: amity.KindRequired}}},
		{Name: "established missing", Change: func(t *relations.Tie) { t.Established = amity.Date{} }, Want: []amitytest.Problem{{Path: "established", Kind: amity.KindRequired}}},
		{Name: "ended before established", Change: func(t *relations.Tie) { t.Ended = d("1991") }, Want: []amitytest.Problem{{Path: "ended", Kind: amity.KindConflict}}},
		{Name: "ended", Change: func(t *relations.Tie) { t.Ended = d("1992") }, Want: nil},
		{Name: "sources missing", Change: func(t *relations.Tie) { t.Sources = nil }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindRequired}}},
		{Name: "sources empty", Change: func(t *relations.Tie) { t.Sources = []amity.SourceID{} }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindOutOfRange}}},
		{Name: "field_sources names no field", Change: func(t *relations.Tie) { t.FieldSources = amity.FieldSources{"anniversary": {"x"}} }, Want: []amitytest.Problem{{Path: "field_sources.anniversary", Kind: amity.KindInvalid}}},
	})
}

func TestTieAnniversary(t *testing.T) {
	type result struct {
		N  int
		OK bool
	}
	tests := []struct {
		name        string
		established string
		ended       string
		year        int
		want        result
	}{
		{"30th", "1992-03-12", "", 2022, result{30, true}},
		{"known to the year", "1992", "", 2022, result{30, true}},
		{"first", "1992-03-12", "", 1993, result{1, true}},
		{"the year established", "1992-03-12", "", 1992, result{0, false}},
		{"before", "1992-03-12", "", 1980, result{0, false}},
		{"the year it ended", "1992", "2000-05", 2000, result{8, true}},
		{"after it ended", "1992", "2000-05", 2001, result{0, false}},
		{"not established", "", "", 2022, result{0, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tie := relations.Tie{}
			if tt.established != "" {
				tie.Established = d(tt.established)
			}
			if tt.ended != "" {
				tie.Ended = d(tt.ended)
			}
			n, ok := tie.Anniversary(tt.year)
			if diff := cmp.Diff(tt.want, result{n, ok}); diff != "" {
				t.Errorf("Anniversary(%d) (-want +got):\n%s", tt.year, diff)
			}
		})
	}
}

func TestTieAge(t *testing.T) {
	tests := []struct {
		established, on string
		n               int
		exact           bool
	}{
		{"1992-03-12", "2022-06-20", 30, true},
		{"1992", "2022-06-20", 29, false},
		{"1992-03-12", "2022-03-11", 29, true},
	}
	for _, tt := range tests {
		tie := relations.Tie{Established: d(tt.established)}
		if n, ok := tie.Age(d(tt.on)); n != tt.n || ok != tt.exact {
			t.Errorf("Age(%s) of a tie of %s = %d, %v; want %d, %v", tt.on, tt.established, n, ok, tt.n, tt.exact)
		}
	}
}

func TestTieBetween(t *testing.T) {
	tie := validTie()
	tests := []struct {
		a, b orgs.StateID
		want bool
	}{
		{"AZ", "IR", true},
		{"IR", "AZ", true},
		{"AZ", "TR", false},
		{"AZ", "AZ", false},
	}
	for _, tt := range tests {
		if got := tie.Between(tt.a, tt.b); got != tt.want {
			t.Errorf("Between(%s, %s) = %v", tt.a, tt.b, got)
		}
	}
	if (relations.Tie{States: []orgs.StateID{"AZ"}}).Between("AZ", "AZ") {
		t.Errorf("a tie of one state is between it and itself")
	}
}

func TestOrdinal(t *testing.T) {
	tests := map[int]string{
		0: "0th", 1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 10: "10th", 11: "11th", 12: "12th", 13: "13th",
		21: "21st", 22: "22nd", 23: "23rd", 30: "30th", 101: "101st", 111: "111th", 112: "112th", 1000: "1000th",
	}
	for n, want := range tests {
		if got := relations.Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// full returns a value of every entity type with every field set.
func full() []any {
	src := amity.Source{
		ID: "azernews", Title: "Azerbaijan, Iran mull cultural cooperation", Publisher: "Azernews", Author: "Laman Ismayilova",
		URL: "https://www.azernews.az/culture/195474.html", Published: d("2022-06-22"), Language: "en",
		Cites: []amity.SourceID{"az-culture-ministry"}, Note: "Relays the ministry.\nSecond line.",
	}
	names := amity.Names{Name: "Mehdi Ismaili", LocalNames: map[string]string{"fa": "محمدمهدی اسماعیلی", "az": "Mehdi İsmayılı"}, Aliases: []string{"Mohammad Mehdi Esmaeili"}}
	fs := amity.FieldSources{"name": {"a", "b"}, "aliases": {"c"}}
	place := orgs.Place{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ", Venue: "Square", Wikidata: "Q216", Note: "Cultural capital."}
	membership := orgs.Membership{State: "AZ", Since: d("1992-06-03"), Until: d("2099"), Sources: []amity.SourceID{"unesco"}}
	post := orgs.Post{ID: "p", Title: "Minister", Role: orgs.RoleMinister, State: "IR", Ministry: "m", Organization: "o", Start: d("2021-08"), End: d("2025"), Sources: []amity.SourceID{"s"}}
	code := events.EventCode{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}
	participant := events.Participant{Official: "karimov", State: "AZ", Post: "karimov-minister"}
	statement := events.Statement{ID: "s1", Speakers: []orgs.OfficialID{"karimov"}, SpeakersInferred: true, Verb: events.VerbStressed,
		Summary: "s", Quote: "q", Topics: []events.Topic{events.TopicMusic}, Sources: []amity.SourceID{"azernews"}}
	change := relations.StatusChange{Status: relations.StatusProposed, Date: d("2022-06-20"), Meeting: "m1", Note: "n", Sources: []amity.SourceID{"s"}}
	return []any{
		src,
		orgs.State{ID: "IR", Names: names, Wikidata: "Q794", Capital: "Tehran", Sources: []amity.SourceID{"s"}, FieldSources: fs},
		orgs.Ministry{ID: "m", State: "IR", Portfolio: orgs.PortfolioCulture, Names: names, Wikidata: "Q1", URL: "https://x.ir/", Sources: []amity.SourceID{"s"}, FieldSources: fs},
		orgs.Organization{ID: "o", Kind: orgs.KindGovernmentAgency, Names: names, State: "IR", ParentMinistry: "m", ParentOrganization: "p",
			Founded: d("1995"), Dissolved: d("2099-01"), Members: []orgs.Membership{membership}, Wikidata: "Q2", URL: "https://icro.ir/",
			Sources: []amity.SourceID{"s"}, FieldSources: fs},
		membership,
		orgs.Official{ID: "esmaeili", Names: names, Posts: []orgs.Post{post}, Wikidata: "Q3", Sources: []amity.SourceID{"s"}, FieldSources: fs},
		post,
		place,
		events.Meeting{ID: "m1", Title: "t", Date: d("2022-06-20"), Place: place, Host: "IR", Participants: []events.Participant{participant, participant},
			Topics: []events.Topic{events.TopicCinema}, Statements: []events.Statement{statement}, Visit: "v", Codes: []events.EventCode{code},
			Summary: "s", Sources: []amity.SourceID{"s"}, FieldSources: fs},
		participant,
		statement,
		code,
		events.Visit{ID: "v", Visitors: []orgs.OfficialID{"karimov"}, Guest: "AZ", Host: "IR", Start: d("2022-06"), End: d("2022-06-21"),
			Places: []orgs.Place{place}, Occasion: events.OccasionTieAnniversary, Note: "n", Codes: []events.EventCode{code},
			Sources: []amity.SourceID{"s"}, FieldSources: fs},
		relations.Initiative{ID: "i", Title: "t", Kind: relations.KindTwinning, Topics: []events.Topic{events.TopicTwinning},
			Parties: []orgs.StateID{"AZ", "IR"}, Places: []orgs.Place{place}, Organizations: []orgs.OrganizationID{"unesco"},
			MoreOrganizations: true, ProposedBy: []orgs.OfficialID{"imanipur"}, ProposalInferred: true, LedBy: []orgs.OfficialID{"imanipur"},
			Meetings: []events.MeetingID{"m1"}, Statements: []events.StatementID{"s1"}, History: []relations.StatusChange{change},
			Summary: "s", Sources: []amity.SourceID{"s"}, FieldSources: fs},
		change,
		relations.Tie{ID: "t", Kind: relations.TieTwinning, States: []orgs.StateID{"AZ", "IR"}, Places: []orgs.Place{place, place},
			Established: d("1992-03-12"), Ended: d("2099"), Sources: []amity.SourceID{"s"}, FieldSources: fs},
	}
}

// TestFullSetsEveryField guards the round-trip test: a field added to an
// entity type and not to full() would go untested.
func TestFullSetsEveryField(t *testing.T) {
	for _, v := range full() {
		rv := reflect.ValueOf(v)
		for f := range rv.Type().Fields() {
			if f.IsExported() && rv.FieldByIndex(f.Index).IsZero() {
				t.Errorf("%T.%s is not set in full()", v, f.Name)
			}
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for _, v := range full() {
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
	for _, v := range full() {
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
		{relations.Tie{ID: "t", Kind: relations.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"}, Established: d("1992-03-12"), Sources: []amity.SourceID{"s"}},
			`{"id":"t","kind":"diplomatic_relations","states":["AZ","IR"],"established":"1992-03-12","sources":["s"]}`},
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

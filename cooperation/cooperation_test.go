package cooperation_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
)

var d = amity.MustParseDate

func validInitiative() cooperation.Initiative {
	return cooperation.Initiative{
		ID:     "shusha-twinning",
		Title:  "Twinning of Shusha with an Iranian city",
		Kind:   cooperation.KindTwinning,
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
		History: []cooperation.StatusChange{
			{Status: cooperation.StatusProposed, Date: d("2022-06-20"), Meeting: "karimov-imanipur", Note: "Proposed by Imanipur.", Sources: []amity.SourceID{"azernews"}},
			{Status: cooperation.StatusAgreed, Date: d("2022-07"), Sources: []amity.SourceID{"later"}},
		},
		Summary:      "Imanipur proposed twinning Shusha with one of the Iranian cities.",
		Sources:      []amity.SourceID{"azernews"},
		FieldSources: amity.FieldSources{"places": {"azernews"}},
	}
}

func TestInitiativeValidate(t *testing.T) {
	change := func(s cooperation.Status, date string) cooperation.StatusChange {
		return cooperation.StatusChange{Status: s, Date: d(date), Sources: []amity.SourceID{"s"}}
	}
	amitytest.CheckRules(t, validInitiative, []amitytest.Rule[cooperation.Initiative]{
		{Name: "valid", Change: func(*cooperation.Initiative) {}, Want: nil},
		{Name: "id missing", Change: func(in *cooperation.Initiative) { in.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "id bad", Change: func(in *cooperation.Initiative) { in.ID = "shusha twinning" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "title missing", Change: func(in *cooperation.Initiative) { in.Title = "" }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindRequired}}},
		{Name: "title with NUL", Change: func(in *cooperation.Initiative) { in.Title = "a\x00" }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindInvalid}}},
		{Name: "title of 1 MiB", Change: func(in *cooperation.Initiative) { in.Title = strings.Repeat("a", 1<<20) }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindOutOfRange}}},
		{Name: "kind missing", Change: func(in *cooperation.Initiative) { in.Kind = "" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindRequired}}},
		{Name: "kind unknown", Change: func(in *cooperation.Initiative) { in.Kind = "sister_cities" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindInvalid}}},
		{Name: "topic unknown", Change: func(in *cooperation.Initiative) { in.Topics = []events.Topic{"cities"} }, Want: []amitytest.Problem{{Path: "topics[0]", Kind: amity.KindInvalid}}},
		{Name: "parties missing", Change: func(in *cooperation.Initiative) { in.Parties = nil }, Want: []amitytest.Problem{{Path: "parties", Kind: amity.KindRequired}}},
		{Name: "parties empty", Change: func(in *cooperation.Initiative) { in.Parties = []orgs.StateID{} }, Want: []amitytest.Problem{{Path: "parties", Kind: amity.KindOutOfRange}}},
		{Name: "one party", Change: func(in *cooperation.Initiative) { in.Parties = []orgs.StateID{"AZ"} }, Want: nil},
		{Name: "party twice", Change: func(in *cooperation.Initiative) { in.Parties = []orgs.StateID{"AZ", "AZ"} }, Want: []amitytest.Problem{{Path: "parties", Kind: amity.KindDuplicate}}},
		{Name: "party lower case", Change: func(in *cooperation.Initiative) { in.Parties = []orgs.StateID{"AZ", "ir"} }, Want: []amitytest.Problem{{Path: "parties[1]", Kind: amity.KindInvalid}}},
		{Name: "place without country", Change: func(in *cooperation.Initiative) { in.Places[1].Country = "" }, Want: []amitytest.Problem{{Path: "places[1].country", Kind: amity.KindRequired}}},
		{Name: "place subdivision elsewhere", Change: func(in *cooperation.Initiative) { in.Places[0].Country = "IR" }, Want: []amitytest.Problem{{Path: "places[0].subdivision", Kind: amity.KindInvalid}}},
		{Name: "organization bad", Change: func(in *cooperation.Initiative) { in.Organizations = []orgs.OrganizationID{"UNESCO ", ""} }, Want: []amitytest.Problem{
			{Path: "organizations[0]", Kind: amity.KindInvalid}, {Path: "organizations[1]", Kind: amity.KindRequired},
		}},
		{Name: "proposed_by bad", Change: func(in *cooperation.Initiative) { in.ProposedBy = []orgs.OfficialID{"-"} }, Want: []amitytest.Problem{{Path: "proposed_by[0]", Kind: amity.KindInvalid}}},
		{Name: "led_by bad", Change: func(in *cooperation.Initiative) { in.LedBy = []orgs.OfficialID{""} }, Want: []amitytest.Problem{{Path: "led_by[0]", Kind: amity.KindRequired}}},
		{Name: "meeting bad", Change: func(in *cooperation.Initiative) { in.Meetings = []events.MeetingID{"a b"} }, Want: []amitytest.Problem{{Path: "meetings[0]", Kind: amity.KindInvalid}}},
		{Name: "statement bad", Change: func(in *cooperation.Initiative) { in.Statements = []events.StatementID{"a b"} }, Want: []amitytest.Problem{{Path: "statements[0]", Kind: amity.KindInvalid}}},
		{Name: "history missing", Change: func(in *cooperation.Initiative) { in.History = nil }, Want: []amitytest.Problem{{Path: "history", Kind: amity.KindRequired}}},
		{Name: "history empty", Change: func(in *cooperation.Initiative) { in.History = []cooperation.StatusChange{} }, Want: []amitytest.Problem{{Path: "history", Kind: amity.KindOutOfRange}}},
		{Name: "history status unknown", Change: func(in *cooperation.Initiative) { in.History[0].Status = "planned" }, Want: []amitytest.Problem{{Path: "history[0].status", Kind: amity.KindInvalid}}},
		{Name: "history date unknown", Change: func(in *cooperation.Initiative) { in.History[0].Date = amity.Date{} }},
		{Name: "related to itself", Change: func(in *cooperation.Initiative) { in.Related = []cooperation.InitiativeID{"x", in.ID} }, Want: []amitytest.Problem{{Path: "related[1]", Kind: amity.KindConflict}}},
		{Name: "history meeting bad", Change: func(in *cooperation.Initiative) { in.History[0].Meeting = "/" }, Want: []amitytest.Problem{{Path: "history[0].meeting", Kind: amity.KindInvalid}}},
		{Name: "history note with NUL", Change: func(in *cooperation.Initiative) { in.History[0].Note = "\x00" }, Want: []amitytest.Problem{{Path: "history[0].note", Kind: amity.KindInvalid}}},
		{Name: "history sources missing", Change: func(in *cooperation.Initiative) { in.History[1].Sources = nil }, Want: []amitytest.Problem{{Path: "history[1].sources", Kind: amity.KindRequired}}},
		{Name: "history sources empty", Change: func(in *cooperation.Initiative) { in.History[1].Sources = []amity.SourceID{} }, Want: []amitytest.Problem{{Path: "history[1].sources", Kind: amity.KindOutOfRange}}},
		{Name: "history out of order", Change: func(in *cooperation.Initiative) { in.History[1].Date = d("2022-06-19") }, Want: []amitytest.Problem{{Path: "history[1].date", Kind: amity.KindConflict}}},
		{Name: "history out of order by a year", Change: func(in *cooperation.Initiative) { in.History[1].Date = d("2021") }, Want: []amitytest.Problem{{Path: "history[1].date", Kind: amity.KindConflict}}},
		{Name: "history on the same day", Change: func(in *cooperation.Initiative) { in.History[1].Date = d("2022-06-20") }, Want: nil},
		{Name: "history coarse date that may be later", Change: func(in *cooperation.Initiative) { in.History[1].Date = d("2022") }, Want: nil},
		{Name: "completed to proposed", Change: func(in *cooperation.Initiative) {
			in.History = []cooperation.StatusChange{change(cooperation.StatusCompleted, "2022"), change(cooperation.StatusProposed, "2023")}
		}, Want: []amitytest.Problem{{Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "agreed to proposed", Change: func(in *cooperation.Initiative) {
			in.History[0].Status, in.History[1].Status = cooperation.StatusAgreed, cooperation.StatusProposed
		}, Want: []amitytest.Problem{{Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "abandoned to in progress", Change: func(in *cooperation.Initiative) {
			in.History = []cooperation.StatusChange{change(cooperation.StatusAbandoned, "2022"), change(cooperation.StatusInProgress, "2023")}
		}, Want: []amitytest.Problem{{Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "completed to abandoned", Change: func(in *cooperation.Initiative) {
			in.History = []cooperation.StatusChange{change(cooperation.StatusCompleted, "2022"), change(cooperation.StatusAbandoned, "2023")}
		}, Want: []amitytest.Problem{{Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "out of order and backwards", Change: func(in *cooperation.Initiative) {
			in.History = []cooperation.StatusChange{change(cooperation.StatusSigned, "2022"), change(cooperation.StatusDrafting, "2021")}
		}, Want: []amitytest.Problem{{Path: "history[1].date", Kind: amity.KindConflict}, {Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "the whole lifecycle", Change: func(in *cooperation.Initiative) {
			in.History = []cooperation.StatusChange{
				change(cooperation.StatusProposed, "2022-06-20"), change(cooperation.StatusProposed, "2022-06-22"),
				change(cooperation.StatusAgreed, "2022-07"), change(cooperation.StatusDrafting, "2022-08"),
				change(cooperation.StatusSigned, "2022-09"), change(cooperation.StatusInProgress, "2022-10"),
				change(cooperation.StatusCompleted, "2023"), change(cooperation.StatusCompleted, "2024"),
			}
		}, Want: nil},
		{Name: "skipping forward, then abandoned", Change: func(in *cooperation.Initiative) {
			in.History = []cooperation.StatusChange{change(cooperation.StatusProposed, "2022"), change(cooperation.StatusInProgress, "2023"), change(cooperation.StatusAbandoned, "2024")}
		}, Want: nil},
		{Name: "too much history", Change: func(in *cooperation.Initiative) {
			in.History = make([]cooperation.StatusChange, 257)
			for i := range in.History {
				in.History[i] = change(cooperation.StatusProposed, "2022")
			}
		}, Want: []amitytest.Problem{{Path: "history", Kind: amity.KindOutOfRange}}},
		{Name: "summary with an escape", Change: func(in *cooperation.Initiative) { in.Summary = "\x1b" }, Want: []amitytest.Problem{{Path: "summary", Kind: amity.KindInvalid}}},
		{Name: "sources missing", Change: func(in *cooperation.Initiative) { in.Sources = nil }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindRequired}}},
		{Name: "field_sources names no field", Change: func(in *cooperation.Initiative) { in.FieldSources = amity.FieldSources{"cities": {"x"}} }, Want: []amitytest.Problem{{Path: "field_sources.cities", Kind: amity.KindInvalid}}},
	})
}

func TestStatusCanBecome(t *testing.T) {
	// allowed[from] lists the statuses from may become, in the order of
	// statuses.
	statuses := []cooperation.Status{
		cooperation.StatusProposed, cooperation.StatusAgreed, cooperation.StatusDrafting, cooperation.StatusSigned,
		cooperation.StatusInProgress, cooperation.StatusCompleted, cooperation.StatusAbandoned,
	}
	allowed := map[cooperation.Status]string{
		cooperation.StatusProposed:   "PADSICX",
		cooperation.StatusAgreed:     ".ADSICX",
		cooperation.StatusDrafting:   "..DSICX",
		cooperation.StatusSigned:     "...SICX",
		cooperation.StatusInProgress: "....ICX",
		cooperation.StatusCompleted:  ".....C.",
		cooperation.StatusAbandoned:  "......X",
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
		for _, bad := range []cooperation.Status{"", "planned"} {
			if from.CanBecome(bad) || bad.CanBecome(from) {
				t.Errorf("a transition between %q and %q is allowed", from, bad)
			}
		}
	}
	open := map[cooperation.Status]bool{}
	for _, s := range statuses {
		open[s] = s.Open()
	}
	wantOpen := map[cooperation.Status]bool{
		cooperation.StatusProposed: true, cooperation.StatusAgreed: true, cooperation.StatusDrafting: true, cooperation.StatusSigned: true,
		cooperation.StatusInProgress: true, cooperation.StatusCompleted: false, cooperation.StatusAbandoned: false,
	}
	if diff := cmp.Diff(wantOpen, open); diff != "" {
		t.Errorf("Open (-want +got):\n%s", diff)
	}
	if cooperation.Status("").Open() || cooperation.Status("planned").Valid() {
		t.Errorf("an unknown status is open or valid")
	}
}

func TestInitiativeStatus(t *testing.T) {
	in := validInitiative()
	if got := in.Status(); got != cooperation.StatusAgreed {
		t.Errorf("Status() = %q, want agreed", got)
	}
	if got := (cooperation.Initiative{}).Status(); got != "" {
		t.Errorf("Status() of no history = %q", got)
	}
	tests := []struct {
		on   string
		want cooperation.Status
		ok   bool
	}{
		{"2022-06-19", "", false},
		{"2022-06-20", cooperation.StatusProposed, true},
		{"2022-06", cooperation.StatusProposed, true},
		{"2022-07-15", cooperation.StatusAgreed, true},
		{"2023", cooperation.StatusAgreed, true},
	}
	for _, tt := range tests {
		s, ok := in.StatusOn(d(tt.on))
		if s != tt.want || ok != tt.ok {
			t.Errorf("StatusOn(%s) = %q, %v; want %q, %v", tt.on, s, ok, tt.want, tt.ok)
		}
	}
}

func TestInitiativeKinds(t *testing.T) {
	for _, k := range []cooperation.InitiativeKind{
		cooperation.KindExchangeProgramme, cooperation.KindCulturalCentre, cooperation.KindFestival, cooperation.KindCulturalWeek,
		cooperation.KindArtsExchange, cooperation.KindSectoral, cooperation.KindTwinning, cooperation.KindJointWork, cooperation.KindDomestic,
		cooperation.KindAgreement, cooperation.KindOtherInitiative, cooperation.KindHeritage,
	} {
		if !k.Valid() {
			t.Errorf("%q.Valid() = false", k)
		}
	}
	for _, k := range []cooperation.InitiativeKind{"", "Twinning", "festivals"} {
		if k.Valid() {
			t.Errorf("%q.Valid() = true", k)
		}
	}
	for _, k := range []cooperation.TieKind{cooperation.TieDiplomatic, cooperation.TieTwinning, cooperation.TieCulturalAgreement} {
		if !k.Valid() {
			t.Errorf("%q.Valid() = false", k)
		}
	}
	for _, k := range []cooperation.TieKind{"", "diplomatic"} {
		if k.Valid() {
			t.Errorf("%q.Valid() = true", k)
		}
	}
}

func validTie() cooperation.Tie {
	return cooperation.Tie{
		ID:           "az-ir-diplomatic",
		Kind:         cooperation.TieDiplomatic,
		States:       []orgs.StateID{"AZ", "IR"},
		Established:  d("1992-03-12"),
		Sources:      []amity.SourceID{"mfa-az"},
		FieldSources: amity.FieldSources{"established": {"mfa-az"}},
	}
}

func twinning(t *cooperation.Tie) {
	t.Kind = cooperation.TieTwinning
	t.Places = []orgs.Place{{City: "Baku", Country: "AZ"}, {City: "Tabriz", Country: "IR"}}
}

func TestTieValidate(t *testing.T) {
	amitytest.CheckRules(t, validTie, []amitytest.Rule[cooperation.Tie]{
		{Name: "valid", Change: func(*cooperation.Tie) {}, Want: nil},
		{Name: "valid twinning", Change: twinning, Want: nil},
		{Name: "id missing", Change: func(t *cooperation.Tie) { t.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "kind missing", Change: func(t *cooperation.Tie) { t.Kind = "" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindRequired}}},
		{Name: "kind unknown", Change: func(t *cooperation.Tie) { t.Kind = "friendship" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindInvalid}}},
		{Name: "states missing", Change: func(t *cooperation.Tie) { t.States = nil }, Want: []amitytest.Problem{{Path: "states", Kind: amity.KindRequired}}},
		{Name: "one state", Change: func(t *cooperation.Tie) { t.States = []orgs.StateID{"AZ"} }, Want: []amitytest.Problem{{Path: "states", Kind: amity.KindOutOfRange}}},
		{Name: "three states", Change: func(t *cooperation.Tie) { t.States = []orgs.StateID{"AZ", "IR", "TR"} }, Want: []amitytest.Problem{{Path: "states", Kind: amity.KindOutOfRange}}},
		{Name: "the same state twice", Change: func(t *cooperation.Tie) { t.States = []orgs.StateID{"AZ", "AZ"} }, Want: []amitytest.Problem{{Path: "states", Kind: amity.KindDuplicate}}},
		{Name: "state lower case", Change: func(t *cooperation.Tie) { t.States = []orgs.StateID{"AZ", "ir"} }, Want: []amitytest.Problem{{Path: "states[1]", Kind: amity.KindInvalid}}},
		{Name: "state empty", Change: func(t *cooperation.Tie) { t.States = []orgs.StateID{"", "IR"} }, Want: []amitytest.Problem{{Path: "states[0]", Kind: amity.KindRequired}}},
		{Name: "places on diplomatic relations", Change: func(t *cooperation.Tie) { t.Places = []orgs.Place{{Country: "AZ"}, {Country: "IR"}} }, Want: []amitytest.Problem{{Path: "places", Kind: amity.KindConflict}}},
		{Name: "twinning without places", Change: func(t *cooperation.Tie) { twinning(t); t.Places = nil }, Want: []amitytest.Problem{{Path: "places", Kind: amity.KindRequired}}},
		{Name: "twinning with one place", Change: func(t *cooperation.Tie) { twinning(t); t.Places = t.Places[:1] }, Want: []amitytest.Problem{{Path: "places", Kind: amity.KindOutOfRange}}},
		{Name: "twinning place without country", Change: func(t *cooperation.Tie) { twinning(t); t.Places[1].Country = "" }, Want: []amitytest.Problem{{Path: "places[1].country", Kind: amity.KindRequired}}},
		{Name: "established missing", Change: func(t *cooperation.Tie) { t.Established = amity.Date{} }, Want: []amitytest.Problem{{Path: "established", Kind: amity.KindRequired}}},
		{Name: "ended before established", Change: func(t *cooperation.Tie) { t.Ended = d("1991") }, Want: []amitytest.Problem{{Path: "ended", Kind: amity.KindConflict}}},
		{Name: "ended", Change: func(t *cooperation.Tie) { t.Ended = d("1992") }, Want: nil},
		{Name: "sources missing", Change: func(t *cooperation.Tie) { t.Sources = nil }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindRequired}}},
		{Name: "sources empty", Change: func(t *cooperation.Tie) { t.Sources = []amity.SourceID{} }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindOutOfRange}}},
		{Name: "field_sources names no field", Change: func(t *cooperation.Tie) { t.FieldSources = amity.FieldSources{"anniversary": {"x"}} }, Want: []amitytest.Problem{{Path: "field_sources.anniversary", Kind: amity.KindInvalid}}},
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
			tie := cooperation.Tie{}
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
		tie := cooperation.Tie{Established: d(tt.established)}
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
	if (cooperation.Tie{States: []orgs.StateID{"AZ"}}).Between("AZ", "AZ") {
		t.Errorf("a tie of one state is between it and itself")
	}
}

func TestOrdinal(t *testing.T) {
	tests := map[int]string{
		0: "0th", 1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 10: "10th", 11: "11th", 12: "12th", 13: "13th",
		21: "21st", 22: "22nd", 23: "23rd", 30: "30th", 101: "101st", 111: "111th", 112: "112th", 1000: "1000th",
	}
	for n, want := range tests {
		if got := cooperation.Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

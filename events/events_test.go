package events_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// problem is what the tests compare of a FieldError: where and what kind.
type problem struct {
	Path string
	Kind amity.ErrorKind
}

// problems projects the FieldErrors of err to their paths and kinds,
// failing the test for a problem without a path.
func problems(t *testing.T, err error) []problem {
	t.Helper()
	var out []problem
	for _, fe := range amity.Errors(err) {
		if fe.Path == "" {
			t.Errorf("problem without a path: %v", fe)
		}
		out = append(out, problem{fe.Path, fe.Kind})
	}
	if err != nil && out == nil {
		t.Errorf("error %v holds no FieldError", err)
	}
	return out
}

// rule is one row of a validation table: a change to a valid value, and
// the problems the changed value must have.
type rule[T any] struct {
	name   string
	change func(*T)
	want   []problem
}

// checkRules validates, for each rule, a fresh valid value with the
// rule's change applied, and compares the problems with the rule's.
func checkRules[T interface{ Validate() error }](t *testing.T, valid func() T, rules []rule[T]) {
	t.Helper()
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			v := valid()
			r.change(&v)
			if diff := cmp.Diff(r.want, problems(t, v.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func validMeeting() events.Meeting {
	return events.Meeting{
		ID:    "karimov-esmaeili",
		Title: "Karimov meets Ismaili",
		Date:  amity.MustParseDate("2022-06-20"),
		Place: orgs.Place{City: "Tehran", Country: "IR"},
		Host:  "IR",
		Participants: []events.Participant{
			{Official: "karimov", State: "AZ", Post: "karimov-minister"},
			{Official: "esmaeili", State: "IR", Post: "esmaeili-minister"},
		},
		Topics: []events.Topic{events.TopicCinema, events.TopicBooks},
		Statements: []events.Statement{
			{ID: "s1", Speakers: []orgs.OfficialID{"karimov"}, Verb: events.VerbStressed, Summary: "Relations are developing.", Topics: []events.Topic{events.TopicBilateral}},
			{Speakers: []orgs.OfficialID{"karimov", "esmaeili"}, Verb: events.VerbDiscussed, Quote: "the sides discussed"},
		},
		Visit:        "karimov-iran-2022",
		Codes:        []events.EventCode{{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}},
		Summary:      "The ministers met in Tehran.",
		Sources:      []amity.SourceID{"azernews"},
		FieldSources: amity.FieldSources{"date": {"irna"}},
	}
}

func TestMeetingValidate(t *testing.T) {
	checkRules(t, validMeeting, []rule[events.Meeting]{
		{"valid", func(*events.Meeting) {}, nil},
		{"only the required fields", func(m *events.Meeting) {
			*m = events.Meeting{ID: "m", Date: amity.MustParseDate("2022"), Sources: []amity.SourceID{"s"},
				Participants: []events.Participant{{Official: "a", State: "AZ"}, {Official: "b", State: "IR"}}}
		}, nil},
		{"id missing", func(m *events.Meeting) { m.ID = "" }, []problem{{"id", amity.KindRequired}}},
		{"id bad", func(m *events.Meeting) { m.ID = "karimov esmaeili" }, []problem{{"id", amity.KindInvalid}}},
		{"title of two lines", func(m *events.Meeting) { m.Title = "a\nb" }, []problem{{"title", amity.KindInvalid}}},
		{"title of 1 MiB", func(m *events.Meeting) { m.Title = strings.Repeat("a", 1<<20) }, []problem{{"title", amity.KindOutOfRange}}},
		{"date missing", func(m *events.Meeting) { m.Date = amity.Date{} }, []problem{{"date", amity.KindRequired}}},
		{"no place", func(m *events.Meeting) { m.Place = orgs.Place{} }, nil},
		{"place without country", func(m *events.Meeting) { m.Place.Country = "" }, []problem{{"place.country", amity.KindRequired}}},
		{"place country lower case", func(m *events.Meeting) { m.Place.Country = "ir" }, []problem{{"place.country", amity.KindInvalid}}},
		{"place city with NUL", func(m *events.Meeting) { m.Place.City = "\x00" }, []problem{{"place.city", amity.KindInvalid}}},
		{"host lower case", func(m *events.Meeting) { m.Host = "ir" }, []problem{{"host", amity.KindInvalid}}},
		{"host not represented", func(m *events.Meeting) { m.Host = "TR" }, []problem{{"host", amity.KindConflict}}},
		{"no host", func(m *events.Meeting) { m.Host = "" }, nil},
		{"participants missing", func(m *events.Meeting) { m.Participants, m.Host, m.Statements = nil, "", nil }, []problem{{"participants", amity.KindRequired}}},
		{"participants empty", func(m *events.Meeting) { m.Participants, m.Host, m.Statements = []events.Participant{}, "", nil }, []problem{{"participants", amity.KindOutOfRange}}},
		{"one participant", func(m *events.Meeting) { m.Participants, m.Statements = m.Participants[1:], nil }, []problem{{"participants", amity.KindOutOfRange}}},
		{"too many participants", func(m *events.Meeting) {
			m.Participants = make([]events.Participant, 257)
			for i := range m.Participants {
				m.Participants[i] = events.Participant{Official: orgs.OfficialID("o" + strings.Repeat("x", i)), State: "IR"}
			}
			m.Statements = nil
		}, []problem{{"participants", amity.KindOutOfRange}}},
		{"participant twice", func(m *events.Meeting) {
			m.Participants = append(m.Participants, events.Participant{Official: "karimov", State: "AZ"})
		}, []problem{{"participants[2].official", amity.KindDuplicate}}},
		{"participant official missing", func(m *events.Meeting) { m.Participants[0].Official = "" }, []problem{
			{"participants[0].official", amity.KindRequired},
			{"statements[0].speakers[0]", amity.KindConflict},
			{"statements[1].speakers[0]", amity.KindConflict},
		}},
		{"participant state missing", func(m *events.Meeting) { m.Participants[1].State = "" }, []problem{
			{"participants[1].state", amity.KindRequired},
			{"host", amity.KindConflict},
		}},
		{"participant post bad", func(m *events.Meeting) { m.Participants[1].Post = "a post" }, []problem{{"participants[1].post", amity.KindInvalid}}},
		{"topic unknown", func(m *events.Meeting) { m.Topics = []events.Topic{"cinema", "film"} }, []problem{{"topics[1]", amity.KindInvalid}}},
		{"too many topics", func(m *events.Meeting) { m.Topics = make([]events.Topic, 33) }, []problem{{"topics", amity.KindOutOfRange}}},
		{"speaker not a participant", func(m *events.Meeting) { m.Statements[1].Speakers[1] = "aliyev" }, []problem{{"statements[1].speakers[1]", amity.KindConflict}}},
		{"statement verb unknown", func(m *events.Meeting) { m.Statements[0].Verb = "shouted" }, []problem{{"statements[0].verb", amity.KindInvalid}}},
		{"statement without words", func(m *events.Meeting) { m.Statements[1].Quote = "" }, []problem{{"statements[1].summary", amity.KindRequired}}},
		{"visit bad", func(m *events.Meeting) { m.Visit = "/" }, []problem{{"visit", amity.KindInvalid}}},
		{"cameo unknown", func(m *events.Meeting) { m.Codes[0].CAMEO = "190" }, []problem{{"codes[0].cameo", amity.KindInvalid}}},
		{"cameo and plover disagree", func(m *events.Meeting) { m.Codes[0].CAMEO = "036" }, []problem{{"codes[0].plover", amity.KindConflict}}},
		{"too many codes", func(m *events.Meeting) { m.Codes = make([]events.EventCode, 9) }, []problem{{"codes", amity.KindOutOfRange}}},
		{"summary with NUL", func(m *events.Meeting) { m.Summary = "\x00" }, []problem{{"summary", amity.KindInvalid}}},
		{"summary too long", func(m *events.Meeting) { m.Summary = strings.Repeat("a", 4097) }, []problem{{"summary", amity.KindOutOfRange}}},
		{"sources missing", func(m *events.Meeting) { m.Sources = nil }, []problem{{"sources", amity.KindRequired}}},
		{"sources empty", func(m *events.Meeting) { m.Sources = []amity.SourceID{} }, []problem{{"sources", amity.KindOutOfRange}}},
		{"source bad", func(m *events.Meeting) { m.Sources = []amity.SourceID{"azernews", "a b"} }, []problem{{"sources[1]", amity.KindInvalid}}},
		{"field_sources names no field", func(m *events.Meeting) { m.FieldSources = amity.FieldSources{"day": {"irna"}} }, []problem{{"field_sources.day", amity.KindInvalid}}},
		{"field_sources names a field", func(m *events.Meeting) {
			m.FieldSources = amity.FieldSources{"place": {"irna"}, "participants": {"irna"}, "codes": {"gdelt"}}
		}, nil},
	})
}

func TestMeetingHelpers(t *testing.T) {
	m := validMeeting()
	m.Participants = append(m.Participants, events.Participant{Official: "aliyev", State: "AZ"})
	if diff := cmp.Diff([]orgs.OfficialID{"karimov", "esmaeili", "aliyev"}, m.Officials()); diff != "" {
		t.Errorf("Officials (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]orgs.StateID{"AZ", "IR"}, m.States()); diff != "" {
		t.Errorf("States (-want +got):\n%s", diff)
	}
	if !m.Involves("IR") || m.Involves("TR") {
		t.Errorf("Involves is wrong")
	}
	if g, ok := m.Goldstein(); !ok || g != 1.9 {
		t.Errorf("Goldstein() = %v, %v; want 1.9, true", g, ok)
	}
	if _, ok := (events.Meeting{}).Goldstein(); ok {
		t.Errorf("Goldstein of a meeting without codes is known")
	}
	if got := m.Statements[1].Speaker(); got != "karimov" {
		t.Errorf("Speaker() = %q", got)
	}
	if got := (events.Statement{}).Speaker(); got != "" {
		t.Errorf("Speaker() of no speakers = %q", got)
	}
}

func validStatement() events.Statement {
	return events.Statement{
		ID:       "imanipur-twinning",
		Speakers: []orgs.OfficialID{"imanipur"},
		Verb:     events.VerbProposed,
		Summary:  "Proposed to twin Shusha with one of the Iranian cities.",
		Quote:    "twinning Shusha with one of the Iranian cities",
		Topics:   []events.Topic{events.TopicTwinning},
		Sources:  []amity.SourceID{"azernews"},
	}
}

func TestStatementValidate(t *testing.T) {
	checkRules(t, validStatement, []rule[events.Statement]{
		{"valid", func(*events.Statement) {}, nil},
		{"summary only", func(s *events.Statement) { s.Quote = "" }, nil},
		{"quote only", func(s *events.Statement) { s.Summary = "" }, nil},
		{"neither summary nor quote", func(s *events.Statement) { s.Summary, s.Quote = "", "" }, []problem{{"summary", amity.KindRequired}}},
		{"id bad", func(s *events.Statement) { s.ID = "a b" }, []problem{{"id", amity.KindInvalid}}},
		{"speakers missing", func(s *events.Statement) { s.Speakers = nil }, []problem{{"speakers", amity.KindRequired}}},
		{"speakers empty", func(s *events.Statement) { s.Speakers = []orgs.OfficialID{} }, []problem{{"speakers", amity.KindOutOfRange}}},
		{"speaker twice", func(s *events.Statement) { s.Speakers = []orgs.OfficialID{"a", "a"} }, []problem{{"speakers", amity.KindDuplicate}}},
		{"speaker empty", func(s *events.Statement) { s.Speakers = []orgs.OfficialID{"a", ""} }, []problem{{"speakers[1]", amity.KindRequired}}},
		{"verb missing", func(s *events.Statement) { s.Verb = "" }, []problem{{"verb", amity.KindRequired}}},
		{"verb unknown", func(s *events.Statement) { s.Verb = "touched upon" }, []problem{{"verb", amity.KindInvalid}}},
		{"summary with a carriage return", func(s *events.Statement) { s.Summary = "a\rb" }, []problem{{"summary", amity.KindInvalid}}},
		{"quote of many lines", func(s *events.Statement) { s.Quote = "a\nb\n\tc" }, nil},
		{"quote too long", func(s *events.Statement) { s.Quote = strings.Repeat("a", 4097) }, []problem{{"quote", amity.KindOutOfRange}}},
		{"topic unknown", func(s *events.Statement) { s.Topics = []events.Topic{"Twinning"} }, []problem{{"topics[0]", amity.KindInvalid}}},
		{"source bad", func(s *events.Statement) { s.Sources = []amity.SourceID{"."} }, []problem{{"sources[0]", amity.KindInvalid}}},
	})
}

func TestParticipantValidate(t *testing.T) {
	tests := []struct {
		name string
		p    events.Participant
		want []problem
	}{
		{"valid", events.Participant{Official: "karimov", State: "AZ", Post: "karimov-minister"}, nil},
		{"no post", events.Participant{Official: "karimov", State: "AZ"}, nil},
		{"official bad", events.Participant{Official: "Anar Karimov", State: "AZ"}, []problem{{"official", amity.KindInvalid}}},
		{"state bad", events.Participant{Official: "karimov", State: "Azerbaijan"}, []problem{{"state", amity.KindInvalid}}},
		{"post bad", events.Participant{Official: "karimov", State: "AZ", Post: "-"}, []problem{{"post", amity.KindInvalid}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, problems(t, tt.p.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEventCodeValidate(t *testing.T) {
	tests := []struct {
		name string
		c    events.EventCode
		want []problem
	}{
		{"cameo only", events.EventCode{CAMEO: "036"}, nil},
		{"cameo and plover", events.EventCode{CAMEO: "036", PLOVER: events.PLOVERAgree}, nil},
		{"cameo, plover, mode", events.EventCode{CAMEO: "043", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}, nil},
		{"cameo without a fixed mode", events.EventCode{CAMEO: "040", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeMultilateral}, nil},
		{"cue category", events.EventCode{CAMEO: "04", PLOVER: events.PLOVERConsult}, nil},
		{"cameo missing", events.EventCode{}, []problem{{"cameo", amity.KindRequired}}},
		{"cameo of category 19", events.EventCode{CAMEO: "190"}, []problem{{"cameo", amity.KindInvalid}}},
		{"cameo without leading zero", events.EventCode{CAMEO: "36"}, []problem{{"cameo", amity.KindInvalid}}},
		{"cameo not in the codebook", events.EventCode{CAMEO: "0399"}, []problem{{"cameo", amity.KindInvalid}}},
		{"plover unknown", events.EventCode{CAMEO: "036", PLOVER: "DEMAND"}, []problem{{"plover", amity.KindInvalid}}},
		{"plover lower case", events.EventCode{CAMEO: "036", PLOVER: "agree"}, []problem{{"plover", amity.KindInvalid}}},
		{"plover not the cameo's", events.EventCode{CAMEO: "036", PLOVER: events.PLOVERConsult}, []problem{{"plover", amity.KindConflict}}},
		{"plover for a code plover does not code", events.EventCode{CAMEO: "010", PLOVER: events.PLOVERAgree}, []problem{{"plover", amity.KindConflict}}},
		{"mode unknown", events.EventCode{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: "in-person"}, []problem{{"plover_mode", amity.KindInvalid}}},
		{"mode without plover", events.EventCode{CAMEO: "042", Mode: events.PLOVERModeVisit}, []problem{{"plover_mode", amity.KindConflict}}},
		{"mode of another type", events.EventCode{CAMEO: "036", PLOVER: events.PLOVERAgree, Mode: events.PLOVERModeVisit}, []problem{{"plover_mode", amity.KindConflict}}},
		{"mode not the cameo's", events.EventCode{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModePhone}, []problem{{"plover_mode", amity.KindConflict}}},
		{"unknown code, known plover", events.EventCode{CAMEO: "999", PLOVER: events.PLOVERAgree}, []problem{{"cameo", amity.KindInvalid}}},
		{"everything wrong", events.EventCode{CAMEO: "x", PLOVER: "y", Mode: "z"}, []problem{
			{"cameo", amity.KindInvalid}, {"plover", amity.KindInvalid}, {"plover_mode", amity.KindInvalid},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, problems(t, tt.c.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEventCodeEveryCAMEO checks that the PLOVER type and mode that each
// code of the table maps to are accepted with it.
func TestEventCodeEveryCAMEO(t *testing.T) {
	for _, code := range events.CAMEOCodes() {
		e, m := code.PLOVER()
		c := events.EventCode{CAMEO: code, PLOVER: e, Mode: m}
		if err := c.Validate(); err != nil {
			t.Errorf("EventCode%+v: %v", c, err)
		}
	}
}

func validVisit() events.Visit {
	return events.Visit{
		ID:       "karimov-iran-2022",
		Visitors: []orgs.OfficialID{"karimov"},
		Guest:    "AZ",
		Host:     "IR",
		Start:    amity.MustParseDate("2022-06-19"),
		End:      amity.MustParseDate("2022-06-21"),
		Places:   []orgs.Place{{City: "Tehran", Country: "IR"}},
		Occasion: events.OccasionTieAnniversary,
		Note:     "The 30th anniversary of diplomatic relations.",
		Codes:    []events.EventCode{{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}},
		Sources:  []amity.SourceID{"azernews"},
	}
}

func TestVisitValidate(t *testing.T) {
	checkRules(t, validVisit, []rule[events.Visit]{
		{"valid", func(*events.Visit) {}, nil},
		{"id missing", func(v *events.Visit) { v.ID = "" }, []problem{{"id", amity.KindRequired}}},
		{"visitors missing", func(v *events.Visit) { v.Visitors = nil }, []problem{{"visitors", amity.KindRequired}}},
		{"visitors empty", func(v *events.Visit) { v.Visitors = []orgs.OfficialID{} }, []problem{{"visitors", amity.KindOutOfRange}}},
		{"visitor twice", func(v *events.Visit) { v.Visitors = []orgs.OfficialID{"karimov", "karimov"} }, []problem{{"visitors", amity.KindDuplicate}}},
		{"visitor bad", func(v *events.Visit) { v.Visitors = []orgs.OfficialID{"karimov", "a b"} }, []problem{{"visitors[1]", amity.KindInvalid}}},
		{"guest missing", func(v *events.Visit) { v.Guest = "" }, []problem{{"guest", amity.KindRequired}}},
		{"guest lower case", func(v *events.Visit) { v.Guest = "az" }, []problem{{"guest", amity.KindInvalid}}},
		{"host missing", func(v *events.Visit) { v.Host = "" }, []problem{{"host", amity.KindRequired}}},
		{"host is guest", func(v *events.Visit) { v.Host = "AZ" }, []problem{{"host", amity.KindConflict}}},
		{"start missing", func(v *events.Visit) { v.Start = amity.Date{} }, []problem{{"start", amity.KindRequired}}},
		{"end before start", func(v *events.Visit) { v.End = amity.MustParseDate("2022-06-18") }, []problem{{"end", amity.KindConflict}}},
		{"end in the start's month", func(v *events.Visit) { v.Start = amity.MustParseDate("2022-06") }, nil},
		{"no end", func(v *events.Visit) { v.End = amity.Date{} }, nil},
		{"place without country", func(v *events.Visit) { v.Places[0].Country = "" }, []problem{{"places[0].country", amity.KindRequired}}},
		{"occasion unknown", func(v *events.Visit) { v.Occasion = "anniversary" }, []problem{{"occasion", amity.KindInvalid}}},
		{"note with NUL", func(v *events.Visit) { v.Note = "\x00" }, []problem{{"note", amity.KindInvalid}}},
		{"code conflict", func(v *events.Visit) { v.Codes[0].PLOVER = events.PLOVERAgree }, []problem{
			{"codes[0].plover", amity.KindConflict}, {"codes[0].plover_mode", amity.KindConflict},
		}},
		{"sources missing", func(v *events.Visit) { v.Sources = nil }, []problem{{"sources", amity.KindRequired}}},
		{"field_sources names no field", func(v *events.Visit) { v.FieldSources = amity.FieldSources{"end_date": {"x"}} }, []problem{{"field_sources.end_date", amity.KindInvalid}}},
	})
}

func TestVisitDates(t *testing.T) {
	d := amity.MustParseDate
	tests := []struct {
		name       string
		start, end string
		on         string
		want       bool
	}{
		{"inside", "2022-06-19", "2022-06-21", "2022-06-20", true},
		{"first day", "2022-06-19", "2022-06-21", "2022-06-19", true},
		{"after", "2022-06-19", "2022-06-21", "2022-06-22", false},
		{"before", "2022-06-19", "2022-06-21", "2022-06-18", false},
		{"one day", "2022-06-20", "", "2022-06-20", true},
		{"one-day visit, the next day", "2022-06-20", "2022-06-20", "2022-06-21", false},
		{"end unknown, a later day", "2022-06-20", "", "2022-06-21", true},
		{"end unknown, an earlier day", "2022-06-20", "", "2022-06-19", false},
		{"a month", "2022-06", "", "2022-06-30", true},
		{"coarse date may fall in", "2022-06-19", "2022-06-21", "2022-06", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := events.Visit{Start: d(tt.start)}
			if tt.end != "" {
				v.End = d(tt.end)
			}
			if got := v.Covers(d(tt.on)); got != tt.want {
				t.Errorf("Covers(%s) = %v, want %v", tt.on, got, tt.want)
			}
		})
	}
}

func TestVocabularies(t *testing.T) {
	type enum interface{ Valid() bool }
	var topics []enum
	for _, t := range events.Topics() {
		topics = append(topics, t)
	}
	tests := []struct {
		name  string
		valid []enum
		bad   []enum
	}{
		{"Topic", topics, []enum{events.Topic(""), events.Topic("Cinema"), events.Topic("film"), events.Topic("visual arts")}},
		{"Verb",
			[]enum{events.VerbSaid, events.VerbStressed, events.VerbUnderlined, events.VerbNoted, events.VerbTouchedOn, events.VerbSpokeAbout,
				events.VerbDiscussed, events.VerbSuggested, events.VerbProposed, events.VerbAgreed, events.VerbAnnounced, events.VerbExpressed,
				events.VerbInvited, events.VerbThanked},
			[]enum{events.Verb(""), events.Verb("Said"), events.Verb("touched upon")}},
		{"Occasion",
			[]enum{events.OccasionTieAnniversary, events.OccasionOfficialVisit, events.OccasionStateVisit, events.OccasionEvent,
				events.OccasionCommission, events.OccasionOther},
			[]enum{events.Occasion(""), events.Occasion("anniversary")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range tt.valid {
				if !e.Valid() {
					t.Errorf("%v.Valid() = false", e)
				}
			}
			for _, e := range tt.bad {
				if e.Valid() {
					t.Errorf("%q.Valid() = true", e)
				}
			}
		})
	}
	if len(events.Topics()) != 21 {
		t.Errorf("Topics() has %d topics, want 21", len(events.Topics()))
	}
	ts := events.Topics()
	ts[0] = "changed"
	if events.Topics()[0] == "changed" {
		t.Errorf("Topics() shares its slice")
	}
	if got := events.VerbTouchedOn.String(); got != "touched upon" {
		t.Errorf("VerbTouchedOn.String() = %q", got)
	}
}

package events_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
)

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
	amitytest.CheckRules(t, validMeeting, []amitytest.Rule[events.Meeting]{
		{Name: "valid", Change: func(*events.Meeting) {}, Want: nil},
		{Name: "only the required fields", Change: func(m *events.Meeting) {
			*m = events.Meeting{ID: "m", Date: amity.MustParseDate("2022"), Sources: []amity.SourceID{"s"},
				Participants: []events.Participant{{Official: "a", State: "AZ"}, {Official: "b", State: "IR"}}}
		}, Want: nil},
		{Name: "id missing", Change: func(m *events.Meeting) { m.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "id bad", Change: func(m *events.Meeting) { m.ID = "karimov esmaeili" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "title of two lines", Change: func(m *events.Meeting) { m.Title = "a\nb" }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindInvalid}}},
		{Name: "title of 1 MiB", Change: func(m *events.Meeting) { m.Title = strings.Repeat("a", 1<<20) }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindOutOfRange}}},
		{Name: "date missing", Change: func(m *events.Meeting) { m.Date = amity.Date{} }, Want: []amitytest.Problem{{Path: "date", Kind: amity.KindRequired}}},
		{Name: "no place", Change: func(m *events.Meeting) { m.Place = orgs.Place{} }, Want: nil},
		{Name: "place without country", Change: func(m *events.Meeting) { m.Place.Country = "" }, Want: []amitytest.Problem{{Path: "place.country", Kind: amity.KindRequired}}},
		{Name: "place country lower case", Change: func(m *events.Meeting) { m.Place.Country = "ir" }, Want: []amitytest.Problem{{Path: "place.country", Kind: amity.KindInvalid}}},
		{Name: "place city with NUL", Change: func(m *events.Meeting) { m.Place.City = "\x00" }, Want: []amitytest.Problem{{Path: "place.city", Kind: amity.KindInvalid}}},
		{Name: "host lower case", Change: func(m *events.Meeting) { m.Host = "ir" }, Want: []amitytest.Problem{{Path: "host", Kind: amity.KindInvalid}}},
		{Name: "host not represented", Change: func(m *events.Meeting) { m.Host = "TR" }, Want: []amitytest.Problem{{Path: "host", Kind: amity.KindConflict}}},
		{Name: "no host", Change: func(m *events.Meeting) { m.Host = "" }, Want: nil},
		{Name: "participants missing", Change: func(m *events.Meeting) { m.Participants, m.Host, m.Statements = nil, "", nil }, Want: []amitytest.Problem{{Path: "participants", Kind: amity.KindRequired}}},
		{Name: "participants empty", Change: func(m *events.Meeting) { m.Participants, m.Host, m.Statements = []events.Participant{}, "", nil }, Want: []amitytest.Problem{{Path: "participants", Kind: amity.KindOutOfRange}}},
		{Name: "one participant", Change: func(m *events.Meeting) { m.Participants, m.Statements = m.Participants[1:], nil }, Want: []amitytest.Problem{{Path: "participants", Kind: amity.KindOutOfRange}}},
		{Name: "too many participants", Change: func(m *events.Meeting) {
			m.Participants = make([]events.Participant, 257)
			for i := range m.Participants {
				m.Participants[i] = events.Participant{Official: orgs.OfficialID("o" + strings.Repeat("x", i)), State: "IR"}
			}
			m.Statements = nil
		}, Want: []amitytest.Problem{{Path: "participants", Kind: amity.KindOutOfRange}}},
		{Name: "participant twice", Change: func(m *events.Meeting) {
			m.Participants = append(m.Participants, events.Participant{Official: "karimov", State: "AZ"})
		}, Want: []amitytest.Problem{{Path: "participants[2].official", Kind: amity.KindDuplicate}}},
		{Name: "participant official missing", Change: func(m *events.Meeting) { m.Participants[0].Official = "" }, Want: []amitytest.Problem{
			{Path: "participants[0].official", Kind: amity.KindRequired},
			{Path: "statements[0].speakers[0]", Kind: amity.KindConflict},
			{Path: "statements[1].speakers[0]", Kind: amity.KindConflict},
		}},
		{Name: "participant state missing", Change: func(m *events.Meeting) { m.Participants[1].State = "" }, Want: []amitytest.Problem{
			{Path: "participants[1].state", Kind: amity.KindRequired},
			{Path: "host", Kind: amity.KindConflict},
		}},
		{Name: "participant post bad", Change: func(m *events.Meeting) { m.Participants[1].Post = "a post" }, Want: []amitytest.Problem{{Path: "participants[1].post", Kind: amity.KindInvalid}}},
		{Name: "topic unknown", Change: func(m *events.Meeting) { m.Topics = []events.Topic{"cinema", "film"} }, Want: []amitytest.Problem{{Path: "topics[1]", Kind: amity.KindInvalid}}},
		{Name: "too many topics", Change: func(m *events.Meeting) { m.Topics = make([]events.Topic, 33) }, Want: []amitytest.Problem{{Path: "topics", Kind: amity.KindOutOfRange}}},
		{Name: "speaker not a participant", Change: func(m *events.Meeting) { m.Statements[1].Speakers[1] = "aliyev" }, Want: []amitytest.Problem{{Path: "statements[1].speakers[1]", Kind: amity.KindConflict}}},
		{Name: "statement verb unknown", Change: func(m *events.Meeting) { m.Statements[0].Verb = "shouted" }, Want: []amitytest.Problem{{Path: "statements[0].verb", Kind: amity.KindInvalid}}},
		{Name: "statement without words", Change: func(m *events.Meeting) { m.Statements[1].Quote = "" }, Want: []amitytest.Problem{{Path: "statements[1].summary", Kind: amity.KindRequired}}},
		{Name: "visit bad", Change: func(m *events.Meeting) { m.Visit = "/" }, Want: []amitytest.Problem{{Path: "visit", Kind: amity.KindInvalid}}},
		{Name: "cameo unknown", Change: func(m *events.Meeting) { m.Codes[0].CAMEO = "190" }, Want: []amitytest.Problem{{Path: "codes[0].cameo", Kind: amity.KindInvalid}}},
		{Name: "cameo and plover disagree", Change: func(m *events.Meeting) { m.Codes[0].CAMEO = "036" }, Want: []amitytest.Problem{{Path: "codes[0].plover", Kind: amity.KindConflict}}},
		{Name: "too many codes", Change: func(m *events.Meeting) { m.Codes = make([]events.EventCode, 9) }, Want: []amitytest.Problem{{Path: "codes", Kind: amity.KindOutOfRange}}},
		{Name: "summary with NUL", Change: func(m *events.Meeting) { m.Summary = "\x00" }, Want: []amitytest.Problem{{Path: "summary", Kind: amity.KindInvalid}}},
		{Name: "summary too long", Change: func(m *events.Meeting) { m.Summary = strings.Repeat("a", 4097) }, Want: []amitytest.Problem{{Path: "summary", Kind: amity.KindOutOfRange}}},
		{Name: "sources missing", Change: func(m *events.Meeting) { m.Sources = nil }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindRequired}}},
		{Name: "sources empty", Change: func(m *events.Meeting) { m.Sources = []amity.SourceID{} }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindOutOfRange}}},
		{Name: "source bad", Change: func(m *events.Meeting) { m.Sources = []amity.SourceID{"azernews", "a b"} }, Want: []amitytest.Problem{{Path: "sources[1]", Kind: amity.KindInvalid}}},
		{Name: "field_sources names no field", Change: func(m *events.Meeting) { m.FieldSources = amity.FieldSources{"day": {"irna"}} }, Want: []amitytest.Problem{{Path: "field_sources.day", Kind: amity.KindInvalid}}},
		{Name: "field_sources names a field", Change: func(m *events.Meeting) {
			m.FieldSources = amity.FieldSources{"place": {"irna"}, "participants": {"irna"}, "codes": {"gdelt"}}
		}, Want: nil},
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
	amitytest.CheckRules(t, validStatement, []amitytest.Rule[events.Statement]{
		{Name: "valid", Change: func(*events.Statement) {}, Want: nil},
		{Name: "summary only", Change: func(s *events.Statement) { s.Quote = "" }, Want: nil},
		{Name: "quote only", Change: func(s *events.Statement) { s.Summary = "" }, Want: nil},
		{Name: "neither summary nor quote", Change: func(s *events.Statement) { s.Summary, s.Quote = "", "" }, Want: []amitytest.Problem{{Path: "summary", Kind: amity.KindRequired}}},
		{Name: "id bad", Change: func(s *events.Statement) { s.ID = "a b" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "speakers missing", Change: func(s *events.Statement) { s.Speakers = nil }, Want: []amitytest.Problem{{Path: "speakers", Kind: amity.KindRequired}}},
		{Name: "speakers empty", Change: func(s *events.Statement) { s.Speakers = []orgs.OfficialID{} }, Want: []amitytest.Problem{{Path: "speakers", Kind: amity.KindOutOfRange}}},
		{Name: "speaker twice", Change: func(s *events.Statement) { s.Speakers = []orgs.OfficialID{"a", "a"} }, Want: []amitytest.Problem{{Path: "speakers", Kind: amity.KindDuplicate}}},
		{Name: "speaker empty", Change: func(s *events.Statement) { s.Speakers = []orgs.OfficialID{"a", ""} }, Want: []amitytest.Problem{{Path: "speakers[1]", Kind: amity.KindRequired}}},
		{Name: "verb missing", Change: func(s *events.Statement) { s.Verb = "" }, Want: []amitytest.Problem{{Path: "verb", Kind: amity.KindRequired}}},
		{Name: "verb unknown", Change: func(s *events.Statement) { s.Verb = "touched upon" }, Want: []amitytest.Problem{{Path: "verb", Kind: amity.KindInvalid}}},
		{Name: "summary with a carriage return", Change: func(s *events.Statement) { s.Summary = "a\rb" }, Want: []amitytest.Problem{{Path: "summary", Kind: amity.KindInvalid}}},
		{Name: "quote of many lines", Change: func(s *events.Statement) { s.Quote = "a\nb\n\tc" }, Want: nil},
		{Name: "quote too long", Change: func(s *events.Statement) { s.Quote = strings.Repeat("a", 4097) }, Want: []amitytest.Problem{{Path: "quote", Kind: amity.KindOutOfRange}}},
		{Name: "topic unknown", Change: func(s *events.Statement) { s.Topics = []events.Topic{"Twinning"} }, Want: []amitytest.Problem{{Path: "topics[0]", Kind: amity.KindInvalid}}},
		{Name: "source bad", Change: func(s *events.Statement) { s.Sources = []amity.SourceID{"."} }, Want: []amitytest.Problem{{Path: "sources[0]", Kind: amity.KindInvalid}}},
	})
}

func TestParticipantValidate(t *testing.T) {
	tests := []struct {
		name string
		p    events.Participant
		want []amitytest.Problem
	}{
		{"valid", events.Participant{Official: "karimov", State: "AZ", Post: "karimov-minister"}, nil},
		{"no post", events.Participant{Official: "karimov", State: "AZ"}, nil},
		{"official bad", events.Participant{Official: "Anar Karimov", State: "AZ"}, []amitytest.Problem{{Path: "official", Kind: amity.KindInvalid}}},
		{"state bad", events.Participant{Official: "karimov", State: "Azerbaijan"}, []amitytest.Problem{{Path: "state", Kind: amity.KindInvalid}}},
		{"post bad", events.Participant{Official: "karimov", State: "AZ", Post: "-"}, []amitytest.Problem{{Path: "post", Kind: amity.KindInvalid}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, amitytest.Problems(t, tt.p.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEventCodeValidate(t *testing.T) {
	tests := []struct {
		name string
		c    events.EventCode
		want []amitytest.Problem
	}{
		{"cameo only", events.EventCode{CAMEO: "036"}, nil},
		{"cameo and plover", events.EventCode{CAMEO: "036", PLOVER: events.PLOVERAgree}, nil},
		{"cameo, plover, mode", events.EventCode{CAMEO: "043", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}, nil},
		{"cameo without a fixed mode", events.EventCode{CAMEO: "040", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeMultilateral}, nil},
		{"cue category", events.EventCode{CAMEO: "04", PLOVER: events.PLOVERConsult}, nil},
		{"cameo missing", events.EventCode{}, []amitytest.Problem{{Path: "cameo", Kind: amity.KindRequired}}},
		{"cameo of category 19", events.EventCode{CAMEO: "190"}, []amitytest.Problem{{Path: "cameo", Kind: amity.KindInvalid}}},
		{"cameo without leading zero", events.EventCode{CAMEO: "36"}, []amitytest.Problem{{Path: "cameo", Kind: amity.KindInvalid}}},
		{"cameo not in the codebook", events.EventCode{CAMEO: "0399"}, []amitytest.Problem{{Path: "cameo", Kind: amity.KindInvalid}}},
		{"plover unknown", events.EventCode{CAMEO: "036", PLOVER: "DEMAND"}, []amitytest.Problem{{Path: "plover", Kind: amity.KindInvalid}}},
		{"plover lower case", events.EventCode{CAMEO: "036", PLOVER: "agree"}, []amitytest.Problem{{Path: "plover", Kind: amity.KindInvalid}}},
		{"plover not the cameo's", events.EventCode{CAMEO: "036", PLOVER: events.PLOVERConsult}, []amitytest.Problem{{Path: "plover", Kind: amity.KindConflict}}},
		{"plover for a code plover does not code", events.EventCode{CAMEO: "010", PLOVER: events.PLOVERAgree}, []amitytest.Problem{{Path: "plover", Kind: amity.KindConflict}}},
		{"mode unknown", events.EventCode{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: "in-person"}, []amitytest.Problem{{Path: "plover_mode", Kind: amity.KindInvalid}}},
		{"mode without plover", events.EventCode{CAMEO: "042", Mode: events.PLOVERModeVisit}, []amitytest.Problem{{Path: "plover_mode", Kind: amity.KindConflict}}},
		{"mode of another type", events.EventCode{CAMEO: "036", PLOVER: events.PLOVERAgree, Mode: events.PLOVERModeVisit}, []amitytest.Problem{{Path: "plover_mode", Kind: amity.KindConflict}}},
		{"mode not the cameo's", events.EventCode{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModePhone}, []amitytest.Problem{{Path: "plover_mode", Kind: amity.KindConflict}}},
		{"unknown code, known plover", events.EventCode{CAMEO: "999", PLOVER: events.PLOVERAgree}, []amitytest.Problem{{Path: "cameo", Kind: amity.KindInvalid}}},
		{"everything wrong", events.EventCode{CAMEO: "x", PLOVER: "y", Mode: "z"}, []amitytest.Problem{
			{Path: "cameo", Kind: amity.KindInvalid}, {Path: "plover", Kind: amity.KindInvalid}, {Path: "plover_mode", Kind: amity.KindInvalid},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, amitytest.Problems(t, tt.c.Validate())); diff != "" {
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
	amitytest.CheckRules(t, validVisit, []amitytest.Rule[events.Visit]{
		{Name: "valid", Change: func(*events.Visit) {}, Want: nil},
		{Name: "id missing", Change: func(v *events.Visit) { v.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "visitors missing", Change: func(v *events.Visit) { v.Visitors = nil }, Want: []amitytest.Problem{{Path: "visitors", Kind: amity.KindRequired}}},
		{Name: "visitors empty", Change: func(v *events.Visit) { v.Visitors = []orgs.OfficialID{} }, Want: []amitytest.Problem{{Path: "visitors", Kind: amity.KindOutOfRange}}},
		{Name: "visitor twice", Change: func(v *events.Visit) { v.Visitors = []orgs.OfficialID{"karimov", "karimov"} }, Want: []amitytest.Problem{{Path: "visitors", Kind: amity.KindDuplicate}}},
		{Name: "visitor bad", Change: func(v *events.Visit) { v.Visitors = []orgs.OfficialID{"karimov", "a b"} }, Want: []amitytest.Problem{{Path: "visitors[1]", Kind: amity.KindInvalid}}},
		{Name: "guest missing", Change: func(v *events.Visit) { v.Guest = "" }, Want: []amitytest.Problem{{Path: "guest", Kind: amity.KindRequired}}},
		{Name: "guest lower case", Change: func(v *events.Visit) { v.Guest = "az" }, Want: []amitytest.Problem{{Path: "guest", Kind: amity.KindInvalid}}},
		{Name: "host missing", Change: func(v *events.Visit) { v.Host = "" }, Want: []amitytest.Problem{{Path: "host", Kind: amity.KindRequired}}},
		{Name: "host is guest", Change: func(v *events.Visit) { v.Host = "AZ" }, Want: []amitytest.Problem{{Path: "host", Kind: amity.KindConflict}}},
		{Name: "start missing", Change: func(v *events.Visit) { v.Start = amity.Date{} }, Want: []amitytest.Problem{{Path: "start", Kind: amity.KindRequired}}},
		{Name: "end before start", Change: func(v *events.Visit) { v.End = amity.MustParseDate("2022-06-18") }, Want: []amitytest.Problem{{Path: "end", Kind: amity.KindConflict}}},
		{Name: "end in the start's month", Change: func(v *events.Visit) { v.Start = amity.MustParseDate("2022-06") }, Want: nil},
		{Name: "no end", Change: func(v *events.Visit) { v.End = amity.Date{} }, Want: nil},
		{Name: "place without country", Change: func(v *events.Visit) { v.Places[0].Country = "" }, Want: []amitytest.Problem{{Path: "places[0].country", Kind: amity.KindRequired}}},
		{Name: "occasion unknown", Change: func(v *events.Visit) { v.Occasion = "anniversary" }, Want: []amitytest.Problem{{Path: "occasion", Kind: amity.KindInvalid}}},
		{Name: "note with NUL", Change: func(v *events.Visit) { v.Note = "\x00" }, Want: []amitytest.Problem{{Path: "note", Kind: amity.KindInvalid}}},
		{Name: "code conflict", Change: func(v *events.Visit) { v.Codes[0].PLOVER = events.PLOVERAgree }, Want: []amitytest.Problem{
			{Path: "codes[0].plover", Kind: amity.KindConflict}, {Path: "codes[0].plover_mode", Kind: amity.KindConflict},
		}},
		{Name: "sources missing", Change: func(v *events.Visit) { v.Sources = nil }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindRequired}}},
		{Name: "field_sources names no field", Change: func(v *events.Visit) { v.FieldSources = amity.FieldSources{"end_date": {"x"}} }, Want: []amitytest.Problem{{Path: "field_sources.end_date", Kind: amity.KindInvalid}}},
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
	type enum = amity.Valider
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
		t.Run(tt.name, func(t *testing.T) { amitytest.CheckValid(t, tt.valid, tt.bad) })
	}
	if len(events.Topics()) != 30 {
		t.Errorf("Topics() has %d topics, want 30", len(events.Topics()))
	}
	for _, topic := range events.Topics() {
		if !topic.Domain().Valid() {
			t.Errorf("topic %s has no valid domain", topic)
		}
	}
	for _, d := range events.Domains() {
		if len(d.Topics()) == 0 {
			t.Errorf("domain %s has no topic", d)
		}
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

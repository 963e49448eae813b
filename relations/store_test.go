package relations

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
)

// storeMeetings returns meetings that set every field of a meeting and
// of what it holds, and that hold nil and empty lists and maps at every
// level, which the store must tell apart.
func storeMeetings() []events.Meeting {
	place := orgs.Place{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ", Venue: "Square", Wikidata: "Q216", Note: "Cultural capital.\nSecond line."}
	statement := events.Statement{ID: "s1", Speakers: []orgs.OfficialID{"karimov", "ismaili"}, SpeakersInferred: true, Verb: events.VerbStressed,
		Summary: "Stressed.", Quote: "Ünicode “quoted”.", Topics: []events.Topic{events.TopicMusic}, Sources: []amity.SourceID{"azernews"}}
	full := events.Meeting{ID: "m1", Title: "Karimov meets Ismaili", Date: amity.MustParseDate("2022-06-20"), Place: place, Host: "IR",
		Participants: []events.Participant{{Official: "karimov", State: "AZ", Post: "karimov-minister"}, {Official: "ismaili", State: "IR"}},
		Topics:       []events.Topic{events.TopicCinema, events.TopicMusic},
		Statements: []events.Statement{statement, {Speakers: []orgs.OfficialID{"ismaili"}, Verb: events.VerbSaid, Quote: "q"},
			{ID: "s3", Speakers: []orgs.OfficialID{"not-a-participant", "karimov"}, Verb: events.VerbSaid, Summary: "s"}},
		Visit: "v", Codes: []events.EventCode{{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}, {CAMEO: "043"}},
		Summary: "A long summary " + strings.Repeat("x", 300), Sources: []amity.SourceID{"s", "t"},
		FieldSources: amity.FieldSources{"date": {"mehr"}, "place": {"mehr", "apa"}},
	}
	empty := events.Meeting{ID: "m2", Date: amity.MustParseDate("2022"), Participants: []events.Participant{}, Topics: []events.Topic{},
		Statements: []events.Statement{{Speakers: []orgs.OfficialID{}, Topics: []events.Topic{}, Sources: []amity.SourceID{}}},
		Codes:      []events.EventCode{}, Sources: []amity.SourceID{}, FieldSources: amity.FieldSources{"date": {}, "place": nil}}
	emptyMap := events.Meeting{ID: "m3", FieldSources: amity.FieldSources{}, Statements: []events.Statement{}}
	return []events.Meeting{full, empty, emptyMap, {}, full}
}

// TestStoreMeetingsSetEveryField guards the store's round trip: a field
// added to a meeting, or to what a meeting holds, and not set here would
// go untested, and the store would drop it unseen.
func TestStoreMeetingsSetEveryField(t *testing.T) {
	m := storeMeetings()[0]
	// The fields the store encodes one by one; those in a tail are
	// TestStoreTail's, and a Place is held whole.
	for _, c := range []struct {
		v    any
		tail []int
	}{
		{m, meetingTail.fields}, {m.Participants[0], participantTail.fields}, {m.Statements[0], statementTail.fields}, {m.Codes[0], codeTail.fields},
	} {
		rv := reflect.ValueOf(c.v)
		for f := range rv.Type().Fields() {
			if f.IsExported() && !slices.Contains(c.tail, f.Index[0]) && rv.FieldByIndex(f.Index).IsZero() {
				t.Errorf("%T.%s is not set in storeMeetings(): set it", c.v, f.Name)
			}
		}
	}
}

// tailed is a type with fields the store does not encode one by one, as
// Meeting has once a field is added to it.
type tailed struct {
	Known string            `json:"known"`
	Text  string            `json:"text,omitzero"`
	List  []string          `json:"list,omitzero"`
	N     int               `json:"n,omitzero"`
	Map   map[string]string `json:"map,omitzero"`
}

// TestStoreTail checks that the fields of a type that the store does not
// encode one by one are held in the tail of its bytes and come back
// equal, sharing no memory with the value encoded; and that a type with
// none takes no byte for them.
func TestStoreTail(t *testing.T) {
	x := newTail[tailed]("Known")
	for _, v := range []tailed{
		{Known: "k", Text: "t", List: []string{"a", "b"}, N: 3, Map: map[string]string{"x": "y"}},
		{Known: "k"},
		{List: []string{}},
	} {
		b := newStoreBuilder()
		x.encode(b, v)
		r := reader{b: string(b.buf)}
		got := x.decode(&r, tailed{})
		want := v
		want.Known = ""
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("tail of %+v (-want +got):\n%s", v, diff)
		}
		if r.i != len(b.buf) {
			t.Errorf("tail of %+v: decoding read %d of %d bytes", v, r.i, len(b.buf))
		}
		if len(v.List) > 0 {
			v.List[0] = "changed"
			if got.List[0] == "changed" {
				t.Errorf("the decoded list shares memory with the encoded one")
			}
		}
	}
	if newTail[tailed]("Known", "Text", "List", "N", "Map").has() {
		t.Errorf("a type whose every field is known has a tail")
	}
}

func TestStoreTailUnknownField(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "tailed.Colour") {
			t.Errorf("newTail with an unknown field: recover() = %v", r)
		}
	}()
	newTail[tailed]("Known", "Colour")
}

func TestMeetingStoreRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		ms   []events.Meeting
	}{
		{"none", nil},
		{"every field, nil and empty", storeMeetings()},
		// Empty lists before the arena of the rebuilt meetings has an
		// array: still empty, not nil.
		{"empty lists first", []events.Meeting{storeMeetings()[2], storeMeetings()[1]}},
		{"generated archive", benchRecords(3000).Meetings},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newMeetingStore(tt.ms, nil, nil, nil)
			if diff := cmp.Diff(tt.ms, storeAll(s)); diff != "" {
				t.Errorf("all() (-want +got):\n%s", diff)
			}
			for i, m := range tt.ms {
				if got := s.id(int32(i)); got != m.ID {
					t.Errorf("id(%d) = %q, want %q", i, got, m.ID)
				}
				for j, st := range m.Statements {
					if got := s.statementID(int32(i), int32(j)); got != st.ID {
						t.Errorf("statementID(%d, %d) = %q, want %q", i, j, got, st.ID)
					}
				}
				if got, want := s.stmtStart[i+1]-s.stmtStart[i], int32(len(m.Statements)); got != want {
					t.Errorf("meeting %d: stmtStart gives %d statements, want %d", i, got, want)
				}
			}
		})
	}
}

// TestMeetingStoreChunks checks meetings across many chunks, and one
// larger than a chunk.
func TestMeetingStoreChunks(t *testing.T) {
	base := storeMeetings()[0]
	var ms []events.Meeting
	for i := range 2000 {
		m := base
		m.ID = events.MeetingID("m-" + strings.Repeat("x", i%7) + string(rune('a'+i%26)))
		if i == 1000 {
			m.Summary = strings.Repeat("y", 2*chunkBytes)
		}
		ms = append(ms, m)
	}
	s := newMeetingStore(ms, nil, nil, nil)
	if len(s.chunks) < 3 {
		t.Fatalf("%d chunks, want several", len(s.chunks))
	}
	if diff := cmp.Diff(ms, storeAll(s)); diff != "" {
		t.Errorf("all() (-want +got):\n%s", diff)
	}
}

// TestMeetingStoreSegments checks a store built in segments, each with
// tables of its own.
func TestMeetingStoreSegments(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	ms := benchRecords(3*segmentMeetings + 5).Meetings
	s := newMeetingStore(ms, nil, nil, nil)
	if len(s.tables) != 3 {
		t.Errorf("%d segments, want 3", len(s.tables))
	}
	if diff := cmp.Diff(ms, storeAll(s)); diff != "" {
		t.Errorf("all() (-want +got):\n%s", diff)
	}
	// In another order: each meeting's bytes are copied from the segment
	// that encoded it, and refer to that segment's tables.
	order := make([]int32, len(ms))
	want := make([]events.Meeting, len(ms))
	for k := range order {
		order[k] = int32((k * 7919) % len(ms))
		want[k] = ms[order[k]]
	}
	if diff := cmp.Diff(want, storeAll(newMeetingStore(ms, order, nil, nil))); diff != "" {
		t.Errorf("in another order (-want +got):\n%s", diff)
	}
}

// TestMeetingStoreCopies checks that the store keeps no memory of the
// meetings it was built from, and that a rebuilt meeting's own lists can
// be changed without changing the store.
func TestMeetingStoreCopies(t *testing.T) {
	ms := storeMeetings()
	want := storeMeetings()
	s := newMeetingStore(ms, nil, nil, nil)
	ms[0].Participants[0].Official = "changed"
	ms[0].Statements[0].Speakers[0] = "changed"
	ms[0].FieldSources["date"][0] = "changed"
	if diff := cmp.Diff(want, storeAll(s)); diff != "" {
		t.Errorf("changing the input changed the store (-want +got):\n%s", diff)
	}
	m := s.meeting(0, nil)
	m.Participants[0].Official = "changed"
	m.Statements[0].Speakers[0] = "changed"
	m.Statements[0].Speakers = append(m.Statements[0].Speakers, "added")
	if diff := cmp.Diff(want[0], s.meeting(0, nil)); diff != "" {
		t.Errorf("changing a rebuilt meeting changed the store (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want[0].Statements[1], s.meeting(0, nil).Statements[1]); diff != "" {
		t.Errorf("appending to one statement's speakers changed another's (-want +got):\n%s", diff)
	}
	// Meetings rebuilt from one arena share its arrays: appending to the
	// lists of one must not change the next.
	var a arena
	m0, m1 := s.meeting(0, &a), s.meeting(4, &a)
	m0.Participants = append(m0.Participants, events.Participant{Official: "added"})
	m0.Statements = append(m0.Statements, events.Statement{ID: "added"})
	m0.Statements[2].Speakers = append(m0.Statements[2].Speakers, "added")
	if diff := cmp.Diff(want[4], m1); diff != "" {
		t.Errorf("appending to a meeting from an arena changed the next (-want +got):\n%s", diff)
	}
}

// TestIDTable checks that every ID of a dataset is found where the
// checker's map of IDs says it lies, and that other strings are not.
func TestIDTable(t *testing.T) {
	r := benchRecords(2000)
	statements := 0
	for i := range r.Meetings {
		m := &r.Meetings[i]
		for j := range m.Statements {
			if i%3 > 0 { // and the others have none
				m.Statements[j].ID = events.StatementID(string(m.ID) + "-s" + string(rune('1'+j)))
				statements++
			}
		}
	}
	if statements == 0 {
		t.Fatal("no statements with IDs to look up")
	}
	c := checker{r: &r}
	c.index()
	if len(c.errs) > 0 {
		t.Fatalf("index: %v", c.errs)
	}
	d, err := New(r)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range c.ids {
		got, ok := d.ids.find(d, id)
		if !ok || got != want {
			t.Errorf("find(%q) = %v, %t; want %v, true", id, got, ok, want)
		}
	}
	for _, id := range []string{"", "nope", "m-", "AZ ", strings.Repeat("m", 200)} {
		if at, ok := d.ids.find(d, id); ok {
			t.Errorf("find(%q) = %v, want none", id, at)
		}
	}
	posts, stmts := 0, 0
	for _, o := range r.Officials {
		posts += len(o.Posts)
	}
	for _, m := range r.Meetings {
		stmts += len(m.Statements)
	}
	want := map[Kind]int{KindSource: len(r.Sources), KindState: len(r.States), KindMinistry: len(r.Ministries),
		KindOrganization: len(r.Organizations), KindOfficial: len(r.Officials), KindPost: posts, KindVisit: len(r.Visits),
		KindMeeting: len(r.Meetings), KindStatement: stmts, KindInitiative: len(r.Initiatives), KindTie: len(r.Ties), "nope": 0}
	for k, n := range want {
		if got := d.Count(k); got != n {
			t.Errorf("Count(%q) = %d, want %d", k, got, n)
		}
	}
	if n := int(d.ids.base[len(kinds)]); n < len(c.ids) {
		t.Errorf("the table numbers %d entities, fewer than the %d IDs", n, len(c.ids))
	}
}

// BenchmarkMeetingStore measures rebuilding a meeting from the store,
// beside copying it from a slice of events.Meeting, as a Dataset did
// before it had a store: meetings in order, and meetings far apart.
func BenchmarkMeetingStore(b *testing.B) {
	ms := benchRecords(20000).Meetings
	s := newMeetingStore(ms, nil, nil, nil)
	var sink events.Meeting
	for _, stride := range []int{1, 7919} {
		b.Run(fmt.Sprintf("stride=%d/impl=slice", stride), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sink = ms[i]
				i = (i + stride) % len(ms)
			}
		})
		b.Run(fmt.Sprintf("stride=%d/impl=store", stride), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sink = s.meeting(int32(i), nil)
				i = (i + stride) % len(ms)
			}
		})
		b.Run(fmt.Sprintf("stride=%d/impl=store-arena", stride), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			var a arena
			for b.Loop() {
				sink = s.meeting(int32(i), &a)
				i = (i + stride) % len(ms)
			}
		})
	}
	_ = sink
}

// TestDatasetMeetings checks that Meetings and Records give back the
// meetings New was given, in their order, and that Meetings stops when
// asked to.
func TestDatasetMeetings(t *testing.T) {
	want := benchRecords(500).Meetings
	d, err := New(benchRecords(500))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, slices.Collect(d.Meetings())); diff != "" {
		t.Errorf("Meetings() (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, d.Records().Meetings); diff != "" {
		t.Errorf("Records().Meetings (-want +got):\n%s", diff)
	}
	n := 0
	for range d.Meetings() {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("stopped after %d meetings, want 3", n)
	}
}

// storeAll rebuilds every meeting of s, in its order.
func storeAll(s *meetingStore) []events.Meeting {
	if s.len() == 0 {
		return nil
	}
	ms := make([]events.Meeting, s.len())
	var a arena
	for i := range ms {
		ms[i] = s.meeting(int32(i), &a)
	}
	return ms
}

// TestMeetingStoreStop checks that building stops when asked to.
func TestMeetingStoreStop(t *testing.T) {
	var stop atomic.Bool
	stop.Store(true)
	if s := newMeetingStore(benchRecords(3000).Meetings, nil, nil, &stop); len(s.chunks) != 0 {
		t.Errorf("built %d chunks after being told to stop", len(s.chunks))
	}
}

// FuzzMeetingStore checks that any meeting that decodes comes back from
// the store as it went in, with its ID and its statements' IDs, in a
// store that holds it twice (the second time in the entries the first
// made), in reverse order.
func FuzzMeetingStore(f *testing.F) {
	for _, m := range storeMeetings() {
		data, err := jsoncodec.Marshal(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var m events.Meeting
		if jsoncodec.Unmarshal(data, &m) != nil {
			return
		}
		ms := []events.Meeting{m, m}
		s := newMeetingStore(ms, []int32{1, 0}, nil, nil)
		if diff := cmp.Diff(ms, storeAll(s)); diff != "" {
			t.Fatalf("the store changed the meeting (-want +got):\n%s", diff)
		}
		if got := s.id(0); got != m.ID {
			t.Errorf("id(0) = %q, want %q", got, m.ID)
		}
		for j, st := range m.Statements {
			if got := s.statementID(1, int32(j)); got != st.ID {
				t.Errorf("statementID(1, %d) = %q, want %q", j, got, st.ID)
			}
		}
	})
}

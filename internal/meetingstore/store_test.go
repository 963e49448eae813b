package meetingstore

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

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
		Summary: "Stressed.", Quote: "Ünicode “quoted”.", Topics: []events.Topic{events.TopicMusic}, Sources: []amity.SourceID{"azernews"},
		Groups: []orgs.GroupID{"az-delegation", "ir-delegation"}, BySource: true}
	full := events.Meeting{ID: "m1", Title: "Karimov meets Ismaili", Date: amity.MustParseDate("2022-06-20"), Place: place, Host: "IR",
		Participants: []events.Participant{{Official: "karimov", State: "AZ", Post: "karimov-minister", Group: "az-delegation", Role: events.RoleHeadOfDelegation},
			{Official: "ismaili", State: "IR"}, {Group: "az-delegation", State: "AZ"}},
		Topics: []events.Topic{events.TopicCinema, events.TopicMusic},
		Statements: []events.Statement{statement, {Speakers: []orgs.OfficialID{"ismaili"}, Verb: events.VerbSaid, Quote: "q"},
			{ID: "s3", Speakers: []orgs.OfficialID{"not-a-participant", "karimov"}, Verb: events.VerbSaid, Summary: "s"}},
		Visit: "v", Codes: []events.EventCode{{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}, {CAMEO: "043"}},
		Summary: "A long summary " + strings.Repeat("x", 300), Sources: []amity.SourceID{"s", "t"},
		FieldSources: amity.FieldSources{"date": {"mehr"}, "place": {"mehr", "apa"}},
		Commission:   "joint-commission", Session: -3, Note: "A note.",
		Uncertain: amity.Uncertainty{"date": {Basis: amity.BasisInferred, Reason: "The year of the article."}},
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
		b := NewEncoder(0)
		x.encode(b, &v)
		r := reader{b: string(b.buf)}
		var got tailed
		x.decode(&r, &got)
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
		{"generated archive", genMeetings(3000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.ms, nil, nil, nil)
			if diff := cmp.Diff(tt.ms, storeAll(s)); diff != "" {
				t.Errorf("all() (-want +got):\n%s", diff)
			}
			if s.Len() != len(tt.ms) {
				t.Errorf("Len() = %d, want %d", s.Len(), len(tt.ms))
			}
			// The same meetings encoded, as a reader that checks holds
			// them before the store takes them over.
			enc := encodeMeetings(tt.ms, nil)
			for i, m := range tt.ms {
				if got := s.ID(int32(i)); got != m.ID {
					t.Errorf("ID(%d) = %q, want %q", i, got, m.ID)
				}
				if got := s.Date(int32(i)); got != m.Date {
					t.Errorf("Date(%d) = %v, want %v", i, got, m.Date)
				}
				for j, st := range m.Statements {
					if got := s.StatementID(int32(i), int32(j)); got != st.ID {
						t.Errorf("StatementID(%d, %d) = %q, want %q", i, j, got, st.ID)
					}
				}
				if got, want := enc.Statements(int32(i)), len(m.Statements); got != want {
					t.Errorf("meeting %d: Encoding.Statements gives %d statements, want %d", i, got, want)
				}
				for j, st := range m.Statements {
					if got := enc.StatementID(int32(i), int32(j)); got != st.ID {
						t.Errorf("Encoding.StatementID(%d, %d) = %q, want %q", i, j, got, st.ID)
					}
				}
				var (
					ids []string
					buf []byte
				)
				enc.IDs(int32(i), &buf, func(j int32, id string) {
					if int(j) != len(ids)-1 {
						t.Errorf("IDs(%d) gave index %d after %d IDs", i, j, len(ids))
					}
					ids = append(ids, strings.Clone(id))
				})
				want := []string{string(m.ID)}
				for _, st := range m.Statements {
					want = append(want, string(st.ID))
				}
				if diff := cmp.Diff(want, ids); diff != "" {
					t.Errorf("IDs(%d) (-want +got):\n%s", i, diff)
				}
			}
		})
	}
}

// TestMeetingStoreBlocks checks meetings across many blocks, and two
// larger than a block, one after the other.
func TestMeetingStoreBlocks(t *testing.T) {
	base := storeMeetings()[0]
	var ms []events.Meeting
	for i := range 2000 {
		m := base
		m.ID = events.MeetingID("m-" + strings.Repeat("x", i%7) + string(rune('a'+i%26)))
		if i == 1000 || i == 1001 {
			m.Summary = strings.Repeat("y", 2*blockBytes)
		}
		ms = append(ms, m)
	}
	s := New(ms, nil, nil, nil)
	if len(s.blocks) < 5 {
		t.Fatalf("%d blocks, want several", len(s.blocks))
	}
	if diff := cmp.Diff(ms, storeAll(s)); diff != "" {
		t.Errorf("all() (-want +got):\n%s", diff)
	}
}

// TestMeetingStoreSegments checks a store built in segments, each with
// tables of its own.
func TestMeetingStoreSegments(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	ms := genMeetings(3*segmentMeetings + 5)
	s := New(ms, nil, nil, nil)
	if len(s.tables) != 3 {
		t.Errorf("%d segments, want 3", len(s.tables))
	}
	sameMeetings(t, "all()", ms, storeAll(s))
	// In another order: each meeting's bytes lie in the blocks of the
	// segment that encoded it, and refer to that segment's tables.
	order := make([]int32, len(ms))
	want := make([]events.Meeting, len(ms))
	for k := range order {
		order[k] = int32((k * 7919) % len(ms))
		want[k] = ms[order[k]]
	}
	sameMeetings(t, "in another order", want, storeAll(New(ms, order, nil, nil)))
}

// sameMeetings reports the difference between want and got, what of
// them is named: a first comparison with reflect.DeepEqual, which is
// stricter than cmp and, on tens of thousands of meetings, many times
// faster, leaves cmp only lists that differ.
func sameMeetings(t *testing.T, what string, want, got []events.Meeting) {
	t.Helper()
	if reflect.DeepEqual(want, got) {
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s (-want +got):\n%s", what, diff)
	}
}

// TestMeetingStoreCopies checks that the store keeps no memory of the
// meetings it was built from, and that a rebuilt meeting's own lists can
// be changed without changing the store.
func TestMeetingStoreCopies(t *testing.T) {
	ms := storeMeetings()
	want := storeMeetings()
	s := New(ms, nil, nil, nil)
	ms[0].Participants[0].Official = "changed"
	ms[0].Statements[0].Speakers[0] = "changed"
	ms[0].FieldSources["date"][0] = "changed"
	if diff := cmp.Diff(want, storeAll(s)); diff != "" {
		t.Errorf("changing the input changed the store (-want +got):\n%s", diff)
	}
	m := s.Meeting(0, nil)
	m.Participants[0].Official = "changed"
	m.Statements[0].Speakers[0] = "changed"
	m.Statements[0].Speakers = append(m.Statements[0].Speakers, "added")
	if diff := cmp.Diff(want[0], s.Meeting(0, nil)); diff != "" {
		t.Errorf("changing a rebuilt meeting changed the store (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want[0].Statements[1], s.Meeting(0, nil).Statements[1]); diff != "" {
		t.Errorf("appending to one statement's speakers changed another's (-want +got):\n%s", diff)
	}
	// Meetings rebuilt from one arena share its arrays: appending to the
	// lists of one must not change the next.
	var a Arena
	m0, m1 := s.Meeting(0, &a), s.Meeting(4, &a)
	m0.Participants = append(m0.Participants, events.Participant{Official: "added"})
	m0.Statements = append(m0.Statements, events.Statement{ID: "added"})
	m0.Statements[2].Speakers = append(m0.Statements[2].Speakers, "added")
	if diff := cmp.Diff(want[4], m1); diff != "" {
		t.Errorf("appending to a meeting from an arena changed the next (-want +got):\n%s", diff)
	}
}

// BenchmarkMeetingStore measures rebuilding a meeting from the store,
// beside copying it from a slice of events.Meeting, as a Dataset did
// before it had a store: meetings in order, and meetings far apart.
func BenchmarkMeetingStore(b *testing.B) {
	ms := genMeetings(20000)
	s := New(ms, nil, nil, nil)
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
				sink = s.Meeting(int32(i), nil)
				i = (i + stride) % len(ms)
			}
		})
		b.Run(fmt.Sprintf("stride=%d/impl=store-arena", stride), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			var a Arena
			for b.Loop() {
				sink = s.Meeting(int32(i), &a)
				i = (i + stride) % len(ms)
			}
		})
	}
	_ = sink
}

// storeAll rebuilds every meeting of s, in its order.
func storeAll(s *Store) []events.Meeting {
	if s.Len() == 0 {
		return nil
	}
	ms := make([]events.Meeting, s.Len())
	var a Arena
	for i := range ms {
		ms[i] = s.Meeting(int32(i), &a)
	}
	return ms
}

// TestMeetingStoreStop checks that building stops when asked to.
func TestMeetingStoreStop(t *testing.T) {
	var stop atomic.Bool
	stop.Store(true)
	if s := New(genMeetings(3000), nil, nil, &stop); len(s.blocks) != 0 {
		t.Errorf("built %d blocks after being told to stop", len(s.blocks))
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
		s := New(ms, []int32{1, 0}, nil, nil)
		if diff := cmp.Diff(ms, storeAll(s)); diff != "" {
			t.Fatalf("the store changed the meeting (-want +got):\n%s", diff)
		}
		if got := s.ID(0); got != m.ID {
			t.Errorf("ID(0) = %q, want %q", got, m.ID)
		}
		for j, st := range m.Statements {
			if got := s.StatementID(1, int32(j)); got != st.ID {
				t.Errorf("StatementID(1, %d) = %q, want %q", j, got, st.ID)
			}
		}
	})
}

// TestJoin checks a store built from meetings that several encoders
// encoded, each a share of them, as the workers of a reader do.
func TestJoin(t *testing.T) {
	ms := append(storeMeetings(), genMeetings(500)...)
	encs := []*Encoder{NewEncoder(0), NewEncoder(1), NewEncoder(2)}
	spans := make([]Span, len(ms))
	for i := range ms {
		spans[i] = encs[i%len(encs)].Encode(&ms[i])
	}
	order := make([]int32, len(ms))
	want := make([]events.Meeting, len(ms))
	for k := range order {
		order[k] = int32(len(ms) - 1 - k)
		want[k] = ms[order[k]]
	}
	enc := Join(encs, spans)
	// The encoding, before the store is built, gives back each meeting
	// at its place in ms, with its date, ID and statements.
	if enc.Len() != len(ms) {
		t.Fatalf("Len() = %d, want %d", enc.Len(), len(ms))
	}
	for i := range ms {
		k := int32(i)
		if diff := cmp.Diff(ms[i], enc.Meeting(k, nil)); diff != "" {
			t.Errorf("Encoding.Meeting(%d) (-want +got):\n%s", i, diff)
		}
		// Bare, all but the prose and the tails comes back, and the
		// field sources are the tables' own.
		bare := zeroTail(meetingTail, ms[i])
		bare.Title, bare.Summary, bare.Note = "", "", ""
		bare.Participants = slices.Clone(bare.Participants)
		for j, p := range bare.Participants {
			bare.Participants[j] = zeroTail(participantTail, p)
		}
		bare.Statements = slices.Clone(bare.Statements)
		for j, st := range bare.Statements {
			bare.Statements[j] = zeroTail(statementTail, st)
			bare.Statements[j].Summary, bare.Statements[j].Quote = "", ""
		}
		var got, again events.Meeting
		enc.MeetingInto(k, nil, &got, true)
		if diff := cmp.Diff(bare, got); diff != "" {
			t.Errorf("Encoding.MeetingInto(%d) bare (-want +got):\n%s", i, diff)
		}
		enc.MeetingInto(k, nil, &again, true)
		if got.FieldSources != nil && reflect.ValueOf(got.FieldSources).UnsafePointer() != reflect.ValueOf(again.FieldSources).UnsafePointer() {
			t.Errorf("Encoding.MeetingInto(%d) bare: FieldSources is a copy, not the table's own", i)
		}
		if enc.Date(k) != ms[i].Date || enc.ID(k) != ms[i].ID || enc.Statements(k) != len(ms[i].Statements) {
			t.Errorf("meeting %d: Date, ID, Statements = %v, %q, %d; want %v, %q, %d", i,
				enc.Date(k), enc.ID(k), enc.Statements(k), ms[i].Date, ms[i].ID, len(ms[i].Statements))
		}
		var (
			ids []string
			buf []byte
		)
		enc.IDs(k, &buf, func(j int32, id string) { ids = append(ids, strings.Clone(id)) })
		wantIDs := []string{string(ms[i].ID)}
		for _, st := range ms[i].Statements {
			wantIDs = append(wantIDs, string(st.ID))
		}
		if diff := cmp.Diff(wantIDs, ids); diff != "" {
			t.Errorf("Encoding.IDs(%d) (-want +got):\n%s", i, diff)
		}
	}
	s := New(nil, order, enc, nil)
	if diff := cmp.Diff(want, storeAll(s)); diff != "" {
		t.Errorf("all() (-want +got):\n%s", diff)
	}
	if len(s.tables) != len(encs) {
		t.Errorf("%d segments, want %d", len(s.tables), len(encs))
	}
}

// genMeetings returns n meetings like those of an archive, the same for
// the same n: two or three states, each with one or two officials, whose
// posts' IDs mostly extend their officials'; now and then statements,
// with IDs or without, by participants or by others; and codes, topics,
// sources and field sources that many meetings repeat.
func genMeetings(n int) []events.Meeting {
	rng := rand.New(rand.NewPCG(uint64(n), 2022))
	states := []orgs.StateID{"AZ", "IR", "TR", "GE", "RU", "KZ", "UZ", "FR", "DE", "CN"}
	topics := events.Topics()
	cameo := events.CAMEOCodes()
	precision := []string{"2006-01-02", "2006-01-02", "2006-01-02", "2006-01", "2006"}
	ms := make([]events.Meeting, n)
	for i := range ms {
		m := &ms[i]
		m.ID = events.MeetingID(fmt.Sprintf("m%07d", i))
		m.Title = fmt.Sprintf("Meeting %d", i)
		day := time.Date(2000+rng.IntN(25), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		m.Date = amity.MustParseDate(day.Format(precision[rng.IntN(len(precision))]))
		m.Sources = []amity.SourceID{amity.SourceID(fmt.Sprintf("src-%d", rng.IntN(50)))}
		for _, k := range rng.Perm(len(states))[:2+rng.IntN(2)] {
			for range 1 + rng.IntN(2) {
				o := orgs.OfficialID(fmt.Sprintf("o-%s-%d", states[k], rng.IntN(100)))
				p := events.Participant{Official: o, State: states[k]}
				switch rng.IntN(4) {
				case 0:
				case 1:
					p.Post = orgs.PostID(fmt.Sprintf("post-%d", rng.IntN(1000)))
				default:
					p.Post = orgs.PostID(string(o) + "-minister")
				}
				m.Participants = append(m.Participants, p)
			}
		}
		m.Host = m.Participants[0].State
		m.Place = orgs.Place{City: fmt.Sprintf("City %d", rng.IntN(20)), Country: m.Host}
		if rng.IntN(3) == 0 {
			m.Topics = []events.Topic{topics[rng.IntN(len(topics))]}
		}
		if rng.IntN(5) != 0 {
			m.Codes = []events.EventCode{{CAMEO: cameo[rng.IntN(len(cameo))]}}
		}
		for j := range rng.IntN(3) {
			st := events.Statement{Speakers: []orgs.OfficialID{m.Participants[rng.IntN(len(m.Participants))].Official},
				Verb: events.VerbSaid, Summary: fmt.Sprintf("Statement %d of meeting %d.", j, i), Sources: m.Sources}
			if rng.IntN(2) == 0 {
				st.ID = events.StatementID(fmt.Sprintf("%s-s%d", m.ID, j+1))
			}
			if rng.IntN(10) == 0 {
				st.Speakers = append(st.Speakers, "o-spokesperson")
			}
			m.Statements = append(m.Statements, st)
		}
		if rng.IntN(20) == 0 {
			m.FieldSources = amity.FieldSources{"date": {m.Sources[0]}}
		}
	}
	return ms
}

// TestArenaReuse checks that a meeting rebuilt in the memory of an arena
// after Reuse holds nothing of the meetings rebuilt there before.
func TestArenaReuse(t *testing.T) {
	ms := append(storeMeetings(), genMeetings(200)...)
	s := New(ms, nil, nil, nil)
	var a Arena
	for i := range ms {
		for _, k := range []int{i, len(ms) - 1 - i} {
			a.Reuse()
			if diff := cmp.Diff(ms[k], s.Meeting(int32(k), &a)); diff != "" {
				t.Fatalf("meeting %d after %d, in a reused arena (-want +got):\n%s", k, i, diff)
			}
		}
	}
}

// TestStoreProse checks that the texts the store holds as words come
// back as they went in, whatever their spaces, from a store and from an
// arena; and that a text an arena handed out is not written over once
// the arena is reused.
func TestStoreProse(t *testing.T) {
	texts := []string{"", " ", "  ", "a", " a", "a ", "  a  b  ", "a b", "a\tb\nc", "Ünicode “quoted” words", strings.Repeat("word ", 2000)}
	ms := make([]events.Meeting, len(texts))
	for i, s := range texts {
		ms[i] = events.Meeting{ID: events.MeetingID(fmt.Sprint("m", i)), Title: s, Summary: s + s, Note: s,
			Statements: []events.Statement{{Summary: s, Quote: "x" + s}}}
	}
	s := New(ms, nil, nil, nil)
	if diff := cmp.Diff(ms, storeAll(s)); diff != "" {
		t.Fatalf("texts changed in the store (-want +got):\n%s", diff)
	}
	// Reuse clears the lists; the strings cut from the arena's text must
	// keep their bytes.
	var a Arena
	first := s.Meeting(6, &a)
	kept := []string{first.Title, first.Summary, first.Note, first.Statements[0].Summary, first.Statements[0].Quote}
	want := slices.Clone(kept)
	for i := range want {
		want[i] = strings.Clone(want[i])
	}
	a.Reuse()
	for i := range ms {
		s.Meeting(int32(i), &a)
	}
	if diff := cmp.Diff(want, kept); diff != "" {
		t.Errorf("texts rebuilt before their arena was reused changed (-want +got):\n%s", diff)
	}
}

// TestSpanSize checks that a Span takes 16 bytes: a reader holds one
// for every meeting, twice over while it joins its batches', until the
// store is built.
func TestSpanSize(t *testing.T) {
	if got := unsafe.Sizeof(Span{}); got != 16 {
		t.Errorf("a Span takes %d bytes, want 16", got)
	}
}

// zeroTail returns v with the fields of its tail zero, as a bare
// meeting holds them.
func zeroTail[T any](x *tail[T], v T) T {
	rv := reflect.ValueOf(&v).Elem()
	for _, f := range x.fields {
		rv.Field(f).SetZero()
	}
	return v
}

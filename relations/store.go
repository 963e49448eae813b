package relations

import (
	"encoding/binary"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/deepcopy"
	"github.com/amitydata/amity/orgs"
)

// meetingStore holds the meetings of a [Dataset] in a compact form: what
// most meetings repeat — places, states, words of a vocabulary, and the
// lists of topics, codes and sources they hold — is held once in tables,
// and each meeting is a short run of bytes naming its entries and holding
// its own text.
// Meetings are the bulk of a large archive; held as events.Meeting
// values, with a string header for every ID and a slice header for every
// list, they take several times the bytes they hold.
//
// A meeting is rebuilt as an events.Meeting when it is asked for. The
// strings of the rebuilt meeting are cut from the store's own; its lists
// and its FieldSources are copies of its own. The IDs of officials and posts are held in each meeting's
// bytes, not in a table: there are tens of thousands of them, and finding
// each in a table while building the store cost more than the bytes it
// saved were worth. The store never changes once built, so it is safe for
// concurrent use.
//
// The bytes of a meeting, in order, each number an unsigned varint:
//
//	id         text
//	title      text
//	place      entry of places
//	host       entry of strs
//	participants  count+1 (0 for nil), then each participant:
//	    state     entry of strs
//	    official  length L
//	    post      0 for none, 1 and a length R if the post's ID is the
//	              official's and R bytes more, 2 otherwise
//	    then L bytes of official; and, for 1, R bytes more, or for 2, text
//	topics     entry of topicLists
//	statements count+1 (0 for nil), then each statement:
//	    id        text
//	    speakers  count+1 (0 for nil), then each speaker: k+1 for the
//	              official of participant k, or 0 and an entry of strs
//	    inferred  0 or 1
//	    verb      entry of strs
//	    summary   text
//	    quote     text
//	    topics    entry of topicLists
//	    sources   entry of sourceLists
//	visit      text
//	codes      entry of codeLists
//	summary    text
//	sources    entry of sourceLists
//	field sources  entry of fieldSources
//
// and after the bytes of a meeting, a participant or a statement, the
// tail of the fields the store does not encode one by one, if the type
// has any (see tail). Codes are interned whole, with their tails.
//
// where text is a length and that many bytes. Entry 0 of every table is
// the zero value: "", a zero Place, a nil list or map.
type meetingStore struct {
	// chunks hold the bytes of the meetings, a run of whole meetings each,
	// about chunkBytes long: a string cut from a rebuilt meeting keeps
	// its chunk alive, not the whole store.
	chunks []string
	// first[c] is the index of the first meeting of chunk c.
	first []int32
	// at[i] is the offset of meeting i in its chunk.
	at []uint32
	// seg[i] is the segment whose tables meeting i's bytes refer to.
	seg    []uint16
	tables []*tables
	// dates[i] is the date of meeting i.
	dates []amity.Date
	// stmtStart[i] is the number of statements of the meetings before
	// meeting i; it has one more entry than there are meetings.
	stmtStart []int32
}

// tables hold what the meetings of a segment of the store share. The
// store is encoded in parallel, in segments of meetings, each with
// tables of its own.
type tables struct {
	strs         []string
	places       []orgs.Place
	topicLists   [][]events.Topic
	sourceLists  [][]amity.SourceID
	codeLists    [][]events.EventCode
	fieldSources []amity.FieldSources
}

// chunkBytes is the size from which a chunk of the store is closed.
const chunkBytes = 64 << 10

// segmentMeetings is the least number of meetings in a segment of the
// store, but for the last, and maxSegments the most segments.
const (
	segmentMeetings = 1 << 14
	maxSegments     = 16
)

// storeBuilder encodes a segment of a meetingStore, and builds its
// tables, with the maps that find their entries.
type storeBuilder struct {
	t            *tables
	buf          []byte
	key          []byte
	strs         map[string]uint32
	places       map[orgs.Place]uint32
	topicLists   map[string]uint32
	sourceLists  map[string]uint32
	codeLists    map[string]uint32
	fieldSources map[string]uint32
}

// newMeetingStore returns the compact form of ms, holding as its meeting
// k the meeting at position order[k] (k itself if order is nil). The
// store copies every string it keeps: it shares no memory with ms. If
// stop is not nil and becomes true, it stops soon after, and returns a
// store that is not to be used.
//
// A Dataset stores its meetings by rank, in date order: the meetings of
// a pair of states in a year, or of an official, are then near one
// another in memory, and a query reads them in the order they lie.
//
// It works in two steps, each on as many goroutines as GOMAXPROCS
// allows: it encodes segments of ms in the order of ms, which reads the
// meetings in the order they lie in memory, and then copies the bytes of
// each meeting into the chunks in the store's order.
func newMeetingStore(ms []events.Meeting, order []int32, enc *encoding, stop *atomic.Bool) *meetingStore {
	n := len(ms)
	if order == nil {
		order = make([]int32, n)
		for i := range order {
			order[i] = int32(i)
		}
	}
	s := &meetingStore{
		at:        make([]uint32, n),
		seg:       make([]uint16, n),
		dates:     make([]amity.Date, n),
		stmtStart: make([]int32, n+1),
	}
	for k, i := range order {
		s.dates[k] = ms[i].Date
		s.stmtStart[k+1] = s.stmtStart[k] + int32(len(ms[i].Statements))
	}
	if enc == nil {
		if enc = encodeMeetings(ms, stop); enc == nil {
			return s
		}
	}
	s.tables = enc.tables
	// Copy, in the store's order, a run of meetings on each goroutine.
	parts := min(runtime.GOMAXPROCS(0), maxSegments, max(1, n/segmentMeetings))
	chunks := make([][]string, parts)
	firsts := make([][]int32, parts)
	inSegments(parts, func(part int) {
		lo, hi := part*n/parts, (part+1)*n/parts
		var buf []byte
		flush := func() {
			if len(buf) > 0 {
				chunks[part] = append(chunks[part], string(buf))
				buf = buf[:0]
			}
		}
		for k := lo; k < hi; k++ {
			i := order[k]
			if len(buf) >= chunkBytes {
				flush()
			}
			if len(buf) == 0 {
				if buf == nil {
					buf = make([]byte, 0, chunkBytes+4<<10)
				}
				firsts[part] = append(firsts[part], int32(k))
			}
			sp := enc.spans[i]
			s.at[k], s.seg[k] = uint32(len(buf)), sp.seg
			buf = append(buf, enc.bufs[sp.seg][sp.begin:sp.end]...)
		}
		flush()
	})
	s.chunks = slices.Concat(chunks...)
	s.first = slices.Concat(firsts...)
	return s
}

// encoding holds meetings encoded for a meetingStore, in segments, before
// they are copied into its chunks: the bytes and the tables of each
// segment, and, by the position of each meeting, where its bytes lie.
type encoding struct {
	bufs   [][]byte
	tables []*tables
	spans  []span
}

// span is where the bytes of an encoded meeting lie: in the bytes of
// segment seg, from begin to end.
type span struct {
	begin, end uint32
	seg        uint16
}

// encodeMeetings encodes ms, in segments of consecutive meetings, each
// on a goroutine of its own, reading the meetings in the order they lie
// in memory. If stop is not nil and becomes true, it stops soon after
// and returns nil.
func encodeMeetings(ms []events.Meeting, stop *atomic.Bool) *encoding {
	n := len(ms)
	segs := min(runtime.GOMAXPROCS(0), maxSegments, max(1, n/segmentMeetings))
	enc := &encoding{bufs: make([][]byte, segs), tables: make([]*tables, segs), spans: make([]span, n)}
	inSegments(segs, func(k int) {
		lo, hi := k*n/segs, (k+1)*n/segs
		b := newStoreBuilder()
		for i := lo; i < hi; i++ {
			if stop != nil && i%1024 == 0 && stop.Load() {
				return
			}
			enc.spans[i] = b.encode(&ms[i], uint16(k))
		}
		enc.bufs[k], enc.tables[k] = b.buf, b.t
	})
	if stop != nil && stop.Load() {
		return nil
	}
	return enc
}

// inSegments runs do(k) for each k from 0 to segs, each on a goroutine
// of its own, and raises again in the caller's goroutine a panic of do.
func inSegments(segs int, do func(k int)) {
	waits := make([]func(), segs)
	for k := range waits {
		waits[k] = goSafe(func() { do(k) })
	}
	waitAll(waits)
}

func newStoreBuilder() *storeBuilder {
	return &storeBuilder{
		t: &tables{
			strs:         []string{""},
			places:       []orgs.Place{{}},
			topicLists:   [][]events.Topic{nil},
			sourceLists:  [][]amity.SourceID{nil},
			codeLists:    [][]events.EventCode{nil},
			fieldSources: []amity.FieldSources{nil},
		},
		strs:         map[string]uint32{"": 0},
		places:       map[orgs.Place]uint32{{}: 0},
		topicLists:   map[string]uint32{},
		sourceLists:  map[string]uint32{},
		codeLists:    map[string]uint32{},
		fieldSources: map[string]uint32{},
	}
}

func (b *storeBuilder) uv(n int) { b.buf = binary.AppendUvarint(b.buf, uint64(n)) }

func (b *storeBuilder) text(s string) {
	b.uv(len(s))
	b.buf = append(b.buf, s...)
}

// count writes the length of a list, plus one, or 0 for a nil list.
func count[T any](b *storeBuilder, list []T) {
	b.buf = keyCount(b.buf, len(list), list == nil)
}

// str returns the entry of s in strs, adding a copy of s if it has none.
func (b *storeBuilder) str(s string) uint32 {
	n, ok := b.strs[s]
	if !ok {
		n = uint32(len(b.t.strs))
		s = strings.Clone(s)
		b.t.strs = append(b.t.strs, s)
		b.strs[s] = n
	}
	return n
}

// same returns s as held in strs, adding it if need be, so that every
// string of the tables is stored once.
func same[T ~string](b *storeBuilder, s T) T { return T(b.t.strs[b.str(string(s))]) }

// intern returns the entry of k in list, found with m, adding the value
// clone makes if it has none.
func intern[K comparable, V any](m map[K]uint32, list *[]V, k K, clone func() V) uint32 {
	n, ok := m[k]
	if !ok {
		n = uint32(len(*list))
		*list = append(*list, clone())
		m[k] = n
	}
	return n
}

// keyCount appends to k the length of a list, plus one, or 0 for nil.
func keyCount(k []byte, n int, isNil bool) []byte {
	if isNil {
		return append(k, 0)
	}
	return binary.AppendUvarint(k, uint64(n+1))
}

// keyText appends s to k, after its length.
func keyText(k []byte, s string) []byte {
	return append(binary.AppendUvarint(k, uint64(len(s))), s...)
}

// listKey returns a key for a list of strings: its length+1 (0 for nil)
// and its strings, each after its length.
func listKey[T ~string](b *storeBuilder, list []T) []byte {
	k := keyCount(b.key[:0], len(list), list == nil)
	for _, s := range list {
		k = keyText(k, string(s))
	}
	b.key = k
	return k
}

// list writes the entry of a list of strings in table, found with m.
func list[T ~string](b *storeBuilder, m map[string]uint32, table *[][]T, l []T) {
	internList(b, m, table, l, func(k []byte, s T) []byte { return keyText(k, string(s)) }, func(s T) T { return same(b, s) })
}

// internList writes the entry of list l in table, found with m by a key
// of its length and of each element as key appends it, adding, if there
// is none, a copy of l whose elements clone makes.
func internList[T any](b *storeBuilder, m map[string]uint32, table *[][]T, l []T, key func([]byte, T) []byte, clone func(T) T) {
	k := keyCount(b.key[:0], len(l), l == nil)
	for _, v := range l {
		k = key(k, v)
	}
	b.key = k
	n, ok := m[string(k)]
	if !ok {
		n = uint32(len(*table))
		var c []T
		if l != nil {
			c = make([]T, len(l))
			for i, v := range l {
				c[i] = clone(v)
			}
		}
		*table = append(*table, c)
		m[string(k)] = n
	}
	b.uv(int(n))
}

// encode appends the bytes of m, and returns where they lie, as segment
// seg.
func (b *storeBuilder) encode(m *events.Meeting, seg uint16) span {
	begin := uint32(len(b.buf))
	b.meeting(m)
	return span{begin, uint32(len(b.buf)), seg}
}

func (b *storeBuilder) meeting(m *events.Meeting) {
	t := b.t
	b.text(string(m.ID))
	b.text(m.Title)
	b.uv(int(intern(b.places, &t.places, m.Place, func() orgs.Place {
		p := m.Place
		p.City, p.Subdivision, p.Country = same(b, p.City), same(b, p.Subdivision), same(b, p.Country)
		p.Venue, p.Wikidata, p.Note = same(b, p.Venue), same(b, p.Wikidata), strings.Clone(p.Note)
		return p
	})))
	b.uv(int(b.str(string(m.Host))))
	count(b, m.Participants)
	for _, p := range m.Participants {
		b.uv(int(b.str(string(p.State))))
		b.uv(len(p.Official))
		switch post, ok := strings.CutPrefix(string(p.Post), string(p.Official)); {
		case p.Post == "":
			b.uv(0)
			b.buf = append(b.buf, p.Official...)
		case ok:
			b.uv(1)
			b.uv(len(post))
			b.buf = append(b.buf, p.Official...)
			b.buf = append(b.buf, post...)
		default:
			b.uv(2)
			b.buf = append(b.buf, p.Official...)
			b.text(string(p.Post))
		}
		if participantTail.has() {
			participantTail.encode(b, p)
		}
	}
	list(b, b.topicLists, &t.topicLists, m.Topics)
	count(b, m.Statements)
	for i := range m.Statements {
		st := &m.Statements[i]
		b.text(string(st.ID))
		count(b, st.Speakers)
		for _, o := range st.Speakers {
			if k := slices.IndexFunc(m.Participants, func(p events.Participant) bool { return p.Official == o }); k >= 0 {
				b.uv(k + 1)
			} else {
				b.uv(0)
				b.uv(int(b.str(string(o))))
			}
		}
		if st.SpeakersInferred {
			b.uv(1)
		} else {
			b.uv(0)
		}
		b.uv(int(b.str(string(st.Verb))))
		b.text(st.Summary)
		b.text(st.Quote)
		list(b, b.topicLists, &t.topicLists, st.Topics)
		list(b, b.sourceLists, &t.sourceLists, st.Sources)
		if statementTail.has() {
			statementTail.encode(b, *st)
		}
	}
	b.text(string(m.Visit))
	b.codes(m.Codes)
	b.text(m.Summary)
	list(b, b.sourceLists, &t.sourceLists, m.Sources)
	b.fields(m.FieldSources)
	if meetingTail.has() {
		meetingTail.encode(b, *m)
	}
}

func (b *storeBuilder) codes(cs []events.EventCode) {
	internList(b, b.codeLists, &b.t.codeLists, cs,
		func(k []byte, c events.EventCode) []byte {
			k = keyText(keyText(keyText(k, string(c.CAMEO)), string(c.PLOVER)), string(c.Mode))
			if codeTail.has() {
				k = keyText(k, codeTail.json(c))
			}
			return k
		},
		func(c events.EventCode) events.EventCode {
			out := events.EventCode{CAMEO: same(b, c.CAMEO), PLOVER: same(b, c.PLOVER), Mode: same(b, c.Mode)}
			if codeTail.has() {
				out = codeTail.set(codeTail.json(c), out)
			}
			return out
		})
}

// fields writes the entry of fs, whose key lists its fields in order,
// each with its list of sources.
func (b *storeBuilder) fields(fs amity.FieldSources) {
	if fs == nil {
		b.uv(0)
		return
	}
	fields := fs.Fields()
	k := binary.AppendUvarint(nil, uint64(len(fields)))
	for _, f := range fields {
		k = keyText(k, f)
		k = append(k, listKey(b, fs[f])...)
	}
	n, ok := b.fieldSources[string(k)]
	if !ok {
		n = uint32(len(b.t.fieldSources))
		c := make(amity.FieldSources, len(fs))
		for _, f := range fields {
			var l []amity.SourceID
			if fs[f] != nil {
				l = make([]amity.SourceID, len(fs[f]))
				for i, id := range fs[f] {
					l[i] = same(b, id)
				}
			}
			c[same(b, f)] = l
		}
		b.t.fieldSources = append(b.t.fieldSources, c)
		b.fieldSources[string(k)] = n
	}
	b.uv(int(n))
}

// len returns the number of meetings in s.
func (s *meetingStore) len() int { return len(s.at) }

// reader reads the bytes of one meeting, in its chunk.
type reader struct {
	b string
	i int
	t *tables
}

// open returns a reader at the start of meeting i.
func (s *meetingStore) open(i int32) reader {
	c, _ := slices.BinarySearch(s.first, i+1)
	return reader{s.chunks[c-1], int(s.at[i]), s.tables[s.seg[i]]}
}

func (r *reader) uv() int {
	x := uint64(r.b[r.i])
	r.i++
	if x < 0x80 {
		return int(x)
	}
	x &= 0x7f
	for shift := 7; ; shift += 7 {
		c := r.b[r.i]
		r.i++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return int(x)
		}
	}
}

func (r *reader) text() string {
	n := r.uv()
	s := r.b[r.i : r.i+n]
	r.i += n
	return s
}

func (r *reader) skipText() { r.i += r.uv() }

func (r *reader) participant() events.Participant {
	p := events.Participant{State: orgs.StateID(r.t.strs[r.uv()])}
	n := r.uv()
	switch r.uv() {
	case 0:
		p.Official = orgs.OfficialID(r.b[r.i : r.i+n])
		r.i += n
	case 1:
		// The post's ID is the official's and the bytes that follow
		// it: one string holds both.
		rest := r.uv()
		p.Official = orgs.OfficialID(r.b[r.i : r.i+n])
		p.Post = orgs.PostID(r.b[r.i : r.i+n+rest])
		r.i += n + rest
	default:
		p.Official = orgs.OfficialID(r.b[r.i : r.i+n])
		r.i += n
		p.Post = orgs.PostID(r.text())
	}
	if participantTail.has() {
		p = participantTail.decode(r, p)
	}
	return p
}

// id returns the ID of meeting i.
func (s *meetingStore) id(i int32) events.MeetingID {
	r := s.open(i)
	return events.MeetingID(r.text())
}

// arena hands out the lists of rebuilt meetings from arrays that many
// meetings share, so that an iterator that yields many meetings
// allocates once for many. Each list is cut with its capacity: appending
// to one cannot change another. An arena's arrays grow from small, so
// that an iteration stopped early has not allocated for meetings it did
// not yield.
type arena struct {
	parts []events.Participant
	stmts []events.Statement
	codes []events.EventCode
	// strs holds the lists of every string type: speakers, topics,
	// sources.
	strs []string
}

// arenaMax is the most entries an array of an arena holds.
const arenaMax = 256

// take returns a list of n from the array at *a, or a new one if a is
// nil.
func take[T any](a *[]T, n int) []T {
	if a == nil || n == 0 {
		// An empty list is not nil, whether or not the arena has an
		// array yet; it takes no memory.
		return make([]T, n)
	}
	if cap(*a)-len(*a) < n {
		// The first array is of the first list's size: an iteration
		// that yields one meeting allocates no more than it needs.
		*a = make([]T, 0, max(n, min(2*cap(*a), arenaMax)))
	}
	l := len(*a)
	*a = (*a)[:l+n]
	return (*a)[l : l+n : l+n]
}

// copyOf returns a copy of list, from the array at *a (see take); nil
// for nil.
func copyOf[T any](a *[]T, list []T) []T {
	if list == nil {
		return nil
	}
	c := take(a, len(list))
	copy(c, list)
	return c
}

// takeStrings is take for a list of a string type, from an array of
// strings that the lists of every string type share. Its first array
// holds 16 strings at least: enough for most meetings.
func takeStrings[T ~string](a *[]string, n int) []T {
	if *a == nil {
		*a = make([]string, 0, max(n, 16))
	}
	l := take(a, n)
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(l))), n)
}

// copyStringsOf is copyOf for a list of a string type, from an array of
// strings (see takeStrings).
func copyStringsOf[T ~string](a *[]string, list []T) []T {
	if list == nil {
		return nil
	}
	c := takeStrings[T](a, len(list))
	copy(c, list)
	return c
}

// meeting rebuilds meeting i, with its lists from a if a is not nil. The
// meeting shares no memory but its strings with the store, nor with
// another meeting.
func (s *meetingStore) meeting(i int32, a *arena) events.Meeting {
	if a == nil {
		a = new(arena)
	}
	parts, stmts := &a.parts, &a.stmts
	r := s.open(i)
	t := r.t
	m := events.Meeting{ID: events.MeetingID(r.text()), Title: r.text(), Date: s.dates[i]}
	m.Place = t.places[r.uv()]
	m.Host = orgs.StateID(t.strs[r.uv()])
	if n := r.uv(); n > 0 {
		m.Participants = take(parts, n-1)
		for k := range m.Participants {
			m.Participants[k] = r.participant()
		}
	}
	m.Topics = copyStringsOf(&a.strs, t.topicLists[r.uv()])
	if n := r.uv(); n > 0 {
		m.Statements = take(stmts, n-1)
		for k := range m.Statements {
			st := &m.Statements[k]
			st.ID = events.StatementID(r.text())
			if n := r.uv(); n > 0 {
				st.Speakers = takeStrings[orgs.OfficialID](&a.strs, n-1)
				for j := range st.Speakers {
					if p := r.uv(); p > 0 {
						st.Speakers[j] = m.Participants[p-1].Official
					} else {
						st.Speakers[j] = orgs.OfficialID(t.strs[r.uv()])
					}
				}
			}
			st.SpeakersInferred = r.uv() == 1
			st.Verb = events.Verb(t.strs[r.uv()])
			st.Summary = r.text()
			st.Quote = r.text()
			st.Topics = copyStringsOf(&a.strs, t.topicLists[r.uv()])
			st.Sources = copyStringsOf(&a.strs, t.sourceLists[r.uv()])
			if statementTail.has() {
				*st = statementTail.decode(&r, *st)
			}
		}
	}
	m.Visit = events.VisitID(r.text())
	m.Codes = copyOf(&a.codes, t.codeLists[r.uv()])
	m.Summary = r.text()
	m.Sources = copyStringsOf(&a.strs, t.sourceLists[r.uv()])
	if fs := t.fieldSources[r.uv()]; fs != nil {
		m.FieldSources = deepcopy.Copy(fs, nil)
	}
	if meetingTail.has() {
		m = meetingTail.decode(&r, m)
	}
	return m
}

// statementID returns the ID of statement j of meeting i.
func (s *meetingStore) statementID(i, j int32) events.StatementID {
	r := s.open(i)
	r.skipText() // id
	r.statements()
	for range j {
		r.skipStatement()
	}
	return events.StatementID(r.text())
}

// ids calls f with the ID of meeting i and j -1, then with the ID of
// each of its statements and j its index.
func (s *meetingStore) ids(i int32, f func(j int32, id string)) {
	r := s.open(i)
	f(-1, r.text())
	for j := range int32(r.statements()) {
		f(j, r.text())
		r.skipStatementAfterID()
	}
}

// statements moves r, after the ID of a meeting, to its first statement,
// and returns the number of statements.
func (r *reader) statements() int {
	r.skipText() // title
	r.uv()       // place
	r.uv()       // host
	if n := r.uv(); n > 0 {
		for range n - 1 {
			r.participant()
		}
	}
	r.uv() // topics
	return max(r.uv()-1, 0)
}

// skipStatement moves r past a statement.
func (r *reader) skipStatement() {
	r.skipText() // id
	r.skipStatementAfterID()
}

// skipStatementAfterID moves r past the rest of a statement after its ID.
func (r *reader) skipStatementAfterID() {
	if n := r.uv(); n > 0 {
		for range n - 1 {
			if r.uv() == 0 {
				r.uv()
			}
		}
	}
	r.uv()       // inferred
	r.uv()       // verb
	r.skipText() // summary
	r.skipText() // quote
	r.uv()       // topics
	r.uv()       // sources
	statementTail.skip(r)
}

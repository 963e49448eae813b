// Package meetingstore holds meetings in a compact form, a fraction of
// the memory their events.Meeting values take, and rebuilds each as an
// events.Meeting when it is asked for (see [Store]). [New] builds a store
// from the meetings; a reader that decodes meetings on several goroutines
// can encode them as it goes, each goroutine with an [Encoder] of its
// own, and hand New the [Encoding] that [Join] makes of what they encoded.
package meetingstore

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/deepcopy"
	"github.com/amitydata/amity/orgs"
)

// Store holds meetings in a compact form: what most meetings repeat —
// places, states, officials, words of a vocabulary, and the lists of
// codes and sources they hold — is held once in tables, and each meeting
// is a short run of bytes naming its entries and holding its own text.
// Meetings are the bulk of a large archive; held as events.Meeting
// values, with a string header for every ID and a slice header for every
// list, they take several times the bytes they hold.
//
// A meeting is rebuilt as an events.Meeting when it is asked for. The
// strings of the rebuilt meeting are cut from the store's own, but for
// its prose — titles, summaries, quotes and notes — which the store holds
// as words of a table, and which a rebuilt meeting joins in new memory;
// its lists and its FieldSources are copies of its own. The IDs of
// officials and posts are entries of a table like any other string: an
// official takes part in a hundred meetings and more of a large
// archive, and an entry takes two or three bytes where the ID took ten
// or more. The store never changes once built, so it is safe for
// concurrent use.
//
// The bytes of a meeting, in order, each number an unsigned varint:
//
//	id         text
//	title      prose
//	place      entry of places
//	host       entry of strs
//	participants  count+1 (0 for nil), then each participant:
//	    state     entry of strs
//	    official  entry of strs
//	    post      entry of strs
//	    group     entry of strs
//	    role      entry of strs
//	topics     count+1 (0 for nil), then an entry of strs for each
//	statements count+1 (0 for nil), then each statement:
//	    id        the length of its bytes times two, plus one if the
//	              bytes follow the meeting's ID (see Encoder.statementID),
//	              then the bytes
//	    speakers  count+1 (0 for nil), then each speaker: k+1 for the
//	              official of participant k, or 0 and an entry of strs
//	    inferred  0 or 1
//	    verb      entry of strs
//	    summary   prose
//	    quote     prose
//	    topics    count+1 (0 for nil), then an entry of strs for each
//	    sources   entry of sourceLists
//	    groups    count+1 (0 for nil), then an entry of strs for each
//	    by source 0 or 1
//	visit      text
//	codes      entry of codeLists
//	summary    prose
//	sources    entry of sourceLists
//	field sources  entry of fieldSources
//	commission entry of strs
//	session    signed varint
//	note       prose
//
// and after the bytes of a meeting, a participant or a statement, the
// tail of the fields the store does not encode one by one, if the type
// has any (see tail). Codes are interned whole, with their tails.
//
// where text is a length and that many bytes, and prose the number of
// words of a text, its parts between spaces, and the entry of each word
// in strs (see Encoder.prose). Entry 0 of every table is
// the zero value: "", a zero Place, a nil list or map.
type Store struct {
	// blocks hold the bytes of the meetings, as the encoders of their
	// segments wrote them, in blocks of about blockBytes: a string cut
	// from a rebuilt meeting keeps its block alive, not the whole store.
	// blockSeg[b] is the segment whose tables the meetings of block b
	// refer to.
	blocks   []string
	blockSeg []uint16
	// held is the bytes the blocks' arrays hold.
	held int
	// Meeting i lies in block block[i], from offset at[i]: a meeting
	// begins within the first blockBytes of its block.
	block []uint32
	at    []uint16
	// tables[seg] are the tables of segment seg.
	tables []*tables
	// dates[i] is the date of meeting i.
	dates []amity.Date
}

// tables hold what the meetings of a segment of the store share. The
// store is encoded in parallel, in segments of meetings, each with
// tables of its own.
type tables struct {
	strs         []string
	places       []orgs.Place
	sourceLists  [][]amity.SourceID
	codeLists    [][]events.EventCode
	fieldSources []amity.FieldSources
}

// segmentMeetings is the least number of meetings in a segment of the
// store, but for the last, and maxSegments the most segments.
const (
	segmentMeetings = 1 << 14
	maxSegments     = 16
)

// New returns the compact form of ms, holding as its meeting k the
// meeting at position order[k] (k itself if order is nil). enc, if not
// nil, holds ms encoded already (see [Join]), and the store takes its
// bytes over; otherwise New encodes them. The store copies every string
// it keeps: it shares no memory with ms. If stop is not nil and becomes
// true, it stops soon after, and returns a store that is not to be used.
//
// The bytes of the meetings stay where their encoder wrote them, in the
// order of ms: holding them in another order would take a copy of every
// meeting, and twice the memory while it is made. A dataset numbers its
// meetings by rank, in date order, through order.
//
// Encoding takes as many goroutines as GOMAXPROCS allows: it encodes
// segments of ms in the order of ms, which reads the meetings in the
// order they lie in memory.
func New(ms []events.Meeting, order []int32, enc *Encoding, stop *atomic.Bool) *Store {
	if enc == nil {
		if enc = encodeMeetings(ms, stop); enc == nil {
			return &Store{}
		}
	}
	n := enc.Len()
	s := &Store{
		block:  make([]uint32, n),
		at:     make([]uint16, n),
		dates:  make([]amity.Date, n),
		tables: enc.tables,
	}
	// base[seg] is the number of the first block of segment seg.
	base := make([]uint32, len(enc.bufs))
	for seg, bufs := range enc.bufs {
		base[seg] = uint32(len(s.blocks))
		for _, b := range bufs {
			s.blocks = append(s.blocks, unsafe.String(unsafe.SliceData(b), len(b)))
			s.held += cap(b)
			s.blockSeg = append(s.blockSeg, uint16(seg))
		}
	}
	for k := range n {
		i := int32(k)
		if order != nil {
			i = order[k]
		}
		sp := enc.spans[i]
		s.block[k], s.at[k] = base[sp.seg]+sp.block, uint16(sp.begin)
		s.dates[k] = sp.date
	}
	return s
}

// inSegments runs do(k) for each k from 0 to segs, each on a goroutine
// of its own, and once they have all returned raises again in the
// caller's goroutine the panic of the first k whose do panicked, if any.
func inSegments(segs int, do func(k int)) {
	var wg sync.WaitGroup
	panics := make([]any, segs)
	for k := range segs {
		wg.Go(func() {
			defer func() { panics[k] = recover() }()
			do(k)
		})
	}
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p)
		}
	}
}

// Len returns the number of meetings in s.
func (s *Store) Len() int { return len(s.at) }

// Date returns the date of meeting i.
func (s *Store) Date(i int32) amity.Date { return s.dates[i] }

// Bytes returns the bytes s holds, counted from its arrays and strings,
// the tables of its segments included.
func (s *Store) Bytes() int {
	n := 2*len(s.blockSeg) + 4*len(s.block) + 2*len(s.at) + 4*len(s.dates)
	n += 16*len(s.blocks) + s.held
	for _, t := range s.tables {
		for _, x := range t.strs {
			n += 16 + len(x)
		}
		n += len(t.places) * int(unsafe.Sizeof(orgs.Place{}))
		for _, l := range t.sourceLists {
			n += 24 + 16*len(l)
		}
		for _, l := range t.codeLists {
			n += 24 + int(unsafe.Sizeof(events.EventCode{}))*len(l)
		}
		for _, fs := range t.fieldSources {
			for _, l := range fs {
				n += 16 + 24 + 16*len(l)
			}
		}
	}
	return n
}

// reader reads the bytes of one meeting, in its block.
type reader struct {
	b string
	i int
	t *tables
	// bare rebuilds bare meetings (see Store.MeetingInto).
	bare bool
}

// open returns a reader at the start of meeting i.
func (s *Store) open(i int32) reader {
	b := s.block[i]
	return reader{b: s.blocks[b], i: int(s.at[i]), t: s.tables[s.blockSeg[b]]}
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

// prose reads a text written as its words (see Encoder.prose). A text of
// one word is the table's string; a longer one is joined in bytes from
// a, which are never written again once handed out.
func (r *reader) prose(a *Arena) string {
	n := r.uv()
	switch {
	case r.bare:
		for range n {
			r.uv()
		}
		return ""
	case n == 0:
		return ""
	case n == 1:
		return r.t.strs[r.uv()]
	}
	strs := r.t.strs
	size, at := n-1, r.i
	for range n {
		size += len(strs[r.uv()])
	}
	r.i = at
	b := a.textBytes(size)[:0]
	b = append(b, strs[r.uv()]...)
	for range n - 1 {
		b = append(b, ' ')
		b = append(b, strs[r.uv()]...)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// readInPlace reads a list written in place (see inPlace), into an array
// of a.
func readInPlace[T ~string](r *reader, a *Arena) []T {
	n := r.uv()
	if n == 0 {
		return nil
	}
	l := takeStrings[T](&a.strs, n-1)
	for i := range l {
		l[i] = T(r.t.strs[r.uv()])
	}
	return l
}

// skipList moves r past a list written in place (see inPlace).
func (r *reader) skipList() {
	if n := r.uv(); n > 0 {
		for range n - 1 {
			r.uv()
		}
	}
}

// skipProse moves r past a text written as its words.
func (r *reader) skipProse() {
	for range r.uv() {
		r.uv()
	}
}

// v reads a signed varint.
func (r *reader) v() int {
	u := uint64(r.uv())
	return int(int64(u>>1) ^ -int64(u&1))
}

func (r *reader) participant() events.Participant {
	strs := r.t.strs
	p := events.Participant{State: orgs.StateID(strs[r.uv()])}
	p.Official = orgs.OfficialID(strs[r.uv()])
	p.Post = orgs.PostID(strs[r.uv()])
	p.Group = orgs.GroupID(strs[r.uv()])
	p.Role = events.ParticipantRole(strs[r.uv()])
	if participantTail.has() {
		participantTail.decode(r, &p)
	}
	return p
}

// ID returns the ID of meeting i.
func (s *Store) ID(i int32) events.MeetingID {
	r := s.open(i)
	return events.MeetingID(r.text())
}

// Arena hands out the lists of rebuilt meetings from arrays that many
// meetings share, so that an iterator that yields many meetings
// allocates once for many. Each list is cut with its capacity: appending
// to one cannot change another. An Arena's arrays grow from small, so
// that an iteration stopped early has not allocated for meetings it did
// not yield. The zero Arena is ready for use; an Arena is not safe for
// concurrent use.
type Arena struct {
	parts []events.Participant
	stmts []events.Statement
	codes []events.EventCode
	// strs holds the lists of every string type: speakers, topics,
	// sources.
	strs []string
	// text holds the bytes of the texts rebuilt from their words. Reuse
	// leaves it as it is: a string's bytes must never change.
	text []byte
}

// Reuse lets a hand out again the lists it has handed out, which are
// cleared: the caller must no longer use any meeting rebuilt with a. A
// caller that looks at one meeting at a time rebuilds them all in the
// same memory.
func (a *Arena) Reuse() {
	clear(a.parts)
	clear(a.stmts)
	clear(a.codes)
	clear(a.strs)
	a.parts, a.stmts, a.codes, a.strs = a.parts[:0], a.stmts[:0], a.codes[:0], a.strs[:0]
}

// arenaMax is the most entries an array of an Arena holds, and
// arenaText the most bytes its array of text.
const (
	arenaMax  = 256
	arenaText = 4 << 10
)

// textBytes returns n bytes from a's array of text, never handed out
// before, with no room to append to.
func (a *Arena) textBytes(n int) []byte {
	if cap(a.text)-len(a.text) < n {
		a.text = make([]byte, 0, max(n, min(2*cap(a.text), arenaText)))
	}
	l := len(a.text)
	a.text = a.text[:l+n]
	return a.text[l : l+n : l+n]
}

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

// Meeting rebuilds meeting i, with its lists from a if a is not nil. The
// meeting shares no memory but its strings with the store, nor with
// another meeting.
func (s *Store) Meeting(i int32, a *Arena) events.Meeting {
	var m events.Meeting
	s.MeetingInto(i, a, &m, false)
	return m
}

// MeetingInto is Meeting, rebuilding the meeting in *m. If bare is set,
// it rebuilds the meeting bare: without its prose — its title, summary
// and note, and its statements' summaries and quotes — which costs the
// joining of their words and the memory they take; without the fields
// the store holds in tails (see tail), which cost the decoding of their
// JSON; and with its FieldSources the store's own, not a copy, which
// the caller must not modify.
func (s *Store) MeetingInto(i int32, a *Arena, m *events.Meeting, bare bool) {
	r := s.open(i)
	r.bare = bare
	r.meeting(s.dates[i], a, m)
}

// meeting rebuilds in *m the meeting r stands at, of date date, with its
// lists from a if a is not nil.
func (r *reader) meeting(date amity.Date, a *Arena, m *events.Meeting) {
	if a == nil {
		a = new(Arena)
	}
	parts, stmts := &a.parts, &a.stmts
	t := r.t
	*m = events.Meeting{ID: events.MeetingID(r.text()), Date: date}
	m.Title = r.prose(a)
	m.Place = t.places[r.uv()]
	m.Host = orgs.StateID(t.strs[r.uv()])
	if n := r.uv(); n > 0 {
		m.Participants = take(parts, n-1)
		for k := range m.Participants {
			m.Participants[k] = r.participant()
		}
	}
	m.Topics = readInPlace[events.Topic](r, a)
	if n := r.uv(); n > 0 {
		m.Statements = take(stmts, n-1)
		for k := range m.Statements {
			st := &m.Statements[k]
			st.ID = events.StatementID(r.statementIDIn(string(m.ID), a))
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
			st.Summary = r.prose(a)
			st.Quote = r.prose(a)
			st.Topics = readInPlace[events.Topic](r, a)
			st.Sources = copyStringsOf(&a.strs, t.sourceLists[r.uv()])
			st.Groups = readInPlace[orgs.GroupID](r, a)
			st.BySource = r.uv() == 1
			if statementTail.has() {
				statementTail.decode(r, st)
			}
		}
	}
	m.Visit = events.VisitID(r.text())
	m.Codes = copyOf(&a.codes, t.codeLists[r.uv()])
	m.Summary = r.prose(a)
	m.Sources = copyStringsOf(&a.strs, t.sourceLists[r.uv()])
	switch fs := t.fieldSources[r.uv()]; {
	case r.bare:
		m.FieldSources = fs
	case fs != nil:
		m.FieldSources = deepcopy.Copy(fs, nil)
	}
	m.Commission = orgs.OrganizationID(t.strs[r.uv()])
	m.Session = r.v()
	m.Note = r.prose(a)
	if meetingTail.has() {
		meetingTail.decode(r, m)
	}
}

// StatementID returns the ID of statement j of meeting i.
func (s *Store) StatementID(i, j int32) events.StatementID {
	r := s.open(i)
	return r.statementID(j)
}

// statementID returns the ID of statement j of the meeting r stands at.
func (r *reader) statementID(j int32) events.StatementID {
	meeting := r.text()
	r.statements()
	for range j {
		r.skipStatement()
	}
	return events.StatementID(r.statementIDIn(meeting, nil))
}

// statementIDIn reads the ID of a statement of the meeting of ID
// meeting (see Encoder.statementID). An ID that follows the meeting's is
// joined in bytes from a, or, if a is nil, in new memory.
func (r *reader) statementIDIn(meeting string, a *Arena) string {
	rest, follows := r.statementIDBytes()
	switch {
	case !follows:
		return rest
	case rest == "":
		return meeting
	case a == nil:
		return meeting + rest
	}
	b := append(a.textBytes(len(meeting) + len(rest))[:0], meeting...)
	b = append(b, rest...)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// statementIDBytes reads the bytes of the ID of a statement, and
// whether they follow the ID of its meeting (see Encoder.statementID).
func (r *reader) statementIDBytes() (b string, follows bool) {
	x := r.uv()
	n := x >> 1
	b = r.b[r.i : r.i+n]
	r.i += n
	return b, x&1 == 1
}

// skipStatementID moves r past the ID of a statement.
func (r *reader) skipStatementID() { r.statementIDBytes() }

// ids calls f with the ID of the meeting r stands at and j -1, then, if
// stmts is set (the meeting has statements), with the ID of each of its
// statements and j its index: a meeting without statements is not read
// past its ID. The ID of a statement that follows the meeting's is
// joined in *buf, good until f returns.
func (r *reader) ids(stmts bool, buf *[]byte, f func(j int32, id string)) {
	meeting := r.text()
	f(-1, meeting)
	if !stmts {
		return
	}
	for j := range int32(r.statements()) {
		if rest, follows := r.statementIDBytes(); !follows {
			f(j, rest)
		} else {
			*buf = append(append((*buf)[:0], meeting...), rest...)
			f(j, unsafe.String(unsafe.SliceData(*buf), len(*buf)))
		}
		r.skipStatementAfterID()
	}
}

// statements moves r, after the ID of a meeting, to its first statement,
// and returns the number of statements.
func (r *reader) statements() int {
	r.skipProse() // title
	r.uv()        // place
	r.uv()        // host
	if n := r.uv(); n > 0 {
		for range n - 1 {
			r.skipParticipant()
		}
	}
	r.skipList() // topics
	return max(r.uv()-1, 0)
}

// skipParticipant moves r past a participant, as participant reads it.
func (r *reader) skipParticipant() {
	r.uv() // state
	r.uv() // official
	r.uv() // post
	r.uv() // group
	r.uv() // role
	participantTail.skip(r)
}

// skipStatement moves r past a statement.
func (r *reader) skipStatement() {
	r.skipStatementID()
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
	r.uv()        // inferred
	r.uv()        // verb
	r.skipProse() // summary
	r.skipProse() // quote
	r.skipList()  // topics
	r.uv()        // sources
	r.skipList()  // groups
	r.uv()        // by source
	statementTail.skip(r)
}

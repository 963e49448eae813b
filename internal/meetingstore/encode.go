package meetingstore

import (
	"encoding/binary"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// Encoder encodes the meetings of a segment of a [Store], and builds
// the segment's tables, with the maps that find their entries. An
// Encoder is not safe for concurrent use: a reader that decodes meetings
// on several goroutines gives each an Encoder of its own.
type Encoder struct {
	seg uint16
	t   *tables
	// buf holds the bytes of the meeting being encoded; each meeting's
	// are then copied to the block being filled, block, and a full block
	// goes to blocks. Blocks of a fixed size, never grown, cost no copy
	// of what they hold, as one growing slice of every meeting would.
	buf    []byte
	block  []byte
	blocks [][]byte
	key    []byte
	// fieldsKey holds the key of the field sources being encoded.
	fieldsKey    []byte
	strs         map[string]uint32
	places       map[orgs.Place]uint32
	sourceLists  map[string]uint32
	codeLists    map[string]uint32
	fieldSources map[string]uint32
}

// Encoding holds meetings encoded for a [Store], in segments, before
// the store takes their bytes over: the bytes and the tables of each
// segment, and, by the position of each meeting, where its bytes lie.
type Encoding struct {
	// bufs[seg][block] holds the bytes of the meetings of a segment.
	bufs   [][][]byte
	tables []*tables
	spans  []Span
}

// Span is where the bytes of an encoded meeting lie: in block block of
// the bytes of segment seg, from begin; with the meeting's date and
// number of statements, which its bytes do not hold. A reader holds a
// Span for every meeting until the store is built: it is kept to 16
// bytes, which a test checks.
type Span struct {
	block uint32
	stmts uint32
	date  amity.Date
	// begin is less than blockBytes (see Encode).
	begin uint16
	seg   uint16
}

// blockBytes is the size of the blocks an Encoder fills; a meeting
// longer than that has a block of its own. A meeting therefore begins
// at an offset a uint16 holds (see Store), which the conversion below
// checks when the package is compiled.
const blockBytes = 64 << 10

const _ = uint16(blockBytes - 1)

// Join returns the Encoding of the meetings that encs encoded, where
// encs[k] is the Encoder NewEncoder(k) returned, and spans[i], which one
// of them returned, is where the bytes of meeting i lie. The encoders
// are not to be used after.
func Join(encs []*Encoder, spans []Span) *Encoding {
	enc := &Encoding{spans: spans}
	for _, e := range encs {
		enc.bufs = append(enc.bufs, e.done())
		enc.tables = append(enc.tables, e.t)
	}
	return enc
}

// encodeMeetings encodes ms, in segments of consecutive meetings, each
// on a goroutine of its own, reading the meetings in the order they lie
// in memory. If stop is not nil and becomes true, it stops soon after
// and returns nil.
func encodeMeetings(ms []events.Meeting, stop *atomic.Bool) *Encoding {
	n := len(ms)
	segs := min(runtime.GOMAXPROCS(0), maxSegments, max(1, n/segmentMeetings))
	enc := &Encoding{bufs: make([][][]byte, segs), tables: make([]*tables, segs), spans: make([]Span, n)}
	inSegments(segs, func(k int) {
		lo, hi := k*n/segs, (k+1)*n/segs
		b := NewEncoder(k)
		for i := lo; i < hi; i++ {
			if stop != nil && i%1024 == 0 && stop.Load() {
				return
			}
			enc.spans[i] = b.Encode(&ms[i])
		}
		enc.bufs[k], enc.tables[k] = b.done(), b.t
	})
	if stop != nil && stop.Load() {
		return nil
	}
	return enc
}

// Len returns the number of meetings e holds.
func (e *Encoding) Len() int { return len(e.spans) }

// Date returns the date of meeting i.
func (e *Encoding) Date(i int32) amity.Date { return e.spans[i].date }

// Statements returns the number of statements of meeting i.
func (e *Encoding) Statements(i int32) int { return int(e.spans[i].stmts) }

// open returns a reader at the start of meeting i. Its strings are cut
// from the encoder's blocks, whose bytes, once written, never change.
func (e *Encoding) open(i int32) reader {
	sp := e.spans[i]
	block := e.bufs[sp.seg][sp.block]
	return reader{b: unsafe.String(unsafe.SliceData(block), len(block)), i: int(sp.begin), t: e.tables[sp.seg]}
}

// ID returns the ID of meeting i.
func (e *Encoding) ID(i int32) events.MeetingID {
	r := e.open(i)
	return events.MeetingID(r.text())
}

// StatementID returns the ID of statement j of meeting i.
func (e *Encoding) StatementID(i, j int32) events.StatementID {
	r := e.open(i)
	return r.statementID(j)
}

// IDs calls f with the ID of meeting i and j -1, then with the ID of
// each of its statements and j its index. A statement's ID may be built
// in *buf, which it grows as need be: a string f is given is good only
// until f returns.
func (e *Encoding) IDs(i int32, buf *[]byte, f func(j int32, id string)) {
	r := e.open(i)
	r.ids(e.spans[i].stmts > 0, buf, f)
}

// Meeting rebuilds meeting i, as [Store.Meeting] does. Its strings keep
// the block of the encoder that holds them alive.
func (e *Encoding) Meeting(i int32, a *Arena) events.Meeting {
	var m events.Meeting
	e.MeetingInto(i, a, &m, false)
	return m
}

// MeetingInto is Meeting, rebuilding the meeting in *m, bare if bare is
// set, as [Store.MeetingInto] does.
func (e *Encoding) MeetingInto(i int32, a *Arena, m *events.Meeting, bare bool) {
	r := e.open(i)
	r.bare = bare
	r.meeting(e.spans[i].date, a, m)
}

// NewEncoder returns an Encoder of segment seg of a store; the segments
// of a store are numbered from 0 (see [Join]).
func NewEncoder(seg int) *Encoder {
	return &Encoder{
		seg: uint16(seg),
		t: &tables{
			strs:         []string{""},
			places:       []orgs.Place{{}},
			sourceLists:  [][]amity.SourceID{nil},
			codeLists:    [][]events.EventCode{nil},
			fieldSources: []amity.FieldSources{nil},
		},
		strs:         map[string]uint32{"": 0},
		places:       map[orgs.Place]uint32{{}: 0},
		sourceLists:  map[string]uint32{},
		codeLists:    map[string]uint32{},
		fieldSources: map[string]uint32{},
	}
}

func (b *Encoder) uv(n int) { b.buf = binary.AppendUvarint(b.buf, uint64(n)) }

func (b *Encoder) text(s string) {
	b.uv(len(s))
	b.buf = append(b.buf, s...)
}

// statementID writes id, the ID of a statement of the meeting of ID
// meeting: if id begins with the meeting's ID, as a statement's ID most
// often does, the length of the rest times two plus one, and the bytes
// of the rest; otherwise its length times two, and its bytes.
func (b *Encoder) statementID(meeting events.MeetingID, id events.StatementID) {
	if rest, ok := strings.CutPrefix(string(id), string(meeting)); ok {
		b.uv(2*len(rest) + 1)
		b.buf = append(b.buf, rest...)
		return
	}
	b.uv(2 * len(id))
	b.buf = append(b.buf, id...)
}

// prose writes s as its words, the parts of s between its spaces: their
// number, 0 for "", then the entry of each in strs. Titles, summaries
// and quotes repeat their words from meeting to meeting; an entry takes
// a byte or two where the word took several. Any string is its words
// joined by spaces, so nothing of s is lost: two spaces in a row part
// an empty word, entry 0.
func (b *Encoder) prose(s string) {
	if s == "" {
		b.uv(0)
		return
	}
	b.uv(strings.Count(s, " ") + 1)
	for {
		w, rest, more := strings.Cut(s, " ")
		b.uv(int(b.str(w)))
		if !more {
			return
		}
		s = rest
	}
}

// count writes the length of a list, plus one, or 0 for a nil list.
func count[T any](b *Encoder, list []T) {
	b.buf = keyCount(b.buf, len(list), list == nil)
}

// str returns the entry of s in strs, adding a copy of s if it has none.
func (b *Encoder) str(s string) uint32 {
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
func same[T ~string](b *Encoder, s T) T { return T(b.t.strs[b.str(string(s))]) }

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
func listKey[T ~string](b *Encoder, list []T) []byte {
	k := keyCount(b.key[:0], len(list), list == nil)
	for _, s := range list {
		k = keyText(k, string(s))
	}
	b.key = k
	return k
}

// inPlace writes l in place, not as the entry of a table of lists: its
// count+1 (0 for nil), then the entry of each element in strs. The lists
// written so are most often a meeting's own: a million meetings and their
// statements held 88,661 lists of topics, a table of which took ten bytes
// a meeting, where a topic in place takes a byte.
func inPlace[T ~string](b *Encoder, l []T) {
	count(b, l)
	for _, x := range l {
		b.uv(int(b.str(string(x))))
	}
}

// list writes the entry of a list of strings in table, found with m.
func list[T ~string](b *Encoder, m map[string]uint32, table *[][]T, l []T) {
	internList(b, m, table, l, func(k []byte, s T) []byte { return keyText(k, string(s)) }, func(s T) T { return same(b, s) })
}

// internList writes the entry of list l in table, found with m by a key
// of its length and of each element as key appends it, adding, if there
// is none, a copy of l whose elements clone makes.
func internList[T any](b *Encoder, m map[string]uint32, table *[][]T, l []T, key func([]byte, T) []byte, clone func(T) T) {
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

// Encode appends the bytes of m to those of the encoder's segment, and
// returns where they lie.
func (b *Encoder) Encode(m *events.Meeting) Span {
	b.buf = b.buf[:0]
	b.meeting(m)
	if len(b.block)+len(b.buf) > cap(b.block) {
		if b.block != nil {
			b.blocks = append(b.blocks, b.block)
		}
		b.block = make([]byte, 0, max(blockBytes, len(b.buf)))
	}
	// A meeting begins where the block's bytes end, within the first
	// blockBytes of the block: one that would go past the block's end
	// begins a block of its own, at 0.
	begin := uint16(len(b.block))
	b.block = append(b.block, b.buf...)
	return Span{block: uint32(len(b.blocks)), begin: begin,
		stmts: uint32(len(m.Statements)), date: m.Date, seg: b.seg}
}

// done returns the blocks of the encoder's segment.
func (b *Encoder) done() [][]byte {
	if b.block != nil {
		b.blocks = append(b.blocks, b.block)
		b.block = nil
	}
	return b.blocks
}

func (b *Encoder) meeting(m *events.Meeting) {
	t := b.t
	b.text(string(m.ID))
	b.prose(m.Title)
	b.uv(int(intern(b.places, &t.places, m.Place, func() orgs.Place {
		p := m.Place
		p.City, p.Subdivision, p.Country = same(b, p.City), same(b, p.Subdivision), same(b, p.Country)
		p.Venue, p.Wikidata, p.Note = same(b, p.Venue), same(b, p.Wikidata), strings.Clone(p.Note)
		return p
	})))
	b.uv(int(b.str(string(m.Host))))
	count(b, m.Participants)
	for k, p := range m.Participants {
		b.uv(int(b.str(string(p.State))))
		b.uv(int(b.str(string(p.Official))))
		b.uv(int(b.str(string(p.Post))))
		b.uv(int(b.str(string(p.Group))))
		b.uv(int(b.str(string(p.Role))))
		if participantTail.has() {
			participantTail.encode(b, &m.Participants[k])
		}
	}
	inPlace(b, m.Topics)
	count(b, m.Statements)
	for i := range m.Statements {
		st := &m.Statements[i]
		b.statementID(m.ID, st.ID)
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
		b.prose(st.Summary)
		b.prose(st.Quote)
		inPlace(b, st.Topics)
		list(b, b.sourceLists, &t.sourceLists, st.Sources)
		inPlace(b, st.Groups)
		if st.BySource {
			b.uv(1)
		} else {
			b.uv(0)
		}
		if statementTail.has() {
			statementTail.encode(b, st)
		}
	}
	b.text(string(m.Visit))
	b.codes(m.Codes)
	b.prose(m.Summary)
	list(b, b.sourceLists, &t.sourceLists, m.Sources)
	b.fields(m.FieldSources)
	b.uv(int(b.str(string(m.Commission))))
	b.buf = binary.AppendVarint(b.buf, int64(m.Session))
	b.prose(m.Note)
	if meetingTail.has() {
		meetingTail.encode(b, m)
	}
}

func (b *Encoder) codes(cs []events.EventCode) {
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
func (b *Encoder) fields(fs amity.FieldSources) {
	if fs == nil {
		b.uv(0)
		return
	}
	var buf [8]string // most meetings cite sources for a few fields
	fields := fs.AppendFields(buf[:0])
	k := binary.AppendUvarint(b.fieldsKey[:0], uint64(len(fields)))
	for _, f := range fields {
		k = keyText(k, f)
		k = append(k, listKey(b, fs[f])...)
	}
	b.fieldsKey = k
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

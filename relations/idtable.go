package relations

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"runtime"
	"slices"
	"strings"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/meetingstore"
)

// idIndex finds the first entity of each ID of records. It numbers the
// entities, kind after kind in the order of [Kinds], and holds the number
// of each, not its ID: the ID is read from the entity itself. The checks
// build it, and a Dataset keeps it. A million meetings and their
// statements take about 23 bytes a meeting, where a map from each ID to
// where it lies took more than six times that, and was built again for the
// Dataset.
//
// Posts are numbered by official, then by post; meetings by their
// position in the records, and statements by meeting, then by
// statement.
type idIndex struct {
	seed maphash.Seed
	// shards are open-addressing hash tables, with linear probing,
	// chosen by the low bits of an ID's hash: shardBits of them (see
	// slots).
	shards    []slots
	shardBits int
	// base[k] is the number of the first entity of the k-th kind of
	// kinds; base[len(kinds)] the number of entities.
	base []int32
	// postStart[i] is the number, among posts, of official i's first
	// post; stmtStart likewise for the statements of meeting i. Each has
	// one more entry than there are officials or meetings.
	postStart []int32
	stmtStart []int32
	// r and ms hold the entities whose IDs the index reads.
	r  *Records
	ms meetingIDReader
}

// meetingIDReader reads the IDs of meetings and their statements, by the
// meeting's position in the records.
type meetingIDReader interface {
	id(i int32) string
	statementID(i, j int32) string
}

// storedMeetings reads the IDs of a Dataset's meetings from its store,
// which holds them by rank, and the meetings, bare, for the indexes;
// rank[i] is the rank of the meeting at position i.
type storedMeetings struct {
	s    *meetingstore.Store
	rank []int32
}

func (m storedMeetings) len() int          { return len(m.rank) }
func (m storedMeetings) id(i int32) string { return string(m.s.ID(m.rank[i])) }

func (m storedMeetings) meeting(i int32, a *meetingstore.Arena, scratch *events.Meeting) *events.Meeting {
	a.Reuse()
	m.s.MeetingInto(m.rank[i], a, scratch, true)
	return scratch
}
func (m storedMeetings) statementID(i, j int32) string {
	return string(m.s.StatementID(m.rank[i], j))
}

// maxIDShards is the most shards an idIndex has: a power of two.
const maxIDShards = 4

// duplicate is an ID that an entity has after another: seq is its place
// among every ID, in the order of eachID.
type duplicate struct {
	seq       int
	id        string
	at, first ref
}

// newIDIndex numbers the entities of r and ms and indexes their IDs,
// each shard on a goroutine of its own, each from every ID in the same
// order. It returns the index and the IDs it holds twice, in that order:
// the index holds the first entity of each.
func newIDIndex(r *Records, ms meetingSource) (*idIndex, []duplicate) {
	x := &idIndex{seed: maphash.MakeSeed(), r: r, ms: ms}
	x.postStart = make([]int32, len(r.Officials)+1)
	for i, o := range r.Officials {
		x.postStart[i+1] = x.postStart[i] + int32(len(o.Posts))
	}
	x.stmtStart = make([]int32, ms.len()+1)
	for i := range int32(ms.len()) {
		x.stmtStart[i+1] = x.stmtStart[i] + int32(ms.statements(i))
	}
	x.base = make([]int32, len(kinds)+1)
	for k, kind := range kinds {
		var n int
		switch kind {
		case KindPost:
			n = int(x.postStart[len(r.Officials)])
		case KindMeeting:
			n = ms.len()
		case KindStatement:
			n = int(x.stmtStart[ms.len()])
		default:
			c, _ := codecFor(kind)
			n = c.len(r)
		}
		x.base[k+1] = x.base[k] + int32(n)
	}
	for 1<<(x.shardBits+1) <= min(runtime.GOMAXPROCS(0), maxIDShards) {
		x.shardBits++
	}
	x.shards = make([]slots, 1<<x.shardBits)
	n := int(x.base[len(kinds)])
	dups := make([][]duplicate, len(x.shards))
	waits := make([]func(), len(x.shards))
	for s := range x.shards {
		waits[s] = goSafe(func() {
			// A table three quarters full: the IDs fall in the shards
			// evenly, by a hash of random seed, give or take a few
			// times the square root of their number, which the slack
			// allows for.
			m := n >> x.shardBits
			table := newSlots(m + m/3 + 4*int(math.Sqrt(float64(m))) + 16)
			held, seq := 0, 0
			x.eachID(ms, func(id string, e int32) {
				seq++
				if id == "" {
					return
				}
				h := maphash.String(x.seed, id)
				if int(h)&(len(x.shards)-1) != s {
					return
				}
				if first, ok := x.in(table, id, h); ok {
					dups[s] = append(dups[s], duplicate{seq, strings.Clone(id), x.ref(e), x.ref(first)})
					return
				}
				if held++; 8*held > 7*table.len() {
					table = x.grow(table)
				}
				put(table, x.shardBits, h, e)
			})
			x.shards[s] = table
		})
	}
	waitAll(waits)
	all := slices.Concat(dups...)
	slices.SortFunc(all, func(a, b duplicate) int { return a.seq - b.seq })
	return x, all
}

// eachID calls put with every ID of the records and of ms, their
// meetings, and the number of the entity that has it, kind by kind in
// the order of codecs, and in each kind in the order of the list; the
// posts of an official and the statements of a meeting after it. The ID
// of a statement may be built for the call: put must copy an ID it
// keeps.
func (x *idIndex) eachID(ms meetingSource, put func(id string, n int32)) {
	r := x.r
	for _, cd := range codecs() {
		k := x.base[slices.Index(kinds, cd.kind)]
		switch cd.kind {
		case KindMeeting:
			stmts := x.base[slices.Index(kinds, KindStatement)]
			// One function for every meeting: a function made for
			// each would be allocated for each.
			var i int32
			f := func(j int32, id string) {
				if j < 0 {
					put(id, k+i)
				} else {
					put(id, stmts+x.stmtStart[i]+j)
				}
			}
			var buf []byte
			for i = range int32(ms.len()) {
				ms.ids(i, &buf, f)
			}
		case KindOfficial:
			posts := x.base[slices.Index(kinds, KindPost)]
			for i := range r.Officials {
				put(string(r.Officials[i].ID), k+int32(i))
				for j := range r.Officials[i].Posts {
					put(string(r.Officials[i].Posts[j].ID), posts+x.postStart[i]+int32(j))
				}
			}
		default:
			for i := range cd.len(r) {
				put(cd.idAt(r, i), k+int32(i))
			}
		}
	}
}

// slots is a shard of an idIndex: a table of slots of slotBytes each. A
// slot is 0 when empty; otherwise it holds the entity's number+1, in
// its first 4 bytes, little-endian, and the top 16 bits of the hash of
// its ID, which spare all but one look-up in 65,536 of an ID that is
// not the one sought the reading of the entity's ID. A slot of 8 bytes,
// with 32 bits of the hash, took a quarter more memory: 6 bytes a
// meeting at a million meetings.
type slots []byte

// slotBytes is the size of a slot.
const slotBytes = 6

// newSlots returns an empty table of n slots.
func newSlots(n int) slots { return make(slots, n*slotBytes) }

// len returns the number of slots of t.
func (t slots) len() int { return len(t) / slotBytes }

// at returns the entity's number+1 and the tag of slot i, 0 and 0 if it
// is empty.
func (t slots) at(i int) (n uint32, tag uint16) {
	b := t[i*slotBytes : i*slotBytes+slotBytes]
	return binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:])
}

// set fills slot i with the entity's number+1 and the tag of its hash.
func (t slots) set(i int, n uint32, tag uint16) {
	b := t[i*slotBytes : i*slotBytes+slotBytes]
	binary.LittleEndian.PutUint32(b, n)
	binary.LittleEndian.PutUint16(b[4:], tag)
}

// tag returns the tag of hash h: its top 16 bits, which neither the
// choice of a shard nor of a first slot reads.
func tag(h uint64) uint16 { return uint16(h >> 48) }

// first returns the slot where the search for an ID of hash h begins,
// in a shard of size slots of an index of shardBits: the bits of the
// hash above those that chose the shard and below those a slot holds,
// scaled to the size, which need not be a power of two.
func first(h uint64, shardBits, size int) int {
	return int(uint64(uint32(h)>>shardBits) * uint64(size) >> (32 - shardBits))
}

// put adds entity n, whose ID has hash h, to t, a shard of an index of
// shardBits, which has room for it and does not hold it.
func put(t slots, shardBits int, h uint64, n int32) {
	size := t.len()
	for i := first(h, shardBits, size); ; i++ {
		if i == size {
			i = 0
		}
		if e, _ := t.at(i); e == 0 {
			t.set(i, uint32(n)+1, tag(h))
			return
		}
	}
}

// in returns the number of the entity with the given ID, of hash h, in
// t, a shard of x, and whether there is one.
func (x *idIndex) in(t slots, id string, h uint64) (int32, bool) {
	size, want := t.len(), tag(h)
	for i := first(h, x.shardBits, size); ; i++ {
		if i == size {
			i = 0
		}
		e, et := t.at(i)
		if e == 0 {
			return 0, false
		}
		if et == want {
			if n := int32(e - 1); x.id(n) == id {
				return n, true
			}
		}
	}
}

// grow returns s, a shard of x, in a table twice its size.
func (x *idIndex) grow(s slots) slots {
	out := newSlots(2 * s.len())
	for i := range s.len() {
		if e, _ := s.at(i); e != 0 {
			n := int32(e - 1)
			put(out, x.shardBits, maphash.String(x.seed, x.id(n)), n)
		}
	}
	return out
}

// get returns the first entity that has id, and whether there is one.
func (x *idIndex) get(id string) (ref, bool) {
	if len(x.shards) == 0 || id == "" {
		return ref{}, false
	}
	h := maphash.String(x.seed, id)
	if n, ok := x.in(x.shards[int(h)&(len(x.shards)-1)], id, h); ok {
		return x.ref(n), true
	}
	return ref{}, false
}

// count returns the number of entities of kind k, k being the k-th of
// kinds.
func (x *idIndex) count(k int) int { return int(x.base[k+1] - x.base[k]) }

// ref returns where entity n lies.
func (x *idIndex) ref(n int32) ref {
	k, _ := slices.BinarySearch(x.base, n+1)
	k-- // base[k] <= n < base[k+1]
	i := n - x.base[k]
	switch kinds[k] {
	case KindPost:
		o, _ := slices.BinarySearch(x.postStart, i+1)
		return ref{KindPost, int32(o - 1), i - x.postStart[o-1]}
	case KindStatement:
		m, _ := slices.BinarySearch(x.stmtStart, i+1)
		return ref{KindStatement, int32(m - 1), i - x.stmtStart[m-1]}
	}
	return ref{kinds[k], i, 0}
}

// id returns the ID of entity n. Posts, meetings and statements, which
// are not lists of Records, have cases of their own; so have sources and
// officials, the kinds referred to most, for speed; every other kind is
// read through its codec.
func (x *idIndex) id(n int32) string {
	at := x.ref(n)
	r := x.r
	switch at.kind {
	case KindSource:
		return string(r.Sources[at.i].ID)
	case KindOfficial:
		return string(r.Officials[at.i].ID)
	case KindPost:
		return string(r.Officials[at.i].Posts[at.j].ID)
	case KindMeeting:
		return x.ms.id(at.i)
	case KindStatement:
		return x.ms.statementID(at.i, at.j)
	}
	if c, ok := codecFor(at.kind); ok {
		return c.idAt(r, int(at.i))
	}
	return ""
}

// bytes returns the bytes x holds, counted from its arrays.
func (x *idIndex) bytes() int {
	n := 4 * (len(x.base) + len(x.postStart) + len(x.stmtStart))
	for _, s := range x.shards {
		n += len(s)
	}
	return n
}

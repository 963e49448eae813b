package relations

import (
	"hash/maphash"
	"math/bits"
	"slices"
	"sync/atomic"

	"github.com/amitydata/amity"
)

// idTable finds the entity of each ID of a [Dataset]. It numbers the
// entities, kind after kind in the order of [Kinds], and holds the number
// of each, not its ID: the ID is read from the entity itself. A million
// meetings and their statements take about 34 bytes a meeting, where a
// map from each ID to where it lies took six times that.
type idTable struct {
	// slots is an open-addressing hash table: 0 for an empty slot,
	// otherwise the high 32 bits of the ID's hash and the entity's
	// number+1.
	slots []uint64
	seed  maphash.Seed
	// base[k] is the number of the first entity of the k-th kind of
	// kinds; base[len(kinds)] the number of entities.
	base []int32
	// postStart[i] is the number, among posts, of official i's first
	// post; stmtStart likewise for the statements of the meeting of
	// rank i. Each has one more entry than there are officials or
	// meetings.
	postStart []int32
	stmtStart []int32
	// mOrder is the index's: the position of the meeting of each rank.
	mOrder []int32
}

// newIDTable numbers the entities of d, whose records and meeting store
// are complete, and indexes their IDs. The IDs must be unique, as New
// checks.
func newIDTable(d *Dataset) *idTable {
	r := &d.r
	t := &idTable{seed: maphash.MakeSeed()}
	t.postStart = make([]int32, len(r.Officials)+1)
	for i, o := range r.Officials {
		t.postStart[i+1] = t.postStart[i] + int32(len(o.Posts))
	}
	t.stmtStart, t.mOrder = d.meetings.StatementStarts(), d.ix.mOrder
	t.base = make([]int32, len(kinds)+1)
	for k, kind := range kinds {
		var n int
		switch kind {
		case KindPost:
			n = int(t.postStart[len(r.Officials)])
		case KindMeeting:
			n = d.meetings.Len()
		case KindStatement:
			n = int(t.stmtStart[d.meetings.Len()])
		default:
			c, _ := codecFor(kind)
			n = c.len(r)
		}
		t.base[k+1] = t.base[k] + int32(n)
	}
	size := 1 << bits.Len(uint(t.base[len(kinds)])*3/2+1)
	t.slots = make([]uint64, size)
	none := func() struct{} { return struct{}{} }
	// The entities but meetings and statements, by number.
	st := slices.Index(kinds, KindStatement)
	meetings, statements, after := t.base[slices.Index(kinds, KindMeeting)], t.base[st], t.base[st+1]
	inParallel(&sink{}, int(t.base[len(kinds)]-(after-meetings)), none, func(_ struct{}, lo, hi int) []amity.FieldError {
		for k := int32(lo); k < int32(hi); k++ {
			n := k
			if n >= meetings {
				n += after - meetings
			}
			if id := t.id(d, n); id != "" {
				t.insert(id, n)
			}
		}
		return nil
	})
	// Meetings and their statements, in the order of the store, each
	// meeting read once.
	inParallel(&sink{}, d.meetings.Len(), none, func(_ struct{}, lo, hi int) []amity.FieldError {
		for rank := int32(lo); rank < int32(hi); rank++ {
			d.meetings.IDs(rank, func(j int32, id string) {
				switch {
				case j < 0:
					t.insert(id, meetings+t.mOrder[rank])
				case id != "":
					t.insert(id, statements+t.stmtStart[rank]+j)
				}
			})
		}
		return nil
	})
	return t
}

// insert adds entity n with the given ID. Several goroutines may insert
// at once: a slot is taken by compare-and-swap.
func (t *idTable) insert(id string, n int32) {
	h := maphash.String(t.seed, id)
	mask := uint64(len(t.slots) - 1)
	v := h&^0xffffffff | uint64(uint32(n)+1)
	for i := h & mask; ; i = (i + 1) & mask {
		if atomic.LoadUint64(&t.slots[i]) == 0 && atomic.CompareAndSwapUint64(&t.slots[i], 0, v) {
			return
		}
	}
}

// find returns where the entity with the given ID lies, and whether
// there is one.
func (t *idTable) find(d *Dataset, id string) (ref, bool) {
	if len(t.slots) == 0 {
		return ref{}, false
	}
	h := maphash.String(t.seed, id)
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return ref{}, false
		}
		if s>>32 == h>>32 {
			if n := int32(uint32(s)) - 1; t.id(d, n) == id {
				return t.ref(n), true
			}
		}
	}
}

// ref returns where entity n lies.
func (t *idTable) ref(n int32) ref {
	k, _ := slices.BinarySearch(t.base[:], n+1)
	k-- // base[k] <= n < base[k+1]
	i := n - t.base[k]
	switch kinds[k] {
	case KindPost:
		o, _ := slices.BinarySearch(t.postStart, i+1)
		return ref{KindPost, int32(o - 1), i - t.postStart[o-1]}
	case KindStatement:
		// Statements are numbered in the order of the meeting store,
		// which holds the meetings by rank.
		m, _ := slices.BinarySearch(t.stmtStart, i+1)
		return ref{KindStatement, t.mOrder[m-1], i - t.stmtStart[m-1]}
	}
	return ref{kinds[k], i, 0}
}

// id returns the ID of entity n. Posts, meetings and statements, which
// are not lists of Records, have cases of their own; so have sources and
// officials, the kinds referred to most, for speed; every other kind is
// read through its codec.
func (t *idTable) id(d *Dataset, n int32) string {
	at := t.ref(n)
	r := &d.r
	switch at.kind {
	case KindSource:
		return string(r.Sources[at.i].ID)
	case KindOfficial:
		return string(r.Officials[at.i].ID)
	case KindPost:
		return string(r.Officials[at.i].Posts[at.j].ID)
	case KindMeeting:
		return string(d.meetings.ID(d.ix.mRank[at.i]))
	case KindStatement:
		return string(d.meetings.StatementID(d.ix.mRank[at.i], at.j))
	}
	if c, ok := codecFor(at.kind); ok {
		return c.idAt(r, int(at.i))
	}
	return ""
}

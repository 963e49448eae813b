package fastdecode

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
)

// TestTransientApart checks that the lists and strings of their own of
// entities decoded transient are cut from memory apart from those of the
// entities kept: in a stream that mixes the two, a kept entity in a
// block of transient ones would keep the whole block alive.
func TestTransientApart(t *testing.T) {
	d := New(64, 1<<16)
	for i := range 200 {
		meeting := fmt.Appendf(nil, `{"entity":"meeting","id":"m-%d","date":"2022-06-20","participants":[{"official":"a","state":"AZ"},{"official":"b","state":"IR"}],"codes":[{"cameo":"042"}],"sources":["s%d"],"note":"a \"note\" %d"}`, i, i, i)
		visit := fmt.Appendf(nil, `{"entity":"visit","id":"v-%d","visitors":["o%d"],"guest":"AZ","host":"IR","start":"2022-06-20","codes":[{"cameo":"042"}],"sources":["s%d"],"note":"a \"note\" %d"}`, i, i, i, i)

		var m events.Meeting
		d.SetTransient(true)
		if !d.Meeting(&m, meeting, 0, `{"entity":"meeting"`) {
			t.Fatalf("declined: %s", meeting)
		}
		if !cutFrom(&d.passing, m.Sources, m.Codes, m.Note) {
			t.Fatalf("meeting %d: a list or string not cut from the transient memory", i)
		}
		var v events.Visit
		d.SetTransient(false)
		if !d.Visit(&v, visit, 0, `{"entity":"visit"`) {
			t.Fatalf("declined: %s", visit)
		}
		if !cutFrom(&d.kept, v.Sources, v.Codes, v.Note) {
			t.Fatalf("visit %d: a list or string not cut from the kept memory", i)
		}
	}
}

// cutFrom reports whether an entity's sources, codes and note all lie in
// the blocks of mem.
func cutFrom(mem *memory, sources []amity.SourceID, codes []events.EventCode, note string) bool {
	return within(strs(sources), mem.strings.block) && within(codes, mem.buf.eventCode.block) && withinBytes(note, mem.arena)
}

// within reports whether list lies in the array of block.
func within[T any](list, block []T) bool {
	if len(list) == 0 || cap(block) == 0 {
		return false
	}
	var zero T
	size := unsafe.Sizeof(zero)
	p, base := uintptr(unsafe.Pointer(unsafe.SliceData(list))), uintptr(unsafe.Pointer(unsafe.SliceData(block)))
	return p >= base && p+uintptr(len(list))*size <= base+uintptr(cap(block))*size
}

// withinBytes reports whether s lies in the array of block.
func withinBytes(s string, block []byte) bool {
	return within(unsafe.Slice(unsafe.StringData(s), len(s)), block)
}

// strs returns the strings of ids, in their memory.
func strs[T ~string](ids []T) []string {
	return unsafe.Slice((*string)(unsafe.Pointer(unsafe.SliceData(ids))), len(ids))
}

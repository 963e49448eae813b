package fastdecode

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

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

// TestRecycle checks that Recycle cuts the next transient entity's lists
// and strings from the memory of those before, and that the entity holds
// only its own values: nothing of the fuller one decoded before it into
// the same memory.
func TestRecycle(t *testing.T) {
	full := []byte(`{"entity":"meeting","id":"m-1","date":"2022-06-20","participants":[{"official":"a","state":"AZ","post":"a-p1","role":"head of delegation"},{"official":"b","state":"IR","group":"g"},{"state":"TR"}],"topics":["music"],"statements":[{"id":"s1","speakers":["a"],"verb":"said","quote":"a \"quote\"","sources":["s1"]}],"codes":[{"cameo":"042","plover":"CONSULT"}],"sources":["s1","s2"],"field_sources":{"date":["s2"]},"note":"a \"note\""}`)
	bare := []byte(`{"entity":"meeting","id":"m-2","date":"2022-06-21","participants":[{"official":"c","state":"AM"},{"state":"GE"}],"codes":[{"cameo":"043"}],"sources":["s3"]}`)
	d := New(64, 1<<16)
	d.SetTransient(true)
	var first, want events.Meeting
	if !d.Meeting(&first, full, 0, `{"entity":"meeting"`) {
		t.Fatalf("declined: %s", full)
	}
	// The entity as decoded into fresh memory.
	fresh := New(64, 1<<16)
	fresh.SetTransient(true)
	if !fresh.Meeting(&want, bare, 0, `{"entity":"meeting"`) {
		t.Fatalf("declined: %s", bare)
	}
	d.Recycle()
	var got events.Meeting
	if !d.Meeting(&got, bare, 0, `{"entity":"meeting"`) {
		t.Fatalf("declined after Recycle: %s", bare)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after Recycle (-fresh +recycled):\n%s", diff)
	}
	if unsafe.SliceData(got.Participants) != unsafe.SliceData(first.Participants) || unsafe.SliceData(got.Codes) != unsafe.SliceData(first.Codes) {
		t.Error("the lists after Recycle are not cut from the memory of those before")
	}
	// The kept memory is not recycled.
	var v events.Visit
	d.SetTransient(false)
	visit := []byte(`{"entity":"visit","id":"v-1","visitors":["o1"],"guest":"AZ","host":"IR","start":"2022-06-20","codes":[{"cameo":"042"}],"sources":["s1"]}`)
	if !d.Visit(&v, visit, 0, `{"entity":"visit"`) {
		t.Fatalf("declined: %s", visit)
	}
	kept := v.Codes[0]
	d.Recycle()
	if v.Codes[0] != kept {
		t.Errorf("Recycle changed a kept entity: codes %v", v.Codes)
	}
}

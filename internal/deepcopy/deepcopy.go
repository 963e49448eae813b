// Package deepcopy copies the values of amity's entities, and any value
// made of the same kinds of types, so that the copy shares no memory that
// can be written with the original: [Copy] and [Into].
//
// A value is copied by a plan derived once from its type: the offsets of
// its slices, maps and pointers, and, for each slice, the plan of its
// elements. A copy first counts the elements of each element type the
// value holds, then takes one array of each type with room for them all,
// and cuts each list out of it with its capacity: appending to one list
// cannot reach another. The values copied with one [Buf] share these
// arrays. The arrays of the element types the entities hold are made and
// copied by code compiled for each type, others through reflection; maps
// are copied through reflection. The plans of the entities most often
// copied are found by a type switch, not a lookup, and the value being
// copied stays on the stack.
package deepcopy

import (
	"fmt"
	"reflect"
	"sync"
	"unsafe"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// Copy returns v with everything it reaches through slices, maps and
// pointers copied: the result shares no memory that can be written with
// v. Strings are shared, as they cannot be written. The lists it copies
// come from b, if b is not nil, so that the values of one iteration
// share a few arrays, each list with its own part of one (see [Buf]);
// if b is nil, the lists of v take one array for each type of element.
//
// It panics if v reaches an interface, a function, a channel or an
// unsafe pointer: no entity holds one.
func Copy[T any](v T, b *Buf) T {
	Into(&v, v, b)
	return v
}

// Into sets *dst to Copy(v, b). An iterator that yields many copies
// copies each into the same dst: Copy takes memory for each value it
// copies, besides what the value holds.
func Into[T any](dst *T, v T, b *Buf) {
	*dst = v
	p := planFor[T]()
	if len(p.steps) == 0 {
		return
	}
	if b == nil {
		var own Buf
		b = &own
	}
	b.copy(unsafe.Pointer(dst), p)
}

// A plan says how to copy a value of its type: the steps that replace,
// in a value at hand, each slice, map and pointer by a copy of what it
// points to. A type that reaches no memory that can be written has no
// steps.
type plan struct {
	steps []step
	// pools holds the listOps of each element type whose lists the
	// plan copies, in the order of their pools in Buf.
	pools []*listOps
}

type stepKind uint8

const (
	stepSlice   stepKind = iota // a slice, its elements copied by elem
	stepStrings                 // a slice of a string type
	stepMap                     // a map, through reflection
	stepPointer                 // a pointer, through reflection
)

// A step copies what one field of a value, at offset off, points to.
type step struct {
	kind stepKind
	off  uintptr
	// pool numbers the element type of a slice, or the map among the
	// maps of the plan.
	pool int
	// typ is the type of a map or a pointer; size that of the elements
	// of a slice.
	typ  reflect.Type
	size uintptr
	// ops makes and copies arrays of the elements of a slice.
	ops *listOps
	// elem is the plan of the elements of a slice, or of the values of
	// a map, nil for elements that hold nothing to copy.
	elem *plan
}

// sliceHeader is the layout of every slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// A pool is an array of one element type from which Buf carves
// lists: used of its n elements are taken.
type pool struct {
	base    unsafe.Pointer
	used, n int
}

// maxPools is the number of element types whose lists a Buf shares
// out of arrays: a plan's further types take an array for each list.
const maxPools = 6

// poolMaxBytes bounds the room a pool takes beyond what the value at
// hand needs: a pool's next array doubles the last, up to this size, so
// that the short lists of many values share an array, while a value
// with long lists takes arrays of just their size and leaves none of
// them unused (a bigger bound made SharedMemberships allocate half as
// much again as it copies, and take longer).
const poolMaxBytes = 1 << 10

// Buf hands out the lists that [Copy] and [Into] copy, from an array
// for each type of element that the values copied with it share. Before
// copying a value, it counts the elements of each type that the value
// holds, and takes a new array of each type that has not room enough
// left: one array of each type for a value, fewer for many. Each list is
// cut with its capacity: appending to one cannot change another. The
// zero Buf is ready for use; a Buf is not safe for concurrent use.
type Buf struct {
	pools [maxPools]pool
	need  [maxPools]int
	maps  [maxMaps]reflect.Value
}

// maxMaps is the number of maps of a plan whose copies read them through
// a variable that a Buf keeps (see Buf.mapSlot).
const maxMaps = 4

// copy replaces every slice, map and pointer in the value at v, which p
// describes, by a copy.
func (b *Buf) copy(v unsafe.Pointer, p *plan) {
	b.need = [maxPools]int{}
	countLists(v, p, &b.need)
	for i := range min(len(p.pools), maxPools) {
		if n := b.need[i]; n > 0 && b.pools[i].n-b.pools[i].used < n {
			b.grow(i, n, p.pools[i])
		}
	}
	b.fill(v, p)
}

// grow gives pool i a new array of n elements at least (see
// poolMaxBytes).
func (b *Buf) grow(i, n int, ops *listOps) {
	c := max(n, min(2*b.pools[i].n, poolMaxBytes/int(max(ops.size, 1))))
	b.pools[i] = pool{base: ops.make(c), n: c}
}

// take returns the address of n elements from pool i.
func (b *Buf) take(i, n int, ops *listOps) unsafe.Pointer {
	if i >= maxPools {
		return ops.make(n)
	}
	if b.pools[i].n-b.pools[i].used < n {
		b.grow(i, n, ops)
	}
	pl := &b.pools[i]
	at := unsafe.Add(pl.base, uintptr(pl.used)*ops.size)
	pl.used += n
	return at
}

// listOps makes and copies arrays of one element type: for the types
// the entities hold, by code compiled for the type (see opsFor), and for
// any other through reflection.
type listOps struct {
	size uintptr
	// make returns the address of a new array of n elements; copy
	// copies n elements from src to dst.
	make func(n int) unsafe.Pointer
	copy func(dst, src unsafe.Pointer, n int)
}

// typedOps returns the listOps of E.
func typedOps[E any]() *listOps {
	return &listOps{
		size: unsafe.Sizeof(*new(E)),
		make: func(n int) unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(make([]E, n))) },
		copy: func(dst, src unsafe.Pointer, n int) {
			copy(unsafe.Slice((*E)(dst), n), unsafe.Slice((*E)(src), n))
		},
	}
}

// compiledOps holds the listOps of the element types the entities hold.
var compiledOps = map[reflect.Type]*listOps{
	reflect.TypeFor[string]():                   typedOps[string](),
	reflect.TypeFor[orgs.Membership]():          typedOps[orgs.Membership](),
	reflect.TypeFor[orgs.Post]():                typedOps[orgs.Post](),
	reflect.TypeFor[orgs.Place]():               typedOps[orgs.Place](),
	reflect.TypeFor[cooperation.StatusChange](): typedOps[cooperation.StatusChange](),
	reflect.TypeFor[events.EventCode]():         typedOps[events.EventCode](),
	reflect.TypeFor[events.Participant]():       typedOps[events.Participant](),
	reflect.TypeFor[events.Statement]():         typedOps[events.Statement](),
}

// opsFor returns the listOps of the elements of the slice type t.
func opsFor(t reflect.Type) *listOps {
	if ops, ok := compiledOps[t.Elem()]; ok {
		return ops
	}
	return &listOps{
		size: t.Elem().Size(),
		make: func(n int) unsafe.Pointer { return reflect.MakeSlice(t, n, n).UnsafePointer() },
		copy: func(dst, src unsafe.Pointer, n int) {
			d, s := sliceHeader{dst, n, n}, sliceHeader{src, n, n}
			reflect.Copy(reflect.NewAt(t, unsafe.Pointer(&d)).Elem(), reflect.NewAt(t, unsafe.Pointer(&s)).Elem())
		},
	}
}

// countLists adds to need the elements of each pool's type that the value at
// v, which p describes, holds in its slices.
func countLists(v unsafe.Pointer, p *plan, need *[maxPools]int) {
	for i := range p.steps {
		s := &p.steps[i]
		if s.kind != stepSlice && s.kind != stepStrings {
			continue
		}
		h := (*sliceHeader)(unsafe.Add(v, s.off))
		if h.data == nil || h.len == 0 {
			continue
		}
		if s.pool < maxPools {
			need[s.pool] += h.len
		}
		if s.elem != nil {
			for k := range uintptr(h.len) {
				countLists(unsafe.Add(h.data, k*s.size), s.elem, need)
			}
		}
	}
}

// fill carries out the steps of p on the value at v.
func (b *Buf) fill(v unsafe.Pointer, p *plan) {
	for i := range p.steps {
		s := &p.steps[i]
		f := unsafe.Add(v, s.off)
		switch s.kind {
		case stepStrings, stepSlice:
			h := (*sliceHeader)(f)
			if h.len == 0 {
				h.cap = 0
				continue
			}
			c := b.take(s.pool, h.len, s.ops)
			s.ops.copy(c, h.data, h.len)
			h.data, h.cap = c, h.len
			if s.elem != nil {
				for k := range uintptr(h.len) {
					b.fill(unsafe.Add(c, k*s.size), s.elem)
				}
			}
		case stepMap:
			b.copyMap(f, s)
		case stepPointer:
			b.copyPointer(f, s)
		}
	}
}

// copyMap replaces the map at f by a copy, its values copied. It reads
// and writes the map at f as the pointer a map is, so that f, and the
// value it lies in, does not escape to the heap.
func (b *Buf) copyMap(f unsafe.Pointer, s *step) {
	m := *(*unsafe.Pointer)(f)
	if m == nil {
		return
	}
	v := b.mapSlot(s)
	*(*unsafe.Pointer)(v.Addr().UnsafePointer()) = m
	c := reflect.MakeMapWithSize(s.typ, v.Len())
	for it := v.MapRange(); it.Next(); {
		e := it.Value()
		if s.elem != nil {
			x := reflect.New(s.typ.Elem())
			x.Elem().Set(e)
			b.fill(x.UnsafePointer(), s.elem)
			e = x.Elem()
		}
		c.SetMapIndex(it.Key(), e)
	}
	*(*unsafe.Pointer)(f) = c.UnsafePointer()
	v.SetZero()
}

// mapSlot returns a variable of the map type of s, on the heap, that
// reflection reads the map at hand through: one for each map of the plan
// that the values copied with b share.
func (b *Buf) mapSlot(s *step) reflect.Value {
	if s.pool >= maxMaps {
		return reflect.New(s.typ).Elem()
	}
	if !b.maps[s.pool].IsValid() {
		b.maps[s.pool] = reflect.New(s.typ).Elem()
	}
	return b.maps[s.pool]
}

// copyPointer replaces the pointer at f by a pointer to a copy.
func (b *Buf) copyPointer(f unsafe.Pointer, s *step) {
	p := *(*unsafe.Pointer)(f)
	if p == nil {
		return
	}
	c := reflect.New(s.typ.Elem())
	c.Elem().Set(reflect.NewAt(s.typ.Elem(), p).Elem())
	if s.elem != nil {
		b.fill(c.UnsafePointer(), s.elem)
	}
	*(*unsafe.Pointer)(f) = c.UnsafePointer()
}

// planFor returns the plan of T, derived once. The entities most often
// copied have plans of their own, found without a lookup.
func planFor[T any]() *plan {
	switch any((*T)(nil)).(type) {
	case *orgs.Organization:
		return plans.organization()
	case *orgs.Official:
		return plans.official()
	case *cooperation.Initiative:
		return plans.initiative()
	case *cooperation.Tie:
		return plans.tie()
	case *amity.FieldSources:
		return plans.fieldSources()
	}
	return planOf(reflect.TypeFor[T]())
}

// plans holds the plans of the entities most often copied.
var plans = struct {
	organization, official, initiative, tie, fieldSources func() *plan
}{
	onceFor[orgs.Organization](), onceFor[orgs.Official](), onceFor[cooperation.Initiative](),
	onceFor[cooperation.Tie](), onceFor[amity.FieldSources](),
}

func onceFor[T any]() func() *plan {
	return sync.OnceValue(func() *plan { return planOf(reflect.TypeFor[T]()) })
}

// planCache holds the plan of each type asked for.
var planCache sync.Map // reflect.Type -> *plan

// planOf returns the plan of t, derived from t once.
func planOf(t reflect.Type) *plan {
	if p, ok := planCache.Load(t); ok {
		return p.(*plan)
	}
	pl := &planner{pools: map[reflect.Type]int{}}
	p := &plan{steps: pl.steps(t, 0), pools: pl.ops}
	planCache.Store(t, p)
	return p
}

// A planner derives the steps of a plan, numbering the pools of the
// element types it meets; every list of a string type shares one pool.
type planner struct {
	pools map[reflect.Type]int
	ops   []*listOps
	maps  int
}

// pool returns the number of the pool of the slice type t.
func (pl *planner) pool(t reflect.Type) int {
	if t.Elem().Kind() == reflect.String {
		t = reflect.TypeFor[[]string]()
	}
	i, ok := pl.pools[t]
	if !ok {
		i = len(pl.ops)
		pl.pools[t] = i
		pl.ops = append(pl.ops, opsFor(t))
	}
	return i
}

// plan returns the plan of t, nil if t reaches no memory that can be
// written.
func (pl *planner) plan(t reflect.Type) *plan {
	if steps := pl.steps(t, 0); len(steps) > 0 {
		return &plan{steps: steps}
	}
	return nil
}

// steps returns the steps that copy what a value of type t, at offset
// off, points to. It panics for a type with an interface, a function, a
// channel or an unsafe pointer: no entity holds one.
func (pl *planner) steps(t reflect.Type, off uintptr) []step {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return nil
	case reflect.Slice:
		i := pl.pool(t)
		if t.Elem().Kind() == reflect.String {
			return []step{{kind: stepStrings, off: off, pool: i, ops: pl.ops[i]}}
		}
		return []step{{kind: stepSlice, off: off, pool: i, ops: pl.ops[i], size: t.Elem().Size(), elem: pl.plan(t.Elem())}}
	case reflect.Array:
		var steps []step
		for i := range uintptr(t.Len()) {
			steps = append(steps, pl.steps(t.Elem(), off+i*t.Elem().Size())...)
		}
		return steps
	case reflect.Struct:
		var steps []step
		for f := range t.Fields() {
			steps = append(steps, pl.steps(f.Type, off+f.Offset)...)
		}
		return steps
	case reflect.Map:
		if pl.plan(t.Key()) != nil {
			break
		}
		pl.maps++
		return []step{{kind: stepMap, off: off, pool: pl.maps - 1, typ: t, elem: pl.plan(t.Elem())}}
	case reflect.Pointer:
		return []step{{kind: stepPointer, off: off, typ: t, elem: pl.plan(t.Elem())}}
	}
	panic(fmt.Sprintf("deepcopy: no copy of a %v", t))
}

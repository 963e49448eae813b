package relations

import (
	"fmt"
	"reflect"
	"sync"
	"unsafe"
)

// deepCopy returns v with everything it reaches through slices, maps and
// pointers copied: the result shares no memory that can be written with
// v. Strings are shared, as they cannot be written. The lists of strings
// (IDs, names, topics) it copies come from b, if b is not nil, so that
// the values of one iteration share a few arrays, each list with its own
// part of one (see take).
func deepCopy[T any](v T, b *copyBuf) T {
	copyInto(&v, v, b)
	return v
}

// copyInto sets *dst to deepCopy(v, b). An iterator that yields many
// copies copies each into the same dst: deepCopy takes memory for each
// value it copies, besides what the value holds.
func copyInto[T any](dst *T, v T, b *copyBuf) {
	*dst = v
	if c := copierOf(reflect.TypeFor[T]()); c != nil {
		c(unsafe.Pointer(dst), b)
	}
}

// copyBuf hands out the lists of strings that deepCopy copies.
type copyBuf struct{ strs []string }

func (b *copyBuf) strings(n int) []string {
	if b == nil {
		return make([]string, n)
	}
	return takeStrings[string](&b.strs, n)
}

// A copier replaces, in the value of its type at p, every slice, map and
// pointer by a copy of what it points to, and so on down.
type copier func(p unsafe.Pointer, b *copyBuf)

// copiers holds the copier of each type asked for, nil for a type that
// reaches no memory that can be written.
var copiers sync.Map // reflect.Type -> copier

// copierOf returns the copier of t, derived from t once.
func copierOf(t reflect.Type) copier {
	if c, ok := copiers.Load(t); ok {
		return c.(copier)
	}
	c := newCopier(t)
	copiers.Store(t, c)
	return c
}

// newCopier derives the copier of t from its kind and, for a struct, the
// copiers of its fields. It panics for a type with an interface, a
// function, a channel or an unsafe pointer: no entity holds one.
func newCopier(t reflect.Type) copier {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return nil
	case reflect.Slice:
		if t.Elem().Kind() == reflect.String {
			return copyStrings
		}
		return sliceCopier(t)
	case reflect.Array:
		elem, size := newCopier(t.Elem()), t.Elem().Size()
		if elem == nil {
			return nil
		}
		return func(p unsafe.Pointer, b *copyBuf) {
			for i := range uintptr(t.Len()) {
				elem(unsafe.Add(p, i*size), b)
			}
		}
	case reflect.Struct:
		return structCopier(t)
	case reflect.Map:
		return mapCopier(t)
	case reflect.Pointer:
		elem := newCopier(t.Elem())
		return func(p unsafe.Pointer, b *copyBuf) {
			v := reflect.NewAt(t, p).Elem()
			if v.IsNil() {
				return
			}
			c := reflect.New(t.Elem())
			c.Elem().Set(v.Elem())
			if elem != nil {
				elem(c.UnsafePointer(), b)
			}
			v.Set(c)
		}
	}
	panic(fmt.Sprintf("relations: no copy of a %v", t))
}

// copyStrings copies a list of a string type: the types share the layout
// of []string.
func copyStrings(p unsafe.Pointer, b *copyBuf) {
	l := (*[]string)(p)
	if *l == nil {
		return
	}
	c := b.strings(len(*l))
	copy(c, *l)
	*l = c
}

func sliceCopier(t reflect.Type) copier {
	elem, size := newCopier(t.Elem()), t.Elem().Size()
	return func(p unsafe.Pointer, b *copyBuf) {
		v := reflect.NewAt(t, p).Elem()
		if v.IsNil() {
			return
		}
		n := v.Len()
		c := reflect.MakeSlice(t, n, n)
		reflect.Copy(c, v)
		if elem != nil && n > 0 {
			base := c.UnsafePointer()
			for i := range uintptr(n) {
				elem(unsafe.Add(base, i*size), b)
			}
		}
		v.Set(c)
	}
}

func structCopier(t reflect.Type) copier {
	type field struct {
		offset uintptr
		copy   copier
	}
	var fields []field
	for f := range t.Fields() {
		if c := newCopier(f.Type); c != nil {
			fields = append(fields, field{f.Offset, c})
		}
	}
	if len(fields) == 0 {
		return nil
	}
	return func(p unsafe.Pointer, b *copyBuf) {
		for _, f := range fields {
			f.copy(unsafe.Add(p, f.offset), b)
		}
	}
}

func mapCopier(t reflect.Type) copier {
	if newCopier(t.Key()) != nil {
		panic(fmt.Sprintf("relations: no copy of a %v", t))
	}
	elem := newCopier(t.Elem())
	return func(p unsafe.Pointer, b *copyBuf) {
		v := reflect.NewAt(t, p).Elem()
		if v.IsNil() {
			return
		}
		c := reflect.MakeMapWithSize(t, v.Len())
		for it := v.MapRange(); it.Next(); {
			e := it.Value()
			if elem != nil {
				x := reflect.New(t.Elem())
				x.Elem().Set(e)
				elem(x.UnsafePointer(), b)
				e = x.Elem()
			}
			c.SetMapIndex(it.Key(), e)
		}
		v.Set(c)
	}
}

package parquet

import (
	"unsafe"

	pq "github.com/parquet-go/parquet-go"
)

// value is the layout of a parquet-go Value: a pointer to a byte array's
// bytes, a word holding the length of a byte array or the bits of a
// number, and a word holding the value's kind, levels and column index
// as the library encodes them. Rows are gathered by writing values
// through this layout, the third word copied from a Value the library
// built ([metasOf]), because building each value with the library's
// constructors and Value.Level (or passing a Value to a function that is
// not inlined) writes its bytes to the stack one at a time and reads them
// back as words, which stalls the processor and took more time than the
// rest of gathering a row (see BENCHMARKS.md). TestValueLayout checks
// that the values so written equal those the library builds.
type value struct {
	ptr  *byte
	bits uint64
	meta uint64
}

// The two types have the same size.
var (
	_ [unsafe.Sizeof(value{}) - unsafe.Sizeof(pq.Value{})]byte
	_ [unsafe.Sizeof(pq.Value{}) - unsafe.Sizeof(value{})]byte
)

// maxRep and maxDef bound the repetition and definition levels of the
// values gathered (a list of strings in a map's values is the deepest).
const (
	maxRep = 3
	maxDef = 5
)

// metas are the third words of the values of a leaf column, by
// repetition and definition level: val for a value of the column's kind,
// null for a null.
type metas struct {
	val, null [maxRep][maxDef]uint64
}

// metasOf returns the metas of leaf column leaf, whose values are of
// kind k.
func metasOf(k pq.Kind, leaf int) metas {
	var base pq.Value
	switch k {
	case pq.Boolean:
		base = pq.BooleanValue(false)
	case pq.Int32:
		base = pq.Int32Value(0)
	case pq.Int64:
		base = pq.Int64Value(0)
	case pq.Double:
		base = pq.DoubleValue(0)
	default:
		base = pq.ByteArrayValue(nil)
	}
	var m metas
	for rep := range maxRep {
		for def := range maxDef {
			m.val[rep][def] = metaOf(base.Level(rep, def, leaf))
			m.null[rep][def] = metaOf(pq.Value{}.Level(rep, def, leaf))
		}
	}
	return m
}

// metaOf returns the third word of v.
func metaOf(v pq.Value) uint64 { return (*value)(unsafe.Pointer(&v)).meta }

// put appends to row a value of ptr, bits and meta.
func put(row pq.Row, ptr *byte, bits, meta uint64) pq.Row {
	row = append(row, pq.Value{})
	e := (*value)(unsafe.Pointer(&row[len(row)-1]))
	e.ptr, e.bits, e.meta = ptr, bits, meta
	return row
}

// putString appends s to row: the value refers to s's bytes.
func putString(row pq.Row, s string, meta uint64) pq.Row {
	return put(row, unsafe.StringData(s), uint64(len(s)), meta)
}

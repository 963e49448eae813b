package parquet

import (
	"math"
	"testing"
	"unsafe"

	pq "github.com/parquet-go/parquet-go"
)

// TestValueLayout checks that the values gathering writes through the
// layout of [value] equal those parquet-go's constructors and Value.Level
// build, for every kind, level and column a table's values take.
func TestValueLayout(t *testing.T) {
	strs := []string{"", "a", "Azərbaycan", string(make([]byte, 300))}
	for leaf := range 40 {
		for rep := range maxRep {
			for def := range maxDef {
				check := func(name string, got, want pq.Value) {
					t.Helper()
					if got != want {
						t.Fatalf("%s at leaf %d, levels %d, %d: %#v, the library's %#v", name, leaf, rep, def, got, want)
					}
					if got.Kind() != want.Kind() || got.Column() != leaf || got.RepetitionLevel() != rep || got.DefinitionLevel() != def {
						t.Fatalf("%s at leaf %d, levels %d, %d: reads as kind %v, column %d, levels %d, %d", name, leaf, rep, def, got.Kind(), got.Column(), got.RepetitionLevel(), got.DefinitionLevel())
					}
				}
				at := func(k pq.Kind) uint64 { m := metasOf(k, leaf); return m.val[rep][def] }
				check("null", put(nil, nil, 0, metasOf(pq.ByteArray, leaf).null[rep][def])[0], pq.Value{}.Level(rep, def, leaf))
				for _, s := range strs {
					got := putString(nil, s, at(pq.ByteArray))[0]
					check("string", got, pq.ByteArrayValue(unsafe.Slice(unsafe.StringData(s), len(s))).Level(rep, def, leaf))
					if string(got.ByteArray()) != s || unsafe.StringData(s) != unsafe.SliceData(got.ByteArray()) {
						t.Fatalf("the string %q reads as %q", s, got.ByteArray())
					}
				}
				for _, n := range []int32{0, 1, -1, math.MaxInt32, math.MinInt32} {
					check("int32", put(nil, nil, uint64(n), at(pq.Int32))[0], pq.Int32Value(n).Level(rep, def, leaf))
				}
				for _, n := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64} {
					check("int64", put(nil, nil, uint64(n), at(pq.Int64))[0], pq.Int64Value(n).Level(rep, def, leaf))
				}
				for _, f := range []float64{0, -0.5, 7.25, math.Inf(1)} {
					check("double", put(nil, nil, math.Float64bits(f), at(pq.Double))[0], pq.DoubleValue(f).Level(rep, def, leaf))
				}
				check("true", put(nil, nil, 1, at(pq.Boolean))[0], pq.BooleanValue(true).Level(rep, def, leaf))
				check("false", put(nil, nil, 0, at(pq.Boolean))[0], pq.BooleanValue(false).Level(rep, def, leaf))
			}
		}
	}
}

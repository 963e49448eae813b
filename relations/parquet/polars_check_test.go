//go:build polarscheck

package parquet

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"unsafe"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// polarsDir holds the node program that reads the tables with Polars
// (nodejs-polars 0.25.2, pinned by package-lock.json), a reader of
// Parquet of its own, written in Rust, apart from parquet-go and DuckDB.
// Install it with
//
//	npm ci --prefix relations/parquet/testdata/polars
//
// and run this test with
//
//	go test -tags polarscheck ./relations/parquet/
const polarsDir = "testdata/polars"

// TestPolarsReadsEveryValue writes the tables of a synthetic archive, and
// of records with every field filled, lists and maps empty and nil, and
// checks that Polars reads every table with its columns, every row, and
// in each the value amity wrote in every column.
func TestPolarsReadsEveryValue(t *testing.T) {
	for name, r := range map[string]relations.Records{
		"synthetic":   synth.Generate(synth.Config{Seed: 3, Meetings: 5000}),
		"every field": everyField(),
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := WriteRecords(dir, &r); err != nil {
				t.Fatal(err)
			}
			got := polarsRead(t, dir)
			for _, tb := range plan().tables {
				want := expectedRows(tb, &r)
				g, ok := got[tb.name]
				if !ok {
					t.Errorf("Polars read no table %s", tb.name)
					continue
				}
				var names []string
				for _, c := range tb.cols {
					names = append(names, c.name)
				}
				if !slices.Equal(g.columns, names) {
					t.Errorf("%s: Polars reads the columns %v, want %v", tb.name, g.columns, names)
				}
				if len(g.rows) != len(want) {
					t.Errorf("%s: Polars reads %d rows, want %d", tb.name, len(g.rows), len(want))
					continue
				}
				bad := 0
				for i := range want {
					if d := gocmp.Diff(want[i], g.rows[i]); d != "" {
						t.Errorf("%s, row %d (-amity +Polars):\n%s", tb.name, i+1, d)
						if bad++; bad == 3 {
							break
						}
					}
				}
			}
		})
	}
}

// polarsTable is a table as Polars reads it: its column names and rows.
type polarsTable struct {
	columns []string
	rows    []map[string]any
}

// polarsRead reads the tables in dir with Polars.
func polarsRead(t *testing.T, dir string) map[string]polarsTable {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is needed for the Polars check: %v", err)
	}
	if _, err := os.Stat(filepath.Join(polarsDir, "node_modules", "nodejs-polars")); err != nil {
		t.Fatalf("Polars is not installed: run npm ci --prefix relations/parquet/%s (%v)", polarsDir, err)
	}
	cmd := exec.Command(node, filepath.Join(polarsDir, "read.cjs"), dir)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("node read.cjs: %v\n%s", err, errOut.String())
	}
	tables := map[string]polarsTable{}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var head struct {
			Table   string
			Columns []string
			Rows    int
		}
		if err := json.Unmarshal(sc.Bytes(), &head); err != nil {
			t.Fatalf("a table's head: %v: %.200s", err, sc.Bytes())
		}
		pt := polarsTable{columns: head.Columns}
		for range head.Rows {
			if !sc.Scan() {
				t.Fatalf("%s: the rows end early", head.Table)
			}
			var row map[string]any
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				t.Fatalf("%s: %v: %.200s", head.Table, err, sc.Bytes())
			}
			pt.rows = append(pt.rows, row)
		}
		tables[head.Table] = pt
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return tables
}

// expectedRows returns the rows of table tb for r as Polars gives them in
// JSON, from the values of the Go fields by the rules of docs/parquet.md:
// the zero value of an optional field a null, a list a JSON array, a map
// an array of {"key", "value"} in the order of the keys, a date its
// first day, numbers as JSON numbers.
func expectedRows(tb *table, r *relations.Records) []map[string]any {
	var rows []map[string]any
	add := func(p unsafe.Pointer, holder string, pos int) {
		row := map[string]any{}
		for i := range tb.cols {
			c := &tb.cols[i]
			switch c.kind {
			case kHolder:
				row[c.name] = holder
			case kPosition:
				row[c.name] = float64(pos)
			default:
				row[c.name] = c.jsonValue(unsafe.Add(p, c.off))
			}
		}
		rows = append(rows, row)
	}
	each := func(list reflect.Value, f func(p unsafe.Pointer)) {
		for i := range list.Len() {
			f(list.Index(i).Addr().UnsafePointer())
		}
	}
	switch {
	case tb.kind == "":
		each(reflect.ValueOf(cameoRows()), func(p unsafe.Pointer) { add(p, "", 0) })
	case tb.parent == nil:
		each(reflect.ValueOf(r).Elem().FieldByIndex(tb.list), func(p unsafe.Pointer) { add(p, "", 0) })
	default:
		holders := reflect.ValueOf(r).Elem().FieldByIndex(tb.parent.list)
		each(holders, func(h unsafe.Pointer) {
			id := *(*string)(unsafe.Add(h, tb.parent.idOff))
			list := reflect.NewAt(reflect.SliceOf(tb.typ), unsafe.Add(h, tb.listOff)).Elem()
			for i := range list.Len() {
				add(list.Index(i).Addr().UnsafePointer(), id, i)
			}
		})
	}
	return rows
}

// jsonValue returns the value of c for the field at p as Polars gives it
// in JSON.
func (c *column) jsonValue(p unsafe.Pointer) any {
	switch c.kind {
	case kString:
		if s := *(*string)(p); s != "" || !c.optional {
			return s
		}
	case kInt:
		if n := *(*int)(p); n != 0 || !c.optional {
			return float64(n)
		}
	case kFloat:
		if f := *(*float64)(p); f != 0 || !c.optional {
			return f
		}
	case kBool:
		if b := *(*bool)(p); b || !c.optional {
			return b
		}
	case kDate:
		if d := *(*amity.Date)(p); !d.IsZero() {
			return d.First().String() // YYYY-MM-DD
		}
	case kPrecision:
		if d := *(*amity.Date)(p); !d.IsZero() {
			return d.Precision().String()
		}
	case kCount:
		if l := *(*[]byte)(p); l != nil { // a slice header of any type
			return float64(len(l))
		}
	case kStrings:
		return jsonList(*(*[]string)(p)) // a slice of a string kind
	case kStringMap, kListMap, kStructMap:
		m := reflect.NewAt(c.typ, p).Elem()
		if m.IsNil() {
			return nil
		}
		keys := m.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.String(), b.String()) })
		entries := []any{}
		for _, k := range keys {
			v := m.MapIndex(k)
			var value any
			switch c.kind {
			case kStringMap:
				value = v.String()
			case kListMap:
				value = jsonList(stringsOf(v))
			case kStructMap:
				fields := map[string]any{}
				for s, idx := range c.sub {
					fields[c.subNames[s]] = v.FieldByIndex(idx).String()
				}
				value = fields
			}
			entries = append(entries, map[string]any{"key": k.String(), "value": value})
		}
		return entries
	}
	return nil
}

// jsonList returns l as a JSON array, nil as null.
func jsonList(l []string) any {
	if l == nil {
		return nil
	}
	out := []any{}
	for _, s := range l {
		out = append(out, s)
	}
	return out
}

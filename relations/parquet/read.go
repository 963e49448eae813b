package parquet

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"time"

	pq "github.com/parquet-go/parquet-go"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// ReadDir reads the Parquet tables in dir, as [Create] and
// [WriteRecords] write them, and returns the records they hold, the
// entities of each kind in the order of their table's rows. ReadDir
// checks that every table is there with the columns of [Tables], and
// that the rows of each list follow their holders' order and positions;
// it does not check the records' rules: [relations.New] does. An error
// names the file, and the row and column where it lies.
func ReadDir(dir string) (relations.Records, error) {
	var r relations.Records
	rv := reflect.ValueOf(&r).Elem()
	for _, t := range plan().tables {
		if t.parent != nil || t.kind == "" {
			continue
		}
		list := rv.FieldByIndex(t.list)
		err := scanKind(dir, t, func(p reflect.Value) error {
			list.Set(reflect.Append(list, p.Elem()))
			return nil
		})
		if err != nil {
			return relations.Records{}, err
		}
	}
	return r, nil
}

// ScanDir reads the Parquet tables in dir as [ReadDir] does, with the
// same checks, but calls f with each entity as it is read, kind by kind in
// the order of [relations.Kinds], each kind's in the order of its table's
// rows, and keeps none: it holds the entity at hand and a few batches of
// rows of each of its kind's tables, which a goroutine for each table
// reads and decodes ahead. Each entity is a pointer, the caller's own,
// of the type relations.JSONLWriter.Write takes for its kind (an
// *events.Meeting for relations.KindMeeting). The first error f returns
// stops the reading and is returned.
func ScanDir(dir string, f func(k relations.Kind, v any) error) error {
	for _, t := range plan().tables {
		if t.parent != nil || t.kind == "" {
			continue
		}
		if err := scanKind(dir, t, func(p reflect.Value) error { return f(t.kind, p.Interface()) }); err != nil {
			return err
		}
	}
	return nil
}

// tableFile is a table's file, open for reading.
type tableFile struct {
	t    *table
	name string
	f    *os.File
	pf   *pq.File
}

// openTable opens the file of table t in dir and checks its schema.
func openTable(dir string, t *table) (*tableFile, error) {
	name := filepath.Join(dir, t.name+".parquet")
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("parquet: table %s: %w", t.name, err)
	}
	tf := &tableFile{t: t, name: name, f: f}
	st, err := f.Stat()
	if err == nil {
		err = guard(func() (err error) {
			tf.pf, err = pq.OpenFile(f, st.Size())
			return err
		})
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("parquet: %s: %w", name, err)
	}
	// A table's rows take bytes: a file claiming more rows than its size
	// could hold would have the reader decode runs of nothing for ever.
	most := maxRowsPerByte*st.Size() + 1024
	rows := tf.pf.NumRows()
	for _, rg := range tf.pf.RowGroups() {
		if n := rg.NumRows(); n < 0 || n > most {
			rows = n
		}
	}
	if rows < 0 || rows > most {
		f.Close()
		return nil, fmt.Errorf("parquet: %s: %d rows in %d bytes: more than %d rows a byte", name, rows, st.Size(), maxRowsPerByte)
	}
	if want, got := leafColumns(t.schema), leafColumns(tf.pf.Schema()); want != got {
		f.Close()
		return nil, fmt.Errorf("parquet: %s: not the columns of table %s:\n%s\nwant:\n%s", name, t.name, got, want)
	}
	return tf, nil
}

// guard calls f, which reads a file with parquet-go, and returns its
// error, or an error for a panic: parquet-go may panic on a corrupt
// file, and a corrupt file is bad input, to be reported.
func guard(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("corrupt file: %v", p)
		}
	}()
	return f()
}

// maxRowsPerByte bounds the rows a file of a table may claim, by its
// size: amity's tables, zstd-compressed, hold less than one row a byte
// (visits_codes, 0.64 at a million meetings; a million states of nothing
// but an empty ID, 17.7), and a table of an engine's dictionary and
// run-length encodings a few times that. A variable, for its test.
var maxRowsPerByte int64 = 64

// leafColumns describes the leaf columns of s, a line for each: path,
// type and repetition.
func leafColumns(s *pq.Schema) string {
	var b strings.Builder
	for _, path := range s.Columns() {
		leaf, _ := s.Lookup(path...)
		n := leaf.Node
		fmt.Fprintf(&b, "\t%s %s", strings.Join(path, "."), n.Type())
		// The repetition of every node on the path.
		var node pq.Node = s
		for _, p := range path {
			for _, f := range node.Fields() {
				if f.Name() == p {
					node = f
					break
				}
			}
			switch {
			case node.Optional():
				b.WriteString(" optional")
			case node.Repeated():
				b.WriteString(" repeated")
			}
		}
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// rows calls f with each row of the table and its number, from 1.
func (tf *tableFile) rows(f func(row pq.Row, n int) error) error {
	buf := make([]pq.Row, batchRows)
	n := 0
	for _, rg := range tf.pf.RowGroups() {
		var rs pq.Rows
		if err := guard(func() error { rs = rg.Rows(); return nil }); err != nil {
			return fmt.Errorf("parquet: %s: %w", tf.name, err)
		}
		for {
			var k int
			err := guard(func() (err error) {
				k, err = rs.ReadRows(buf)
				return err
			})
			for _, row := range buf[:k] {
				n++
				if err := f(row, n); err != nil {
					rs.Close()
					if errors.As(err, new(located)) || errors.Is(err, errStop) {
						return err
					}
					return fmt.Errorf("parquet: %s: row %d: %w", tf.name, n, err)
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				rs.Close()
				return fmt.Errorf("parquet: %s: %w", tf.name, err)
			}
		}
		if err := rs.Close(); err != nil {
			return fmt.Errorf("parquet: %s: %w", tf.name, err)
		}
	}
	return nil
}

// located is an error that names its file and row already.
type located struct{ error }

func (e located) Unwrap() error { return e.error }

// errStop stops the reading of a table's rows early.
var errStop = errors.New("stop")

// scanKind reads the table of top-level kind t in dir, and the tables of
// its lists in step with it, and calls f with a pointer to each entity.
// Each table's rows are read and decoded by a goroutine of its own (see
// [tableFile.stream]), a few batches ahead of the entities f is given.
func scanKind(dir string, t *table, f func(p reflect.Value) error) error {
	var files []*tableFile
	defer func() {
		for _, tf := range files {
			tf.f.Close()
		}
	}()
	for _, c := range append([]*table{t}, t.children...) {
		tf, err := openTable(dir, c)
		if err != nil {
			return err
		}
		files = append(files, tf)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	defer func() { // before the files close
		close(done)
		wg.Wait()
	}()
	top := files[0].stream(true, done, &wg)
	lists := make([]*stream, len(files)-1)
	for i, tf := range files[1:] {
		lists[i] = tf.stream(false, done, &wg)
		lists[i].next()
	}
	for top.next() {
		d := top.at
		v := d.v.Elem()
		id := v.FieldByIndex(t.id).String()
		for i, l := range lists {
			c := l.tf.t
			want := int(max(d.counts[i], 0))
			lv := v.FieldByIndex(c.list)
			for k := range want {
				if !l.ok && l.err != nil && !errors.Is(l.err, errStop) {
					return located{l.err}
				}
				if !l.ok {
					return fmt.Errorf("parquet: %s: row %d: %s: %d, but %s has %d rows for %s %q",
						files[0].name, d.n, countName(c), want, l.tf.name, k, t.kind, id)
				}
				e := l.at
				err := e.err
				if err == nil && (e.holder != id || e.pos != k) {
					err = fmt.Errorf("%s %q, %s %d: want the row of %s %q at %d (%s %d on row %d of %s)",
						c.cols[0].name, e.holder, c.cols[1].name, e.pos, t.kind, id, k, countName(c), want, d.n, filepath.Base(files[0].name))
				}
				if err != nil {
					return located{fmt.Errorf("parquet: %s: row %d: %w", l.tf.name, e.n, err)}
				}
				lv.Set(reflect.Append(lv, e.v))
				l.next()
			}
		}
		if err := f(d.v); err != nil {
			return err
		}
	}
	if top.err != nil {
		return top.err
	}
	for _, l := range lists {
		if l.ok {
			return fmt.Errorf("parquet: %s: row %d: %s %q: no row of %s holds it there (a list's rows follow their holders)",
				l.tf.name, l.at.n, l.tf.t.cols[0].name, l.at.holder, filepath.Base(files[0].name))
		}
		if l.err != nil && !errors.Is(l.err, errStop) {
			return l.err
		}
	}
	return nil
}

// decoded is a row of a table, decoded: the entity, a pointer, for a
// row of a top-level table, with the length of each of its lists (in the
// order of the table's children, -1 for none); for a row of a list's
// table, the element, with its holder and position, or the error of
// decoding it. n is the row's number, from 1.
type decoded struct {
	v      reflect.Value
	counts []int32
	holder string
	pos    int
	err    error
	n      int
}

// stream is the rows of a table as a goroutine reads and decodes them.
type stream struct {
	tf *tableFile
	c  chan []decoded
	// err is the error that ended the reading, set before c is closed.
	err error
	// at is the row at hand, if ok; batch holds the rows after it.
	at    decoded
	ok    bool
	batch []decoded
}

// stream reads the rows of tf, of a top-level table if top is set, on a
// goroutine of its own, decoding each, and sends them in batches of
// batchRows, until the rows end, a row of a list's table does not decode,
// or done is closed. A row of a top-level table that does not decode
// ends the reading with its error.
func (tf *tableFile) stream(top bool, done <-chan struct{}, wg *sync.WaitGroup) *stream {
	s := &stream{tf: tf, c: make(chan []decoded, batches)}
	wg.Go(func() {
		defer close(s.c)
		t := tf.t
		counts := map[*table][]int32{}
		batch := make([]decoded, 0, batchRows)
		send := func() bool {
			select {
			case s.c <- batch:
				batch = make([]decoded, 0, batchRows)
				return true
			case <-done:
				return false
			}
		}
		s.err = tf.rows(func(row pq.Row, n int) error {
			d := decoded{n: n}
			if top {
				for k := range counts {
					counts[k] = counts[k][:0]
				}
				d.v = reflect.New(t.typ)
				if _, _, err := t.decodeRow(row, d.v.Elem(), counts); err != nil {
					return err
				}
				d.counts = make([]int32, len(t.children))
				for i, c := range t.children {
					d.counts[i] = counts[c][0]
				}
			} else {
				d.v = reflect.New(t.typ).Elem()
				d.holder, d.pos, d.err = t.decodeRow(row, d.v, nil)
			}
			batch = append(batch, d)
			switch {
			case d.err != nil: // the last row the reader takes
				send()
				return errStop
			case len(batch) == batchRows && !send():
				return errStop
			}
			return nil
		})
		if len(batch) > 0 {
			send()
		}
	})
	return s
}

// next moves to the next row, and reports whether there is one.
func (s *stream) next() bool {
	for len(s.batch) == 0 {
		b, ok := <-s.c
		if !ok {
			s.at, s.ok = decoded{}, false
			return false
		}
		s.batch = b
	}
	s.at, s.ok, s.batch = s.batch[0], true, s.batch[1:]
	return true
}

// countName returns the name of the column holding the length of the
// lists of child table c.
func countName(c *table) string {
	for _, pc := range c.parent.cols {
		if pc.child == c {
			return pc.name
		}
	}
	return ""
}

// decodeRow sets v to the value of row, and returns the holder and
// position of a child table's row. It appends to counts, by the table of
// each list row's value holds in a child table, the list's length, -1 for
// none.
func (t *table) decodeRow(row pq.Row, v reflect.Value, counts map[*table][]int32) (holder string, pos int, err error) {
	i := 0
	next := func(leaf int) []pq.Value {
		start := i
		for i < len(row) && row[i].Column() == leaf {
			i++
		}
		return row[start:i]
	}
	var day int32
	dated := false
	for ci := range t.cols {
		c := &t.cols[ci]
		vals := next(c.leaf)
		if len(vals) == 0 {
			return "", 0, fmt.Errorf("%s: no value", c.name)
		}
		var fv reflect.Value
		if c.index != nil {
			fv = v.FieldByIndex(c.index)
		}
		first := vals[0]
		if c.kind < kStrings || c.kind >= kCount {
			if len(vals) != 1 {
				return "", 0, fmt.Errorf("%s: %d values", c.name, len(vals))
			}
			if first.IsNull() {
				switch {
				case c.kind == kPrecision && dated:
					return "", 0, fmt.Errorf("%s: null, for a date", c.name)
				case c.kind == kHolder || c.kind == kPosition:
					return "", 0, fmt.Errorf("%s: null", c.name)
				case c.kind == kCount:
					counts[c.child] = append(counts[c.child], -1)
				}
				dated = false
				continue
			}
		}
		switch c.kind {
		case kHolder:
			holder = string(first.ByteArray())
		case kPosition:
			pos = int(first.Int32())
		case kString:
			fv.SetString(string(first.ByteArray()))
		case kFloat:
			fv.SetFloat(first.Double())
		case kInt:
			if fv.OverflowInt(first.Int64()) {
				return "", 0, fmt.Errorf("%s: %d out of range", c.name, first.Int64())
			}
			fv.SetInt(first.Int64())
		case kBool:
			fv.SetBool(first.Boolean())
		case kDate:
			day, dated = first.Int32(), true
		case kPrecision:
			if !dated {
				return "", 0, fmt.Errorf("%s: %q, for no date", c.name, first.ByteArray())
			}
			d, err := dateOf(day, string(first.ByteArray()))
			if err != nil {
				return "", 0, fmt.Errorf("%s: %w", strings.TrimSuffix(c.name, "_precision"), err)
			}
			*(*amity.Date)(fv.Addr().UnsafePointer()) = d
			dated = false
		case kCount:
			n := first.Int32()
			if n < 0 {
				return "", 0, fmt.Errorf("%s: %d", c.name, n)
			}
			counts[c.child] = append(counts[c.child], n)
			fv.Set(reflect.MakeSlice(fv.Type(), 0, int(min(n, 16))))
		case kStrings:
			l, err := decodeList(vals, 0, fv.Type())
			if err != nil {
				return "", 0, fmt.Errorf("%s: %w", c.name, err)
			}
			fv.Set(l)
		default:
			if err := c.decodeMap(vals, next, fv); err != nil {
				return "", 0, fmt.Errorf("%s: %w", c.name, err)
			}
		}
	}
	if i != len(row) {
		return "", 0, fmt.Errorf("%d values of no column", len(row)-i)
	}
	return holder, pos, nil
}

// decodeList returns the list of type typ that vals hold, the values of
// one list whose null has definition level def.
func decodeList(vals []pq.Value, def int, typ reflect.Type) (reflect.Value, error) {
	switch d := vals[0].DefinitionLevel(); {
	case d == def && len(vals) == 1:
		return reflect.Zero(typ), nil
	case d == def+1 && len(vals) == 1:
		return reflect.MakeSlice(typ, 0, 0), nil
	}
	l := reflect.MakeSlice(typ, len(vals), len(vals))
	for k, v := range vals {
		if v.DefinitionLevel() != def+2 || v.IsNull() {
			return reflect.Value{}, errors.New("a null in a list")
		}
		l.Index(k).SetString(string(v.ByteArray()))
	}
	return l, nil
}

// decodeMap sets fv to the map of map column c whose keys are keys;
// next returns the values of the map's other leaf columns.
func (c *column) decodeMap(keys []pq.Value, next func(int) []pq.Value, fv reflect.Value) error {
	vals := make([][]pq.Value, c.leafCount()-1)
	for l := range vals {
		vals[l] = next(c.leaf + 1 + l)
	}
	if d := keys[0].DefinitionLevel(); len(keys) == 1 && d < 2 {
		for _, vs := range vals {
			if len(vs) != 1 || vs[0].DefinitionLevel() != d {
				return errors.New("values for no key")
			}
		}
		if d == 1 {
			fv.Set(reflect.MakeMap(fv.Type()))
		}
		return nil
	}
	m := reflect.MakeMapWithSize(fv.Type(), len(keys))
	et := fv.Type().Elem()
	var entries [][]pq.Value
	if c.kind == kListMap {
		// An entry's values begin where the repetition level says a new
		// entry of the map begins.
		for k, v := range vals[0] {
			if k == 0 || v.RepetitionLevel() < 2 {
				entries = append(entries, nil)
			}
			entries[len(entries)-1] = append(entries[len(entries)-1], v)
		}
		vals[0] = nil
	}
	for _, vs := range vals {
		if vs != nil && len(vs) != len(keys) {
			return fmt.Errorf("%d keys, %d values", len(keys), len(vs))
		}
	}
	if c.kind == kListMap && len(entries) != len(keys) {
		return fmt.Errorf("%d keys, %d values", len(keys), len(entries))
	}
	for k, key := range keys {
		if key.IsNull() {
			return errors.New("a null key")
		}
		kv := reflect.ValueOf(string(key.ByteArray())).Convert(fv.Type().Key())
		if m.MapIndex(kv).IsValid() {
			return fmt.Errorf("key %q twice", key.ByteArray())
		}
		ev := reflect.New(et).Elem()
		switch c.kind {
		case kStringMap:
			if vals[0][k].IsNull() {
				return errors.New("a null value")
			}
			ev.SetString(string(vals[0][k].ByteArray()))
		case kListMap:
			l, err := decodeList(entries[k], 2, et)
			if err != nil {
				return err
			}
			ev.Set(l)
		case kStructMap:
			for s, idx := range c.sub {
				if vals[s][k].IsNull() {
					return errors.New("a null value")
				}
				ev.FieldByIndex(idx).SetString(string(vals[s][k].ByteArray()))
			}
		}
		m.SetMapIndex(kv, ev)
	}
	fv.Set(m)
	return nil
}

// dateOf returns the date of the given precision whose first day is day
// days after 1970-01-01.
func dateOf(day int32, precision string) (amity.Date, error) {
	t := time.Unix(int64(day)*secondsADay, 0).UTC()
	s := t.Format("2006-01-02")
	switch precision {
	case amity.PrecisionYear.String():
		s = s[:4]
	case amity.PrecisionMonth.String():
		s = s[:7]
	case amity.PrecisionDay.String():
	default:
		return amity.Date{}, fmt.Errorf("precision %q", precision)
	}
	d, err := amity.ParseDate(s)
	if err == nil && days(d) != day {
		err = fmt.Errorf("%s is not the first day of a date of precision %s", t.Format("2006-01-02"), precision)
	}
	return d, err
}

// Row returns the table and the row, from 1, holding the value at path p
// of r when r is written as Parquet tables, or read from them by
// [ReadDir]: for meetings[3].participants[1].state, table
// meetings_participants and the row of that participant. It reports
// false if p lies in no row of r. A command reading a directory of tables
// points to a problem of relations.Validate with it.
func Row(r *relations.Records, p amity.Path) (name string, row int, ok bool) {
	if r == nil {
		return "", 0, false
	}
	return locate(p, func(t *table) reflect.Value { return reflect.ValueOf(r).Elem().FieldByIndex(t.list) })
}

// locate finds the table and row of path p in the lists of holders that
// list returns for each top-level table.
func locate(p amity.Path, list func(t *table) reflect.Value) (name string, row int, ok bool) {
	t, c, i, j, ok := pathRow(p)
	if !ok {
		return "", 0, false
	}
	l := list(t)
	if i >= l.Len() {
		return "", 0, false
	}
	if c == nil {
		return t.name, i + 1, true
	}
	n := 0
	for k := range i {
		n += l.Index(k).FieldByIndex(c.list).Len()
	}
	if j >= l.Index(i).FieldByIndex(c.list).Len() {
		return "", 0, false
	}
	return c.name, n + j + 1, true
}

// pathRow returns the top-level table t of path p and the index i of its
// entity, and, if p leads into a list held in a child table c, the index
// j of the element.
func pathRow(p amity.Path) (t, c *table, i, j int, ok bool) {
	e := p.Elems()
	if len(e) < 2 || !e[1].IsIndex() {
		return nil, nil, 0, 0, false
	}
	for _, tb := range plan().tables {
		if tb.parent == nil && tb.kind != "" && tb.name == e[0].Name {
			t = tb
		}
	}
	if t == nil {
		return nil, nil, 0, 0, false
	}
	if len(e) >= 4 && e[3].IsIndex() {
		for _, ch := range t.children {
			if ch.field == e[2].Name {
				return t, ch, e[1].Index, e[3].Index, true
			}
		}
	}
	return t, nil, e[1].Index, 0, true
}

// Locator finds the table and row of a path in the records [ScanDir]
// hands over, told of each entity as it comes, without keeping them: a
// command that checks the entities as they stream points to a problem
// with it. It keeps four bytes for each entity and each list it holds in
// a table. The zero Locator is ready for use.
type Locator struct {
	// count is the entities of each top-level table; ends, by the table
	// of a list, the rows of that table up to each holder's, included.
	count map[*table]int
	ends  map[*table][]int32
}

// Add tells l of the next entity of kind k that ScanDir handed over.
func (l *Locator) Add(k relations.Kind, v any) {
	t := plan().top[k]
	if t == nil {
		return
	}
	if l.count == nil {
		l.count, l.ends = map[*table]int{}, map[*table][]int32{}
	}
	l.count[t]++
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	for _, c := range t.children {
		e := l.ends[c]
		last := int32(0)
		if len(e) > 0 {
			last = e[len(e)-1]
		}
		l.ends[c] = append(e, last+int32(rv.FieldByIndex(c.list).Len()))
	}
}

// Row returns the table and the row, from 1, of the value at path p of
// the entities l was told of, as [Row] does for records.
func (l *Locator) Row(p amity.Path) (name string, row int, ok bool) {
	t, c, i, j, ok := pathRow(p)
	if !ok || i >= l.count[t] {
		return "", 0, false
	}
	if c == nil {
		return t.name, i + 1, true
	}
	e := l.ends[c]
	start := int32(0)
	if i > 0 {
		start = e[i-1]
	}
	if int32(j) >= e[i]-start {
		return "", 0, false
	}
	return c.name, int(start) + j + 1, true
}

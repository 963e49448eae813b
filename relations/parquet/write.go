package parquet

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"time"
	"unsafe"

	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// RowGroupRows is the most rows a row group of a table holds. DuckDB and
// Spark read a file's row groups in parallel and skip them by their
// statistics; groups of about a hundred thousand rows serve both, and
// bound what a [Writer] holds of a table to one group.
const RowGroupRows = 128 << 10

// batchRows is the rows a Writer gathers before it hands them to the
// goroutine writing the table, and batches how many batches of a table
// may be on their way; a writer that leaves the gathering to the table's
// goroutine hands on only the entities, and may have laterBatches on
// their way, so that the tables whose goroutines are ahead need not wait
// while a table's goroutine writes a row group (see BENCHMARKS.md).
const (
	batchRows    = 512
	batches      = 16
	laterBatches = 256
)

// Writer writes a dataset as Parquet tables, a file for each of
// [Tables] in a directory, from entities given one at a time: it holds at
// most a row group of each table and a few batches of rows on their way
// to it, so a dataset larger than memory can be written from a stream of
// its entities. Each table is encoded and compressed by a goroutine of its
// own while the next rows are gathered.
// The files are complete only once Close returns nil.
type Writer struct {
	files []*tableWriter
	// top is the writer of each top-level table, by the Go type of its
	// entities.
	top    map[reflect.Type]*tableWriter
	err    error
	closed bool
}

// tableWriter writes one table.
type tableWriter struct {
	t    *table
	file *os.File
	buf  *bufio.Writer
	w    *pq.GenericWriter[any]
	// b is the batch being gathered.
	b *batch
	// full carries batches to the goroutine writing the table, which
	// gives each back on free; it reports its error on done. made is
	// the number of batches made, at most max.
	full, free chan *batch
	done       chan error
	made, max  int
	// children are the writers of t's children, in their order.
	children []*tableWriter
	// later is whether the rows are gathered by the goroutine writing
	// the table, from entities that stay as they are until Close, rather
	// than by add; the goroutine gathers them in cols.
	later bool
	cols  [][]pq.Value
}

// codec is the compression of every column: zstd at its fastest level,
// which compresses an archive's tables to about a tenth of its JSON Lines
// (see BENCHMARKS.md).
var codec = &zstd.Codec{Level: zstd.SpeedFastest}

// Create creates dir if it does not exist, and in it a file for each
// table (replacing a file of that name), and returns a Writer writing
// them.
func Create(dir string) (*Writer, error) { return create(dir, false) }

// create is Create; later is whether the rows of the entities given to the
// writer are gathered by the goroutines writing the tables, which holds
// on to the entities until Close (WriteRecords's, which stay as they are)
// and spreads the gathering across the cores, each table's rows gathered
// and encoded on one.
func create(dir string, later bool) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, err
	}
	p := plan()
	w := &Writer{top: map[reflect.Type]*tableWriter{}}
	byTable := map[*table]*tableWriter{}
	for _, t := range p.tables {
		f, err := os.Create(filepath.Join(dir, t.name+".parquet"))
		if err != nil {
			w.Close()
			return nil, err
		}
		tw := &tableWriter{
			t: t, file: f, buf: bufio.NewWriterSize(f, 64<<10), made: 1, max: batches,
			done:  make(chan error, 1),
			later: later || t.kind == "", // the event codes' rows stay as they are
		}
		if tw.later {
			tw.max = laterBatches
			tw.cols = make([][]pq.Value, t.leaves)
		}
		tw.b = tw.newBatch()
		tw.full, tw.free = make(chan *batch, tw.max), make(chan *batch, tw.max)
		opts := []pq.WriterOption{t.schema, pq.Compression(codec), pq.MaxRowsPerRowGroup(RowGroupRows)}
		for _, c := range t.cols {
			if c.text && c.kind == kString {
				opts = append(opts, pq.SkipPageBounds(c.name))
			}
		}
		tw.w = pq.NewGenericWriter[any](tw.buf, opts...)
		go tw.run()
		w.files = append(w.files, tw)
		if t.kind == "" {
			rows := reflect.ValueOf(cameoRows())
			for i := range rows.Len() {
				tw.add(rows.Index(i).Addr().UnsafePointer(), "", 0)
			}
			continue
		}
		byTable[t] = tw
		if t.parent == nil {
			w.top[t.typ] = tw
		}
	}
	for _, tw := range w.files {
		for _, c := range tw.t.children {
			tw.children = append(tw.children, byTable[c])
		}
	}
	return w, nil
}

// batch is the values of rows of a table, by leaf column, and the
// entities of rows yet to be gathered.
type batch struct {
	cols [][]pq.Value
	// n is the number of rows gathered.
	n    int
	refs []ref
}

// ref is an entity whose row is yet to be gathered: the arguments of
// [table.appendRow].
type ref struct {
	p      unsafe.Pointer
	holder string
	pos    int
}

// newBatch returns an empty batch: of entities, or of values by leaf
// column if tw's rows are gathered by add.
func (tw *tableWriter) newBatch() *batch {
	if tw.later {
		return new(batch)
	}
	return &batch{cols: make([][]pq.Value, tw.t.leaves)}
}

// run writes the batches that come on full, and then the file's footer,
// until full is closed. It writes each batch's values a column at a
// time, into a row group it commits every RowGroupRows rows.
func (tw *tableWriter) run() {
	var err error
	rg := tw.w.BeginRowGroup()
	cws := rg.ColumnWriters()
	rows := 0 // in rg
	for b := range tw.full {
		cols, n := b.cols, b.n
		if tw.later {
			for _, r := range b.refs {
				tw.t.appendRow(tw.cols, r.p, r.holder, r.pos)
			}
			cols, n = tw.cols, len(b.refs)
			clear(b.refs) // let go of the entities
			b.refs = b.refs[:0]
			tw.free <- b
		}
		if err == nil && rows > 0 && rows+n > RowGroupRows {
			_, err = rg.Commit()
			rows = 0
		}
		for i, vs := range cols {
			if err == nil {
				_, err = cws[i].WriteRowValues(vs)
			}
			cols[i] = vs[:0]
		}
		rows += n
		if !tw.later {
			b.n = 0
			tw.free <- b
		}
	}
	if err == nil && rows > 0 {
		_, err = rg.Commit()
	}
	if err == nil {
		err = tw.w.Close()
	}
	if err == nil {
		err = tw.buf.Flush()
	}
	if err != nil {
		err = fmt.Errorf("parquet: table %s: %w", tw.t.name, err)
	}
	tw.done <- err
}

// Write writes v, an entity of a top-level kind (a value or a pointer to
// one, such as an events.Meeting or an *orgs.Official), as a row of its
// table and rows of the tables of the lists it holds. Write does not
// check v: write valid data (see [relations.Validate]). The rows refer to
// v's strings until they are written; v's fields may change once Write
// returns.
func (w *Writer) Write(v any) error {
	if w.err != nil {
		return w.err
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	tw := w.top[rv.Type()]
	if tw == nil {
		return fmt.Errorf("parquet: %T is not an entity of a top-level kind", v)
	}
	if !rv.CanAddr() {
		c := reflect.New(rv.Type()).Elem()
		c.Set(rv)
		rv = c
	}
	tw.write(rv.Addr().UnsafePointer())
	return nil
}

// write writes the entity at p and the rows of its lists.
func (tw *tableWriter) write(p unsafe.Pointer) {
	tw.add(p, "", 0)
	id := *(*string)(unsafe.Add(p, tw.t.idOff))
	for _, cw := range tw.children {
		l := *(*[]byte)(unsafe.Add(p, cw.t.listOff)) // a slice header of any type
		size := cw.t.typ.Size()
		for i := range len(l) {
			cw.add(unsafe.Add(unsafe.Pointer(unsafe.SliceData(l)), uintptr(i)*size), id, i)
		}
	}
}

// add adds the row of the value at p to the batch, or p to those to be
// gathered, and hands the batch on if it is full.
func (tw *tableWriter) add(p unsafe.Pointer, holder string, pos int) {
	b := tw.b
	if tw.later {
		b.refs = append(b.refs, ref{p, holder, pos})
	} else {
		tw.t.appendRow(b.cols, p, holder, pos)
		b.n++
	}
	if b.n+len(b.refs) == batchRows {
		tw.full <- b
		select {
		case tw.b = <-tw.free:
		default:
			if tw.made < tw.max {
				tw.b = tw.newBatch()
				tw.made++
			} else {
				tw.b = <-tw.free
			}
		}
	}
}

// Close writes what the writer holds and the files' footers, and closes
// the files. It returns the first error of writing a table.
func (w *Writer) Close() error {
	if w.closed {
		return w.err
	}
	w.closed = true
	var errs []error
	for _, tw := range w.files {
		if tw.b.n+len(tw.b.refs) > 0 {
			tw.full <- tw.b
		}
		close(tw.full)
	}
	for _, tw := range w.files {
		errs = append(errs, <-tw.done)
	}
	for _, tw := range w.files {
		errs = append(errs, tw.file.Close())
	}
	err := errors.Join(errs...)
	if w.err == nil {
		w.err = errors.New("parquet: Writer closed")
	}
	return err
}

// WriteRecords writes r as Parquet tables in dir (see [Create]), the
// entities of each kind in their order in r.
func WriteRecords(dir string, r *relations.Records) error {
	if r == nil {
		return errors.New("parquet: WriteRecords: nil *Records")
	}
	w, err := create(dir, true)
	if err != nil {
		return err
	}
	rv := reflect.ValueOf(r).Elem()
	for _, t := range plan().tables {
		if t.parent != nil || t.kind == "" {
			continue
		}
		list, tw := rv.FieldByIndex(t.list), w.top[t.typ]
		for i := range list.Len() {
			tw.write(list.Index(i).Addr().UnsafePointer())
		}
	}
	return w.Close()
}

// WriteDataset writes d as Parquet tables in dir (see [Create]), the
// entities of each kind in the order they were given to relations.New.
// It rebuilds one meeting at a time from the compact form d holds them in
// (see [relations.Dataset.Entities]).
func WriteDataset(dir string, d *relations.Dataset) error {
	w, err := Create(dir)
	if err != nil {
		return err
	}
	for _, v := range d.Entities() {
		if err := w.Write(v); err != nil {
			return errors.Join(err, w.Close())
		}
	}
	return w.Close()
}

// appendRow appends the values of the row of the value at p to cols, by
// leaf column: holder and pos fill the columns tying a child table's row
// to its holder.
func (t *table) appendRow(cols [][]pq.Value, p unsafe.Pointer, holder string, pos int) {
	for i := range t.cols {
		c := &t.cols[i]
		col := &cols[c.leaf]
		switch c.kind {
		case kHolder:
			*col = putString(*col, holder, c.m[0].val[0][0])
		case kPosition:
			*col = put(*col, nil, uint64(int32(pos)), c.m[0].val[0][0])
		case kStringMap, kListMap, kStructMap:
			c.appendMap(cols[c.leaf:c.leaf+len(c.m)], unsafe.Add(p, c.off))
		default:
			*col = c.appendValues(*col, unsafe.Add(p, c.off))
		}
	}
}

// appendValues appends to row the values of c for the field c holds, at
// p.
func (c *column) appendValues(row pq.Row, p unsafe.Pointer) pq.Row {
	m := &c.m[0]
	def := 0
	if c.nullable() {
		def = 1
	}
	switch c.kind {
	case kString:
		if s := *(*string)(p); s != "" || !c.optional {
			return putString(row, s, m.val[0][def])
		}
	case kInt:
		if n := *(*int)(p); n != 0 || !c.optional {
			return put(row, nil, uint64(int64(n)), m.val[0][def])
		}
	case kFloat:
		if f := *(*float64)(p); f != 0 || !c.optional {
			return put(row, nil, math.Float64bits(f), m.val[0][def])
		}
	case kBool:
		if b := *(*bool)(p); b || !c.optional {
			bits := uint64(0)
			if b {
				bits = 1
			}
			return put(row, nil, bits, m.val[0][def])
		}
	case kDate:
		if d := *(*amity.Date)(p); !d.IsZero() {
			return put(row, nil, uint64(days(d)), m.val[0][1])
		}
	case kPrecision:
		if d := *(*amity.Date)(p); !d.IsZero() {
			return putString(row, d.Precision().String(), m.val[0][1])
		}
	case kCount:
		if l := *(*[]byte)(p); l != nil { // a slice header of any type
			return put(row, nil, uint64(int32(len(l))), m.val[0][1])
		}
	case kStrings:
		return appendList(row, *(*[]string)(p), 0, 0, m) // a slice of a string kind
	}
	return put(row, nil, 0, m.null[0][0])
}

// appendList appends the values of list l to row, in the leaf column of
// m: rep and def are the repetition and definition levels of the list's
// first value where the list lies in a map (0 and 0 at the top of a row),
// for a null list.
func appendList(row pq.Row, l []string, rep, def int, m *metas) pq.Row {
	switch {
	case l == nil:
		return put(row, nil, 0, m.null[rep][def])
	case len(l) == 0:
		return put(row, nil, 0, m.null[rep][def+1])
	}
	for i, s := range l {
		if i > 0 {
			rep = def/2 + 1 // the list's own repetition level
		}
		row = putString(row, s, m.val[rep][def+2])
	}
	return row
}

// appendMap appends the values of c, a map column, for the map at p to
// cols, the map's leaf columns: the keys in order, and the values of each
// leaf column of the map's values.
func (c *column) appendMap(cols [][]pq.Value, p unsafe.Pointer) {
	if *(*unsafe.Pointer)(p) == nil { // a nil map, without reflection
		for l := range c.m {
			cols[l] = put(cols[l], nil, 0, c.m[l].null[0][0])
		}
		return
	}
	m := reflect.NewAt(c.typ, p).Elem()
	if m.Len() == 0 {
		for l := range c.m {
			cols[l] = put(cols[l], nil, 0, c.m[l].null[0][1])
		}
		return
	}
	keys := m.MapKeys()
	slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.String(), b.String()) })
	for i, k := range keys {
		cols[0] = putString(cols[0], k.String(), c.m[0].val[min(i, 1)][2])
	}
	switch c.kind {
	case kStringMap:
		for i, k := range keys {
			cols[1] = putString(cols[1], m.MapIndex(k).String(), c.m[1].val[min(i, 1)][2])
		}
	case kListMap:
		for i, k := range keys {
			cols[1] = appendList(cols[1], stringsOf(m.MapIndex(k)), min(i, 1), 2, &c.m[1])
		}
	case kStructMap:
		for i, k := range keys {
			v := m.MapIndex(k)
			for s, idx := range c.sub {
				cols[1+s] = putString(cols[1+s], v.FieldByIndex(idx).String(), c.m[1+s].val[min(i, 1)][2])
			}
		}
	}
}

// stringsOf returns l, a slice of a string kind, as a []string.
func stringsOf(l reflect.Value) []string {
	if l.IsNil() {
		return nil
	}
	return unsafe.Slice((*string)(l.UnsafePointer()), l.Len())
}

// secondsADay is the seconds of a day of Unix time.
const secondsADay = 24 * 60 * 60

// days returns the days from 1970-01-01 to the first day of d.
func days(d amity.Date) int32 {
	f := d.First()
	t := time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, time.UTC)
	return int32(t.Unix() / secondsADay)
}

package parquet

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/encoding"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/jsonfield"
	"github.com/amitydata/amity/relations"
)

// Table is a table of the Parquet form of a dataset: a file of that name
// and the extension .parquet. [Tables] derives every table from the Go
// types of the entities.
type Table struct {
	// Name is the table's name: the JSON name of the kind's list in
	// relations.Records ("meetings"), or for a list inside an entity, the
	// holder's table and the list's JSON name ("meetings_participants").
	Name string
	// Kind is the kind of the entities the rows are, or for a list inside
	// an entity, the kind of the entities that hold the rows; "" for a
	// table of amity's vocabularies, which every directory of tables
	// holds the same (see [CAMEOTable]).
	Kind relations.Kind
	// Parent is the table of the entities that hold the rows, "" for a
	// table of top-level entities; Field is the JSON path of their list.
	Parent, Field string
	// Columns are the table's columns, in the order of the file.
	Columns []Column
}

// Column is a column of a [Table].
type Column struct {
	// Name is the column's name: the JSON names of the field and the
	// structs holding it, joined by "_" ("place_city").
	Name string
	// Type is the column's type as SQL engines show it: VARCHAR, BIGINT,
	// INTEGER, BOOLEAN, DATE, VARCHAR[] (a list), MAP(VARCHAR, VARCHAR)
	// and so on.
	Type string
	// Nullable reports whether the column holds nulls: for a field left
	// out of the JSON form when zero, a date, a list or a map.
	Nullable bool
	// Field is the JSON path, within a row's entity or list element, of
	// the field the column holds ("place.city"); "" for the columns that
	// tie a row to its holder.
	Field string
	// Doc says what the column holds where the field does not say it
	// alone: a date's precision, a list's length, a row's holder.
	Doc string
}

// Tables returns the tables of the Parquet form, each table of top-level
// entities followed by the tables of the lists its entities hold, in the
// order of [relations.Kinds].
func Tables() []Table {
	var out []Table
	for _, t := range plan().tables {
		pt := Table{Name: t.name, Kind: t.kind, Field: t.field}
		if t.parent != nil {
			pt.Parent = t.parent.name
		}
		for _, c := range t.cols {
			pt.Columns = append(pt.Columns, Column{
				Name: c.name, Type: c.sqlType(), Nullable: c.nullable(), Field: c.path, Doc: c.doc(),
			})
		}
		out = append(out, pt)
	}
	return out
}

// colKind is what a column holds and how.
type colKind uint8

const (
	kString    colKind = iota // a field of a string kind
	kInt                      // an int, as INT64
	kFloat                    // a float64, as DOUBLE
	kBool                     // a bool
	kDate                     // an amity.Date: its first day
	kPrecision                // an amity.Date: its precision
	kStrings                  // a slice of a string kind: LIST<STRING>
	kStringMap                // a map of strings to a string kind
	kListMap                  // a map of strings to slices of a string kind
	kStructMap                // a map of strings to structs of string kinds
	kCount                    // the length of a list held in a child table, null for nil
	kHolder                   // the ID of the entity holding a child table's row
	kPosition                 // the position of a child table's row in its list
)

// column is a column of a table and how to fill it from a row's Go value.
type column struct {
	name string
	kind colKind
	// index is the path to the field from the row's struct type, off
	// its offset in the row's value, typ its type, and path its JSON
	// path.
	index []int
	off   uintptr
	typ   reflect.Type
	path  string
	// optional is set for a field the JSON form leaves out when zero,
	// or one inside such a struct: its zero value is a null.
	optional bool
	// leaf is the column's first leaf column in the file; sub are the
	// paths to the string fields of a kStructMap's structs, and subNames
	// their JSON names.
	leaf     int
	sub      [][]int
	subNames []string
	// child is the table holding the list of a kCount column.
	child *table
	// m are the metas of the column's leaf columns, in their order.
	m []metas
	// text is set for a field of free text (the validate rule "text"):
	// its pages get no bounds, which would cost a comparison of every
	// value and help no engine skip a page.
	text bool
}

// table is a table and how to fill its rows.
type table struct {
	name  string
	kind  relations.Kind
	field string
	// typ is the Go type of a row's value: the entity, or an element of
	// the list.
	typ reflect.Type
	// list is the Records field of a top-level table, or the path from
	// the holder's type to the list of a child table; listOff is the
	// offset of a child table's list in its holder.
	list    []int
	listOff uintptr
	parent  *table
	cols    []column
	// leaves is the number of leaf columns; schema the file's schema.
	leaves int
	schema *pq.Schema
	// children are the tables of the lists the rows hold, in the order
	// of their kCount columns.
	children []*table
	// id is the index of the field holding a top-level entity's ID, and
	// idOff its offset.
	id    []int
	idOff uintptr
}

// plans holds every table and those of the top-level kinds by kind.
type plans struct {
	// tables are the tables of the records, then those of amity's
	// vocabularies.
	tables []*table
	top    map[relations.Kind]*table
}

var dateType = reflect.TypeFor[amity.Date]()

// plan derives the tables from the types of relations.Records, once.
var plan = sync.OnceValue(func() *plans {
	p := &plans{top: map[relations.Kind]*table{}}
	rt := reflect.TypeFor[relations.Records]()
	fields := jsonfield.Fields(rt)
	for _, k := range relations.Kinds() {
		if !k.TopLevel() {
			continue
		}
		i := slices.IndexFunc(fields, func(f jsonfield.Field) bool { return f.Name == k.Plural() })
		if i < 0 {
			panic("parquet: relations.Records has no list " + k.Plural())
		}
		f := fields[i]
		t := &table{name: f.Name, kind: k, typ: rt.FieldByIndex(f.Index).Type.Elem(), list: f.Index}
		idf := slices.IndexFunc(jsonfield.Fields(t.typ), func(f jsonfield.Field) bool { return f.Name == "id" })
		if idf < 0 {
			panic("parquet: " + t.typ.String() + " has no id")
		}
		t.id = jsonfield.Fields(t.typ)[idf].Index
		if t.typ.FieldByIndex(t.id).Type.Kind() != reflect.String {
			panic("parquet: the ID of " + t.typ.String() + " is not a string")
		}
		t.idOff = offsetOf(t.typ, t.id)
		p.add(t)
		p.top[k] = t
	}
	p.add(&table{name: CAMEOTable, typ: reflect.TypeFor[cameoRow]()})
	return p
})

// CAMEOTable is the table of the CAMEO event codes amity knows, with
// their Goldstein scores and PLOVER event types (see events.CAMEOCode),
// which every directory of tables holds: joined to the codes of meetings
// and visits, it scores them as [relations.Intensity] does.
const CAMEOTable = "cameo_codes"

// cameoRow is a row of [CAMEOTable].
type cameoRow struct {
	Code        events.CAMEOCode   `json:"code"`
	Description string             `json:"description"`
	Goldstein   float64            `json:"goldstein"`
	PLOVER      events.PLOVEREvent `json:"plover,omitzero"`
	PLOVERMode  events.PLOVERMode  `json:"plover_mode,omitzero"`
	Contexts    []string           `json:"contexts,omitzero"`
}

// cameoRows returns the rows of [CAMEOTable], in the order of the codes.
func cameoRows() []cameoRow {
	var rows []cameoRow
	for _, c := range events.CAMEOCodes() {
		g, _ := c.Goldstein()
		e, m := c.PLOVER()
		rows = append(rows, cameoRow{Code: c, Description: c.Description(), Goldstein: g, PLOVER: e, PLOVERMode: m, Contexts: c.Contexts()})
	}
	return rows
}

// add derives t's columns, and the tables of the lists it holds, and
// appends them to p's tables.
func (p *plans) add(t *table) {
	p.tables = append(p.tables, t)
	if t.parent != nil {
		t.cols = append(t.cols,
			column{name: string(t.parent.kind) + "_id", kind: kHolder},
			column{name: "position", kind: kPosition})
	}
	var children []*table
	t.fields(t.typ, nil, "", "", false, &children)
	names := map[string]bool{}
	for i := range t.cols {
		c := &t.cols[i]
		if names[c.name] {
			panic(fmt.Sprintf("parquet: table %s has two columns %s", t.name, c.name))
		}
		names[c.name] = true
		c.leaf = t.leaves
		t.leaves += c.leafCount()
	}
	g := group{}
	for i := range t.cols {
		g = append(g, field{name: t.cols[i].name, Node: t.cols[i].node()})
	}
	t.schema = pq.NewSchema(t.name, g)
	metas := make([]metas, t.leaves)
	for _, path := range t.schema.Columns() {
		leaf, _ := t.schema.Lookup(path...)
		metas[leaf.ColumnIndex] = metasOf(leaf.Node.Type().Kind(), leaf.ColumnIndex)
	}
	for i := range t.cols {
		c := &t.cols[i]
		c.m = metas[c.leaf : c.leaf+c.leafCount()]
	}
	t.children = children
	for _, c := range children {
		p.add(c)
	}
}

// fields appends to t's columns those of the fields of struct type st,
// which lies at index in the row's type, with JSON name prefix name and
// JSON path prefix path; optional says the struct may be left out.
func (t *table) fields(st reflect.Type, index []int, name, path string, optional bool, children *[]*table) {
	for _, f := range jsonfield.Fields(st) {
		ft := st.FieldByIndex(f.Index).Type
		c := column{
			name:     joinName(name, f.Name, "_"),
			index:    append(slices.Clip(index), f.Index...),
			typ:      ft,
			path:     joinName(path, f.Name, "."),
			optional: optional || slices.Contains(f.Options, "omitzero") || slices.Contains(f.Options, "omitempty"),
		}
		c.off = offsetOf(t.typ, c.index)
		c.text = slices.Contains(strings.Split(f.Tag.Get("validate"), ","), "text")
		switch {
		case ft == dateType:
			c.kind = kDate
			t.cols = append(t.cols, c)
			c.kind, c.name = kPrecision, c.name+"_precision"
		case ft.Kind() == reflect.String:
			c.kind = kString
		case ft.Kind() == reflect.Bool:
			c.kind = kBool
		case ft.Kind() == reflect.Int:
			c.kind = kInt
		case ft.Kind() == reflect.Float64:
			c.kind = kFloat
		case ft.Kind() == reflect.Struct:
			t.fields(ft, c.index, c.name, c.path, c.optional, children)
			continue
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			c.kind = kStrings
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			if t.parent != nil {
				panic("parquet: a list of structs inside " + t.name + ": " + c.path)
			}
			child := &table{name: t.name + "_" + c.name, kind: t.kind, field: c.path, typ: ft.Elem(), list: c.index, listOff: c.off, parent: t}
			*children = append(*children, child)
			c.kind, c.name, c.child = kCount, c.name+"_count", child
		case ft.Kind() == reflect.Map && ft.Key().Kind() == reflect.String:
			switch v := ft.Elem(); {
			case v.Kind() == reflect.String:
				c.kind = kStringMap
			case v.Kind() == reflect.Slice && v.Elem().Kind() == reflect.String:
				c.kind = kListMap
			case v.Kind() == reflect.Struct:
				c.kind = kStructMap
				for _, sf := range jsonfield.Fields(v) {
					if v.FieldByIndex(sf.Index).Type.Kind() != reflect.String {
						panic("parquet: a map of structs with a field not a string: " + c.path)
					}
					c.sub = append(c.sub, sf.Index)
					c.subNames = append(c.subNames, sf.Name)
				}
			default:
				panic("parquet: a map of " + v.String() + ": " + c.path)
			}
		default:
			panic("parquet: a field of type " + ft.String() + ": " + c.path)
		}
		t.cols = append(t.cols, c)
	}
}

// offsetOf returns the offset of the field at index in struct type t:
// the structs on the way must be held by value.
func offsetOf(t reflect.Type, index []int) uintptr {
	var off uintptr
	for _, i := range index {
		if t.Kind() != reflect.Struct {
			panic("parquet: a field through a " + t.String())
		}
		f := t.Field(i)
		off += f.Offset
		t = f.Type
	}
	return off
}

// joinName joins prefix and name with sep, or returns name alone.
func joinName(prefix, name, sep string) string {
	if prefix == "" {
		return name
	}
	return prefix + sep + name
}

// nullable reports whether the column holds nulls.
func (c *column) nullable() bool {
	switch c.kind {
	case kDate, kPrecision, kStrings, kStringMap, kListMap, kStructMap, kCount:
		return true
	case kHolder, kPosition:
		return false
	}
	return c.optional
}

// leafCount returns the number of leaf columns c takes in the file.
func (c *column) leafCount() int {
	switch c.kind {
	case kStringMap, kListMap:
		return 2
	case kStructMap:
		return 1 + len(c.sub)
	}
	return 1
}

// node returns c's node of the file's schema.
func (c *column) node() pq.Node {
	var n pq.Node
	switch c.kind {
	case kString, kPrecision, kHolder:
		n = pq.String()
	case kInt:
		n = pq.Int(64)
	case kFloat:
		n = pq.Leaf(pq.DoubleType)
	case kCount, kPosition:
		n = pq.Int(32)
	case kBool:
		n = pq.Leaf(pq.BooleanType)
	case kDate:
		n = pq.Date()
	case kStrings:
		n = pq.List(pq.String())
	case kStringMap:
		n = pq.Map(pq.String(), pq.String())
	case kListMap:
		n = pq.Map(pq.String(), pq.Optional(pq.List(pq.String())))
	case kStructMap:
		g := group{}
		for _, s := range c.subNames {
			g = append(g, field{name: s, Node: pq.String()})
		}
		n = pq.Map(pq.String(), g)
	}
	if c.nullable() {
		n = pq.Optional(n)
	}
	return n
}

// sqlType returns c's type as DuckDB shows it.
func (c *column) sqlType() string {
	switch c.kind {
	case kInt:
		return "BIGINT"
	case kFloat:
		return "DOUBLE"
	case kCount, kPosition:
		return "INTEGER"
	case kBool:
		return "BOOLEAN"
	case kDate:
		return "DATE"
	case kStrings:
		return "VARCHAR[]"
	case kStringMap:
		return "MAP(VARCHAR, VARCHAR)"
	case kListMap:
		return "MAP(VARCHAR, VARCHAR[])"
	case kStructMap:
		var b strings.Builder
		b.WriteString("MAP(VARCHAR, STRUCT(")
		for i, s := range c.subNames {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(s + " VARCHAR")
		}
		b.WriteString("))")
		return b.String()
	}
	return "VARCHAR"
}

// doc returns what c holds where its field does not say it.
func (c *column) doc() string {
	switch c.kind {
	case kDate:
		return "the first day of the date"
	case kPrecision:
		return "the precision of the date: year, month or day"
	case kCount:
		return "the length of the list, rows of table " + c.child.name + "; null for none"
	case kHolder:
		return "the ID of the entity holding the row"
	case kPosition:
		return "the row's position in its list, from 0"
	}
	return ""
}

// group is a group node of a schema whose fields keep their order (a
// parquet-go Group sorts them by name).
type group []field

// field is a field of a group.
type field struct {
	name string
	pq.Node
}

func (f *field) Name() string { return f.name }

func (f *field) Value(base reflect.Value) reflect.Value {
	return base.FieldByName(exported(f.name))
}

// exported returns the name of the Go struct field that group's GoType
// gives the field name.
func exported(name string) string { return "F_" + name }

func (g group) ID() int                     { return 0 }
func (g group) String() string              { return fmt.Sprint(pq.NewSchema("", g).Columns()) }
func (g group) Type() pq.Type               { return pq.Group{}.Type() }
func (g group) Optional() bool              { return false }
func (g group) Repeated() bool              { return false }
func (g group) Required() bool              { return true }
func (g group) Leaf() bool                  { return false }
func (g group) Encoding() encoding.Encoding { return nil }
func (g group) Compression() compress.Codec { return nil }

func (g group) Fields() []pq.Field {
	out := make([]pq.Field, len(g))
	for i := range g {
		out[i] = &g[i]
	}
	return out
}

func (g group) GoType() reflect.Type {
	fs := make([]reflect.StructField, len(g))
	for i := range g {
		fs[i] = reflect.StructField{Name: exported(g[i].name), Type: g[i].GoType(), Tag: reflect.StructTag(`parquet:"` + g[i].name + `"`)}
	}
	return reflect.StructOf(fs)
}

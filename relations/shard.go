package relations

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/jsonfield"
)

// A sharded archive is an archive of JSON Lines cut into a reference
// file and shards, so that each shard can be checked, and converted, on
// its own, in parallel with the others: the reference file holds the
// entities of the kinds that refer to no meeting (sources, states,
// ministries, organizations, officials, groups, visits, ties: see
// [Kind.Shards]), and each shard holds meetings and the entities that
// refer to them, so that every reference from a shard lies in the shard
// or in the reference file.

// ShardKinds returns the top-level kinds whose entities a shard holds:
// meetings, and every kind whose entities may refer to an entity of a
// shard kind (initiatives, agreements, cultural events), in the order
// of [Kinds]. The kinds are derived from the Go types of the entities:
// the ID types of their fields tell which kinds they refer to.
func ShardKinds() []Kind {
	var out []Kind
	for _, k := range kinds {
		if shardKinds()[k] {
			out = append(out, k)
		}
	}
	return out
}

// Shards reports whether the entities of kind k belong in the shards of
// a sharded archive, not in its reference file (see [ShardKinds]):
// statements do, with their meetings, and posts do not.
func (k Kind) Shards() bool { return shardKinds()[topKind(k)] }

// shardKinds is the set of [ShardKinds].
var shardKinds = sync.OnceValue(func() map[Kind]bool {
	refs := referencedKinds()
	in := map[Kind]bool{KindMeeting: true}
	for grown := true; grown; {
		grown = false
		for _, c := range codecs() {
			if in[c.kind] {
				continue
			}
			for _, r := range refs[c.kind] {
				if in[topKind(r)] {
					in[c.kind], grown = true, true
					break
				}
			}
		}
	}
	return in
})

// idKinds returns the kind of entity each ID type names: the type of the
// id field of each kind's entities, posts and statements as their
// holders'.
func idKinds() map[reflect.Type]Kind {
	out := map[reflect.Type]Kind{}
	for _, c := range codecs() {
		if id, ok := idField(c.entityType()); ok {
			out[c.entityType().FieldByIndex(id).Type] = c.kind
		}
	}
	for _, h := range heldLists() {
		out[h.elem.FieldByIndex(h.id).Type] = h.kind
	}
	return out
}

// idField returns the path to the id field of struct type t.
func idField(t reflect.Type) ([]int, bool) {
	for _, f := range jsonfield.Fields(t) {
		if f.Name == "id" {
			return f.Index, true
		}
	}
	return nil, false
}

// heldList is a list of entities of kind kind that the entities of kind
// holder hold (an official's posts, a meeting's statements): the path to
// the list, the type of its elements, and the path in them to their IDs.
type heldList struct {
	kind, holder Kind
	list, id     []int
	elem         reflect.Type
}

// heldLists returns the lists of entities that entities hold, one for
// each kind of [holders].
func heldLists() []heldList {
	var out []heldList
	for k, h := range holders {
		c, _ := codecFor(h)
		t := c.entityType()
		for _, f := range jsonfield.Fields(t) {
			if f.Name != k.Plural() {
				continue
			}
			elem := t.FieldByIndex(f.Index).Type.Elem()
			if id, ok := idField(elem); ok {
				out = append(out, heldList{kind: k, holder: h, list: f.Index, id: id, elem: elem})
			}
		}
	}
	return out
}

// topKind returns k, or the kind of the entities that hold entities of
// kind k: officials for posts, meetings for statements.
func topKind(k Kind) Kind { return cmp.Or(holders[k], k) }

// referencedKinds returns, for each top-level kind, the kinds its
// entities' fields may refer to.
func referencedKinds() map[Kind][]Kind {
	ids := idKinds()
	all := func(Kind) bool { return true }
	memo := map[reflect.Type][]refPath{}
	out := map[Kind][]Kind{}
	for _, c := range codecs() {
		var refs []Kind
		var add func(ps []refPath)
		add = func(ps []refPath) {
			for _, p := range ps {
				if p.elem != nil {
					add(p.elem)
				} else if !slices.Contains(refs, p.kind) {
					refs = append(refs, p.kind)
				}
			}
		}
		add(refPaths(c.entityType(), ids, all, memo))
		out[c.kind] = refs
	}
	return out
}

// Shard writes the entities of d as a sharded archive of JSON Lines: the
// entities of the kinds of the reference file to ref, and each entity of
// a shard kind to one of shards, with the entities it refers to and
// those that refer to it, through references of shard kinds, so that
// every shard refers only to itself and the reference file. The groups
// of entities tied by such references go to the shards in the order of
// [Dataset.Entities], each shard taking about an equal share of the
// entities, so that a shard holds meetings near each other in the order
// they were given. Each file's lines are in the order of
// [Dataset.Entities].
func Shard(d *Dataset, ref io.Writer, shards []io.Writer) error {
	return shard(func(f func(Kind, any) error) error {
		for k, v := range d.Entities() {
			if err := f(k, v); err != nil {
				return err
			}
		}
		return nil
	}, ref, shards)
}

// ShardJSONL writes the archive of JSON Lines r holds as a sharded
// archive, as [Shard] writes a Dataset, reading r twice, an entity at a
// time (see [ScanJSONL]), from its start: once to tie the entities that
// refer to each other, once to write them. It holds no dataset, only a
// number for each ID of an entity of a shard kind, so archives larger
// than memory can be sharded. It does not check the references across
// entities: check r with [ValidateJSONL] first. Each file's lines are in
// the order of r's; for the JSON Lines of a Dataset (see [WriteJSONL]),
// the files are those Shard writes of the Dataset read from them. It
// returns the problems of lines that do not decode, as ScanJSONL does.
func ShardJSONL(r io.ReadSeeker, opts ReadOptions, ref io.Writer, shards []io.Writer) error {
	return shard(func(f func(Kind, any) error) error {
		if _, err := r.Seek(0, io.SeekStart); err != nil {
			return err
		}
		_, err := ScanJSONL(bufio.NewReaderSize(r, 1<<20), opts, f)
		return err
	}, ref, shards)
}

// shard writes the entities scan yields as a sharded archive: scan calls
// its argument with each entity, in the same order each time it is
// called, and returns the first error of its argument or its own.
func shard(scan func(func(Kind, any) error) error, ref io.Writer, shards []io.Writer) error {
	if len(shards) == 0 {
		return errors.New("relations: Shard: no shards")
	}
	s := newSharder()
	if err := scan(func(k Kind, v any) error { s.tie(k, v); return nil }); err != nil {
		return err
	}
	s.place(len(shards))
	refW := NewJSONLWriter(ref)
	ws := make([]*JSONLWriter, len(shards))
	for i, w := range shards {
		ws[i] = NewJSONLWriter(w)
	}
	err := scan(func(k Kind, v any) error {
		w := refW
		if k.Shards() {
			i, ok := s.shardOf(k, v)
			if !ok {
				return errors.New("relations: Shard: the entities changed between the two readings")
			}
			w = ws[i]
		}
		return w.Write(k, v)
	})
	errs := []error{err, refW.Flush()}
	for _, w := range ws {
		errs = append(errs, w.Flush())
	}
	return errors.Join(errs...)
}

// sharder ties the entities of shard kinds that refer to each other into
// groups, and places the groups in shards. It numbers each ID it meets by
// a hash of it: two IDs of the same hash, which a 64-bit hash makes
// unlikely, would tie their groups together, and so put them in the same
// shard, which is still a sharded archive.
type sharder struct {
	ids  map[reflect.Type]Kind
	memo map[reflect.Type][]refPath
	// held are the lists of entities of shard kinds that the entities
	// of each kind hold.
	held map[Kind][]heldList
	// node numbers each ID by its hash; parent is the tree of the
	// groups, and count the entities each number stands for.
	node     map[uint64]int32
	parent   []int32
	count    []int32
	entities int64
	// shard is the shard of each group, by its root's number.
	shard []int32
}

func newSharder() *sharder {
	s := &sharder{ids: idKinds(), memo: map[reflect.Type][]refPath{}, held: map[Kind][]heldList{}, node: map[uint64]int32{}}
	for _, h := range heldLists() {
		if h.kind.Shards() { // a meeting's statements
			s.held[h.holder] = append(s.held[h.holder], h)
		}
	}
	return s
}

// hashID returns the 64-bit FNV-1a hash of id.
func hashID(id string) uint64 {
	h := uint64(14695981039346656037)
	for i := range len(id) {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	return h
}

// number returns the number of id, numbering it if it has none.
func (s *sharder) number(id string) int32 {
	h := hashID(id)
	i, ok := s.node[h]
	if !ok {
		i = int32(len(s.parent))
		s.node[h] = i
		s.parent = append(s.parent, i)
		s.count = append(s.count, 0)
	}
	return i
}

// find returns the root of i's group.
func (s *sharder) find(i int32) int32 {
	for s.parent[i] != i {
		s.parent[i] = s.parent[s.parent[i]]
		i = s.parent[i]
	}
	return i
}

// union ties the groups of a and b.
func (s *sharder) union(a, b int32) {
	if a, b = s.find(a), s.find(b); a != b {
		s.parent[a] = b
	}
}

// tie numbers v, an entity of kind k, if it is of a shard kind, and ties
// it to the entities of shard kinds it refers to and holds.
func (s *sharder) tie(k Kind, v any) {
	if !k.Shards() {
		return
	}
	c, _ := codecFor(k)
	self := s.number(c.idOf(v))
	s.count[self]++
	s.entities++
	rv := reflect.ValueOf(v).Elem()
	for _, p := range refPaths(rv.Type(), s.ids, Kind.Shards, s.memo) {
		p.each(rv, func(_ Kind, id string) { s.union(self, s.number(id)) })
	}
	for _, h := range s.held[k] {
		l := rv.FieldByIndex(h.list)
		for i := range l.Len() {
			s.union(self, s.number(l.Index(i).FieldByIndex(h.id).String()))
		}
	}
}

// place places the groups in n shards, in the order of their first
// numbers, each shard taking the next share of the entities.
func (s *sharder) place(n int) {
	size := make([]int64, len(s.parent))
	for i := range s.parent {
		size[s.find(int32(i))] += int64(s.count[i])
	}
	s.shard = make([]int32, len(s.parent))
	for i := range s.shard {
		s.shard[i] = -1
	}
	placed := int64(0)
	for i := range s.parent {
		if r := s.find(int32(i)); s.shard[r] < 0 {
			s.shard[r] = int32(placed * int64(n) / max(s.entities, 1))
			placed += size[r]
		}
	}
}

// shardOf returns the shard of v, an entity of shard kind k, and whether
// its ID was numbered.
func (s *sharder) shardOf(k Kind, v any) (int, bool) {
	c, _ := codecFor(k)
	i, ok := s.node[hashID(c.idOf(v))]
	if !ok {
		return 0, false
	}
	return int(s.shard[s.find(i)]), true
}

// refPath is the way to the references of one field of a type to
// entities of some kinds: through index, then, for a list of structs, the
// paths of its elements (elem); for a list of IDs (list) or a map to IDs
// or lists of them (mapped), each of them.
type refPath struct {
	index  []int
	kind   Kind
	list   bool
	mapped bool
	elem   []refPath
}

// refPaths returns the paths to the references of type t to entities of
// the kinds keep keeps, IDs of the types of ids, memoized in memo (for one
// keep). The field named id, an entity's own, is none.
func refPaths(t reflect.Type, ids map[reflect.Type]Kind, keep func(Kind) bool, memo map[reflect.Type][]refPath) []refPath {
	if p, ok := memo[t]; ok {
		return p
	}
	memo[t] = nil // no type holds itself
	kept := func(t reflect.Type) (Kind, bool) {
		k, ok := ids[t]
		return k, ok && keep(k)
	}
	var out []refPath
	for _, f := range jsonfield.Fields(t) {
		ft := t.FieldByIndex(f.Index).Type
		if f.Name == "id" {
			continue
		}
		if _, ok := ids[ft]; ok {
			if k, ok := kept(ft); ok {
				out = append(out, refPath{index: f.Index, kind: k})
			}
			continue
		}
		switch ft.Kind() {
		case reflect.Map:
			e, list := ft.Elem(), false
			if e.Kind() == reflect.Slice {
				e, list = e.Elem(), true
			}
			if k, ok := kept(e); ok {
				out = append(out, refPath{index: f.Index, kind: k, mapped: true, list: list})
			}
		case reflect.Slice:
			if k, ok := kept(ft.Elem()); ok {
				out = append(out, refPath{index: f.Index, kind: k, list: true})
			} else if ft.Elem().Kind() == reflect.Struct {
				if e := refPaths(ft.Elem(), ids, keep, memo); e != nil {
					out = append(out, refPath{index: f.Index, list: true, elem: e})
				}
			}
		case reflect.Struct:
			for _, e := range refPaths(ft, ids, keep, memo) {
				e.index = append(slices.Clone(f.Index), e.index...)
				out = append(out, e)
			}
		}
	}
	memo[t] = out
	return out
}

// each calls f with the kind and ID of each reference p leads to in v,
// but for empty IDs.
func (p refPath) each(v reflect.Value, f func(Kind, string)) {
	ref := func(id reflect.Value) {
		if id.String() != "" {
			f(p.kind, id.String())
		}
	}
	refs := func(l reflect.Value) {
		for i := range l.Len() {
			ref(l.Index(i))
		}
	}
	fv := v.FieldByIndex(p.index)
	switch {
	case p.elem != nil:
		for i := range fv.Len() {
			for _, e := range p.elem {
				e.each(fv.Index(i), f)
			}
		}
	case p.mapped:
		for _, val := range fv.Seq2() {
			if p.list {
				refs(val)
			} else {
				ref(val)
			}
		}
	case p.list:
		refs(fv)
	default:
		ref(fv)
	}
}

// ValidateShardJSONL checks shard, a shard of a sharded archive in JSON
// Lines, against ref, the archive's reference file: as [ValidateJSONL]
// checks the archive of ref's lines followed by the shard's. ref should
// be valid on its own: check it first with ValidateJSONL. It returns the
// number of the shard's entities that decoded, and the problems of the
// shard's lines, each with the line and the path it has in the shard;
// the problems of ref's own lines are left out, but count towards
// opts.MaxProblems. A duplicate ID names the entity that has it first by
// its path in the shard, or by its path and line in the reference file.
// To check several shards against one reference file, read it once with
// [NewShardReference].
func ValidateShardJSONL(ref []byte, shard io.Reader, opts ReadOptions) (int, error) {
	return NewShardReference(ref, opts).Validate(shard)
}

// ShardReference is the reference file of a sharded archive, read once,
// against which its shards are checked (see [ShardReference.Validate]).
// It is safe for concurrent use: shards can be checked in parallel.
type ShardReference struct {
	data []byte
	opts ReadOptions
	// lines is the number of lines of data, and records of its
	// entities; at holds, by the name of each kind's list, the line of
	// each of its entities.
	lines, records int
	at             map[string][]int
	// read is the reading of data, if a shard's reading can follow it
	// (see reading.after); otherwise each shard is read after data.
	read *reading
}

// NewShardReference reads ref, the reference file of a sharded archive,
// to check its shards with the limits of opts. ref should be valid on its
// own: check it first with [ValidateJSONL]. The reference keeps ref,
// which must not change while the reference is in use. A reference file
// that is not valid, or that holds meetings, is read again with each
// shard.
func NewShardReference(ref []byte, opts ReadOptions) *ShardReference {
	if len(ref) > 0 && ref[len(ref)-1] != '\n' {
		ref = append(slices.Clip(ref), '\n')
	}
	s := &ShardReference{data: ref, opts: opts, lines: bytes.Count(ref, []byte{'\n'}), at: map[string][]int{}}
	n := 0
	for line := range bytes.Lines(ref) {
		n++
		if k := kindOfLine(line); k.TopLevel() {
			s.at[k.Plural()] = append(s.at[k.Plural()], n)
			s.records++
		}
	}
	if rd, err := decodeJSONL(bytes.NewReader(ref), opts, forChecks); err == nil && rd.followable() {
		s.read = rd
	}
	return s
}

// Validate checks shard against the reference file, as
// [ValidateShardJSONL] does: it returns the number of the shard's
// entities that decoded, and the problems of the shard's lines, each
// with the line and the path it has in the shard.
func (s *ShardReference) Validate(shard io.Reader) (int, error) {
	return s.validate(shard, s.read != nil)
}

// validate is Validate, reading the shard after the reference file's
// reading if follow is set, and after the reference file's lines
// otherwise.
func (s *ShardReference) validate(shard io.Reader, follow bool) (int, error) {
	// shift returns p's path in the shard, and whether p lies in ref,
	// with its line there.
	shift := func(p amity.Path) (_ amity.Path, inRef bool, line int) {
		first, _ := p.Elem(0)
		e, ok := p.Elem(1)
		if !ok || !e.IsIndex() {
			return p, false, 0
		}
		at := s.at[first.Name]
		if e.Index < len(at) {
			return p, true, at[e.Index]
		}
		e.Index -= len(at)
		return p.Set(1, e), false, 0
	}
	var (
		n   int
		err error
	)
	if follow {
		var rd *reading
		if rd, err = decodeLines(s.read.after(), s.lines+1, shard, nil, forChecks); err == nil {
			n, err = rd.records(), rd.validate()
		}
	} else {
		n, err = ValidateJSONL(io.MultiReader(bytes.NewReader(s.data), shard), s.opts)
	}
	problems := amity.Errors(err)
	if problems == nil {
		return n - s.records, err
	}
	var own []amity.FieldError
	for _, p := range problems {
		if p.Line > 0 && p.Line <= s.lines {
			continue
		}
		if p.Line > 0 {
			p.Line -= s.lines
		}
		p.Path, _, _ = shift(p.Path)
		if rest, ok := strings.CutPrefix(p.Detail, usedBy); ok && p.Kind == amity.KindDuplicate {
			if first, err := amity.ParsePath(rest); err == nil {
				first, inRef, line := shift(first)
				p.Detail = usedBy + first.String()
				if inRef {
					p.Detail += fmt.Sprintf(" on line %d of the reference file", line)
				}
			}
		}
		own = append(own, p)
	}
	return n - s.records, amity.AsError(own)
}

// kindOfLine returns the kind of the entity on line, "" if it has none.
func kindOfLine(line []byte) Kind {
	if k, ok := fastKind(line); ok { // as amity writes it
		return Kind(k)
	}
	var v map[string]any
	if json.Unmarshal(line, &v) != nil {
		return ""
	}
	k, _ := v[EntityKey].(string)
	return Kind(k)
}

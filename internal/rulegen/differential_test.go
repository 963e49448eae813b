package rulegen_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/jsonfield"
	"github.com/amitydata/amity/internal/rulegen"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// TestValidAgreesWithValidate walks every field of every entity type by
// reflection and, for each rule of its validate tag, sets values just
// inside and just outside the rule, and checks that Valid and Validate
// agree on each. A rule tightened or added in a tag without the generated
// code following fails here, naming the type and the field.
//
// The values start from the entities of the story dataset and of a
// synthetic archive made with synth.Config.EveryField: for each field,
// one in which the field is set.
func TestValidAgreesWithValidate(t *testing.T) {
	corpus := entities(t)
	for pkg, types := range rulegen.Types() {
		for _, typ := range types {
			if len(corpus[typ]) == 0 {
				t.Errorf("%v: no value in the story or a synthetic archive", typ)
				continue
			}
			for _, s := range sites(typ, nil, "", nil) {
				t.Run(pkg[strings.LastIndexByte(pkg, '/')+1:]+"."+typ.Name()+"/"+s.name, func(t *testing.T) {
					tryRules(t, typ, corpus, s)
				})
			}
		}
	}
}

// entities returns values of each type found in the story dataset and in
// a synthetic archive of 300 meetings with every field set somewhere:
// every struct, and up to 64 non-zero values of every other type
// (strings, lists, maps).
func entities(t testing.TB) map[reflect.Type][]reflect.Value {
	out := map[reflect.Type][]reflect.Value{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if v.Kind() != reflect.Struct && (v.IsZero() || len(out[v.Type()]) >= 64) {
			return
		}
		out[v.Type()] = append(out[v.Type()], v)
		switch v.Kind() {
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Key())
				walk(it.Value())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		}
	}
	for _, r := range []relations.Records{azernews.Records(), synth.Generate(synth.Config{Seed: 7, Meetings: 300, EveryField: true})} {
		if err := relations.Validate(&r); err != nil {
			t.Fatalf("the corpus is not valid: %v", err)
		}
		walk(reflect.ValueOf(r))
	}
	return out
}

// A step leads from a value to one of its parts.
type step struct {
	field int           // a struct field, if key and index are unset
	index int           // an element of a list, if >= 0
	key   reflect.Value // the value at a map's first key, if valid
	isKey bool          // the map's keys
}

// A site is a value within an entity to which rules apply.
type site struct {
	name   string
	path   []step // from the entity to the value
	parent []step // from the entity to the struct holding the field
	toks   []string
	typ    reflect.Type
	ptype  reflect.Type // the struct holding the field
}

// sites returns every value within a value of type t that a validate tag
// speaks of: each tagged field, the elements a tag dives into, and the
// fields of nested structs.
func sites(t reflect.Type, path []step, name string, out []site) []site {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("validate")
		if !f.IsExported() || tag == "-" {
			continue
		}
		fpath := append(slices.Clone(path), step{field: i, index: -1})
		fname := name + jsonName(f)
		var toks []string
		if tag != "" {
			toks = strings.Split(tag, ",")
		}
		out = valueSites(site{name: fname, path: fpath, parent: path, toks: toks, typ: f.Type, ptype: t}, out)
	}
	return out
}

func valueSites(s site, out []site) []site {
	if len(s.toks) > 0 {
		out = append(out, s)
	}
	if d := slices.Index(s.toks, "dive"); d >= 0 {
		rest := s.toks[d+1:]
		switch s.typ.Kind() {
		case reflect.Slice:
			out = valueSites(site{name: s.name + "[0]", path: append(slices.Clone(s.path), step{index: 0}), parent: s.parent,
				toks: rest, typ: s.typ.Elem(), ptype: s.ptype}, out)
		case reflect.Map:
			if len(rest) > 0 && rest[0] == "keys" {
				end := slices.Index(rest, "endkeys")
				out = append(out, site{name: s.name + "{key}", path: append(slices.Clone(s.path), step{index: -1, isKey: true}), parent: s.parent,
					toks: rest[1:end], typ: s.typ.Key(), ptype: s.ptype})
				rest = rest[end+1:]
			}
			out = valueSites(site{name: s.name + "{value}", path: append(slices.Clone(s.path), step{index: -1, key: reflect.ValueOf(true)}), parent: s.parent,
				toks: rest, typ: s.typ.Elem(), ptype: s.ptype}, out)
		}
		return out
	}
	if s.typ.Kind() == reflect.Struct && s.typ != reflect.TypeFor[amity.Date]() {
		out = sites(s.typ, s.path, s.name+".", out)
	}
	return out
}

func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" {
		return f.Name
	}
	return name
}

// at returns the value that path leads to from v, and false if there is
// none (an empty list or map).
func at(v reflect.Value, path []step) (reflect.Value, bool) {
	for _, s := range path {
		switch {
		case s.isKey:
			return v, true // the map itself: keys are added to it
		case s.key.IsValid():
			if v.Len() == 0 {
				return reflect.Value{}, false
			}
			keys := v.MapKeys()
			slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
			v = v.MapIndex(keys[0])
		case s.index >= 0:
			if v.Len() <= s.index {
				return reflect.Value{}, false
			}
			v = v.Index(s.index)
		default:
			v = v.Field(s.field)
		}
	}
	return v, true
}

// set sets the value path leads to from root, a pointer, to x; for a map
// key, it adds the key x to the map with the value of its first key.
func set(root reflect.Value, path []step, x reflect.Value) { setIn(root.Elem(), path, x) }

// setIn sets the value path leads to from v, which is addressable, to x.
// A map's value is not addressable: a path that goes on into one sets it
// in a copy, and puts the copy back.
func setIn(v reflect.Value, path []step, x reflect.Value) {
	if len(path) == 0 {
		v.Set(x)
		return
	}
	switch s := path[0]; {
	case s.isKey:
		var val reflect.Value
		if v.Len() > 0 {
			first, _ := at(v, []step{{index: -1, key: reflect.ValueOf(true)}})
			val = first
		} else {
			val = reflect.Zero(v.Type().Elem())
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(v.Type()))
		}
		v.SetMapIndex(x, val)
	case s.key.IsValid():
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		c := reflect.New(v.Type().Elem()).Elem()
		c.Set(v.MapIndex(keys[0]))
		setIn(c, path[1:], x)
		v.SetMapIndex(keys[0], c)
	case s.index >= 0:
		setIn(v.Index(s.index), path[1:], x)
	default:
		setIn(v.Field(s.field), path[1:], x)
	}
}

// deepCopy returns a pointer to a copy of v that shares no memory with it.
func deepCopy(t testing.TB, v reflect.Value) reflect.Value {
	b, err := json.Marshal(v.Interface())
	if err != nil {
		t.Fatal(err)
	}
	p := reflect.New(v.Type())
	if err := json.Unmarshal(b, p.Interface()); err != nil {
		t.Fatal(err)
	}
	return p
}

type verdicts interface {
	Valid() bool
	Validate() error
}

// tryRules sets, in a copy of an entity where the site has a value, each
// value the site's rules make, and checks Valid against Validate.
func tryRules(t *testing.T, typ reflect.Type, corpus map[reflect.Type][]reflect.Value, s site) {
	base, ok := baseFor(t, corpus, typ, s)
	if !ok {
		t.Errorf("%v.%s: no valid value has it, nor could one be made from the corpus; set it in internal/synth or the story", typ, s.name)
		return
	}
	var valid, invalid int
	for _, c := range candidates(base, s) {
		p := deepCopy(t, base)
		set(p, s.path, c.v)
		if c.sibling != "" {
			parent, _ := at(p.Elem(), s.parent)
			parent.FieldByName(c.sibling).Set(c.sv)
		}
		v := p.Elem().Interface().(verdicts)
		err := v.Validate()
		if got := v.Valid(); got != (err == nil) {
			t.Errorf("%v.%s, %s: Valid() = %v, but Validate() = %v", typ, s.name, c.what, got, err)
		}
		if err == nil {
			valid++
		} else {
			invalid++
		}
	}
	if rules(s.toks) && (valid == 0 || invalid == 0) {
		t.Errorf("%v.%s (%s): %d values tried passed, %d failed: both are needed", typ, s.name, strings.Join(s.toks, ","), valid, invalid)
	}
}

// baseFor returns a valid entity of type typ in which the site s has a
// value, and so have the fields its rules compare it with: the one of the
// corpus that has most of them, or, where none has the site's value, one
// grown to have it, its lists and maps on the way given values from the
// corpus.
func baseFor(t testing.TB, corpus map[reflect.Type][]reflect.Value, typ reflect.Type, s site) (reflect.Value, bool) {
	bases := corpus[typ]
	best, score := reflect.Value{}, -1
	for _, b := range bases {
		v, ok := at(b, s.path)
		if !ok {
			continue
		}
		n := 0
		if !v.IsZero() {
			n = 10
		}
		parent, _ := at(b, s.parent)
		for _, f := range siblings(s.toks) {
			if f := parent.FieldByName(f); f.IsValid() && !f.IsZero() {
				n++
			}
		}
		if n > score {
			best, score = b, n
		}
	}
	if score >= 10 {
		return best, true
	}
	keys := keyCandidates(corpus, s)
	for _, b := range bases[:min(len(bases), 8)] {
		for k := range max(len(keys), 1) {
			p := deepCopy(t, b)
			if grow(p.Elem(), s.path, corpus, keys, k) && p.Elem().Interface().(verdicts).Validate() == nil {
				return p.Elem(), true
			}
		}
	}
	return best, best.IsValid()
}

// siblings returns the fields that toks compare a field with.
func siblings(toks []string) []string {
	var out []string
	for _, tok := range toks {
		switch name, param, _ := strings.Cut(tok, "="); name {
		case "notbefore", "nefield", "subdivision_of", "required_without", "required_with", "excluded_with", "excluded_without", "required_if", "excluded_unless":
			f, _, _ := strings.Cut(param, " ")
			out = append(out, f)
		}
	}
	return out
}

// keyCandidates returns the keys to try for a map on the way to s: the
// keys of the corpus, the JSON names of the struct holding s, and some
// language tags.
func keyCandidates(corpus map[reflect.Type][]reflect.Value, s site) []string {
	var out []string
	for _, k := range corpus[reflect.TypeFor[string]()] {
		out = append(out, k.String())
	}
	out = append(out, slices.Sorted(maps.Keys(jsonfield.Names(s.ptype)))...)
	return append(out, "en", "fa", "az")
}

// grow gives the empty lists and maps on path from v, and the value path
// leads to if it is an empty list or map, an element or an entry: taken
// from the corpus, with key keys[k] for a map. It reports whether path
// then leads to a value.
func grow(v reflect.Value, path []step, corpus map[reflect.Type][]reflect.Value, keys []string, k int) bool {
	for i := 0; ; i++ {
		if (v.Kind() == reflect.Slice || v.Kind() == reflect.Map) && v.Len() == 0 {
			elems := corpus[v.Type().Elem()]
			if len(elems) == 0 {
				return false
			}
			if v.Kind() == reflect.Map {
				if k >= len(keys) {
					return false
				}
				v.Set(reflect.MakeMap(v.Type()))
				v.SetMapIndex(reflect.ValueOf(keys[k]).Convert(v.Type().Key()), elems[0])
			} else {
				v.Set(reflect.Append(reflect.MakeSlice(v.Type(), 0, 1), elems[0]))
			}
		}
		if i == len(path) || path[i].isKey {
			return true
		}
		switch s := path[i]; {
		case s.key.IsValid():
			// A map's value is not addressable: grow a copy and put it back.
			e, _ := at(v, path[i:i+1])
			c := reflect.New(e.Type()).Elem()
			c.Set(e)
			if !grow(c, path[i+1:], corpus, keys, k) {
				return false
			}
			set(v.Addr(), path[i:i+1], c)
			return true
		case s.index >= 0:
			v = v.Index(s.index)
		default:
			v = v.Field(s.field)
		}
	}
}

// rules reports whether toks state a rule that some value breaks.
func rules(toks []string) bool {
	for _, tok := range toks {
		switch name, _, _ := strings.Cut(tok, "="); name {
		case "omitempty", "dive", "keys", "endkeys":
		default:
			return true
		}
	}
	return false
}

// A candidate is a value to try at a site, and a value for the field it
// is compared with, if sibling is set.
type candidate struct {
	what    string
	v       reflect.Value
	sibling string
	sv      reflect.Value
}

// candidates returns the values to try at site s of base: the zero value,
// the value base holds, and for each rule of s a value just inside and one
// just outside it.
func candidates(base reflect.Value, s site) []candidate {
	typ := s.typ
	cur, _ := at(base, s.path)
	if s.path[len(s.path)-1].isKey {
		typ = s.typ
		cur = reflect.Value{}
	}
	out := []candidate{{what: "the zero value", v: reflect.Zero(typ)}}
	if cur.IsValid() {
		out = append(out, candidate{what: "its value", v: cur})
	}
	str := func(what, x string) {
		v := reflect.New(typ).Elem()
		v.SetString(x)
		out = append(out, candidate{what: what + fmt.Sprintf(" %.40q", x), v: v})
	}
	parent, _ := at(base, s.parent)
	for _, tok := range s.toks {
		name, param, _ := strings.Cut(tok, "=")
		switch {
		case typ.Kind() == reflect.String:
			for _, x := range stringSamples(name, param, parent, s.ptype) {
				str(tok+":", x)
			}
		case typ == reflect.TypeFor[amity.Date]():
			for _, x := range []string{"1990", "1992-03", "1992-03-12", "2022", "2022-06-20", "2022-06-21", "2030"} {
				out = append(out, candidate{what: "the date " + x, v: reflect.ValueOf(amity.MustParseDate(x))})
			}
			if name == "notbefore" {
				// Around the date it may not be before, which is set if
				// it is not.
				d, sibling := amity.MustParseDate("2000-06-15"), param
				if f := parent.FieldByName(param); !f.IsZero() {
					d, sibling = f.Interface().(amity.Date), ""
				}
				for _, x := range []string{fmt.Sprint(d.Year() - 1), fmt.Sprint(d.Year()), fmt.Sprint(d.Year() + 1), d.String()} {
					out = append(out, candidate{"the date " + x, reflect.ValueOf(amity.MustParseDate(x)), sibling, reflect.ValueOf(d)})
				}
			}
		case name == "named" && cur.IsValid():
			for _, x := range []string{"", "x"} {
				v := reflect.New(typ).Elem()
				v.Set(cur)
				v.FieldByName("Name").SetString(x)
				out = append(out, candidate{what: fmt.Sprintf("named: the name %q", x), v: v})
			}
		case typ.Kind() == reflect.Slice && cur.IsValid():
			out = append(out, sliceSamples(name, param, cur)...)
		case typ.Kind() == reflect.Map && cur.IsValid():
			out = append(out, mapSamples(name, param, cur)...)
		}
	}
	return out
}

// stringSamples returns strings just inside and just outside the rule
// name=param, for a field of the struct parent, of type ptype.
func stringSamples(name, param string, parent reflect.Value, ptype reflect.Type) []string {
	n := 0
	fmt.Sscan(param, &n)
	switch name {
	case "max", "min", "len":
		return []string{strings.Repeat("a", n), strings.Repeat("a", n+1), strings.Repeat("é", n), strings.Repeat("é", n+1),
			strings.Repeat("a", max(n-1, 0)), strings.Repeat("é", max(n-1, 0))}
	case "id":
		return []string{"a", "a-1", "a b", "-a", "a.", strings.Repeat("a", 128), strings.Repeat("a", 129), "é"}
	case "country":
		return []string{"AZ", "IR", "ZZ", "az", "AZE"}
	case "subdivision", "subdivision_of":
		return []string{"AZ-SUS", "IR-01", "AZ-ZZZZ", "az-sus", "AZ"}
	case "lang":
		return []string{"en", "az-Cyrl", "EN", "e", "english"}
	case "line", "text":
		return []string{"x", "x y", "x\ny", "x\ty", " x", "x ", "x\x00", "x\r", "é", "x\u2028y", "x\u00a0"}
	case "httpurl":
		return []string{"https://example.org/a", "http://a.b", "ftp://a.b", "https://", "example.org", "https://a b"}
	case "clock":
		return []string{"14:05", "23:59:59", "00:00Z", "14:05+04:00", "24:00", "14:60", "14:5", "14:05+4", "2pm"}
	case "qid":
		return []string{"Q1", "Q794", "Q0", "Q01", "q1", "P1"}
	case "enum":
		return []string{"nope", "other", "culture"}
	case "fieldname":
		return append(slices.Sorted(maps.Keys(jsonfield.Names(ptype))), "nope", "ID")
	case "nefield", "notbefore", "required_without", "required_with", "excluded_with", "excluded_without":
		if f := parent.FieldByName(param); f.IsValid() && f.Kind() == reflect.String {
			return []string{f.String()}
		}
	case "required_if", "excluded_unless":
		_, val, _ := strings.Cut(param, " ")
		return []string{val}
	}
	return nil
}

// sliceSamples returns lists made from cur, a list: of lengths just inside
// and outside the rule name=param, and with an element twice.
func sliceSamples(name, param string, cur reflect.Value) []candidate {
	var out []candidate
	n := 0
	fmt.Sscan(param, &n)
	switch name {
	case "max", "min", "len":
		for _, l := range []int{n - 1, n, n + 1} {
			if l >= 0 && cur.Len() > 0 {
				out = append(out, candidate{what: fmt.Sprintf("%s: %d distinct elements", name, l), v: distinctList(cur, l)})
			}
		}
		out = append(out, candidate{what: "an empty list", v: reflect.MakeSlice(cur.Type(), 0, 0)})
	case "unique":
		if cur.Len() > 0 {
			out = append(out, candidate{what: "an element twice", v: reflect.Append(distinctList(cur, cur.Len()), cur.Index(0))})
		}
	}
	return out
}

// distinctList returns a list of n elements made from those of cur, each
// made distinct from the others where it can be: IDs get a suffix, country
// codes are taken in turn.
func distinctList(cur reflect.Value, n int) reflect.Value {
	out := reflect.MakeSlice(cur.Type(), n, n)
	codes := iso3166.Codes()
	for i := range n {
		e := reflect.New(cur.Type().Elem()).Elem()
		e.Set(cur.Index(i % cur.Len()))
		if i >= cur.Len() {
			distinct(e, i, codes)
		}
		out.Index(i).Set(e)
	}
	return out
}

// distinct makes e, a copy of an element, the k-th distinct one: strings
// checked as IDs get the suffix "-k"; country codes are the k-th code.
func distinct(e reflect.Value, k int, codes []string) {
	switch e.Kind() {
	case reflect.String:
		if iso3166.Valid(e.String()) {
			e.SetString(codes[k%len(codes)])
		} else if amity.ValidID(e.String()) {
			e.SetString(fmt.Sprintf("%s-%d", e.String(), k))
		}
	case reflect.Struct:
		for i := range e.NumField() {
			f := e.Type().Field(i)
			if tag := f.Tag.Get("validate"); f.IsExported() && f.Type.Kind() == reflect.String && e.Field(i).String() != "" &&
				strings.Contains(","+tag+",", ",id,") {
				e.Field(i).SetString(fmt.Sprintf("%s-%d", e.Field(i).String(), k))
			}
		}
	}
}

// mapSamples returns maps made from cur, a map: of sizes just inside and
// outside the rule name=param.
func mapSamples(name, param string, cur reflect.Value) []candidate {
	n := 0
	fmt.Sscan(param, &n)
	if name != "max" && name != "min" || cur.Len() == 0 {
		return nil
	}
	var out []candidate
	first := cur.MapRange()
	first.Next()
	for _, l := range []int{n - 1, n, n + 1} {
		if l < 0 {
			continue
		}
		m := reflect.MakeMap(cur.Type())
		for i := range l {
			// Two-letter language subtags: aa, ab, ...
			m.SetMapIndex(reflect.ValueOf(string(rune('a'+i/26%26))+string(rune('a'+i%26))).Convert(cur.Type().Key()), first.Value())
		}
		out = append(out, candidate{what: fmt.Sprintf("%s: %d entries", name, l), v: m})
	}
	return out
}

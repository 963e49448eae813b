package rulegen_test

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/amitydata/amity/internal/rulegen"
)

// fuzzTypes are the types with a Valid method, in a fixed order.
func fuzzTypes() []reflect.Type {
	var out []reflect.Type
	types := rulegen.Types()
	for _, pkg := range slices.Sorted(maps.Keys(types)) {
		out = append(out, types[pkg]...)
	}
	return out
}

// FuzzValid decodes data leniently into the entity type kind chooses, sets
// the string at the site site chooses to s, and checks that Valid agrees
// with Validate. The seeds are the entities of the story and of a
// synthetic archive.
func FuzzValid(f *testing.F) {
	types := fuzzTypes()
	corpus := entities(f)
	for k, typ := range types {
		for _, v := range corpus[typ][:min(len(corpus[typ]), 3)] {
			b, err := json.Marshal(v.Interface())
			if err != nil {
				f.Fatal(err)
			}
			f.Add(uint8(k), b, uint8(0), "")
			f.Add(uint8(k), b, uint8(k+1), "x\u00a0")
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte, which uint8, s string) {
		typ := types[int(kind)%len(types)]
		p := reflect.New(typ)
		if json.Unmarshal(data, p.Interface()) != nil {
			return
		}
		var strs []site
		for _, st := range sites(typ, nil, "", nil) {
			if st.typ.Kind() == reflect.String && !st.path[len(st.path)-1].isKey {
				strs = append(strs, st)
			}
		}
		if which > 0 && len(strs) > 0 {
			st := strs[int(which)%len(strs)]
			if _, ok := at(p.Elem(), st.path); ok {
				set(p, st.path, reflect.ValueOf(s).Convert(st.typ))
			}
		}
		v := p.Elem().Interface().(verdicts)
		err := v.Validate()
		if v.Valid() != (err == nil) {
			t.Errorf("%v: Valid() = %v, Validate() = %v\n%s", typ, v.Valid(), err, strings.ToValidUTF8(string(data), "?"))
		}
	})
}

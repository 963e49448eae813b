package popolo

import (
	"slices"
	"strconv"

	"github.com/amitydata/amity"
)

// obj is an object of the input, which remembers the members read so that
// the rest can be reported.
type obj struct {
	m    map[string]any
	path amity.Path
	used map[string]bool
	rep  *Report
}

func (o *obj) at(key string) amity.Path { return o.path.Child(key) }

// get returns the member key, and false when it is absent or null.
func (o *obj) get(key string) (any, bool) {
	o.used[key] = true
	v, ok := o.m[key]
	return v, ok && v != nil
}

// str returns the string member key, "" when absent; a value of another
// type is reported and read as "".
func (o *obj) str(key string) string {
	v, ok := o.get(key)
	if !ok {
		return ""
	}
	s, isStr := v.(string)
	if !isStr {
		o.rep.fault(o.at(key), text(v), "not a string")
	}
	return s
}

// objects returns the objects of the list member key; values that are not
// objects are reported.
func (o *obj) objects(key string) []*obj {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	list, isList := v.([]any)
	if !isList {
		o.rep.fault(o.at(key), text(v), "not a list")
		return nil
	}
	out := make([]*obj, 0, len(list))
	for i, e := range list {
		path := o.at(key).Index(i)
		m, isObj := e.(map[string]any)
		if !isObj {
			if e != nil {
				o.rep.fault(path, text(e), "not an object")
			}
			continue
		}
		out = append(out, &obj{m: m, path: path, used: map[string]bool{}, rep: o.rep})
	}
	return out
}

// child returns the object member key, or nil.
func (o *obj) child(key string) *obj {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	m, isObj := v.(map[string]any)
	if !isObj {
		o.rep.fault(o.at(key), text(v), "not an object")
		return nil
	}
	return &obj{m: m, path: o.at(key), used: map[string]bool{}, rep: o.rep}
}

// rest reports every member that was not read, in order of name, as
// having no place in amity.
func (o *obj) rest(what string) {
	keys := make([]string, 0, len(o.m))
	for k, v := range o.m {
		if !o.used[k] && v != nil {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		o.rep.unmapped(o.at(k), text(o.m[k]), "amity's "+what+" has no "+strconv.Quote(k))
	}
}

// whole reports the object as left out, and marks its members read.
func (o *obj) whole(value, detail string) {
	for k := range o.m {
		o.used[k] = true
	}
	o.rep.unmapped(o.path, value, detail)
}

// faulty reports the object as left out because the input is at fault
// (see [Report.Faults]), and marks its members read.
func (o *obj) faulty(value, detail string) {
	o.rep.Faults++
	o.whole(value, detail)
}

// text returns a scalar JSON value as text, "" for an object or a list.
func text(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

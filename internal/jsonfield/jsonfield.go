// Package jsonfield tells the JSON names of a struct type's fields: the
// keys an entity's field_sources may have. Package amity checks those
// keys with the validate tag "fieldname", and package rulegen writes them
// into the entities' Valid methods; both ask this package, so that the
// two agree.
package jsonfield

import (
	"reflect"
	"strings"
)

// Names returns the JSON names of the fields of struct type t, including
// those of the structs it embeds without a JSON name (which amity's codec
// inlines). A field's name is its json tag's name, or its Go name where
// the tag gives none; unexported fields and fields tagged "-" have none.
// t must be a struct type. The map is new on every call: the caller may
// keep or change it.
func Names(t reflect.Type) map[string]bool {
	m := map[string]bool{}
	for f := range t.Fields() {
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case !f.IsExported() || name == "-" && opts == "":
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			for k := range Names(f.Type) {
				m[k] = true
			}
		case name == "":
			m[f.Name] = true
		default:
			m[name] = true
		}
	}
	return m
}

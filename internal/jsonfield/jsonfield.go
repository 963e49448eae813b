// Package jsonfield tells the JSON names of a struct type's fields: the
// keys an entity's field_sources and uncertain may have, and the members the fast
// decoders of internal/fastdecode read. Package amity checks those keys
// with the validate tag "fieldname", package rulegen writes them into the
// entities' Valid methods, and the generator of internal/fastdecode writes
// a case for each member; all ask this package, so that they agree.
package jsonfield

import (
	"reflect"
	"strings"
)

// Field is a field of a struct type as amity's JSON codec sees it: a
// member of the type's objects.
type Field struct {
	// Name is the member's name: the json tag's name, or the Go name
	// where the tag gives none.
	Name string
	// Options are the options of the json tag after the name, such as
	// "omitzero"; nil if there are none.
	Options []string
	// Field is the Go field; its Index is the path to it from the struct
	// type asked about, through the structs it inlines.
	reflect.StructField
}

// Fields returns the fields of struct type t that are members of its JSON
// objects, in the order of the type, with the fields of the structs it
// embeds without a JSON name (which amity's codec inlines) in the place
// of the embedded field. Unexported fields and fields tagged "-" are not
// members. t must be a struct type.
func Fields(t reflect.Type) []Field {
	var fields []Field
	for f := range t.Fields() {
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case !f.IsExported() || name == "-" && opts == "":
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			for _, in := range Fields(f.Type) {
				in.Index = append([]int{f.Index[0]}, in.Index...)
				fields = append(fields, in)
			}
		default:
			field := Field{Name: name, StructField: f}
			if name == "" {
				field.Name = f.Name
			}
			if opts != "" {
				field.Options = strings.Split(opts, ",")
			}
			fields = append(fields, field)
		}
	}
	return fields
}

// notKeys are the fields that the keys of field_sources and uncertain may
// not name: an entity's ID, and the fields that cite sources or mark
// others.
var notKeys = map[string]bool{"id": true, "sources": true, "field_sources": true, "uncertain": true}

// Keys returns the JSON names of the fields of struct type t that the
// keys of its field_sources and uncertain may name: those of [Names] but
// "id", "sources", "field_sources" and "uncertain", which no source is
// cited for and which are not uncertain. The map is new on every call.
func Keys(t reflect.Type) map[string]bool {
	m := Names(t)
	for k := range notKeys {
		delete(m, k)
	}
	return m
}

// Names returns the JSON names of the fields of struct type t, those
// [Fields] returns. t must be a struct type. The map is new on every
// call: the caller may keep or change it.
func Names(t reflect.Type) map[string]bool {
	m := map[string]bool{}
	for _, f := range Fields(t) {
		m[f.Name] = true
	}
	return m
}

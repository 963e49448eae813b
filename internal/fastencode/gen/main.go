// Command gen writes the encoders of package fastencode from the types of
// amity's entities: an exported encoder for each entity, and a function
// for the members of each struct type they hold, with one statement for
// each member their JSON tags name. Run it with go generate
// ./internal/fastencode; a test of this directory fails when the file it
// writes is out of date.
//
// How a member is written follows from its Go type and its tag alone
// (see [generator.value] and [generator.nonZero]): a type or a tag option
// the generator does not know makes it fail, naming the field, so that a
// new kind of field is noticed rather than written wrongly. So does a
// type with a method of its own for JSON or text, but [amity.Date].
package main

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/codegen"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/internal/jsonfield"
)

func main() { codegen.Main(generate) }

var (
	dateType   = reflect.TypeFor[amity.Date]()
	zeroerType = reflect.TypeFor[interface{ IsZero() bool }]()
)

// generator holds the file being written.
type generator struct {
	// File holds the imports and the struct types whose members get
	// a function.
	*codegen.File
}

// generate returns the Go source of the encoders of the types of ents and
// of the struct types they hold.
func generate(ents []reflect.Type) ([]byte, error) {
	g := &generator{File: codegen.NewFile()}
	var body bytes.Buffer
	for _, t := range ents {
		if t.Kind() != reflect.Struct {
			return nil, fmt.Errorf("%s: an entity that is not a struct", t)
		}
		g.Need(t)
		g.entity(&body, t)
	}
	for i := 0; i < len(g.Structs); i++ {
		if err := g.members(&body, g.Structs[i]); err != nil {
			return nil, err
		}
	}
	return g.Source("fastencode", body.Bytes())
}

// entity writes the exported encoder of the entity of type t.
func (g *generator) entity(w *bytes.Buffer, t reflect.Type) {
	fmt.Fprintf(w, `
// Append%[1]s appends to dst the JSON object of v, as json v2 writes it
// with the options of internal/jsoncodec: after prefix, if prefix is not
// empty, in place of the opening brace (see the package documentation).
// It reports false if a string of v is not valid UTF-8; the bytes it
// appended are then not JSON.
func Append%[1]s(dst []byte, v *%[2]s, prefix string) ([]byte, bool) {
	var w writer
	b, first := open(dst, prefix)
	b = w.%[3]s(b, v, first)
	return append(b, '}'), !w.bad
}
`, t.Name(), g.Name(t), codegen.MembersFunc(t))
}

// members writes the method that writes the members of struct type t.
func (g *generator) members(w *bytes.Buffer, t reflect.Type) error {
	fmt.Fprintf(w, `
// %[1]s writes the members of v, a %[2]s, in the object opened at
// first (see [open]).
func (w *writer) %[1]s(b []byte, v *%[2]s, first int) []byte {
`, codegen.MembersFunc(t), g.Name(t))
	seen := map[string]bool{}
	for _, f := range jsonfield.Fields(t) {
		code, err := g.member(f, t)
		if err != nil {
			return fmt.Errorf("%s.%s: %w", t, f.StructField.Name, err)
		}
		if seen[f.Name] {
			return fmt.Errorf("%s.%s: a second member named %q", t, f.StructField.Name, f.Name)
		}
		seen[f.Name] = true
		w.WriteString(code)
	}
	w.WriteString("return b\n}\n")
	return nil
}

// member returns the statements that write field f of struct type t.
func (g *generator) member(f jsonfield.Field, t reflect.Type) (string, error) {
	omit := false
	for _, o := range f.Options {
		if o != "omitzero" {
			return "", fmt.Errorf("json option %q, which the generator does not know how to write", o)
		}
		omit = true
	}
	lv := "v" + codegen.Selector(t, f.Index)
	name, err := jsoncodec.Marshal(f.Name)
	if err != nil {
		return "", err
	}
	val, err := g.value(lv, f.Type, 0)
	if err != nil {
		return "", err
	}
	code := fmt.Sprintf("b = key(b, first, %s)\n%s\n", strconv.Quote(string(name)+":"), val)
	if !omit {
		return code, nil
	}
	cond, err := g.nonZero(lv, f.Type)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("if %s {\n%s}\n", cond, code), nil
}

// marshaler returns the name of a method with which t, or *t, encodes
// itself as JSON or text, or "" if it has none.
func marshaler(t reflect.Type) string {
	for _, m := range []string{"MarshalJSONTo", "MarshalJSON", "AppendText", "MarshalText"} {
		if _, ok := reflect.PointerTo(t).MethodByName(m); ok {
			return m
		}
	}
	return ""
}

// value returns the statements that write lv, an addressable value of
// type t, depth lists or maps deep in the member.
func (g *generator) value(lv string, t reflect.Type, depth int) (string, error) {
	if t == dateType {
		return fmt.Sprintf("b = date(b, %s)", lv), nil
	}
	if m := marshaler(t); m != "" {
		return "", fmt.Errorf("a value of type %s, which has its own %s, which the generator does not know", t, m)
	}
	switch t.Kind() {
	case reflect.String:
		if t.PkgPath() == "" {
			return fmt.Sprintf("b = w.str(b, %s)", lv), nil
		}
		return fmt.Sprintf("b = w.str(b, string(%s))", lv), nil
	case reflect.Bool:
		return fmt.Sprintf("b = boolean(b, bool(%s))", lv), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("b = integer(b, int64(%s))", lv), nil
	case reflect.Struct:
		g.Need(t)
		// len(b) is that before the brace, whichever is evaluated first.
		return fmt.Sprintf("b = w.%s(append(b, '{'), &%s, len(b)+1)\nb = append(b, '}')", codegen.MembersFunc(t), lv), nil
	case reflect.Slice:
		return g.list(lv, t, depth)
	case reflect.Map:
		return g.object(lv, t, depth)
	}
	return "", fmt.Errorf("a value of type %s, which the generator does not know how to write", t)
}

// list returns the statements that write lv, a slice of type t.
func (g *generator) list(lv string, t reflect.Type, depth int) (string, error) {
	i := fmt.Sprintf("i%d", depth)
	elem, err := g.value(lv+"["+i+"]", t.Elem(), depth+1)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(`if %[1]s == nil {
b = null(b)
} else {
b = append(b, '[')
for %[2]s := range %[1]s {
b = comma(b, %[2]s)
%[3]s
}
b = append(b, ']')
}`, lv, i, elem), nil
}

// object returns the statements that write lv, a map of type t, its keys
// sorted.
func (g *generator) object(lv string, t reflect.Type, depth int) (string, error) {
	if t.Key().Kind() != reflect.String || marshaler(t.Key()) != "" {
		return "", fmt.Errorf("a map of type %s, whose keys are not plain strings, which the generator does not know how to write", t)
	}
	i, k := fmt.Sprintf("i%d", depth), fmt.Sprintf("k%d", depth)
	key := k
	if t.Key().PkgPath() != "" {
		key = "string(" + k + ")"
	}
	// A map's value is not addressable: a struct is written from a copy.
	src, pre := lv+"["+k+"]", ""
	if t.Elem().Kind() == reflect.Struct {
		src = fmt.Sprintf("e%d", depth)
		pre = fmt.Sprintf("%s := %s[%s]\n", src, lv, k)
	}
	elem, err := g.value(src, t.Elem(), depth+1)
	if err != nil {
		return "", err
	}
	elem = pre + elem
	return fmt.Sprintf(`if %[1]s == nil {
b = null(b)
} else {
b = append(b, '{')
for %[2]s, %[3]s := range sortedKeys(%[1]s, make([]%[4]s, 0, 8)) {
b = comma(b, %[2]s)
b = w.str(b, %[5]s)
b = append(b, ':')
%[6]s
}
b = append(b, '}')
}`, lv, i, k, g.Name(t.Key()), key, elem), nil
}

// nonZero returns the condition under which lv, a value of type t tagged
// omitzero, is written: json v2 leaves it out if its IsZero method says
// so, or, if its type has none, if it is the zero value.
func (g *generator) nonZero(lv string, t reflect.Type) (string, error) {
	if t.Implements(zeroerType) || reflect.PointerTo(t).Implements(zeroerType) {
		return "!" + lv + ".IsZero()", nil
	}
	switch t.Kind() {
	case reflect.String:
		return lv + ` != ""`, nil
	case reflect.Bool:
		return lv, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return lv + " != 0", nil
	case reflect.Slice, reflect.Map:
		return lv + " != nil", nil
	case reflect.Struct:
		if t.Comparable() && t.Name() != "" {
			return fmt.Sprintf("%s != (%s{})", lv, g.Name(t)), nil
		}
	}
	return "", fmt.Errorf("omitzero on a value of type %s, whose zero the generator does not know how to tell", t)
}

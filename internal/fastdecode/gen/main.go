// Command gen writes the fast decoders of package fastdecode from the
// types of amity's entities: a decoder for each entity and for each
// struct type they hold, with one case for each member their JSON tags
// name. Run it with go generate ./internal/fastdecode; a test of this
// directory fails when the file it writes is out of date.
//
// How a member is read follows from its Go type alone (see [readers]):
// a type the generator does not know makes it fail, naming the type and
// the field, so that a new kind of field is noticed rather than read
// wrongly.
package main

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/codegen"
	"github.com/amitydata/amity/internal/jsonfield"
	"github.com/amitydata/amity/orgs"
)

func main() { codegen.Main(generate) }

// How a string is read: the constants of package fastdecode's sharing,
// and the Decoder methods that read one string so.
const (
	own     = "asOwn"     // a copy of its own, cut from a block of memory
	shared  = "asShared"  // interned with the other strings of the decoder
	word    = "asWord"    // interned with the words of vocabularies
	country = "asCountry" // interned in the table of country codes
)

var readString = map[string]string{own: "d.own()", shared: "d.shared()", word: "d.word()", country: "d.country()"}

// readers is the rule of how strings are read, by their type. A string
// that a few hundred or thousand records repeat is interned, so that an
// archive keeps one copy of it; one that few records share is a copy of
// its own, cut from a block of memory, since interning tens of thousands
// of strings costs a miss of the processor's cache on each lookup, more
// than the copy:
//
//   - country codes (orgs.StateID): the table of country codes;
//   - the IDs of sources, ministries and organizations, a few thousand,
//     cited by most records: interned, the entity's own ID included;
//   - the IDs of officials, posts, visits, meetings, statements,
//     initiatives and ties, up to millions: their own copy, references
//     included;
//   - vocabularies, typed strings with a Valid method (topics, verbs,
//     codes, kinds): interned as words;
//   - text, string: its own copy, except in the struct types of
//     sharedText, values that many records repeat.
//
// The keys of maps are interned as words. A named string type with no
// rule here and no Valid method is an error of the generator.
var readers = map[reflect.Type]string{
	reflect.TypeFor[orgs.StateID]():                country,
	reflect.TypeFor[amity.SourceID]():              shared,
	reflect.TypeFor[orgs.MinistryID]():             shared,
	reflect.TypeFor[orgs.OrganizationID]():         shared,
	reflect.TypeFor[orgs.OfficialID]():             own,
	reflect.TypeFor[orgs.PostID]():                 own,
	reflect.TypeFor[events.VisitID]():              own,
	reflect.TypeFor[events.MeetingID]():            own,
	reflect.TypeFor[events.StatementID]():          own,
	reflect.TypeFor[cooperation.InitiativeID]():    own,
	reflect.TypeFor[cooperation.TieID]():           own,
	reflect.TypeFor[orgs.GroupID]():                own,
	reflect.TypeFor[cooperation.AgreementID]():     own,
	reflect.TypeFor[cooperation.CulturalEventID](): own,
	reflect.TypeFor[string]():                      own,
}

// sharedText are the struct types whose plain strings are interned:
// values that many records repeat, such as places (cities, venues) and
// posts (titles: "Minister of Culture").
var sharedText = map[reflect.Type]bool{
	reflect.TypeFor[orgs.Place](): true,
	reflect.TypeFor[orgs.Post]():  true,
}

var (
	dateType = reflect.TypeFor[amity.Date]()
	boolType = reflect.TypeFor[bool]()
)

// generator holds the file being written.
type generator struct {
	// File holds the imports and the struct types whose members get
	// a function.
	*codegen.File
	// lists are the struct types read in lists, each with a field of
	// the decoder's buffers.
	lists []reflect.Type
}

// generate returns the Go source of the decoders of the types of ents
// and of the struct types they hold.
func generate(ents []reflect.Type) ([]byte, error) {
	g := &generator{File: codegen.NewFile()}
	var body bytes.Buffer
	for _, t := range ents {
		g.Need(t)
		g.entity(&body, t)
	}
	for i := 0; i < len(g.Structs); i++ {
		if err := g.members(&body, g.Structs[i]); err != nil {
			return nil, err
		}
	}
	g.buffers(&body)

	return g.Source("fastdecode", body.Bytes())
}

// entity writes the exported decoder of the entity of type t.
func (g *generator) entity(w *bytes.Buffer, t reflect.Type) {
	fmt.Fprintf(w, `
// %[1]s decodes data into v, which must be the zero [%[2]s]:
// data is one object, depth levels deep in its input, that starts with
// prefix if prefix is not empty (see [Decoder]). It reports false when
// it declines data; v then holds part of it.
func (d *Decoder) %[1]s(v *%[2]s, data []byte, depth int, prefix string) bool {
	if d.begin(data, depth, prefix) {
		d.%[3]s(v)
	}
	return d.end()
}
`, t.Name(), g.Name(t), codegen.MembersFunc(t))
}

// members writes the method that reads the members of struct type t.
func (g *generator) members(w *bytes.Buffer, t reflect.Type) error {
	fields := jsonfield.Fields(t)
	if len(fields) > 64 {
		return fmt.Errorf("%s: %d fields, more than the 64 bits that mark the members read", t, len(fields))
	}
	fmt.Fprintf(w, `
// %[1]s reads the members of a %[2]s into v, after the opening brace.
func (d *Decoder) %[1]s(v *%[2]s) {
	var seen uint64
	for {
		switch string(d.key()) {
`, codegen.MembersFunc(t), g.Name(t))
	for i, f := range fields {
		for _, o := range f.Options {
			if o != "omitzero" && o != "omitempty" {
				return fmt.Errorf("%s.%s: json option %q, which the generator does not know how to read", t, f.StructField.Name, o)
			}
		}
		code, err := g.read("v"+codegen.Selector(t, f.Index), f.Type, t)
		if err != nil {
			return fmt.Errorf("%s.%s: %w", t, f.StructField.Name, err)
		}
		fmt.Fprintf(w, "case %q:\nd.once(&seen, %d)\n%s\n", f.Name, i, code)
	}
	w.WriteString(`default:
			d.fail()
		}
		if d.bad || !d.more('}') {
			return
		}
	}
}
`)
	return nil
}

// read returns the statement that reads a value of type t, a field of
// struct type owner, into lv.
func (g *generator) read(lv string, t, owner reflect.Type) (string, error) {
	if m := unmarshaler(t); m != "" && t != dateType {
		return "", fmt.Errorf("a field of type %s, which has its own %s, which the generator does not know", t, m)
	}
	if t.Kind() == reflect.Struct && t != dateType {
		g.Need(t)
		return fmt.Sprintf("if d.object() {\nd.%s(&%s)\n}", codegen.MembersFunc(t), lv), nil
	}
	e, err := g.expr(t, owner)
	if err != nil {
		return "", err
	}
	return lv + " = " + e, nil
}

// unmarshaler returns the name of the method with which t, or *t,
// decodes itself from JSON or text, or "" if it has none.
func unmarshaler(t reflect.Type) string {
	for _, m := range []string{"UnmarshalJSON", "UnmarshalJSONFrom", "UnmarshalText"} {
		if _, ok := reflect.PointerTo(t).MethodByName(m); ok {
			return m
		}
	}
	return ""
}

// expr returns the expression that reads a value of type t, held by
// struct type owner.
func (g *generator) expr(t, owner reflect.Type) (string, error) {
	if m := unmarshaler(t); m != "" && t != dateType {
		return "", fmt.Errorf("a field of type %s, which has its own %s, which the generator does not know", t, m)
	}
	switch {
	case t == dateType:
		return "d.date()", nil
	case t == boolType:
		return "d.boolean()", nil
	case t.Kind() == reflect.Int && t.PkgPath() == "":
		return "d.integer()", nil
	case t.Kind() == reflect.Struct && t != dateType && t.Name() != "":
		g.Need(t)
		return fmt.Sprintf("func() (v %s) {\nif d.object() {\nd.%s(&v)\n}\nreturn v\n}()", g.Name(t), codegen.MembersFunc(t)), nil
	case t.Kind() == reflect.String:
		how, err := sharing(t, owner)
		if err != nil {
			return "", err
		}
		if t.PkgPath() == "" {
			return readString[how], nil
		}
		return g.Name(t) + "(" + readString[how] + ")", nil
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		how, err := sharing(t.Elem(), owner)
		if err != nil {
			return "", err
		}
		if t.Name() != "" {
			return "", fmt.Errorf("a list of the named type %s, which the generator does not know how to read", t)
		}
		return fmt.Sprintf("stringList[%s](d, %s)", g.Name(t.Elem()), how), nil
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct && t.Elem() != dateType && t.Name() == "":
		g.Need(t.Elem())
		if !slices.Contains(g.lists, t.Elem()) {
			g.lists = append(g.lists, t.Elem())
		}
		return fmt.Sprintf("objects(d, &d.mem.buf.%s, (*Decoder).%s)", bufferField(t.Elem()), codegen.MembersFunc(t.Elem())), nil
	case t.Kind() == reflect.Map && t.Key() == reflect.TypeFor[string]():
		v, err := g.expr(t.Elem(), owner)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("objectMap[%s](d, func() %s { return %s })", g.Name(t), g.Name(t.Elem()), v), nil
	}
	return "", fmt.Errorf("a field of type %s, which the generator does not know how to read", t)
}

// sharing returns how a string of type t, held by struct type owner, is
// read, by the rule of [readers].
func sharing(t, owner reflect.Type) (string, error) {
	if t == reflect.TypeFor[string]() && sharedText[owner] {
		return shared, nil
	}
	if how, ok := readers[t]; ok {
		return how, nil
	}
	if m, ok := t.MethodByName("Valid"); ok && m.Type.NumIn() == 1 && m.Type.NumOut() == 1 && m.Type.Out(0) == boolType {
		return word, nil
	}
	return "", fmt.Errorf("a string of type %s, which has no rule of reading (add one to the readers of the generator) and no Valid method", t)
}

// bufferField returns the name of the field of the decoder's buffers
// that lists of struct type t are cut from.
func bufferField(t reflect.Type) string {
	return strings.ToLower(t.Name()[:1]) + t.Name()[1:]
}

// buffers writes the type of the decoder's buffers: a block for the
// lists of each struct type read in lists.
func (g *generator) buffers(w *bytes.Buffer) {
	w.WriteString("\n// buffers holds the blocks that lists of objects are cut from.\ntype buffers struct {\n")
	for _, t := range g.lists {
		fmt.Fprintf(w, "%s lists[%s]\n", bufferField(t), g.Name(t))
	}
	w.WriteString("}\n")
	w.WriteString("\n// recycle clears the blocks of b and cuts the next lists from their\n// start (see Decoder.Recycle).\nfunc (b *buffers) recycle() {\n")
	for _, t := range g.lists {
		fmt.Fprintf(w, "b.%s.recycle()\n", bufferField(t))
	}
	w.WriteString("}\n")
}

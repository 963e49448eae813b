package schema_test

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	jsv "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/internal/jsonschema"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/schema"
)

// TestFileUpToDate regenerates the schema from the Go types and fails when
// the committed file differs; -update rewrites the file.
func TestFileUpToDate(t *testing.T) {
	s, err := jsonschema.Amity("..")
	if err != nil {
		t.Fatal(err)
	}
	want, err := jsonschema.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	formattest.Golden(t, schema.FileName, want)
	if !bytes.Equal(schema.AmityV2(), want) && !formattest.Update() {
		t.Errorf("AmityV2 differs from %s", schema.FileName)
	}
}

// document is amity's JSON document, as the tests read it.
type document struct {
	Schema string `json:"schema"`
	relations.Records
}

// compile returns the committed schema of the current format, compiled.
func compile(t *testing.T) *jsv.Schema {
	t.Helper()
	return compileFile(t, schema.FileName, schema.AmityV2())
}

// compileFile returns the schema b, named name, compiled.
func compileFile(t *testing.T, name string, b []byte) *jsv.Schema {
	t.Helper()
	doc, err := jsv.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	c := jsv.NewCompiler()
	if err := c.AddResource(name, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// story returns the story (internal/azernews) as amity's JSON document, as
// relations.WriteJSON writes it, decoded as generic JSON for the schema
// validator. The lists are in order of ID: meetings[0] is the meeting with
// Mehdi Imanipur, meetings[1] that with Mehdi Ismaili, sources[1] APA's
// report, organizations[1] the Islamic Culture and Relations Organization.
func story(t *testing.T) map[string]any {
	t.Helper()
	r := formattest.Story(t)
	return generic(t, formattest.JSON(t, &r))
}

// generic returns the JSON document doc as generic JSON.
func generic(t *testing.T, doc []byte) map[string]any {
	t.Helper()
	v, err := jsv.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return v.(map[string]any)
}

// goAccepts reports the first reason amity's Go reader and validator
// reject the JSON value v, or "" if they accept it.
func goAccepts(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	var doc document
	if err := jsoncodec.Unmarshal(b, &doc); err != nil {
		return err.Error()
	}
	if doc.Schema != relations.Schema {
		return "schema is " + strconv.Quote(doc.Schema)
	}
	if err := relations.Validate(&doc.Records); err != nil {
		return err.Error()
	}
	return ""
}

// storyLacks are the kinds of entity the story does not hold: its article
// names no group, agreement or cultural event, and internal/azernews adds
// nothing the article does not say.
var storyLacks = map[relations.Kind]bool{relations.KindGroup: true, relations.KindAgreement: true, relations.KindEvent: true}

// TestDatasetsValid checks that the test datasets are valid by the
// schema and by amity's own validation, and hold some of every kind (the
// story, of every kind its article reports).
func TestDatasetsValid(t *testing.T) {
	s := compile(t)
	for _, d := range append(formattest.Datasets(t), formattest.Dataset{Name: "every-field archive", Records: everyField()}) {
		t.Run(d.Name, func(t *testing.T) {
			doc := generic(t, formattest.JSON(t, &d.Records))
			if err := s.Validate(doc); err != nil {
				t.Fatalf("does not validate against the schema: %v", err)
			}
			if reason := goAccepts(doc); reason != "" {
				t.Fatalf("amity rejects it: %s", reason)
			}
			for _, k := range relations.Kinds() {
				if !k.TopLevel() {
					continue
				}
				list, _ := doc[k.Plural()].([]any)
				switch lacks := d.Name == "story" && storyLacks[k]; {
				case len(list) == 0 && !lacks:
					t.Errorf("no %s", k.Plural())
				case len(list) > 0 && lacks:
					t.Errorf("%d %s, which the story was not known to hold: update storyLacks", len(list), k.Plural())
				}
			}
		})
	}
}

// TestV1Upgrade checks the schema of the first format against the
// upgrade: the story written in amity/v1 (each ministry with one
// "portfolio") is valid by the amity/v1 schema and not by the current
// one, and relations.UpgradeJSON makes of it a document valid by the
// current schema, which amity reads as the story.
func TestV1Upgrade(t *testing.T) {
	v1, v2 := compileFile(t, schema.FileNameV1, schema.AmityV1()), compile(t)
	doc := story(t)
	doc["schema"] = relations.SchemaV1
	for _, m := range doc["ministries"].([]any) {
		m := m.(map[string]any)
		m["portfolio"] = m["portfolios"].([]any)[0]
		delete(m, "portfolios")
	}
	if err := v1.Validate(doc); err != nil {
		t.Fatalf("the story in amity/v1 does not validate against %s: %v", schema.FileNameV1, err)
	}
	if err := v2.Validate(doc); err == nil {
		t.Errorf("the story in amity/v1 validates against %s", schema.FileName)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var up bytes.Buffer
	if err := relations.UpgradeJSON(&up, bytes.NewReader(b)); err != nil {
		t.Fatal(err)
	}
	if err := v2.Validate(generic(t, up.Bytes())); err != nil {
		t.Errorf("the upgraded story does not validate against %s: %v", schema.FileName, err)
	}
	if reason := goAccepts(generic(t, up.Bytes())); reason != "" {
		t.Errorf("amity rejects the upgraded story: %s", reason)
	}
}

// at returns the object at path in v, a path of member names and list
// indexes.
func at(v any, path ...any) map[string]any {
	for _, p := range path {
		switch p := p.(type) {
		case string:
			v = v.(map[string]any)[p]
		case int:
			v = v.([]any)[p]
		}
	}
	return v.(map[string]any)
}

// TestHostile checks that documents with structural faults fail the
// schema, at the value at fault and by the keyword that states the rule,
// and that amity's reader or validator rejects them too.
func TestHostile(t *testing.T) {
	s := compile(t)
	tests := []struct {
		name     string
		change   func(doc map[string]any)
		location string // JSON pointer of the value at fault; "*" for any
		keyword  string // the keyword that fails
	}{
		{"unknown member at the top", func(d map[string]any) { d["colour"] = "red" }, "", "additionalProperties"},
		{"unknown member in a meeting", func(d map[string]any) { at(d, "meetings", 0)["colour"] = "red" }, "/meetings/0", "additionalProperties"},
		{"unknown member in a place", func(d map[string]any) { at(d, "meetings", 1, "place")["colour"] = "red" }, "/meetings/1/place", "additionalProperties"},
		{"case variant of a member", func(d map[string]any) { at(d, "states", 0)["ID"] = "AZ" }, "/states/0", "additionalProperties"},
		{"string for a list", func(d map[string]any) { at(d, "meetings", 0)["participants"] = "anar-karimov" }, "/meetings/0/participants", "type"},
		{"number for a string", func(d map[string]any) { at(d, "states", 0)["name"] = json.Number("5") }, "/states/0/name", "type"},
		{"null for a list", func(d map[string]any) { d["sources"] = nil }, "/sources", "type"},
		{"object for a list", func(d map[string]any) { d["ties"] = map[string]any{} }, "/ties", "type"},
		{"missing required date", func(d map[string]any) { delete(at(d, "meetings", 0), "date") }, "/meetings/0", "required"},
		{"missing required sources", func(d map[string]any) { delete(at(d, "visits", 0), "sources") }, "/visits/0", "required"},
		{"missing schema", func(d map[string]any) { delete(d, "schema") }, "", "required"},
		{"first schema version", func(d map[string]any) { d["schema"] = "amity/v1" }, "/schema", "const"},
		{"later schema version", func(d map[string]any) { d["schema"] = "amity/v3" }, "/schema", "const"},
		{"unknown topic", func(d map[string]any) { at(d, "meetings", 0)["topics"].([]any)[0] = "cuisine" }, "/meetings/0/topics/0", "enum"},
		{"unknown verb", func(d map[string]any) { at(d, "meetings", 0, "statements", 0)["verb"] = "whispered" }, "/meetings/0/statements/0/verb", "enum"},
		{"unknown status", func(d map[string]any) { at(d, "initiatives", 0, "history", 0)["status"] = "dreamt" }, "/initiatives/0/history/0/status", "enum"},
		{"unknown CAMEO code", func(d map[string]any) { at(d, "meetings", 0, "codes", 0)["cameo"] = "999" }, "/meetings/0/codes/0/cameo", "enum"},
		{"lower-case country", func(d map[string]any) { at(d, "meetings", 0, "participants", 0)["state"] = "az" }, "/meetings/0/participants/0/state", "enum"},
		{"month 13", func(d map[string]any) { at(d, "meetings", 1)["date"] = "2022-13" }, "/meetings/1/date", "pattern"},
		{"ID with a space", func(d map[string]any) { at(d, "officials", 0)["id"] = "anar karimov" }, "/officials/0/id", "pattern"},
		{"empty name", func(d map[string]any) { at(d, "states", 0)["name"] = "" }, "/states/0/name", "pattern"},
		{"name of 513 characters", func(d map[string]any) { at(d, "states", 0)["name"] = strings.Repeat("ə", 513) }, "/states/0/name", "maxLength"},
		{"NUL in a name", func(d map[string]any) { at(d, "officials", 0)["name"] = "Anar\x00Karimov" }, "/officials/0/name", "pattern"},
		{"line feed in a title", func(d map[string]any) { at(d, "meetings", 0)["title"] = "Anar Karimov\nmeets" }, "/meetings/0/title", "pattern"},
		{"space at the end of a summary", func(d map[string]any) { at(d, "meetings", 0)["summary"] = "Talks. " }, "/meetings/0/summary", "pattern"},
		{"ftp URL", func(d map[string]any) { at(d, "sources", 1)["url"] = "ftp://apa.az/" }, "/sources/1/url", "pattern"},
		{"Wikidata ID with a leading zero", func(d map[string]any) { at(d, "states", 0)["wikidata"] = "Q0227" }, "/states/0/wikidata", "pattern"},
		{"bad language tag", func(d map[string]any) { at(d, "states", 0)["local_names"] = map[string]any{"AZ": "Azərbaycan"} }, "*", "propertyNames"},
		{"field source for no field", func(d map[string]any) { at(d, "meetings", 1, "field_sources")["colour"] = []any{"mehr-2022-06-20"} }, "*", "propertyNames"},
		{"one participant", func(d map[string]any) {
			m := at(d, "meetings", 0)
			m["participants"] = m["participants"].([]any)[:1]
			delete(m, "statements")
		}, "/meetings/0/participants", "minItems"},
		{"speaker twice", func(d map[string]any) {
			at(d, "meetings", 0, "statements", 0)["speakers"] = []any{"anar-karimov", "anar-karimov"}
		}, "/meetings/0/statements/0/speakers", "uniqueItems"},
		{"tie of three states", func(d map[string]any) { at(d, "ties", 0)["states"] = []any{"AZ", "IR", "TR"} }, "/ties/0/states", "maxItems"},
		{"statement without summary or quote", func(d map[string]any) { delete(at(d, "meetings", 0, "statements", 0), "summary") }, "/meetings/0/statements/0", "anyOf"},
		{"organization with two parents", func(d map[string]any) {
			o := at(d, "organizations", 1)
			o["parent_ministry"] = "ir-ministry-of-culture-and-islamic-guidance"
			o["parent_organization"] = "unesco"
		}, "/organizations/1", "not"},
		{"twinning without places", func(d map[string]any) { at(d, "ties", 0)["kind"] = "twinning" }, "/ties/0", "required"},
		{"diplomatic tie with places", func(d map[string]any) {
			at(d, "ties", 0)["places"] = []any{map[string]any{"city": "Shusha", "country": "AZ"}, map[string]any{"country": "IR"}}
		}, "/ties/0", "not"},
		{"participant both an official and a group", func(d map[string]any) {
			at(d, "meetings", 0, "participants", 0)["group"] = "az-delegation"
		}, "/meetings/0/participants/0", "not"},
		{"group of an unknown kind", func(d map[string]any) {
			d["groups"] = []any{map[string]any{"id": "az-delegation", "kind": "crowd", "sources": []any{"azernews-2022-06-22"}}}
		}, "/groups/0/kind", "enum"},
		{"agreement in force on signature and later", func(d map[string]any) {
			d["agreements"] = []any{agreement(map[string]any{"in_force_on_signature": true, "entry_into_force": "2022-08"})}
		}, "/agreements/0", "not"},
		{"agreement with a relation and no parent", func(d map[string]any) {
			d["agreements"] = []any{agreement(map[string]any{"relation": "implements"})}
		}, "/agreements/0", "required"},
		{"signatory for no body", func(d map[string]any) {
			d["agreements"] = []any{agreement(map[string]any{"signatories": []any{map[string]any{"official": "anar-karimov"}}})}
		}, "/agreements/0/signatories/0", "required"},
		{"cultural event without history", func(d map[string]any) {
			d["events"] = []any{map[string]any{"id": "e", "kind": "festival", "title": "Film festivals", "sources": []any{"azernews-2022-06-22"}}}
		}, "/events/0", "required"},
		{"unknown status of a cultural event", func(d map[string]any) {
			d["events"] = []any{map[string]any{"id": "e", "kind": "festival", "title": "Film festivals", "sources": []any{"azernews-2022-06-22"},
				"history": []any{map[string]any{"status": "postponed", "sources": []any{"azernews-2022-06-22"}}}}}
		}, "/events/0/history/0/status", "enum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := story(t)
			tt.change(doc)
			err := s.Validate(doc)
			verr, ok := err.(*jsv.ValidationError)
			if !ok {
				t.Fatalf("the schema accepts it (err = %v)", err)
			}
			var found []string
			if !failsAt(verr, tt.location, tt.keyword, &found) {
				t.Errorf("no %s error at %q; errors:\n%s", tt.keyword, tt.location, strings.Join(found, "\n"))
			}
			if goAccepts(doc) == "" {
				t.Errorf("amity accepts what the schema rejects")
			}
		})
	}
}

// agreement returns a valid agreement of the story's states with the
// members of more added or replaced.
func agreement(more map[string]any) map[string]any {
	a := map[string]any{"id": "az-ir-agreement", "kind": "memorandum_of_understanding", "title": "Memorandum on culture",
		"parties": []any{map[string]any{"state": "AZ"}, map[string]any{"state": "IR"}}, "signed": "2022-06-20",
		"sources": []any{"azernews-2022-06-22"}}
	maps.Copy(a, more)
	return a
}

// failsAt reports whether err, or an error it was caused by, is a failure
// of keyword at the JSON pointer location ("*": anywhere), and adds to
// found every failure it sees. The instance location of a propertyNames
// failure is not reliable in jsonschema v6.0.3 (it shares its slice with
// the validator's, which later values overwrite), so the cases of
// propertyNames match the keyword anywhere.
func failsAt(err *jsv.ValidationError, location, keyword string, found *[]string) bool {
	loc := ""
	if len(err.InstanceLocation) > 0 {
		loc = "/" + strings.Join(err.InstanceLocation, "/")
	}
	path := err.ErrorKind.KeywordPath()
	kw := strings.ToLower(strings.TrimPrefix(fmt.Sprintf("%T", err.ErrorKind), "*kind.")) // "not" has no path
	if len(path) > 0 {
		kw = path[len(path)-1]
	}
	*found = append(*found, loc+" "+kw)
	if kw == keyword && (location == "*" || loc == location) {
		return true
	}
	for _, c := range err.Causes {
		if failsAt(c, location, keyword, found) {
			return true
		}
	}
	return false
}

// everyField is a synthetic archive made with synth.Config.EveryField,
// which sets every field of every type somewhere: with the document of
// all fields, it holds a value of every field for the schema to check.
func everyField() relations.Records {
	return synth.Generate(synth.Config{Seed: 3, Meetings: 400, EveryField: true})
}

// TestAllFieldsSetsEveryField checks that the document of all fields and
// the every-field archive are what their names say: each JSON field of
// each type of amity's records (a Meeting's "visit", a Statement's
// "speakers_inferred", a Place's "wikidata", ...) is set, not zero,
// somewhere in them, so that the tests that check them against the schema
// exercise every field. A field added to a type needs a value in the
// archive (internal/synth), or in the document.
func TestAllFieldsSetsEveryField(t *testing.T) {
	r := formattest.AllFields(t)
	fields := map[string]bool{}
	typeFields(reflect.TypeFor[relations.Records](), "", fields, map[reflect.Type]bool{})
	valueFields(reflect.ValueOf(r), "", fields)
	valueFields(reflect.ValueOf(everyField()), "", fields)
	var unset []string
	for f, set := range fields {
		if !set {
			unset = append(unset, f)
		}
	}
	slices.Sort(unset)
	if len(unset) > 0 {
		t.Errorf("%s and the every-field archive set none of:\n%s", formattest.AllFieldsFile, strings.Join(unset, "\n"))
	}
	for _, f := range []string{"Meeting.visit", "Place.wikidata", "State.aliases", "EventCode.plover_mode", "StatusChange.meeting"} {
		if _, ok := fields[f]; !ok {
			t.Errorf("the walk of the types misses %s", f)
		}
	}
}

// leaf reports whether values of t are written as one JSON value, not as
// an object of fields: text, numbers, dates and maps of them.
func leaf(t reflect.Type) bool {
	if t.Implements(reflect.TypeFor[encoding.TextMarshaler]()) {
		return true
	}
	switch t.Kind() {
	case reflect.Struct:
		return false
	case reflect.Slice, reflect.Array, reflect.Pointer:
		return leaf(t.Elem())
	case reflect.Map:
		return leaf(t.Elem())
	}
	return true
}

// elem returns the struct type that values of t hold, for slices,
// pointers and maps of structs, and t itself otherwise.
func elem(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Pointer || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	return t
}

// jsonName returns the JSON name of a struct field, and whether its
// fields are inlined into the struct's.
func jsonName(f reflect.StructField) (name string, inline bool) {
	tag := f.Tag.Get("json")
	name, opts, _ := strings.Cut(tag, ",")
	return name, strings.Contains(","+opts+",", ",inline,") || f.Anonymous && name == ""
}

// typeFields adds to fields, as "Type.name" and false, each JSON field of
// the struct type t and of the struct types it holds; owner names the
// type whose fields an inlined struct's fields are.
func typeFields(t reflect.Type, owner string, fields map[string]bool, seen map[reflect.Type]bool) {
	t = elem(t)
	if t.Kind() != reflect.Struct || leaf(t) {
		return
	}
	if owner == "" {
		if seen[t] {
			return
		}
		seen[t] = true
		owner = t.Name()
	}
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, inline := jsonName(f)
		if inline {
			typeFields(f.Type, owner, fields, seen)
			continue
		}
		if name == "-" {
			continue
		}
		if t != reflect.TypeFor[relations.Records]() {
			fields[owner+"."+name] = false
		}
		if !leaf(f.Type) {
			typeFields(f.Type, "", fields, seen)
		}
	}
}

// valueFields marks in fields, as true, each JSON field that v, or a value
// it holds, sets to other than its zero value.
func valueFields(v reflect.Value, owner string, fields map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			valueFields(v.Elem(), owner, fields)
		}
		return
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			valueFields(v.Index(i), "", fields)
		}
		return
	case reflect.Map:
		for _, k := range v.MapKeys() {
			valueFields(v.MapIndex(k), "", fields)
		}
		return
	case reflect.Struct:
	default:
		return
	}
	if leaf(v.Type()) {
		return
	}
	if owner == "" {
		owner = v.Type().Name()
	}
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		name, inline := jsonName(f)
		if inline {
			valueFields(v.Field(i), owner, fields)
			continue
		}
		if !v.Field(i).IsZero() {
			fields[owner+"."+name] = true
		}
		valueFields(v.Field(i), "", fields)
	}
}

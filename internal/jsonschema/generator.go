package jsonschema

import (
	"encoding/json"
	"fmt"
	"maps"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity/internal/jsonfield"
)

// Generator derives object schemas from Go struct types. Its fields supply
// what reflection cannot see; set them before the first call to
// [Generator.Object], and do not change them afterwards. A Generator is not
// safe for concurrent use.
//
// The shape comes from the json tags: a field's name, a struct embedded
// with an empty name inlined into its parent, "-" left out. Every object
// forbids members it does not define (additionalProperties false). The
// constraints come from the validate tags, read as go-playground/validator
// reads them:
//
//   - required: the member must be present, and not empty (minLength,
//     minItems or minProperties 1 where nothing else says so);
//   - min, max, len: minLength/maxLength for strings, minItems/maxItems for
//     lists, minProperties/maxProperties for maps;
//   - unique: uniqueItems; dive: what follows applies to the elements of a
//     list or the values of a map; keys ... endkeys: to the keys of a map;
//   - enum: the values [Generator.Enum] gives, as a definition named after
//     the type;
//   - fieldname (on map keys): the JSON names of the struct holding the map;
//   - required_without, excluded_with, required_if, excluded_unless: rules
//     on the object that holds the field (anyOf, not, if/then/else);
//   - a tag in [Generator.Tags]: a reference to its definition;
//   - a tag in [Generator.Ignore]: nothing (a rule no schema can state).
//
// Any other tag is an error, so that a new rule cannot go unnoticed.
// omitempty is read as "the member may be absent": the schema describes the
// canonical document, in which optional members with zero values are left
// out rather than written empty.
type Generator struct {
	// Defs holds the definitions the schema refers to, by name. Seed it
	// with the definitions Tags and Types name; the generator adds one for
	// each struct type ("orgs.State") and each enum type ("orgs.Role").
	Defs map[string]*Schema
	// Tags maps a custom validate tag on a string ("id", "line") to the
	// name of the definition in Defs that states it.
	Tags map[string]string
	// Ignore lists the validate tags that state rules across fields that a
	// schema cannot express ("notbefore"), with the reason, for documents
	// and tests.
	Ignore map[string]string
	// Types maps types whose JSON form is their own business (a type that
	// marshals as text) to the name of their definition in Defs.
	Types map[reflect.Type]string
	// Enum returns the valid values of a string type whose field carries
	// the tag "enum". Each must be Valid, which the generator checks.
	Enum func(reflect.Type) ([]string, error)
	// Doc returns the doc comment of type t, when field is "", or of its
	// field with that Go name; "" when there is none. Optional.
	Doc func(t reflect.Type, field string) string
}

// Object returns the object schema of struct type t, not a reference to
// it, and adds to g.Defs the definitions of the types it uses.
func (g *Generator) Object(t reflect.Type) (*Schema, error) {
	if t.Kind() != reflect.Struct {
		return nil, fmt.Errorf("jsonschema: %v is not a struct", t)
	}
	s := &Schema{Type: "object", Description: g.doc(t, ""), AdditionalProperties: False()}
	if err := g.fields(t, t, s); err != nil {
		return nil, err
	}
	return s, nil
}

// DefName returns the name of the definition of a named type:
// "orgs.State" for orgs.State, "amity.Source" for amity.Source.
func DefName(t reflect.Type) string {
	return path.Base(t.PkgPath()) + "." + t.Name()
}

func (g *Generator) doc(t reflect.Type, field string) string {
	if g.Doc == nil {
		return ""
	}
	return g.Doc(t, field)
}

// fields adds the members of struct t to s, owner being the struct that
// the members belong to in JSON (t itself, or the struct t is inlined in).
func (g *Generator) fields(owner, t reflect.Type, s *Schema) error {
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
			continue
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			// Inlined, as encoding/json does, exported or not; the tag
			// named makes its member name required.
			if err := g.fields(owner, f.Type, s); err != nil {
				return err
			}
			if slices.Contains(parseTag(f.Tag.Get("validate")).levels[0], "named") {
				s.Required = append(s.Required, "name")
			}
			continue
		case !f.IsExported():
			continue
		case name == "":
			name = f.Name
		}
		tag := parseTag(f.Tag.Get("validate"))
		fs, err := g.value(owner, f.Type, tag, 0)
		if err != nil {
			return fmt.Errorf("%v.%s: %w", t, f.Name, err)
		}
		fs.Description = g.doc(t, f.Name)
		s.Properties = append(s.Properties, Property{Name: name, Schema: fs})
		if err := g.objectRules(owner, s, name, tag.levels[0]); err != nil {
			return fmt.Errorf("%v.%s: %w", t, f.Name, err)
		}
	}
	return nil
}

// objectRules adds to s the rules of the first level of a field's tag that
// concern the object: required, and the conditional rules.
func (g *Generator) objectRules(owner reflect.Type, s *Schema, name string, rules []string) error {
	for _, r := range rules {
		tag, param, _ := strings.Cut(r, "=")
		switch tag {
		case "required":
			s.Required = append(s.Required, name)
		case "required_without", "required_with", "excluded_with", "excluded_without":
			other, err := jsonName(owner, param)
			if err != nil {
				return err
			}
			switch tag {
			case "required_without":
				s.AllOf = append(s.AllOf, &Schema{AnyOf: []*Schema{requires(name), requires(other)}})
			case "required_with": // other present: name required
				s.AllOf = append(s.AllOf, &Schema{AnyOf: []*Schema{{Not: requires(other)}, requires(name)}})
			case "excluded_with":
				s.AllOf = append(s.AllOf, &Schema{Not: requires(name, other)})
			default: // excluded_without: name present, other required
				s.AllOf = append(s.AllOf, &Schema{AnyOf: []*Schema{{Not: requires(name)}, requires(other)}})
			}
		case "required_if", "excluded_unless":
			field, value, ok := strings.Cut(param, " ")
			if !ok {
				return fmt.Errorf("rule %q: want a field and a value", r)
			}
			other, err := jsonName(owner, field)
			if err != nil {
				return err
			}
			cond := &Schema{Properties: Properties{{Name: other, Schema: Const(value)}}, Required: []string{other}}
			if tag == "required_if" {
				addConditional(s, cond, requires(name), nil)
			} else {
				addConditional(s, cond, nil, &Schema{Not: requires(name)})
			}
		}
	}
	return nil
}

// addConditional adds if cond then/else to s, merged into an earlier
// conditional on the same condition.
func addConditional(s *Schema, cond, then, els *Schema) {
	key, _ := json.Marshal(cond)
	for _, c := range s.AllOf {
		if c.If == nil {
			continue
		}
		if k, _ := json.Marshal(c.If); string(k) != string(key) {
			continue
		}
		if then != nil {
			c.Then = mergeRequired(c.Then, then)
		}
		if els != nil {
			c.Else = mergeAll(c.Else, els)
		}
		return
	}
	s.AllOf = append(s.AllOf, &Schema{If: cond, Then: then, Else: els})
}

// requires returns the schema of an object that has the members names.
// Each is also named in properties, with a schema that accepts any value:
// the rules on the member's value are the object's own, but Ajv's strict
// mode (strictRequired) wants each name that required lists defined in
// the same schema, and does not look for it in the schema around it.
func requires(names ...string) *Schema {
	s := &Schema{Required: names}
	for _, n := range names {
		s.Properties = append(s.Properties, Property{Name: n, Schema: &Schema{}})
	}
	return s
}

func mergeRequired(a, b *Schema) *Schema {
	if a == nil {
		return b
	}
	a.Properties = append(a.Properties, b.Properties...)
	a.Required = append(a.Required, b.Required...)
	return a
}

func mergeAll(a, b *Schema) *Schema {
	if a == nil {
		return b
	}
	return &Schema{AllOf: []*Schema{a, b}}
}

// jsonName returns the JSON name of the field of struct t that Go names
// goName, looking into inlined structs.
func jsonName(t reflect.Type, goName string) (string, error) {
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			if n, err := jsonName(f.Type, goName); err == nil {
				return n, nil
			}
			continue
		}
		if f.Name != goName {
			continue
		}
		if name == "" {
			name = f.Name
		}
		return name, nil
	}
	return "", fmt.Errorf("%v has no field %s", t, goName)
}

// tag is a validate tag split into levels: levels[0] applies to the field,
// levels[1] to its elements or values after the first "dive", and so on;
// keys[i] applies to the keys of the map whose values levels[i] describes.
type tag struct {
	levels [][]string
	keys   map[int][]string
}

func parseTag(s string) tag {
	t := tag{levels: [][]string{nil}, keys: map[int][]string{}}
	if s == "" {
		return t
	}
	inKeys := false
	for r := range strings.SplitSeq(s, ",") {
		level := len(t.levels) - 1
		switch {
		case r == "dive":
			t.levels = append(t.levels, nil)
		case r == "keys":
			inKeys = true
		case r == "endkeys":
			inKeys = false
		case inKeys:
			t.keys[level] = append(t.keys[level], r)
		default:
			t.levels[level] = append(t.levels[level], r)
		}
	}
	return t
}

// value returns the schema of a value of type t at level i of tag, in a
// field of struct owner.
func (g *Generator) value(owner, t reflect.Type, tg tag, i int) (*Schema, error) {
	var rules []string
	if i < len(tg.levels) {
		rules = tg.levels[i]
	}
	var s *Schema
	switch name, ok := g.Types[t]; {
	case ok:
		s = Ref(name)
	case t.Kind() == reflect.Struct:
		name, err := g.structDef(t)
		if err != nil {
			return nil, err
		}
		s = Ref(name)
	case t.Kind() == reflect.Slice:
		items, err := g.value(owner, t.Elem(), tg, i+1)
		if err != nil {
			return nil, err
		}
		s = &Schema{Type: "array", Items: items}
	case t.Kind() == reflect.Map:
		if t.Key().Kind() != reflect.String {
			return nil, fmt.Errorf("map key %v is not a string", t.Key())
		}
		values, err := g.value(owner, t.Elem(), tg, i+1)
		if err != nil {
			return nil, err
		}
		s = &Schema{Type: "object", AdditionalProperties: values}
		if keys := tg.keys[i+1]; len(keys) > 0 {
			if s.PropertyNames, err = g.keyRules(owner, t.Key(), keys); err != nil {
				return nil, err
			}
		}
	case t.Kind() == reflect.String:
		s = &Schema{Type: "string"}
	case t.Kind() == reflect.Bool:
		s = &Schema{Type: "boolean"}
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Uint64:
		s = &Schema{Type: "integer"}
	default:
		return nil, fmt.Errorf("no schema for %v", t)
	}
	if err := g.apply(s, t, rules, i == 0); err != nil {
		return nil, err
	}
	if s.Ref != "" && !s.typeKeywords() {
		s.Type = ""
	}
	return s, nil
}

// keyRules returns the schema of the keys of a map held by owner.
func (g *Generator) keyRules(owner, t reflect.Type, rules []string) (*Schema, error) {
	s := &Schema{Type: "string"}
	var rest []string
	for _, r := range rules {
		if r == "fieldname" {
			s.Enum = slices.Sorted(maps.Keys(jsonfield.Keys(owner)))
			continue
		}
		rest = append(rest, r)
	}
	if err := g.apply(s, t, rest, false); err != nil {
		return nil, err
	}
	if s.Ref != "" && !s.typeKeywords() {
		s.Type = ""
	}
	return s, nil
}

// apply adds the rules of one level to s, the schema of a value of type t.
// top tells whether the rules are a field's own, where the conditional
// rules belong (they are added to the object by objectRules).
func (g *Generator) apply(s *Schema, t reflect.Type, rules []string, top bool) error {
	required := false
	for _, r := range rules {
		tag, param, _ := strings.Cut(r, "=")
		switch tag {
		case "omitempty":
		case "required":
			required = true
		case "min", "max", "len":
			n, err := strconv.Atoi(param)
			if err != nil || n < 0 {
				return fmt.Errorf("rule %q: bad number", r)
			}
			if err := setBound(s, t, tag, n); err != nil {
				return err
			}
		case "unique":
			if t.Kind() != reflect.Slice {
				return fmt.Errorf("rule unique on %v", t)
			}
			s.UniqueItems = true
		case "enum":
			name, err := g.enumDef(t)
			if err != nil {
				return err
			}
			addRef(s, name)
		case "required_without", "required_with", "excluded_with", "excluded_without", "required_if", "excluded_unless":
			if !top {
				return fmt.Errorf("rule %q below the field itself", r)
			}
		default:
			if name, ok := g.Tags[tag]; ok {
				if t.Kind() != reflect.String {
					return fmt.Errorf("rule %q on %v, not a string", r, t)
				}
				if _, ok := g.Defs[name]; !ok {
					return fmt.Errorf("rule %q: no definition %q", r, name)
				}
				addRef(s, name)
				continue
			}
			if _, ok := g.Ignore[tag]; ok {
				continue
			}
			return fmt.Errorf("unknown validate rule %q", r)
		}
	}
	if required {
		switch {
		case t.Kind() == reflect.String && s.Ref == "" && s.Pattern == "" && len(s.Enum) == 0 && s.MinLength == nil:
			s.MinLength = new(1)
		case t.Kind() == reflect.Slice && s.MinItems == nil:
			s.MinItems = new(1)
		case t.Kind() == reflect.Map && s.MinProperties == nil:
			s.MinProperties = new(1)
		}
	}
	return nil
}

func setBound(s *Schema, t reflect.Type, tag string, n int) error {
	var lo, hi **int
	switch t.Kind() {
	case reflect.String:
		lo, hi = &s.MinLength, &s.MaxLength
	case reflect.Slice:
		lo, hi = &s.MinItems, &s.MaxItems
	case reflect.Map:
		lo, hi = &s.MinProperties, &s.MaxProperties
	default:
		return fmt.Errorf("rule %s on %v", tag, t)
	}
	if tag != "max" {
		*lo = new(n)
	}
	if tag != "min" {
		*hi = new(n)
	}
	return nil
}

// addRef makes s refer to the definition name, beside any reference it
// has already.
func addRef(s *Schema, name string) {
	if s.Ref == "" {
		s.Ref = "#/$defs/" + name
		return
	}
	s.AllOf = append(s.AllOf, Ref(name))
}

// structDef adds the definition of struct type t, once, and returns its
// name.
func (g *Generator) structDef(t reflect.Type) (string, error) {
	name := DefName(t)
	if _, ok := g.Defs[name]; ok {
		return name, nil
	}
	if t.Name() == "" {
		return "", fmt.Errorf("anonymous struct %v", t)
	}
	g.Defs[name] = &Schema{} // placeholder, for types that refer to themselves
	obj, err := g.Object(t)
	if err != nil {
		return "", err
	}
	g.Defs[name] = obj
	return name, nil
}

// enumDef adds the definition of the enum type t, once, and returns its
// name.
func (g *Generator) enumDef(t reflect.Type) (string, error) {
	name := DefName(t)
	if _, ok := g.Defs[name]; ok {
		return name, nil
	}
	if t.Kind() != reflect.String || g.Enum == nil {
		return "", fmt.Errorf("no enum values for %v", t)
	}
	values, err := g.Enum(t)
	if err != nil {
		return "", err
	}
	if len(values) == 0 {
		return "", fmt.Errorf("no enum values for %v", t)
	}
	for _, v := range values {
		if !valid(t, v) {
			return "", fmt.Errorf("enum value %q is not a valid %v", v, t)
		}
	}
	g.Defs[name] = &Schema{Type: "string", Description: g.doc(t, ""), Enum: values}
	return name, nil
}

// valid reports whether v, as a value of the string type t, is Valid.
func valid(t reflect.Type, v string) bool {
	x := reflect.New(t).Elem()
	x.SetString(v)
	vv, ok := x.Interface().(interface{ Valid() bool })
	return ok && vv.Valid()
}

// Package jsonschema derives a JSON Schema (draft 2020-12) from Go types by
// reflection: the shape from their json tags, and the constraints from the
// validate tags that amity's validator reads, so that the schema cannot
// drift from the types. [Amity] builds the schema of amity's document
// format with amity's own rules; [Generator] holds the general machinery.
package jsonschema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// Draft is the URI of the JSON Schema dialect the generator writes.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// Schema is one JSON Schema, with the keywords the generator uses. The
// zero Schema accepts everything. Fields marshal in a fixed order, and
// Properties in the order of the Go struct fields, so that the same types
// always give the same bytes.
type Schema struct {
	Schema               string             `json:"$schema,omitempty"`
	Ref                  string             `json:"$ref,omitempty"`
	Title                string             `json:"title,omitempty"`
	Description          string             `json:"description,omitempty"`
	Type                 string             `json:"type,omitempty"`
	Const                *string            `json:"const,omitempty"`
	Enum                 []string           `json:"enum,omitempty"`
	Pattern              string             `json:"pattern,omitempty"`
	MinLength            *int               `json:"minLength,omitempty"`
	MaxLength            *int               `json:"maxLength,omitempty"`
	Items                *Schema            `json:"items,omitempty"`
	MinItems             *int               `json:"minItems,omitempty"`
	MaxItems             *int               `json:"maxItems,omitempty"`
	UniqueItems          bool               `json:"uniqueItems,omitempty"`
	Properties           Properties         `json:"properties,omitempty"`
	Required             []string           `json:"required,omitempty"`
	PropertyNames        *Schema            `json:"propertyNames,omitempty"`
	AdditionalProperties *Schema            `json:"additionalProperties,omitempty"`
	MinProperties        *int               `json:"minProperties,omitempty"`
	MaxProperties        *int               `json:"maxProperties,omitempty"`
	AnyOf                []*Schema          `json:"anyOf,omitempty"`
	AllOf                []*Schema          `json:"allOf,omitempty"`
	Not                  *Schema            `json:"not,omitempty"`
	If                   *Schema            `json:"if,omitempty"`
	Then                 *Schema            `json:"then,omitempty"`
	Else                 *Schema            `json:"else,omitempty"`
	Defs                 map[string]*Schema `json:"$defs,omitempty"`

	// never marks the schema that accepts nothing, written as false.
	never bool
}

// False returns the schema that accepts no value, written as false; as
// additionalProperties it forbids members other than the properties.
func False() *Schema { return &Schema{never: true} }

// MarshalJSON writes false for [False], and the keywords otherwise.
func (s *Schema) MarshalJSON() ([]byte, error) {
	if s.never {
		return []byte("false"), nil
	}
	type plain Schema
	return json.Marshal((*plain)(s))
}

// typeKeywords reports whether s has keywords that apply to values of one
// JSON type only (maxLength to strings, minItems to lists, ...). A schema
// that refers to a definition keeps its type beside such keywords: the
// definition states it too, but Ajv's strict mode (strictTypes) wants the
// type in the schema where the keyword is.
func (s *Schema) typeKeywords() bool {
	return s.Pattern != "" || s.MinLength != nil || s.MaxLength != nil ||
		s.Items != nil || s.MinItems != nil || s.MaxItems != nil || s.UniqueItems ||
		len(s.Properties) > 0 || len(s.Required) > 0 || s.PropertyNames != nil || s.AdditionalProperties != nil ||
		s.MinProperties != nil || s.MaxProperties != nil
}

// Property is a named member of an object schema.
type Property struct {
	Name   string
	Schema *Schema
}

// Properties are the members of an object schema, in order.
type Properties []Property

// MarshalJSON writes the properties as one object, in order.
func (ps Properties) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		name, err := json.Marshal(p.Name)
		if err != nil {
			return nil, err
		}
		b.Write(name)
		b.WriteByte(':')
		v, err := json.Marshal(p.Schema)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Ref returns a schema that refers to the definition named name.
func Ref(name string) *Schema { return &Schema{Ref: "#/$defs/" + name} }

// Const returns a schema that accepts only the string v.
func Const(v string) *Schema { return &Schema{Const: &v} }

// Marshal returns s as indented JSON with a final newline: the bytes of
// the schema file. Characters outside ASCII are written as \u escapes, so
// that the spaces the text patterns exclude are visible in the file.
func Marshal(s *Schema) ([]byte, error) {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(b)+1)
	for _, r := range string(b) {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		// Outside ASCII only string contents occur, where an escape
		// stands for the same character.
		for _, u := range utf16.Encode([]rune{r}) {
			out = fmt.Appendf(out, "\\u%04x", u)
		}
	}
	return append(out, '\n'), nil
}

// Package jsoncodec is amity's JSON codec, built on
// github.com/go-json-experiment/json (the code of Go's encoding/json/v2).
//
// Encoding writes exactly the bytes encoding/json writes for the same
// value: map keys sorted, "<", ">", "&", U+2028 and U+2029 escaped, nil
// slices and maps that are not omitted written as null. A program that
// marshals amity's types with the standard library gets what amity's
// writers produce.
//
// Decoding is strict, for files others made: see [Options.Unmarshal] for
// what it rejects, and how its errors read.
package jsoncodec

import (
	stdjson "encoding/json"
	"io"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// marshalOptions make json v2 write what encoding/json writes. Strings
// must be valid UTF-8: where they are not, v2 fails, and [Marshal] falls
// back to encoding/json, which replaces the bad bytes with \ufffd.
var marshalOptions = json.JoinOptions(
	json.Deterministic(true),
	json.FormatNilSliceAsNull(true),
	json.FormatNilMapAsNull(true),
	jsontext.EscapeForHTML(true),
	jsontext.EscapeForJS(true),
)

// Marshal returns the JSON encoding of v, byte for byte what
// encoding/json.Marshal returns for it, without a trailing newline.
// Map keys are sorted, so the output is deterministic.
func Marshal(v any) ([]byte, error) {
	b, err := json.Marshal(v, marshalOptions)
	if err != nil {
		// Invalid UTF-8, or a type json v2 treats differently: let
		// encoding/json decide, so that the output stays its.
		return stdjson.Marshal(v)
	}
	return b, nil
}

// MarshalWrite writes the JSON encoding of v to w: the bytes of
// [Marshal], without a trailing newline. It encodes the whole value
// before writing, so that w receives nothing when encoding fails.
func MarshalWrite(w io.Writer, v any) error {
	b, err := Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// NewEncoder returns an encoder that streams values to w as encoding/json
// writes them, each top-level value followed by a newline: compact when
// indent is empty, otherwise one member or element a line, indented by
// indent per level, as encoding/json.MarshalIndent(v, "", indent).
//
// Write top-level values and the parts of a hand-built value with the
// encoder's WriteToken, and values inside it with [MarshalEncode]. Unlike
// [Marshal], a string that is not valid UTF-8 is an error rather than
// replaced: a streaming writer cannot take back what it has written.
func NewEncoder(w io.Writer, indent string) *jsontext.Encoder {
	if indent == "" {
		return jsontext.NewEncoder(w, marshalOptions)
	}
	return jsontext.NewEncoder(w, marshalOptions, jsontext.Multiline(true), jsontext.WithIndent(indent))
}

// MarshalEncode writes v to enc, an encoder made by [NewEncoder], with the
// encoder's options.
func MarshalEncode(enc *jsontext.Encoder, v any) error {
	return json.MarshalEncode(enc, v)
}

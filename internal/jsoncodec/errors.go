package jsoncodec

import (
	"bytes"
	"encoding"
	"errors"
	"io"
	"iter"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/jsonfield"
)

// Translate turns err, an error of json v2 or jsontext from decoding data
// into a value of type t, into a FieldError in amity's terms (see
// [Options.Unmarshal]), and returns the byte offset in data where the
// problem lies. The FieldError has no Line; its Path is relative to data.
// Callers that decode with a jsontext.Decoder of their own use it for the
// errors the decoder returns; pass the data read so far, or nil, and the
// offsets the error gives are still returned.
func Translate(err error, data []byte, t reflect.Type) (amity.FieldError, int) {
	if serr, ok := errors.AsType[*jsontext.SyntacticError](err); ok {
		path, _ := pathOf(serr.JSONPointer, t)
		return syntaxProblem(serr, path), int(serr.ByteOffset)
	}
	serr, ok := errors.AsType[*json.SemanticError](err)
	if !ok {
		fe := amity.FieldError{Kind: amity.KindSyntax, Detail: strings.TrimPrefix(err.Error(), "json: ")}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			fe.Detail = "unexpected end of input"
		}
		return fe, len(data)
	}
	off := int(serr.ByteOffset)
	path, _ := pathOf(serr.JSONPointer, t)
	fe := amity.FieldError{Path: path, Kind: amity.KindSyntax}
	if derr, ok := errors.AsType[*amity.DateError](serr.Err); ok {
		fe.Kind = amity.KindInvalid
		fe.Value = text([]byte(derr.Input))
		fe.Detail = derr.Reason
		return fe, off
	}
	switch {
	case serr.Err == json.ErrUnknownName:
		name := serr.JSONPointer.LastToken()
		fe.Detail = "unknown field " + strconv.Quote(text([]byte(name)))
		if _, parent := pathOf(serr.JSONPointer.Parent(), t); parent != nil && parent.Kind() == reflect.Struct {
			if near := Nearest(name, slices.Sorted(maps.Keys(jsonfield.Names(parent)))); near != "" {
				fe.Detail += "; did you mean " + strconv.Quote(near) + "?"
			}
		}
		return fe, off
	case serr.GoType != nil && serr.JSONKind != 0 && typeWord(serr.GoType) != kindWord(serr.JSONKind):
		fe.Value = scalarAt(data, serr.JSONValue, off)
		fe.Detail = "want " + typeWord(serr.GoType) + ", got " + kindWord(serr.JSONKind)
		return fe, off
	case serr.Err != nil:
		fe.Value = scalarAt(data, serr.JSONValue, off)
		fe.Detail = serr.Err.Error()
		if errors.Is(serr.Err, io.ErrUnexpectedEOF) {
			fe.Detail = "unexpected end of input"
		}
		return fe, off
	}
	fe.Detail = strings.TrimPrefix(serr.Error(), "json: ")
	return fe, off
}

// syntaxProblem turns a syntax error of jsontext into a FieldError at
// path, with a detail a reader of the file understands: `duplicate key
// "id"`, "invalid UTF-8", "unexpected end of input". Depth beyond
// jsontext's own limit is [amity.KindTooLarge]; the rest is
// [amity.KindSyntax].
func syntaxProblem(serr *jsontext.SyntacticError, path amity.Path) amity.FieldError {
	fe := amity.FieldError{Path: path, Kind: amity.KindSyntax}
	msg := ""
	if serr.Err != nil {
		msg = serr.Err.Error()
	}
	switch {
	case serr.Err == jsontext.ErrDuplicateName:
		fe.Detail = "duplicate key " + strconv.Quote(text([]byte(serr.JSONPointer.LastToken())))
	case errors.Is(serr.Err, io.ErrUnexpectedEOF):
		fe.Detail = "unexpected end of input"
	case strings.Contains(msg, "invalid UTF-8"):
		fe.Detail = "invalid UTF-8"
	case strings.Contains(msg, "max depth"):
		fe.Kind = amity.KindTooLarge
		fe.Detail = "nested too deep"
	case strings.Contains(msg, "after top-level value"):
		fe.Detail = "data after the end of the value"
	default:
		fe.Detail = msg
	}
	return fe
}

// scalarAt returns, as text for a FieldError's Value, the string or
// number v, or else the one that starts at byte off of data, or "".
func scalarAt(data []byte, v jsontext.Value, off int) string {
	if len(v) == 0 {
		if off < 0 || off >= len(data) {
			return ""
		}
		dec := jsontext.NewDecoder(bytes.NewReader(data[off:]), jsontext.AllowInvalidUTF8(true))
		switch dec.PeekKind() {
		case '"', '0':
			tok, err := dec.ReadToken()
			if err != nil {
				return ""
			}
			return text([]byte(tok.String()))
		}
		return ""
	}
	if v.Kind() == '"' {
		s, err := jsontext.AppendUnquote(nil, v)
		if err != nil {
			return ""
		}
		return text(s)
	}
	if v.Kind() == '0' {
		return text(v)
	}
	return ""
}

// text returns b as valid UTF-8, cut to the length of a FieldError's
// Value.
func text(b []byte) string {
	return amity.Clip(strings.ToValidUTF8(string(b[:min(len(b), 4*amity.MaxValueLen)]), "\uFFFD"))
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// typeWord names what JSON a value of Go type t must be: "a list", "an
// object", "a string", "true or false", "a number"; "a value" when t is
// not known.
func typeWord(t reflect.Type) string {
	if t == nil {
		return "a value"
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "an object"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Pointer:
		return typeWord(t.Elem())
	}
	return "a value"
}

// KindWord names a kind of JSON value, as errors do: "a list", "an
// object", "a string", "a number", "true or false", "null".
func KindWord(k jsontext.Kind) string { return kindWord(k) }

// kindWord names a kind of JSON value in the words of [typeWord].
func kindWord(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 't', 'f':
		return "true or false"
	case '"':
		return "a string"
	case '0':
		return "a number"
	case '{', '}':
		return "an object"
	case '[', ']':
		return "a list"
	}
	return "a value"
}

// pathOf turns ptr, a JSON pointer into a value of Go type t, into a
// path in amity's syntax ("participants[0].official", "local_names.fa"),
// and returns the Go type of the value it points to (nil when not
// known). The type tells list indexes from object names; where t is nil,
// a token of digits is taken for an index. When t is known, the path
// stops at the first token the type has no place for, which is kept only
// if it is the last (an unknown field): what lies below it has no
// meaning in amity's terms. Each name is cut to the length of a
// FieldError's Value.
func pathOf(ptr jsontext.Pointer, t reflect.Type) (amity.Path, reflect.Type) {
	typed := t != nil
	var p amity.Path
	next, stop := iter.Pull(ptr.Tokens())
	defer stop()
	tok, ok := next()
	for ok {
		for t != nil && t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		index, known := false, true
		switch {
		case t == nil:
			_, err := strconv.ParseUint(tok, 10, 64)
			index, known = err == nil, !typed
			if typed {
				return p, nil
			}
		case t.Kind() == reflect.Slice || t.Kind() == reflect.Array:
			_, err := strconv.ParseUint(tok, 10, 64)
			index, known = true, err == nil
			t = t.Elem()
		case t.Kind() == reflect.Map:
			t = t.Elem()
		case t.Kind() == reflect.Struct:
			t = fieldType(t, tok)
			known = t != nil
		default:
			return p, nil
		}
		var more bool
		last := tok
		tok, more = next()
		if !known && more {
			return p, nil
		}
		ok = more
		if i, err := strconv.Atoi(last); index && err == nil {
			p = p.Index(i)
			continue
		}
		p = p.Child(amity.Clip(last))
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return p, t
}

// fieldType returns the type of the field of struct type t that JSON
// names name, looking into embedded and inlined structs after t's own
// fields, or nil if there is none.
func fieldType(t reflect.Type, name string) reflect.Type {
	var inlined []reflect.Type
	for f := range t.Fields() {
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		tag, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "-" && opts == "" {
			continue
		}
		ft := f.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if tag == "" && ft.Kind() == reflect.Struct && (f.Anonymous || strings.Contains(","+opts+",", ",inline,")) {
			inlined = append(inlined, ft)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if tag == "" {
			tag = f.Name
		}
		if tag == name {
			return f.Type
		}
	}
	for _, it := range inlined {
		if ft := fieldType(it, name); ft != nil {
			return ft
		}
	}
	return nil
}

// Nearest returns the one of names that s most likely misspells: the
// nearest by edit distance, ignoring case, if it is within a quarter of
// the length of s (and at least 1, at most 3 edits); "" if none is.
// Ties go to the first in names.
func Nearest(s string, names []string) string {
	best, bestDist := "", min(max(1, len(s)/4), 3)+1
	ls := strings.ToLower(s)
	for _, n := range names {
		if d := editDistance(ls, strings.ToLower(n)); d < bestDist && n != s {
			best, bestDist = n, d
		}
	}
	return best
}

// editDistance returns the distance between a and b in edits of one
// byte: an insertion, a deletion, a substitution, or the swap of two
// neighbours (the optimal string alignment distance).
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

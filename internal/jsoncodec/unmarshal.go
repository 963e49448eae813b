package jsoncodec

import (
	"bytes"
	"reflect"
	"strconv"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/amitydata/amity"
)

// The default limits of [Options].
const (
	// DefaultMaxDepth is how deep objects and lists may nest: 64 levels,
	// counting the outermost object as 1. amity's own documents nest
	// about 6 deep.
	DefaultMaxDepth = 64
	// DefaultMaxStringBytes is the longest string, in bytes as written
	// between its quotes (escapes included): 64 KiB. amity's longest
	// fields hold 4096 characters.
	DefaultMaxStringBytes = 64 << 10
)

// unmarshalOptions are json v2's strict defaults (no duplicate names, no
// invalid UTF-8, names matched case-sensitively, nothing after the value)
// and, on top of them, unknown members rejected.
var unmarshalOptions = json.JoinOptions(
	json.RejectUnknownMembers(true),
	json.MatchCaseInsensitiveNames(false),
	jsontext.AllowDuplicateNames(false),
	jsontext.AllowInvalidUTF8(false),
)

// Options configure strict decoding: its limits, and where the data sits
// in a larger input, so that errors name their place in it. The zero
// Options decode a whole input with the default limits.
type Options struct {
	// MaxDepth is how deep objects and lists may nest, counted from the
	// start of the input (see Depth). Zero or less means
	// [DefaultMaxDepth].
	MaxDepth int
	// MaxStringBytes is the longest string allowed, member names
	// included, in bytes as written between its quotes. Zero or less
	// means [DefaultMaxStringBytes].
	MaxStringBytes int
	// Depth is how deep in the input the data starts: 0 for a whole
	// input, 2 for an element of a list that is a member of the
	// top-level object.
	Depth int
	// Line is the line of the input the data starts on; zero means 1.
	Line int
	// Column is the 1-based column, in bytes, on Line where the data
	// starts; zero when it is not known, and then problems on that line
	// have no column.
	Column int
	// Path is where the data lies in the input, put in front of the path
	// of every error: meetings[3].
	Path amity.Path
}

func (o Options) withDefaults() Options {
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxStringBytes <= 0 {
		o.MaxStringBytes = DefaultMaxStringBytes
	}
	if o.Line <= 0 {
		o.Line = 1
	}
	return o
}

// Unmarshal decodes data into v, strictly, with the zero [Options].
func Unmarshal(data []byte, v any) error {
	return Options{}.Unmarshal(data, v)
}

// Unmarshal decodes the JSON value data into v, a non-nil pointer, and
// rejects what a strict reader must:
//
//   - a member whose name no field of the type has, at any depth;
//     names match case-sensitively, so "ID" beside "id" is unknown;
//   - a name repeated in one object;
//   - invalid UTF-8, anywhere;
//   - anything but white space after the value;
//   - a value of the wrong type: a string where a list goes, a number
//     where a string goes;
//   - null, anywhere: no amity type has a field that may be null, so a
//     value that is absent is left out, never written as null (json v2
//     would read null as the zero value);
//   - a value its type's UnmarshalText rejects, such as a date that is
//     not on the calendar;
//   - nesting deeper than MaxDepth, and strings longer than
//     MaxStringBytes. These are checked in one pass over data before it
//     is decoded, without recursion, so no input can exhaust the stack.
//
// The error is a [*amity.ValidationError] holding one [amity.FieldError]:
// the first problem in data. Its Path is the JSON path of the bad value
// in amity's syntax ("meetings[3].participants[0].official"), its Line
// the line of the problem (counted from o.Line), its Value the bad value
// where there is one, and its Kind [amity.KindTooLarge] for a limit,
// [amity.KindInvalid] for a value its type rejects (with the type's
// reason: "not a calendar date"), and [amity.KindSyntax] for the rest,
// with a detail such as `unknown field "colour"`, `duplicate key "id"`,
// "want a list, got a string" or "invalid UTF-8".
//
// When Unmarshal fails, v may hold part of the data.
func (o Options) Unmarshal(data []byte, v any) error {
	o = o.withDefaults()
	t := reflect.TypeOf(v)
	if t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	lim, null := scan(data, o.Depth, o.MaxDepth, o.MaxStringBytes)
	if lim.off >= 0 {
		return amity.AsError([]amity.FieldError{o.limitError(data, t, lim)})
	}
	err := json.Unmarshal(data, v, unmarshalOptions)
	if err == nil && null < 0 {
		return nil
	}
	var fe amity.FieldError
	off := len(data)
	if err != nil {
		fe, off = Translate(err, data, t)
	}
	if null >= 0 && null < off {
		fe, off = nullError(data, t, null), null
	}
	return amity.AsError([]amity.FieldError{o.place(fe, data, off)})
}

// place puts fe, found at byte off of data, in the input: the path
// below o.Path, and the line and column counted from o.Line and
// o.Column.
func (o Options) place(fe amity.FieldError, data []byte, off int) amity.FieldError {
	fe.Path = o.Path.Join(fe.Path)
	line, col := LineColumn(data, off, o.Column)
	fe.Line, fe.Column = o.Line+line-1, col
	return fe
}

// limit is a limit that data breaks: at byte off (-1 if none), a list or
// object too deep, or a string of n bytes too long.
type limit struct {
	off  int
	deep bool
	n    int
}

// scan checks data, which starts depth levels deep, against the limits
// on depth and string length, and finds the first null. It returns the
// first limit broken and the offset of the first null, -1 if none. It
// skips strings whole, so it is exact for well-formed JSON; what it
// makes of malformed JSON does not matter, since json v2 rejects it.
func scan(data []byte, depth, maxDepth, maxString int) (lim limit, null int) {
	null = -1
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '{', '[':
			depth++
			if depth > maxDepth {
				return limit{off: i, deep: true}, null
			}
		case '}', ']':
			depth--
		case 'n':
			// Outside strings, only the literal null has an n.
			if null < 0 {
				null = i
			}
		case '"':
			end := stringEnd(data, i)
			if n := end - i - 1; n > maxString {
				return limit{off: i, n: n}, null
			}
			i = end
		}
	}
	return limit{off: -1}, null
}

// stringEnd returns the offset of the quote that closes the string
// opened at data[start], or len(data) if none does.
func stringEnd(data []byte, start int) int {
	j := start + 1
	for {
		k := bytes.IndexByte(data[j:], '"')
		if k < 0 {
			return len(data)
		}
		j += k
		escapes := 0
		for p := j - 1; p > start && data[p] == '\\'; p-- {
			escapes++
		}
		if escapes%2 == 0 {
			return j
		}
		j++
	}
}

func (o Options) limitError(data []byte, t reflect.Type, lim limit) amity.FieldError {
	path, _ := pathOf(pointerAt(data, lim.off), t)
	fe := amity.FieldError{Path: path, Kind: amity.KindTooLarge}
	if lim.deep {
		fe.Detail = "nested more than " + strconv.Itoa(o.MaxDepth) + " levels deep"
	} else {
		// The string itself, up to its closing quote, as far as a problem
		// quotes a value.
		end := min(lim.off+1+lim.n, len(data))
		fe.Value = text(data[lim.off+1 : min(end, lim.off+1+amity.MaxValueLen+4)])
		fe.Detail = "a string of " + strconv.Itoa(lim.n) + " bytes, longer than the limit of " + strconv.Itoa(o.MaxStringBytes)
	}
	return o.place(fe, data, lim.off)
}

// CheckLimits reports, as a located problem, the first place where data
// nests deeper or holds a longer string than o allows, or nil. Unlike
// [Options.Unmarshal] it takes null as a value.
func (o Options) CheckLimits(data []byte) error {
	o = o.withDefaults()
	if lim, _ := scan(data, o.Depth, o.MaxDepth, o.MaxStringBytes); lim.off >= 0 {
		return amity.AsError([]amity.FieldError{o.limitError(data, nil, lim)})
	}
	return nil
}

// Locate turns err, an error of decoding data with
// github.com/go-json-experiment/json into a value of type t (nil if
// untyped), into a problem on its line of the input.
func (o Options) Locate(err error, data []byte, t reflect.Type) amity.FieldError {
	o = o.withDefaults()
	fe, off := Translate(err, data, t)
	return o.place(fe, data, off)
}

func nullError(data []byte, t reflect.Type, off int) amity.FieldError {
	path, leaf := pathOf(pointerAt(data, off), t)
	return amity.FieldError{Path: path, Kind: amity.KindSyntax, Detail: "want " + typeWord(leaf) + ", got null"}
}

// pointerAt returns the JSON pointer of the value (or object member
// name) that starts at byte off of data, as far as data lets it be read.
func pointerAt(data []byte, off int) jsontext.Pointer {
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	var last jsontext.Pointer
	for {
		if _, err := dec.ReadToken(); err != nil {
			return last
		}
		last = dec.StackPointer()
		if dec.InputOffset() > int64(off) {
			return last
		}
	}
}

// Member returns the raw value of the member called name of the JSON
// object data, or nil if data has no such member. It reads no further
// than that member, so it does not check the rest of data; it does check
// o's limits on all of data first. Its errors are those of
// [Options.Unmarshal], for data that is not an object or not well-formed
// up to the member.
func (o Options) Member(data []byte, name string) (jsontext.Value, error) {
	o = o.withDefaults()
	if lim, _ := scan(data, o.Depth, o.MaxDepth, o.MaxStringBytes); lim.off >= 0 {
		return nil, amity.AsError([]amity.FieldError{o.limitError(data, nil, lim)})
	}
	fail := func(err error) (jsontext.Value, error) {
		fe, off := Translate(err, data, nil)
		return nil, amity.AsError([]amity.FieldError{o.place(fe, data, off)})
	}
	dec := jsontext.NewDecoder(bytes.NewReader(data))
	tok, err := dec.ReadToken()
	if err != nil {
		return fail(err)
	}
	if tok.Kind() != '{' {
		fe := amity.FieldError{Kind: amity.KindSyntax, Detail: "want an object, got " + kindWord(tok.Kind())}
		return nil, amity.AsError([]amity.FieldError{o.place(fe, data, 0)})
	}
	for dec.PeekKind() != '}' {
		tok, err := dec.ReadToken()
		if err != nil {
			return fail(err)
		}
		if tok.String() == name {
			v, err := dec.ReadValue()
			if err != nil {
				return fail(err)
			}
			return v.Clone(), nil
		}
		if err := dec.SkipValue(); err != nil {
			return fail(err)
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return fail(err)
	}
	return nil, nil
}

// WrongType returns the problem of a value v found where want was
// expected ("a list", "a string"): a FieldError of kind
// [amity.KindSyntax] without path or line, quoting v if it is a string
// or a number.
func WrongType(want string, v jsontext.Value) amity.FieldError {
	return amity.FieldError{Kind: amity.KindSyntax, Value: scalarAt(nil, v, 0), Detail: "want " + want + ", got " + kindWord(v.Kind())}
}

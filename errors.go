package amity

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The classes of error amity returns, for errors.Is. Every error the
// library returns for bad data matches exactly one of them.
var (
	// ErrSyntax: the input is not well-formed JSON or JSON Lines, or breaks
	// the strict reading rules (duplicate or unknown keys, invalid UTF-8,
	// trailing data).
	ErrSyntax = errors.New("syntax error")
	// ErrTooLarge: the input exceeds a configured limit (line, document,
	// string length or nesting depth).
	ErrTooLarge = errors.New("too large")
	// ErrInvalid: a value breaks a rule of its own field or entity.
	ErrInvalid = errors.New("invalid")
	// ErrReference: a reference names nothing, or names an entity of the
	// wrong kind, or entities conflict with each other (duplicate IDs, dates
	// out of a term).
	ErrReference = errors.New("reference error")
)

// ErrorKind says what is wrong with a field. It is one of the Kind
// constants; the kinds are stable and meant for programs to branch on.
type ErrorKind string

// The kinds of [FieldError].
const (
	KindRequired   ErrorKind = "required"     // a required value is missing
	KindInvalid    ErrorKind = "invalid"      // a value has the wrong form or is not in its vocabulary
	KindOutOfRange ErrorKind = "out of range" // a value is too long, too short, too many, too few, too early or too late
	KindDuplicate  ErrorKind = "duplicate"    // an ID or value that must be unique is repeated
	KindNotFound   ErrorKind = "not found"    // a reference names nothing
	KindWrongKind  ErrorKind = "wrong kind"   // a reference names an entity of another kind
	KindConflict   ErrorKind = "conflict"     // values that are each valid contradict each other
	KindSyntax     ErrorKind = "syntax"       // the input is not well-formed, or breaks a strict reading rule
	KindTooLarge   ErrorKind = "too large"    // the input exceeds a reading limit
)

// Class returns the error class of the kind: one of [ErrSyntax],
// [ErrTooLarge], [ErrInvalid] and [ErrReference].
func (k ErrorKind) Class() error {
	switch k {
	case KindSyntax:
		return ErrSyntax
	case KindTooLarge:
		return ErrTooLarge
	case KindNotFound, KindWrongKind, KindDuplicate, KindConflict:
		return ErrReference
	}
	return ErrInvalid
}

// FieldError is one problem with one value, in the shape of Kubernetes'
// field.Error: where, what kind of problem, the bad value, and a detail.
type FieldError struct {
	// Path is where the value lies within the data that was checked, a
	// JSON path of JSON field names: meetings[1].participants[0].official,
	// local_names.fa. The zero Path when the problem concerns the whole
	// input.
	Path Path `json:"path,omitzero"`
	// Kind classifies the problem.
	Kind ErrorKind `json:"kind"`
	// Value is the offending value as text, cut by [Clip] to at most
	// [MaxValueLen] bytes and an ellipsis; empty when the value is missing.
	Value string `json:"value,omitzero"`
	// Detail explains the problem in words, e.g. "not a calendar date".
	Detail string `json:"detail,omitzero"`
	// Line is the 1-based line of the input the problem was found on, or 0
	// when it is not known (values built in Go rather than read).
	Line int `json:"line,omitzero"`
	// Column is the 1-based column on Line where the bad value starts,
	// counted in bytes as go/token counts them, or 0 when it is not
	// known: for a problem of the whole entity, or of references, which
	// are found once the entity's bytes are gone.
	Column int `json:"column,omitzero"`
}

// Error returns the problem in one line, for example
// `line 4: meetings[1].participants[0].official: not found: "mehdi-esmaili"`,
// `line 9, column 16: meetings[3].date: invalid: "2022-02-30": not a calendar date`
// or `meetings[3].date: invalid: "2022-02-30": not a calendar date`.
func (e FieldError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(", column ")
			b.WriteString(strconv.Itoa(e.Column))
		}
		b.WriteString(": ")
	}
	e.writeMessage(&b)
	return b.String()
}

// Message is [FieldError.Error] without the line and column, for
// callers that print the location themselves ("FILE:LINE:COLUMN: message").
func (e FieldError) Message() string {
	var b strings.Builder
	e.writeMessage(&b)
	return b.String()
}

func (e FieldError) writeMessage(b *strings.Builder) {
	if !e.Path.IsZero() {
		b.WriteString(e.Path.s)
		b.WriteString(": ")
	}
	b.WriteString(string(e.Kind))
	if e.Value != "" {
		b.WriteString(": ")
		b.WriteString(strconv.Quote(e.Value))
	}
	if e.Detail != "" {
		b.WriteString(": ")
		writeEscaped(b, e.Detail)
	}
}

// writeEscaped writes s with its control characters and invalid UTF-8
// escaped as Go escapes them ("\n", "\x1b"), so that a message stays on
// one line and cannot carry terminal escape sequences, whatever text the
// data held.
func writeEscaped(b *strings.Builder, s string) {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i]), 16))
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
}

// Is reports whether target is the class of e's kind (see [ErrorKind.Class]).
func (e FieldError) Is(target error) bool { return target == e.Kind.Class() }

// MaxValueLen is the most bytes of a bad value a [FieldError] quotes.
const MaxValueLen = 80

// Clip returns s cut to at most [MaxValueLen] bytes at a character
// boundary, with "..." appended when it was cut, so the result is at most
// MaxValueLen+3 bytes and never splits a UTF-8 sequence. It is how
// FieldError.Value is shortened.
func Clip(s string) string {
	if len(s) <= MaxValueLen {
		return s
	}
	i := MaxValueLen
	for i > 0 && s[i]&0xC0 == 0x80 { // back to the start of a UTF-8 sequence
		i--
	}
	return s[:i] + "..."
}

// ValidationError reports every problem found in a value or a dataset, not
// just the first. Callers find it with errors.As or errors.AsType:
//
//	if verr, ok := errors.AsType[*amity.ValidationError](err); ok {
//		for _, fe := range verr.Errors { ... }
//	}
type ValidationError struct {
	// Errors lists the problems in the order they were found: by position
	// in the input, then by path.
	Errors []FieldError
}

// Error lists every problem, one a line.
func (e *ValidationError) Error() string {
	switch len(e.Errors) {
	case 0:
		return "no errors"
	case 1:
		return e.Errors[0].Error()
	}
	var b strings.Builder
	b.WriteString(strconv.Itoa(len(e.Errors)))
	b.WriteString(" problems:")
	for _, fe := range e.Errors {
		b.WriteString("\n\t")
		b.WriteString(fe.Error())
	}
	return b.String()
}

// Unwrap returns the problems as errors, for errors.Is and errors.As.
func (e *ValidationError) Unwrap() []error {
	errs := make([]error, len(e.Errors))
	for i, fe := range e.Errors {
		errs[i] = fe
	}
	return errs
}

// AsError returns errs as a [*ValidationError], or nil if errs is empty,
// so that a function can collect problems and return AsError(list).
func AsError(errs []FieldError) error {
	if len(errs) == 0 {
		return nil
	}
	return &ValidationError{Errors: errs}
}

// Errors returns the problems err holds: those of a [*ValidationError], a
// lone [FieldError], or nil for any other error.
func Errors(err error) []FieldError {
	if verr, ok := errors.AsType[*ValidationError](err); ok {
		return verr.Errors
	}
	if fe, ok := errors.AsType[FieldError](err); ok {
		return []FieldError{fe}
	}
	return nil
}

// The constructors of FieldError, one for each kind of problem but syntax
// and size, which only readers report. Each clips the value with [Clip].

// Required returns the problem of a required value missing at p.
func Required(p Path, detail string) FieldError {
	return FieldError{Path: p, Kind: KindRequired, Detail: detail}
}

// Invalid returns the problem of value, at p, having the wrong form or
// not being in its vocabulary.
func Invalid(p Path, value, detail string) FieldError {
	return FieldError{Path: p, Kind: KindInvalid, Value: Clip(value), Detail: detail}
}

// OutOfRange returns the problem of value, at p, being too long, too
// short, too many, too few, too early or too late.
func OutOfRange(p Path, value, detail string) FieldError {
	return FieldError{Path: p, Kind: KindOutOfRange, Value: Clip(value), Detail: detail}
}

// Duplicate returns the problem of value, at p, repeating one that must
// be unique.
func Duplicate(p Path, value, detail string) FieldError {
	return FieldError{Path: p, Kind: KindDuplicate, Value: Clip(value), Detail: detail}
}

// NotFound returns the problem of value, a reference at p, naming nothing.
func NotFound(p Path, value, detail string) FieldError {
	return FieldError{Path: p, Kind: KindNotFound, Value: Clip(value), Detail: detail}
}

// WrongKind returns the problem of value, a reference at p, naming an
// entity of another kind.
func WrongKind(p Path, value, detail string) FieldError {
	return FieldError{Path: p, Kind: KindWrongKind, Value: Clip(value), Detail: detail}
}

// Conflict returns the problem of value, at p, contradicting another value
// that is valid on its own.
func Conflict(p Path, value, detail string) FieldError {
	return FieldError{Path: p, Kind: KindConflict, Value: Clip(value), Detail: detail}
}

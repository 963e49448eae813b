package amity

import (
	"cmp"
	"errors"
	"strconv"
	"strings"
)

// Path is where a value lies within the data checked, as a JSON path of
// JSON field names: meetings[1].participants[0].official. The zero Path is
// the data as a whole. Build one from its root down, in the manner of
// Kubernetes' field.Path:
//
//	amity.NewPath("participants").Index(i).Child("official")
//
// A Path is a comparable value: its methods return a new Path and never
// change the one they are called on, and two paths are == when they are
// the same path. Paths are ordered by [Path.Compare], and encode in JSON
// as their string.
type Path struct {
	s string // the text of the path, as String returns it
}

// PathElem is one step of a [Path]: the member of an object named Name,
// or, if Name is empty and Index is not negative, the element of a list at
// Index. The member steps of a Path have Index -1.
type PathElem struct {
	Name  string
	Index int
}

// IsIndex reports whether e is a step into a list.
func (e PathElem) IsIndex() bool { return e.Name == "" && e.Index >= 0 }

// NewPath returns the path of the member name of the data, and of the
// members more below it: NewPath("meetings") is "meetings".
func NewPath(name string, more ...string) Path {
	p := Path{}.Child(name)
	for _, m := range more {
		p = p.Child(m)
	}
	return p
}

// Child returns the path of the field name of the object at p.
func (p Path) Child(name string) Path {
	return Path{string(PathElem{Name: name, Index: -1}.appendTo([]byte(p.s), p.s == ""))}
}

// Key returns the path of the entry key of the map at p. In JSON a map is
// an object, so Key is Child; the name says which the caller means.
func (p Path) Key(key string) Path { return p.Child(key) }

// Index returns the path of element i of the list at p.
func (p Path) Index(i int) Path {
	return Path{string(PathElem{Index: i}.appendTo([]byte(p.s), false))}
}

// Join returns p followed by the steps of q: the path of q within the
// value at p.
func (p Path) Join(q Path) Path {
	switch {
	case q.s == "":
		return p
	case p.s == "":
		return q
	case q.s[0] == '[':
		return Path{p.s + q.s}
	}
	return Path{p.s + "." + q.s}
}

// Elems returns the steps of p, from the root.
func (p Path) Elems() []PathElem {
	var out []PathElem
	for s := p.s; s != ""; {
		var e PathElem
		e, s = nextElem(s)
		out = append(out, e)
	}
	return out
}

// Len returns the number of steps of p.
func (p Path) Len() int {
	n := 0
	for s := p.s; s != ""; n++ {
		_, s = nextSegment(s)
	}
	return n
}

// Elem returns step i of p, from 0 at the root, and false if p has no
// step i.
func (p Path) Elem(i int) (PathElem, bool) {
	s := p.s
	for ; s != "" && i > 0; i-- {
		_, s = nextSegment(s)
	}
	if s == "" || i < 0 {
		return PathElem{}, false
	}
	e, _ := nextElem(s)
	return e, true
}

// Set returns p with step i replaced by e; p itself if p has no step i.
func (p Path) Set(i int, e PathElem) Path {
	elems := p.Elems()
	if i < 0 || i >= len(elems) {
		return p
	}
	elems[i] = e
	var b []byte
	for k, e := range elems {
		b = e.appendTo(b, k == 0)
	}
	return Path{string(b)}
}

// Equal reports whether p and q are the same path, as p == q does; it
// lets go-cmp compare values that hold paths.
func (p Path) Equal(q Path) bool { return p == q }

// IsZero reports whether p is the zero Path: the data as a whole.
func (p Path) IsZero() bool { return p.s == "" }

// String returns p as a JSON path: "meetings[1].participants[0].official".
// A member whose name is not plain — ASCII letters, digits, '-' and '_',
// not all digits — is quoted in brackets with Go escapes, so that a path
// never holds a control character or reads ambiguously:
// states[2]["colour\n"]. The zero Path is "".
func (p Path) String() string { return p.s }

// appendTo appends the text of e, after a dot if it is a plain member not
// at the start.
func (e PathElem) appendTo(b []byte, first bool) []byte {
	switch {
	case e.IsIndex():
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(e.Index), 10)
		return append(b, ']')
	case isPlainKey(e.Name) && !isIndex(e.Name):
		if !first {
			b = append(b, '.')
		}
		return append(b, e.Name...)
	}
	b = strconv.AppendQuote(append(b, '['), e.Name)
	return append(b, ']')
}

// MarshalText returns [Path.String].
func (p Path) MarshalText() ([]byte, error) { return []byte(p.s), nil }

// UnmarshalText sets p to the path [ParsePath] reads from text.
func (p *Path) UnmarshalText(text []byte) error {
	q, err := ParsePath(string(text))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// errPath is the error of a string that is not a path.
var errPath = errors.New("not a JSON path")

// ParsePath reads a path as [Path.String] writes it.
func ParsePath(s string) (Path, error) {
	var b []byte
	for first := true; s != ""; first = false {
		var e PathElem
		switch {
		case strings.HasPrefix(s, "[\""):
			q, err := strconv.QuotedPrefix(s[1:])
			if err != nil || !strings.HasPrefix(s[1+len(q):], "]") {
				return Path{}, errPath
			}
			e.Name, _ = strconv.Unquote(q)
			e.Index = -1
			s = s[2+len(q):]
		case s[0] == '[':
			end := strings.IndexByte(s, ']')
			if end < 0 || !isIndex(s[1:end]) {
				return Path{}, errPath
			}
			i, err := strconv.Atoi(s[1:end])
			if err != nil {
				return Path{}, errPath
			}
			e.Index = i
			s = s[end+1:]
		default:
			if !first {
				if s[0] != '.' {
					return Path{}, errPath
				}
				s = s[1:]
			}
			end := strings.IndexAny(s, ".[")
			if end < 0 {
				end = len(s)
			}
			if !isPlainKey(s[:end]) || isIndex(s[:end]) {
				return Path{}, errPath
			}
			e.Name, e.Index = s[:end], -1
			s = s[end:]
		}
		b = e.appendTo(b, first)
	}
	return Path{string(b)}, nil
}

// MustParsePath is [ParsePath] for paths known to be good, as in tests;
// it panics on an error.
func MustParsePath(s string) Path {
	p, err := ParsePath(s)
	if err != nil {
		panic("amity: MustParsePath(" + strconv.Quote(s) + "): " + err.Error())
	}
	return p
}

// nextSegment returns the text of the first step of s, the text of a
// Path, without its dot, and the rest of s.
func nextSegment(s string) (seg, rest string) {
	s = strings.TrimPrefix(s, ".")
	if strings.HasPrefix(s, "[\"") {
		if q, err := strconv.QuotedPrefix(s[1:]); err == nil {
			return s[:len(q)+2], s[len(q)+2:]
		}
	}
	if strings.HasPrefix(s, "[") {
		if i := strings.IndexByte(s, ']'); i >= 0 {
			return s[:i+1], s[i+1:]
		}
		return s, ""
	}
	i := strings.IndexAny(s, ".[")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// nextElem returns the first step of s, the text of a Path, and the rest.
func nextElem(s string) (PathElem, string) {
	seg, rest := nextSegment(s)
	switch {
	case strings.HasPrefix(seg, "[\""):
		name, _ := strconv.Unquote(seg[1 : len(seg)-1])
		return PathElem{Name: name, Index: -1}, rest
	case strings.HasPrefix(seg, "["):
		i, _ := strconv.Atoi(seg[1 : len(seg)-1])
		return PathElem{Index: i}, rest
	}
	return PathElem{Name: seg, Index: -1}, rest
}

// Compare orders paths step by step, indexes by number: "posts[2]" before
// "posts[10]", "aliases" before "aliases[0]". Other steps are ordered by
// their text. It returns -1, 0 or +1.
func (p Path) Compare(q Path) int {
	a, b := p.s, q.s
	for a != "" && b != "" {
		sa, ra := nextSegment(a)
		sb, rb := nextSegment(b)
		if c := compareSegment(sa, sb); c != 0 {
			return c
		}
		a, b = ra, rb
	}
	return cmp.Compare(len(a), len(b))
}

func compareSegment(a, b string) int {
	if len(a) > 2 && len(b) > 2 && a[0] == '[' && b[0] == '[' && a[1] != '"' && b[1] != '"' {
		x, errx := strconv.Atoi(a[1 : len(a)-1])
		y, erry := strconv.Atoi(b[1 : len(b)-1])
		if errx == nil && erry == nil {
			return cmp.Compare(x, y)
		}
	}
	return strings.Compare(a, b)
}

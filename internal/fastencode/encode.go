// Package fastencode writes amity's entities — sources, states,
// ministries, organizations, officials, groups, visits, meetings,
// initiatives, ties, agreements and cultural events — as JSON, byte for
// byte what internal/jsoncodec (json v2 with amity's options) writes for
// them, several times faster, without reflection. Its encoders are
// generated from the entities' types by go generate ./internal/fastencode,
// and a test fails while they are out of date.
//
// What it writes follows json v2 with the options of jsoncodec:
//
//   - the members of a struct in the order of its fields, the fields of
//     the structs it embeds without a JSON name in their place;
//   - a member tagged omitzero left out when its IsZero method says so,
//     or, if its type has none, when it is the zero value;
//   - nil slices and maps that are written as null, maps with their keys
//     sorted, as Go orders strings;
//   - strings with '"', '\\', control characters, '<', '>', '&', U+2028
//     and U+2029 escaped as json v2 escapes them: \b, \f, \n, \r, \t, or
//     \u and four lowercase hexadecimal digits;
//   - dates ([amity.Date]) as the text of their AppendText method;
//   - integers in decimal, bools as true and false.
//
// A string that is not valid UTF-8 is an error for json v2 with these
// options; here it makes an encoder report false, so that the caller can
// take json v2's path, which says what is wrong.
//
// The differential tests of this package and of package relations check,
// on the example and test datasets, generated archives, random entities
// and every code point, that the bytes are those of json v2.
package fastencode

import (
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/amitydata/amity"
)

//go:generate go run ./gen -o entities_gen.go

// writer writes JSON: its methods, and the generated ones, append to a
// slice and return it, so that the slice stays in registers. It notes
// whether a string was not valid UTF-8.
type writer struct {
	bad bool
}

// open starts an object in b: with prefix, its opening brace and first
// members as the caller wrote them, or with a brace if prefix is empty.
// It returns b and the length of b after the brace, or -1 after a
// prefix: a member written at that length is the object's first, and
// needs no comma before it.
func open(b []byte, prefix string) ([]byte, int) {
	if prefix == "" {
		b = append(b, '{')
		return b, len(b)
	}
	return append(b, prefix...), -1
}

// key writes the name of a member of the object opened at first (see
// [open]), quoted, with the colon after it, and the comma before it if
// it is not the first.
func key(b []byte, first int, name string) []byte {
	if len(b) != first {
		b = append(b, ',')
	}
	return append(b, name...)
}

// comma writes the comma before element i of a list or map.
func comma(b []byte, i int) []byte {
	if i > 0 {
		b = append(b, ',')
	}
	return b
}

func null(b []byte) []byte { return append(b, "null"...) }

func boolean(b []byte, v bool) []byte {
	if v {
		return append(b, "true"...)
	}
	return append(b, "false"...)
}

func integer(b []byte, v int64) []byte { return strconv.AppendInt(b, v, 10) }

// date writes d as a string: the text of its AppendText method, digits
// and hyphens, which need no escape.
func date(b []byte, d amity.Date) []byte {
	b, _ = d.AppendText(append(b, '"'))
	return append(b, '"')
}

// str writes s as a JSON string, escaped as json v2 escapes it with
// EscapeForHTML and EscapeForJS. It marks the writer bad if s is not
// valid UTF-8.
func (w *writer) str(b []byte, s string) []byte {
	// Copy eight bytes at a time while none needs escaping.
	n := len(b)
	b = slices.Grow(b, len(s)+2)[:n+1+len(s)]
	b[n] = '"'
	out := b[n+1:]
	if len(s) < 8 {
		for i := range len(s) {
			if specials[s[i]] {
				return w.escaped(b[:n], s, i)
			}
			out[i] = s[i]
		}
		return append(b, '"')
	}
	for i := 0; i+8 <= len(s); i += 8 {
		x := load64(s[i:])
		if m := specialMask(x); m != 0 {
			return w.escaped(b[:n], s, i+bits.TrailingZeros64(m)/8)
		}
		binary.LittleEndian.PutUint64(out[i:], x)
	}
	// The last eight bytes, over some copied already, which are not
	// special and so are not marked.
	i := len(s) - 8
	x := load64(s[i:])
	if m := specialMask(x); m != 0 {
		return w.escaped(b[:n], s, i+bits.TrailingZeros64(m)/8)
	}
	binary.LittleEndian.PutUint64(out[i:], x)
	return append(b, '"')
}

// escaped writes s as [writer.str] does, s[i] being the first byte that
// firstSpecial stops at.
func (w *writer) escaped(b []byte, s string, i int) []byte {
	b = append(b, '"')
	done := 0 // s[:done] is written
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[done:i]...)
			b = escapeASCII(b, c)
			i++
			done = i
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n == 1:
				w.bad = true
			case r == '\u2028' || r == '\u2029':
				b = append(b, s[done:i]...)
				b = append(b, `\u202`...)
				b = append(b, hex[r&0xf])
				done = i + n
			}
			i += n
		}
		i += firstSpecial(s[i:])
	}
	b = append(b, s[done:]...)
	return append(b, '"')
}

const hex = "0123456789abcdef"

// escapeASCII appends the escape of c, a byte below 0x80 that
// firstSpecial stops at, as json v2 writes it.
func escapeASCII(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, `\b`...)
	case '\f':
		return append(b, `\f`...)
	case '\n':
		return append(b, `\n`...)
	case '\r':
		return append(b, `\r`...)
	case '\t':
		return append(b, `\t`...)
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
}

// firstSpecial returns the index of the first byte of s that json v2
// escapes or that starts a character of more than one byte: a quote, a
// backslash, '<', '>', '&', a byte below 0x20 or above 0x7f. It returns
// len(s) if there is none. It tests eight bytes at a time.
func firstSpecial(s string) int {
	if len(s) < 8 {
		for i := range len(s) {
			if specials[s[i]] {
				return i
			}
		}
		return len(s)
	}
	for i := 0; i+8 <= len(s); i += 8 {
		if m := specialMask(load64(s[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	// The last eight bytes, over some tested already, which are not
	// special and so are not marked.
	i := len(s) - 8
	if m := specialMask(load64(s[i:])); m != 0 {
		return i + bits.TrailingZeros64(m)/8
	}
	return len(s)
}

// specialMask returns a mask of the bytes of x, eight bytes of a string,
// the first the lowest, whose lowest set bit is the high bit of the first
// byte that firstSpecial stops at, and 0 if there is none.
func specialMask(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// Each term marks the high bit of the bytes it finds, and may also
	// mark bytes above one it finds, through a borrow, but never below; a
	// byte above 0x7f it may mark or not, but x marks it. So the lowest
	// mark of all is exact. '<' and '>' differ only in bit 1, '"' and '&'
	// only in bit 2.
	angle := (x | ones*0x02) ^ ones*'>'
	quoteAmp := (x | ones*0x04) ^ ones*'&'
	backslash := x ^ ones*'\\'
	return (x | (x - ones*0x20) | (angle - ones) | (quoteAmp - ones) | (backslash - ones)) & highs
}

// specials marks the bytes firstSpecial stops at.
var specials = func() (t [256]bool) {
	for c := range t {
		t[c] = special(byte(c))
	}
	return t
}()

// load64 returns the first eight bytes of s, the first the lowest.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// special reports whether firstSpecial stops at c.
func special(c byte) bool {
	return c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&'
}

// sortedKeys returns the keys of m in order, in keys if it has room.
func sortedKeys[K cmp.Ordered, V any](m map[K]V, keys []K) []K {
	keys = keys[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

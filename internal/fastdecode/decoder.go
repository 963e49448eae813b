// Package fastdecode decodes amity's entities — sources, states,
// ministries, organizations, officials, visits, meetings, initiatives and
// ties — from JSON as amity's writers write it, several times faster than
// json v2's reflection, and declines everything else. Its decoders are
// generated from the entities' types by go generate
// ./internal/fastdecode, and a test fails while they are out of date.
//
// It is the fast path of a two-path reader: when a [Decoder] declines an
// input, the caller decodes it with the strict decoder of internal/jsoncodec,
// which either decodes it too or reports the problem. So a Decoder need
// not explain anything; it must only never accept what the strict decoder
// would decode differently or reject. It accepts a subset of JSON:
//
//   - objects with the members of the entity's type, each at most once,
//     in any order, matched case-sensitively, with names free of escapes;
//   - strings free of control characters, valid UTF-8, at most the
//     string limit long (escapes count as written);
//   - true and false where the type has a bool, dates that
//     [amity.ParseDate] accepts where it has a date;
//   - lists and objects that are not empty, nested no deeper than the
//     depth limit;
//   - white space anywhere JSON allows it, and nothing after the value.
//
// Anything else — null, numbers, an escape in a name, an unknown or
// repeated member, an empty list, an empty string where a date goes —
// makes it decline.
//
// The differential tests in this package check, on the example data, the
// generated archives and fuzzed inputs, that what a Decoder accepts the
// strict decoder decodes to an equal value.
//
// A Decoder interns the strings a few hundred or thousand values of which
// fill an archive — country codes, the words of amity's vocabularies,
// source IDs, cities, titles of posts — so that a million meetings share
// one copy of each. The rest, such as the IDs of officials and posts, it
// cuts from blocks of memory, with no allocation of their own and no
// rounding up: interning twenty thousand officials in a table costs a
// miss of the processor's cache on every lookup, which is slower than
// the copy. Which strings are interned follows from their type (see the
// generator, ./gen). Lists are cut from blocks too. A Decoder is not safe
// for concurrent use: give each goroutine its own.
package fastdecode

import (
	"encoding/binary"
	"math"
	"math/bits"
	"unicode/utf8"
	"unsafe"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/amitydata/amity"
)

//go:generate go run ./gen -o entities_gen.go

// Decoder decodes entities; see the package documentation. Each of its
// methods named after an entity decodes data, one object of the entity,
// depth levels deep in its input (0 for a line of JSON Lines, 2 for an
// element of a list of amity's document). If prefix is not empty, data
// must start with it: the object's opening brace and its first member,
// `{"entity":"meeting"`, written as amity writes it. The zero Decoder is
// not usable: call [New].
type Decoder struct {
	data  []byte
	pos   int
	depth int
	bad   bool

	maxDepth, maxString int

	// Interned strings: country codes by their letters, the words of
	// vocabularies, and the IDs and names that records share, apart so
	// that the small tables stay in the cache.
	codes [26 * 26]string
	words map[string]string
	strs  map[string]string
	// unquoted holds the last string with escapes read.
	unquoted []byte
	// The memory of the entities decoded next: mem.buf holds the blocks
	// lists of objects are cut from, mem.arena the block strings of their
	// own are cut from, mem.strings the block lists of strings are cut
	// from. mem is &kept, or, while transient is set, &passing.
	mem           *memory
	kept, passing memory
	// transient, if set, has own return strings that share the memory
	// of the data decoded (see SetTransient).
	transient bool
}

// memory is the memory the lists and strings of entities are cut from.
// The entities a caller keeps and those it is soon done with (see
// SetTransient) are cut from memories of their own: a block is kept
// alive by any list or string cut from it, and one kept entity in a
// block of transient ones would keep the whole block, which, in a stream
// that mixes the two, would be every block.
type memory struct {
	buf     buffers
	arena   []byte
	strings lists[string]
}

// SetTransient sets whether the strings of the entities decoded next may
// share the memory of the data they are decoded from, rather than be
// copies: a caller that is done with an entity before it lets the data
// change (it copies what it keeps of the entity) saves the copies. A
// string that held escapes is always a copy. Interned strings (codes,
// words, the IDs that records share) are always copies.
//
// The lists and the strings of their own of transient entities are cut
// from memory apart from those of the others, so that the entities kept
// never keep alive the memory of those done with; and a caller done with
// them all gives it back with Recycle.
func (d *Decoder) SetTransient(on bool) {
	d.transient = on
	d.mem = &d.kept
	if on {
		d.mem = &d.passing
	}
}

// Recycle tells d that its caller is done with every entity d decoded
// while transient was set (see SetTransient): nothing holds any of their
// lists or strings any more. Their memory is cleared, and the lists and
// strings of the next transient entities are cut from it again, so that
// a stream of entities each done with before the next takes the memory of
// one, where it would leave all of theirs to the collector.
func (d *Decoder) Recycle() {
	d.passing.buf.recycle()
	d.passing.strings.recycle()
	clear(d.passing.arena)
	d.passing.arena = d.passing.arena[:0]
}

// New returns a Decoder that declines strings longer than maxString
// bytes (as written between the quotes) and nesting deeper than maxDepth
// levels, counted as internal/jsoncodec counts them.
func New(maxDepth, maxString int) *Decoder {
	d := &Decoder{maxDepth: maxDepth, maxString: maxString,
		words: make(map[string]string, 256), strs: make(map[string]string, 1024)}
	d.mem = &d.kept
	return d
}

// begin starts decoding data, an object depth levels deep in its input,
// that starts with prefix if prefix is not empty (see [Decoder]). It
// reports whether members follow; read them with key and more.
func (d *Decoder) begin(data []byte, depth int, prefix string) bool {
	d.data, d.pos, d.depth, d.bad = data, 0, depth, false
	if prefix == "" {
		return d.open('{')
	}
	if len(data) < len(prefix) || string(data[:len(prefix)]) != prefix {
		d.fail()
		return false
	}
	d.pos = len(prefix)
	d.depth++
	if d.depth > d.maxDepth {
		d.fail()
		return false
	}
	return d.more('}')
}

// end reports whether the entity decoded: no part was declined and
// nothing but white space follows it.
func (d *Decoder) end() bool {
	d.ws()
	ok := !d.bad && d.pos == len(d.data)
	d.data = nil
	return ok
}

// fail makes the decoder decline the entity.
func (d *Decoder) fail() {
	d.bad = true
	d.pos = len(d.data)
}

// once marks bit in seen, and declines the entity if it was marked: a
// member given twice.
func (d *Decoder) once(seen *uint64, bit uint) {
	if *seen&(1<<bit) != 0 {
		d.fail()
	}
	*seen |= 1 << bit
}

func (d *Decoder) ws() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// open reads c, '{' or '[', opening an object or list that is not empty,
// and reports whether it did.
func (d *Decoder) open(c byte) bool {
	d.ws()
	if d.pos >= len(d.data) || d.data[d.pos] != c {
		d.fail()
		return false
	}
	d.pos++
	d.depth++
	d.ws()
	if d.depth > d.maxDepth || d.pos >= len(d.data) || d.data[d.pos] == c+2 { // '}' is '{'+2, ']' is '['+2
		d.fail()
		return false
	}
	return true
}

// more reads what follows a member or an element: a comma, reporting
// true, or close ('}' or ']'), ending the object or list and reporting
// false. Anything else declines the entity.
func (d *Decoder) more(close byte) bool {
	d.ws()
	if d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ',':
			d.pos++
			return true
		case close:
			d.pos++
			d.depth--
			return false
		}
	}
	d.fail()
	return false
}

// object reads the opening brace of an object that is not empty, and
// reports whether it did; read the members with key and more('}').
func (d *Decoder) object() bool { return d.open('{') }

// raw reads a string and returns its content: the bytes between its
// quotes, or, if escapes allows them and the string has escapes, the
// string they stand for (in d.unquoted, valid until the next call).
func (d *Decoder) raw(escapes bool) []byte {
	d.ws()
	if d.pos >= len(d.data) || d.data[d.pos] != '"' {
		d.fail()
		return nil
	}
	start := d.pos + 1
	// Most strings are printable ASCII without escapes: a quote is the
	// first byte that is not.
	if i := start + firstSpecial(d.data[start:]); i < len(d.data) && d.data[i] == '"' && i-start <= d.maxString {
		d.pos = i + 1
		return d.data[start:i]
	}
	ascii, escaped := true, false
	for i := start; i < len(d.data); i++ {
		c := d.data[i]
		switch {
		case c == '"':
			s := d.data[start:i]
			if len(s) > d.maxString || !ascii && !utf8.Valid(s) {
				d.fail()
				return nil
			}
			d.pos = i + 1
			if escaped {
				// jsontext unquotes as the strict decoder does, and
				// fails where it would.
				u, err := jsontext.AppendUnquote(d.unquoted[:0], d.data[start-1:i+1])
				if err != nil {
					d.fail()
					return nil
				}
				d.unquoted = u
				return u
			}
			return s
		case c == '\\' && escapes && i+1 < len(d.data):
			escaped = true
			i++ // the escaped character, which may be a quote
		case c < 0x20 || c == '\\':
			d.fail()
			return nil
		case c >= 0x80:
			ascii = false
		}
	}
	d.fail()
	return nil
}

// firstSpecial returns the index of the first byte of s that is a quote,
// a backslash, below 0x20 or above 0x7f: the first that may not stand
// for itself in a JSON string, or be valid UTF-8 on its own. It returns
// len(s) if there is none. It tests eight bytes at a time.
func firstSpecial(s []byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64(s[i:])
		// Each test marks the high bit of the bytes it finds; a test may
		// also mark bytes above one it finds, never below, so the lowest
		// mark of all is exact.
		below := (x - ones*0x20) &^ x
		q := x ^ ones*'"'
		quote := (q - ones) &^ q
		b := x ^ ones*'\\'
		backslash := (b - ones) &^ b
		if m := (below | quote | backslash | x) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
			return i
		}
	}
	return i
}

// key reads a member's name and the colon after it, and returns the name,
// nil if the entity is declined.
func (d *Decoder) key() []byte {
	k := d.raw(false)
	d.ws()
	if d.pos >= len(d.data) || d.data[d.pos] != ':' {
		d.fail()
		return nil
	}
	d.pos++
	return k
}

// own reads a string, in a copy of its own: cut, with the strings read
// before it, from a block of memory that the decoder never writes again,
// which saves an allocation a string and the rounding up of each to a
// size class of the allocator.
func (d *Decoder) own() string {
	b := d.raw(true)
	if d.bad || len(b) == 0 {
		return ""
	}
	if d.transient && unsafe.SliceData(b) != unsafe.SliceData(d.unquoted) {
		return unsafe.String(unsafe.SliceData(b), len(b))
	}
	if len(b) > arenaSize/8 {
		return string(b)
	}
	m := d.mem
	if cap(m.arena)-len(m.arena) < len(b) {
		m.arena = make([]byte, 0, arenaSize)
	}
	start := len(m.arena)
	m.arena = append(m.arena, b...)
	// The bytes of the arena are written once, here, and never again:
	// a string may hold them.
	return unsafe.String(&m.arena[start], len(b))
}

// arenaSize is the size of the blocks strings of their own are cut from.
const arenaSize = 32 << 10

// shared reads a string, shared with every equal string the decoder has
// interned.
func (d *Decoder) shared() string {
	return intern(d.strs, d.raw(true), d.bad)
}

// word reads a string of a vocabulary (a topic, a verb, a code), shared
// with every equal word the decoder has read.
func (d *Decoder) word() string {
	return intern(d.words, d.raw(true), d.bad)
}

// country reads a string that is most often a country code, shared with
// every equal string the decoder has interned.
func (d *Decoder) country() string {
	b := d.raw(true)
	if len(b) != 2 || b[0] < 'A' || b[0] > 'Z' || b[1] < 'A' || b[1] > 'Z' {
		return intern(d.strs, b, d.bad)
	}
	s := &d.codes[int(b[0]-'A')*26+int(b[1]-'A')]
	if *s == "" {
		*s = string(b)
	}
	return *s
}

func intern(m map[string]string, b []byte, bad bool) string {
	if bad {
		return ""
	}
	if s, ok := m[string(b)]; ok {
		return s
	}
	s := string(b)
	m[s] = s
	return s
}

// date reads a date. An empty string and anything [amity.ParseDate]
// rejects decline the entity.
func (d *Decoder) date() amity.Date {
	b := d.raw(true)
	if d.bad || len(b) == 0 {
		d.fail()
		return amity.Date{}
	}
	// ParseDate keeps its argument only in the error it returns, which
	// is dropped here: the string may share the bytes of the input.
	v, err := amity.ParseDate(unsafe.String(&b[0], len(b)))
	if err != nil {
		d.fail()
		return amity.Date{}
	}
	return v
}

// boolean reads true or false.
func (d *Decoder) boolean() bool {
	d.ws()
	rest := d.data[d.pos:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		d.pos += 4
		return true
	case len(rest) >= 5 && string(rest[:5]) == "false":
		d.pos += 5
		return false
	}
	d.fail()
	return false
}

// integer reads a JSON number that is a whole number in the range of an
// int32, as encoding/json reads it into an int: no fraction, no exponent.
// It declines anything else, and the slow path then reports it.
func (d *Decoder) integer() int {
	d.ws()
	i, neg := d.pos, false
	if i < len(d.data) && d.data[i] == '-' {
		neg = true
		i++
	}
	start, n := i, 0
	for ; i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9'; i++ {
		n = n*10 + int(d.data[i]-'0')
		if n > math.MaxInt32 {
			d.fail()
			return 0
		}
	}
	if i == start || (i-start > 1 && d.data[start] == '0') ||
		(i < len(d.data) && (d.data[i] == '.' || d.data[i] == 'e' || d.data[i] == 'E')) {
		d.fail()
		return 0
	}
	d.pos = i
	if neg {
		return -n
	}
	return n
}

// sharing says how a string is read.
type sharing uint8

// The ways of reading a string.
const (
	asOwn     sharing = iota // in a copy of its own, as by own
	asShared                 // interned, as by shared
	asWord                   // interned as a word, as by word
	asCountry                // interned as a country code, as by country
)

// read reads a string as how says.
func (d *Decoder) read(how sharing) string {
	switch how {
	case asShared:
		return d.shared()
	case asWord:
		return d.word()
	case asCountry:
		return d.country()
	}
	return d.own()
}

// stringList reads a list of strings that is not empty, each as how
// says. The list's length is its capacity.
func stringList[T ~string](d *Decoder, how sharing) []T {
	if !d.open('[') {
		return nil
	}
	strs := d.mem.strings.list(func(s *string) { *s = d.read(how) }, d)
	// T's underlying type is string: a []string is a []T in memory.
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(strs))), len(strs))
}

// lists is the memory of the lists of Ts a decoder reads: a block of Ts
// that lists are cut from, so that the lists of a thousand records take
// one allocation rather than a thousand, with no rounding up to a size
// class of the allocator. Each element is decoded in its place in the
// block. The Ts read must not hold lists of Ts read with the same lists.
// The zero lists is ready to use.
type lists[T any] struct{ block []T }

// recycle clears l's block and cuts the next lists from its start.
func (l *lists[T]) recycle() {
	clear(l.block)
	l.block = l.block[:0]
}

// blockSize is the number of elements of the blocks of lists.
const blockSize = 256

// list reads the elements of a list, each with one, into l's block, from
// the first to the closing bracket, and returns them in a slice whose
// length is its capacity, so that appending to it never reaches the
// elements that follow it; or nil if d declines the entity.
func (l *lists[T]) list(one func(*T), d *Decoder) []T {
	if cap(l.block)-len(l.block) < 8 {
		l.block = make([]T, 0, blockSize)
	}
	start := len(l.block)
	for {
		if len(l.block) == cap(l.block) {
			// Move the list to a block with room.
			n := len(l.block) - start
			block := append(make([]T, 0, max(blockSize, 2*n)), l.block[start:]...)
			clear(l.block[start:])
			l.block, start = block, 0
		}
		l.block = l.block[:len(l.block)+1]
		one(&l.block[len(l.block)-1])
		if d.bad || !d.more(']') {
			break
		}
	}
	if d.bad {
		clear(l.block[start:])
		l.block = l.block[:start]
		return nil
	}
	return l.block[start:len(l.block):len(l.block)]
}

// objects reads a list of objects that are not empty, the members of
// each with members (called after the object's opening brace), and
// returns them in a slice, cut from l, whose length is its capacity.
func objects[T any](d *Decoder, l *lists[T], members func(*Decoder, *T)) []T {
	if !d.open('[') {
		return nil
	}
	return l.list(func(v *T) {
		if d.object() {
			members(d, v)
		}
	}, d)
}

// objectMap reads an object that is not empty into a map, each member's
// value with value; the names of the members are interned as words.
func objectMap[M ~map[string]V, V any](d *Decoder, value func() V) M {
	if !d.object() {
		return nil
	}
	m := M{}
	for {
		k := d.key()
		if d.bad {
			return nil
		}
		if _, dup := m[string(k)]; dup {
			d.fail()
			return nil
		}
		m[intern(d.words, k, false)] = value()
		if !d.more('}') {
			break
		}
	}
	if d.bad {
		return nil
	}
	return m
}

package jsoncodec

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/go-json-experiment/json/jsontext"
)

// pointerEscaper escapes a name for a JSON pointer (RFC 6901).
var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// Pointer returns the JSON pointer (RFC 6901) of p: "/meetings/3/date"
// for meetings[3].date; "" for the zero Path.
func Pointer(p amity.Path) string {
	var b strings.Builder
	for _, e := range p.Elems() {
		b.WriteByte('/')
		if e.IsIndex() {
			b.WriteString(strconv.Itoa(e.Index))
		} else {
			b.WriteString(pointerEscaper.Replace(e.Name))
		}
	}
	return b.String()
}

// ValueOffsets returns, for each JSON pointer of ptrs, the offset in data,
// one JSON value, where the value at that pointer starts: after the
// member's name and its colon, or after the comma before an element; -1
// for a pointer that is not in data. "" is the whole value; a name given
// twice in an object is the last, as a decoder into a map keeps it. It reads
// data once, however many pointers there are, descending only into the
// values on the way to one and skipping the rest, and stops at the first
// syntax error, leaving the pointers not yet found at -1.
func ValueOffsets(data []byte, ptrs []string) []int {
	w := offsetWalker{
		data:  data,
		dec:   jsontext.NewDecoder(bytes.NewBuffer(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true)),
		want:  make(map[string][]int, len(ptrs)),
		above: map[string]bool{},
		offs:  make([]int, len(ptrs)),
	}
	for i, p := range ptrs {
		w.offs[i] = -1
		w.want[p] = append(w.want[p], i)
		for j := len(p) - 1; j >= 0; j-- {
			if p[j] == '/' {
				w.above[p[:j]] = true
			}
		}
	}
	w.value("")
	return w.offs
}

// offsetWalker finds where the values at some JSON pointers start.
type offsetWalker struct {
	data  []byte
	dec   *jsontext.Decoder
	want  map[string][]int // pointer -> indexes in offs
	above map[string]bool  // the pointers of the values that hold a wanted one
	offs  []int
}

// value reads the value at pointer ptr, which the decoder is about to
// read, recording where it starts if ptr is wanted. It returns false at
// a syntax error.
func (w *offsetWalker) value(ptr string) bool {
	kind := w.dec.PeekKind()
	if kind == 0 {
		return false
	}
	if at, ok := w.want[ptr]; ok {
		start := int(w.dec.InputOffset())
		for start < len(w.data) && strings.IndexByte(" \t\r\n,:", w.data[start]) >= 0 {
			start++
		}
		for _, i := range at {
			w.offs[i] = start
		}
	}
	if !w.above[ptr] || (kind != '{' && kind != '[') {
		return w.dec.SkipValue() == nil
	}
	if _, err := w.dec.ReadToken(); err != nil {
		return false
	}
	for i := 0; w.dec.PeekKind() != kind+2; i++ { // '{'+2 is '}', '['+2 is ']'
		child := ptr + "/" + strconv.Itoa(i)
		if kind == '{' {
			name, err := w.dec.ReadToken()
			if err != nil {
				return false
			}
			child = ptr + "/" + pointerEscaper.Replace(name.String())
		}
		if !w.value(child) {
			return false
		}
	}
	_, err := w.dec.ReadToken()
	return err == nil
}

// LineColumn returns the 1-based line and byte column of offset off in
// data, whose first line starts at column col (1 for the start of a
// file); the column is 0, not known, on the first line when col is 0.
func LineColumn(data []byte, off, col int) (int, int) {
	before := data[:min(max(off, 0), len(data))]
	line := 1 + bytes.Count(before, []byte{'\n'})
	switch nl := bytes.LastIndexByte(before, '\n'); {
	case nl >= 0:
		return line, len(before) - nl
	case col > 0:
		return line, col + len(before)
	}
	return line, 0
}

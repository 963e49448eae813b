// Package lines reads the bytes of amity's files: JSON Lines a line at a
// time, holding at most one line ([Reader]), and a JSON document with its
// line feeds counted, so that an offset in it can be turned into a line
// ([DocReader]); and it tells the byte-order mark that either may start
// with ([BOMProblem]).
package lines

import (
	"bufio"
	"errors"
	"io"
	"math"
	"strings"

	"github.com/amitydata/amity"
)

// ErrEndless is the error of [Reader.Next] on a line that runs past the
// bound of a line read on: the input may never end a line (a device of
// zeros read as JSON Lines), and reading it to the end could take for
// ever.
var ErrEndless = errors.New("a line with no end in sight")

// endlessBytes is how far past its limit a [Reader] reads a line to find
// its end, so that the lines after an over-long one are read too: at
// least 64 MiB, or 8 times the limit.
func endlessBytes(limit int) int {
	extra := max(64<<20, min(limit, math.MaxInt/16)*8)
	if limit > math.MaxInt-extra {
		return math.MaxInt
	}
	return limit + extra
}

// Reader reads lines, holding at most one line, and of a line longer
// than its limit only the first bytes.
type Reader struct {
	br  *bufio.Reader
	max int
	buf []byte
}

// NewReader returns a Reader of the lines of r with a limit of max
// bytes: a longer line comes as its first bytes only (see [Reader.Next]).
func NewReader(r io.Reader, max int) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, min(max, 64<<10-2)+2), max: max}
}

// Next returns the next line without its line end ("\n", or "\r\n"),
// and its size in bytes. A line longer than the limit comes as its first
// bytes only; one that runs on far past it (64 MiB, or 8 times the limit)
// ends the reading with [ErrEndless]. After the last line, Next returns
// io.EOF. The line is valid until the next call.
func (l *Reader) Next() ([]byte, int, error) {
	chunk, err := l.br.ReadSlice('\n')
	switch {
	case err == nil || err == io.EOF && len(chunk) > 0:
		line := trimEOL(chunk)
		return line, len(line), nil
	case err != bufio.ErrBufferFull:
		return nil, 0, err // io.EOF after the last line, or an error of the reader
	}
	// A line longer than the buffer: gather it, up to the limit.
	l.buf = append(l.buf[:0], chunk...)
	size := len(chunk)
	for {
		prev := chunk[len(chunk)-1]
		chunk, err = l.br.ReadSlice('\n')
		size += len(chunk)
		if len(l.buf)-1 <= l.max { // no overflow where max is the largest int
			l.buf = append(l.buf, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull && size > endlessBytes(l.max):
			return nil, 0, ErrEndless
		case err == bufio.ErrBufferFull:
			continue
		case err == nil:
			// Leave out the line end, "\n" or "\r\n".
			size--
			if len(chunk) >= 2 && chunk[len(chunk)-2] == '\r' || len(chunk) == 1 && prev == '\r' {
				size--
			}
		case err != io.EOF:
			return nil, 0, err
		}
		return l.buf[:min(size, len(l.buf))], size, nil
	}
}

// trimEOL returns b without a final "\n" or "\r\n".
func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n > 1 && b[n-2] == '\r' {
			b = b[:n-2]
		}
	}
	return b
}

// Blank reports whether line holds nothing but JSON white space.
func Blank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// The byte-order marks of UTF-8 and UTF-16.
const (
	// UTF8BOM is the byte-order mark of UTF-8: a file that starts with
	// it is read after it (see BOMProblem).
	UTF8BOM    = "\xEF\xBB\xBF"
	utf16BOMBE = "\xFE\xFF"
	utf16BOMLE = "\xFF\xFE"
)

// BOMProblem returns the problem of a file that starts with head, if it
// starts with a byte-order mark, and whether the file can be read after
// it: a UTF-8 mark ([UTF8BOM]) is skipped, a UTF-16 one ends the reading.
func BOMProblem(head []byte) (fe amity.FieldError, found, readOn bool) {
	switch h := string(head[:min(len(head), 3)]); {
	case strings.HasPrefix(h, UTF8BOM):
		return amity.FieldError{Kind: amity.KindSyntax, Value: "\uFEFF",
			Detail: "the file starts with a byte-order mark: amity reads UTF-8 without one"}, true, true
	case strings.HasPrefix(h, utf16BOMBE), strings.HasPrefix(h, utf16BOMLE):
		return amity.FieldError{Kind: amity.KindSyntax,
			Detail: "the file is UTF-16 (it starts with a UTF-16 byte-order mark): amity reads UTF-8"}, true, false
	}
	return amity.FieldError{}, false, true
}

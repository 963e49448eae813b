package lines

import (
	"bytes"
	"errors"
	"io"
)

// ErrTooLarge is the error a [DocReader] returns beyond its limit.
var ErrTooLarge = errors.New("document too large")

// docReadBytes is the most bytes a DocReader hands its caller at a time.
// A JSON decoder reads more only once it has used up what it holds, so
// what it holds unread is never more than this, and counting the line
// feeds in it costs at most this much.
const docReadBytes = 4 << 10

// DocReader reads a document up to a limit and counts its line feeds,
// so that byte offsets can be turned into lines without holding the
// document or a note for each line: the line of an offset is one more
// than the line feeds read, less those from the offset to the end of
// what was read. It keeps the last bytes read, [ColumnWindow] of them,
// so that an offset among them can be turned into a column.
type DocReader struct {
	r io.Reader
	// n is the number of bytes read; max the most that may be.
	n, max int64
	// lines is the number of line feeds in the n bytes read.
	lines int
	// tail holds the last bytes read, at most ColumnWindow of them in a
	// buffer of twice that; they start at offset n-len(tail).
	tail []byte
	// lineStart is the offset where the line of the first byte of tail
	// starts: one past the last line feed before it, or where the first
	// line starts.
	lineStart int64
}

// ColumnWindow is how far back from the end of what a [DocReader] has
// read an offset can be turned into a column. A JSON decoder holds at
// most 4 KiB unread (see Read), so an offset in that is always within
// it.
const ColumnWindow = 8 << 10

// NewDocReader returns a DocReader of the first max bytes of r.
func NewDocReader(r io.Reader, max int64) *DocReader {
	return &DocReader{r: r, max: max}
}

// Read reads at most 4 KiB from the underlying reader, and fails with
// [ErrTooLarge] once more than the limit would be read.
func (d *DocReader) Read(p []byte) (int, error) {
	if d.n >= d.max {
		var one [1]byte
		n, err := io.ReadFull(d.r, one[:])
		if n > 0 {
			return 0, ErrTooLarge
		}
		return 0, err // io.EOF, or an error of the reader
	}
	p = p[:min(int64(len(p)), d.max-d.n, docReadBytes)]
	n, err := d.r.Read(p)
	// A reader that keeps returning nothing and no error would keep its
	// caller waiting for ever: give up as bufio does.
	for empty := 1; n == 0 && err == nil && len(p) > 0; empty++ {
		if empty == maxEmptyReads {
			return 0, io.ErrNoProgress
		}
		n, err = d.r.Read(p)
	}
	d.lines += Count(p[:n])
	d.keep(p[:n])
	d.n += int64(n)
	return n, err
}

// keep adds b, the bytes just read, to the tail, and drops from its
// front what falls out of the window. It is called before d.n counts b.
func (d *DocReader) keep(b []byte) {
	if d.tail == nil {
		d.tail = make([]byte, 0, 2*ColumnWindow)
	}
	start := d.n - int64(len(d.tail))
	if len(b) >= ColumnWindow {
		d.lineStartAfter(d.tail, start)
		d.lineStartAfter(b[:len(b)-ColumnWindow], d.n)
		d.tail = d.tail[:0]
		b = b[len(b)-ColumnWindow:]
	} else if over := len(d.tail) + len(b) - ColumnWindow; over > 0 {
		d.lineStartAfter(d.tail[:over], start)
		d.tail = d.tail[:copy(d.tail, d.tail[over:])]
	}
	d.tail = append(d.tail, b...)
}

// lineStartAfter moves lineStart past the last line feed of b, bytes
// that start at offset off, if it has one.
func (d *DocReader) lineStartAfter(b []byte, off int64) {
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		d.lineStart = off + int64(i) + 1
	}
}

// StartLineAt makes the first line start at offset off: after a
// byte-order mark, which no editor counts as a column.
func (d *DocReader) StartLineAt(off int64) {
	if d.lineStart < off {
		d.lineStart = off
	}
}

// Column returns the 1-based column, in bytes, of the byte at offset
// off, and 0 if off is not among the last ColumnWindow bytes read.
func (d *DocReader) Column(off int64) int {
	start := d.n - int64(len(d.tail))
	if off < start || off >= d.n+1 {
		return 0
	}
	lineStart := d.lineStart
	if i := bytes.LastIndexByte(d.tail[:off-start], '\n'); i >= 0 {
		lineStart = start + int64(i) + 1
	}
	return int(off-lineStart) + 1
}

// maxEmptyReads is how many reads in a row may return nothing and no
// error before a DocReader gives up with [io.ErrNoProgress], as
// bufio.Reader does.
const maxEmptyReads = 100

// Lines returns the number of line feeds in the bytes read.
func (d *DocReader) Lines() int { return d.lines }

// Count returns the number of line feeds in b.
func Count(b []byte) int { return bytes.Count(b, []byte{'\n'}) }

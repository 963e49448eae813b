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
// what was read.
type DocReader struct {
	r io.Reader
	// n is the number of bytes read; max the most that may be.
	n, max int64
	// lines is the number of line feeds in the n bytes read.
	lines int
}

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
	d.n += int64(n)
	return n, err
}

// maxEmptyReads is how many reads in a row may return nothing and no
// error before a DocReader gives up with [io.ErrNoProgress], as
// bufio.Reader does.
const maxEmptyReads = 100

// Lines returns the number of line feeds in the bytes read.
func (d *DocReader) Lines() int { return d.lines }

// Count returns the number of line feeds in b.
func Count(b []byte) int { return bytes.Count(b, []byte{'\n'}) }

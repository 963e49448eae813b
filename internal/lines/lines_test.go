package lines

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// line is what Reader.Next returns for a line.
type line struct {
	Text string
	Size int
}

// readLines returns every line of data, read with a limit of max bytes
// through wrap.
func readLines(t *testing.T, data string, max int, wrap func(io.Reader) io.Reader) []line {
	t.Helper()
	r := NewReader(wrap(strings.NewReader(data)), max)
	var out []line
	for {
		l, size, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		out = append(out, line{string(l), size})
	}
}

func TestReaderNext(t *testing.T) {
	long := strings.Repeat("x", 100<<10)
	tests := []struct {
		name string
		data string
		max  int
		want []line
	}{
		{"none", "", 10, nil},
		{"one without a line end", "abc", 10, []line{{"abc", 3}}},
		{"line ends", "a\nb\r\nc\n", 10, []line{{"a", 1}, {"b", 1}, {"c", 1}}},
		{"empty and blank lines", "\n \r\n\t\n", 10, []line{{"", 0}, {" ", 1}, {"\t", 1}}},
		{"a carriage return alone is kept", "a\rb\n", 10, []line{{"a\rb", 3}}},
		{"longer than the limit", "0123456789abc\nd\n", 4, []line{{"0123456789abc", 13}, {"d", 1}}},
		{"longer than the buffer, within the limit", long + "\r\n" + "e", 1 << 20, []line{{long, len(long)}, {"e", 1}}},
		{"longer than the buffer and the limit", long + "\nf\n", 70 << 10, []line{{long, len(long)}, {"f", 1}}},
		{"longer than the buffer, no line end", long, 1 << 20, []line{{long, len(long)}}},
		{"longer than the buffer, \\r\\n across reads", long[:64<<10-1] + "\r\ng", 1 << 20, []line{{long[:64<<10-1], 64<<10 - 1}, {"g", 1}}},
	}
	for _, tt := range tests {
		for _, wrap := range []struct {
			name string
			f    func(io.Reader) io.Reader
		}{{"whole", func(r io.Reader) io.Reader { return r }}, {"a byte at a time", iotest.OneByteReader}} {
			t.Run(tt.name+"/"+wrap.name, func(t *testing.T) {
				got := readLines(t, tt.data, tt.max, wrap.f)
				// Of a line longer than the limit, its first bytes come,
				// as many as the limit at least.
				for i := range got {
					if i < len(tt.want) && tt.want[i].Size > tt.max {
						if len(got[i].Text) < tt.max || !strings.HasPrefix(tt.want[i].Text, got[i].Text) {
							t.Errorf("line %d: %d bytes that are not the first of the line", i, len(got[i].Text))
						}
						got[i].Text = tt.want[i].Text
					}
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("lines (-want +got):\n%s", diff)
				}
			})
		}
	}
}

func TestReaderError(t *testing.T) {
	bad := errors.New("bad")
	r := NewReader(io.MultiReader(strings.NewReader("a\n"), iotest.ErrReader(bad)), 10)
	if l, _, err := r.Next(); err != nil || string(l) != "a" {
		t.Fatalf("first line: %q, %v", l, err)
	}
	if _, _, err := r.Next(); !errors.Is(err, bad) {
		t.Errorf("after the error: %v, want %v", err, bad)
	}
}

func TestBlank(t *testing.T) {
	for s, want := range map[string]bool{"": true, " \t\r\n": true, " x ": false, "\u00a0": false, "\v": false} {
		if got := Blank([]byte(s)); got != want {
			t.Errorf("Blank(%q) = %t, want %t", s, got, want)
		}
	}
}

func TestBOMProblem(t *testing.T) {
	tests := []struct {
		head          string
		found, readOn bool
	}{
		{"", false, true},
		{"{", false, true},
		{UTF8BOM + "{", true, true},
		{"\xEF\xBB", false, true},
		{"\xFE\xFF\x00{", true, false},
		{"\xFF\xFE{\x00", true, false},
	}
	for _, tt := range tests {
		fe, found, readOn := BOMProblem([]byte(tt.head))
		if found != tt.found || readOn != tt.readOn || found != (fe.Detail != "") {
			t.Errorf("BOMProblem(%q) = %v, %t, %t; want a problem %t, %t", tt.head, fe, found, readOn, tt.found, tt.readOn)
		}
	}
}

func TestDocReader(t *testing.T) {
	data := strings.Repeat("{\n  \"a\": 1\n}\n", 1000)
	d := NewDocReader(strings.NewReader(data), int64(len(data)))
	var got bytes.Buffer
	p := make([]byte, 64<<10)
	for {
		n, err := d.Read(p)
		if n > docReadBytes {
			t.Fatalf("Read returned %d bytes, more than %d", n, docReadBytes)
		}
		got.Write(p[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if got.String() != data {
		t.Errorf("read %d bytes, not the document's %d", got.Len(), len(data))
	}
	if d.Lines() != Count([]byte(data)) || d.Lines() != 3000 {
		t.Errorf("Lines() = %d, want 3000", d.Lines())
	}
	// At the limit, a document with no more bytes ends; one with more is
	// too large.
	for _, tt := range []struct {
		data string
		want error
	}{{"abc", io.EOF}, {"abcd", ErrTooLarge}} {
		d := NewDocReader(strings.NewReader(tt.data), 3)
		if _, err := io.ReadFull(d, make([]byte, 3)); err != nil {
			t.Fatal(err)
		}
		if n, err := d.Read(make([]byte, 10)); n != 0 || err != tt.want {
			t.Errorf("%q past a limit of 3: %d, %v; want 0, %v", tt.data, n, err, tt.want)
		}
	}
}

// chunky reads its data in pieces of the sizes in sizes, in turn.
type chunky struct {
	data  []byte
	sizes []int
	i     int
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := min(len(p), len(c.data), c.sizes[c.i%len(c.sizes)])
	c.i++
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

// columns returns the 1-based byte column of each offset of data, whose
// first line starts at first, and of the offset past its end.
func columns(data []byte, first int) []int {
	cols := make([]int, len(data)+1)
	start := first
	for off := range cols {
		if off > 0 && data[off-1] == '\n' {
			start = off
		}
		cols[off] = off - start + 1
	}
	return cols
}

// TestDocReaderColumn reads documents in pieces of many sizes, long lines
// and short, and checks after every read the column of every offset in
// the window against the column counted in the whole document, and that
// offsets before the window have none.
func TestDocReaderColumn(t *testing.T) {
	long := strings.Repeat("x", 3*ColumnWindow)
	docs := map[string]string{
		"short lines": strings.Repeat("{\n  \"a\": 1\n}\n", 2000),
		"long lines":  "[\"" + long + "\",\n \"" + long + "\"]\n" + long + "\n\n\nab\n",
		"one line":    strings.Repeat("{\"a\": 1}, ", 3000),
		"bom":         UTF8BOM + "{\"a\":\n  1}",
	}
	for name, data := range docs {
		for _, sizes := range [][]int{{1}, {7, 4096, 3}, {4096}, {1000, 1, 2500}} {
			first := 0
			if strings.HasPrefix(data, UTF8BOM) {
				first = len(UTF8BOM)
			}
			cols := columns([]byte(data), first)
			d := NewDocReader(&chunky{data: []byte(data), sizes: sizes}, int64(len(data)))
			d.StartLineAt(int64(first))
			p := make([]byte, 64<<10)
			reads := 0
			for {
				_, err := d.Read(p)
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				reads++
				if reads%13 != 0 {
					continue
				}
				// Every offset near the ends of the window, and a sample
				// of those between.
				for off := max(0, d.n-ColumnWindow-2); off <= d.n; off++ {
					if rel := d.n - off; rel > 3 && rel < ColumnWindow-3 && rel%251 != 0 {
						continue
					}
					want := 0
					if off >= d.n-int64(len(d.tail)) {
						want = cols[off]
					}
					if got := d.Column(off); got != want {
						t.Fatalf("%s, reads of %v: after %d bytes, Column(%d) = %d, want %d", name, sizes, d.n, off, got, want)
					}
				}
			}
			if len(d.tail) != min(len(data), ColumnWindow) {
				t.Errorf("%s: %d bytes kept, want %d", name, len(d.tail), min(len(data), ColumnWindow))
			}
		}
	}
}

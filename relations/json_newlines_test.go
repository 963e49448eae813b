package relations_test

import (
	"bytes"
	"io"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// manyNewlines is the number of line feeds in the white space of the
// documents of the benchmarks below; the tests read a sixteenth of them,
// enough that a few bytes a line feed would be many times
// maxNewlineAlloc.
const manyNewlines = 1 << 22

// maxNewlineAlloc is the most bytes reading a document may allocate
// beyond reading the same document with spaces for its line feeds.
const maxNewlineAlloc = 64 << 10

// newlineDoc returns a document with before, then white space made of n
// repetitions of ws (each holding one line feed), then after.
func newlineDoc(before, ws string, n int, after string) []byte {
	return []byte(before + strings.Repeat(ws, n) + after)
}

// newlineProblems reads data, through wrap, with ReadJSON and returns
// the problems it reports, and the bytes allocated while reading.
func newlineProblems(t *testing.T, data []byte, wrap func(io.Reader) io.Reader) ([]ioProblem, uint64) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := relations.ReadJSON(wrap(bytes.NewReader(data)), relations.ReadOptions{})
	runtime.ReadMemStats(&after)
	return ioProblems(t, err), after.TotalAlloc - before.TotalAlloc
}

// TestReadJSONManyNewlines reads documents with millions of line feeds
// in their white space and a problem after them: the problem is on the
// right line, and the memory the reading needs does not grow with the
// number of line feeds: it is that of reading the same document with
// spaces in their place (the JSON decoder buffers the white space between
// two tokens either way). Fewer line feeds are read a byte or a few at a
// time too, so that the lines do not depend on how the input comes.
func TestReadJSONManyNewlines(t *testing.T) {
	readers := []struct {
		name string
		wrap func(io.Reader) io.Reader
		n    int // line feeds in the white space
	}{
		{"whole", func(r io.Reader) io.Reader { return r }, manyNewlines / 16},
		{"one-byte", iotest.OneByteReader, 5000},
		{"half", iotest.HalfReader, 5000},
	}
	// Each pattern holds one line feed: alone, after a carriage return,
	// or apart from the next by a space, so that the line feeds form no
	// long runs.
	patterns := []struct{ name, ws string }{
		{"lf", "\n"},
		{"crlf", "\r\n"},
		{"lf-space", "\n "},
	}
	// A problem to report: its line counts from the end of the white
	// space if afterWS, from the start of the file if not.
	type problem struct {
		afterWS bool
		line    int
		path    string
		kind    amity.ErrorKind
	}
	problems := []struct {
		name          string
		before, after string
		want          []problem
	}{
		{
			name:   "malformed",
			before: `{"schema": "amity/v2", "states": [`,
			after:  `x]}`,
			want:   []problem{{true, 1, "states[0]", amity.KindSyntax}},
		},
		{
			name:   "entity",
			before: `{"schema": "amity/v2", "states": [`,
			after:  "{\"id\": \"TR\",\n\"name\": \"Türkiye\", \"bogus\": 1}]}",
			want:   []problem{{true, 2, "states[0].bogus", amity.KindSyntax}},
		},
		{
			name:   "after-end",
			before: `{"schema": "amity/v2"}`,
			after:  `x`,
			want:   []problem{{true, 1, "", amity.KindSyntax}},
		},
		{
			name:   "bom",
			before: "\uFEFF{\"schema\": \"amity/v2\", \"states\": [",
			after:  `x]}`,
			want:   []problem{{false, 1, "", amity.KindSyntax}, {true, 1, "states[0]", amity.KindSyntax}},
		},
	}
	for _, r := range readers {
		for _, ws := range patterns {
			for _, p := range problems {
				t.Run(r.name+"/"+ws.name+"/"+p.name, func(t *testing.T) {
					var want []ioProblem
					for _, w := range p.want {
						line := w.line
						if w.afterWS {
							line += r.n
						}
						want = append(want, ioProblem{line, w.path, w.kind})
					}
					got, alloc := newlineProblems(t, newlineDoc(p.before, ws.ws, r.n, p.after), r.wrap)
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("problems (-want +got):\n%s", diff)
					}
					// The same document with spaces for its white space: the
					// decoder buffers as many bytes, and there is no line to
					// count. An int a line feed would be 8n bytes more.
					spaces := strings.Repeat(" ", len(ws.ws))
					_, base := newlineProblems(t, newlineDoc(p.before, spaces, r.n, p.after), r.wrap)
					if extra := int64(alloc) - int64(base); extra > maxNewlineAlloc {
						t.Errorf("reading %d line feeds allocated %d bytes more than reading spaces, want at most %d (an int a line feed: %d)",
							r.n, extra, maxNewlineAlloc, 8*r.n)
					}
				})
			}
		}
	}
}

// BenchmarkReadJSONNewlines reads a document whose list of states is
// preceded by millions of line feeds, against the baseline of the same
// document with spaces in their place: the bytes allocated a read should
// be about the same.
func BenchmarkReadJSONNewlines(b *testing.B) {
	const (
		before = `{"schema": "amity/v2", "states": [`
		after  = `{"id": "TR", "name": "Türkiye"}]}`
	)
	for _, ws := range []struct{ name, ws string }{{"ws=newlines", "\n"}, {"ws=spaces", " "}} {
		b.Run(ws.name, func(b *testing.B) {
			data := newlineDoc(before, ws.ws, manyNewlines, after)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				d, err := relations.ReadJSON(bytes.NewReader(data), relations.ReadOptions{})
				if err != nil || len(d.Records().States) != 1 {
					b.Fatalf("ReadJSON: %v", err)
				}
			}
		})
	}
}

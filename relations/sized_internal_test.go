package relations

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/lines"
)

// TestLineCounts checks the first pass of a sized reading against lines
// split one by one, at every size of read from a byte up, so that lines
// and their heads cross the reads' ends: a byte-order mark left out,
// Windows line ends, a last line with no line end, a line whose kind
// fastCodec cannot read, empty lines; from where the input stands, for
// each input that can tell it, and none for one that cannot.
func TestLineCounts(t *testing.T) {
	codecs := codecs()
	long := `{"entity":"visit","id":"` + strings.Repeat("x", 300) + `"}`
	inputs := []string{
		"",
		"\n\n",
		lines.UTF8BOM + `{"entity":"state","id":"AZ"}` + "\n" + `{"entity":"state","id":"IR"}`,
		`{"entity":"meeting"}` + "\r\n" + `{"entity":"visit"}` + "\r\n\r\n" + long + "\n" + `{"id":"v","entity":"visit"}` + "\n",
		`{"entity":"organization"` + "\n" + `{"entity":"no-kind"}` + "\n" + `{"entity":"tie"` + "\n" + lines.UTF8BOM + `{"entity":"tie"}`,
	}
	// want returns the counts and the bytes of the lines of in, as
	// [counts, sizes].
	want := func(in string) [2][]int {
		counts, sizes := make([]int, len(codecs)), make([]int, len(codecs))
		for l := range strings.SplitAfterSeq(strings.TrimPrefix(in, lines.UTF8BOM), "\n") {
			if k := fastCodec(codecs, []byte(l)); k >= 0 {
				counts[k]++
				sizes[k] += len(l)
			}
		}
		return [2][]int{counts, sizes}
	}
	lineCounts := func(r io.Reader, codecs []codec) [2][]int {
		counts, sizes := lineCounts(r, codecs)
		return [2][]int{counts, sizes}
	}
	defer func(n int) { countChunk = n }(countChunk)
	file := filepath.Join(t.TempDir(), "lines.jsonl")
	for _, in := range inputs {
		for _, chunk := range []int{1, 2, 3, 7, 11, 64, 65, 1 << 20} {
			countChunk = chunk
			if got := lineCounts(strings.NewReader(in), codecs); !cmp.Equal(want(in), got) {
				t.Errorf("chunk %d, %q: strings.Reader: counts %v, want %v", chunk, in, got, want(in))
			}
			if got := lineCounts(bytes.NewReader([]byte(in)), codecs); !cmp.Equal(want(in), got) {
				t.Errorf("chunk %d, %q: bytes.Reader: counts %v, want %v", chunk, in, got, want(in))
			}
			if err := os.WriteFile(file, []byte(in), 0o644); err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			if got := lineCounts(f, codecs); !cmp.Equal(want(in), got) {
				t.Errorf("chunk %d, %q: *os.File: counts %v, want %v", chunk, in, got, want(in))
			}
			f.Close()
		}
	}
	// From where the input stands, which is left there.
	in := inputs[3]
	cut := strings.Index(in, "\n") + 1
	sr := strings.NewReader(in)
	if _, err := sr.Seek(int64(cut), io.SeekStart); err != nil {
		t.Fatal(err)
	}
	if got := lineCounts(sr, codecs); !cmp.Equal(want(in[cut:]), got) || sr.Len() != len(in)-cut {
		t.Errorf("after line 1: counts %v, want %v; %d bytes left, want %d", got, want(in[cut:]), sr.Len(), len(in)-cut)
	}
	if err := os.WriteFile(file, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Seek(int64(cut), io.SeekStart); err != nil {
		t.Fatal(err)
	}
	if got := lineCounts(f, codecs); !cmp.Equal(want(in[cut:]), got) {
		t.Errorf("file after line 1: counts %v, want %v", got, want(in[cut:]))
	}
	if at, _ := f.Seek(0, io.SeekCurrent); at != int64(cut) {
		t.Errorf("the file was left at %d, want %d", at, cut)
	}
	// An input that cannot tell its lines is read unsized.
	if got := lineCounts(struct{ io.Reader }{strings.NewReader(in)}, codecs); got[0] != nil || got[1] != nil {
		t.Errorf("a plain io.Reader: counts %v, want none", got)
	}
	if _, err := f.Seek(0, io.SeekEnd); err != nil {
		t.Fatal(err)
	}
	if got := lineCounts(f, codecs); !cmp.Equal(want(""), got) {
		t.Errorf("a file at its end: counts %v, want all zero", got)
	}
}

// TestConcatInPlace checks the gathering of the lists of a reading's
// batches: parts that lie where they are to go are not copied, nor are
// they moved; parts after a gap are moved down, and the room left is
// cleared; and a part elsewhere, parts out of order or too little room
// send all to a new array.
func TestConcatInPlace(t *testing.T) {
	type cell struct{ s *string }
	mk := func(names ...string) []cell {
		out := make([]cell, len(names))
		for i := range names {
			out[i] = cell{&names[i]}
		}
		return out
	}
	names := func(l []cell) []string {
		var out []string
		for _, c := range l {
			out = append(out, *c.s)
		}
		return out
	}
	arr := mk("a", "b", "c", "d", "e", "f")
	dst := arr[:0]
	// In place, one after the other.
	got, copied := concatInPlace(dst, [][]cell{arr[0:2], nil, arr[2:3], arr[3:6]})
	if copied != 0 || &got[0] != &arr[0] || !cmp.Equal(names(got), []string{"a", "b", "c", "d", "e", "f"}) {
		t.Errorf("in place: %v, %d copied", names(got), copied)
	}
	// A gap after the first part: the rest moves down, and the array is
	// cleared up to where the last part ended, not beyond, where a batch
	// not gathered may be decoding.
	arr = mk("a", "b", "x", "d", "e", "f", "g")
	got, copied = concatInPlace(arr[:0], [][]cell{arr[0:2], arr[3:5], arr[5:6]})
	if copied != 3 || &got[0] != &arr[0] || !cmp.Equal(names(got), []string{"a", "b", "d", "e", "f"}) || arr[5].s != nil || arr[6].s == nil {
		t.Errorf("after a gap: %v, %d copied, room %v %v", names(got), copied, arr[5], arr[6])
	}
	// No room: a new array holds all.
	arr = mk("a", "b")
	got, copied = concatInPlace(arr[:1], [][]cell{mk("y", "z")})
	if copied != 3 || &got[0] == &arr[0] || !cmp.Equal(names(got), []string{"a", "y", "z"}) || cap(got) != 3 {
		t.Errorf("no room: %v, %d copied, cap %d", names(got), copied, cap(got))
	}
	// A part elsewhere before parts in place, which copying it in would
	// overwrite: a new array holds all.
	arr = mk("a", "b", "c", "d", "e")
	grown := mk("x", "y")
	got, copied = concatInPlace(arr[:0], [][]cell{arr[0:1], grown, arr[2:4]})
	if copied != 5 || &got[0] == &arr[0] || !cmp.Equal(names(got), []string{"a", "x", "y", "c", "d"}) {
		t.Errorf("a part elsewhere first: %v, %d copied", names(got), copied)
	}
	// Parts in the room, but out of order: a new array.
	arr = mk("a", "b", "c")
	got, copied = concatInPlace(arr[:0], [][]cell{arr[2:3], arr[0:2]})
	if copied != 3 || &got[0] == &arr[0] || !cmp.Equal(names(got), []string{"c", "a", "b"}) {
		t.Errorf("out of order: %v, %d copied", names(got), copied)
	}
	// Nothing to add.
	if got, copied := concatInPlace(arr[:1], [][]cell{nil, {}}); copied != 0 || len(got) != 1 || &got[0] != &arr[0] {
		t.Errorf("nothing: %v, %d copied", names(got), copied)
	}
}

// TestGatherAllCollects checks that gathering collects garbage after a
// kind's copy worth it (see worthCollecting), and only then: a copy just
// below collectAfter, or none, as in a sized reading, collects nothing. It counts the
// collections that were asked for, which only runtime.GC and
// debug.FreeOSMemory make.
func TestGatherAllCollects(t *testing.T) {
	forced := func() uint64 {
		s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	codecs := codecs()
	// A copy of collectAfter is worth a collection if the heap holds
	// less than 64 times as much; more than a test's visits.
	atLeast := int(max(collectAfter, heapLive()/32)/uint64(unsafe.Sizeof(events.Visit{}))) + 1
	below := int(collectAfter / unsafe.Sizeof(events.Visit{}))
	for _, tt := range []struct {
		name string
		// parts returns the lists to gather, and the records to gather
		// them into.
		parts   func() (Records, []Records)
		copied  int
		collect uint64
	}{
		{"a copy worth collecting", func() (Records, []Records) {
			return Records{}, []Records{{Visits: make([]events.Visit, atLeast/2)}, {Visits: make([]events.Visit, atLeast-atLeast/2), Ties: make([]cooperation.Tie, 3)}}
		}, atLeast + 3, 1},
		{"copies below it", func() (Records, []Records) {
			return Records{}, []Records{{Visits: make([]events.Visit, below)}, {Initiatives: make([]cooperation.Initiative, below/2)}}
		}, below + below/2, 0},
		{"in place", func() (Records, []Records) {
			visits := make([]events.Visit, 2*atLeast)
			return Records{Visits: visits[:0]}, []Records{{Visits: visits[:atLeast:atLeast]}, {Visits: visits[atLeast:]}}
		}, 0, 0},
	} {
		rec, parts := tt.parts()
		want := 0
		for i := range parts {
			want += parts[i].Len()
		}
		before := forced()
		copied := gatherAll(&rec, parts, codecs)
		collected := forced() - before
		if copied != tt.copied || collected != tt.collect || rec.Len() != want {
			t.Errorf("%s: %d copied, %d collections, %d records; want %d, %d, %d", tt.name, copied, collected, rec.Len(), tt.copied, tt.collect, want)
		}
	}
}

// TestWorthCollecting checks when a copy is worth a collection: of
// collectAfter bytes or more, and a 64th part of the heap live or more;
// and that the heap is not read for a smaller copy.
func TestWorthCollecting(t *testing.T) {
	for _, tt := range []struct {
		n, live uint64
		want    bool
	}{
		{0, 0, false},
		{collectAfter - 1, 0, false},
		{collectAfter, 0, true},
		{collectAfter, 64 * collectAfter, true},
		{collectAfter, 64*collectAfter + 64, false},
		{1 << 30, 1 << 36, true},
		{1 << 30, 1<<36 + 64, false},
	} {
		asked := false
		live := func() uint64 {
			asked = true
			return tt.live
		}
		if got := worthCollecting(tt.n, live); got != tt.want {
			t.Errorf("worthCollecting(%d, %d) = %v, want %v", tt.n, tt.live, got, tt.want)
		}
		if asked && tt.n < collectAfter {
			t.Errorf("worthCollecting(%d, %d) read the heap for a copy below collectAfter", tt.n, tt.live)
		}
	}
}

// BenchmarkLineCounts measures the first pass of a sized reading, in
// bytes a second, over 8 MiB of lines of the sizes an archive's are.
func BenchmarkLineCounts(b *testing.B) {
	var in []byte
	for k := 0; len(in) < 8<<20; k++ {
		kind := []string{"meeting", "meeting", "meeting", "visit", "initiative"}[k%5]
		in = append(in, `{"entity":"`+kind+`","id":"`+strings.Repeat("x", 400+k%300)+"\"}\n"...)
	}
	codecs := codecs()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if counts, _ := lineCounts(bytes.NewReader(in), codecs); counts == nil {
			b.Fatal("no counts")
		}
	}
}

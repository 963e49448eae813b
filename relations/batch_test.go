package relations

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestBatchListsHoldTheirKind checks that a worker makes the list of
// each kind of a batch with room for the batch's entities of that kind,
// not for all its lines: in an archive whose lines mix the kinds, lists
// made for every line held several times the memory of what they held
// until the end of the read. A line that does not start as amity writes
// it, {"entity":"KIND", is not counted ahead: its list grows as it must,
// to at most twice what it holds.
func TestBatchListsHoldTheirKind(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
		// forStore makes the worker encode the meetings for the store.
		forStore bool
		// exact is set if every line starts as amity writes it.
		exact bool
	}{
		{"one kind", repeatLines(`{"entity":"state","id":"S%d","name":"x"}`, 40), false, true},
		{"mixed", mixLines(30, 20, 10), false, true},
		{"mixed, meetings for the store", mixLines(30, 20, 10), true, true},
		{"a line of no known kind", append(mixLines(5, 3, 2), `{"entity":"nothing"}`), false, true},
		{"a line not as amity writes it", append(mixLines(5, 3, 2), ` {"entity":"state","id":"SX","name":"x"}`), false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rd := &reading{opts: ReadOptions{}.WithDefaults(), codecs: codecs()}
			w := &worker{opts: rd.opts, codecs: rd.codecs, fast: rd.opts.fastDecoder(), free: make(chan []byte, 1)}
			if tt.forStore {
				w.meetings = newMeetingEncoder(0, forDataset)
			}
			b := &batch{first: 1, done: make(chan struct{})}
			for _, l := range tt.lines {
				b.data = append(b.data, l...)
				b.ends = append(b.ends, len(b.data))
				b.sizes = append(b.sizes, len(l))
			}
			w.run(b)
			if b.panicked != nil {
				t.Fatal(b.panicked)
			}
			held := 0
			rv := reflect.ValueOf(b.rec)
			for i := range rv.NumField() {
				l := rv.Field(i)
				held += l.Len()
				if l.Cap() != l.Len() && (tt.exact || l.Cap() > 2*l.Len()) {
					t.Errorf("%s: room for %d, %d held", rv.Type().Field(i).Name, l.Cap(), l.Len())
				}
			}
			if cap(b.spans) != len(b.spans) || tt.forStore != (len(b.spans) > 0) {
				t.Errorf("room for %d spans of meetings, %d held", cap(b.spans), len(b.spans))
			}
			if want := wantHeld(tt.lines, tt.forStore); held != want {
				t.Errorf("%d entities held, want %d", held, want)
			}
		})
	}
}

// repeatLines returns n lines of format, each with its index.
func repeatLines(format string, n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf(format, i))
	}
	return out
}

// mixLines returns lines of sources, states and meetings, the kinds
// taking turns, in the numbers given.
func mixLines(sources, states, meetings int) []string {
	var out []string
	for i := 0; sources+states+meetings > 0; i++ {
		if sources > 0 {
			out = append(out, fmt.Sprintf(`{"entity":"source","id":"src-%d","title":"t"}`, i))
			sources--
		}
		if states > 0 {
			out = append(out, fmt.Sprintf(`{"entity":"state","id":"S%d","name":"x"}`, i))
			states--
		}
		if meetings > 0 {
			out = append(out, fmt.Sprintf(`{"entity":"meeting","id":"m-%d","date":"2022-06-20"}`, i))
			meetings--
		}
	}
	return out
}

// wantHeld returns the number of entities of lines a batch holds once
// decoded: every line of a known kind, but the meetings if they are
// encoded for the store.
func wantHeld(lines []string, forStore bool) int {
	n := 0
	for _, l := range lines {
		switch {
		case strings.Contains(l, `"nothing"`):
		case forStore && strings.Contains(l, `"meeting"`):
		default:
			n++
		}
	}
	return n
}

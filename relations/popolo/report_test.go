package popolo_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/popolo"
	"github.com/go-json-experiment/json/jsontext"
)

// at returns the value at path p of v, a document decoded as generic JSON.
func at(v any, p amity.Path) (any, bool) {
	for _, e := range p.Elems() {
		switch x := v.(type) {
		case map[string]any:
			if e.IsIndex() {
				return nil, false
			}
			var ok bool
			if v, ok = x[e.Name]; !ok {
				return nil, false
			}
		case []any:
			if !e.IsIndex() || e.Index >= len(x) {
				return nil, false
			}
			v = x[e.Index]
		default:
			return nil, false
		}
	}
	return v, true
}

// offsetOf returns the offset of the 1-based line and byte column in data.
func offsetOf(data []byte, line, col int) int {
	off := 0
	for range line - 1 {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off + col - 1
}

// checkPositions checks that every item of rep whose path is in data has
// a line and column, and that the JSON value read from there is the value
// at its path: the position is where the value starts.
func checkPositions(t *testing.T, data []byte, rep popolo.Report) {
	t.Helper()
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, list := range [][]popolo.Item{rep.Unmapped, rep.Filled, rep.Missing} {
		for _, it := range list {
			want, ok := at(doc, it.Path)
			if !ok {
				if it.Line != 0 {
					t.Errorf("%v: at line %d, column %d, though its path is not in the input", it, it.Line, it.Column)
				}
				continue
			}
			if it.Line <= 0 || it.Column <= 0 {
				t.Errorf("%v: no line and column", it)
				continue
			}
			off := offsetOf(data, it.Line, it.Column)
			if off < 0 || off >= len(data) {
				t.Errorf("%v: line %d, column %d is not in the input", it, it.Line, it.Column)
				continue
			}
			v, err := jsontext.NewDecoder(bytes.NewReader(data[off:])).ReadValue()
			var got any
			if err == nil {
				err = json.Unmarshal(v, &got)
			}
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%v: at line %d, column %d the input holds %.40q, not the value at the path", it, it.Line, it.Column, data[off:])
			}
		}
	}
}

// TestImportFaults checks that ImportWith counts the faults of the input,
// and not what amity has no place for, and gives up past the limit of
// problems as the readers do.
func TestImportFaults(t *testing.T) {
	memberships := func(n int) string {
		var b strings.Builder
		b.WriteString(`{"persons": [{"id": "p", "name": "A", "birth_date": "1960", "gender": "f", "email": "a@example.org"}], "memberships": [`)
		for i := range n {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, `{"person_id": "nobody-%d", "organization_id": "o"}`, i)
		}
		b.WriteString("]}")
		return b.String()
	}
	for _, tt := range []struct {
		name    string
		in      string
		faults  int
		tooMany bool
	}{
		{"what amity cannot carry is no fault", memberships(0), 0, false},
		{"faults up to the limit", memberships(3), 3, false},
		{"faults past the limit", memberships(4), 4, true},
		{"values of the wrong type and repeated ids", `{"persons": [{"id": "p", "name": 5}, {"id": "p", "name": "B"}], "memberships": 7}`, 3, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, rep, err := popolo.ImportWith(strings.NewReader(tt.in), relations.ReadOptions{MaxProblems: 3})
			if rep.Faults != tt.faults {
				t.Errorf("%d faults, want %d; report:\n%s", rep.Faults, tt.faults, rep)
			}
			if tt.tooMany != errors.Is(err, amity.ErrTooLarge) {
				t.Fatalf("error %v; want one of kind too large: %t", err, tt.tooMany)
			}
			if tt.tooMany && (len(r.Officials) != 0 || rep.Empty()) {
				t.Errorf("past the limit: %d officials and a report of %d items; want none and the report", len(r.Officials), len(rep.Unmapped))
			}
			if !tt.tooMany && len(r.Officials) != 1 {
				t.Errorf("%d officials, want 1", len(r.Officials))
			}
		})
	}
}

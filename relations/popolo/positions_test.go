package popolo_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/amitydata/amity"
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

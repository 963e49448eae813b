package jsoncodec_test

import (
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/google/go-cmp/cmp"
)

func TestPointer(t *testing.T) {
	for _, tt := range []struct {
		path amity.Path
		want string
	}{
		{amity.Path{}, ""},
		{amity.NewPath("meetings").Index(3).Child("date"), "/meetings/3/date"},
		{amity.NewPath("field_sources").Child("a/b~c"), "/field_sources/a~1b~0c"},
	} {
		if got := jsoncodec.Pointer(tt.path); got != tt.want {
			t.Errorf("Pointer(%v) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// TestValueOffsets finds values by pointer and checks each offset
// against where the value is found by searching the text.
func TestValueOffsets(t *testing.T) {
	data := " {\"a\": [1, {\"b\" :  \"x\"},\n\t[true]], \"c/d\": {\"e~f\": null}, \"a\": 7, \"g\": \"h\"}"
	tests := []struct {
		ptr, mark string // mark is where the value starts; "" if absent
	}{
		{"", `{"a"`},
		{"/a", "7,"}, // the last of a name given twice
		{"/a/0", "1,"},
		{"/a/1", `{"b"`},
		{"/a/1/b", `"x"`},
		{"/a/2", "[true]"},
		{"/a/2/0", "true"},
		{"/c~1d/e~0f", "null"},
		{"/g", `"h"`},
		{"/a/3", ""},
		{"/z", ""},
		{"/g/0", ""},
		{"/a/1/b", `"x"`}, // asked twice
	}
	var ptrs []string
	var want []int
	for _, tt := range tests {
		ptrs = append(ptrs, tt.ptr)
		if tt.mark == "" {
			want = append(want, -1)
		} else {
			want = append(want, strings.Index(data, tt.mark))
		}
	}
	if diff := cmp.Diff(want, jsoncodec.ValueOffsets([]byte(data), ptrs)); diff != "" {
		t.Errorf("offsets (-want +got):\n%s", diff)
	}
	// Input cut short: what comes before the cut is found, the rest not.
	cut := data[:strings.Index(data, "[true]")]
	if diff := cmp.Diff([]int{strings.Index(data, `"x"`), -1}, jsoncodec.ValueOffsets([]byte(cut), []string{"/a/1/b", "/g"})); diff != "" {
		t.Errorf("offsets in a cut input (-want +got):\n%s", diff)
	}
}

func TestLineColumn(t *testing.T) {
	data := []byte("ab\ncd\n\nef")
	for _, tt := range []struct{ off, col, line, wantCol int }{
		{0, 1, 1, 1}, {1, 1, 1, 2}, {1, 5, 1, 6}, {1, 0, 1, 0}, {3, 0, 2, 1}, {4, 0, 2, 2}, {6, 0, 3, 1}, {8, 0, 4, 2},
	} {
		if line, col := jsoncodec.LineColumn(data, tt.off, tt.col); line != tt.line || col != tt.wantCol {
			t.Errorf("LineColumn(%d, %d) = %d, %d; want %d, %d", tt.off, tt.col, line, col, tt.line, tt.wantCol)
		}
	}
}

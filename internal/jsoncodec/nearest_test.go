package jsoncodec

import "testing"

func TestNearest(t *testing.T) {
	names := []string{"id", "title", "publisher", "published", "author", "url", "cites"}
	for _, tt := range []struct{ s, want string }{
		{"titel", "title"},
		{"Title", "title"},
		{"publishr", "publisher"},
		{"publishd", "published"},
		{"ur", "url"},
		{"colour", ""},
		{"x", ""},
		{"title", ""},
	} {
		if got := Nearest(tt.s, names); got != tt.want {
			t.Errorf("Nearest(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	if got := editDistance("ab", "ba"); got != 1 {
		t.Errorf("a swap is %d edits, want 1", got)
	}
}

package amity

import "testing"

func TestTypeWords(t *testing.T) {
	for in, want := range map[string]string{
		"Topic": "topic", "InitiativeKind": "initiative kind", "CAMEOCode": "CAMEO code",
		"PLOVEREvent": "PLOVER event", "PLOVERMode": "PLOVER mode", "Status": "status", "ID": "ID",
	} {
		if got := typeWords(in); got != want {
			t.Errorf("typeWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestValidTextASCII checks that the ASCII path of validText answers as
// the Unicode one, on every string of up to two ASCII bytes and on runs
// of the spaces and controls.
func TestValidTextASCII(t *testing.T) {
	var strs []string
	for a := range 128 {
		strs = append(strs, string(rune(a)))
		for b := range 128 {
			strs = append(strs, string(rune(a))+string(rune(b)))
		}
	}
	strs = append(strs, "", "a b", " a", "a ", "a\tb", "a\nb", "\ta", "a\n", "a\x7fb", "a  b")
	for _, s := range strs {
		for _, multiline := range []bool{false, true} {
			if got, want := validText(s, multiline), validUnicodeText(s, multiline); got != want {
				t.Errorf("validText(%q, %v) = %v, want %v", s, multiline, got, want)
			}
		}
	}
}

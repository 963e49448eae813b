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

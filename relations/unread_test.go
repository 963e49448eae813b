package relations

import (
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

// TestBuildUnreadLongID checks that a reference to an ID that a reader
// could not decode says so even when the ID is longer than a problem
// quotes: the checker matches the whole ID, not the value it reports.
func TestBuildUnreadLongID(t *testing.T) {
	long := orgs.OfficialID(strings.Repeat("o", 120))
	r := queryRecords()
	r.Meetings[0].Participants[0].Official = long
	r.Meetings[0].Participants[0].Post = ""
	r.Meetings[0].Statements = nil
	_, err := build(r, true, true, map[string]int{string(long): 7}, nil, &sink{})
	var found bool
	for _, fe := range amity.Errors(err) {
		if fe.Kind == amity.KindNotFound && fe.Path.String() == "meetings[0].participants[0].official" {
			found = true
			if want := "no official has this ID: the entity on line 7 that has it could not be read"; fe.Detail != want {
				t.Errorf("detail %q, want %q", fe.Detail, want)
			}
			if len(fe.Value) >= len(long) {
				t.Errorf("the value is not clipped: %d bytes", len(fe.Value))
			}
		}
	}
	if !found {
		t.Fatalf("no not-found problem at meetings[0].participants[0].official in %v", err)
	}
}

package relations

import (
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

// TestBuildUnreadLongID checks that a reference to an ID that a reader
// could not decode is counted for the line of the entity that has it, not
// reported on its own, even when the ID is longer than a problem quotes:
// the checker matches the whole ID, not the value it reports.
func TestBuildUnreadLongID(t *testing.T) {
	long := orgs.OfficialID(strings.Repeat("o", 120))
	r := queryRecords()
	r.Meetings[0].Participants[0].Official = long
	r.Meetings[0].Participants[0].Post = ""
	r.Meetings[0].Statements = nil
	found := &sink{}
	_, err := build(r, true, true, map[string]int{string(long): 7}, nil, found)
	for _, fe := range amity.Errors(err) {
		if fe.Kind == amity.KindNotFound && fe.Path.String() == "meetings[0].participants[0].official" {
			t.Errorf("the reference is reported on its own: %v", fe)
		}
	}
	if found.followOn[7] != 1 {
		t.Errorf("references counted for line 7: %d, want 1", found.followOn[7])
	}
}

package fromdataset_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/fromdataset"
	"github.com/amitydata/amity/relations"
)

// TestAllButMeetings checks that the records are those of Records, but
// for the meetings.
func TestAllButMeetings(t *testing.T) {
	d, err := relations.New(azernews.Records())
	if err != nil {
		t.Fatal(err)
	}
	want := d.Records()
	want.Meetings = nil
	got := fromdataset.AllButMeetings(d)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(got.Officials) == 0 || len(got.Visits) == 0 {
		t.Error("the story's officials or visits are missing: the test would not see a difference")
	}
}

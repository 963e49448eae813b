package relations

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDatasetMeetings checks that Meetings and Records give back the
// meetings New was given, in their order, and that Meetings stops when
// asked to.
func TestDatasetMeetings(t *testing.T) {
	want := benchRecords(500).Meetings
	d, err := New(benchRecords(500))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, slices.Collect(d.Meetings())); diff != "" {
		t.Errorf("Meetings() (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, d.Records().Meetings); diff != "" {
		t.Errorf("Records().Meetings (-want +got):\n%s", diff)
	}
	n := 0
	for range d.Meetings() {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("stopped after %d meetings, want 3", n)
	}
}

package relations

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// allQueries runs every query of d with arguments that give results on
// the test dataset, and returns what each gave, by name.
func allQueries(d *Dataset) map[string]any {
	tie, n, ok := d.Anniversary("AZ", "IR", 2022)
	v1, _ := d.Visit("v1")
	occasion, occasionOK := d.VisitOccasion(v1)
	return map[string]any{
		"MeetingsBetween":   meetingIDs(d.MeetingsBetween("AZ", "IR", Period{From: date("2022"), To: date("2022")})),
		"MeetingsOf":        meetingIDs(d.MeetingsOf("karimov")),
		"Met":               meetingIDs(d.Met("karimov", "ismaili")),
		"Encounters":        slices.Collect(d.Encounters()),
		"Timeline":          slices.Collect(d.Timeline("AZ", "IR")),
		"OfficialsOf":       slices.Collect(d.OfficialsOf("TR", date("2019"))),
		"SharedMemberships": slices.Collect(d.SharedMemberships("AZ", "IR", date("2022-06-20"))),
		"Initiatives":       initiativeIDs(d.Initiatives(InitiativeFilter{Party: "AZ", Open: true})),
		"InitiativesAt":     initiativeIDs(d.InitiativesAt("m3")),
		"Proposals":         slices.Collect(d.Proposals()),
		"Anniversary":       fmt.Sprint(tie.ID, n, ok),
		"VisitOccasion":     fmt.Sprint(occasion, occasionOK),
		"Intensity":         slices.Collect(d.Intensity()),
		"IntensityOf":       d.IntensityOf("IR", "AZ", 2022),
		"Find":              slices.Collect(d.Find("Mehdi")),
	}
}

// TestConcurrentQueries runs every query from many goroutines on one
// dataset while other goroutines build and query datasets of their own.
// Run it with -race: a Dataset must be safe for concurrent use, and
// building one must share nothing mutable with another.
func TestConcurrentQueries(t *testing.T) {
	const readers, builders, rounds = 16, 4, 20
	shared := newQueryDataset(t)
	want := allQueries(shared)
	var wg sync.WaitGroup
	errs := make(chan string, readers+builders)
	for g := range readers {
		wg.Go(func() {
			for range rounds {
				if diff := cmp.Diff(want, allQueries(shared)); diff != "" {
					errs <- fmt.Sprintf("reader %d (-want +got):\n%s", g, diff)
					return
				}
			}
		})
	}
	for g := range builders {
		wg.Go(func() {
			for range rounds / 4 {
				d, err := New(queryRecords())
				if err != nil {
					errs <- fmt.Sprintf("builder %d: New: %v", g, err)
					return
				}
				if diff := cmp.Diff(want, allQueries(d)); diff != "" {
					errs <- fmt.Sprintf("builder %d (-want +got):\n%s", g, diff)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

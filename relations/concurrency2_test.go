package relations_test

import (
	"bytes"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// storyQueries runs the queries of the example story: what each gives,
// by name.
func storyQueries(d *relations.Dataset) map[string]any {
	tie, years, ok := d.Anniversary("AZ", "IR", 2022)
	meeting, _ := d.Meeting("karimov-ismaili-2022")
	visit, _ := d.Visit("karimov-visit-to-iran-2022")
	occasion, _ := d.VisitOccasion(visit)
	return map[string]any{
		"MeetingsBetween":   slices.Collect(d.MeetingsBetween("AZ", "IR", relations.Period{From: amity.MustParseDate("2022")})),
		"MeetingsOf":        slices.Collect(d.MeetingsOf("anar-karimov")),
		"Met":               slices.Collect(d.Met("anar-karimov", "mehdi-ismaili")),
		"Encounters":        slices.Collect(d.Encounters()),
		"Timeline":          slices.Collect(d.Timeline("IR", "AZ")),
		"OfficialsOf":       slices.Collect(d.OfficialsOf("AZ", amity.MustParseDate("2022-06-20"))),
		"SharedMemberships": slices.Collect(d.SharedMemberships("AZ", "IR", amity.MustParseDate("2022-06-20"))),
		"Initiatives":       slices.Collect(d.Initiatives(relations.InitiativeFilter{Party: "AZ", Open: true})),
		"InitiativesAt":     slices.Collect(d.InitiativesAt(meeting.ID)),
		"Proposals":         slices.Collect(d.Proposals()),
		"Anniversary":       fmt.Sprint(tie.ID, years, ok),
		"VisitOccasion":     occasion,
		"Intensity":         slices.Collect(d.Intensity()),
		"IntensityOf":       d.IntensityOf("AZ", "IR", 2022),
		"Find":              slices.Collect(d.Find("Esmaeili")),
	}
}

// archiveQueries runs queries over a synthetic archive.
func archiveQueries(d *relations.Dataset) map[string]any {
	r := d.Records()
	first := r.Meetings[0].Participants[0].Official
	return map[string]any{
		"Len":             r.Len(),
		"MeetingsBetween": len(slices.Collect(d.MeetingsBetween("AZ", "IR", relations.Period{}))),
		"MeetingsOf":      len(slices.Collect(d.MeetingsOf(first))),
		"Encounters":      len(slices.Collect(d.Encounters())),
		"Intensity":       slices.Collect(d.Intensity()),
		"Open":            len(slices.Collect(d.Initiatives(relations.InitiativeFilter{Open: true}))),
	}
}

// TestConcurrentQueriesWhileReading queries one dataset, read from a
// document, from many goroutines, while other goroutines read a second
// dataset from JSON Lines and query it. Run it with -race: a Dataset is
// safe for concurrent use by any number of goroutines, and reading a
// file shares nothing with a dataset built before, or with another read.
func TestConcurrentQueriesWhileReading(t *testing.T) {
	const queriers, readers, rounds, reads = 8, 2, 5, 2

	rec := azernews.Records()
	var doc bytes.Buffer
	if err := relations.WriteJSON(&doc, &rec); err != nil {
		t.Fatal(err)
	}
	shared, err := relations.ReadJSON(&doc, relations.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := storyQueries(shared)
	for name, v := range want {
		if v == nil || fmt.Sprint(v) == "[]" || fmt.Sprint(v) == "" {
			t.Fatalf("query %s gives nothing on the story: the test would show nothing", name)
		}
	}

	archive := synth.Generate(synth.Config{Seed: 5, Meetings: 500, States: 20, Ministries: 40, Organizations: 20, Officials: 200})
	built, err := relations.New(recordsCopy(archive))
	if err != nil {
		t.Fatal(err)
	}
	wantArchive := archiveQueries(built)
	var lines bytes.Buffer
	if err := relations.WriteJSONL(&lines, &archive); err != nil {
		t.Fatal(err)
	}

	var wg sync.WaitGroup
	errs := make(chan string, queriers+readers)
	for g := range queriers {
		wg.Go(func() {
			for range rounds {
				if diff := cmp.Diff(want, storyQueries(shared)); diff != "" {
					errs <- fmt.Sprintf("querier %d (-want +got):\n%s", g, diff)
					return
				}
			}
		})
	}
	for g := range readers {
		wg.Go(func() {
			for range reads {
				d, err := relations.ReadJSONL(bytes.NewReader(lines.Bytes()), relations.ReadOptions{})
				if err != nil {
					errs <- fmt.Sprintf("reader %d: %v", g, err)
					return
				}
				if diff := cmp.Diff(wantArchive, archiveQueries(d)); diff != "" {
					errs <- fmt.Sprintf("reader %d (-want +got):\n%s", g, diff)
					return
				}
				// The new dataset is queried while the shared one is.
				if diff := cmp.Diff(want["Find"], storyQueries(shared)["Find"]); diff != "" {
					errs <- fmt.Sprintf("reader %d, the shared dataset (-want +got):\n%s", g, diff)
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

package relations

import (
	"bytes"
	"fmt"
	"io"
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

// TestQueryIndexOnFirstQuery checks that the indexes of the queries are
// built by the first query and by nothing else a dataset is asked —
// reading it, its records, its meetings and entities, its lookups, its
// copy written out — and, run with -race, that the first queries of many
// goroutines at once build them once and all answer as a dataset whose
// indexes were built before.
func TestQueryIndexOnFirstQuery(t *testing.T) {
	want := allQueries(newQueryDataset(t))
	r := queryRecords()
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, &r); err != nil {
		t.Fatal(err)
	}
	d, err := ReadJSONL(&buf, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rec := d.Records()
	for range d.Meetings() {
	}
	for range d.Entities() {
	}
	for _, k := range Kinds() {
		_ = d.Count(k)
	}
	for _, found := range []bool{
		func() bool { _, ok := d.Meeting("m3"); return ok }(),
		func() bool { _, _, ok := d.Statement("m3-s2"); return ok }(),
		func() bool { _, ok := d.Official("karimov"); return ok }(),
		func() bool { _, _, ok := d.Post("p-karimov"); return ok }(),
		func() bool { _, ok := d.Visit("v1"); return ok }(),
	} {
		if !found {
			t.Error("a lookup found nothing")
		}
	}
	if err := WriteJSONL(io.Discard, &rec); err != nil {
		t.Fatal(err)
	}
	if d.query != nil {
		t.Fatal("the indexes of the queries were built before any query")
	}
	const goroutines = 8
	got := make([]map[string]any, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() { got[g] = allQueries(d) })
	}
	wg.Wait()
	if d.query == nil {
		t.Fatal("no indexes after the queries")
	}
	for g := range goroutines {
		if diff := cmp.Diff(want, got[g]); diff != "" {
			t.Errorf("goroutine %d, against a dataset queried before (-want +got):\n%s", g, diff)
		}
	}
}

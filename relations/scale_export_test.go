package relations

import "testing"

// BenchMeetings returns the number of meetings of the benchmark datasets,
// AMITY_BENCH_MEETINGS or 20,000, for the benchmarks of package
// relations_test.
func BenchMeetings(b *testing.B) int { return benchMeetings(b) }

// Footprint returns the bytes that d's meeting store and ID table hold,
// counted from their arrays and strings (the tables of words, places and
// lists that the store's segments share are counted with it).
func Footprint(d *Dataset) (store, ids int) {
	store = d.meetings.Bytes()
	t := d.ids
	ids = 8*len(t.slots) + 4*len(t.postStart) // stmtStart and mOrder are the store's and the index's
	return store, ids
}

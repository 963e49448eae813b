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
	return d.meetings.Bytes(), d.ids.bytes()
}

// BuildQueryIndex builds the indexes of d's queries, as the first query
// does.
func BuildQueryIndex(d *Dataset) { d.ix() }

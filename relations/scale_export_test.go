package relations

import "testing"

// BenchMeetings returns the number of meetings of the benchmark datasets,
// AMITY_BENCH_MEETINGS or 20,000, for the benchmarks of package
// relations_test.
func BenchMeetings(b *testing.B) int { return benchMeetings(b) }

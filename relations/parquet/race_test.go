//go:build race

package parquet

// raceDetector is set when the tests run with the race detector, which
// makes the large round trips take ten times as long for nothing more
// to find: they run smaller.
const raceDetector = true

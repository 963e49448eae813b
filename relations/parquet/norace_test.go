//go:build !race

package parquet

// raceDetector is set when the tests run with the race detector.
const raceDetector = false

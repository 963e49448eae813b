package relations

import "io"

// GatherCopies reads r as DecodeJSONL (mode "decode"), ReadJSONL
// ("dataset") or ValidateJSONL ("checks") read it, and returns the
// number of entities and spans of meetings that gathering the batches'
// lists copied (see sizedReading).
func GatherCopies(r io.Reader, opts ReadOptions, mode string) int {
	m, ok := map[string]readMode{"decode": decodeOnly, "dataset": forDataset, "checks": forChecks}[mode]
	if !ok {
		panic("no mode " + mode)
	}
	rd, _ := decodeJSONL(r, opts, m)
	return rd.copied
}

// SetLineCounts makes the readers take f of the counts of lines by kind
// that they count, where they count them (see lineCounts), and bytes of
// lines enough for lists of any size, until restore is called.
func SetLineCounts(f func(counts []int) []int) (restore func()) {
	old := lineCountsOf
	lineCountsOf = func(r io.Reader, codecs []codec) ([]int, []int) {
		c, sizes := old(r, codecs)
		if c == nil {
			return nil, nil
		}
		// Bytes enough for any list: the counts are what is wrong.
		for i := range sizes {
			sizes[i] = 1 << 40
		}
		return f(c), sizes
	}
	return func() { lineCountsOf = old }
}

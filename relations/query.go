package relations

import (
	"iter"
	"slices"
	"sort"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/meetingstore"
	"github.com/amitydata/amity/orgs"
)

// Every query below reads the indexes built once by New; none scans all
// the records. Where a query yields entities in date order, it means the
// order of [amity.Date.Compare] (first day, then coarser precision first),
// with ties broken by ID.

// Period is a span of dates for queries, both ends included. A zero From
// or To leaves that end open; the zero Period is all time.
//
// Dates keep their precision, and a date belongs to a period when it
// could: when it is not wholly before From nor wholly after To (see
// [Period.Includes]). So the period From "2022-06-20" includes a meeting
// dated "2022-06" or "2022", which may have been on or after that day, and
// the period To "2022" includes "2022-12-31" but not "2023".
type Period struct {
	// From is the first date of the period. Optional: zero for no lower
	// bound.
	From amity.Date `json:"from,omitzero"`
	// To is the last date of the period. Optional: zero for no upper
	// bound.
	To amity.Date `json:"to,omitzero"`
}

// Includes reports whether d could fall within p: d is not wholly before
// From (see [amity.Date.Before]) nor wholly after To. Unknown bounds do not
// limit it.
func (p Period) Includes(d amity.Date) bool {
	return !d.Before(p.From) && !d.After(p.To)
}

// state returns the position of the state s.
func (d *Dataset) state(s orgs.StateID) (int32, bool) { return stateIn(d.ix().alpha2, s) }

// pair returns the key of the pair of different states a and b.
func (d *Dataset) pair(a, b orgs.StateID) (uint64, bool) {
	i, ok1 := d.state(a)
	j, ok2 := d.state(b)
	return pairKey(i, j), ok1 && ok2 && i != j
}

// meetingAt rebuilds the meeting of the given rank, with its lists from
// a (see [meetingstore.Arena]).
func (d *Dataset) meetingAt(rank int32, a *meetingstore.Arena) events.Meeting {
	return d.meetings.Meeting(rank, a)
}

// dateAt returns the date of the meeting of the given rank.
func (d *Dataset) dateAt(rank int32) amity.Date {
	return d.meetings.Date(rank)
}

// within yields the ranks of list, which is in key order, whose dates fall
// within p. keys gives the date key of each rank, date its date.
func within(list []int32, keys []uint32, p Period, date func(int32) amity.Date) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		first := func(key uint32) int {
			return sort.Search(len(list), func(i int) bool { return keys[list[i]] >= key })
		}
		hi := len(list)
		if !p.To.IsZero() {
			hi = first(lastKey(p.To) + 1)
		}
		lo1, lo2, lo3 := 0, 0, 0
		if f := p.From; !f.IsZero() {
			// Dates whose first day is before From's may still reach it:
			// the year-precision dates of From's year, which come first
			// from lo1, and the month-precision dates of From's month,
			// which come first from lo2. From lo3 on, every date starts on
			// or after From's first day.
			lo1 = first(ymdKey(f.Year(), 1, 1) | uint32(amity.PrecisionYear))
			lo2 = lo1
			if f.Precision() >= amity.PrecisionMonth {
				lo2 = first(ymdKey(f.Year(), int(f.Month()), 1) | uint32(amity.PrecisionMonth))
			}
			lo3 = max(first(dayKey(f.First())), lo2)
		}
		for i := lo1; i < hi; i++ {
			if i < lo3 && date(list[i]).Before(p.From) {
				// The dates that reach From are the first of each run;
				// the rest of the run are all before it.
				if i < lo2 {
					i = lo2 - 1
				} else {
					i = lo3 - 1
				}
				continue
			}
			if !yield(list[i]) {
				return
			}
		}
	}
}

// intersect yields the values in both ascending lists, in ascending
// order. It walks the shorter list and searches the longer, so its cost
// is that of the shorter times the logarithm of the longer.
func intersect(xs, ys []int32) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		if len(xs) > len(ys) {
			xs, ys = ys, xs
		}
		for _, x := range xs {
			i, found := slices.BinarySearch(ys, x)
			ys = ys[i:]
			if found && !yield(x) {
				return
			}
		}
	}
}

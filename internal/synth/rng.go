package synth

import (
	"math"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/iso3166"
)

// The tags of the random streams: every record is drawn from the stream
// (seed, tag, index) of its own.
const (
	tagSources uint64 = iota + 1
	tagStates
	tagMinistries
	tagOrganizations
	tagSlots
	tagOfficials
	tagPairs
	tagTies
	tagVisits
	tagMeetings
	tagInitiatives
	tagGroups
	tagAgreements
	tagEvents
)

// rng is a PCG generator with the skewed distributions of a world, bound
// to it and reseeded for every record.
type rng struct {
	*rand.Rand
	pcg  rand.PCG
	seed uint64
	// pair draws the rank of a pair of states; state the rank of a state;
	// source the index of a source.
	pair, state, source *rand.Zipf
}

// newRNG returns a generator for w's distributions. Call reset before
// drawing.
func (w *world) newRNG() *rng {
	x := &rng{seed: w.c.Seed}
	x.Rand = rand.New(&x.pcg)
	if len(w.pairs) > 0 {
		x.pair = rand.NewZipf(x.Rand, 1.1, 10, uint64(len(w.pairs)-1))
		x.state = rand.NewZipf(x.Rand, 1.1, 10, uint64(len(w.states)-1))
	}
	x.source = rand.NewZipf(x.Rand, 1.2, 5, uint64(Sources-1))
	return x
}

// reset reseeds x to the stream of record i of the kind tag.
func (x *rng) reset(tag uint64, i int) {
	x.pcg.Seed(x.seed, mix(tag<<56^uint64(i)))
}

// mix is the finalizer of SplitMix64: it spreads neighbouring indexes
// across the seed space.
func mix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// chance reports true with probability p.
func (x *rng) chance(p float64) bool { return x.Float64() < p }

// between returns a uniform integer in lo..hi, both included.
func (x *rng) between(lo, hi int) int { return lo + x.IntN(hi-lo+1) }

// weighted returns an index of weights, with probability proportional to
// its weight.
func (x *rng) weighted(weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := x.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// pick returns a uniformly chosen element of s.
func pick[T any](x *rng, s []T) T { return s[x.IntN(len(s))] }

// The calendar spans 1940 to 2025, by day numbers from 1940-01-01.
const (
	calFirstYear = 1940
	calLastYear  = 2025
)

// calendar converts day numbers to dates of each precision.
type calendar struct {
	days       []amity.Date // by day number
	months     []amity.Date // by (year-calFirstYear)*12 + month-1
	years      []amity.Date // by year-calFirstYear
	monthStart []int32      // day number of each month's first day, indexed as months
}

func newCalendar() *calendar {
	c := &calendar{}
	t := time.Date(calFirstYear, 1, 1, 0, 0, 0, 0, time.UTC)
	for t.Year() <= calLastYear {
		if t.Day() == 1 {
			if t.Month() == 1 {
				c.years = append(c.years, amity.MustParseDate(strconv.Itoa(t.Year())))
			}
			c.months = append(c.months, amity.MustParseDate(t.Format("2006-01")))
			c.monthStart = append(c.monthStart, int32(len(c.days)))
		}
		c.days = append(c.days, amity.DateOf(t))
		t = t.AddDate(0, 0, 1)
	}
	return c
}

// dayOf returns the day number of y-m-d.
func (c *calendar) dayOf(y, m, d int) int32 {
	return c.monthStart[(y-calFirstYear)*12+m-1] + int32(d-1)
}

// day returns day number n as a date of day precision.
func (c *calendar) day(n int32) amity.Date { return c.days[n] }

// month returns the month of day number n, as a date of month precision.
func (c *calendar) month(n int32) amity.Date {
	d := c.days[n]
	return c.months[(d.Year()-calFirstYear)*12+int(d.Month())-1]
}

// year returns the year of day number n, as a date of year precision.
func (c *calendar) year(n int32) amity.Date { return c.years[c.days[n].Year()-calFirstYear] }

// at returns day number n at the given precision.
func (c *calendar) at(n int32, p amity.Precision) amity.Date {
	switch p {
	case amity.PrecisionYear:
		return c.year(n)
	case amity.PrecisionMonth:
		return c.month(n)
	}
	return c.day(n)
}

// last returns the day number of the last day d stands for; d is within
// the calendar.
func (c *calendar) last(d amity.Date) int32 {
	e := d.Last()
	return c.dayOf(e.Year(), int(e.Month()), e.Day())
}

// precision draws a precision: mostly day, some month, a few year.
func (x *rng) precision(month, year float64) amity.Precision {
	switch f := x.Float64(); {
	case f < year:
		return amity.PrecisionYear
	case f < year+month:
		return amity.PrecisionMonth
	}
	return amity.PrecisionDay
}

// growing draws a day number in lo..hi whose density grows linearly, as
// archives do over time.
func (x *rng) growing(lo, hi int32) int32 {
	u := x.Float64()
	// The square root of a uniform variable has density 2u.
	return lo + int32(float64(hi-lo)*math.Sqrt(u))
}

func isoCodes() []string { return iso3166.Codes() }

// width returns the digits of the IDs of n records numbered from 0: at
// least 4.
func width(n int) int {
	return max(4, len(strconv.Itoa(max(n-1, 0))))
}

// id returns prefix and i, zero-padded to w digits: id("m-", 42, 6) is
// "m-000042".
func id(prefix string, i, w int) string {
	b := make([]byte, 0, len(prefix)+w+2)
	b = append(b, prefix...)
	var digits [20]byte
	d := strconv.AppendInt(digits[:0], int64(i), 10)
	for range w - len(d) {
		b = append(b, '0')
	}
	return string(append(b, d...))
}

package amity

import (
	"strconv"
	"time"
)

// Precision is how much of a [Date] is known.
type Precision uint8

// The precisions of a [Date], from none to a full day.
const (
	PrecisionNone  Precision = iota // the zero Date: unknown
	PrecisionYear                   // "2022"
	PrecisionMonth                  // "2022-06"
	PrecisionDay                    // "2022-06-20"
)

// String returns "none", "year", "month" or "day".
func (p Precision) String() string {
	switch p {
	case PrecisionNone:
		return "none"
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// MinYear and MaxYear bound the years a [Date] can hold. Years are written
// with exactly four digits, as in ISO 8601 without expansion.
const (
	MinYear = 1
	MaxYear = 9999
)

// Date is a calendar date known to the year, the month or the day, as in
// Popolo's reduced ISO 8601 dates: "2022", "2022-06" and "2022-06-20" are
// three different facts. Date is a small comparable value; == reports
// whether two dates are the same fact at the same precision.
//
// The zero Date is the unknown date: it has [PrecisionNone], [Date.IsZero]
// reports true, it encodes as the empty string, and JSON fields of type
// Date tagged omitzero leave it out.
//
// A Date of year or month precision stands for every day in it. [Date.Before]
// and [Date.After] hold only when they hold for every such day, and
// [Date.Contains] reports whether one date's days all lie within another's,
// so "2022-06" is neither before nor after "2022-06-20", but contains it.
type Date struct {
	year  uint16
	month uint8 // 0 when the precision is year
	day   uint8 // 0 when the precision is year or month
}

// DateError reports a string that is not a valid [Date]. It quotes the input.
type DateError struct {
	Input  string // the text that was parsed
	Reason string // why it is not a date, e.g. "not a calendar date"
}

// Error returns, for example, `"2022-02-30" is not a date: not a calendar date`.
func (e *DateError) Error() string {
	return strconv.Quote(e.Input) + " is not a date: " + e.Reason
}

// Is reports whether target is [ErrInvalid], so that errors.Is(err,
// amity.ErrInvalid) holds for a bad date.
func (e *DateError) Is(target error) bool { return target == ErrInvalid }

// ParseDate parses a date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD", the
// year from [MinYear] to [MaxYear]. Any other text, and any date that is not
// on the calendar ("2022-02-30", "2022-13"), is a [*DateError] quoting the
// input. The empty string is an error too: use the zero Date for unknown.
func ParseDate(s string) (Date, error) {
	fail := func(reason string) (Date, error) {
		return Date{}, &DateError{Input: s, Reason: reason}
	}
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	switch len(s) {
	case 4, 7, 10:
	case 0:
		return fail("empty")
	default:
		return fail("want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	y, ok := digits(s[:4])
	if !ok {
		return fail("want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	if y < MinYear {
		return fail("year out of range 0001 to 9999")
	}
	if len(s) == 4 {
		return Date{year: uint16(y)}, nil
	}
	m, ok := digits(s[5:7])
	if s[4] != '-' || !ok {
		return fail("want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	if m < 1 || m > 12 {
		return fail("month out of range 01 to 12")
	}
	if len(s) == 7 {
		return Date{year: uint16(y), month: uint8(m)}, nil
	}
	d, ok := digits(s[8:10])
	if s[7] != '-' || !ok {
		return fail("want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	if d < 1 || d > daysIn(y, m) {
		return fail("not a calendar date")
	}
	return Date{year: uint16(y), month: uint8(m), day: uint8(d)}, nil
}

// MustParseDate is like [ParseDate] but panics on error. It is meant for
// dates written as constants in code and tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the date of t's calendar day, in t's location. It returns
// the zero Date if t's year is outside [MinYear]..[MaxYear].
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	if y < MinYear || y > MaxYear {
		return Date{}
	}
	return Date{year: uint16(y), month: uint8(m), day: uint8(d)}
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// IsZero reports whether d is the zero, unknown Date.
func (d Date) IsZero() bool { return d.year == 0 }

// Equal reports whether d and e are the same fact at the same precision,
// as d == e does: "2022-06" does not equal "2022-06-01". It lets
// github.com/google/go-cmp compare values holding dates.
func (d Date) Equal(e Date) bool { return d == e }

// Precision reports how much of d is known.
func (d Date) Precision() Precision {
	switch {
	case d.year == 0:
		return PrecisionNone
	case d.month == 0:
		return PrecisionYear
	case d.day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// Year returns d's year, or 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns d's month, or 0 if d is not known to the month.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns d's day of the month, or 0 if d is not known to the day.
func (d Date) Day() int { return int(d.day) }

// First returns the first day d stands for: "2022-06" gives "2022-06-01".
// The zero Date gives the zero Date.
func (d Date) First() Date {
	if d.year == 0 {
		return d
	}
	if d.month == 0 {
		d.month = 1
	}
	if d.day == 0 {
		d.day = 1
	}
	return d
}

// Last returns the last day d stands for: "2022-06" gives "2022-06-30".
// The zero Date gives the zero Date.
func (d Date) Last() Date {
	if d.year == 0 {
		return d
	}
	if d.month == 0 {
		d.month = 12
	}
	if d.day == 0 {
		d.day = uint8(daysIn(int(d.year), int(d.month)))
	}
	return d
}

// ordinal orders full-day dates.
func (d Date) ordinal() uint32 {
	return uint32(d.year)<<9 | uint32(d.month)<<5 | uint32(d.day)
}

// Before reports whether every day d stands for comes before every day e
// stands for. It is false if either date is zero.
func (d Date) Before(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	return d.Last().ordinal() < e.First().ordinal()
}

// After reports whether every day d stands for comes after every day e
// stands for. It is false if either date is zero.
func (d Date) After(e Date) bool { return e.Before(d) }

// Contains reports whether every day e stands for is also a day of d:
// "2022" contains "2022-06" and "2022-06-20"; every date contains itself.
// It is false if either date is zero.
func (d Date) Contains(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	return d.First().ordinal() <= e.First().ordinal() && e.Last().ordinal() <= d.Last().ordinal()
}

// Overlaps reports whether d and e share at least one day, that is, whether
// they could be the same day. It is false if either date is zero.
func (d Date) Overlaps(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	return d.First().ordinal() <= e.Last().ordinal() && e.First().ordinal() <= d.Last().ordinal()
}

// Compare orders dates for sorting: by their first day, then coarser
// precision first ("2022" < "2022-01" < "2022-01-01"), with the zero Date
// before all others. It returns -1, 0 or +1, and 0 only when d == e.
func (d Date) Compare(e Date) int {
	a, b := d.First().ordinal(), e.First().ordinal()
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	switch p, q := d.Precision(), e.Precision(); {
	case p < q:
		return -1
	case p > q:
		return +1
	}
	return 0
}

// String returns d as "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" for the zero
// Date.
func (d Date) String() string {
	b, _ := d.AppendText(make([]byte, 0, 10))
	return string(b)
}

// AppendText appends the text of [Date.String] to b. It never fails.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.year == 0 {
		return b, nil
	}
	b = appendDigits(b, int(d.year), 4)
	if d.month != 0 {
		b = appendDigits(append(b, '-'), int(d.month), 2)
	}
	if d.day != 0 {
		b = appendDigits(append(b, '-'), int(d.day), 2)
	}
	return b, nil
}

func appendDigits(b []byte, n, width int) []byte {
	var buf [4]byte
	for i := width - 1; i >= 0; i-- {
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, buf[:width]...)
}

// MarshalText implements [encoding.TextMarshaler]: the text of
// [Date.String], empty for the zero Date.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDate]. The
// empty text sets the zero Date, so that what MarshalText writes reads back.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// YearsBetween returns the number of whole years from d to e, as for an age
// or an anniversary, and whether the precision of the two dates determines
// it. When it does not, YearsBetween returns the fewest years the dates
// allow. From "1992-03-12" to "2022-06-20" is 30 years, exactly; from "1992"
// to "2022-06-20" is 29 or 30, and YearsBetween returns 29, false; from
// "1992-06" to "2022-06-20" is 29, false, since June 1992 may have run past
// the 20th. A year is complete on the same month and day: from "2020-02-29"
// the first year is complete on "2021-03-01", not "2021-02-28".
//
// It returns 0, false if either date is zero, or if e is before d or may
// be ("2022-06" to "2022-06-20").
func YearsBetween(d, e Date) (int, bool) {
	if d.IsZero() || e.IsZero() || e.Before(d) {
		return 0, false
	}
	years := func(from, to Date) int {
		n := int(to.year) - int(from.year)
		if to.month < from.month || to.month == from.month && to.day < from.day {
			n--
		}
		return n
	}
	// The fewest years: from d's last day to e's first; the most: from d's
	// first day to e's last.
	lo := years(d.Last(), e.First())
	hi := years(d.First(), e.Last())
	if lo < 0 {
		return 0, false
	}
	return lo, lo == hi
}

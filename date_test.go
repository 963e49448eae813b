package amity_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
)

// date is the parts of a Date, for comparing parsed dates with go-cmp.
type date struct {
	Year      int
	Month     time.Month
	Day       int
	Precision amity.Precision
}

func partsOf(d amity.Date) date {
	return date{d.Year(), d.Month(), d.Day(), d.Precision()}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want date
	}{
		{"2022", date{2022, 0, 0, amity.PrecisionYear}},
		{"2022-06", date{2022, time.June, 0, amity.PrecisionMonth}},
		{"2022-06-20", date{2022, time.June, 20, amity.PrecisionDay}},
		{"0001", date{1, 0, 0, amity.PrecisionYear}},
		{"9999-12-31", date{9999, time.December, 31, amity.PrecisionDay}},
		{"2024-02-29", date{2024, time.February, 29, amity.PrecisionDay}}, // leap year
		{"2000-02-29", date{2000, time.February, 29, amity.PrecisionDay}}, // divisible by 400
		{"2022-01-31", date{2022, time.January, 31, amity.PrecisionDay}},
		{"2022-04-30", date{2022, time.April, 30, amity.PrecisionDay}},
		{"1992-03-12", date{1992, time.March, 12, amity.PrecisionDay}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := amity.ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, partsOf(d)); diff != "" {
				t.Errorf("ParseDate(%q) (-want +got):\n%s", tt.in, diff)
			}
			if got := d.String(); got != tt.in {
				t.Errorf("ParseDate(%q).String() = %q", tt.in, got)
			}
			if d.IsZero() {
				t.Errorf("ParseDate(%q).IsZero() = true", tt.in)
			}
		})
	}
}

func TestParseDateInvalid(t *testing.T) {
	tests := []struct {
		in     string
		reason string // a word the reason must hold
	}{
		{"", "empty"},
		{"2022-02-30", "calendar"},
		{"2022-02-29", "calendar"}, // not a leap year
		{"1900-02-29", "calendar"}, // divisible by 100, not by 400
		{"2022-04-31", "calendar"},
		{"2022-06-00", "calendar"},
		{"2022-06-32", "calendar"},
		{"2022-13", "month"},
		{"2022-00", "month"},
		{"2022-00-10", "month"},
		{"0000", "year"},
		{"0000-01-01", "year"},
		{"10000", "want"},
		{"2022-6-1", "want"},
		{"2022-6", "want"},
		{" 2022", "want"},
		{"2022 ", "want"},
		{"2022-06-20T00:00", "want"},
		{"2022-06-20Z", "want"},
		{"2022/06/20", "want"},
		{"2022-06/20", "want"},
		{"20220620", "want"},
		{"-202", "want"},
		{"+2022", "want"},
		{"２０２２", "want"}, // full-width digits
		{"abcd", "want"},
		{"2022-0a", "want"},
		{"2022-06-2x", "want"},
		{"22", "want"},
		{"\x00\x00\x00\x00", "want"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := amity.ParseDate(tt.in)
			if err == nil {
				t.Fatalf("ParseDate(%q) = %v, want an error", tt.in, d)
			}
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) returned %v with its error, want the zero Date", tt.in, d)
			}
			if !errors.Is(err, amity.ErrInvalid) {
				t.Errorf("errors.Is(%v, ErrInvalid) = false", err)
			}
			derr, ok := errors.AsType[*amity.DateError](err)
			if !ok {
				t.Fatalf("ParseDate(%q) error %T is not a *DateError", tt.in, err)
			}
			if derr.Input != tt.in {
				t.Errorf("DateError.Input = %q, want %q", derr.Input, tt.in)
			}
			if !strings.Contains(derr.Reason, tt.reason) {
				t.Errorf("DateError.Reason = %q, want it to mention %q", derr.Reason, tt.reason)
			}
			if quoted := strconv.Quote(tt.in); !strings.HasPrefix(err.Error(), quoted+" ") {
				t.Errorf("error %q does not begin with the quoted input %s", err, quoted)
			}
		})
	}
}

func TestDateErrorMessage(t *testing.T) {
	_, err := amity.ParseDate("2022-02-30")
	if got, want := err.Error(), `"2022-02-30" is not a date: not a calendar date`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	// Control characters are quoted, not written raw.
	_, err = amity.ParseDate("20\n2")
	if got, want := err.Error(), `"20\n2" is not a date: want YYYY, YYYY-MM or YYYY-MM-DD`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !errors.Is(err, amity.ErrInvalid) {
			t.Errorf("MustParseDate(\"2022-13\") panicked with %v, want an ErrInvalid error", r)
		}
	}()
	amity.MustParseDate("2022-13")
	t.Error("MustParseDate(\"2022-13\") did not panic")
}

func TestDateText(t *testing.T) {
	for _, s := range []string{"", "2022", "2022-06", "2022-06-20", "0001-01-01", "9999"} {
		t.Run(s, func(t *testing.T) {
			var d amity.Date
			if err := d.UnmarshalText([]byte(s)); err != nil {
				t.Fatalf("UnmarshalText(%q): %v", s, err)
			}
			b, err := d.MarshalText()
			if err != nil {
				t.Fatalf("MarshalText: %v", err)
			}
			if string(b) != s {
				t.Errorf("MarshalText after UnmarshalText(%q) = %q", s, b)
			}
			if d.String() != s {
				t.Errorf("String() = %q, want %q", d.String(), s)
			}
			if got := d.IsZero(); got != (s == "") {
				t.Errorf("IsZero() = %v for %q", got, s)
			}
			b, _ = d.AppendText([]byte("x="))
			if string(b) != "x="+s {
				t.Errorf("AppendText = %q, want %q", b, "x="+s)
			}
		})
	}
	t.Run("invalid leaves the date", func(t *testing.T) {
		d := amity.MustParseDate("2022")
		err := d.UnmarshalText([]byte("2022-02-30"))
		if !errors.Is(err, amity.ErrInvalid) {
			t.Errorf("UnmarshalText(2022-02-30) error = %v, want ErrInvalid", err)
		}
		if d != amity.MustParseDate("2022") {
			t.Errorf("UnmarshalText changed the date to %v on error", d)
		}
	})
}

func TestDateZero(t *testing.T) {
	var z amity.Date
	if diff := cmp.Diff(date{0, 0, 0, amity.PrecisionNone}, partsOf(z)); diff != "" {
		t.Errorf("zero Date (-want +got):\n%s", diff)
	}
	if z.String() != "" || !z.IsZero() || !z.First().IsZero() || !z.Last().IsZero() {
		t.Errorf("zero Date: String %q, IsZero %v, First %v, Last %v", z, z.IsZero(), z.First(), z.Last())
	}
}

func TestPrecisionString(t *testing.T) {
	got := []string{amity.PrecisionNone.String(), amity.PrecisionYear.String(), amity.PrecisionMonth.String(), amity.PrecisionDay.String(), amity.Precision(9).String()}
	want := []string{"none", "year", "month", "day", "Precision(9)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Precision.String (-want +got):\n%s", diff)
	}
}

func TestDateOf(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2022, 6, 20, 23, 59, 0, 0, time.UTC), "2022-06-20"},
		{time.Date(2022, 6, 20, 23, 59, 0, 0, time.FixedZone("+0430", 4*3600+1800)), "2022-06-20"},
		{time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{time.Time{}, "0001-01-01"},
	}
	for _, tt := range tests {
		if got := amity.DateOf(tt.t).String(); got != tt.want {
			t.Errorf("DateOf(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

func TestDateFirstLast(t *testing.T) {
	tests := []struct {
		in, first, last string
	}{
		{"2022", "2022-01-01", "2022-12-31"},
		{"2022-06", "2022-06-01", "2022-06-30"},
		{"2022-06-20", "2022-06-20", "2022-06-20"},
		{"2022-02", "2022-02-01", "2022-02-28"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2000-02", "2000-02-01", "2000-02-29"},
		{"1900-02", "1900-02-01", "1900-02-28"},
		{"2022-01", "2022-01-01", "2022-01-31"},
		{"2022-04", "2022-04-01", "2022-04-30"},
		{"2022-12", "2022-12-01", "2022-12-31"},
		{"9999", "9999-01-01", "9999-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := amity.MustParseDate(tt.in)
			got := []string{d.First().String(), d.Last().String()}
			if diff := cmp.Diff([]string{tt.first, tt.last}, got); diff != "" {
				t.Errorf("First, Last of %s (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDateRelations(t *testing.T) {
	// Each row compares d with e; the zero Date is written "".
	tests := []struct {
		d, e                                  string
		before, after, contains, overlaps, eq bool
		compare                               int
	}{
		{"2022-06", "2022-06-20", false, false, true, true, false, -1},
		{"2022-06-20", "2022-06", false, false, false, true, false, +1},
		{"2022", "2022-06-20", false, false, true, true, false, -1},
		{"2022", "2022-06", false, false, true, true, false, -1},
		{"2022", "2022-01-01", false, false, true, true, false, -1},
		{"2022-01", "2022-01-01", false, false, true, true, false, -1},
		{"2022-06-20", "2022-06-20", false, false, true, true, true, 0},
		{"2022-06", "2022-06", false, false, true, true, true, 0},
		{"2022", "2022", false, false, true, true, true, 0},
		{"2022-06-19", "2022-06-20", true, false, false, false, false, -1},
		{"2022-06-20", "2022-06-19", false, true, false, false, false, +1},
		{"2022-05", "2022-06-01", true, false, false, false, false, -1},
		{"2022-05-31", "2022-06", true, false, false, false, false, -1},
		{"2021", "2022-01-01", true, false, false, false, false, -1},
		{"2023", "2022-12-31", false, true, false, false, false, +1},
		{"2022-06", "2022-07", true, false, false, false, false, -1},
		{"2022-12", "2022", false, false, false, true, false, +1},
		{"2021-12-31", "2022", true, false, false, false, false, -1},
		{"1992-03-12", "2022-06-20", true, false, false, false, false, -1},
		// The zero Date is unknown: no relation holds, and it sorts first.
		{"", "2022", false, false, false, false, false, -1},
		{"2022", "", false, false, false, false, false, +1},
		{"", "", false, false, false, false, true, 0},
	}
	parse := func(s string) amity.Date {
		if s == "" {
			return amity.Date{}
		}
		return amity.MustParseDate(s)
	}
	type rel struct {
		Before, After, Contains, Overlaps, Equal bool
		Compare                                  int
	}
	for _, tt := range tests {
		t.Run(tt.d+" vs "+tt.e, func(t *testing.T) {
			d, e := parse(tt.d), parse(tt.e)
			want := rel{tt.before, tt.after, tt.contains, tt.overlaps, tt.eq, tt.compare}
			got := rel{d.Before(e), d.After(e), d.Contains(e), d.Overlaps(e), d.Equal(e), d.Compare(e)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%q vs %q (-want +got):\n%s", tt.d, tt.e, diff)
			}
			if d.Equal(e) != (d == e) {
				t.Errorf("Equal disagrees with ==")
			}
			if d.Compare(e) != -e.Compare(d) {
				t.Errorf("Compare is not antisymmetric: %d, %d", d.Compare(e), e.Compare(d))
			}
			if d.Before(e) != e.After(d) || d.Overlaps(e) != e.Overlaps(d) {
				t.Errorf("Before/After or Overlaps is not symmetric")
			}
		})
	}
}

func TestDateCompareSorts(t *testing.T) {
	// Compare is a total order: sorting any permutation gives this order.
	want := []string{"", "2021-12-31", "2022", "2022-01", "2022-01-01", "2022-01-02", "2022-06", "2022-06-20", "2023"}
	var dates []amity.Date
	for i := len(want) - 1; i >= 0; i-- {
		var d amity.Date
		if err := d.UnmarshalText([]byte(want[i])); err != nil {
			t.Fatal(err)
		}
		dates = append(dates, d)
	}
	sortDates(dates)
	var got []string
	for _, d := range dates {
		got = append(got, d.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sorted by Compare (-want +got):\n%s", diff)
	}
}

func sortDates(ds []amity.Date) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Compare(ds[j-1]) < 0; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

func TestYearsBetween(t *testing.T) {
	tests := []struct {
		d, e  string
		years int
		exact bool
	}{
		{"1992-03-12", "2022-06-20", 30, true},
		{"1992", "2022-06-20", 29, false},
		{"1992-06", "2022-06-20", 29, false}, // June 1992 may run past the 20th
		{"1992-06", "2022-07-01", 30, true},
		{"1992-06", "2022-05-31", 29, true},
		{"1992-06", "2022-06", 29, false},
		{"1992-06", "2022-06-30", 30, true},
		{"1992", "2022", 29, false},
		{"1992-01-01", "2022", 30, true},
		{"1992-12-31", "2022", 29, false},
		{"1992-03-12", "2022-03-11", 29, true},
		{"1992-03-12", "2022-03-12", 30, true},
		{"1992-03-12", "2022-03", 29, false},
		{"2022-06-20", "2022-06-20", 0, true},
		{"2022-06-19", "2022-06-20", 0, true},
		{"2020-02-29", "2021-02-28", 0, true}, // a leap day's year is complete on 1 March
		{"2020-02-29", "2021-03-01", 1, true},
		{"2020-02-29", "2024-02-29", 4, true},
		{"2020-02-29", "2024-02-28", 3, true},
		{"0001-01-01", "9999-12-31", 9998, true},
		// Not determined, or e before d: 0, false.
		{"2022-06", "2022-06-20", 0, false}, // d may be after e
		{"2022", "2022-06-20", 0, false},
		{"2022-06-21", "2022-06-20", 0, false},
		{"2023", "2022", 0, false},
		{"", "2022", 0, false},
		{"2022", "", 0, false},
	}
	parse := func(s string) amity.Date {
		if s == "" {
			return amity.Date{}
		}
		return amity.MustParseDate(s)
	}
	type result struct {
		Years int
		Exact bool
	}
	for _, tt := range tests {
		t.Run(tt.d+" to "+tt.e, func(t *testing.T) {
			n, ok := amity.YearsBetween(parse(tt.d), parse(tt.e))
			if diff := cmp.Diff(result{tt.years, tt.exact}, result{n, ok}); diff != "" {
				t.Errorf("YearsBetween(%q, %q) (-want +got):\n%s", tt.d, tt.e, diff)
			}
		})
	}
}

// TestYearsBetweenBounds checks YearsBetween of coarse dates against every
// pair of days they stand for: the result is the fewest years, and exact
// only when every pair gives the same.
func TestYearsBetweenBounds(t *testing.T) {
	pairs := [][2]string{
		{"1992-06", "2022-06"}, {"1992-02", "2024-02"}, {"2020-02", "2021-02"},
		{"1992-03", "2022-06-20"}, {"1992-06-20", "2022-06"}, {"2021-12", "2022-01"},
	}
	for _, p := range pairs {
		t.Run(p[0]+" to "+p[1], func(t *testing.T) {
			d, e := amity.MustParseDate(p[0]), amity.MustParseDate(p[1])
			lo, hi := -1, -1
			for x := d.First(); !x.After(d.Last()); x = nextDay(x) {
				for y := e.First(); !y.After(e.Last()); y = nextDay(y) {
					n, ok := amity.YearsBetween(x, y)
					if !ok {
						t.Fatalf("YearsBetween(%v, %v) of two days is not exact", x, y)
					}
					if lo < 0 || n < lo {
						lo = n
					}
					hi = max(hi, n)
				}
			}
			n, ok := amity.YearsBetween(d, e)
			type result struct {
				Years int
				Exact bool
			}
			if diff := cmp.Diff(result{lo, lo == hi}, result{n, ok}); diff != "" {
				t.Errorf("YearsBetween(%v, %v) (-want +got):\n%s", d, e, diff)
			}
		})
	}
}

func nextDay(d amity.Date) amity.Date {
	t := time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, time.UTC)
	return amity.DateOf(t)
}

// TestDateAgainstTime checks the calendar of ParseDate against package
// time for every day of four years around leap days.
func TestDateAgainstTime(t *testing.T) {
	for day := time.Date(1899, 12, 1, 0, 0, 0, 0, time.UTC); day.Year() < 1901; day = day.AddDate(0, 0, 1) {
		checkDay(t, day)
	}
	for day := time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC); day.Year() < 2025; day = day.AddDate(0, 0, 1) {
		checkDay(t, day)
	}
	// The day after the last of each month of a year and a leap year is
	// not a date.
	for _, y := range []int{1900, 2000, 2022, 2024} {
		for m := time.January; m <= time.December; m++ {
			last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
			s := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01-") + itoa2(last+1)
			if _, err := amity.ParseDate(s); err == nil {
				t.Errorf("ParseDate(%q) accepted a day past the month's end", s)
			}
		}
	}
}

func checkDay(t *testing.T, day time.Time) {
	t.Helper()
	s := day.Format(time.DateOnly)
	d, err := amity.ParseDate(s)
	if err != nil {
		t.Fatalf("ParseDate(%q): %v", s, err)
	}
	if got := amity.DateOf(day); got != d {
		t.Errorf("DateOf(%v) = %v, ParseDate gives %v", day, got, d)
	}
	if next := nextDay(d); !d.Before(next) || next.Compare(d) != 1 {
		t.Errorf("%v is not before the next day %v", d, next)
	}
}

func itoa2(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2022", "2022-06", "2022-06-20", "2024-02-29", "2022-02-30", "2022-13", "0000", "10000", "", " 2022", "2022-06-20T00:00", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := amity.ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) returned %v with error %v", s, d, err)
			}
			if !errors.Is(err, amity.ErrInvalid) {
				t.Errorf("ParseDate(%q) error %v is not ErrInvalid", s, err)
			}
			return
		}
		if d.IsZero() {
			t.Fatalf("ParseDate(%q) = zero Date without error", s)
		}
		if d.String() != s {
			t.Errorf("ParseDate(%q).String() = %q", s, d.String())
		}
		again, err := amity.ParseDate(d.String())
		if err != nil || again != d {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", d.String(), again, err, d)
		}
		if !d.Contains(d) || !d.First().Contains(d.First()) || !d.Contains(d.Last()) || d.First().After(d.Last()) {
			t.Errorf("%v: First %v and Last %v do not lie within it", d, d.First(), d.Last())
		}
	})
}

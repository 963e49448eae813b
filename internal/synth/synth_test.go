package synth

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// equateDates compares amity.Date, whose fields are unexported, with ==.
var equateDates = gocmp.Comparer(func(a, b amity.Date) bool { return a == b })

// small is a world small enough for tests that compare whole archives.
func small(seed uint64, meetings int) Config {
	return Config{Seed: seed, Meetings: meetings, States: 40, Ministries: 120, Organizations: 60, Officials: 2000}
}

func TestGenerateValid(t *testing.T) {
	tests := []struct {
		name string
		c    Config
	}{
		{"seed 1", Config{Seed: 1, Meetings: 2000}},
		{"seed 2", Config{Seed: 2, Meetings: 2000}},
		{"seed 3", Config{Seed: 3, Meetings: 2000}},
		{"seed 4", Config{Seed: 4, Meetings: 2000}},
		{"seed 5", Config{Seed: 5, Meetings: 2000}},
		{"no meetings", Config{Seed: 1}},
		{"one meeting", Config{Seed: 1, Meetings: 1}},
		{"partial last block", Config{Seed: 6, Meetings: 47}},
		{"smallest world", Config{Seed: 7, Meetings: 300, States: 2, Ministries: 1, Organizations: 1, Officials: 1}},
		{"one official per ministry", Config{Seed: 8, Meetings: 500, States: 10, Ministries: 30, Officials: 30}},
		{"every state", Config{Seed: 9, Meetings: 3000, States: 1000, Ministries: 500, Organizations: 100, Officials: 5000}},
		{"many officials per ministry", Config{Seed: 10, Meetings: 1000, States: 5, Ministries: 5, Officials: 3000}},
		// A new holder in every slot every few days: a visit known to the
		// month that runs into the next has meetings after a change of
		// holder.
		{"a change of holder every few days", Config{Seed: 11, Meetings: 20000, States: 2, Ministries: 2, Organizations: 1, Officials: 24000}},
		{"a change of holder every day", Config{Seed: 12, Meetings: 2000, States: 2, Ministries: 2, Organizations: 1, Officials: MaxOfficials}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := relations.New(Generate(tt.c)); err != nil {
				errs := amity.Errors(err)
				t.Fatalf("Generate(%+v): %d problems, the first: %v", tt.c, len(errs), errs[:min(5, len(errs))])
			}
		})
	}
}

// TestMeetingInMonthOfVisit checks meetings of visits known to the month
// whose days run into the next month, at a change of holder of a post of
// a participant: the meeting, dated by the visit's month, is valid. Each
// is generated alone, from its own stream, in the archive of a million
// meetings that holds it.
func TestMeetingInMonthOfVisit(t *testing.T) {
	tests := []struct {
		seed    uint64
		meeting int
	}{
		{1, 36190},
		{2, 357680},
		{6, 688421},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("seed %d meeting %d", tt.seed, tt.meeting), func(t *testing.T) {
			g := newGenerator(Config{Seed: tt.seed, Meetings: 1_000_000})
			k := tt.meeting / VisitBlock
			vp := g.visitPlan(k)
			if !vp.month || tt.meeting%VisitBlock >= vp.meetings || vp.start+vp.days-1 <= g.w.cal.last(g.w.cal.month(vp.start)) {
				t.Fatalf("meeting %d is not in a visit known to the month that runs into the next: %+v", tt.meeting, vp)
			}
			w := g.w
			r := relations.Records{Sources: w.sources, States: w.states, Ministries: w.ministries, Organizations: w.organizations,
				Officials: w.officials, Visits: []events.Visit{g.visit(k)}, Meetings: []events.Meeting{g.meeting(tt.meeting)}, Ties: w.ties}
			if _, err := relations.New(r); err != nil {
				t.Errorf("meeting %s of visit %s: %v", r.Meetings[0].ID, r.Visits[0].ID, err)
			}
		})
	}
}

func TestGenerateDeterministic(t *testing.T) {
	c := small(42, 1000)
	a, b := Generate(c), Generate(c)
	if diff := gocmp.Diff(a, b, equateDates); diff != "" {
		t.Errorf("two archives of %+v differ (-first +second):\n%s", c, diff)
	}
	for _, other := range []Config{small(43, 1000), {Seed: 42, Meetings: 1000}} {
		if gocmp.Equal(a, Generate(other), equateDates) {
			t.Errorf("archives of %+v and %+v are equal, want them to differ", c, other)
		}
	}
}

// TestMeetingsIndependentOfSize checks that meeting j depends on the seed
// and the world, not on how many meetings follow it.
func TestMeetingsIndependentOfSize(t *testing.T) {
	a, b := Generate(small(3, 1000)), Generate(small(3, 1300))
	// The two sizes share the width of meeting IDs.
	if diff := gocmp.Diff(a.Meetings, b.Meetings[:1000], equateDates); diff != "" {
		t.Errorf("the first 1000 meetings differ between 1000 and 1300 meetings (-1000 +1300):\n%s", diff)
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		in, want Config
	}{
		{Config{}, Config{States: 200, Ministries: 1000, Organizations: 500, Officials: 20000}},
		{Config{Seed: 5, Meetings: 7}, Config{Seed: 5, Meetings: 7, States: 200, Ministries: 1000, Organizations: 500, Officials: 20000}},
		{Config{Meetings: -1, States: -3, Ministries: -1, Organizations: -1, Officials: -1}, Config{States: 200, Ministries: 1000, Organizations: 500, Officials: 20000}},
		{Config{States: 1, Ministries: 1, Organizations: 1, Officials: 1}, Config{States: 2, Ministries: 2, Organizations: 1, Officials: 2}},
		{Config{States: 1000, Ministries: 100, Officials: 50}, Config{States: 249, Ministries: 249, Organizations: 500, Officials: 249}},
		{Config{Meetings: MaxMeetings + 1, Officials: MaxOfficials + 1}, Config{Meetings: MaxMeetings, States: 200, Ministries: 1000, Organizations: 500, Officials: MaxOfficials}},
		{Config{States: 2, Ministries: 2, Officials: MaxOfficials}, Config{States: 2, Ministries: 2, Organizations: 500, Officials: 2 * MaxOfficialsPerMinistry}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+v", tt.in), func(t *testing.T) {
			if diff := gocmp.Diff(tt.want, tt.in.Resolve()); diff != "" {
				t.Errorf("Resolve (-want +got):\n%s", diff)
			}
		})
	}
}

// counts holds the number of records of each kind.
type counts struct {
	Sources, States, Ministries, Organizations, Officials, Visits, Meetings, Initiatives int
}

func TestGenerateCounts(t *testing.T) {
	tests := []struct {
		c    Config
		want counts
	}{
		{Config{Meetings: 2000}, counts{300, 200, 1000, 500, 20000, 200, 2000, 100}},
		{Config{Meetings: 2001, States: 30, Ministries: 90, Organizations: 10, Officials: 900}, counts{300, 30, 90, 10, 900, 201, 2001, 100}},
		{Config{Meetings: 19, States: 2, Ministries: 1, Organizations: 1, Officials: 1}, counts{300, 2, 2, 1, 2, 2, 19, 0}},
		{Config{States: 5, Ministries: 5, Organizations: 5, Officials: 5}, counts{300, 5, 5, 5, 5, 0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+v", tt.c), func(t *testing.T) {
			r := Generate(tt.c)
			got := counts{len(r.Sources), len(r.States), len(r.Ministries), len(r.Organizations), len(r.Officials),
				len(r.Visits), len(r.Meetings), len(r.Initiatives)}
			if diff := gocmp.Diff(tt.want, got); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
			if got.Visits != tt.c.Visits() || got.Initiatives != tt.c.Initiatives() {
				t.Errorf("Visits() = %d, Initiatives() = %d; archive has %d and %d", tt.c.Visits(), tt.c.Initiatives(), got.Visits, got.Initiatives)
			}
			if len(r.Ties) == 0 {
				t.Errorf("no ties between %d states", len(r.States))
			}
		})
	}
}

// collect gathers what Stream yields into Records, and the kinds in the
// order they came.
func collect(t *testing.T, c Config) (relations.Records, []relations.Kind) {
	t.Helper()
	var r relations.Records
	var order []relations.Kind
	for k, v := range Stream(c) {
		if len(order) == 0 || order[len(order)-1] != k {
			order = append(order, k)
		}
		var want relations.Kind
		switch v := v.(type) {
		case amity.Source:
			r.Sources, want = append(r.Sources, v), relations.KindSource
		case orgs.State:
			r.States, want = append(r.States, v), relations.KindState
		case orgs.Ministry:
			r.Ministries, want = append(r.Ministries, v), relations.KindMinistry
		case orgs.Organization:
			r.Organizations, want = append(r.Organizations, v), relations.KindOrganization
		case orgs.Official:
			r.Officials, want = append(r.Officials, v), relations.KindOfficial
		case events.Visit:
			r.Visits, want = append(r.Visits, v), relations.KindVisit
		case events.Meeting:
			r.Meetings, want = append(r.Meetings, v), relations.KindMeeting
		case cooperation.Initiative:
			r.Initiatives, want = append(r.Initiatives, v), relations.KindInitiative
		case cooperation.Tie:
			r.Ties, want = append(r.Ties, v), relations.KindTie
		}
		if k != want {
			t.Fatalf("Stream yielded kind %q with a %T", k, v)
		}
	}
	return r, order
}

func TestStreamMatchesGenerate(t *testing.T) {
	for _, c := range []Config{small(1, 1234), {Seed: 2, Meetings: 25, States: 2, Ministries: 2, Officials: 2}} {
		t.Run(fmt.Sprintf("%+v", c), func(t *testing.T) {
			got, order := collect(t, c)
			if diff := gocmp.Diff(Generate(c), got, equateDates); diff != "" {
				t.Errorf("Stream and Generate differ (-Generate +Stream):\n%s", diff)
			}
			want := slices.DeleteFunc(relations.Kinds(), func(k relations.Kind) bool { return !k.TopLevel() })
			if diff := gocmp.Diff(want, order); diff != "" {
				t.Errorf("order of kinds (-want +got):\n%s", diff)
			}
			checkSorted(t, "sources", got.Sources, func(s amity.Source) string { return string(s.ID) })
			checkSorted(t, "states", got.States, func(s orgs.State) string { return string(s.ID) })
			checkSorted(t, "ministries", got.Ministries, func(m orgs.Ministry) string { return string(m.ID) })
			checkSorted(t, "organizations", got.Organizations, func(o orgs.Organization) string { return string(o.ID) })
			checkSorted(t, "officials", got.Officials, func(o orgs.Official) string { return string(o.ID) })
			checkSorted(t, "visits", got.Visits, func(v events.Visit) string { return string(v.ID) })
			checkSorted(t, "meetings", got.Meetings, func(m events.Meeting) string { return string(m.ID) })
			checkSorted(t, "initiatives", got.Initiatives, func(in cooperation.Initiative) string { return string(in.ID) })
			checkSorted(t, "ties", got.Ties, func(t cooperation.Tie) string { return string(t.ID) })
		})
	}
}

func checkSorted[T any](t *testing.T, list string, items []T, id func(T) string) {
	t.Helper()
	for i := 1; i < len(items); i++ {
		if a, b := id(items[i-1]), id(items[i]); cmp.Compare(a, b) >= 0 {
			t.Errorf("%s[%d] %q is not after %s[%d] %q", list, i, b, list, i-1, a)
			return
		}
	}
}

func TestStreamStops(t *testing.T) {
	c := small(1, 100)
	all, _ := collect(t, c)
	for _, n := range []int{1, len(all.Sources) + 5, all.Len() - len(all.Ties) + 1} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			got := 0
			for range Stream(c) {
				got++
				if got == n {
					break
				}
			}
			if got != n {
				t.Errorf("stopped after %d records, want %d", got, n)
			}
		})
	}
}

// TestGenerateMix checks that the archive has the variety it promises.
func TestGenerateMix(t *testing.T) {
	r := Generate(Config{Seed: 1, Meetings: 20000})
	var (
		precisions   = map[amity.Precision]int{}
		inVisit      int
		participants = map[int]int{}
		statements   = map[int]int{}
		pairs        = map[[2]orgs.StateID]int{}
	)
	for _, m := range r.Meetings {
		precisions[m.Date.Precision()]++
		if m.Visit != "" {
			inVisit++
		}
		participants[len(m.Participants)]++
		statements[len(m.Statements)]++
		s := m.States()
		pair := [2]orgs.StateID{min(s[0], s[1]), max(s[0], s[1])}
		pairs[pair]++
		if y := m.Date.Year(); y < 1995 || y > 2024 {
			t.Errorf("%s: date %s outside 1995 to 2024", m.ID, m.Date)
		}
	}
	var aliases, local int
	for _, o := range r.Officials {
		if len(o.Aliases) > 0 {
			aliases++
		}
		if len(o.LocalNames) > 0 {
			local++
		}
	}
	freq := slices.Sorted(func(yield func(int) bool) {
		for _, n := range pairs {
			if !yield(n) {
				return
			}
		}
	})
	histories := map[int]int{}
	for _, in := range r.Initiatives {
		histories[len(in.History)]++
	}
	has := func(name string, m map[int]int, keys ...int) {
		for _, k := range keys {
			if m[k] == 0 {
				t.Errorf("no %s of %d: %v", name, k, m)
			}
		}
	}
	has("meetings with participants", participants, 2, 3, 4, 5, 6)
	has("meetings with statements", statements, 0, 1, 2, 3)
	has("initiatives with history entries", histories, 1, 2, 3, 4)
	for _, p := range []amity.Precision{amity.PrecisionDay, amity.PrecisionMonth, amity.PrecisionYear} {
		if precisions[p] == 0 {
			t.Errorf("no meeting dates of %s precision: %v", p, precisions)
		}
	}
	if precisions[amity.PrecisionDay] < len(r.Meetings)*8/10 {
		t.Errorf("%d of %d meeting dates have day precision, want most", precisions[amity.PrecisionDay], len(r.Meetings))
	}
	if inVisit == 0 || inVisit == len(r.Meetings) {
		t.Errorf("%d of %d meetings are in visits, want some", inVisit, len(r.Meetings))
	}
	if aliases == 0 || local == 0 || aliases == len(r.Officials) {
		t.Errorf("%d officials with aliases and %d with local names of %d, want some", aliases, local, len(r.Officials))
	}
	// Skewed dyads: the most frequent pair meets far more than the
	// median pair.
	if top, median := freq[len(freq)-1], freq[len(freq)/2]; top < 50*median {
		t.Errorf("the most frequent pair meets %d times, the median pair %d; want a skew of at least 50", top, median)
	}
}

func TestID(t *testing.T) {
	tests := []struct {
		prefix string
		i, w   int
		want   string
	}{
		{"m-", 42, 6, "m-000042"},
		{"m-", 0, 4, "m-0000"},
		{"off-", 123456, 4, "off-123456"},
	}
	for _, tt := range tests {
		if got := id(tt.prefix, tt.i, tt.w); got != tt.want {
			t.Errorf("id(%q, %d, %d) = %q, want %q", tt.prefix, tt.i, tt.w, got, tt.want)
		}
	}
	for n, want := range map[int]int{0: 4, 1: 4, 10000: 4, 10001: 5, 1_000_000: 6, 1_000_001: 7} {
		if got := width(n); got != want {
			t.Errorf("width(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		name, alias, cyrillic string
	}{
		{"Anar Karimov", "Anar Karymov", "Анар Каримов"},
		{"Shakhriar Bekov", "Shahriar Bekov", "Шахряр Беков"},
		{"Ana Bo", "A. Bo", "Ана Бо"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := alias(tt.name); got != tt.alias {
				t.Errorf("alias = %q, want %q", got, tt.alias)
			}
			if got := cyrillic(tt.name); got != tt.cyrillic {
				t.Errorf("cyrillic = %q, want %q", got, tt.cyrillic)
			}
			if !amity.ValidLine(alias(tt.name)) {
				t.Errorf("alias %q is not a valid line", alias(tt.name))
			}
		})
	}
}

func BenchmarkGenerate(b *testing.B) {
	c := Config{Seed: 1, Meetings: 20000}
	for b.Loop() {
		Generate(c)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*c.Meetings), "ns/meeting")
}

// BenchmarkStream is BenchmarkGenerate through Stream, which holds no
// meeting after yielding it.
func BenchmarkStream(b *testing.B) {
	c := Config{Seed: 1, Meetings: 20000}
	for b.Loop() {
		for range Stream(c) {
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*c.Meetings), "ns/meeting")
}

// TestEveryField checks that an archive made with EveryField sets every
// field of every type, is valid, and reads the same from Stream; and that
// EveryField changes only what it fills. A field added to a type and not
// drawn here fails it.
func TestEveryField(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		c := Config{Seed: seed, Meetings: 400, EveryField: true}
		r := Generate(c)
		if unset := amitytest.UnsetFields(r); len(unset) > 0 {
			t.Errorf("seed %d: EveryField sets none of %v", seed, unset)
		}
		if err := relations.Validate(&r); err != nil {
			t.Errorf("seed %d: %v", seed, err)
		}
		if got, _ := collect(t, c); !gocmp.Equal(r, got, equateDates) {
			t.Errorf("seed %d: Stream differs from Generate", seed)
		}
		plain := Generate(Config{Seed: seed, Meetings: 400})
		if !gocmp.Equal(plain.Meetings[1:], r.Meetings[1:], equateDates) || !gocmp.Equal(plain.Visits[1:], r.Visits[1:], equateDates) {
			t.Errorf("seed %d: EveryField changed meetings it does not fill", seed)
		}
	}
}

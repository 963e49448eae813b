package synth

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
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
			if gr, ok := g.group(k); ok {
				r.Groups = []orgs.Group{gr}
			}
			if _, err := relations.New(r); err != nil {
				t.Errorf("meeting %s of visit %s: %v", r.Meetings[0].ID, r.Visits[0].ID, err)
			}
		})
	}
}

func TestGenerateDeterministic(t *testing.T) {
	c := small(42, 1000)
	a, b := Generate(c), Generate(c)
	// reflect.DeepEqual first: cmp, many times slower, only for a
	// difference to show.
	if !reflect.DeepEqual(a, b) {
		if diff := gocmp.Diff(a, b, equateDates); diff != "" {
			t.Errorf("two archives of %+v differ (-first +second):\n%s", c, diff)
		}
	}
	larger := small(42, 1000)
	larger.Officials *= 2
	for _, other := range []Config{small(43, 1000), larger} {
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

// counts holds the number of records of each kind but groups and ties,
// whose numbers are drawn.
type counts struct {
	Sources, States, Ministries, Organizations, Officials, Visits, Meetings, Initiatives, Agreements, Events int
}

func TestGenerateCounts(t *testing.T) {
	tests := []struct {
		c    Config
		want counts
	}{
		{Config{Meetings: 2000}, counts{300, 200, 1000, 500, 20000, 200, 2000, 100, 40, 50}},
		{Config{Meetings: 2001, States: 30, Ministries: 90, Organizations: 10, Officials: 900}, counts{300, 30, 90, 10, 900, 201, 2001, 100, 40, 50}},
		{Config{Meetings: 79, States: 2, Ministries: 1, Organizations: 1, Officials: 1}, counts{300, 2, 2, 1, 2, 8, 79, 3, 1, 1}},
		{Config{Meetings: 19, States: 2, Ministries: 1, Organizations: 1, Officials: 1}, counts{300, 2, 2, 1, 2, 2, 19, 0, 0, 0}},
		{Config{States: 5, Ministries: 5, Organizations: 5, Officials: 5}, counts{300, 5, 5, 5, 5, 0, 0, 0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+v", tt.c), func(t *testing.T) {
			r := Generate(tt.c)
			got := counts{len(r.Sources), len(r.States), len(r.Ministries), len(r.Organizations), len(r.Officials),
				len(r.Visits), len(r.Meetings), len(r.Initiatives), len(r.Agreements), len(r.Events)}
			if diff := gocmp.Diff(tt.want, got); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
			if got.Visits != tt.c.Visits() || got.Initiatives != tt.c.Initiatives() || got.Agreements != tt.c.Agreements() || got.Events != tt.c.Events() {
				t.Errorf("Visits() = %d, Initiatives() = %d, Agreements() = %d, Events() = %d; archive has %d, %d, %d and %d",
					tt.c.Visits(), tt.c.Initiatives(), tt.c.Agreements(), tt.c.Events(), got.Visits, got.Initiatives, got.Agreements, got.Events)
			}
			if len(r.Groups) > len(r.Visits) {
				t.Errorf("%d groups for %d visits, want at most one a visit", len(r.Groups), len(r.Visits))
			}
			if len(r.Ties) == 0 {
				t.Errorf("no ties between %d states", len(r.States))
			}
		})
	}
}

// lists returns the list of each top-level kind in r, r a pointer to
// Records: the field whose JSON name is the kind's plural.
func lists(r *relations.Records) map[relations.Kind]reflect.Value {
	v := reflect.ValueOf(r).Elem()
	out := map[relations.Kind]reflect.Value{}
	for _, k := range relations.Kinds() {
		for i := range v.NumField() {
			if name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ","); k.TopLevel() && name == k.Plural() {
				out[k] = v.Field(i)
			}
		}
	}
	return out
}

// kindCounts returns the number of records of each top-level kind in r.
func kindCounts(r relations.Records) map[relations.Kind]int {
	n := map[relations.Kind]int{}
	for k, l := range lists(&r) {
		n[k] = l.Len()
	}
	return n
}

// collect gathers what Stream yields into Records, and the kinds in the
// order they came.
func collect(t *testing.T, c Config) (relations.Records, []relations.Kind) {
	t.Helper()
	var r relations.Records
	ls := lists(&r)
	var order []relations.Kind
	for k, v := range Stream(c) {
		if len(order) == 0 || order[len(order)-1] != k {
			order = append(order, k)
		}
		l, ok := ls[k]
		if !ok || l.Type().Elem() != reflect.TypeOf(v) {
			t.Fatalf("Stream yielded kind %q with a %T", k, v)
		}
		l.Set(reflect.Append(l, reflect.ValueOf(v)))
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
			// Every kind the archive has, in the order of Kinds.
			n := kindCounts(got)
			want := slices.DeleteFunc(relations.Kinds(), func(k relations.Kind) bool { return !k.TopLevel() || n[k] == 0 })
			if diff := gocmp.Diff(want, order); diff != "" {
				t.Errorf("order of kinds (-want +got):\n%s", diff)
			}
			for k, l := range lists(&got) {
				for i := 1; i < l.Len(); i++ {
					if a, b := l.Index(i-1).FieldByName("ID").String(), l.Index(i).FieldByName("ID").String(); cmp.Compare(a, b) >= 0 {
						t.Errorf("%s[%d] %q is not after %s[%d] %q", k.Plural(), i, b, k.Plural(), i-1, a)
						break
					}
				}
			}
		})
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
	checkNewKinds(t, r)
	// Skewed dyads: the most frequent pair meets far more than the
	// median pair.
	if top, median := freq[len(freq)-1], freq[len(freq)/2]; top < 50*median {
		t.Errorf("the most frequent pair meets %d times, the median pair %d; want a skew of at least 50", top, median)
	}
}

// checkNewKinds checks that archive r has groups, agreements and
// cultural events of every shape the package promises, and the facts
// that name them.
func checkNewKinds(t *testing.T, r relations.Records) {
	t.Helper()
	for k, n := range kindCounts(r) {
		if n == 0 {
			t.Errorf("no %s", k.Plural())
		}
	}
	seen := map[string]int{}
	see := func(what string, ok bool) {
		if ok {
			seen[what]++
		}
	}
	for _, g := range r.Groups {
		see("group with members", len(g.Members) > 0)
		see("group with a size range", g.Size.Max > g.Size.Min)
		see("group with only a size", len(g.Members) == 0 && g.Size != orgs.Size{})
		see("group from a ministry", g.Ministry != "")
		see("group from an organization", g.Organization != "")
	}
	for _, v := range r.Visits {
		see("visit with a delegation", len(v.Groups) > 0)
	}
	for _, m := range r.Meetings {
		see("meeting with a group", len(m.Groups()) > 0)
		see("meeting in a commission", m.Commission != "")
		see("meeting with an uncertain date", m.Uncertain["date"].Basis == amity.BasisInferred)
		for _, p := range m.Participants {
			see("participant "+string(p.Role), p.Role != "")
		}
		for _, s := range m.Statements {
			see("statement by a group", len(s.Groups) > 0)
			see("statement by the source", s.BySource)
		}
	}
	for _, in := range r.Initiatives {
		see("initiative under an agreement", len(in.Agreements) > 0)
		see("initiative with a related one", len(in.Related) > 0)
		see("initiative with a tie", len(in.Ties) > 0)
		see("initiative proposed by a group", len(in.ProposedByGroups) > 0)
	}
	for _, a := range r.Agreements {
		see("agreement "+string(a.Kind), true)
		see("agreement implementing another", a.Relation == cooperation.RelationImplements)
		see("agreement signed at a meeting", a.Meeting != "")
		see("agreement of states", a.Parties[0].State != "")
		see("agreement of ministries", a.Parties[0].Ministry != "")
		see("agreement in force on signature", a.InForceOnSignature)
		see("agreement entering into force later", !a.EntryIntoForce.IsZero())
		see("agreement with a term", !a.Duration.IsZero())
		see("agreement renewed", a.Renewal == cooperation.RenewalAutomatic)
	}
	for _, e := range r.Events {
		see("event "+string(e.Kind), true)
		see("event "+string(e.Status()), true)
		see("event with an edition", e.Edition > 0)
		see("event under an agreement", e.Agreement != "")
		see("event of an initiative", e.Initiative != "")
		see("event with a group", len(e.Groups) > 0)
		see("event with a history of three", len(e.History) == 3)
	}
	for _, what := range []string{
		"group with members", "group with a size range", "group with only a size", "group from a ministry", "group from an organization",
		"visit with a delegation", "meeting with a group", "meeting in a commission", "meeting with an uncertain date",
		"participant head_of_delegation", "participant host", "participant guest", "participant signatory",
		"statement by a group", "statement by the source",
		"initiative under an agreement", "initiative with a related one", "initiative with a tie", "initiative proposed by a group",
		"agreement agreement", "agreement memorandum_of_understanding", "agreement programme", "agreement executive_programme",
		"agreement implementing another", "agreement signed at a meeting", "agreement of states", "agreement of ministries",
		"agreement in force on signature", "agreement entering into force later", "agreement with a term", "agreement renewed",
		"event festival", "event cultural_week", "event exhibition", "event fair", "event announced", "event planned", "event held",
		"event cancelled", "event with an edition", "event under an agreement", "event of an initiative", "event with a group",
		"event with a history of three",
	} {
		if seen[what] == 0 {
			t.Errorf("no %s", what)
		}
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

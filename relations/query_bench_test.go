package relations

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
)

// The benchmarks below run each query on a generated dataset, beside a
// linear scan of the same records that gives the same answer (the
// baseline): one run gives the ratio. The dataset has
// AMITY_BENCH_MEETINGS meetings (default 20,000) of 2 to 6 officials, with
// 200 states of which a few meet often and most rarely, 1,000 ministries,
// 500 organizations with memberships, 20,000 officials with posts, and a
// visit and an initiative for every 20 meetings:
//
//	go test -run '^$' -bench . ./relations/
//	AMITY_BENCH_MEETINGS=1000000 go test -run '^$' -bench . -benchtime 2s -timeout 1h ./relations/

// benchMeetings returns the number of meetings of the benchmark dataset.
func benchMeetings(b *testing.B) int {
	s := os.Getenv("AMITY_BENCH_MEETINGS")
	if s == "" {
		return 20_000
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 100 {
		b.Fatalf("AMITY_BENCH_MEETINGS=%q: want a number of at least 100", s)
	}
	return n
}

// benchFixture is the benchmark dataset and the arguments of the queries.
type benchFixture struct {
	d              *Dataset
	r              Records         // the records of d, which the scans read
	busy, typical  [2]orgs.StateID // the pair with most meetings, and one with about as many as the median pair
	busyYear       int             // the year with most meetings of each pair
	typicalYear    int
	on             amity.Date
	official, peer orgs.OfficialID // an official with many meetings, and one who met them
	meeting        events.MeetingID
	name           string
}

// benchSetup builds the benchmark dataset once per process and size.
var benchSetup = struct {
	sync.Mutex
	m map[int]*benchFixture
}{m: map[int]*benchFixture{}}

func fixture(b *testing.B) *benchFixture {
	n := benchMeetings(b)
	benchSetup.Lock()
	defer benchSetup.Unlock()
	if f := benchSetup.m[n]; f != nil {
		return f
	}
	r := benchRecords(n)
	d, err := New(r)
	if err != nil {
		b.Fatalf("New: %v", err)
	}
	f := &benchFixture{d: d, r: r, on: date("2012-06-20")}
	// The pairs: by number of meetings.
	type pairCount struct {
		a, b orgs.StateID
		n    int
	}
	var pairs []pairCount
	for k, l := range d.ix().mPair {
		pairs = append(pairs, pairCount{d.r.States[k>>32].ID, d.r.States[uint32(k)].ID, len(l)})
	}
	slices.SortFunc(pairs, func(x, y pairCount) int { return cmp.Or(y.n-x.n, strings.Compare(string(x.a+x.b), string(y.a+y.b))) })
	f.busy = [2]orgs.StateID{pairs[0].a, pairs[0].b}
	f.typical = [2]orgs.StateID{pairs[len(pairs)/2].a, pairs[len(pairs)/2].b}
	f.busyYear, f.typicalYear = busiestYear(d, f.busy), busiestYear(d, f.typical)
	// The official: the one with the median number of meetings, and the
	// first official met.
	ix := d.ix()
	offs := slices.Clone(ix.offOrder)
	slices.SortStableFunc(offs, func(x, y int32) int { return cmp.Compare(len(ix.mOfficial[x]), len(ix.mOfficial[y])) })
	f.official = d.r.Officials[offs[len(offs)/2]].ID
	f.name = d.r.Officials[offs[len(offs)/2]].Name
	for m := range d.MeetingsOf(f.official) {
		for _, p := range m.Participants {
			if p.Official != f.official {
				f.peer = p.Official
				break
			}
		}
		break
	}
	f.meeting = r.Meetings[slices.Min(slices.Collect(maps.Keys(d.ix().mInit)))].ID
	benchSetup.m[n] = f
	return f
}

// busiestYear returns the year with the most meetings between a pair.
func busiestYear(d *Dataset, pair [2]orgs.StateID) int {
	years := map[int]int{}
	for m := range d.MeetingsBetween(pair[0], pair[1], Period{}) {
		years[m.Date.Year()]++
	}
	return slices.MaxFunc(slices.Sorted(maps.Keys(years)), func(x, y int) int { return cmp.Compare(years[x], years[y]) })
}

var (
	benchFirst = []string{"Ali", "Anar", "Mehdi", "Leyla", "Nino", "Selim", "Deniz", "Aigerim", "Farid", "Maryam", "Giorgi", "Elif", "Rustam", "Zara", "Omid", "Aylin"}
	benchLast  = []string{"Karimov", "Hosseini", "Aliyev", "Beridze", "Yilmaz", "Nazarov", "Rahimi", "Mammadov", "Kaya", "Sultanov", "Ahmadi", "Lomidze", "Demir", "Ismailov", "Tehrani", "Guliyev",
		"Huseynov", "Jafari", "Kapanadze", "Ozturk", "Safarov", "Moradi", "Abashidze", "Celik", "Hasanov", "Rezaei", "Gelashvili", "Aydin", "Qasimov", "Karimi", "Tsereteli", "Sahin"}
)

// benchRecords generates a valid dataset with n meetings, the same for the
// same n.
func benchRecords(n int) Records {
	rng := rand.New(rand.NewPCG(uint64(n), 2022))
	src := []amity.SourceID{"src"}
	codes := iso3166.Codes()[:200]
	cameo := events.CAMEOCodes()
	r := Records{Sources: []amity.Source{{ID: "src", Publisher: "Benchmark"}}}
	// A few states meet often, most rarely: state i is picked with weight
	// 1/(i+1).
	pick := func() int { return int(float64(len(codes)) * rng.Float64() * rng.Float64() * rng.Float64()) }
	pair := func() (int, int) {
		a, b := pick(), pick()
		for b == a {
			b = pick()
		}
		return a, b
	}
	day := func(from, to int) amity.Date {
		return date(fmt.Sprintf("%04d-%02d-%02d", from+rng.IntN(to-from+1), 1+rng.IntN(12), 1+rng.IntN(28)))
	}
	const perState = 100
	portfolios := []orgs.Portfolio{orgs.PortfolioCulture, orgs.PortfolioForeignAffairs, orgs.PortfolioEducation, orgs.PortfolioScience, orgs.PortfolioTourism}
	for _, c := range codes {
		s := orgs.StateID(c)
		r.States = append(r.States, orgs.State{ID: s, Names: amity.Names{Name: iso3166.Name(c)}})
		for _, p := range portfolios {
			r.Ministries = append(r.Ministries, orgs.Ministry{ID: orgs.MinistryID(string(p) + "-" + c), State: s, Portfolios: []orgs.Portfolio{p},
				Names: amity.Names{Name: "Ministry of " + string(p) + " of " + iso3166.Name(c)}})
		}
		for j := range perState {
			id := orgs.OfficialID(fmt.Sprintf("o-%s-%d", c, j))
			o := orgs.Official{ID: id, Names: amity.Names{Name: benchFirst[rng.IntN(len(benchFirst))] + " " + benchLast[rng.IntN(len(benchLast))]}}
			if j%5 == 0 {
				o.Aliases = []string{o.Name + "i"}
			}
			start := 1990 + rng.IntN(30)
			o.Posts = []orgs.Post{{ID: orgs.PostID(fmt.Sprintf("p-%s-%d", c, j)), Title: "Official", Ministry: orgs.MinistryID(string(portfolios[j%5]) + "-" + c),
				Start: date(strconv.Itoa(start)), End: date(strconv.Itoa(start + 1 + rng.IntN(8)))}}
			r.Officials = append(r.Officials, o)
		}
	}
	official := func(s int) orgs.OfficialID { return r.Officials[s*perState+rng.IntN(perState)].ID }
	for i := range 500 {
		o := orgs.Organization{ID: orgs.OrganizationID(fmt.Sprintf("org-%03d", i)), Kind: orgs.KindIntergovernmental,
			Names: amity.Names{Name: fmt.Sprintf("Organization %d", i)}}
		for _, s := range rng.Perm(len(codes))[:20+rng.IntN(60)] {
			m := orgs.Membership{State: orgs.StateID(codes[s]), Since: date(strconv.Itoa(1950 + rng.IntN(60)))}
			if rng.IntN(4) == 0 {
				m.Until = date(strconv.Itoa(m.Since.Year() + rng.IntN(30)))
			}
			o.Members = append(o.Members, m)
		}
		r.Organizations = append(r.Organizations, o)
	}
	for i := range n {
		m := events.Meeting{ID: events.MeetingID(fmt.Sprintf("m%07d", i)), Date: day(2000, 2024), Sources: src}
		switch p := rng.IntN(100); {
		case p < 3:
			m.Date = date(strconv.Itoa(m.Date.Year()))
		case p < 10:
			m.Date = date(m.Date.String()[:7])
		}
		a, b := pair()
		states := []int{a, b}
		if rng.IntN(10) == 0 {
			if c := pick(); c != a && c != b {
				states = append(states, c)
			}
		}
		for _, s := range states {
			j, k := rng.IntN(perState), rng.IntN(perState)
			m.Participants = append(m.Participants, events.Participant{Official: r.Officials[s*perState+j].ID, State: orgs.StateID(codes[s])})
			if k != j && rng.IntN(2) == 0 {
				m.Participants = append(m.Participants, events.Participant{Official: r.Officials[s*perState+k].ID, State: orgs.StateID(codes[s])})
			}
		}
		if rng.IntN(5) != 0 {
			m.Codes = []events.EventCode{{CAMEO: cameo[rng.IntN(len(cameo))]}}
		}
		if rng.IntN(3) == 0 {
			m.Statements = []events.Statement{{Speakers: []orgs.OfficialID{m.Participants[0].Official}, Verb: events.VerbSaid, Summary: "Relations are developing."}}
		}
		r.Meetings = append(r.Meetings, m)
	}
	for i := range n / 20 {
		a, b := pair()
		v := events.Visit{ID: events.VisitID(fmt.Sprintf("v%07d", i)), Visitors: []orgs.OfficialID{official(a)},
			Guest: orgs.StateID(codes[a]), Host: orgs.StateID(codes[b]), Start: day(2000, 2024), Sources: src}
		if rng.IntN(2) == 0 {
			v.Codes = []events.EventCode{{CAMEO: "042"}}
		}
		r.Visits = append(r.Visits, v)
	}
	kinds := []cooperation.InitiativeKind{cooperation.KindExchangeProgramme, cooperation.KindCulturalCentre, cooperation.KindFestival, cooperation.KindCulturalWeek, cooperation.KindArtsExchange}
	statuses := []cooperation.Status{cooperation.StatusProposed, cooperation.StatusAgreed, cooperation.StatusDrafting, cooperation.StatusSigned, cooperation.StatusInProgress, cooperation.StatusCompleted}
	for i := range n / 20 {
		a, b := pair()
		in := cooperation.Initiative{ID: cooperation.InitiativeID(fmt.Sprintf("i%07d", i)), Title: "Initiative " + strconv.Itoa(i), Kind: kinds[rng.IntN(len(kinds))],
			Parties: []orgs.StateID{orgs.StateID(codes[a]), orgs.StateID(codes[b])}, ProposedBy: []orgs.OfficialID{official(a)},
			Meetings: []events.MeetingID{r.Meetings[rng.IntN(n)].ID}, Sources: src}
		year, stage := 2000+rng.IntN(20), 0
		for range 1 + rng.IntN(3) {
			in.History = append(in.History, cooperation.StatusChange{Status: statuses[stage], Date: date(strconv.Itoa(year)), Sources: src})
			year, stage = year+1+rng.IntN(2), stage+1+rng.IntN(2)
		}
		r.Initiatives = append(r.Initiatives, in)
	}
	for a := range 30 {
		for b := a + 1; b < 30; b++ {
			r.Ties = append(r.Ties, cooperation.Tie{ID: cooperation.TieID(fmt.Sprintf("t-%s-%s", codes[a], codes[b])), Kind: cooperation.TieDiplomatic,
				States: []orgs.StateID{orgs.StateID(codes[a]), orgs.StateID(codes[b])}, Established: date(strconv.Itoa(1950 + rng.IntN(50))), Sources: src})
		}
	}
	return r
}

// byDateID orders meetings by date, then ID, as the queries do.
func byDateID(x, y events.Meeting) int {
	return cmp.Or(x.Date.Compare(y.Date), strings.Compare(string(x.ID), string(y.ID)))
}

// The baselines: each scans every record of its kind.

func scanMeetingsBetween(r *Records, a, b orgs.StateID, p Period) []events.Meeting {
	var out []events.Meeting
	for _, m := range r.Meetings {
		if a != b && m.Involves(a) && m.Involves(b) && p.Includes(m.Date) {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, byDateID)
	return out
}

func scanMeetingsOf(r *Records, o orgs.OfficialID) []events.Meeting {
	var out []events.Meeting
	for _, m := range r.Meetings {
		if slices.Contains(m.Officials(), o) {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, byDateID)
	return out
}

func scanMet(r *Records, a, b orgs.OfficialID) []events.Meeting {
	var out []events.Meeting
	for _, m := range r.Meetings {
		if ids := m.Officials(); a != b && slices.Contains(ids, a) && slices.Contains(ids, b) {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, byDateID)
	return out
}

func scanEncounters(r *Records) []Encounter {
	ms := slices.Clone(r.Meetings)
	slices.SortFunc(ms, byDateID)
	met := map[[2]orgs.OfficialID][]events.MeetingID{}
	for _, m := range ms {
		for _, p := range m.Participants {
			for _, q := range m.Participants {
				if p.Official < q.Official {
					k := [2]orgs.OfficialID{p.Official, q.Official}
					met[k] = append(met[k], m.ID)
				}
			}
		}
	}
	var out []Encounter
	for _, k := range slices.SortedFunc(maps.Keys(met), func(x, y [2]orgs.OfficialID) int {
		return cmp.Or(strings.Compare(string(x[0]), string(y[0])), strings.Compare(string(x[1]), string(y[1])))
	}) {
		out = append(out, Encounter{A: k[0], B: k[1], Meetings: met[k]})
	}
	return out
}

func scanTimeline(d *Dataset, r *Records, a, b orgs.StateID) []TimelineEntry {
	rank := map[TimelineKind]int{TimelineVisit: 0, TimelineMeeting: 1, TimelineStatement: 2, TimelineStatusChange: 3}
	var out []TimelineEntry
	for i := range r.Visits {
		if v := &r.Visits[i]; v.Guest == a && v.Host == b || v.Guest == b && v.Host == a {
			out = append(out, d.visitEntry(v))
		}
	}
	for i := range r.Meetings {
		if m := &r.Meetings[i]; a != b && m.Involves(a) && m.Involves(b) {
			out = append(out, d.meetingEntry(m))
			for k := range m.Statements {
				out = append(out, d.statementEntry(m, k))
			}
		}
	}
	for i := range r.Initiatives {
		if in := &r.Initiatives[i]; a != b && slices.Contains(in.Parties, a) && slices.Contains(in.Parties, b) {
			for k := range in.History {
				out = append(out, statusEntry(in, k))
			}
		}
	}
	slices.SortFunc(out, func(x, y TimelineEntry) int {
		return cmp.Or(x.Date.Compare(y.Date), cmp.Compare(rank[x.Kind], rank[y.Kind]), strings.Compare(x.ID, y.ID), cmp.Compare(x.Index, y.Index))
	})
	return out
}

func scanOfficialsOf(d *Dataset, s orgs.StateID, on amity.Date) []orgs.Official {
	var out []orgs.Official
	for _, o := range d.r.Officials {
		if slices.ContainsFunc(o.Posts, func(p orgs.Post) bool {
			st := p.State
			if m, ok := d.Ministry(p.Ministry); ok {
				st = m.State
			} else if org, ok := d.Organization(p.Organization); ok {
				st = org.State
			}
			return st == s && p.Covers(on)
		}) {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(x, y orgs.Official) int { return strings.Compare(string(x.ID), string(y.ID)) })
	return out
}

func scanSharedMemberships(r *Records, a, b orgs.StateID, on amity.Date) []orgs.Organization {
	var out []orgs.Organization
	for _, o := range r.Organizations {
		if o.MemberOn(a, on) && o.MemberOn(b, on) {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(x, y orgs.Organization) int { return strings.Compare(string(x.ID), string(y.ID)) })
	return out
}

func scanInitiatives(r *Records, keep func(cooperation.Initiative) bool) []cooperation.Initiative {
	var out []cooperation.Initiative
	for _, in := range r.Initiatives {
		if keep(in) {
			out = append(out, in)
		}
	}
	slices.SortFunc(out, func(x, y cooperation.Initiative) int { return strings.Compare(string(x.ID), string(y.ID)) })
	return out
}

func scanProposals(r *Records) []Proposal {
	var out []Proposal
	for _, in := range r.Initiatives {
		for _, o := range in.ProposedBy {
			out = append(out, Proposal{Official: o, Initiative: in.ID, Inferred: in.ProposalInferred})
		}
	}
	slices.SortFunc(out, func(x, y Proposal) int {
		return cmp.Or(strings.Compare(string(x.Official), string(y.Official)), strings.Compare(string(x.Initiative), string(y.Initiative)))
	})
	return slices.Compact(out)
}

func scanAnniversary(r *Records, a, b orgs.StateID, year int) (cooperation.Tie, int, bool) {
	var best cooperation.Tie
	n, ok := 0, false
	for _, t := range r.Ties {
		if t.Kind != cooperation.TieDiplomatic || !t.Between(a, b) || a == b {
			continue
		}
		k, yes := t.Anniversary(year)
		newer := best.ID == "" || cmp.Or(t.Established.Compare(best.Established), strings.Compare(string(t.ID), string(best.ID))) > 0
		if yes && (!ok || newer) || !yes && !ok && newer {
			best, n, ok = t, k, yes
		}
	}
	return best, n, ok
}

func scanIntensityOf(r *Records, a, b orgs.StateID, year int) Intensity {
	if b < a {
		a, b = b, a
	}
	out := Intensity{A: a, B: b, Year: year}
	if a == b {
		return out
	}
	// Sum in the order the index does, so that the sums are equal to the
	// last bit: meetings, then visits, each in (date, ID) order.
	var ms []events.Meeting
	for _, m := range r.Meetings {
		if m.Date.Year() == year && m.Involves(a) && m.Involves(b) {
			ms = append(ms, m)
		}
	}
	slices.SortFunc(ms, byDateID)
	for _, m := range ms {
		g, _ := m.Goldstein()
		out.Events++
		out.Goldstein += g
	}
	var vs []events.Visit
	for _, v := range r.Visits {
		if v.Start.Year() == year && len(v.Codes) > 0 && (v.Guest == a && v.Host == b || v.Guest == b && v.Host == a) {
			vs = append(vs, v)
		}
	}
	slices.SortFunc(vs, func(x, y events.Visit) int {
		return cmp.Or(x.Start.Compare(y.Start), strings.Compare(string(x.ID), string(y.ID)))
	})
	for _, v := range vs {
		g, _ := v.Codes[0].Goldstein()
		out.Events++
		out.Goldstein += g
	}
	return out
}

func scanFind(r *Records, name string) []Match {
	q := amity.FoldName(name)
	if q == "" {
		return nil
	}
	q = " " + q + " "
	var out []Match
	find := func(k Kind, id string, n amity.Names) {
		for _, s := range n.All() {
			if strings.Contains(" "+amity.FoldName(s)+" ", q) {
				out = append(out, Match{Kind: k, ID: id, Name: n.Name})
				return
			}
		}
	}
	for _, s := range r.States {
		find(KindState, string(s.ID), s.Names)
	}
	for _, m := range r.Ministries {
		find(KindMinistry, string(m.ID), m.Names)
	}
	for _, o := range r.Organizations {
		find(KindOrganization, string(o.ID), o.Names)
	}
	for _, o := range r.Officials {
		find(KindOfficial, string(o.ID), o.Names)
	}
	kind := map[Kind]int{KindState: 0, KindMinistry: 1, KindOrganization: 2, KindOfficial: 3}
	slices.SortFunc(out, func(x, y Match) int {
		return cmp.Or(cmp.Compare(kind[x.Kind], kind[y.Kind]), strings.Compare(x.ID, y.ID))
	})
	return out
}

// benchQuery runs a query and its baseline as sub-benchmarks, after
// checking that they give the same answer. The query's values are
// counted, not kept, as a caller ranging over them would; the baseline
// returns a slice, as a scan must gather its answer before sorting it.
// Each sub-benchmark starts after a collection, so that neither pays for
// the garbage of the other.
func benchQuery[T any](b *testing.B, query func() iter.Seq[T], scan func() []T) {
	want := scan()
	if diff := gocmp.Diff(want, slices.Collect(query()), cmpopts.EquateEmpty()); diff != "" {
		b.Fatalf("the index and the scan differ (-scan +index):\n%s", diff)
	}
	b.Run("index", func(b *testing.B) {
		runtime.GC()
		for b.Loop() {
			for range query() {
			}
		}
		b.ReportMetric(float64(len(want)), "results/op")
	})
	b.Run("scan", func(b *testing.B) {
		runtime.GC()
		for b.Loop() {
			scan()
		}
		b.ReportMetric(float64(len(want)), "results/op")
	})
}

// benchValue is benchQuery for a query that returns one value.
func benchValue[T any](b *testing.B, query, scan func() T) {
	if diff := gocmp.Diff(scan(), query()); diff != "" {
		b.Fatalf("the index and the scan differ (-scan +index):\n%s", diff)
	}
	b.Run("index", func(b *testing.B) {
		runtime.GC()
		for b.Loop() {
			query()
		}
	})
	b.Run("scan", func(b *testing.B) {
		runtime.GC()
		for b.Loop() {
			scan()
		}
	})
}

func BenchmarkMeetingsBetween(b *testing.B) {
	f := fixture(b)
	for _, c := range []struct {
		name string
		pair [2]orgs.StateID
		year int
	}{{"busy-pair-year", f.busy, f.busyYear}, {"typical-pair-year", f.typical, f.typicalYear}} {
		b.Run(c.name, func(b *testing.B) {
			year := date(strconv.Itoa(c.year))
			p := Period{From: year, To: year}
			benchQuery(b,
				func() iter.Seq[events.Meeting] { return f.d.MeetingsBetween(c.pair[0], c.pair[1], p) },
				func() []events.Meeting { return scanMeetingsBetween(&f.r, c.pair[0], c.pair[1], p) })
		})
	}
}

func BenchmarkMeetingsOf(b *testing.B) {
	f := fixture(b)
	benchQuery(b,
		func() iter.Seq[events.Meeting] { return f.d.MeetingsOf(f.official) },
		func() []events.Meeting { return scanMeetingsOf(&f.r, f.official) })
}

func BenchmarkMet(b *testing.B) {
	f := fixture(b)
	benchQuery(b,
		func() iter.Seq[events.Meeting] { return f.d.Met(f.official, f.peer) },
		func() []events.Meeting { return scanMet(&f.r, f.official, f.peer) })
}

func BenchmarkEncounters(b *testing.B) {
	f := fixture(b)
	benchQuery(b,
		func() iter.Seq[Encounter] { return f.d.Encounters() },
		func() []Encounter { return scanEncounters(&f.r) })
}

func BenchmarkTimeline(b *testing.B) {
	f := fixture(b)
	benchQuery(b,
		func() iter.Seq[TimelineEntry] { return f.d.Timeline(f.typical[0], f.typical[1]) },
		func() []TimelineEntry { return scanTimeline(f.d, &f.r, f.typical[0], f.typical[1]) })
}

func BenchmarkOfficialsOf(b *testing.B) {
	f := fixture(b)
	benchQuery(b,
		func() iter.Seq[orgs.Official] { return f.d.OfficialsOf(f.busy[0], f.on) },
		func() []orgs.Official { return scanOfficialsOf(f.d, f.busy[0], f.on) })
}

func BenchmarkSharedMemberships(b *testing.B) {
	f := fixture(b)
	benchQuery(b,
		func() iter.Seq[orgs.Organization] { return f.d.SharedMemberships(f.busy[0], f.busy[1], f.on) },
		func() []orgs.Organization { return scanSharedMemberships(&f.r, f.busy[0], f.busy[1], f.on) })
}

func BenchmarkInitiatives(b *testing.B) {
	f := fixture(b)
	filter := InitiativeFilter{Party: f.typical[0], Open: true}
	benchQuery(b,
		func() iter.Seq[cooperation.Initiative] { return f.d.Initiatives(filter) },
		func() []cooperation.Initiative { return scanInitiatives(&f.r, filter.Matches) })
}

func BenchmarkInitiativesAt(b *testing.B) {
	f := fixture(b)
	at := func(in cooperation.Initiative) bool {
		return slices.Contains(in.Meetings, f.meeting) || slices.ContainsFunc(in.History, func(h cooperation.StatusChange) bool { return h.Meeting == f.meeting })
	}
	benchQuery(b,
		func() iter.Seq[cooperation.Initiative] { return f.d.InitiativesAt(f.meeting) },
		func() []cooperation.Initiative { return scanInitiatives(&f.r, at) })
}

func BenchmarkProposals(b *testing.B) {
	f := fixture(b)
	benchQuery(b,
		func() iter.Seq[Proposal] { return f.d.Proposals() },
		func() []Proposal { return scanProposals(&f.r) })
}

func BenchmarkAnniversary(b *testing.B) {
	f := fixture(b)
	a, c := f.d.r.Ties[0].States[0], f.d.r.Ties[0].States[1]
	type result struct {
		Tie cooperation.TieID
		N   int
		OK  bool
	}
	benchValue(b,
		func() result { t, n, ok := f.d.Anniversary(a, c, 2022); return result{t.ID, n, ok} },
		func() result { t, n, ok := scanAnniversary(&f.r, a, c, 2022); return result{t.ID, n, ok} })
}

func BenchmarkIntensityOf(b *testing.B) {
	f := fixture(b)
	benchValue(b,
		func() Intensity { return f.d.IntensityOf(f.busy[0], f.busy[1], f.busyYear) },
		func() Intensity { return scanIntensityOf(&f.r, f.busy[0], f.busy[1], f.busyYear) })
}

func BenchmarkFind(b *testing.B) {
	f := fixture(b)
	benchQuery(b,
		func() iter.Seq[Match] { return f.d.Find(f.name) },
		func() []Match { return scanFind(&f.r, f.name) })
}

// BenchmarkIndex measures building the indexes alone, which New does once
// after checking the records, and the memory the indexes keep.
func BenchmarkIndex(b *testing.B) {
	f := fixture(b)
	var before, after runtime.MemStats
	c := checker{r: &f.r, ms: meetingList(f.r.Meetings)}
	c.index()
	runtime.GC()
	runtime.ReadMemStats(&before)
	mOrder, mKey := byDate(c.ms.len(), c.ms.date, c.ms.id)
	ix := newIndex(&f.r, c.ms, c.ids, mOrder, mKey)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(ix)
	kept := float64(after.HeapAlloc) - float64(before.HeapAlloc)
	for b.Loop() {
		mOrder, mKey := byDate(c.ms.len(), c.ms.date, c.ms.id)
		newIndex(&f.r, c.ms, c.ids, mOrder, mKey)
	}
	meetings := float64(len(f.r.Meetings))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/meetings, "ns/meeting")
	b.ReportMetric(kept/meetings, "index-B/meeting")
}

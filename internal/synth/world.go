package synth

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
)

// world is what every record of an archive draws on: the entities of a
// fixed size, and the tables that find an official in office on a day.
type world struct {
	c   Config
	cal *calendar

	sources []amity.Source

	states []orgs.State
	cities [][]string // by state; the first is where most meetings take place

	ministries      []orgs.Ministry
	ministryField   []string  // by ministry: "Culture"
	stateMinistries [][]int32 // by state, its ministries by rank

	organizations []orgs.Organization
	igos          []int32   // the intergovernmental organizations
	stateOrgs     [][]int32 // by state, its national organizations

	officials []orgs.Official
	family    []string // by official: the family name

	// positions is the number of positions per ministry; slot
	// pos*len(ministries)+ministry holds the succession of its holders,
	// in order of their start.
	positions int
	slots     [][]holder

	stateRank []int32    // by rank, the state: rank 0 is the most active
	pairs     [][2]int32 // pairs of states, most active first

	// commissions holds, by the rank of a pair, the first joint
	// commission of the pair, as an index of organizations; -1 if it has
	// none.
	commissions []int32

	ties []cooperation.Tie
	// pairTies holds, by pair, the indexes of the pair's ties.
	pairTies map[uint32][]int32

	// firstDay and lastDay bound the dates of meetings and visits:
	// 1995-01-01 and 2024-12-31.
	firstDay, lastDay int32
}

// pairKey returns the key of the pair of states a and b, in either order,
// in the world's maps by pair.
func pairKey(a, b int32) uint32 { return uint32(min(a, b))<<16 | uint32(max(a, b)) }

// holder is an official in a position from a day on, until the next
// holder's start.
type holder struct {
	start    int32
	official int32
}

func newWorld(c Config) *world {
	w := &world{c: c, cal: newCalendar()}
	w.firstDay = w.cal.dayOf(1995, 1, 1)
	w.lastDay = w.cal.dayOf(2024, 12, 31)
	x := &rng{seed: c.Seed}
	x.Rand = rand.New(&x.pcg)
	w.genSources(x)
	w.genStates(x)
	w.genMinistries(x)
	w.genOrganizations(x)
	w.genSlots(x)
	w.genOfficials(x)
	w.genTies(x)
	return w
}

func (w *world) sourceID(i int) amity.SourceID { return amity.SourceID(id("src-", i, width(Sources))) }

func (w *world) genSources(x *rng) {
	x.reset(tagSources, 0)
	publishers := make([]string, 40)
	for i := range publishers {
		publishers[i] = strings.Replace(pick(x, publisherPatterns), "#", syllables(x, x.between(2, 3)), 1)
	}
	w.sources = make([]amity.Source, Sources)
	for i := range w.sources {
		x.reset(tagSources, i+1)
		day := x.growing(w.firstDay, w.lastDay)
		s := amity.Source{
			ID:        w.sourceID(i),
			Title:     pick(x, headlineSubject) + pick(x, headlineAfter),
			Publisher: pick(x, publishers),
			Published: w.cal.day(day),
			Language:  pick(x, languages),
		}
		s.URL = "https://" + slug(s.Publisher) + ".example/" + strconv.Itoa(s.Published.Year()) + "/" + slug(s.Title) + "-" + strconv.Itoa(i)
		if x.chance(0.6) {
			s.Author = givenName(x) + " " + familyName(x)
		}
		if i > 0 && x.chance(0.1) {
			s.Cites = []amity.SourceID{w.sourceID(x.IntN(i))}
		}
		if x.chance(0.3) {
			s.Time = clock(x)
		}
		w.sources[i] = s
	}
}

// genStates chooses the states, always with AZ and IR among them, ranks
// them by activity and ranks the pairs.
func (w *world) genStates(x *rng) {
	x.reset(tagStates, 0)
	codes := isoCodes()
	x.Shuffle(len(codes), func(i, j int) { codes[i], codes[j] = codes[j], codes[i] })
	for _, want := range []string{"IR", "AZ"} {
		i := slices.Index(codes, want)
		copy(codes[1:i+1], codes[:i])
		codes[0] = want
	}
	codes = codes[:w.c.States]
	slices.Sort(codes)
	w.states = make([]orgs.State, len(codes))
	w.cities = make([][]string, len(codes))
	for i, code := range codes {
		st := orgs.State{ID: orgs.StateID(code), Names: amity.Names{Name: iso3166.Name(code)}}
		w.cities[i] = []string{cityName(x), cityName(x), cityName(x), cityName(x)}
		if x.chance(0.02) {
			st.Uncertain = amity.Uncertainty{"name": {Basis: amity.BasisDisputed, Reason: "Sources use more than one short name for the state."}}
			st.Note = "Sources name the state in several ways."
		}
		w.states[i] = st
	}

	// Activity: a Zipf-like weight by a random rank; a pair's score is the
	// product of its states' weights, with noise for regional ties.
	x.reset(tagPairs, 0)
	w.stateRank = make([]int32, len(codes))
	for i := range w.stateRank {
		w.stateRank[i] = int32(i)
	}
	x.Shuffle(len(w.stateRank), func(i, j int) { w.stateRank[i], w.stateRank[j] = w.stateRank[j], w.stateRank[i] })
	weight := make([]float64, len(codes))
	for rank, s := range w.stateRank {
		weight[s] = 1 / float64(rank+3)
	}
	type scored struct {
		pair  [2]int32
		score float64
	}
	all := make([]scored, 0, len(codes)*(len(codes)-1)/2)
	for a := range codes {
		for b := a + 1; b < len(codes); b++ {
			all = append(all, scored{[2]int32{int32(a), int32(b)}, weight[a] * weight[b] * math.Exp(0.8*x.NormFloat64())})
		}
	}
	slices.SortFunc(all, func(p, q scored) int {
		if c := cmp.Compare(q.score, p.score); c != 0 {
			return c
		}
		return cmp.Compare(p.pair[0]<<16|p.pair[1], q.pair[0]<<16|q.pair[1])
	})
	w.pairs = make([][2]int32, len(all))
	for i, p := range all {
		w.pairs[i] = p.pair
	}
}

func (w *world) genMinistries(x *rng) {
	x.reset(tagMinistries, 0)
	n, ns := w.c.Ministries, len(w.states)
	w.ministries = make([]orgs.Ministry, n)
	w.ministryField = make([]string, n)
	w.stateMinistries = make([][]int32, ns)
	for i := range w.ministries {
		s, rank := i%ns, i/ns
		portfolio, field := orgs.PortfolioOther, ""
		if rank < len(ministryFields) {
			portfolio = []orgs.Portfolio{orgs.PortfolioCulture, orgs.PortfolioForeignAffairs, orgs.PortfolioEducation,
				orgs.PortfolioTourism, orgs.PortfolioYouthSports, orgs.PortfolioScience, orgs.PortfolioInformation,
				orgs.PortfolioReligiousAffairs, orgs.PortfolioEconomy}[rank]
			field = ministryFields[rank]
		} else {
			k := rank - len(ministryFields)
			field = otherFields[k%len(otherFields)]
			if k >= len(otherFields) {
				field += " " + strconv.Itoa(k/len(otherFields)+1)
			}
		}
		code := string(w.states[s].ID)
		m := orgs.Ministry{
			ID:         orgs.MinistryID(id("min-", i, width(n))),
			State:      w.states[s].ID,
			Portfolios: []orgs.Portfolio{portfolio},
			Names:      amity.Names{Name: "Ministry of " + field},
		}
		if x.chance(0.5) {
			m.URL = "https://" + slug(field) + "." + strings.ToLower(code) + ".gov.example"
		}
		if x.chance(0.2) {
			m.Aliases = []string{field + " Ministry"}
		}
		if x.chance(0.01) {
			m.Note = "Sources translate the ministry's name loosely."
			m.Uncertain = amity.Uncertainty{"name": {Basis: amity.BasisApproximate, Reason: "The name is an English rendering of the sources' own."}}
		}
		w.ministries[i] = m
		w.ministryField[i] = field
		w.stateMinistries[s] = append(w.stateMinistries[s], int32(i))
	}
}

// nationalOrganization makes o, organization i, a body of one state: a
// cultural institution, an agency, an embassy, a government, and the
// like, with its parent and year of foundation.
func (w *world) nationalOrganization(x *rng, o *orgs.Organization, i int) {
	kind := x.weighted(nationalWeights)
	o.Kind = orgs.OrganizationKind(nationalKinds[kind])
	s := x.IntN(len(w.states))
	o.State = w.states[s].ID
	o.Name = strings.Replace(pick(x, nationalPatterns[kind]), "#", syllables(x, 2), 1)
	parent := w.stateMinistries[s][0]
	switch o.Kind {
	case orgs.KindDiplomaticMission:
		// An embassy, accredited to another state, under the
		// ministry of foreign affairs.
		h := (s + 1 + x.IntN(len(w.states)-1)) % len(w.states)
		o.HostState = w.states[h].ID
		o.Name = "Embassy of " + w.states[s].Name + " in " + w.states[h].Name
		parent = w.stateMinistries[s][min(1, len(w.stateMinistries[s])-1)]
	case orgs.KindGovernment:
		o.Name = "Government of " + w.states[s].Name
	}
	switch {
	case x.chance(0.4) && o.Kind != orgs.KindGovernment:
		o.ParentMinistry = w.ministries[parent].ID
	case len(w.stateOrgs[s]) > 0 && x.chance(0.15):
		o.ParentOrganization = w.organizations[pick(x, w.stateOrgs[s])].ID
	}
	if x.chance(0.6) {
		o.Founded = w.cal.at(w.cal.dayOf(x.between(1940, 2015), 1, 1)+int32(x.IntN(365)), x.precision(0.1, 0.5))
	}
	w.stateOrgs[s] = append(w.stateOrgs[s], int32(i))
}

// genOrganizations makes a fifth of the organizations intergovernmental,
// with members, and the rest national bodies, some under a ministry or an
// earlier organization of their state.
func (w *world) genOrganizations(x *rng) {
	n := w.c.Organizations
	w.organizations = make([]orgs.Organization, n)
	w.commissions = make([]int32, len(w.pairs))
	for k := range w.commissions {
		w.commissions[k] = -1
	}
	w.stateOrgs = make([][]int32, len(w.states))
	order := make([]int32, len(w.states))
	for i := range w.organizations {
		x.reset(tagOrganizations, i)
		o := orgs.Organization{ID: orgs.OrganizationID(id("org-", i, width(n)))}
		if i == 0 || x.chance(0.2) {
			o.Kind = orgs.KindIntergovernmental
			o.Name = strings.Replace(pick(x, igoPatterns), "#", syllables(x, 2), 1)
			o.Aliases = []string{acronym(o.Name)}
			founded := w.cal.dayOf(x.between(1946, 2010), 1, 1) + int32(x.IntN(365))
			o.Founded = w.cal.at(founded, x.precision(0.1, 0.3))
			for k := range order {
				order[k] = int32(k)
			}
			members := order[:x.between(min(3, len(order)), min(60, len(order)))]
			for k := range members {
				j := k + x.IntN(len(order)-k)
				order[k], order[j] = order[j], order[k]
			}
			slices.Sort(members)
			o.Members = make([]orgs.Membership, len(members))
			for k, s := range members {
				m := orgs.Membership{State: w.states[s].ID}
				if x.chance(0.6) {
					m.Since = o.Founded
				} else if x.chance(0.7) {
					since := founded + int32(x.IntN(int(w.lastDay-founded)))
					m.Since = w.cal.at(since, x.precision(0.1, 0.4))
					if x.chance(0.05) && since+400 < w.lastDay {
						m.Until = w.cal.day(since + 365 + int32(x.IntN(int(w.lastDay-since-365))))
					}
				}
				o.Members[k] = m
			}
			w.igos = append(w.igos, int32(i))
		} else if x.chance(0.04) {
			w.jointCommission(x, &o, i)
		} else {
			w.nationalOrganization(x, &o, i)
		}
		if x.chance(0.5) {
			o.URL = "https://" + slug(o.Name) + ".example"
		}
		if x.chance(0.3) {
			o.Sources = []amity.SourceID{w.sourceID(x.IntN(Sources))}
		}
		if o.Founded.Precision() == amity.PrecisionYear && x.chance(0.3) {
			o.Uncertain = amity.Uncertainty{"founded": {Basis: amity.BasisApproximate, Reason: "Sources give only the year of foundation."}}
		}
		if o.Kind == orgs.KindIntergovernmental && x.chance(0.05) {
			o.Note = "Sources also name the organization by its acronym alone."
		}
		w.organizations[i] = o
	}
}

// jointCommission makes o, organization i, the joint commission on
// cultural cooperation of one of the most active pairs, with the two
// states as members since its foundation, and records it as the pair's
// commission if the pair has none yet.
func (w *world) jointCommission(x *rng, o *orgs.Organization, i int) {
	rank := x.IntN(min(len(w.pairs), 2*len(w.states)))
	p := w.pairs[rank]
	a, b := w.states[p[0]], w.states[p[1]]
	o.Kind = orgs.KindJointCommission
	o.Name = "Joint Commission of " + a.Name + " and " + b.Name + " on Cultural Cooperation"
	o.Founded = w.cal.day(w.cal.dayOf(x.between(1993, 2012), 1, 1) + int32(x.IntN(365)))
	o.Members = []orgs.Membership{{State: a.ID, Since: o.Founded}, {State: b.ID, Since: o.Founded}}
	if w.commissions[rank] < 0 {
		w.commissions[rank] = int32(i)
	}
}

// genSlots lays out the positions of the ministries and the succession of
// holders in each: officials are dealt to slots in turn, and each slot's
// holders split the years from before 1995 to the present among them:
// the first from before 1995, each of the others in a stratum of at
// least a day, as [MaxOfficialsPerMinistry] ensures.
func (w *world) genSlots(x *rng) {
	m, o := len(w.ministries), w.c.Officials
	w.positions = min(max(o/(m*5), 1), len(positionTitles))
	t := m * w.positions
	w.slots = make([][]holder, t)
	lo, hi := w.cal.dayOf(1995, 7, 1), w.cal.dayOf(2024, 6, 30)
	early, late := w.cal.dayOf(1985, 1, 1), w.cal.dayOf(1994, 12, 31)
	for s := range w.slots {
		x.reset(tagSlots, s)
		n := o / t
		if s < o%t {
			n++
		}
		hs := make([]holder, n)
		hs[0] = holder{start: early + int32(x.IntN(int(late-early))), official: int32(s)}
		if n > 1 {
			stratum := (hi - lo) / int32(n-1)
			for k := 1; k < n; k++ {
				hs[k] = holder{start: lo + int32(k-1)*stratum + int32(x.IntN(int(stratum))), official: int32(s + k*t)}
			}
		}
		w.slots[s] = hs
	}
}

// slotOf returns the slot of official o and o's place in its succession.
func (w *world) slotOf(o int) (slot, k int) {
	t := len(w.slots)
	return o % t, o / t
}

// holderAt returns the official who holds slot s on day d.
func (w *world) holderAt(s int, d int32) int32 {
	hs := w.slots[s]
	k, found := slices.BinarySearchFunc(hs, d, func(h holder, d int32) int { return cmp.Compare(h.start, d) })
	if !found {
		k--
	}
	return hs[max(k, 0)].official
}

// addressAndSpelling gives off, now and then, an honorific, and marks a
// name spelt several ways as disputed.
func addressAndSpelling(x *rng, off *orgs.Official) {
	if x.chance(0.05) {
		off.Honorific = pick(x, honorifics)
	}
	if len(off.Aliases) > 0 && x.chance(0.2) {
		off.Uncertain = amity.Uncertainty{"name": {Basis: amity.BasisDisputed, Reason: "Sources spell the name in more than one way."}}
		if x.chance(0.3) {
			off.Note = "Some reports give the name with a patronymic."
		}
	}
}

func (w *world) genOfficials(x *rng) {
	n := w.c.Officials
	wid := width(n)
	w.officials = make([]orgs.Official, n)
	w.family = make([]string, n)
	m := len(w.ministries)
	for i := range w.officials {
		x.reset(tagOfficials, i)
		slot, k := w.slotOf(i)
		hs := w.slots[slot]
		ministry, pos := slot%m, slot/m
		given, family := givenName(x), familyName(x)
		off := orgs.Official{ID: orgs.OfficialID(id("off-", i, wid)), Names: amity.Names{Name: given + " " + family}}
		w.family[i] = family
		if x.chance(0.15) {
			off.Aliases = []string{alias(off.Name)}
		}
		if x.chance(0.05) {
			off.LocalNames = map[string]string{"ru": cyrillic(off.Name)}
		}
		if x.chance(0.3) {
			off.Sources = []amity.SourceID{w.sourceID(x.IntN(Sources))}
		}
		role := orgs.RoleDeputyMinister
		switch pos {
		case 0:
			role = orgs.RoleMinister
		case 3:
			role = orgs.RoleStaff
		}
		post := orgs.Post{
			ID:       orgs.PostID(string(off.ID) + "-p1"),
			Title:    positionTitles[pos] + w.ministryField[ministry],
			Role:     role,
			Ministry: w.ministries[ministry].ID,
		}
		start := hs[k].start
		switch {
		case k > 0:
			post.Start = w.cal.day(start)
		case x.chance(0.3):
			// unknown start
		default:
			post.Start = w.cal.at(start, x.precision(0, 0.3))
		}
		if k+1 < len(hs) {
			post.End = w.cal.day(hs[k+1].start - 1)
		}
		if x.chance(0.2) {
			post.Sources = []amity.SourceID{w.sourceID(x.IntN(Sources))}
		}
		off.Posts = []orgs.Post{post}
		addressAndSpelling(x, &off)
		state := ministry % len(w.states)
		if k > 0 && len(w.stateOrgs[state]) > 0 && x.chance(0.1) {
			org := pick(x, w.stateOrgs[state])
			head := x.chance(0.5)
			p := orgs.Post{
				ID:           orgs.PostID(string(off.ID) + "-p2"),
				Title:        "Deputy Director",
				Role:         orgs.RoleDeputyHead,
				Organization: w.organizations[org].ID,
				Start:        w.cal.day(start - int32(x.between(700, 3000))),
				End:          w.cal.day(start - 1),
			}
			if head {
				p.Title, p.Role = "Director", orgs.RoleHead
			}
			off.Posts = append(off.Posts, p)
		}
		w.officials[i] = off
	}
}

// genTies gives diplomatic relations to the most active pairs and some others,
// and twinnings and cultural agreements to some of the pairs with ties.
func (w *world) genTies(x *rng) {
	x.reset(tagTies, 0)
	top := 2 * len(w.states)
	for rank, p := range w.pairs {
		if rank >= top && !x.chance(0.15) {
			continue
		}
		a, b := p[0], p[1]
		if x.chance(0.5) {
			a, b = b, a
		}
		states := []orgs.StateID{w.states[a].ID, w.states[b].ID}
		key := pairKey(a, b)
		src := []amity.SourceID{w.sourceID(x.IntN(Sources))}
		est := w.cal.dayOf(x.between(1946, 2015), 1, 1) + int32(x.IntN(365))
		t := cooperation.Tie{Kind: cooperation.TieDiplomatic, States: states, Established: w.cal.at(est, x.precision(0.05, 0.15)), Sources: src}
		if x.chance(0.02) {
			t.Ended = w.cal.day(est + 365 + int32(x.IntN(int(w.lastDay-est-365))))
			t.Note = "Relations were broken off; the sources do not say whether they were restored."
		}
		if t.Established.Precision() == amity.PrecisionYear && x.chance(0.5) {
			t.Uncertain = amity.Uncertainty{"established": {Basis: amity.BasisApproximate, Reason: "Sources give only the year relations were established."}}
		}
		w.addTie(key, t)
		if x.chance(0.08) {
			est := w.cal.dayOf(x.between(1960, 2022), 1, 1) + int32(x.IntN(365))
			w.addTie(key, cooperation.Tie{Kind: cooperation.TieTwinning, States: slices.Clone(states),
				Places: []orgs.Place{
					{City: pick(x, w.cities[a]), Country: states[0]},
					{City: pick(x, w.cities[b]), Country: states[1]},
				},
				Established: w.cal.at(est, x.precision(0.1, 0.2)), Sources: src})
		}
		if x.chance(0.1) {
			est := w.cal.dayOf(x.between(1992, 2023), 1, 1) + int32(x.IntN(365))
			w.addTie(key, cooperation.Tie{Kind: cooperation.TieCulturalAgreement, States: slices.Clone(states),
				Established: w.cal.day(est), Sources: src})
		}
	}
	wid := width(len(w.ties))
	for i := range w.ties {
		w.ties[i].ID = cooperation.TieID(id("tie-", i, wid))
	}
}

// addTie adds tie t of the pair with the given key.
func (w *world) addTie(key uint32, t cooperation.Tie) {
	if w.pairTies == nil {
		w.pairTies = map[uint32][]int32{}
	}
	w.pairTies[key] = append(w.pairTies[key], int32(len(w.ties)))
	w.ties = append(w.ties, t)
}

// tieOf returns the index of the first tie of kind k between states a
// and b, and false if they have none.
func (w *world) tieOf(a, b int32, k cooperation.TieKind) (int32, bool) {
	for _, t := range w.pairTies[pairKey(a, b)] {
		if w.ties[t].Kind == k {
			return t, true
		}
	}
	return 0, false
}

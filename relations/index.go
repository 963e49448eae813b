package relations

import (
	"cmp"
	"runtime"
	"slices"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/meetingstore"
	"github.com/amitydata/amity/orgs"
)

// index holds the dataset's secondary indexes, built once by newIndex and
// never modified afterwards.
//
// Meetings, visits, officials, organizations and initiatives are each
// given a rank: meetings and visits in (date, ID) order, the others in ID
// order. Lists of ranks are therefore in the order queries promise, and
// two lists intersect by a merge of integers. Every position and rank is
// an int32 into the slices of Records: the index holds no copies of
// entities.
type index struct {
	// Meetings by rank: mOrder[rank] is the position in Records.Meetings,
	// mKey[rank] the key of its date (see dateKey). The meeting store
	// holds the meetings by rank (and Dataset.mRank the rank of each
	// position).
	mOrder []int32
	mKey   []uint32
	// alpha2 holds the position+1 of each state by its two letters (0
	// for none), so that finding a state takes no hashing.
	alpha2 *[26 * 26]int32
	// mPair lists the meetings between two states, by pairKey.
	mPair map[uint64][]int32
	// mOfficial lists the meetings of each official, by the official's
	// position in Records.Officials.
	mOfficial [][]int32
	// The officials of the meeting of rank i, by position, are
	// mOffs[mOffStart[i]:mOffStart[i+1]], in the meeting's order.
	mOffStart []int32
	mOffs     []int32
	// mInit lists the initiatives (ranks) that mention a meeting, by the
	// meeting's position.
	mInit map[int32][]int32

	// Visits by rank, as for meetings; vPair lists the visits between two
	// states, in either direction.
	vOrder []int32
	vKey   []uint32
	vPair  map[uint64][]int32

	// offOrder[rank] is the position of an official in ID order.
	offOrder []int32
	// stateOfficials lists, by state position, the posts that belong to
	// the state, by official rank then post index.
	stateOfficials [][]posting
	// orgOrder[rank] is the position of an organization in ID order.
	orgOrder []int32
	// stateOrgs lists, by state position, the memberships of the state,
	// by organization rank then membership index.
	stateOrgs [][]posting

	// Initiatives by rank (ID order), and the ranks by party, by latest
	// status, by kind, and of those still open.
	iOrder   []int32
	iParty   [][]int32
	iStatus  map[cooperation.Status][]int32
	iKind    map[cooperation.InitiativeKind][]int32
	iOpen    []int32
	proposed []posting // official position, initiative position; in (official ID, initiative ID) order

	// ties lists the diplomatic ties between two states, by pairKey, in
	// (established, ID) order.
	ties map[uint64][]int32

	// intensity holds one row per pair of states and year, in (A, B,
	// year) order by state ID; pairRows holds, by pairKey, where the
	// rows of a pair begin and end, and a row is found among them by a
	// binary search of its year.
	intensity []intensityRow
	pairRows  map[uint64]rowSpan

	// names holds, for each named entity in (kind, ID) order, its folded
	// names; tokens lists the entities (indexes into names) whose folded
	// names contain a word.
	names  []named
	tokens map[string][]int32

	// agr indexes agreements and cultural events.
	agr agreementIndex
}

// posting is a pair of positions, ranks or indexes, as each list says.
type posting struct{ a, b int32 }

type intensityRow struct {
	a, b   int32 // state positions, with States[a].ID < States[b].ID
	year   int32
	events int32
	sum    float64
}

// rowSpan is where the rows of a pair lie in index.intensity.
type rowSpan struct{ begin, end int32 }

// named is an entity that Find can return, with its names folded and
// padded with a space at either end, so that a whole-word search is a
// substring search.
type named struct {
	kind   Kind
	pos    int32
	folded []string
}

// pairKey is the key of the unordered pair of states at positions i and j.
func pairKey(i, j int32) uint64 {
	if i > j {
		i, j = j, i
	}
	return uint64(uint32(i))<<32 | uint64(uint32(j))
}

// dateKey maps a date to an integer that orders as [amity.Date.Compare]
// does: its first day, then its precision. Two dates have the same key
// exactly when they are equal.
func dateKey(d amity.Date) uint32 {
	return dayKey(d.First()) | uint32(d.Precision())
}

// dayKey is the key of the day d at precision none: less than the key of
// every date whose first day is that day or later. d must be known to the
// day; pass d.First() or d.Last().
func dayKey(d amity.Date) uint32 {
	return ymdKey(d.Year(), int(d.Month()), d.Day())
}

// ymdKey is the key of a day at precision none.
func ymdKey(year, month, day int) uint32 {
	return (uint32(year)<<9 | uint32(month)<<5 | uint32(day)) << 2
}

// keyYear returns the year of the date whose key is k.
func keyYear(k uint32) int { return int(k >> 11) }

// lastKey is the greatest key a date whose first day is d's last can have.
func lastKey(d amity.Date) uint32 {
	return dayKey(d.Last()) | 3
}

// builder holds what newIndex needs only while it runs.
type builder struct {
	r   *Records
	ms  meetingReader
	ids *idIndex
	// alpha2 holds the position+1 of each state by its two letters (0
	// for none), so that the lookup of a state takes no hashing.
	alpha2 *[26 * 26]int32
	offs   map[orgs.OfficialID]int32
}

func (b *builder) state(s orgs.StateID) (int32, bool) { return stateIn(b.alpha2, s) }

// stateIn returns the position of state s by alpha2 (see index.alpha2).
func stateIn(alpha2 *[26 * 26]int32, s orgs.StateID) (int32, bool) {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return 0, false
	}
	i := alpha2[int(s[0]-'A')*26+int(s[1]-'A')]
	return i - 1, i > 0
}

func (b *builder) pos(id string, k Kind) (int32, bool) {
	at, ok := b.ids.get(id)
	return at.i, ok && at.kind == k
}

// meetingOrder returns the positions of the meetings in (date, ID)
// order: the ranks of the meetings.
func meetingOrder(ms meetingSource) []int32 {
	return positions(sortByDate(ms.len(), ms.date, ms.id))
}

// newIndex builds every index of a dataset from records that have passed
// validation, with the order and keys of the meetings meetingOrder gives.
// It relies on references resolving, but skips any that do not rather
// than fail.
func newIndex(r *Records, ms meetingReader, ids *idIndex, mOrder []int32, mKey []uint32) *index {
	b := &builder{r: r, ms: ms, ids: ids, alpha2: new([26 * 26]int32), offs: make(map[orgs.OfficialID]int32, len(r.Officials))}
	for i, s := range r.States {
		// State IDs are ISO 3166-1 alpha-2 codes, checked by New.
		if id := s.ID; len(id) == 2 && id[0] >= 'A' && id[0] <= 'Z' && id[1] >= 'A' && id[1] <= 'Z' {
			b.alpha2[int(id[0]-'A')*26+int(id[1]-'A')] = int32(i) + 1
		}
	}
	for i, o := range r.Officials {
		b.offs[o.ID] = int32(i)
	}
	ix := &index{mOrder: mOrder, mKey: mKey, alpha2: b.alpha2}
	ix.offOrder = byID(r.Officials, func(o *orgs.Official) string { return string(o.ID) })
	ix.orgOrder = byID(r.Organizations, func(o *orgs.Organization) string { return string(o.ID) })
	ix.iOrder = byID(r.Initiatives, func(in *cooperation.Initiative) string { return string(in.ID) })
	// The meetings' indexes, which take most of the time, on a
	// goroutine of their own; each index writes fields of its own.
	var score []float64
	indexed := goSafe(func() { score = ix.meetings(b) })
	ix.visits(b)
	ix.people(b)
	ix.initiatives(b)
	ix.diplomaticTies(b)
	ix.agreements(b)
	ix.nameIndex(b)
	indexed()
	ix.intensities(b, score)
	return ix
}

// byID returns the positions of list in the order of the IDs id gives.
func byID[T any](list []T, id func(*T) string) []int32 {
	order := make([]int32, len(list))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return strings.Compare(id(&list[x]), id(&list[y])) })
	return order
}

// ranks returns the inverse of order: the rank of each position.
func ranks(order []int32) []int32 {
	rank := make([]int32, len(order))
	for r, p := range order {
		rank[p] = int32(r)
	}
	return rank
}

// byDate returns the positions of list in (date, ID) order, and the date
// key of each rank.
//
// It sorts integers holding the key and the position, then sorts each run
// of equal dates by ID: comparing IDs is what costs, and a run's IDs stay
// in the cache while it is sorted.
func byDate(n int, date func(i int32) amity.Date, id func(i int32) string) (order []int32, keys []uint32) {
	packed := sortByDate(n, date, id)
	keys = make([]uint32, n)
	for r, p := range packed {
		keys[r] = uint32(p >> 32)
	}
	return positions(packed), keys
}

// sortByDate returns, in (date, ID) order, the key of the date of each of
// n positions in its top 32 bits and the position in its low 32.
func sortByDate(n int, date func(i int32) amity.Date, id func(i int32) string) []uint64 {
	packed := make([]uint64, n)
	for i := range int32(n) {
		packed[i] = uint64(dateKey(date(i)))<<32 | uint64(i)
	}
	slices.Sort(packed)
	for i := 0; i < len(packed); {
		j := i + 1
		for j < len(packed) && packed[j]>>32 == packed[i]>>32 {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(packed[i:j], func(x, y uint64) int {
				return strings.Compare(id(int32(uint32(x))), id(int32(uint32(y))))
			})
		}
		i = j
	}
	return packed
}

// positions returns the positions that sortByDate packed, in its order.
func positions(packed []uint64) []int32 {
	order := make([]int32, len(packed))
	for r, p := range packed {
		order[r] = int32(uint32(p))
	}
	return order
}

// meetings indexes the meetings by pair of states and by official, and
// returns the Goldstein score of each meeting by rank (0 for a meeting
// without codes), for intensities.
//
// It reads the meetings once, in date order, which is the order of a
// dataset's store, into compact arrays, and builds the lists from those.
func (ix *index) meetings(b *builder) []float64 {
	n := b.ms.len()
	// By rank: the officials of each meeting from offs[offStart[i]], its
	// states from sts[stStart[i]], each once, and its score. The ranks
	// are read in as many runs as there are cores, each on a goroutine
	// of its own, and the runs' arrays joined.
	k := max(1, min(runtime.GOMAXPROCS(0), n/minMeetingRun))
	runs := make([]meetingRun, k)
	score := make([]float64, n)
	waits := make([]func(), k)
	for w := range k {
		waits[w] = goSafe(func() { runs[w] = ix.readMeetings(b, w*n/k, (w+1)*n/k, score) })
	}
	waitAll(waits)
	offStart := make([]int32, n+1)
	stStart := make([]int32, n+1)
	var nOffs, nSts int
	for _, r := range runs {
		nOffs, nSts = nOffs+len(r.offs), nSts+len(r.sts)
	}
	offs := make([]int32, 0, nOffs)
	sts := make([]int32, 0, nSts)
	for w, r := range runs {
		lo := w * n / k
		for j := range r.offEnd {
			offStart[lo+j+1] = int32(len(offs)) + r.offEnd[j]
			stStart[lo+j+1] = int32(len(sts)) + r.stEnd[j]
		}
		offs, sts = append(offs, r.offs...), append(sts, r.sts...)
	}
	// The officials' lists are cut from one array, at their final
	// lengths, counted first: lists grown by append would hold a third
	// more on average, and a million meetings have three million
	// participations. (Counting the pairs' lists too, in a map, cost
	// more time than the little memory it saved.)
	perOfficial := make([]int32, len(b.r.Officials))
	for _, o := range offs {
		perOfficial[o]++
	}
	ix.mOfficial = cutLists(perOfficial)
	ix.mPair = make(map[uint64][]int32)
	for rank := range n {
		for _, o := range offs[offStart[rank]:offStart[rank+1]] {
			ix.mOfficial[o] = append(ix.mOfficial[o], int32(rank))
		}
		st := sts[stStart[rank]:stStart[rank+1]]
		for i, s := range st {
			for _, t := range st[i+1:] {
				k := pairKey(s, t)
				ix.mPair[k] = append(ix.mPair[k], int32(rank))
			}
		}
	}
	ix.mOffStart, ix.mOffs = offStart, slices.Clip(offs)
	return score
}

// minMeetingRun is the fewest meetings index.meetings reads on a
// goroutine of their own.
const minMeetingRun = 4096

// meetingRun is what index.readMeetings reads of a run of meetings: the
// officials and states of each, from offs and sts, up to its offEnd and
// stEnd.
type meetingRun struct {
	offs, sts     []int32
	offEnd, stEnd []int32
}

// readMeetings reads the meetings of ranks lo to hi, and sets their
// scores.
func (ix *index) readMeetings(b *builder, lo, hi int, score []float64) meetingRun {
	r := meetingRun{
		offs:   make([]int32, 0, 3*(hi-lo)),
		sts:    make([]int32, 0, 2*(hi-lo)),
		offEnd: make([]int32, hi-lo),
		stEnd:  make([]int32, hi-lo),
	}
	goldstein := make(map[events.CAMEOCode]float64) // the codebook's score of each code seen
	var (
		a       meetingstore.Arena
		scratch events.Meeting
	)
	for rank := lo; rank < hi; rank++ {
		m := b.ms.meeting(ix.mOrder[rank], &a, &scratch)
		first := len(r.sts)
		for _, p := range m.Participants {
			if o, ok := b.offs[p.Official]; ok {
				r.offs = append(r.offs, o)
			}
			if s, ok := b.state(p.State); ok && !slices.Contains(r.sts[first:], s) {
				r.sts = append(r.sts, s)
			}
		}
		r.offEnd[rank-lo], r.stEnd[rank-lo] = int32(len(r.offs)), int32(len(r.sts))
		if len(m.Codes) > 0 {
			c := m.Codes[0].CAMEO
			g, ok := goldstein[c]
			if !ok {
				g, _ = c.Goldstein()
				goldstein[c] = g
			}
			score[rank] = g
		}
	}
	return r
}

// cutLists returns lists of the lengths counts gives, empty, each with
// room for its length, cut from one array.
func cutLists(counts []int32) [][]int32 {
	total := 0
	for _, c := range counts {
		total += int(c)
	}
	all := make([]int32, 0, total)
	lists := make([][]int32, len(counts))
	for i, c := range counts {
		if c > 0 {
			lists[i] = all[len(all) : len(all) : len(all)+int(c)]
			all = all[:len(all)+int(c)]
		}
	}
	return lists
}

// officialsAt returns the positions of the officials of the meeting of
// rank i.
func (ix *index) officialsAt(i int32) []int32 {
	return ix.mOffs[ix.mOffStart[i]:ix.mOffStart[i+1]]
}

func (ix *index) visits(b *builder) {
	vs := b.r.Visits
	ix.vOrder, ix.vKey = byDate(len(vs), func(i int32) amity.Date { return vs[i].Start }, func(i int32) string { return string(vs[i].ID) })
	ix.vPair = make(map[uint64][]int32)
	for rank, pos := range ix.vOrder {
		v := &vs[pos]
		g, ok1 := b.state(v.Guest)
		h, ok2 := b.state(v.Host)
		if ok1 && ok2 && g != h {
			k := pairKey(g, h)
			ix.vPair[k] = append(ix.vPair[k], int32(rank))
		}
	}
}

// people indexes the officials and organizations of each state.
func (ix *index) people(b *builder) {
	r := b.r
	ix.stateOfficials = make([][]posting, len(r.States))
	for rank, pos := range ix.offOrder {
		for j, p := range r.Officials[pos].Posts {
			if s, ok := b.state(b.stateOfPost(p)); ok {
				ix.stateOfficials[s] = append(ix.stateOfficials[s], posting{int32(rank), int32(j)})
			}
		}
	}
	ix.stateOrgs = make([][]posting, len(r.States))
	for rank, pos := range ix.orgOrder {
		for k, m := range r.Organizations[pos].Members {
			if s, ok := b.state(m.State); ok {
				ix.stateOrgs[s] = append(ix.stateOrgs[s], posting{int32(rank), int32(k)})
			}
		}
	}
}

// stateOfPost returns the state a post belongs to: its own, or its
// ministry's, or its organization's; "" if none.
func (b *builder) stateOfPost(p orgs.Post) orgs.StateID {
	switch {
	case p.State != "":
		return p.State
	case p.Ministry != "":
		if i, ok := b.pos(string(p.Ministry), KindMinistry); ok {
			return b.r.Ministries[i].State
		}
	case p.Organization != "":
		if i, ok := b.pos(string(p.Organization), KindOrganization); ok {
			return b.r.Organizations[i].State
		}
	}
	return ""
}

func (ix *index) initiatives(b *builder) {
	r := b.r
	ix.iParty = make([][]int32, len(r.States))
	ix.iStatus = make(map[cooperation.Status][]int32)
	ix.iKind = make(map[cooperation.InitiativeKind][]int32)
	ix.mInit = make(map[int32][]int32)
	mention := func(m events.MeetingID, rank int32) {
		i, ok := b.pos(string(m), KindMeeting)
		if !ok {
			return
		}
		if l := ix.mInit[i]; len(l) == 0 || l[len(l)-1] != rank {
			ix.mInit[i] = append(l, rank)
		}
	}
	for rank, pos := range ix.iOrder {
		in := &r.Initiatives[pos]
		rk := int32(rank)
		for _, s := range in.Parties {
			if i, ok := b.state(s); ok && !slices.Contains(ix.iParty[i], rk) {
				ix.iParty[i] = append(ix.iParty[i], rk)
			}
		}
		st := in.Status()
		ix.iStatus[st] = append(ix.iStatus[st], rk)
		ix.iKind[in.Kind] = append(ix.iKind[in.Kind], rk)
		if st.Open() {
			ix.iOpen = append(ix.iOpen, rk)
		}
		for _, m := range in.Meetings {
			mention(m, rk)
		}
		for _, h := range in.History {
			mention(h.Meeting, rk)
		}
		for _, o := range in.ProposedBy {
			if i, ok := b.offs[o]; ok {
				ix.proposed = append(ix.proposed, posting{i, pos})
			}
		}
	}
	offRank := ranks(ix.offOrder)
	iRank := ranks(ix.iOrder)
	key := func(p posting) posting { return posting{offRank[p.a], iRank[p.b]} }
	slices.SortFunc(ix.proposed, func(x, y posting) int {
		kx, ky := key(x), key(y)
		return cmp.Or(cmp.Compare(kx.a, ky.a), cmp.Compare(kx.b, ky.b))
	})
	ix.proposed = slices.Compact(ix.proposed)
}

func (ix *index) diplomaticTies(b *builder) {
	ts := b.r.Ties
	ix.ties = make(map[uint64][]int32)
	for i, t := range ts {
		if t.Kind != cooperation.TieDiplomatic || len(t.States) != 2 {
			continue
		}
		s, ok1 := b.state(t.States[0])
		u, ok2 := b.state(t.States[1])
		if ok1 && ok2 && s != u {
			k := pairKey(s, u)
			ix.ties[k] = append(ix.ties[k], int32(i))
		}
	}
	for _, l := range ix.ties {
		slices.SortFunc(l, func(x, y int32) int {
			return cmp.Or(ts[x].Established.Compare(ts[y].Established), strings.Compare(string(ts[x].ID), string(ts[y].ID)))
		})
	}
}

// intensities sums, per pair of states and year, the meetings between
// them and the coded visits between them, with their Goldstein scores:
// for each year, the meetings in date order, then the visits. The lists
// of each pair are in date order already, so the rows of a pair come out
// in year order, with no sorting but that of the pairs.
func (ix *index) intensities(b *builder, score []float64) {
	r := b.r
	stateRank := ranks(byID(r.States, func(s *orgs.State) string { return string(s.ID) }))
	type pair struct {
		a, b int32 // positions, States[a].ID < States[b].ID
		key  uint64
	}
	var pairs []pair
	add := func(k uint64) {
		s, t := int32(k>>32), int32(uint32(k))
		if stateRank[s] > stateRank[t] {
			s, t = t, s
		}
		pairs = append(pairs, pair{s, t, k})
	}
	for k := range ix.mPair {
		add(k)
	}
	for k := range ix.vPair {
		if _, ok := ix.mPair[k]; !ok {
			add(k)
		}
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		return cmp.Or(cmp.Compare(stateRank[x.a], stateRank[y.a]), cmp.Compare(stateRank[x.b], stateRank[y.b]))
	})
	ix.pairRows = make(map[uint64]rowSpan, len(pairs))
	for _, p := range pairs {
		begin := int32(len(ix.intensity))
		ms, vs := ix.mPair[p.key], ix.vPair[p.key]
		for len(ms) > 0 || len(vs) > 0 {
			year := amity.MaxYear + 1
			if len(ms) > 0 {
				year = keyYear(ix.mKey[ms[0]])
			}
			if len(vs) > 0 {
				year = min(year, keyYear(ix.vKey[vs[0]]))
			}
			row := intensityRow{a: p.a, b: p.b, year: int32(year)}
			for ; len(ms) > 0 && keyYear(ix.mKey[ms[0]]) == year; ms = ms[1:] {
				row.events++
				row.sum += score[ms[0]]
			}
			for ; len(vs) > 0 && keyYear(ix.vKey[vs[0]]) == year; vs = vs[1:] {
				if v := &r.Visits[ix.vOrder[vs[0]]]; len(v.Codes) > 0 {
					g, _ := v.Codes[0].Goldstein()
					row.events++
					row.sum += g
				}
			}
			if row.events > 0 {
				ix.intensity = append(ix.intensity, row)
			}
		}
		if end := int32(len(ix.intensity)); end > begin {
			ix.pairRows[p.key] = rowSpan{begin, end}
		}
	}
}

// nameIndex folds the names of states, ministries, organizations and
// officials, and indexes them by word.
func (ix *index) nameIndex(b *builder) {
	r := b.r
	add := func(k Kind, order []int32, names func(int32) amity.Names) {
		for _, pos := range order {
			n := named{kind: k, pos: pos}
			for _, s := range names(pos).All() {
				if f := amity.FoldName(s); f != "" && !slices.Contains(n.folded, " "+f+" ") {
					n.folded = append(n.folded, " "+f+" ")
				}
			}
			ix.names = append(ix.names, n)
		}
	}
	add(KindState, byID(r.States, func(s *orgs.State) string { return string(s.ID) }), func(i int32) amity.Names { return r.States[i].Names })
	add(KindMinistry, byID(r.Ministries, func(m *orgs.Ministry) string { return string(m.ID) }), func(i int32) amity.Names { return r.Ministries[i].Names })
	add(KindOrganization, ix.orgOrder, func(i int32) amity.Names { return r.Organizations[i].Names })
	add(KindOfficial, ix.offOrder, func(i int32) amity.Names { return r.Officials[i].Names })
	ix.tokens = make(map[string][]int32)
	for slot, n := range ix.names {
		for _, f := range n.folded {
			for w := range strings.FieldsSeq(f) {
				if l := ix.tokens[w]; len(l) == 0 || l[len(l)-1] != int32(slot) {
					ix.tokens[w] = append(l, int32(slot))
				}
			}
		}
	}
}

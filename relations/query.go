package relations

import (
	"cmp"
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
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
func (d *Dataset) state(s orgs.StateID) (int32, bool) { return stateIn(d.ix.alpha2, s) }

// pair returns the key of the pair of different states a and b.
func (d *Dataset) pair(a, b orgs.StateID) (uint64, bool) {
	i, ok1 := d.state(a)
	j, ok2 := d.state(b)
	return pairKey(i, j), ok1 && ok2 && i != j
}

// meetingAt rebuilds the meeting of the given rank, with its lists from
// a (see arena).
func (d *Dataset) meetingAt(rank int32, a *arena) events.Meeting {
	return d.meetings.meeting(rank, a)
}

// dateAt returns the date of the meeting of the given rank.
func (d *Dataset) dateAt(rank int32) amity.Date {
	return d.meetings.dates[rank]
}

// MeetingsBetween returns the meetings between states a and b whose date
// falls within p (see [Period.Includes]), in date order, then by ID. A
// meeting is between a and b when its participants represent both, and
// perhaps other states as well. It yields nothing if a or b is not a
// state of the dataset, or if a == b.
//
// It finds the first meeting of the period by binary search in the
// meetings of the pair, so its cost grows with the number of meetings it
// yields, not with the size of the dataset.
func (d *Dataset) MeetingsBetween(a, b orgs.StateID, p Period) iter.Seq[events.Meeting] {
	return func(yield func(events.Meeting) bool) {
		k, ok := d.pair(a, b)
		if !ok {
			return
		}
		var ar arena
		for rank := range within(d.ix.mPair[k], d.ix.mKey, p, d.dateAt) {
			if !yield(d.meetingAt(rank, &ar)) {
				return
			}
		}
	}
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

// MeetingsOf returns the meetings in which official o took part, in date
// order, then by ID. It yields nothing if o is not an official of the
// dataset.
func (d *Dataset) MeetingsOf(o orgs.OfficialID) iter.Seq[events.Meeting] {
	return func(yield func(events.Meeting) bool) {
		at, ok := d.lookup(string(o), KindOfficial)
		if !ok {
			return
		}
		var ar arena
		for _, rank := range d.ix.mOfficial[at.i] {
			if !yield(d.meetingAt(rank, &ar)) {
				return
			}
		}
	}
}

// Encounter is a pair of officials who took part in the same meetings.
type Encounter struct {
	// A and B are the two officials, A < B.
	A orgs.OfficialID `json:"a"`
	B orgs.OfficialID `json:"b"`
	// Meetings are the meetings in which both took part, in date order,
	// then by ID; at least one.
	Meetings []events.MeetingID `json:"meetings"`
}

// Encounters returns every pair of officials who took part in a meeting
// together, ordered by A, then B. Each Encounter's Meetings are its own:
// the caller may keep and modify them.
//
// It reads the meetings of each official from the index, official by
// official; a full iteration costs time in proportion to the number of
// participations in the dataset, and memory in proportion to those of one
// official.
func (d *Dataset) Encounters() iter.Seq[Encounter] {
	type met struct {
		b    orgs.OfficialID
		rank int32
	}
	return func(yield func(Encounter) bool) {
		var all []met
		for _, pos := range d.ix.offOrder {
			a := d.r.Officials[pos].ID
			all = all[:0]
			for _, rank := range d.ix.mOfficial[pos] {
				for _, o := range d.ix.officialsAt(d.ix.mOrder[rank]) {
					if b := d.r.Officials[o].ID; b > a {
						all = append(all, met{b, rank})
					}
				}
			}
			slices.SortFunc(all, func(x, y met) int {
				return cmp.Or(strings.Compare(string(x.b), string(y.b)), cmp.Compare(x.rank, y.rank))
			})
			for i := 0; i < len(all); {
				j := i + 1
				for j < len(all) && all[j].b == all[i].b {
					j++
				}
				e := Encounter{A: a, B: all[i].b, Meetings: make([]events.MeetingID, j-i)}
				for k, m := range all[i:j] {
					e.Meetings[k] = d.meetings.id(m.rank)
				}
				if !yield(e) {
					return
				}
				i = j
			}
		}
	}
}

// Met returns the meetings in which officials a and b both took part, in
// date order, then by ID. It yields nothing if either is not an official
// of the dataset, or if a == b.
func (d *Dataset) Met(a, b orgs.OfficialID) iter.Seq[events.Meeting] {
	return func(yield func(events.Meeting) bool) {
		x, ok1 := d.lookup(string(a), KindOfficial)
		y, ok2 := d.lookup(string(b), KindOfficial)
		if !ok1 || !ok2 || a == b {
			return
		}
		var ar arena
		for rank := range intersect(d.ix.mOfficial[x.i], d.ix.mOfficial[y.i]) {
			if !yield(d.meetingAt(rank, &ar)) {
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

// TimelineKind is the kind of a [TimelineEntry].
type TimelineKind string

// The kinds of timeline entries, in the order in which entries of the same
// date come.
const (
	TimelineVisit        TimelineKind = "visit"
	TimelineMeeting      TimelineKind = "meeting"
	TimelineStatement    TimelineKind = "statement"
	TimelineStatusChange TimelineKind = "status_change"
)

// Valid reports whether k is one of the TimelineKind constants.
func (k TimelineKind) Valid() bool {
	switch k {
	case TimelineVisit, TimelineMeeting, TimelineStatement, TimelineStatusChange:
		return true
	}
	return false
}

// TimelineEntry is one event in the timeline of a bilateral relationship:
// a visit, a meeting, a statement made at a meeting, or a change in the
// status of an initiative.
type TimelineEntry struct {
	// Date is the visit's start, the meeting's date (for a statement too),
	// or the date of the status change.
	Date amity.Date `json:"date"`
	// Kind is what the entry is.
	Kind TimelineKind `json:"kind"`
	// ID is the ID of the visit or the meeting; for a statement, that of
	// the meeting at which it was made; for a status change, that of the
	// initiative.
	ID string `json:"id"`
	// Index is, for a statement, its index in the meeting's Statements;
	// for a status change, its index in the initiative's History; 0
	// otherwise.
	Index int `json:"index"`
	// Statement is a statement's own ID, if it has one. Optional.
	Statement events.StatementID `json:"statement,omitzero"`
	// Status is the status reached, for a status change.
	Status cooperation.Status `json:"status,omitzero"`
	// Text says in one line what happened: "Visit to IR by Anar Karimov
	// (AZ): 30th anniversary of diplomatic relations".
	Text string `json:"text"`
}

// Timeline returns the history of the relationship between states a and
// b: the visits between them, in either direction; the meetings between
// them (see [Dataset.MeetingsBetween]); the statements made at those
// meetings; and the status changes of the initiatives to which both are
// parties. Entries are ordered by date, then by kind (visits, meetings,
// statements, status changes), then by ID, then by index. It yields
// nothing if a or b is not a state of the dataset, or if a == b.
//
// Visits and meetings come from the indexes of the pair, already in date
// order; only the status changes of the pair's initiatives are sorted on
// each call.
func (d *Dataset) Timeline(a, b orgs.StateID) iter.Seq[TimelineEntry] {
	return func(yield func(TimelineEntry) bool) {
		k, ok := d.pair(a, b)
		if !ok {
			return
		}
		ix := d.ix
		vs, ms, cs := ix.vPair[k], ix.mPair[k], d.changes(a, b)
		var ar arena
		for len(vs) > 0 || len(ms) > 0 || len(cs) > 0 {
			// The entries of the earliest date left: visits, meetings,
			// the statements of those meetings, status changes.
			key := ^uint32(0)
			if len(vs) > 0 {
				key = min(key, ix.vKey[vs[0]])
			}
			if len(ms) > 0 {
				key = min(key, ix.mKey[ms[0]])
			}
			if len(cs) > 0 {
				key = min(key, cs[0].key)
			}
			for ; len(vs) > 0 && ix.vKey[vs[0]] == key; vs = vs[1:] {
				if !yield(d.visitEntry(&d.r.Visits[ix.vOrder[vs[0]]])) {
					return
				}
			}
			n := 0
			for ; n < len(ms) && ix.mKey[ms[n]] == key; n++ {
				m := d.meetingAt(ms[n], &ar)
				if !yield(d.meetingEntry(&m)) {
					return
				}
			}
			for _, rank := range ms[:n] {
				m := d.meetingAt(rank, &ar)
				for i := range m.Statements {
					if !yield(d.statementEntry(&m, i)) {
						return
					}
				}
			}
			ms = ms[n:]
			for ; len(cs) > 0 && cs[0].key == key; cs = cs[1:] {
				in := &d.r.Initiatives[ix.iOrder[cs[0].rank]]
				if !yield(statusEntry(in, int(cs[0].i))) {
					return
				}
			}
		}
	}
}

// change is an entry of an initiative's history, located by the
// initiative's rank and the entry's index, with the key of its date.
type change struct {
	key     uint32
	rank, i int32
}

// changes returns the status changes of the initiatives to which both a
// and b are parties, in (date, initiative ID, index) order.
func (d *Dataset) changes(a, b orgs.StateID) []change {
	i, _ := d.state(a)
	j, _ := d.state(b)
	var cs []change
	for rank := range intersect(d.ix.iParty[i], d.ix.iParty[j]) {
		for k, h := range d.r.Initiatives[d.ix.iOrder[rank]].History {
			cs = append(cs, change{dateKey(h.Date), rank, int32(k)})
		}
	}
	slices.SortFunc(cs, func(x, y change) int {
		return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.rank, y.rank), cmp.Compare(x.i, y.i))
	})
	return cs
}

func (d *Dataset) officialName(id orgs.OfficialID) string {
	if o, ok := d.Official(id); ok {
		return o.Name
	}
	return string(id)
}

func (d *Dataset) officialNames(ids []orgs.OfficialID, sep string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = d.officialName(id)
	}
	return strings.Join(names, sep)
}

func (d *Dataset) visitEntry(v *events.Visit) TimelineEntry {
	text := "Visit to " + string(v.Host) + " by " + d.officialNames(v.Visitors, ", ") + " (" + string(v.Guest) + ")"
	if occ, ok := d.VisitOccasion(*v); ok {
		text += ": " + occ
	}
	return TimelineEntry{Date: v.Start, Kind: TimelineVisit, ID: string(v.ID), Text: text}
}

func (d *Dataset) meetingEntry(m *events.Meeting) TimelineEntry {
	text := m.Title
	if text == "" {
		text = "Meeting of " + d.officialNames(m.Officials(), ", ")
	}
	return TimelineEntry{Date: m.Date, Kind: TimelineMeeting, ID: string(m.ID), Text: oneLine(text)}
}

func (d *Dataset) statementEntry(m *events.Meeting, i int) TimelineEntry {
	s := &m.Statements[i]
	what := s.Summary
	if what == "" {
		what = `"` + s.Quote + `"`
	}
	text := d.officialNames(s.Speakers, " and ") + " " + s.Verb.String() + ": " + what
	return TimelineEntry{Date: m.Date, Kind: TimelineStatement, ID: string(m.ID), Index: i, Statement: s.ID, Text: oneLine(text)}
}

func statusEntry(in *cooperation.Initiative, i int) TimelineEntry {
	h := &in.History[i]
	text := in.Title + ": " + strings.ReplaceAll(string(h.Status), "_", " ")
	return TimelineEntry{Date: h.Date, Kind: TimelineStatusChange, ID: string(in.ID), Index: i, Status: h.Status, Text: oneLine(text)}
}

// oneLine joins the lines of s with spaces, and folds runs of space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// OfficialsOf returns the officials who have held a post belonging to
// state s, ordered by ID, each once. A post belongs to a state directly
// (its State), or through its ministry's State or its organization's
// State. If on is not zero, only officials with a post of s that could be
// held on that date count (see [orgs.Post.Covers]); the zero date matches
// any post ever held. It yields nothing if s is not a state of the
// dataset.
func (d *Dataset) OfficialsOf(s orgs.StateID, on amity.Date) iter.Seq[orgs.Official] {
	return func(yield func(orgs.Official) bool) {
		i, ok := d.state(s)
		if !ok {
			return
		}
		last := int32(-1)
		for _, p := range d.ix.stateOfficials[i] {
			if p.a == last {
				continue
			}
			o := &d.r.Officials[d.ix.offOrder[p.a]]
			if o.Posts[p.b].Covers(on) {
				last = p.a
				if !yield(*o) {
					return
				}
			}
		}
	}
}

// SharedMemberships returns the organizations of which states a and b are
// both members on date on, ordered by ID. A state is a member on a date
// when one of its memberships covers it (see [orgs.Membership.Covers]);
// the zero date matches any membership ever held. If a == b it returns the
// organizations of which a is a member. It yields nothing if a or b is not
// a state of the dataset.
func (d *Dataset) SharedMemberships(a, b orgs.StateID, on amity.Date) iter.Seq[orgs.Organization] {
	return func(yield func(orgs.Organization) bool) {
		i, ok1 := d.state(a)
		j, ok2 := d.state(b)
		if !ok1 || !ok2 {
			return
		}
		xs, ys := d.ix.stateOrgs[i], d.ix.stateOrgs[j]
		for len(xs) > 0 && len(ys) > 0 {
			x, y := xs[0].a, ys[0].a
			switch {
			case x < y:
				xs = skipTo(xs, y)
				continue
			case y < x:
				ys = skipTo(ys, x)
				continue
			}
			o := &d.r.Organizations[d.ix.orgOrder[x]]
			inA, inB := false, false
			for ; len(xs) > 0 && xs[0].a == x; xs = xs[1:] {
				inA = inA || o.Members[xs[0].b].Covers(on)
			}
			for ; len(ys) > 0 && ys[0].a == x; ys = ys[1:] {
				inB = inB || o.Members[ys[0].b].Covers(on)
			}
			if inA && inB && !yield(*o) {
				return
			}
		}
	}
}

// skipTo drops the postings of ps before the first whose a is at least a.
func skipTo(ps []posting, a int32) []posting {
	i := sort.Search(len(ps), func(i int) bool { return ps[i].a >= a })
	return ps[i:]
}

// InitiativeFilter selects initiatives. Zero fields match all; the zero
// filter matches every initiative.
type InitiativeFilter struct {
	// Status matches initiatives whose latest status ([cooperation.Initiative.Status])
	// is this one. Optional.
	Status cooperation.Status `json:"status,omitzero"`
	// Kind matches initiatives of this kind. Optional.
	Kind cooperation.InitiativeKind `json:"kind,omitzero"`
	// Party matches initiatives to which this state is a party. Optional.
	Party orgs.StateID `json:"party,omitzero"`
	// Open, if true, matches only initiatives still open
	// ([cooperation.Status.Open] of the latest status).
	Open bool `json:"open,omitzero"`
}

// Matches reports whether in passes every condition of f.
func (f InitiativeFilter) Matches(in cooperation.Initiative) bool {
	st := in.Status()
	return (f.Status == "" || st == f.Status) &&
		(f.Kind == "" || in.Kind == f.Kind) &&
		(f.Party == "" || slices.Contains(in.Parties, f.Party)) &&
		(!f.Open || st.Open())
}

// Initiatives returns the initiatives that f matches (see
// [InitiativeFilter.Matches]), ordered by ID. It walks the smallest of the
// indexes by status, kind, party and openness that f names, and checks
// the other conditions on each initiative there.
func (d *Dataset) Initiatives(f InitiativeFilter) iter.Seq[cooperation.Initiative] {
	return func(yield func(cooperation.Initiative) bool) {
		ix := d.ix
		var best []int32
		all := true
		consider := func(l []int32) {
			if all || len(l) < len(best) {
				best, all = l, false
			}
		}
		if f.Party != "" {
			i, ok := d.state(f.Party)
			if !ok {
				return
			}
			consider(ix.iParty[i])
		}
		if f.Status != "" {
			consider(ix.iStatus[f.Status])
		}
		if f.Kind != "" {
			consider(ix.iKind[f.Kind])
		}
		if f.Open {
			consider(ix.iOpen)
		}
		n := len(best)
		if all {
			n = len(ix.iOrder)
		}
		for k := range n {
			rank := int32(k)
			if !all {
				rank = best[k]
			}
			in := &d.r.Initiatives[ix.iOrder[rank]]
			if f.Matches(*in) && !yield(*in) {
				return
			}
		}
	}
}

// InitiativesAt returns the initiatives discussed at meeting m, those
// whose Meetings name it or an entry of whose History took place at it,
// ordered by ID. It yields nothing if m is not a meeting of the dataset.
func (d *Dataset) InitiativesAt(m events.MeetingID) iter.Seq[cooperation.Initiative] {
	return func(yield func(cooperation.Initiative) bool) {
		at, ok := d.lookup(string(m), KindMeeting)
		if !ok {
			return
		}
		for _, rank := range d.ix.mInit[at.i] {
			if !yield(d.r.Initiatives[d.ix.iOrder[rank]]) {
				return
			}
		}
	}
}

// Proposal says that an official proposed an initiative.
type Proposal struct {
	// Official is who proposed it: one of the initiative's ProposedBy.
	Official orgs.OfficialID `json:"official"`
	// Initiative is what was proposed.
	Initiative cooperation.InitiativeID `json:"initiative"`
	// Inferred is true when the source does not say who proposed it and
	// the proposer is read from the context (the initiative's
	// ProposalInferred).
	Inferred bool `json:"inferred,omitzero"`
}

// Proposals returns who proposed what: one Proposal for each official in
// each initiative's ProposedBy, ordered by official, then initiative.
func (d *Dataset) Proposals() iter.Seq[Proposal] {
	return func(yield func(Proposal) bool) {
		for _, p := range d.ix.proposed {
			in := &d.r.Initiatives[p.b]
			if !yield(Proposal{Official: d.r.Officials[p.a].ID, Initiative: in.ID, Inferred: in.ProposalInferred}) {
				return
			}
		}
	}
}

// Anniversary returns the tie of diplomatic relations between states a
// and b, and which anniversary of it falls in year (see
// [cooperation.Tie.Anniversary]): the 30th in 2022 for relations established in 1992.
// Of several diplomatic ties between the pair (relations broken off and
// restored), it takes the latest established that has an anniversary in
// year. If there are ties but none has, it returns the latest established
// with 0 and false; if there is none, the zero Tie, 0 and false.
func (d *Dataset) Anniversary(a, b orgs.StateID, year int) (cooperation.Tie, int, bool) {
	k, ok := d.pair(a, b)
	if !ok {
		return cooperation.Tie{}, 0, false
	}
	ties := d.ix.ties[k]
	for _, i := range slices.Backward(ties) {
		if n, ok := d.r.Ties[i].Anniversary(year); ok {
			return d.r.Ties[i], n, true
		}
	}
	if len(ties) == 0 {
		return cooperation.Tie{}, 0, false
	}
	return d.r.Ties[ties[len(ties)-1]], 0, false
}

// VisitOccasion describes the occasion of a visit whose Occasion is
// [events.OccasionTieAnniversary]: "30th anniversary of diplomatic
// relations", computed from the diplomatic tie between the visit's Guest
// and Host and the year of its Start (see [Dataset.Anniversary]). It
// returns "", false for any other occasion, or when no anniversary of a
// tie between them falls in that year. The visit need not belong to the
// dataset.
func (d *Dataset) VisitOccasion(v events.Visit) (string, bool) {
	if v.Occasion != events.OccasionTieAnniversary {
		return "", false
	}
	_, n, ok := d.Anniversary(v.Guest, v.Host, v.Start.Year())
	if !ok {
		return "", false
	}
	return cooperation.Ordinal(n) + " anniversary of diplomatic relations", true
}

// Intensity is the intensity of cooperation between two states in a year,
// as event-data research measures it: how many events there were between
// them and the sum of their Goldstein scores, from -10 (conflict) to +10
// (cooperation) each.
//
// The events are the meetings between the two states (see
// [Dataset.MeetingsBetween]), each scored by its first event code
// ([events.Meeting.Goldstein]) — a meeting without codes counts as an
// event scored 0 — and the visits of one state's officials to the other
// that have event codes, scored by their first code; visits without codes
// do not count. A meeting of several states counts for every pair of them.
// The year is that of the meeting's date or the visit's start.
type Intensity struct {
	// A and B are the two states, A < B.
	A orgs.StateID `json:"a"`
	B orgs.StateID `json:"b"`
	// Year is the calendar year.
	Year int `json:"year"`
	// Events is the number of events between A and B in Year.
	Events int `json:"events"`
	// Goldstein is the sum of the Goldstein scores of those events.
	Goldstein float64 `json:"goldstein"`
}

func (d *Dataset) intensityOf(row intensityRow) Intensity {
	return Intensity{A: d.r.States[row.a].ID, B: d.r.States[row.b].ID, Year: int(row.year), Events: int(row.events), Goldstein: row.sum}
}

// Intensity returns the intensity of cooperation of every pair of states
// with at least one event in a year, ordered by A, then B, then Year. The
// figures are computed once, when the dataset is built.
func (d *Dataset) Intensity() iter.Seq[Intensity] {
	return func(yield func(Intensity) bool) {
		for _, row := range d.ix.intensity {
			if !yield(d.intensityOf(row)) {
				return
			}
		}
	}
}

// IntensityOf returns the intensity of cooperation between states a and b
// in year, with A and B in order; Events is 0 if there were none, or if a
// or b is not a state of the dataset, or a == b.
func (d *Dataset) IntensityOf(a, b orgs.StateID, year int) Intensity {
	if b < a {
		a, b = b, a
	}
	zero := Intensity{A: a, B: b, Year: year}
	k, ok := d.pair(a, b)
	if !ok || year < amity.MinYear || year > amity.MaxYear {
		return zero
	}
	if i, ok := d.ix.intensityAt[pairYear{k, int32(year)}]; ok {
		return d.intensityOf(d.ix.intensity[i])
	}
	return zero
}

// Match is an entity found by name.
type Match struct {
	// Kind is the entity's kind: state, ministry, organization or
	// official.
	Kind Kind `json:"kind"`
	// ID is the entity's ID.
	ID string `json:"id"`
	// Name is the entity's primary name.
	Name string `json:"name"`
}

// Find returns the states, ministries, organizations and officials one of
// whose names — primary name, aliases, local names — contains name as a
// whole word or run of whole words, compared by [amity.FoldName]: so
// "Mehdi Ismaili", "Mohammad Mehdi Esmaeili", "ESMAEILI" and "mehdi
// esmaeili" all find the official whose alias is "Mohammad Mehdi
// Esmaeili", but "Esma" does not. Matches are ordered by kind (states,
// ministries, organizations, officials), then ID, each entity once. A
// name that folds to nothing finds nothing.
//
// It looks each word of name up in an index of the words of every name,
// and checks only the entities found under every word.
func (d *Dataset) Find(name string) iter.Seq[Match] {
	return func(yield func(Match) bool) {
		q := amity.FoldName(name)
		if q == "" {
			return
		}
		// The entities that have every word of the name: the lists of
		// the words, intersected from the shortest up.
		var lists [][]int32
		for w := range strings.SplitSeq(q, " ") {
			l, ok := d.ix.tokens[w]
			if !ok {
				return
			}
			lists = append(lists, l)
		}
		slices.SortFunc(lists, func(x, y []int32) int { return cmp.Compare(len(x), len(y)) })
		slots := lists[0]
		for _, l := range lists[1:] {
			slots = mergeIntersect(slots, l)
		}
		q = " " + q + " "
		for _, slot := range slots {
			n := &d.ix.names[slot]
			if !slices.ContainsFunc(n.folded, func(f string) bool { return strings.Contains(f, q) }) {
				continue
			}
			if !yield(d.match(n)) {
				return
			}
		}
	}
}

// mergeIntersect returns the values in both ascending lists, in a new
// list, walking both side by side: for lists of like lengths, such as
// those of the words of a name, it is faster than [intersect], which
// searches the longer list and suits lists of very different lengths
// (about 4 µs against 10 for BenchmarkFind at 20,000 meetings).
func mergeIntersect(xs, ys []int32) []int32 {
	var out []int32
	for len(xs) > 0 && len(ys) > 0 {
		switch {
		case xs[0] < ys[0]:
			xs = xs[1:]
		case xs[0] > ys[0]:
			ys = ys[1:]
		default:
			out = append(out, xs[0])
			xs, ys = xs[1:], ys[1:]
		}
	}
	return out
}

func (d *Dataset) match(n *named) Match {
	r := &d.r
	switch n.kind {
	case KindState:
		s := &r.States[n.pos]
		return Match{Kind: n.kind, ID: string(s.ID), Name: s.Name}
	case KindMinistry:
		m := &r.Ministries[n.pos]
		return Match{Kind: n.kind, ID: string(m.ID), Name: m.Name}
	case KindOrganization:
		o := &r.Organizations[n.pos]
		return Match{Kind: n.kind, ID: string(o.ID), Name: o.Name}
	}
	o := &r.Officials[n.pos]
	return Match{Kind: n.kind, ID: string(o.ID), Name: o.Name}
}

package relations

import (
	"cmp"
	"iter"
	"slices"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/deepcopy"
	"github.com/amitydata/amity/orgs"
)

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
//
// Each initiative is a copy, the caller's own, with all its lists (see
// [Dataset]): its cost is in proportion to their length.
func (d *Dataset) Initiatives(f InitiativeFilter) iter.Seq[cooperation.Initiative] {
	d = d.data()
	return func(yield func(cooperation.Initiative) bool) {
		ix := d.ix()
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
		var b deepcopy.Buf
		var c cooperation.Initiative
		if all {
			n = len(ix.iOrder)
		}
		for k := range n {
			rank := int32(k)
			if !all {
				rank = best[k]
			}
			in := &d.r.Initiatives[ix.iOrder[rank]]
			if !f.Matches(*in) {
				continue
			}
			deepcopy.Into(&c, *in, &b)
			if !yield(c) {
				return
			}
		}
	}
}

// InitiativesAt returns the initiatives discussed at meeting m, those
// whose Meetings name it or an entry of whose History took place at it,
// ordered by ID. It yields nothing if m is not a meeting of the dataset.
//
// Each initiative is a copy, the caller's own, with all its lists (see
// [Dataset]): its cost is in proportion to their length.
func (d *Dataset) InitiativesAt(m events.MeetingID) iter.Seq[cooperation.Initiative] {
	d = d.data()
	return func(yield func(cooperation.Initiative) bool) {
		at, ok := d.lookup(string(m), KindMeeting)
		if !ok {
			return
		}
		var b deepcopy.Buf
		var c cooperation.Initiative
		ix := d.ix()
		for _, rank := range ix.mInit[at.i] {
			deepcopy.Into(&c, d.r.Initiatives[ix.iOrder[rank]], &b)
			if !yield(c) {
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
	d = d.data()
	return func(yield func(Proposal) bool) {
		for _, p := range d.ix().proposed {
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
// The tie is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Anniversary(a, b orgs.StateID, year int) (cooperation.Tie, int, bool) {
	d = d.data()
	t, n, ok := d.anniversary(a, b, year)
	if t == nil {
		return cooperation.Tie{}, 0, false
	}
	return deepcopy.Copy(*t, nil), n, ok
}

// anniversary is [Dataset.Anniversary], with the dataset's own tie, nil
// for none.
func (d *Dataset) anniversary(a, b orgs.StateID, year int) (*cooperation.Tie, int, bool) {
	k, ok := d.pair(a, b)
	if !ok {
		return nil, 0, false
	}
	ties := d.ix().ties[k]
	for _, i := range slices.Backward(ties) {
		if n, ok := d.r.Ties[i].Anniversary(year); ok {
			return &d.r.Ties[i], n, true
		}
	}
	if len(ties) == 0 {
		return nil, 0, false
	}
	return &d.r.Ties[ties[len(ties)-1]], 0, false
}

// VisitOccasion describes the occasion of a visit whose Occasion is
// [events.OccasionTieAnniversary]: "30th anniversary of diplomatic
// relations", computed from the diplomatic tie between the visit's Guest
// and Host and the year of its Start (see [Dataset.Anniversary]). It
// returns "", false for any other occasion, or when no anniversary of a
// tie between them falls in that year. The visit need not belong to the
// dataset.
func (d *Dataset) VisitOccasion(v events.Visit) (string, bool) {
	d = d.data()
	if v.Occasion != events.OccasionTieAnniversary {
		return "", false
	}
	_, n, ok := d.anniversary(v.Guest, v.Host, v.Start.Year())
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
	d = d.data()
	return func(yield func(Intensity) bool) {
		for _, row := range d.ix().intensity {
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
	d = d.data()
	if b < a {
		a, b = b, a
	}
	zero := Intensity{A: a, B: b, Year: year}
	k, ok := d.pair(a, b)
	if !ok || year < amity.MinYear || year > amity.MaxYear {
		return zero
	}
	ix := d.ix()
	span := ix.pairRows[k]
	rows := ix.intensity[span.begin:span.end]
	if i, ok := slices.BinarySearchFunc(rows, int32(year), func(r intensityRow, y int32) int { return cmp.Compare(r.year, y) }); ok {
		return d.intensityOf(rows[i])
	}
	return zero
}

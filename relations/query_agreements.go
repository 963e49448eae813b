package relations

import (
	"iter"
	"slices"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/internal/deepcopy"
	"github.com/amitydata/amity/orgs"
)

// agreementIndex indexes the agreements and cultural events.
type agreementIndex struct {
	// aOrder lists the agreements' positions in ID order; aState, by
	// state position, the agreements (positions, in ID order) that bind
	// the state directly or through its ministries and organizations.
	aOrder []int32
	aState [][]int32
	// aSigned lists, by official position, the agreements the official
	// signed, in (date signed, ID) order.
	aSigned map[int32][]int32
	// aChildren lists, by agreement position, the agreements whose
	// parent it is, in ID order.
	aChildren map[int32][]int32
	// eOrder lists the cultural events' positions in ID order.
	eOrder []int32
}

// bodyState returns the state a body belongs to: the state itself, or
// the state of the ministry or organization; "" if it cannot tell.
func (b *builder) bodyState(body orgs.Body) orgs.StateID {
	return b.stateOfPost(orgs.Post{State: body.State, Ministry: body.Ministry, Organization: body.Organization})
}

func (ix *index) agreements(b *builder) {
	r := b.r
	a := &ix.agr
	a.aOrder = byID(r.Agreements, func(x *cooperation.Agreement) string { return string(x.ID) })
	a.eOrder = byID(r.Events, func(x *cooperation.CulturalEvent) string { return string(x.ID) })
	a.aState = make([][]int32, len(r.States))
	a.aSigned = map[int32][]int32{}
	a.aChildren = map[int32][]int32{}
	for _, i := range a.aOrder {
		x := &r.Agreements[i]
		var seen []int32
		for _, p := range x.Parties {
			if s, ok := b.state(b.bodyState(p)); ok && !slices.Contains(seen, s) {
				seen = append(seen, s)
				a.aState[s] = append(a.aState[s], i)
			}
		}
		for _, s := range x.Signatories {
			if o, ok := b.offs[s.Official]; ok && !slices.Contains(a.aSigned[o], i) {
				a.aSigned[o] = append(a.aSigned[o], i)
			}
		}
		if p, ok := b.pos(string(x.Parent), KindAgreement); ok && x.Parent != "" {
			a.aChildren[p] = append(a.aChildren[p], i)
		}
	}
	for _, list := range a.aSigned {
		slices.SortStableFunc(list, func(i, j int32) int { return r.Agreements[i].Signed.Compare(r.Agreements[j].Signed) })
	}
}

// Agreement returns the agreement with the given ID, and whether there is
// one. What it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Agreement(id cooperation.AgreementID) (cooperation.Agreement, bool) {
	d = d.data()
	return get(d, string(id), KindAgreement, d.r.Agreements)
}

// CulturalEvent returns the cultural event with the given ID, and whether
// there is one. What it returns is a copy, the caller's own (see
// [Dataset]).
func (d *Dataset) CulturalEvent(id cooperation.CulturalEventID) (cooperation.CulturalEvent, bool) {
	d = d.data()
	return get(d, string(id), KindEvent, d.r.Events)
}

// Group returns the group with the given ID, and whether there is one.
// What it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Group(id orgs.GroupID) (orgs.Group, bool) {
	d = d.data()
	return get(d, string(id), KindGroup, d.r.Groups)
}

// yieldAgreements yields copies of the agreements at the positions of
// list that keep accepts.
func (d *Dataset) yieldAgreements(list []int32, keep func(*cooperation.Agreement) bool, yield func(cooperation.Agreement) bool) {
	var b deepcopy.Buf
	for _, i := range list {
		if x := &d.r.Agreements[i]; keep(x) && !yield(deepcopy.Copy(*x, &b)) {
			return
		}
	}
}

// AgreementsInForce returns the agreements in force on date on (see
// [cooperation.Agreement.StatusOn]) that bind both states a and b —
// directly, or through their ministries and organizations, as parties —
// ordered by ID. An agreement whose dates do not tell whether it is in
// force on that date is left out.
//
// Each agreement is a copy, the caller's own (see [Dataset]).
func (d *Dataset) AgreementsInForce(a, b orgs.StateID, on amity.Date) iter.Seq[cooperation.Agreement] {
	d = d.data()
	return func(yield func(cooperation.Agreement) bool) {
		i, ok1 := d.state(a)
		j, ok2 := d.state(b)
		if !ok1 || !ok2 || i == j {
			return
		}
		agr := &d.ix().agr
		xs, ys := agr.aState[i], agr.aState[j]
		// Both lists are in ID order: walk them together.
		var both []int32
		for len(xs) > 0 && len(ys) > 0 {
			switch cx, cy := d.r.Agreements[xs[0]].ID, d.r.Agreements[ys[0]].ID; {
			case cx < cy:
				xs = xs[1:]
			case cy < cx:
				ys = ys[1:]
			default:
				both = append(both, xs[0])
				xs, ys = xs[1:], ys[1:]
			}
		}
		d.yieldAgreements(both, func(x *cooperation.Agreement) bool { return x.InForceOn(on) }, yield)
	}
}

// AgreementsEnding returns the agreements whose end (see
// [cooperation.Agreement.End]: termination, expiry or the end of a term
// not renewed automatically) falls within p, in order of that date, then
// ID. Agreements with no known end are left out.
//
// Each agreement is a copy, the caller's own (see [Dataset]).
func (d *Dataset) AgreementsEnding(p Period) iter.Seq[cooperation.Agreement] {
	d = d.data()
	return func(yield func(cooperation.Agreement) bool) {
		type ending struct {
			end amity.Date
			i   int32
		}
		var list []ending
		for _, i := range d.ix().agr.aOrder {
			if end := d.r.Agreements[i].End(); !end.IsZero() && p.Includes(end) {
				list = append(list, ending{end, i})
			}
		}
		slices.SortStableFunc(list, func(x, y ending) int { return x.end.Compare(y.end) })
		pos := make([]int32, len(list))
		for k, e := range list {
			pos[k] = e.i
		}
		d.yieldAgreements(pos, func(*cooperation.Agreement) bool { return true }, yield)
	}
}

// SignedBy returns the agreements official o signed, in order of the date
// of signature, then ID.
//
// Each agreement is a copy, the caller's own (see [Dataset]).
func (d *Dataset) SignedBy(o orgs.OfficialID) iter.Seq[cooperation.Agreement] {
	d = d.data()
	return func(yield func(cooperation.Agreement) bool) {
		at, ok := d.lookup(string(o), KindOfficial)
		if !ok {
			return
		}
		d.yieldAgreements(d.ix().agr.aSigned[at.i], func(*cooperation.Agreement) bool { return true }, yield)
	}
}

// AgreementChain returns the agreement with the given ID and the
// agreements it implements, extends, amends or replaces, through Parent,
// from the first of the chain down to the agreement itself; and false if
// there is no such agreement. A parent that is not in the dataset ends
// the chain.
//
// Each agreement is a copy, the caller's own (see [Dataset]).
func (d *Dataset) AgreementChain(id cooperation.AgreementID) ([]cooperation.Agreement, bool) {
	d = d.data()
	at, ok := d.lookup(string(id), KindAgreement)
	if !ok {
		return nil, false
	}
	chain := []int32{at.i}
	// Datasets that New accepts have no cycle; the bound keeps a walk
	// finite on any other.
	for len(chain) <= len(d.r.Agreements) {
		p, ok := d.lookup(string(d.r.Agreements[chain[len(chain)-1]].Parent), KindAgreement)
		if !ok {
			break
		}
		chain = append(chain, p.i)
	}
	slices.Reverse(chain)
	out := make([]cooperation.Agreement, len(chain))
	var b deepcopy.Buf
	for k, i := range chain {
		out[k] = deepcopy.Copy(d.r.Agreements[i], &b)
	}
	return out, true
}

// Implementations returns the agreements whose parent is the agreement
// with the given ID — its executive programmes, extensions, amendments
// and replacements — ordered by ID.
//
// Each agreement is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Implementations(id cooperation.AgreementID) iter.Seq[cooperation.Agreement] {
	d = d.data()
	return func(yield func(cooperation.Agreement) bool) {
		at, ok := d.lookup(string(id), KindAgreement)
		if !ok {
			return
		}
		d.yieldAgreements(d.ix().agr.aChildren[at.i], func(*cooperation.Agreement) bool { return true }, yield)
	}
}

// EventFilter selects cultural events. Zero fields match all; the zero
// filter matches every event.
type EventFilter struct {
	// State matches events in which this state takes part, as one of the
	// states or the host. Optional.
	State orgs.StateID `json:"state,omitzero"`
	// Kind matches events of this kind. Optional.
	Kind cooperation.CulturalEventKind `json:"kind,omitzero"`
	// Status matches events whose latest status is this one. Optional.
	Status cooperation.EventStatus `json:"status,omitzero"`
	// Agreement matches events planned under this agreement. Optional.
	Agreement cooperation.AgreementID `json:"agreement,omitzero"`
}

// Matches reports whether e passes every condition of f.
func (f EventFilter) Matches(e cooperation.CulturalEvent) bool {
	return (f.State == "" || e.Host == f.State || slices.Contains(e.States, f.State)) &&
		(f.Kind == "" || e.Kind == f.Kind) &&
		(f.Status == "" || e.Status() == f.Status) &&
		(f.Agreement == "" || e.Agreement == f.Agreement)
}

// CulturalEvents returns the cultural events that f matches, ordered by
// ID.
//
// Each event is a copy, the caller's own (see [Dataset]).
func (d *Dataset) CulturalEvents(f EventFilter) iter.Seq[cooperation.CulturalEvent] {
	d = d.data()
	return func(yield func(cooperation.CulturalEvent) bool) {
		var b deepcopy.Buf
		for _, i := range d.ix().agr.eOrder {
			if e := &d.r.Events[i]; f.Matches(*e) && !yield(deepcopy.Copy(*e, &b)) {
				return
			}
		}
	}
}

package relations

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/meetingstore"
	"github.com/amitydata/amity/orgs"
)

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
	d = d.data()
	return func(yield func(events.Meeting) bool) {
		k, ok := d.pair(a, b)
		if !ok {
			return
		}
		var ar meetingstore.Arena
		ix := d.ix()
		for rank := range within(ix.mPair[k], ix.mKey, p, d.dateAt) {
			if !yield(d.meetingAt(rank, &ar)) {
				return
			}
		}
	}
}

// MeetingsOf returns the meetings in which official o took part, in date
// order, then by ID. It yields nothing if o is not an official of the
// dataset.
func (d *Dataset) MeetingsOf(o orgs.OfficialID) iter.Seq[events.Meeting] {
	d = d.data()
	return func(yield func(events.Meeting) bool) {
		at, ok := d.lookup(string(o), KindOfficial)
		if !ok {
			return
		}
		var ar meetingstore.Arena
		for _, rank := range d.ix().mOfficial[at.i] {
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
	d = d.data()
	type met struct {
		b    orgs.OfficialID
		rank int32
	}
	return func(yield func(Encounter) bool) {
		var all []met
		ix := d.ix()
		for _, pos := range ix.offOrder {
			a := d.r.Officials[pos].ID
			all = all[:0]
			for _, rank := range ix.mOfficial[pos] {
				for _, o := range ix.officialsAt(rank) {
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
					e.Meetings[k] = d.meetings.ID(m.rank)
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
	d = d.data()
	return func(yield func(events.Meeting) bool) {
		x, ok1 := d.lookup(string(a), KindOfficial)
		y, ok2 := d.lookup(string(b), KindOfficial)
		if !ok1 || !ok2 || a == b {
			return
		}
		var ar meetingstore.Arena
		ix := d.ix()
		for rank := range intersect(ix.mOfficial[x.i], ix.mOfficial[y.i]) {
			if !yield(d.meetingAt(rank, &ar)) {
				return
			}
		}
	}
}

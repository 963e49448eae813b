package relations

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/meetingstore"
	"github.com/amitydata/amity/orgs"
)

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
	d = d.data()
	return func(yield func(TimelineEntry) bool) {
		k, ok := d.pair(a, b)
		if !ok {
			return
		}
		ix := d.ix()
		vs, ms, cs := ix.vPair[k], ix.mPair[k], d.changes(a, b)
		var ar meetingstore.Arena
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
	ix := d.ix()
	for rank := range intersect(ix.iParty[i], ix.iParty[j]) {
		for k, h := range d.r.Initiatives[ix.iOrder[rank]].History {
			cs = append(cs, change{dateKey(h.Date), rank, int32(k)})
		}
	}
	slices.SortFunc(cs, func(x, y change) int {
		return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.rank, y.rank), cmp.Compare(x.i, y.i))
	})
	return cs
}

func (d *Dataset) officialName(id orgs.OfficialID) string {
	if at, ok := d.lookup(string(id), KindOfficial); ok {
		return d.r.Officials[at.i].Name
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

package plover

import (
	"cmp"
	"io"
	"slices"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/fromdataset"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/relations"
)

// ExportDataset writes the PLOVER records of d to w: the bytes [Export]
// writes for d's [relations.Dataset.Records], with one meeting rebuilt
// at a time, where Records rebuilds them all and Export holds every
// record before it sorts them. It holds d's entities other than
// meetings, copied, and the IDs of the records, sorted: at a million
// meetings, a few hundred megabytes where Export of the records takes
// gigabytes. A nil or zero Dataset writes nothing.
func ExportDataset(w io.Writer, d *relations.Dataset) error {
	r := fromdataset.AllButMeetings(d)
	x := newExporter(&r)
	var held events.Meeting // the meeting rebuilt last
	x.meetingOf = func(id events.MeetingID) (*events.Meeting, bool) {
		if held.ID != id || id == "" {
			m, ok := d.Meeting(id)
			if !ok {
				return nil, false
			}
			held = m
		}
		return &held, true
	}
	// The records, by kind and place, in the order Records makes them,
	// sorted as it sorts them. A record has its entity's ID, or, of a
	// statement, statementID's.
	const (
		ofVisit = iota
		ofMeeting
		ofStatement
		ofAgreement
	)
	type item struct {
		id      string
		meeting events.MeetingID
		i       int32
		of      uint8
	}
	var items []item
	x.walk(&r, d.Meetings(), walker{
		visit: func(i int) { items = append(items, item{id: string(r.Visits[i].ID), i: int32(i), of: ofVisit}) },
		meeting: func(m *events.Meeting) {
			items = append(items, item{id: string(m.ID), meeting: m.ID, of: ofMeeting})
		},
		statement: func(m *events.Meeting, i int) {
			items = append(items, item{id: statementID(m, i), meeting: m.ID, i: int32(i), of: ofStatement})
		},
		agreement: func(i int, rec Record) { items = append(items, item{id: rec.ID, i: int32(i), of: ofAgreement}) },
	})
	slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(a.id, b.id) })
	enc := jsoncodec.NewEncoder(w, "")
	for _, it := range items {
		var rec Record
		switch it.of {
		case ofVisit:
			rec = x.visit(r.Visits[it.i])
		case ofMeeting:
			m, _ := x.meetingOf(it.meeting)
			rec = x.meeting(*m)
		case ofStatement:
			m, _ := x.meetingOf(it.meeting)
			rec = x.statement(*m, int(it.i))
		case ofAgreement:
			rec, _ = x.signing(r.Agreements[it.i])
		}
		rec.Context = contexts(rec.CAMEO)
		if err := jsoncodec.MarshalEncode(enc, rec); err != nil {
			return err
		}
	}
	return nil
}

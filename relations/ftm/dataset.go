package ftm

import (
	"io"
	"slices"
	"strings"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/fromdataset"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/relations"
)

// ExportDataset writes the FollowTheMoney entities of d to w: the bytes
// [Export] writes for d's [relations.Dataset.Records], with one meeting
// rebuilt at a time, where Records rebuilds them all and Export holds the
// Event of every meeting before it sorts them. It holds d's entities
// other than meetings, copied, with their FollowTheMoney entities, and
// the IDs of the meetings' Events, sorted. A nil or zero Dataset writes
// nothing.
func ExportDataset(w io.Writer, d *relations.Dataset) error {
	r := fromdataset.AllButMeetings(d)
	x := newExporter(&r)
	before := -1 // the number of entities emitted before the meetings'
	x.emitAll(func() { before = len(x.out) })
	// Every entity in the order Entities emits it, the meetings' at
	// their place, sorted as it sorts them.
	type item struct {
		id      string
		e       *Entity
		meeting events.MeetingID
	}
	items := make([]item, 0, len(x.out)+d.Count(relations.KindMeeting))
	for _, e := range x.out[:before] {
		items = append(items, item{id: e.ID, e: e})
	}
	for m := range d.Meetings() {
		items = append(items, item{id: ID(string(m.ID)), meeting: m.ID})
	}
	for _, e := range x.out[before:] {
		items = append(items, item{id: e.ID, e: e})
	}
	x.out = nil
	slices.SortStableFunc(items, func(a, b item) int { return strings.Compare(a.id, b.id) })
	enc := jsoncodec.NewEncoder(w, "")
	for i := range items {
		e := items[i].e
		if e == nil {
			m, _ := d.Meeting(items[i].meeting)
			e = x.meeting(&m)
		}
		items[i].e = nil // written: garbage
		if err := jsoncodec.MarshalEncode(enc, e); err != nil {
			return err
		}
	}
	return nil
}

package relations

import (
	"io"
	"slices"
	"strings"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/meetingstore"
)

// WriteJSONL writes the dataset to w as JSON Lines: the bytes
// [WriteJSONL] writes for its [Dataset.Records], in the same order, but
// with one meeting rebuilt at a time, where Records rebuilds them all.
// Besides the dataset, it holds the meetings' IDs, sorted, and one
// meeting: at a million meetings, tens of megabytes, where Records
// takes gigabytes. A nil or zero Dataset writes nothing.
func (d *Dataset) WriteJSONL(w io.Writer) error {
	d = d.data()
	return writeJSONL(w, func(lw *lineWriter, c codec) error {
		if !d.inStore(c.kind) {
			return c.writeLines(lw, &d.r)
		}
		return d.eachMeetingByID(func(one *Records) error { return c.writeLines(lw, one) })
	})
}

// WriteJSON writes the dataset to w as amity's JSON document: the bytes
// [WriteJSON] writes for its [Dataset.Records], with one meeting
// rebuilt at a time, as [Dataset.WriteJSONL] does. A nil or zero
// Dataset writes the document of no records.
func (d *Dataset) WriteJSON(w io.Writer) error {
	d = d.data()
	count := func(c codec) int { return d.Count(c.kind) }
	return writeJSON(w, count, func(enc *jsontext.Encoder, c codec) error {
		if !d.inStore(c.kind) {
			return c.write(enc, &d.r, false)
		}
		return d.eachMeetingByID(func(one *Records) error { return c.write(enc, one, false) })
	})
}

// eachMeetingByID calls f with records of one meeting, each of d's in
// turn, in the order of their IDs, until it returns an error, which it
// returns. Each meeting is rebuilt in the memory of the one before: f
// must not keep it.
func (d *Dataset) eachMeetingByID(f func(one *Records) error) error {
	type idRank struct {
		id   string
		rank int32
	}
	order := make([]idRank, d.meetings.Len())
	for i := range order {
		order[i] = idRank{string(d.meetings.ID(int32(i))), int32(i)}
	}
	// IDs are unique in a dataset: any sort gives the one order.
	slices.SortFunc(order, func(a, b idRank) int { return strings.Compare(a.id, b.id) })
	var a meetingstore.Arena
	one := Records{Meetings: make([]events.Meeting, 1)}
	for _, o := range order {
		a.Reuse()
		d.meetings.MeetingInto(o.rank, &a, &one.Meetings[0], false)
		if err := f(&one); err != nil {
			return err
		}
	}
	return nil
}

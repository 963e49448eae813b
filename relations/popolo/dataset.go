package popolo

import (
	"io"
	"slices"
	"strings"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/fromdataset"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/relations"
)

// ExportDataset writes d to w as a Popolo document: the bytes [Export]
// writes for d's [relations.Dataset.Records], with one meeting rebuilt at
// a time, where Records rebuilds them all and Export holds the event and
// the speeches of every meeting in the document before it writes it. It
// holds d's entities other than meetings, copied, the rest of the
// document, and the meetings' IDs, sorted. A nil or zero Dataset writes
// the document of no records.
func ExportDataset(w io.Writer, d *relations.Dataset) error {
	r := fromdataset.AllButMeetings(d)
	x := newExporter(&r)
	doc := x.build(&r)
	type held struct {
		id       events.MeetingID
		speeches bool
	}
	var meetings []held
	for m := range d.Meetings() {
		meetings = append(meetings, held{m.ID, slices.ContainsFunc(m.Statements, spoken)})
	}
	slices.SortFunc(meetings, func(a, b held) int { return strings.Compare(string(a.id), string(b.id)) })
	// meeting returns the meeting of an ID, rebuilt.
	meeting := func(id events.MeetingID) *events.Meeting {
		m, _ := d.Meeting(id)
		return &m
	}
	// The events of the meetings go among the others, by ID, as sort
	// puts them; their speeches, the only ones, by meeting, then
	// position, the order of their statements.
	evs := func(yield func(event) bool) {
		rest := doc.Events
		for _, m := range meetings {
			ev := x.meetingEvent(meeting(m.id))
			for len(rest) > 0 && rest[0].ID < ev.ID {
				if !yield(rest[0]) {
					return
				}
				rest = rest[1:]
			}
			if !yield(ev) {
				return
			}
		}
		for _, ev := range rest {
			if !yield(ev) {
				return
			}
		}
	}
	sps := func(yield func(speech) bool) {
		for _, m := range meetings {
			if !m.speeches {
				continue
			}
			for _, sp := range x.speeches(meeting(m.id)) {
				if !yield(sp) {
					return
				}
			}
		}
	}
	enc := jsoncodec.NewEncoder(w, "  ")
	return jsoncodec.MarshalEncode(enc, streamed{document: doc, Events: stream[event](evs), Speeches: stream[speech](sps)})
}

// streamed is a document whose events and speeches are written as they
// come: its fields shadow the document's, which come last, so that it
// is written as the document would be.
type streamed struct {
	document
	Events   stream[event]  `json:"events,omitempty"`
	Speeches stream[speech] `json:"speeches,omitempty"`
}

// stream is a list written as a JSON array as it is yielded.
type stream[T any] func(yield func(T) bool)

// MarshalJSONTo writes the elements of s to enc as an array.
func (s stream[T]) MarshalJSONTo(enc *jsontext.Encoder) error {
	if err := enc.WriteToken(jsontext.BeginArray); err != nil {
		return err
	}
	var err error
	s(func(v T) bool {
		err = jsoncodec.MarshalEncode(enc, v)
		return err == nil
	})
	if err != nil {
		return err
	}
	return enc.WriteToken(jsontext.EndArray)
}

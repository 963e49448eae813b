package relations

import (
	"slices"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/meetingstore"
	"github.com/amitydata/amity/orgs"
)

// meetingSource is where the checks read the meetings of records: the
// list of events.Meeting values a caller gave, or the meetings a reader
// encoded for the store as it decoded them, and did not keep as values.
// Meeting i is the i-th of the records, in the order of the file or of
// the caller's list. A meetingSource is read-only, and safe for
// concurrent use.
type meetingSource interface {
	meetingReader
	date(i int32) amity.Date
	id(i int32) string
	// statements returns the number of statements of meeting i.
	statements(i int32) int
	// statementID returns the ID of statement j of meeting i.
	statementID(i, j int32) string
	// ids calls f with the ID of meeting i and j -1, then with the ID of
	// each of its statements and j its index. It may build an ID in
	// *buf: a string f is given is good only until f returns.
	ids(i int32, buf *[]byte, f func(j int32, id string))
}

// meetingReader is where the indexes read the meetings of a dataset: a
// meetingSource, or the dataset's store (see storedMeetings).
type meetingReader interface {
	len() int
	// meeting returns meeting i, whose lists it may take from a, and
	// which it may rebuild in *scratch. The caller must not modify it,
	// and must no longer use the meeting it returned before with the
	// same a and scratch, whose memory it may use again. It may be bare
	// (see meetingstore.Store.MeetingInto): neither the checks across
	// entities nor the indexes read what a bare meeting leaves out, as
	// TestBareMeetingsAcrossEntities checks for the checks.
	meeting(i int32, a *meetingstore.Arena, scratch *events.Meeting) *events.Meeting
}

// meetingList is a meetingSource of events.Meeting values.
type meetingList []events.Meeting

func (l meetingList) len() int                { return len(l) }
func (l meetingList) date(i int32) amity.Date { return l[i].Date }
func (l meetingList) id(i int32) string       { return string(l[i].ID) }
func (l meetingList) statements(i int32) int  { return len(l[i].Statements) }

func (l meetingList) statementID(i, j int32) string { return string(l[i].Statements[j].ID) }

func (l meetingList) ids(i int32, _ *[]byte, f func(j int32, id string)) {
	f(-1, string(l[i].ID))
	for j := range l[i].Statements {
		f(int32(j), string(l[i].Statements[j].ID))
	}
}

func (l meetingList) meeting(i int32, _ *meetingstore.Arena, _ *events.Meeting) *events.Meeting {
	return &l[i]
}

// encodedMeetings is a meetingSource of meetings encoded for the store.
type encodedMeetings struct{ e *meetingstore.Encoding }

func (m encodedMeetings) len() int                { return m.e.Len() }
func (m encodedMeetings) date(i int32) amity.Date { return m.e.Date(i) }
func (m encodedMeetings) id(i int32) string       { return string(m.e.ID(i)) }
func (m encodedMeetings) statements(i int32) int  { return m.e.Statements(i) }

func (m encodedMeetings) ids(i int32, buf *[]byte, f func(j int32, id string)) {
	m.e.IDs(i, buf, f)
}

func (m encodedMeetings) statementID(i, j int32) string { return string(m.e.StatementID(i, j)) }

func (m encodedMeetings) meeting(i int32, a *meetingstore.Arena, scratch *events.Meeting) *events.Meeting {
	a.Reuse()
	m.e.MeetingInto(i, a, scratch, true)
	return scratch
}

// sourceOf returns the meetings of r, or those of enc if it is not nil.
func sourceOf(r *Records, enc *meetingstore.Encoding) meetingSource {
	if enc != nil {
		return encodedMeetings{enc}
	}
	return meetingList(r.Meetings)
}

// meetingEncoder encodes for the meeting store the meetings a reader
// checks, as they are decoded, and drops the values: all of each, or, if
// light is set, what acrossEntities keeps.
type meetingEncoder struct {
	enc   *meetingstore.Encoder
	light bool
	// view holds the statements of the meetings acrossEntities returns.
	view []events.Statement
}

// newMeetingEncoder returns the meetingEncoder of segment seg of the
// store (see meetingstore.NewEncoder) for a reader in mode, nil if the
// reader does not check.
func newMeetingEncoder(seg int, mode readMode) *meetingEncoder {
	if mode == decodeOnly {
		return nil
	}
	return &meetingEncoder{enc: meetingstore.NewEncoder(seg), light: mode == forChecks}
}

// encodeLast encodes the last meeting of rec, which has been checked by
// its own rules, and drops it from rec: what the checks of the whole and
// the dataset need of it is in its encoding. It returns where it lies.
func (e *meetingEncoder) encodeLast(rec *Records) meetingstore.Span {
	last := len(rec.Meetings) - 1
	m := &rec.Meetings[last]
	if e.light {
		var v events.Meeting
		v, e.view = acrossEntities(m, e.view)
		m = &v
	}
	sp := e.enc.Encode(m)
	rec.Meetings[last] = events.Meeting{}
	rec.Meetings = rec.Meetings[:last]
	return sp
}

// acrossEntities returns what the checks across entities read of m
// (checker.meeting and withinVisit, historyAtMeetings, representsParty,
// and the index of IDs): the rest of a meeting is checked by its own
// rules alone, as it is decoded. A reader that only checks keeps this
// much of each meeting. Its statements are taken from the array of
// stmts, which it returns, grown if need be, for the next call; the
// other lists are m's.
//
// A rule across entities that reads another field of a meeting must
// keep it here: TestProblemsGolden compares what the readers that keep
// all of each meeting and this much report of a corrupted archive.
func acrossEntities(m *events.Meeting, stmts []events.Statement) (events.Meeting, []events.Statement) {
	v := events.Meeting{
		ID: m.ID, Date: m.Date, Place: orgs.Place{Country: m.Place.Country}, Host: m.Host,
		Participants: m.Participants, Visit: m.Visit, Commission: m.Commission,
		Sources: m.Sources, FieldSources: m.FieldSources,
	}
	if m.Statements != nil {
		stmts = slices.Grow(stmts[:0], len(m.Statements))[:len(m.Statements)]
		for i, s := range m.Statements {
			stmts[i] = events.Statement{ID: s.ID, Sources: s.Sources}
		}
		v.Statements = stmts
	}
	return v, stmts
}

package relations

import (
	"iter"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/deepcopy"
	"github.com/amitydata/amity/internal/meetingstore"
	"github.com/amitydata/amity/orgs"
)

// Dataset is a validated, indexed, immutable collection of records. Build
// one with [New]; its lookups by ID take constant time, and its queries
// read indexes rather than scanning every record. The indexes of the
// queries are built once, by the first query, which takes the time of
// reading every meeting again (about a second for a million meetings on
// two cores):
// a dataset that is only checked, looked up in, exported or written out
// never holds them.
//
// A Dataset holds its meetings, the bulk of a large archive, in a compact
// form of its own, a fraction of the memory the events.Meeting values
// take: each meeting it returns is rebuilt when asked for. [Dataset.Records]
// rebuilds them all; [Dataset.Meetings] yields them one at a time.
//
// The zero Dataset, like a nil *Dataset, is an empty dataset: every
// method answers as it does on the dataset New(Records{}) returns, with
// zero counts, lookups that find nothing and queries that yield nothing.
//
// Every value a Dataset returns is the caller's own, to keep and to
// modify: an entity, its lists and maps, each value an iterator yields,
// the records. Nothing a caller does to them changes a later answer. The
// cost is a copy on each return: a meeting, which is rebuilt in any case,
// takes its lists from arrays that the meetings of one iteration share,
// a few allocations for many meetings; any other entity is copied with
// every list and map it holds, in time and memory in proportion to their
// length (an organization with many memberships costs more than a state).
// Its lists take one array for each type of element, which the entities
// of one iteration share; each map takes its own. Strings are shared, as
// they cannot be modified.
//
// A Dataset is safe for concurrent use by any number of goroutines.
type Dataset struct {
	// r holds the records as given, but for the meetings, which are
	// held in meetings: r.Meetings is nil unless it was empty.
	r        Records
	meetings *meetingstore.Store
	ids      *idIndex
	// mRank[position] is the rank of the meeting at that position in the
	// records: its place in the store, in (date, ID) order.
	mRank []int32
	// query holds the indexes the queries read, built by the first call
	// of ix: a dataset that is only read, looked up in, exported or
	// written out never holds them.
	query     *index
	queryOnce sync.Once
}

// emptyDataset is the dataset of no records, which a nil or zero
// Dataset stands for.
var emptyDataset = sync.OnceValue(func() *Dataset {
	d, err := New(Records{})
	if err != nil {
		panic("relations: the empty dataset: " + err.Error())
	}
	return d
})

// data returns d, or the empty dataset if d is nil or zero: every
// exported method reads the dataset through it.
func (d *Dataset) data() *Dataset {
	if d == nil || d.ids == nil {
		return emptyDataset()
	}
	return d
}

// New checks r as [Validate] does and, if it is valid, returns a Dataset
// holding it. Otherwise it returns nil and a [*amity.ValidationError]
// listing every problem. New takes ownership of r's slices: the caller must
// not modify them afterwards.
//
// New uses every core GOMAXPROCS allows: it checks the entities in
// parallel, and builds the index of IDs and the compact form of the
// meetings while it checks the references. It leaves the indexes of the
// queries to the first query.
func New(r Records) (*Dataset, error) {
	return build(r, true, true, nil, nil, &sink{})
}

// build is [New], which checks each entity by its own rules only if
// entities is set: a reader that has checked them already leaves it
// unset. If keep is unset, build only checks: it returns the problems,
// or nil and nil. unread holds the IDs of entities a reader could not
// decode, with their lines (see checker.unread); enc, if not nil, the
// meetings encoded for the store.
func build(r Records, entities, keep bool, unread map[string]int, enc *meetingstore.Encoding, found *sink) (*Dataset, error) {
	d := &Dataset{r: r}
	ms := sourceOf(&d.r, enc)
	c := checker{r: &d.r, ms: ms, unread: unread, sink: found}
	if !keep {
		c.entitiesAndIndex(entities)
		c.references()
		return nil, amity.AsError(c.problems())
	}
	// Order the meetings and build their store while the records are
	// checked: neither needs the checks, and the store is dropped, and
	// its building stopped, at the first problem.
	var (
		mOrder []int32
		stop   atomic.Bool
	)
	stored := goSafe(func() {
		mOrder = meetingOrder(ms)
		d.meetings = meetingstore.New(d.r.Meetings, mOrder, enc, &stop)
	})
	c.entitiesAndIndex(entities)
	if c.found() {
		stop.Store(true)
		c.references()
		stored()
		return nil, amity.AsError(c.problems())
	}
	c.references()
	if c.found() {
		stop.Store(true)
	}
	stored()
	if c.found() {
		return nil, amity.AsError(c.problems())
	}
	d.mRank = ranks(mOrder)
	if len(d.r.Meetings) > 0 {
		d.r.Meetings = nil
	}
	// The index of IDs, and the indexes of the queries when they are
	// built, read the meetings from the store from now on: the records
	// no longer hold them, nor is the reader's encoding kept.
	d.ids = c.ids
	d.ids.ms = storedMeetings{d.meetings, d.mRank}
	return d, nil
}

// ix returns the indexes of the queries, building them on the first call.
func (d *Dataset) ix() *index {
	d.queryOnce.Do(func() { d.query = d.index() })
	return d.query
}

// index builds the indexes of the queries, reading the meetings from the
// store: their order and date keys from the ranks and the store's dates.
func (d *Dataset) index() *index {
	mOrder := ranks(d.mRank) // the inverse of the ranks: the positions by rank
	mKey := make([]uint32, len(d.mRank))
	for rank := range mKey {
		mKey[rank] = dateKey(d.meetings.Date(int32(rank)))
	}
	return newIndex(&d.r, storedMeetings{d.meetings, d.mRank}, d.ids, mOrder, mKey)
}

// goSafe runs f on a goroutine of its own, and returns a function that
// waits for it to return and raises again in the caller's goroutine any
// panic of f.
func goSafe(f func()) (wait func()) {
	var (
		wg       sync.WaitGroup
		panicked any
	)
	wg.Go(func() {
		defer func() { panicked = recover() }()
		f()
	})
	return func() {
		wg.Wait()
		if panicked != nil {
			panic(panicked)
		}
	}
}

// waitAll calls every wait that goSafe returned, and then raises again
// the first panic among them, if any: none is left running.
func waitAll(waits []func()) {
	var panicked any
	for _, wait := range waits {
		func() {
			defer func() {
				if p := recover(); p != nil && panicked == nil {
					panicked = p
				}
			}()
			wait()
		}()
	}
	if panicked != nil {
		panic(panicked)
	}
}

// Records returns a copy of the dataset's records, in the order they
// were given to [New], the caller's own to modify. Each call copies every
// record, rebuilding the meetings from the compact form the dataset
// holds them in, at a cost in time and memory in proportion to the size
// of the dataset. To write the dataset out, [Dataset.WriteJSONL] and
// [Dataset.WriteJSON] rebuild one meeting at a time instead.
func (d *Dataset) Records() Records {
	d = d.data()
	r := deepcopy.Copy(d.r, new(deepcopy.Buf))
	if d.inStore(KindMeeting) {
		r.Meetings = slices.Collect(d.Meetings())
	}
	return r
}

// RecordsOf returns a copy of the dataset's records of the given kinds,
// as [Dataset.Records] does, the caller's own, with the lists of the
// other kinds nil: the meetings are rebuilt only if [KindMeeting] is
// among kinds. A kind that has no list of its own ([KindPost],
// [KindStatement]) or is no kind is ignored.
func (d *Dataset) RecordsOf(kinds ...Kind) Records {
	d = d.data()
	var of Records
	meetings := false
	for _, c := range codecs() {
		switch {
		case !slices.Contains(kinds, c.kind):
		case d.inStore(c.kind):
			meetings = true
		default:
			c.share(&of, &d.r)
		}
	}
	r := deepcopy.Copy(of, new(deepcopy.Buf))
	if meetings {
		r.Meetings = slices.Collect(d.Meetings())
	}
	return r
}

// inStore reports whether the entities of kind k are held in the
// meeting store, not in d.r: the meetings, if there are any.
func (d *Dataset) inStore(k Kind) bool { return k == KindMeeting && d.meetings.Len() > 0 }

// Meetings returns every meeting of the dataset, in the order they were
// given to [New], rebuilding each as it is yielded: unlike Records, it
// holds no more than the meeting at hand. Each meeting is the caller's
// own (see [Dataset]).
func (d *Dataset) Meetings() iter.Seq[events.Meeting] {
	d = d.data()
	return func(yield func(events.Meeting) bool) {
		var a meetingstore.Arena
		for _, rank := range d.mRank {
			if !yield(d.meetings.Meeting(rank, &a)) {
				return
			}
		}
	}
}

// Entities returns every top-level entity of the dataset with its kind,
// kind by kind in the order of [Kinds], and each kind's in the order they
// were given to [New]. Each entity is a pointer to a copy, the caller's
// own: an *orgs.State for [KindState], an *events.Meeting for
// [KindMeeting], and so on, as [Records] holds them. Unlike Records, it
// holds no more than the entity at hand, rebuilding each meeting as it
// is yielded; a writer of a format that streams, such as a
// [JSONLWriter], can write a dataset of any size from it.
func (d *Dataset) Entities() iter.Seq2[Kind, any] {
	d = d.data()
	return func(yield func(Kind, any) bool) {
		for _, c := range codecs() {
			if !d.inStore(c.kind) {
				if !c.each(&d.r, yield) {
					return
				}
				continue
			}
			for m := range d.Meetings() {
				if !yield(KindMeeting, &m) {
					return
				}
			}
		}
	}
}

// Count returns the number of entities of kind k in the dataset, 0 for a
// kind that is not valid. Unlike len(d.Records().Meetings), it takes
// constant time.
func (d *Dataset) Count(k Kind) int {
	d = d.data()
	i := slices.Index(kinds, k)
	if i < 0 {
		return 0
	}
	return d.ids.count(i)
}

// KindOf returns the kind of the entity with the given ID, and whether
// there is one.
func (d *Dataset) KindOf(id string) (Kind, bool) {
	d = d.data()
	at, ok := d.ids.get(id)
	return at.kind, ok
}

// lookup returns the ref of id if it names an entity of kind k.
func (d *Dataset) lookup(id string, k Kind) (ref, bool) {
	at, ok := d.ids.get(id)
	return at, ok && at.kind == k
}

// Source returns the source with the given ID, and whether there is one.
// What it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Source(id amity.SourceID) (amity.Source, bool) {
	d = d.data()
	return get(d, string(id), KindSource, d.r.Sources)
}

// State returns the state with the given ID, and whether there is one.
// What it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) State(id orgs.StateID) (orgs.State, bool) {
	d = d.data()
	return get(d, string(id), KindState, d.r.States)
}

// Ministry returns the ministry with the given ID, and whether there is
// one. What it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Ministry(id orgs.MinistryID) (orgs.Ministry, bool) {
	d = d.data()
	return get(d, string(id), KindMinistry, d.r.Ministries)
}

// Organization returns the organization with the given ID, and whether
// there is one. What it returns is a copy, the caller's own (see
// [Dataset]).
func (d *Dataset) Organization(id orgs.OrganizationID) (orgs.Organization, bool) {
	d = d.data()
	return get(d, string(id), KindOrganization, d.r.Organizations)
}

// Official returns the official with the given ID, and whether there is
// one. What it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Official(id orgs.OfficialID) (orgs.Official, bool) {
	d = d.data()
	return get(d, string(id), KindOfficial, d.r.Officials)
}

// Visit returns the visit with the given ID, and whether there is one.
// What it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Visit(id events.VisitID) (events.Visit, bool) {
	d = d.data()
	return get(d, string(id), KindVisit, d.r.Visits)
}

// Meeting returns the meeting with the given ID, and whether there is
// one. What it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Meeting(id events.MeetingID) (events.Meeting, bool) {
	d = d.data()
	if at, ok := d.lookup(string(id), KindMeeting); ok {
		return d.meetings.Meeting(d.mRank[at.i], nil), true
	}
	return events.Meeting{}, false
}

// Initiative returns the initiative with the given ID, and whether there
// is one. What it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Initiative(id cooperation.InitiativeID) (cooperation.Initiative, bool) {
	d = d.data()
	return get(d, string(id), KindInitiative, d.r.Initiatives)
}

// Tie returns the tie with the given ID, and whether there is one. What
// it returns is a copy, the caller's own (see [Dataset]).
func (d *Dataset) Tie(id cooperation.TieID) (cooperation.Tie, bool) {
	d = d.data()
	return get(d, string(id), KindTie, d.r.Ties)
}

// Post returns the post with the given ID and the official who holds it,
// and whether there is one. What it returns is a copy, the caller's own
// (see [Dataset]).
func (d *Dataset) Post(id orgs.PostID) (orgs.Official, orgs.Post, bool) {
	d = d.data()
	at, ok := d.lookup(string(id), KindPost)
	if !ok {
		return orgs.Official{}, orgs.Post{}, false
	}
	o := &d.r.Officials[at.i]
	return deepcopy.Copy(*o, nil), deepcopy.Copy(o.Posts[at.j], nil), true
}

// Statement returns the statement with the given ID and the meeting at
// which it was made, and whether there is one. What it returns is a
// copy, the caller's own (see [Dataset]).
func (d *Dataset) Statement(id events.StatementID) (events.Meeting, events.Statement, bool) {
	d = d.data()
	at, ok := d.lookup(string(id), KindStatement)
	if !ok {
		return events.Meeting{}, events.Statement{}, false
	}
	m := d.meetings.Meeting(d.mRank[at.i], nil)
	return m, deepcopy.Copy(m.Statements[at.j], nil), true
}

// get returns a copy of the entity of kind k with the given ID in list,
// and whether there is one.
func get[T any](d *Dataset, id string, k Kind, list []T) (T, bool) {
	if at, ok := d.lookup(id, k); ok {
		return deepcopy.Copy(list[at.i], nil), true
	}
	var zero T
	return zero, false
}

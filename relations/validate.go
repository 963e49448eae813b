package relations

import (
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/meetingstore"
	"github.com/amitydata/amity/orgs"
)

// ref locates an entity in Records: its kind, its index in its kind's
// list, and for a post or a statement its index within its official or
// meeting.
type ref struct {
	kind Kind
	i, j int32
}

// path returns the path of the entity ref locates.
func (r ref) path() amity.Path {
	switch r.kind {
	case KindPost:
		return amity.NewPath("officials").Index(int(r.i)).Child("posts").Index(int(r.j))
	case KindStatement:
		return amity.NewPath("meetings").Index(int(r.i)).Child("statements").Index(int(r.j))
	}
	return amity.NewPath(r.kind.Plural()).Index(int(r.i))
}

// checker collects the problems of a whole dataset.
type checker struct {
	r *Records
	// ms holds the meetings of r: r.Meetings, or, when a reader has
	// encoded them for the store instead, the encoding.
	ms  meetingSource
	ids *idIndex
	// errs holds the problems found last, until they go to sink (see
	// flush), which keeps those that can be reported.
	errs []amity.FieldError
	sink *sink
	// lookups, made with ids, hold what is looked up most.
	lookups *lookups
	// memo, if not nil, remembers the entries of the IDs of sources and
	// posts, which a few thousand entities share.
	memo map[string]entry
	// unread holds the IDs of entities that a reader found in the file
	// but could not decode, with the line of each: a reference to one
	// names nothing in the records, and its problem says why.
	unread map[string]int
	// arena and scratch hold the meetings a checker rebuilds from an
	// encoding, one at a time.
	arena   meetingstore.Arena
	scratch events.Meeting
}

func (c *checker) add(path amity.Path, kind amity.ErrorKind, value, detail string) {
	c.errs = append(c.errs, amity.FieldError{Path: path, Kind: kind, Value: amity.Clip(value), Detail: detail})
	if len(c.errs) >= chunk && c.sink != nil {
		c.flush()
	}
}

// flush hands the problems found last to the sink, which keeps those
// that can be reported.
func (c *checker) flush() {
	c.sink.add(c.errs...)
	c.errs = c.errs[:0]
}

// found reports whether the check has found a problem.
func (c *checker) found() bool { return len(c.errs) > 0 || c.sink.any() }

// problems returns every problem kept.
func (c *checker) problems() []amity.FieldError {
	c.flush()
	return c.sink.list()
}

// entities checks every entity on its own, as its Validate method does,
// in parallel.
func (c *checker) entities() {
	for _, cd := range codecs() {
		list := cd.list
		c.flush()
		inParallel(c.sink, cd.len(c.r), func() struct{} { return struct{}{} }, func(_ struct{}, lo, hi int) []amity.FieldError {
			var errs []amity.FieldError
			for i := lo; i < hi; i++ {
				if fes := cd.check(c.r, i); len(fes) > 0 {
					errs = append(errs, amity.Prefix(amity.NewPath(list).Index(i), fes)...)
				}
			}
			return errs
		})
	}
}

// chunk is how many entities a goroutine of inParallel takes at a time.
const chunk = 1024

// inParallel runs do on the chunks of the indexes 0 to n, on as many
// goroutines as GOMAXPROCS allows, each with a state of its own that
// state makes, and hands what the chunks return to s as they end, in the
// order of the chunks. A panic in do is raised again in the caller's
// goroutine.
func inParallel[S any](s *sink, n int, state func() S, do func(s S, lo, hi int) []amity.FieldError) {
	chunks := (n + chunk - 1) / chunk
	if chunks <= 1 {
		s.add(do(state(), 0, n)...)
		return
	}
	// Each chunk has numbers of its own in the order of finding.
	const stride = 1 << 32
	base := s.reserve(uint64(chunks) * stride)
	var next atomic.Int64
	waits := make([]func(), min(runtime.GOMAXPROCS(0), chunks))
	for w := range waits {
		waits[w] = goSafe(func() {
			st := state()
			for {
				i := int(next.Add(1) - 1)
				if i >= chunks {
					return
				}
				s.addAt(base+uint64(i)*stride, do(st, i*chunk, min(n, (i+1)*chunk)))
			}
		})
	}
	waitAll(waits)
}

// entitiesAndIndex checks every entity on its own if entities is set,
// and indexes the IDs meanwhile, on another goroutine: the two are
// independent. The problems come in the order of the two steps.
func (c *checker) entitiesAndIndex(entities bool) {
	if !entities {
		c.index()
		return
	}
	ix := checker{r: c.r, ms: c.ms, sink: &sink{limit: c.sink.limit, locate: c.sink.locate}}
	indexed := goSafe(ix.index)
	c.entities()
	indexed()
	c.ids, c.lookups = ix.ids, ix.lookups
	c.flush()
	ix.flush()
	c.sink.merge(ix.sink)
}

// usedBy begins the detail of a duplicate ID, followed by the path of
// the entity that has it first.
const usedBy = "ID already used by "

// index records the first place of every ID and reports duplicates,
// in the order of the records.
func (c *checker) index() {
	x, dups := newIDIndex(c.r, c.ms)
	for _, d := range dups {
		c.add(d.at.path().Child("id"), amity.KindDuplicate, d.id, usedBy+d.first.path().String())
	}
	c.ids = x
	c.lookups = newLookups(c)
}

// lookups holds what the reference checks look up most, resolved once
// from the ID index, so that checking a million meetings does not look
// up the same few hundred states and sources millions of times in a
// table of millions of IDs. It is read-only once made.
type lookups struct {
	// states holds the entry of the ID index of each two-letter upper
	// case ID, by its letters.
	states [26 * 26]entry
	// first is set, by the position of an official, if the official's
	// ID is the first entity in the index with that ID.
	first []bool
	// postStates holds, by the position of an official and of a post,
	// the state the post belongs to (see stateOfPost).
	postStates [][]orgs.StateID
}

// entry is an entry of the ID index, and whether there is one.
type entry struct {
	at ref
	ok bool
}

func newLookups(c *checker) *lookups {
	l := &lookups{first: make([]bool, len(c.r.Officials)), postStates: make([][]orgs.StateID, len(c.r.Officials))}
	for a := range 26 {
		for b := range 26 {
			at, ok := c.ids.get(string([]byte{'A' + byte(a), 'A' + byte(b)}))
			l.states[a*26+b] = entry{at, ok}
		}
	}
	for i := range c.r.Officials {
		o := &c.r.Officials[i]
		at, _ := c.ids.get(string(o.ID))
		l.first[i] = at == ref{KindOfficial, int32(i), 0}
		l.postStates[i] = make([]orgs.StateID, len(o.Posts))
		for j, p := range o.Posts {
			l.postStates[i][j] = c.stateOfPost(p)
		}
	}
	return l
}

// outcome is what looking up a reference found.
type outcome uint8

const (
	skipped   outcome = iota // the ID is empty or malformed: its entity's own rules report it
	found                    // an entity of the kind wanted
	missing                  // nothing
	wrongKind                // an entity of another kind
)

// lookup finds the entity id names, which should be of kind want.
func (c *checker) lookup(id string, want Kind) (ref, outcome) {
	var e entry
	switch {
	case want == KindState:
		if !iso3166.Valid(id) {
			return ref{}, skipped
		}
		e = c.lookups.states[int(id[0]-'A')*26+int(id[1]-'A')]
	case !amity.ValidID(id):
		return ref{}, skipped
	case (want == KindSource || want == KindPost) && c.memo != nil:
		var seen bool
		if e, seen = c.memo[id]; !seen {
			e.at, e.ok = c.ids.get(id)
			c.memo[id] = e
		}
	default:
		e.at, e.ok = c.ids.get(id)
	}
	switch {
	case !e.ok:
		return e.at, missing
	case e.at.kind != want:
		return e.at, wrongKind
	}
	return e.at, found
}

// report reports what lookup found for id at path (built only if there
// is a problem), and returns whether it found what was wanted.
func (c *checker) report(id string, want Kind, at ref, o outcome, path func() amity.Path) bool {
	switch o {
	case missing:
		if line, ok := c.unread[id]; ok {
			// One cause, one problem: the reference is counted in the
			// problem of the entity that could not be read.
			c.sink.follow(line)
			return false
		}
		c.add(path(), amity.KindNotFound, id, "no "+string(want)+" has this ID")
	case wrongKind:
		c.add(path(), amity.KindWrongKind, id, "names "+withArticle(string(at.kind))+" ("+at.path().String()+"), not "+withArticle(string(want)))
	}
	return o == found
}

// resolve checks that id names an entity of kind want, reporting at path
// (built only on failure) if not. An empty or malformed id is left to the
// entity's own rules, which report it, so that it is reported once.
func (c *checker) resolve(id string, want Kind, path func() amity.Path) (ref, bool) {
	at, o := c.lookup(id, want)
	if !c.report(id, want, at, o, path) {
		return ref{}, false
	}
	return at, true
}

func refs[T ~string](c *checker, ids []T, want Kind, path func() amity.Path) {
	for k, id := range ids {
		c.resolve(string(id), want, func() amity.Path { return path().Index(k) })
	}
}

func (c *checker) sources(ids []amity.SourceID, fs amity.FieldSources, path func() amity.Path) {
	refs(c, ids, KindSource, func() amity.Path { return path().Child("sources") })
	var buf [8]string // most entities cite sources for a few fields
	for _, f := range fs.AppendFields(buf[:0]) {
		refs(c, fs[f], KindSource, func() amity.Path { return path().Child("field_sources").Key(f) })
	}
}

func (c *checker) place(p orgs.Place, path func() amity.Path) {
	c.resolve(string(p.Country), KindState, func() amity.Path { return path().Child("country") })
}

func (c *checker) places(ps []orgs.Place, path func() amity.Path) {
	for k, p := range ps {
		c.place(p, func() amity.Path { return path().Index(k) })
	}
}

// at returns a path function for element i of list, with a field below,
// and element k of that field's list if k is given.
func at(list string, i int, field string, k ...int) func() amity.Path {
	return func() amity.Path {
		p := amity.NewPath(list).Index(i)
		if field != "" {
			p = p.Child(field)
		}
		for _, k := range k {
			p = p.Index(k)
		}
		return p
	}
}

// references checks every reference of every entity, and the rules of
// time and structure that span entities.
func (c *checker) references() {
	r := c.r
	for i, s := range r.Sources {
		refs(c, s.Cites, KindSource, at("sources", i, "cites"))
		for k, id := range s.Cites {
			if id == s.ID {
				c.add(at("sources", i, "cites", k)(), amity.KindConflict, string(id), "a source cannot cite itself")
			}
		}
	}
	for i, s := range r.States {
		c.sources(s.Sources, s.FieldSources, at("states", i, ""))
	}
	for i, m := range r.Ministries {
		c.resolve(string(m.State), KindState, at("ministries", i, "state"))
		c.sources(m.Sources, m.FieldSources, at("ministries", i, ""))
	}
	c.organizations()
	c.ancestry()
	c.officials()
	c.groups()
	for i, v := range r.Visits {
		refs(c, v.Visitors, KindOfficial, at("visits", i, "visitors"))
		refs(c, v.Groups, KindGroup, at("visits", i, "groups"))
		c.resolve(string(v.Guest), KindState, at("visits", i, "guest"))
		c.resolve(string(v.Host), KindState, at("visits", i, "host"))
		c.places(v.Places, at("visits", i, "places"))
		c.sources(v.Sources, v.FieldSources, at("visits", i, ""))
	}
	c.flush()
	inParallel(c.sink, c.ms.len(), func() *checker {
		return &checker{r: c.r, ms: c.ms, ids: c.ids, lookups: c.lookups, memo: map[string]entry{}, unread: c.unread, sink: c.sink}
	},
		func(part *checker, lo, hi int) []amity.FieldError {
			for i := lo; i < hi; i++ {
				part.meeting(i, part.ms.meeting(int32(i), &part.arena, &part.scratch))
			}
			errs := part.errs
			part.errs = nil
			return errs
		})
	for i, in := range r.Initiatives {
		refs(c, in.Parties, KindState, at("initiatives", i, "parties"))
		c.places(in.Places, at("initiatives", i, "places"))
		refs(c, in.Organizations, KindOrganization, at("initiatives", i, "organizations"))
		refs(c, in.ProposedBy, KindOfficial, at("initiatives", i, "proposed_by"))
		refs(c, in.LedBy, KindOfficial, at("initiatives", i, "led_by"))
		refs(c, in.ProposedByGroups, KindGroup, at("initiatives", i, "proposed_by_groups"))
		refs(c, in.Agreements, KindAgreement, at("initiatives", i, "agreements"))
		refs(c, in.Ties, KindTie, at("initiatives", i, "ties"))
		refs(c, in.Related, KindInitiative, at("initiatives", i, "related"))
		refs(c, in.Meetings, KindMeeting, at("initiatives", i, "meetings"))
		refs(c, in.Statements, KindStatement, at("initiatives", i, "statements"))
		for k, h := range in.History {
			hp := at("initiatives", i, "history", k)
			c.resolve(string(h.Meeting), KindMeeting, func() amity.Path { return hp().Child("meeting") })
			refs(c, h.Sources, KindSource, func() amity.Path { return hp().Child("sources") })
		}
		c.sources(in.Sources, in.FieldSources, at("initiatives", i, ""))
		c.historyAtMeetings(i, &r.Initiatives[i])
		c.proposersOfParties(i, &r.Initiatives[i])
	}
	for i, t := range r.Ties {
		refs(c, t.States, KindState, at("ties", i, "states"))
		c.places(t.Places, at("ties", i, "places"))
		for k, p := range t.Places {
			if k < len(t.States) && iso3166.Valid(string(p.Country)) && iso3166.Valid(string(t.States[k])) && p.Country != t.States[k] {
				c.add(at("ties", i, "places", k)().Child("country"), amity.KindConflict, string(p.Country), "not states["+strconv.Itoa(k)+"] "+string(t.States[k]))
			}
		}
		c.sources(t.Sources, t.FieldSources, at("ties", i, ""))
	}
	c.overlappingTies()
	c.agreements()
	c.culturalEvents()
}

// organizations checks the references of every organization and of its
// memberships.
func (c *checker) organizations() {
	r := c.r
	for i, o := range r.Organizations {
		c.resolve(string(o.State), KindState, at("organizations", i, "state"))
		c.resolve(string(o.ParentMinistry), KindMinistry, at("organizations", i, "parent_ministry"))
		c.resolve(string(o.ParentOrganization), KindOrganization, at("organizations", i, "parent_organization"))
		c.resolve(string(o.HostState), KindState, at("organizations", i, "host_state"))
		for k, m := range o.Members {
			mp := at("organizations", i, "members", k)
			c.resolve(string(m.State), KindState, func() amity.Path { return mp().Child("state") })
			refs(c, m.Sources, KindSource, func() amity.Path { return mp().Child("sources") })
		}
		c.sources(o.Sources, o.FieldSources, at("organizations", i, ""))
	}
}

// officials checks the references of every official's posts.
func (c *checker) officials() {
	for i, o := range c.r.Officials {
		for k, p := range o.Posts {
			pp := at("officials", i, "posts", k)
			c.resolve(string(p.State), KindState, func() amity.Path { return pp().Child("state") })
			c.resolve(string(p.Ministry), KindMinistry, func() amity.Path { return pp().Child("ministry") })
			c.resolve(string(p.Organization), KindOrganization, func() amity.Path { return pp().Child("organization") })
			refs(c, p.Sources, KindSource, func() amity.Path { return pp().Child("sources") })
		}
		c.sources(o.Sources, o.FieldSources, at("officials", i, ""))
	}
}

// meeting checks the references of meeting i, m, that each participant's
// post is the participant's own, belongs to the state represented and
// covers the date, and that the meeting falls within its visit.
func (c *checker) meeting(i int, m *events.Meeting) {
	r := c.r
	mp := func() amity.Path { return amity.NewPath("meetings").Index(i) }
	c.resolve(string(m.Host), KindState, func() amity.Path { return mp().Child("host") })
	c.resolve(string(m.Place.Country), KindState, func() amity.Path { return mp().Child("place").Child("country") })
	c.resolve(string(m.Commission), KindOrganization, func() amity.Path { return mp().Child("commission") })
	for k := range m.Participants {
		p := &m.Participants[k]
		pp := func(field string) amity.Path { return mp().Child("participants").Index(k).Child(field) }
		if p.Group != "" {
			c.resolve(string(p.Group), KindGroup, func() amity.Path { return pp("group") })
			c.resolve(string(p.State), KindState, func() amity.Path { return pp("state") })
			continue
		}
		// The post first: it names its official, who then needs no
		// lookup of his own when he comes first in the index.
		post, postFound := c.lookup(string(p.Post), KindPost)
		var off ref
		var offFound outcome
		if postFound == found && r.Officials[post.i].ID == p.Official && c.lookups.first[post.i] && amity.ValidID(string(p.Official)) {
			off, offFound = ref{KindOfficial, post.i, 0}, found
		} else {
			off, offFound = c.lookup(string(p.Official), KindOfficial)
		}
		okOff := c.report(string(p.Official), KindOfficial, off, offFound, func() amity.Path { return pp("official") })
		c.resolve(string(p.State), KindState, func() amity.Path { return pp("state") })
		okPost := c.report(string(p.Post), KindPost, post, postFound, func() amity.Path { return pp("post") })
		if !okOff || !okPost {
			continue
		}
		if post.i != off.i {
			c.add(pp("post"), amity.KindConflict, string(p.Post), "a post of "+string(r.Officials[post.i].ID)+", not of "+string(p.Official))
			continue
		}
		ps := &r.Officials[post.i].Posts[post.j]
		if !ps.Covers(m.Date) {
			c.add(pp("post"), amity.KindConflict, string(p.Post),
				"the post runs "+term(ps.Start, ps.End)+", not covering the meeting's date "+m.Date.String())
		}
		if s := c.lookups.postStates[post.i][post.j]; s != "" && iso3166.Valid(string(p.State)) && s != p.State {
			c.add(pp("state"), amity.KindConflict, string(p.State), "the post "+string(p.Post)+" belongs to "+string(s))
		}
	}
	c.sources(m.Sources, m.FieldSources, mp)
	for k, s := range m.Statements {
		if len(s.Sources) > 0 {
			refs(c, s.Sources, KindSource, func() amity.Path { return mp().Child("statements").Index(k).Child("sources") })
		}
	}
	if m.Visit == "" {
		return
	}
	if v, ok := c.resolve(string(m.Visit), KindVisit, func() amity.Path { return mp().Child("visit") }); ok {
		visit := &r.Visits[v.i]
		if !visit.Covers(m.Date) {
			c.add(mp().Child("date"), amity.KindConflict, m.Date.String(), "outside visit "+string(visit.ID)+" ("+term(visit.Start, visit.End)+")")
		}
		c.withinVisit(i, m, visit)
	}
}

// stateOfPost returns the state a post belongs to, directly or through
// its ministry or organization, or "" if it cannot tell: when the post's
// holder, or the state it names, is not in the dataset (a problem reported
// where that reference is made, not again here).
func (c *checker) stateOfPost(p orgs.Post) orgs.StateID {
	var s orgs.StateID
	switch {
	case p.State != "":
		s = p.State
	case p.Ministry != "":
		if at, ok := c.ids.get(string(p.Ministry)); ok && at.kind == KindMinistry {
			s = c.r.Ministries[at.i].State
		}
	case p.Organization != "":
		if at, ok := c.ids.get(string(p.Organization)); ok && at.kind == KindOrganization {
			s = c.r.Organizations[at.i].State
		}
	}
	if at, ok := c.ids.get(string(s)); !ok || at.kind != KindState {
		return ""
	}
	return s
}

func term(start, end amity.Date) string {
	s, e := start.String(), end.String()
	if s == "" {
		s = "?"
	}
	if e == "" {
		e = "..."
	}
	if s == e {
		return s
	}
	return s + " to " + e
}

// ancestry reports every organization that is its own ancestor through
// parent_organization, once per cycle, at the member of the cycle that
// comes first in the list.
func (c *checker) ancestry() {
	orgsList := c.r.Organizations
	const (
		unseen = iota
		active
		done
	)
	state := make([]uint8, len(orgsList))
	parent := func(i int) int {
		id := orgsList[i].ParentOrganization
		if id == "" {
			return -1
		}
		if at, ok := c.ids.get(string(id)); ok && at.kind == KindOrganization {
			return int(at.i)
		}
		return -1
	}
	for start := range orgsList {
		var chain []int
		i := start
		for i >= 0 && state[i] == unseen {
			state[i] = active
			chain = append(chain, i)
			i = parent(i)
		}
		if i >= 0 && state[i] == active {
			// A new cycle: the part of the chain from i on. Report it at
			// its first member in list order, and name its members from
			// there, so that the report does not depend on where the walk
			// began.
			cycle := chain[slices.Index(chain, i):]
			k := slices.Index(cycle, slices.Min(cycle))
			cycle = append(cycle[k:len(cycle):len(cycle)], cycle[:k]...)
			var names strings.Builder
			for _, k := range cycle {
				names.WriteString(string(orgsList[k].ID) + " -> ")
			}
			names.WriteString(string(orgsList[cycle[0]].ID))
			c.add(amity.NewPath("organizations").Index(cycle[0]).Child("parent_organization"), amity.KindConflict, string(orgsList[cycle[0]].ParentOrganization),
				"the organization is its own ancestor: "+names.String())
		}
		for _, k := range chain {
			state[k] = done
		}
	}
}

// Validate checks records as a whole: every entity by its own rules, IDs
// unique across all kinds, every reference naming an entity of the right
// kind, each participant's post belonging to the participant and covering
// the meeting's date and state, each meeting within its visit, and no
// organization its own ancestor. It returns a [*amity.ValidationError]
// listing every problem, with paths such as
// "meetings[1].participants[0].official", or nil.
//
// A nil r is an error: it is not a set of records, not even an empty one.
func Validate(r *Records) error {
	if r == nil {
		return errNilRecords("validating")
	}
	c := checker{r: r, ms: meetingList(r.Meetings), sink: &sink{}}
	c.entitiesAndIndex(true)
	c.references()
	return amity.AsError(c.problems())
}

// withArticle returns the name of a kind of entity with its indefinite
// article: "a meeting", "an official".
func withArticle(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

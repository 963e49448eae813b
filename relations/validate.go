package relations

import (
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
)

// ref locates an entity in Records: its kind, its index in its kind's
// list, and for a post or a statement its index within its official or
// meeting.
type ref struct {
	kind Kind
	i, j int32
}

// path returns the JSON path of the entity ref locates.
func (r ref) path() string {
	switch r.kind {
	case KindPost:
		return amity.Index("officials", int(r.i)) + ".posts[" + strconv.Itoa(int(r.j)) + "]"
	case KindStatement:
		return amity.Index("meetings", int(r.i)) + ".statements[" + strconv.Itoa(int(r.j)) + "]"
	}
	return amity.Index(r.kind.Plural(), int(r.i))
}

// checker collects the problems of a whole dataset.
type checker struct {
	r    *Records
	ids  map[string]ref
	errs []amity.FieldError
}

func (c *checker) add(path string, kind amity.ErrorKind, value, detail string) {
	c.errs = append(c.errs, amity.FieldError{Path: path, Kind: kind, Value: amity.Clip(value), Detail: detail})
}

// entities checks every entity on its own, with its Validate method.
func (c *checker) entities() {
	r := c.r
	each(c, "sources", r.Sources)
	each(c, "states", r.States)
	each(c, "ministries", r.Ministries)
	each(c, "organizations", r.Organizations)
	each(c, "officials", r.Officials)
	each(c, "visits", r.Visits)
	each(c, "meetings", r.Meetings)
	each(c, "initiatives", r.Initiatives)
	each(c, "ties", r.Ties)
}

func each[T interface{ Validate() error }](c *checker, list string, items []T) {
	for i, it := range items {
		if errs := amity.Errors(it.Validate()); len(errs) > 0 {
			c.errs = append(c.errs, amity.Prefix(amity.Index(list, i), errs)...)
		}
	}
}

// index records the first place of every ID and reports duplicates.
func (c *checker) index() {
	r := c.r
	c.ids = make(map[string]ref, r.Len()+len(r.Meetings)/2)
	put := func(id string, at ref, path string) {
		if id == "" {
			return
		}
		if first, dup := c.ids[id]; dup {
			c.add(path, amity.KindDuplicate, id, "ID already used by "+first.path())
			return
		}
		c.ids[id] = at
	}
	for i := range r.Sources {
		put(string(r.Sources[i].ID), ref{KindSource, int32(i), 0}, amity.Index("sources", i)+".id")
	}
	for i := range r.States {
		put(string(r.States[i].ID), ref{KindState, int32(i), 0}, amity.Index("states", i)+".id")
	}
	for i := range r.Ministries {
		put(string(r.Ministries[i].ID), ref{KindMinistry, int32(i), 0}, amity.Index("ministries", i)+".id")
	}
	for i := range r.Organizations {
		put(string(r.Organizations[i].ID), ref{KindOrganization, int32(i), 0}, amity.Index("organizations", i)+".id")
	}
	for i := range r.Officials {
		put(string(r.Officials[i].ID), ref{KindOfficial, int32(i), 0}, amity.Index("officials", i)+".id")
		for j := range r.Officials[i].Posts {
			at := ref{KindPost, int32(i), int32(j)}
			put(string(r.Officials[i].Posts[j].ID), at, at.path()+".id")
		}
	}
	for i := range r.Visits {
		put(string(r.Visits[i].ID), ref{KindVisit, int32(i), 0}, amity.Index("visits", i)+".id")
	}
	for i := range r.Meetings {
		put(string(r.Meetings[i].ID), ref{KindMeeting, int32(i), 0}, amity.Index("meetings", i)+".id")
		for j := range r.Meetings[i].Statements {
			at := ref{KindStatement, int32(i), int32(j)}
			put(string(r.Meetings[i].Statements[j].ID), at, at.path()+".id")
		}
	}
	for i := range r.Initiatives {
		put(string(r.Initiatives[i].ID), ref{KindInitiative, int32(i), 0}, amity.Index("initiatives", i)+".id")
	}
	for i := range r.Ties {
		put(string(r.Ties[i].ID), ref{KindTie, int32(i), 0}, amity.Index("ties", i)+".id")
	}
}

// resolve checks that id names an entity of kind want, reporting at path
// (built only on failure) if not. An empty or malformed id is left to the
// entity's own rules, which report it, so that it is reported once.
func (c *checker) resolve(id string, want Kind, path func() string) (ref, bool) {
	if want == KindState && !iso3166.Valid(id) || want != KindState && !amity.ValidID(id) {
		return ref{}, false
	}
	at, ok := c.ids[id]
	switch {
	case !ok:
		c.add(path(), amity.KindNotFound, id, "no "+string(want)+" has this ID")
		return ref{}, false
	case at.kind != want:
		c.add(path(), amity.KindWrongKind, id, "names a "+string(at.kind)+" ("+at.path()+"), not a "+string(want))
		return ref{}, false
	}
	return at, true
}

func refs[T ~string](c *checker, ids []T, want Kind, path func() string) {
	for k, id := range ids {
		c.resolve(string(id), want, func() string { return amity.Index(path(), k) })
	}
}

func (c *checker) sources(ids []amity.SourceID, fs amity.FieldSources, path func() string) {
	refs(c, ids, KindSource, func() string { return amity.JoinPath(path(), "sources") })
	for _, f := range fs.Fields() {
		refs(c, fs[f], KindSource, func() string { return amity.JoinPath(path(), "field_sources", f) })
	}
}

func (c *checker) place(p orgs.Place, path func() string) {
	c.resolve(string(p.Country), KindState, func() string { return amity.JoinPath(path(), "country") })
}

func (c *checker) places(ps []orgs.Place, path func() string) {
	for k, p := range ps {
		c.place(p, func() string { return amity.Index(path(), k) })
	}
}

// at returns a path function for element i of list, with a field below.
func at(list string, i int, field ...string) func() string {
	return func() string { return amity.JoinPath(append([]string{amity.Index(list, i)}, field...)...) }
}

// references checks every reference of every entity, and the rules of
// time and structure that span entities.
func (c *checker) references() {
	r := c.r
	for i, s := range r.Sources {
		refs(c, s.Cites, KindSource, at("sources", i, "cites"))
		for k, id := range s.Cites {
			if id == s.ID {
				c.add(at("sources", i, "cites")()+"["+strconv.Itoa(k)+"]", amity.KindConflict, string(id), "a source cannot cite itself")
			}
		}
	}
	for i, s := range r.States {
		c.sources(s.Sources, s.FieldSources, at("states", i))
	}
	for i, m := range r.Ministries {
		c.resolve(string(m.State), KindState, at("ministries", i, "state"))
		c.sources(m.Sources, m.FieldSources, at("ministries", i))
	}
	for i, o := range r.Organizations {
		c.resolve(string(o.State), KindState, at("organizations", i, "state"))
		c.resolve(string(o.ParentMinistry), KindMinistry, at("organizations", i, "parent_ministry"))
		c.resolve(string(o.ParentOrganization), KindOrganization, at("organizations", i, "parent_organization"))
		for k, m := range o.Members {
			mp := at("organizations", i, "members["+strconv.Itoa(k)+"]")
			c.resolve(string(m.State), KindState, func() string { return amity.JoinPath(mp(), "state") })
			refs(c, m.Sources, KindSource, func() string { return amity.JoinPath(mp(), "sources") })
		}
		c.sources(o.Sources, o.FieldSources, at("organizations", i))
	}
	c.ancestry()
	for i, o := range r.Officials {
		for k, p := range o.Posts {
			pp := at("officials", i, "posts["+strconv.Itoa(k)+"]")
			c.resolve(string(p.State), KindState, func() string { return amity.JoinPath(pp(), "state") })
			c.resolve(string(p.Ministry), KindMinistry, func() string { return amity.JoinPath(pp(), "ministry") })
			c.resolve(string(p.Organization), KindOrganization, func() string { return amity.JoinPath(pp(), "organization") })
			refs(c, p.Sources, KindSource, func() string { return amity.JoinPath(pp(), "sources") })
		}
		c.sources(o.Sources, o.FieldSources, at("officials", i))
	}
	for i, v := range r.Visits {
		refs(c, v.Visitors, KindOfficial, at("visits", i, "visitors"))
		c.resolve(string(v.Guest), KindState, at("visits", i, "guest"))
		c.resolve(string(v.Host), KindState, at("visits", i, "host"))
		c.places(v.Places, at("visits", i, "places"))
		c.sources(v.Sources, v.FieldSources, at("visits", i))
	}
	for i := range r.Meetings {
		c.meeting(i)
	}
	for i, in := range r.Initiatives {
		refs(c, in.Parties, KindState, at("initiatives", i, "parties"))
		c.places(in.Places, at("initiatives", i, "places"))
		refs(c, in.Organizations, KindOrganization, at("initiatives", i, "organizations"))
		refs(c, in.ProposedBy, KindOfficial, at("initiatives", i, "proposed_by"))
		refs(c, in.LedBy, KindOfficial, at("initiatives", i, "led_by"))
		refs(c, in.Meetings, KindMeeting, at("initiatives", i, "meetings"))
		refs(c, in.Statements, KindStatement, at("initiatives", i, "statements"))
		for k, h := range in.History {
			hp := at("initiatives", i, "history["+strconv.Itoa(k)+"]")
			c.resolve(string(h.Meeting), KindMeeting, func() string { return amity.JoinPath(hp(), "meeting") })
			refs(c, h.Sources, KindSource, func() string { return amity.JoinPath(hp(), "sources") })
		}
		c.sources(in.Sources, in.FieldSources, at("initiatives", i))
	}
	for i, t := range r.Ties {
		refs(c, t.States, KindState, at("ties", i, "states"))
		c.places(t.Places, at("ties", i, "places"))
		for k, p := range t.Places {
			if k < len(t.States) && iso3166.Valid(string(p.Country)) && iso3166.Valid(string(t.States[k])) && p.Country != t.States[k] {
				c.add(at("ties", i, "places["+strconv.Itoa(k)+"]", "country")(), amity.KindConflict, string(p.Country), "not states["+strconv.Itoa(k)+"] "+string(t.States[k]))
			}
		}
		c.sources(t.Sources, t.FieldSources, at("ties", i))
	}
}

// meeting checks the references of meeting i, that each participant's
// post is the participant's own, belongs to the state represented and
// covers the date, and that the meeting falls within its visit.
func (c *checker) meeting(i int) {
	r := c.r
	m := &r.Meetings[i]
	c.resolve(string(m.Host), KindState, at("meetings", i, "host"))
	c.place(m.Place, at("meetings", i, "place"))
	for k, p := range m.Participants {
		pp := at("meetings", i, "participants["+strconv.Itoa(k)+"]")
		off, okOff := c.resolve(string(p.Official), KindOfficial, func() string { return amity.JoinPath(pp(), "official") })
		c.resolve(string(p.State), KindState, func() string { return amity.JoinPath(pp(), "state") })
		post, okPost := c.resolve(string(p.Post), KindPost, func() string { return amity.JoinPath(pp(), "post") })
		if !okOff || !okPost {
			continue
		}
		if post.i != off.i {
			c.add(amity.JoinPath(pp(), "post"), amity.KindConflict, string(p.Post), "a post of "+string(r.Officials[post.i].ID)+", not of "+string(p.Official))
			continue
		}
		ps := r.Officials[post.i].Posts[post.j]
		if !ps.Covers(m.Date) {
			c.add(amity.JoinPath(pp(), "post"), amity.KindConflict, string(p.Post),
				"the post runs "+term(ps.Start, ps.End)+", not covering the meeting's date "+m.Date.String())
		}
		if s := c.stateOfPost(ps); s != "" && iso3166.Valid(string(p.State)) && s != p.State {
			c.add(amity.JoinPath(pp(), "state"), amity.KindConflict, string(p.State), "the post "+string(p.Post)+" belongs to "+string(s))
		}
	}
	c.sources(m.Sources, m.FieldSources, at("meetings", i))
	for k, s := range m.Statements {
		refs(c, s.Sources, KindSource, at("meetings", i, "statements["+strconv.Itoa(k)+"]", "sources"))
	}
	if v, ok := c.resolve(string(m.Visit), KindVisit, at("meetings", i, "visit")); ok {
		visit := &r.Visits[v.i]
		if !visit.Covers(m.Date) {
			start, end := visit.Start, visit.End
			c.add(at("meetings", i, "date")(), amity.KindConflict, m.Date.String(), "outside visit "+string(visit.ID)+" ("+term(start, end)+")")
		}
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
		if at, ok := c.ids[string(p.Ministry)]; ok && at.kind == KindMinistry {
			s = c.r.Ministries[at.i].State
		}
	case p.Organization != "":
		if at, ok := c.ids[string(p.Organization)]; ok && at.kind == KindOrganization {
			s = c.r.Organizations[at.i].State
		}
	}
	if at, ok := c.ids[string(s)]; !ok || at.kind != KindState {
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
		if at, ok := c.ids[string(id)]; ok && at.kind == KindOrganization {
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
			c.add(amity.Index("organizations", cycle[0])+".parent_organization", amity.KindConflict, string(orgsList[cycle[0]].ParentOrganization),
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
func Validate(r *Records) error {
	c := checker{r: r}
	c.entities()
	c.index()
	c.references()
	return amity.AsError(c.errs)
}

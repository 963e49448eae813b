package naive

import (
	"slices"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// references checks every reference of every record against the map of
// IDs, with the rules that follow the references of meetings and of
// agreements' signatories.
func (c *checker) references() {
	c.actors()
	for i := range c.r.Visits {
		c.visit(i)
	}
	for i := range c.r.Meetings {
		c.meeting(i)
	}
	for i := range c.r.Initiatives {
		c.initiative(i)
	}
	for i, t := range c.r.Ties {
		at := rec{relations.KindTie, i, string(t.ID)}
		refs(c, at, "states", t.States, relations.KindState)
		c.places(at, t.Places)
		c.sources(at, t.Sources, t.FieldSources)
	}
	for i := range c.r.Agreements {
		c.agreement(i)
	}
	for i := range c.r.Events {
		c.event(i)
	}
}

// sources checks the sources a record cites, for itself and for single
// fields.
func (c *checker) sources(at rec, ids []amity.SourceID, fs amity.FieldSources) {
	refs(c, at, "sources", ids, relations.KindSource)
	for _, f := range fs.Fields() {
		refs(c, at, "field_sources."+f, fs[f], relations.KindSource)
	}
}

// places checks the country of each place.
func (c *checker) places(at rec, ps []orgs.Place) {
	for _, p := range ps {
		ref(c, at, "places country", p.Country, relations.KindState)
	}
}

// body checks a state, ministry or organization acting as one.
func (c *checker) body(at rec, field string, b orgs.Body) {
	ref(c, at, field+" state", b.State, relations.KindState)
	ref(c, at, field+" ministry", b.Ministry, relations.KindMinistry)
	ref(c, at, field+" organization", b.Organization, relations.KindOrganization)
}

// actors checks the references of sources, states, ministries,
// organizations, officials' posts and groups.
func (c *checker) actors() {
	r := c.r
	for i, s := range r.Sources {
		at := rec{relations.KindSource, i, string(s.ID)}
		refs(c, at, "cites", s.Cites, relations.KindSource)
		if slices.Contains(s.Cites, s.ID) {
			c.problem(at, "cites: a source cannot cite itself")
		}
	}
	for i, s := range r.States {
		c.sources(rec{relations.KindState, i, string(s.ID)}, s.Sources, s.FieldSources)
	}
	for i, m := range r.Ministries {
		at := rec{relations.KindMinistry, i, string(m.ID)}
		ref(c, at, "state", m.State, relations.KindState)
		c.sources(at, m.Sources, m.FieldSources)
	}
	for i, o := range r.Organizations {
		at := rec{relations.KindOrganization, i, string(o.ID)}
		ref(c, at, "state", o.State, relations.KindState)
		ref(c, at, "parent_ministry", o.ParentMinistry, relations.KindMinistry)
		ref(c, at, "parent_organization", o.ParentOrganization, relations.KindOrganization)
		ref(c, at, "host_state", o.HostState, relations.KindState)
		for _, m := range o.Members {
			ref(c, at, "members state", m.State, relations.KindState)
			refs(c, at, "members sources", m.Sources, relations.KindSource)
		}
		c.sources(at, o.Sources, o.FieldSources)
	}
	for i, o := range r.Officials {
		at := rec{relations.KindOfficial, i, string(o.ID)}
		for _, p := range o.Posts {
			ref(c, at, "posts state", p.State, relations.KindState)
			ref(c, at, "posts ministry", p.Ministry, relations.KindMinistry)
			ref(c, at, "posts organization", p.Organization, relations.KindOrganization)
			refs(c, at, "posts sources", p.Sources, relations.KindSource)
		}
		c.sources(at, o.Sources, o.FieldSources)
	}
	for i, g := range r.Groups {
		at := rec{relations.KindGroup, i, string(g.ID)}
		ref(c, at, "state", g.State, relations.KindState)
		ref(c, at, "ministry", g.Ministry, relations.KindMinistry)
		ref(c, at, "organization", g.Organization, relations.KindOrganization)
		refs(c, at, "leaders", g.Leaders, relations.KindOfficial)
		refs(c, at, "members", g.Members, relations.KindOfficial)
		c.sources(at, g.Sources, g.FieldSources)
	}
}

// visit checks the references of visit i.
func (c *checker) visit(i int) {
	v := &c.r.Visits[i]
	at := rec{relations.KindVisit, i, string(v.ID)}
	refs(c, at, "visitors", v.Visitors, relations.KindOfficial)
	refs(c, at, "groups", v.Groups, relations.KindGroup)
	ref(c, at, "guest", v.Guest, relations.KindState)
	ref(c, at, "host", v.Host, relations.KindState)
	c.places(at, v.Places)
	c.sources(at, v.Sources, v.FieldSources)
}

// meeting checks the references of meeting i: its host, place,
// commission, participants, sources and visit. An official's post must
// be one of the official's, cover the meeting's date and belong to the
// state the official represents; the meeting must fall within its
// visit. (That each speaker of a statement is a participant is a rule of
// the meeting's own, which its Validate method checks.)
func (c *checker) meeting(i int) {
	m := &c.r.Meetings[i]
	at := rec{relations.KindMeeting, i, string(m.ID)}
	ref(c, at, "host", m.Host, relations.KindState)
	ref(c, at, "place country", m.Place.Country, relations.KindState)
	ref(c, at, "commission", m.Commission, relations.KindOrganization)
	for _, p := range m.Participants {
		if p.Group != "" {
			ref(c, at, "participant group", p.Group, relations.KindGroup)
			ref(c, at, "participant state", p.State, relations.KindState)
			continue
		}
		off, okOff := ref(c, at, "participant official", p.Official, relations.KindOfficial)
		ref(c, at, "participant state", p.State, relations.KindState)
		post, okPost := ref(c, at, "participant post", p.Post, relations.KindPost)
		if okOff && okPost {
			c.participantPost(at, m, p, off, post)
		}
	}
	c.sources(at, m.Sources, m.FieldSources)
	for _, s := range m.Statements {
		refs(c, at, "statement sources", s.Sources, relations.KindSource)
	}
	if v, ok := ref(c, at, "visit", m.Visit, relations.KindVisit); ok {
		c.withinVisit(at, m, &c.r.Visits[v.i])
	}
}

// participantPost checks that participant p's post, at place post, is
// the post of the official at place off, covers the meeting's date, and
// belongs to the state p represents.
func (c *checker) participantPost(at rec, m *events.Meeting, p events.Participant, off, post place) {
	if post.i != off.i {
		c.problem(at, "participant post: "+string(p.Post)+" is a post of "+string(c.r.Officials[post.i].ID)+", not of "+string(p.Official))
		return
	}
	ps := c.r.Officials[post.i].Posts[post.j]
	if !ps.Covers(m.Date) {
		c.problem(at, "participant post: "+string(p.Post)+" runs "+term(ps.Start, ps.End)+", not covering the meeting's date "+m.Date.String())
	}
	if s := c.stateOfPost(ps); s != "" && c.known(p.State) && s != p.State {
		c.problem(at, "participant state: "+string(p.State)+", but the post "+string(p.Post)+" belongs to "+string(s))
	}
}

// withinVisit checks that meeting m falls within visit v: its date, its
// host and place the visit's, and a participant of the visit's guest
// state.
func (c *checker) withinVisit(at rec, m *events.Meeting, v *events.Visit) {
	if !v.Covers(m.Date) {
		c.problem(at, "date: "+m.Date.String()+" is outside visit "+string(v.ID)+" ("+term(v.Start, v.End)+")")
	}
	if !c.known(v.Host) {
		return
	}
	if c.known(m.Host) && m.Host != v.Host {
		c.problem(at, "host: "+string(m.Host)+", but the meeting's visit "+string(v.ID)+" is to "+string(v.Host))
	}
	if country := m.Place.Country; c.known(country) && country != v.Host &&
		!slices.ContainsFunc(v.Places, func(p orgs.Place) bool { return p.Country == country }) {
		c.problem(at, "place country: "+string(country)+", but the meeting's visit "+string(v.ID)+" is to "+string(v.Host))
	}
	if c.known(v.Guest) && !m.Involves(v.Guest) {
		c.problem(at, "visit: no participant represents the visit's guest state "+string(v.Guest))
	}
}

// initiative checks the references of initiative i.
func (c *checker) initiative(i int) {
	in := &c.r.Initiatives[i]
	at := rec{relations.KindInitiative, i, string(in.ID)}
	refs(c, at, "parties", in.Parties, relations.KindState)
	c.places(at, in.Places)
	refs(c, at, "organizations", in.Organizations, relations.KindOrganization)
	refs(c, at, "proposed_by", in.ProposedBy, relations.KindOfficial)
	refs(c, at, "led_by", in.LedBy, relations.KindOfficial)
	refs(c, at, "proposed_by_groups", in.ProposedByGroups, relations.KindGroup)
	refs(c, at, "agreements", in.Agreements, relations.KindAgreement)
	refs(c, at, "ties", in.Ties, relations.KindTie)
	refs(c, at, "related", in.Related, relations.KindInitiative)
	refs(c, at, "meetings", in.Meetings, relations.KindMeeting)
	refs(c, at, "statements", in.Statements, relations.KindStatement)
	for _, h := range in.History {
		ref(c, at, "history meeting", h.Meeting, relations.KindMeeting)
		refs(c, at, "history sources", h.Sources, relations.KindSource)
	}
	c.sources(at, in.Sources, in.FieldSources)
}

// agreement checks the references of agreement i, and that each
// signatory's post is the signatory's own and covers the date of
// signing.
func (c *checker) agreement(i int) {
	a := &c.r.Agreements[i]
	at := rec{relations.KindAgreement, i, string(a.ID)}
	for _, p := range a.Parties {
		c.body(at, "parties", p)
	}
	for _, s := range a.Signatories {
		off, okOff := ref(c, at, "signatories official", s.Official, relations.KindOfficial)
		post, okPost := ref(c, at, "signatories post", s.Post, relations.KindPost)
		if okOff && okPost {
			c.signatoryPost(at, a, s, off, post)
		}
		c.body(at, "signatories for", s.For)
	}
	ref(c, at, "place country", a.Place.Country, relations.KindState)
	ref(c, at, "meeting", a.Meeting, relations.KindMeeting)
	ref(c, at, "tie", a.Tie, relations.KindTie)
	ref(c, at, "parent", a.Parent, relations.KindAgreement)
	c.sources(at, a.Sources, a.FieldSources)
}

// signatoryPost checks that signatory s's post, at place post, is the
// post of the official at place off and covers the date of signing.
func (c *checker) signatoryPost(at rec, a *cooperation.Agreement, s cooperation.Signatory, off, post place) {
	if post.i != off.i {
		c.problem(at, "signatories post: "+string(s.Post)+" is a post of "+string(c.r.Officials[post.i].ID)+", not of "+string(s.Official))
		return
	}
	date := s.Date
	if date.IsZero() {
		date = a.Signed
	}
	if ps := c.r.Officials[post.i].Posts[post.j]; !date.IsZero() && !ps.Covers(date) {
		c.problem(at, "signatories post: "+string(s.Post)+" runs "+term(ps.Start, ps.End)+", not covering the date of signing "+date.String())
	}
}

// event checks the references of cultural event i.
func (c *checker) event(i int) {
	e := &c.r.Events[i]
	at := rec{relations.KindEvent, i, string(e.ID)}
	for _, o := range e.Organisers {
		c.body(at, "organisers", o)
	}
	refs(c, at, "states", e.States, relations.KindState)
	ref(c, at, "host", e.Host, relations.KindState)
	c.places(at, e.Places)
	refs(c, at, "groups", e.Groups, relations.KindGroup)
	ref(c, at, "agreement", e.Agreement, relations.KindAgreement)
	ref(c, at, "initiative", e.Initiative, relations.KindInitiative)
	ref(c, at, "meeting", e.Meeting, relations.KindMeeting)
	for _, h := range e.History {
		refs(c, at, "history sources", h.Sources, relations.KindSource)
	}
	c.sources(at, e.Sources, e.FieldSources)
}

// term returns the term from start to end, "..." for an end not known.
func term(start, end amity.Date) string {
	e := end.String()
	if e == "" {
		e = "..."
	}
	return start.String() + " to " + e
}

func sourceID(v *amity.Source) string               { return string(v.ID) }
func stateID(v *orgs.State) string                  { return string(v.ID) }
func ministryID(v *orgs.Ministry) string            { return string(v.ID) }
func organizationID(v *orgs.Organization) string    { return string(v.ID) }
func officialID(v *orgs.Official) string            { return string(v.ID) }
func groupID(v *orgs.Group) string                  { return string(v.ID) }
func visitID(v *events.Visit) string                { return string(v.ID) }
func meetingID(v *events.Meeting) string            { return string(v.ID) }
func initiativeID(v *cooperation.Initiative) string { return string(v.ID) }
func tieID(v *cooperation.Tie) string               { return string(v.ID) }
func agreementID(v *cooperation.Agreement) string   { return string(v.ID) }
func eventID(v *cooperation.CulturalEvent) string   { return string(v.ID) }

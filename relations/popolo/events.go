package popolo

import (
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
)

// eventID gives a visit or a meeting its amity ID.
func (im *importer) eventID(e *obj) {
	id, _ := e.m["id"].(string)
	class, _ := e.m["classification"].(string)
	if class != ClassVisit && class != ClassMeeting {
		e.whole(id, "an event that is neither a visit nor a meeting has no place in amity")
		return
	}
	if _, dup := im.events[id]; dup {
		e.whole(id, "a second event with this id")
		return
	}
	im.accepted[e] = true
	im.events[id] = im.newID(e.path, id)
	if class == ClassVisit {
		im.visits[im.events[id]] = true
	}
}

// attendee is an attendee of an event: an official, with the state and
// post of the embedded membership.
type attendee struct {
	official orgs.OfficialID
	state    orgs.StateID
	post     orgs.PostID
	path     amity.Path
}

// attendees reads the attendees of event e that are among the persons.
func (im *importer) attendees(e *obj) []attendee {
	var out []attendee
	for _, a := range e.objects("attendees") {
		pid := a.str("id")
		a.str("name")
		i, ok := im.persons[pid]
		if !ok {
			a.whole(pid, "an attendee who is not among the persons")
			continue
		}
		at := attendee{official: im.r.Officials[i].ID, path: a.path}
		for k, m := range a.objects("memberships") {
			if k > 0 {
				m.whole("", "an attendee acts for one state, in one post")
				continue
			}
			if s, ok := im.stateOf(m.str("organization_id")); ok {
				at.state = s
			} else if org := m.str("organization_id"); org != "" {
				m.rep.unmapped(m.at("organization_id"), org, "not a state")
			}
			if post := m.str("post_id"); post != "" {
				if p, ok := im.officialPost(i, post); ok {
					at.post = p
				} else {
					m.rep.unmapped(m.at("post_id"), post, "not a post of the attendee")
				}
			}
			m.rest("participant")
		}
		a.rest("participant")
		out = append(out, at)
	}
	return out
}

// places reads a location written as "Venue, City, CC; ...".
func (im *importer) places(e *obj) []orgs.Place {
	loc := e.str("location")
	if loc == "" {
		return nil
	}
	var out []orgs.Place
	for part := range strings.SplitSeq(loc, "; ") {
		fields := strings.Split(part, ", ")
		cc := fields[len(fields)-1]
		if !iso3166.Valid(cc) || len(fields) > 3 {
			e.rep.unmapped(e.at("location"), part, "not a place written as Venue, City, CC")
			continue
		}
		p := orgs.Place{Country: orgs.StateID(cc)}
		switch len(fields) {
		case 2:
			p.City = fields[0]
		case 3:
			p.Venue, p.City = fields[0], fields[1]
		}
		out = append(out, p)
	}
	return out
}

// eventFacts is what visits and meetings are read from alike.
type eventFacts struct {
	host    orgs.StateID // the organizer, if a state
	people  []attendee
	places  []orgs.Place
	sources []amity.SourceID
}

// event reads an event accepted by eventID as a visit or a meeting.
func (im *importer) event(e *obj) {
	if !im.accepted[e] {
		return // reported by eventID
	}
	pid := e.str("id")
	id := im.events[pid]
	e.str("classification")
	host, hostOK := im.stateOf(e.str("organization_id"))
	if org := e.str("organization_id"); org != "" && !hostOK {
		e.rep.unmapped(e.at("organization_id"), org, "the organizer of a visit or meeting is its host state")
	}
	f := eventFacts{host: host}
	f.people = im.attendees(e)
	f.places = im.places(e)
	f.sources = im.sourcesOf(e)
	if len(f.sources) == 0 {
		im.missing(e.path, "the sources of the "+e.m["classification"].(string)+": at least one")
	}
	if im.visits[id] {
		im.visit(e, id, f)
		return
	}
	im.meeting(e, pid, id, f)
}

// visit reads event e, whose amity ID is id, as a visit: the attendees
// are the visitors, their state the guest.
func (im *importer) visit(e *obj, id string, f eventFacts) {
	v := events.Visit{ID: events.VisitID(id), Host: f.host, Start: im.date(e, "start_date"), End: im.date(e, "end_date"),
		Places: f.places, Note: e.str("description"), Sources: f.sources}
	for _, a := range f.people {
		v.Visitors = append(v.Visitors, a.official)
		switch {
		case a.state == "":
		case v.Guest == "":
			v.Guest = a.state
		case a.state != v.Guest:
			im.rep.unmapped(a.path, string(a.state), "a visitor of another state than "+string(v.Guest))
		}
		if a.post != "" {
			im.rep.unmapped(a.path, string(a.post), "amity's visitors have no posts")
		}
	}
	if v.Guest == "" {
		im.missing(e.path, "the guest state: the state of an attendee's membership")
	}
	if v.Host == "" {
		im.missing(e.path, "the host state: the organization_id")
	}
	if v.Start.IsZero() {
		im.missing(e.path, "the start_date")
	}
	if name := e.str("name"); name != "" {
		e.rep.unmapped(e.at("name"), name, "amity's visits have no names")
	}
	e.rest("visit")
	im.r.Visits = append(im.r.Visits, v)
}

// meeting reads event e, whose Popolo id is pid and amity ID id, as a
// meeting: the attendees are the participants, the parent its visit.
func (im *importer) meeting(e *obj, pid, id string, f eventFacts) {
	m := events.Meeting{ID: events.MeetingID(id), Title: e.str("name"), Date: im.date(e, "start_date"), Host: f.host,
		Summary: e.str("description"), Sources: f.sources}
	if end := im.date(e, "end_date"); !end.IsZero() && end != m.Date {
		e.rep.unmapped(e.at("end_date"), end.String(), "amity's meetings have one date")
	}
	if m.Date.IsZero() {
		im.missing(e.path, "the meeting's date: start_date")
	}
	if len(f.places) > 0 {
		m.Place = f.places[0]
		for _, p := range f.places[1:] {
			e.rep.unmapped(e.at("location"), p.String(), "amity's meetings have one place")
		}
	}
	if parent := e.str("parent_id"); parent != "" {
		if pv, ok := im.events[parent]; ok && im.visits[pv] {
			m.Visit = events.VisitID(pv)
		} else {
			e.rep.unmapped(e.at("parent_id"), parent, "a meeting's parent is a visit")
		}
	}
	for _, a := range f.people {
		p := events.Participant{Official: a.official, State: a.state, Post: a.post}
		if p.State == "" {
			im.missing(a.path, "the state the participant represents: the organization_id of its membership")
		}
		m.Participants = append(m.Participants, p)
	}
	e.rest("meeting")
	im.meetings[pid] = len(im.r.Meetings)
	im.r.Meetings = append(im.r.Meetings, m)
}

package popolo

import (
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
)

// eventClass returns the class of an event's classification: visit,
// meeting, agreement or cultural_event; "" for any other.
func eventClass(classification string) string {
	class, _, _ := strings.Cut(classification, ":")
	switch {
	case classification == ClassVisit, classification == ClassMeeting:
		return classification
	case class == ClassAgreement && classification != class, class == ClassCulturalEvent && classification != class:
		return class
	}
	return ""
}

// eventID gives a visit, a meeting, the signing of an agreement or a
// cultural event its amity ID.
func (im *importer) eventID(e *obj) {
	id, _ := e.m["id"].(string)
	classification, _ := e.m["classification"].(string)
	class := eventClass(classification)
	if class == "" {
		if p, ok := im.periods[id]; ok && p.o == e && p.used {
			e.whole(id, "amity has no legislative periods: the dates of this one were taken for the posts of the memberships in it that give none")
			return
		}
		e.whole(id, "an event that is not a visit, a meeting, the signing of an agreement or a cultural event has no place in amity")
		return
	}
	if _, dup := im.events[id]; dup {
		e.faulty(id, "a second event with this id")
		return
	}
	im.accepted[e] = true
	im.events[id] = im.newID(e.path, id)
	im.eventClass[id] = class
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
	role     string
	rolePath amity.Path
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
			a.faulty(pid, "an attendee who is not among the persons")
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
			at.role, at.rolePath = m.str("role"), m.at("role")
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
	_, kind, _ := strings.Cut(e.str("classification"), ":")
	switch im.eventClass[pid] {
	case ClassAgreement:
		im.agreement(e, id, kind)
		return
	case ClassCulturalEvent:
		im.culturalEvent(e, id, kind)
		return
	}
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
		if a.role != "" {
			im.rep.unmapped(a.rolePath, a.role, "amity's visitors have no roles")
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
		if r := events.ParticipantRole(a.role); r.Valid() {
			p.Role = r
		} else if a.role != "" {
			im.rep.unmapped(a.rolePath, a.role, "not a role of a participant")
		}
		if p.State == "" {
			im.missing(a.path, "the state the participant represents: the organization_id of its membership")
		}
		m.Participants = append(m.Participants, p)
	}
	e.rest("meeting")
	im.meetings[pid] = len(im.r.Meetings)
	im.r.Meetings = append(im.r.Meetings, m)
}

// body returns the state, ministry or organization the Popolo
// organization id stands for, and whether it stands for one.
func (im *importer) body(id string) (orgs.Body, bool) {
	switch im.orgKinds[id] {
	case orgState:
		return orgs.Body{State: orgs.StateID(im.orgIDs[id])}, true
	case orgMinistry:
		return orgs.Body{Ministry: orgs.MinistryID(im.orgIDs[id])}, true
	case orgOrganization:
		return orgs.Body{Organization: orgs.OrganizationID(im.orgIDs[id])}, true
	}
	return orgs.Body{}, false
}

// agreement reads event e, whose amity ID is id, as the signing of an
// agreement of the kind kind: its attendees are the signatories, each on
// behalf of a party, and the parties are those they sign for.
func (im *importer) agreement(e *obj, id, kind string) {
	a := cooperation.Agreement{ID: cooperation.AgreementID(id), Kind: cooperation.AgreementKind(kind), Title: e.str("name"),
		Note: e.str("description"), Signed: im.date(e, "start_date")}
	if !a.Kind.Valid() {
		a.Kind = cooperation.AgreementOther
		im.rep.filled(e.at("classification"), e.str("classification"), "not a kind of amity agreement: other")
	}
	if a.Title == "" {
		im.missing(e.path, "the agreement's title: name")
	}
	if end := im.date(e, "end_date"); !end.IsZero() && end != a.Signed {
		e.rep.unmapped(e.at("end_date"), end.String(), "the signing of an agreement has one date")
	}
	if places := im.places(e); len(places) > 0 {
		a.Place = places[0]
		for _, p := range places[1:] {
			e.rep.unmapped(e.at("location"), p.String(), "an agreement is signed at one place")
		}
	}
	if parent := e.str("parent_id"); parent != "" {
		if im.eventClass[parent] == ClassMeeting {
			a.Meeting = events.MeetingID(im.events[parent])
		} else {
			e.rep.unmapped(e.at("parent_id"), parent, "the signing of an agreement is part of a meeting")
		}
	}
	for _, key := range []string{"organization_id", "status"} {
		if v := e.str(key); v != "" {
			e.rep.unmapped(e.at(key), v, "amity's agreements have no "+key)
		}
	}
	for _, at := range e.objects("attendees") {
		if s, ok := im.signatory(at); ok {
			a.Signatories = append(a.Signatories, s)
			if !a.HasParty(s.For) {
				a.Parties = append(a.Parties, s.For)
			}
		}
	}
	if len(a.Parties) == 0 {
		im.missing(e.path, "the parties: the on_behalf_of_id of an attendee's membership")
	}
	a.Sources = im.sourcesOf(e)
	if len(a.Sources) == 0 {
		im.missing(e.path, "the sources of the agreement: at least one")
	}
	e.rest("agreement")
	im.r.Agreements = append(im.r.Agreements, a)
}

// signatory reads an attendee of the signing of an agreement as a
// signatory: the person, and the one membership that names the party
// signed for (on_behalf_of_id, or else organization_id), the post and the
// date.
func (im *importer) signatory(at *obj) (cooperation.Signatory, bool) {
	pid := at.str("id")
	at.str("name")
	i, ok := im.persons[pid]
	if !ok {
		at.faulty(pid, "a signatory who is not among the persons")
		return cooperation.Signatory{}, false
	}
	s := cooperation.Signatory{Official: im.r.Officials[i].ID}
	ms := at.objects("memberships")
	for k, m := range ms {
		if k > 0 {
			m.whole("", "a signatory signs for one party")
			continue
		}
		if role := m.str("role"); role != RoleSignatory && role != "" {
			m.rep.unmapped(m.at("role"), role, "the role of a signatory is signatory")
		}
		if post := m.str("post_id"); post != "" {
			if p, ok := im.officialPost(i, post); ok {
				s.Post = p
			} else {
				m.rep.unmapped(m.at("post_id"), post, "not a post of the signatory")
			}
		}
		party, org := m.str("on_behalf_of_id"), m.str("organization_id")
		if party == "" {
			party = org
		} else if org != "" && org != party {
			m.rep.unmapped(m.at("organization_id"), org, "the party signed for is on_behalf_of_id: "+party)
		}
		if b, ok := im.body(party); ok {
			s.For = b
		} else if party != "" {
			m.rep.unmapped(m.at("on_behalf_of_id"), party, "not a state, ministry or organization")
		}
		s.Date = im.date(m, "start_date")
		m.rest("signatory")
	}
	at.rest("signatory")
	if s.For.IsZero() {
		im.missing(at.path, "the party the signatory signs for: on_behalf_of_id")
		return cooperation.Signatory{}, false
	}
	return s, true
}

// culturalEvent reads event e, whose amity ID is id, as a cultural event
// of the kind kind: its status the latest of its history, its dates those
// it was held on if it was held, or else planned for, its organizer an
// organiser.
func (im *importer) culturalEvent(e *obj, id, kind string) {
	ev := cooperation.CulturalEvent{ID: cooperation.CulturalEventID(id), Kind: cooperation.CulturalEventKind(kind),
		Title: e.str("name"), Note: e.str("description"), Places: im.places(e)}
	if !ev.Kind.Valid() {
		ev.Kind = cooperation.EventOther
		im.rep.filled(e.at("classification"), e.str("classification"), "not a kind of amity cultural event: other")
	}
	if ev.Title == "" {
		im.missing(e.path, "the event's title: name")
	}
	span := cooperation.Span{Start: im.date(e, "start_date"), End: im.date(e, "end_date")}
	status := cooperation.EventStatus(e.str("status"))
	switch {
	case status == cooperation.EventHeld:
		ev.Held = span
	default:
		ev.Planned = span
	}
	if org := e.str("organization_id"); org != "" {
		if b, ok := im.body(org); ok {
			ev.Organisers = []orgs.Body{b}
		} else {
			e.rep.unmapped(e.at("organization_id"), org, "not a state, ministry or organization")
		}
	}
	if parent := e.str("parent_id"); parent != "" {
		e.rep.unmapped(e.at("parent_id"), parent, "amity's cultural events are part of no event")
	}
	for _, at := range e.objects("attendees") {
		at.whole(at.str("id"), "amity's cultural events have no attendees")
	}
	ev.Sources = im.sourcesOf(e)
	if len(ev.Sources) == 0 {
		im.missing(e.path, "the sources of the event: at least one")
	}
	switch {
	case status.Valid():
		ev.History = []cooperation.EventChange{{Status: status, Sources: ev.Sources}}
	case status == "":
		im.missing(e.path, "the event's status: status")
	default:
		e.rep.unmapped(e.at("status"), string(status), "not a status of a cultural event")
		im.missing(e.path, "the event's status: status")
	}
	e.rest("cultural event")
	im.r.Events = append(im.r.Events, ev)
}

package popolo

import (
	"cmp"
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// Export writes r to w as one Popolo JSON document, indented by two
// spaces, with a final newline. Every list is sorted by ID (memberships,
// which have none, by organization, member and start; speeches by event
// and position), so the same records give the same bytes. See the package
// documentation for the mapping and for what Popolo cannot carry.
//
// Export does not validate r: run relations.Validate first. A reference
// that names nothing is written as it is, and a name it cannot look up is
// left out. Export fails when w does, and when r is nil.
//
// For a [relations.Dataset], [ExportDataset] writes the same bytes with
// one meeting rebuilt at a time.
func Export(w io.Writer, r *relations.Records) error {
	if r == nil {
		return errors.New("popolo: exporting: nil *relations.Records")
	}
	enc := jsoncodec.NewEncoder(w, "  ")
	return jsoncodec.MarshalEncode(enc, newExporter(r).build(r))
}

// exporter builds a Popolo document, and looks up what its objects
// repeat: sources' URLs and publishers, and officials' names.
type exporter struct {
	doc       document
	sources   map[amity.SourceID]amity.Source
	officials map[orgs.OfficialID]*orgs.Official
}

// build returns the Popolo document of r, every list sorted; x is r's
// exporter.
func (x *exporter) build(r *relations.Records) document {
	x.addStates(r.States)
	x.addMinistries(r.Ministries)
	x.addOrganizations(r.Organizations)
	x.addOfficials(r.Officials)
	x.addGroups(r.Groups)
	x.addVisits(r.Visits)
	x.addMeetings(r.Meetings)
	x.addAgreements(r.Agreements)
	x.addCulturalEvents(r.Events)
	x.doc.sort()
	return x.doc
}

// newExporter returns an exporter that looks up the sources and officials
// of r, the first of each ID.
func newExporter(r *relations.Records) *exporter {
	x := &exporter{
		sources:   make(map[amity.SourceID]amity.Source, len(r.Sources)),
		officials: make(map[orgs.OfficialID]*orgs.Official, len(r.Officials)),
	}
	for _, s := range r.Sources {
		if _, dup := x.sources[s.ID]; !dup {
			x.sources[s.ID] = s
		}
	}
	for i := range r.Officials {
		if _, dup := x.officials[r.Officials[i].ID]; !dup {
			x.officials[r.Officials[i].ID] = &r.Officials[i]
		}
	}
	return x
}

// addStates adds each state as an organization and as an area.
func (x *exporter) addStates(states []orgs.State) {
	for _, s := range states {
		x.doc.Organizations = append(x.doc.Organizations, organization{
			ID:             string(s.ID),
			Name:           s.Name,
			OtherNames:     otherNames(s.Names),
			Identifiers:    wikidata(s.Wikidata),
			Classification: ClassState,
			Sources:        x.links(s.Sources, s.FieldSources, "note"),
		})
		x.doc.Areas = append(x.doc.Areas, area{ID: string(s.ID), Name: s.Name, Identifier: string(s.ID), Classification: ClassCountry})
	}
}

// addMinistries adds each ministry as an organization of its state.
func (x *exporter) addMinistries(ministries []orgs.Ministry) {
	for _, m := range ministries {
		x.doc.Organizations = append(x.doc.Organizations, organization{
			ID:             string(m.ID),
			Name:           m.Name,
			OtherNames:     otherNames(m.Names),
			Identifiers:    wikidata(m.Wikidata),
			Classification: ClassMinistry,
			ParentID:       string(m.State),
			AreaID:         string(m.State),
			Links:          website(m.URL),
			Sources:        x.links(m.Sources, m.FieldSources, "note"),
		})
	}
}

// addOrganizations adds each organization, and the memberships of the
// states that are its members.
func (x *exporter) addOrganizations(organizations []orgs.Organization) {
	for _, o := range organizations {
		parent := string(o.ParentMinistry)
		if parent == "" {
			parent = string(o.ParentOrganization)
		}
		x.doc.Organizations = append(x.doc.Organizations, organization{
			ID:              string(o.ID),
			Name:            o.Name,
			OtherNames:      otherNames(o.Names),
			Identifiers:     wikidata(o.Wikidata),
			Classification:  kindClass(o.Kind),
			ParentID:        parent,
			AreaID:          string(o.State),
			FoundingDate:    o.Founded.String(),
			DissolutionDate: o.Dissolved.String(),
			Links:           website(o.URL),
			Sources:         x.links(o.Sources, o.FieldSources, "host_state", "note"),
		})
		for _, m := range o.Members {
			x.doc.Memberships = append(x.doc.Memberships, membership{
				Member:         &member{Type: "Organization", ID: string(m.State)},
				OrganizationID: string(o.ID),
				StartDate:      m.Since.String(),
				EndDate:        m.Until.String(),
				Sources:        x.links(m.Sources, nil),
			})
		}
	}
}

// kindClass returns the classification of an organization of kind k: the
// kind itself, but "party" for a political party.
func kindClass(k orgs.OrganizationKind) string {
	if k == orgs.KindPoliticalParty {
		return ClassParty
	}
	return string(k)
}

// addOfficials adds each official as a person, and each of his posts as a
// post and his membership through it.
func (x *exporter) addOfficials(officials []orgs.Official) {
	for _, o := range officials {
		x.doc.Persons = append(x.doc.Persons, person{
			ID:              string(o.ID),
			Name:            o.Label(),
			HonorificPrefix: o.Honorific,
			OtherNames:      otherNames(o.Names),
			Identifiers:     wikidata(o.Wikidata),
			Sources:         x.links(o.Sources, o.FieldSources, "note"),
		})
		for _, p := range o.Posts {
			holder := holderOf(p)
			sources := x.links(p.Sources, nil)
			x.doc.Posts = append(x.doc.Posts, post{ID: string(p.ID), Label: p.Title, Role: string(p.Role), OrganizationID: holder, Sources: sources})
			x.doc.Memberships = append(x.doc.Memberships, membership{
				Role:           p.Title,
				PersonID:       string(o.ID),
				OrganizationID: holder,
				PostID:         string(p.ID),
				StartDate:      p.Start.String(),
				EndDate:        p.End.String(),
				Sources:        sources,
			})
		}
	}
}

// addGroups adds each group as an organization of its ministry or
// organization and its state, and the memberships of its leaders and
// members.
func (x *exporter) addGroups(groups []orgs.Group) {
	for _, g := range groups {
		x.doc.Organizations = append(x.doc.Organizations, organization{
			ID:             string(g.ID),
			Name:           g.Label(),
			OtherNames:     otherNames(g.Names),
			Classification: classify(ClassGroup, string(g.Kind)),
			ParentID:       cmp.Or(string(g.Ministry), string(g.Organization)),
			AreaID:         string(g.State),
			Sources:        x.links(g.Sources, g.FieldSources, "size", "note"),
		})
		for _, m := range []struct {
			role, field string
			ids         []orgs.OfficialID
		}{{RoleLeader, "leaders", g.Leaders}, {RoleMember, "members", g.Members}} {
			for _, id := range m.ids {
				x.doc.Memberships = append(x.doc.Memberships, membership{
					Role:           m.role,
					PersonID:       string(id),
					OrganizationID: string(g.ID),
					Sources:        x.links(g.Sources, amity.FieldSources{m.field: g.FieldSources.For(m.field)}),
				})
			}
		}
	}
}

// addVisits adds each visit as an event, its visitors attendees for the
// guest state.
func (x *exporter) addVisits(visits []events.Visit) {
	for _, v := range visits {
		attendees := make([]person, len(v.Visitors))
		for i, id := range v.Visitors {
			attendees[i] = x.attendee(id, membership{OrganizationID: string(v.Guest)})
		}
		x.doc.Events = append(x.doc.Events, event{
			ID:             string(v.ID),
			Description:    v.Note,
			StartDate:      v.Start.String(),
			EndDate:        v.End.String(),
			Location:       location(v.Places...),
			Classification: ClassVisit,
			OrganizationID: string(v.Host),
			Attendees:      attendees,
			Sources:        x.links(v.Sources, v.FieldSources, "groups"),
		})
	}
}

// addMeetings adds each meeting as an event, its participants attendees,
// and its statements as speeches.
func (x *exporter) addMeetings(meetings []events.Meeting) {
	for i := range meetings {
		x.doc.Events = append(x.doc.Events, x.meetingEvent(&meetings[i]))
		x.doc.Speeches = append(x.doc.Speeches, x.speeches(&meetings[i])...)
	}
}

// meetingEvent returns the event of meeting m, its participants
// attendees.
func (x *exporter) meetingEvent(m *events.Meeting) event {
	var attendees []person
	for _, p := range m.Participants {
		if p.Official != "" {
			attendees = append(attendees, x.attendee(p.Official,
				membership{OrganizationID: string(p.State), PostID: string(p.Post), Role: string(p.Role)}))
		}
	}
	var loc string
	if !m.Place.IsZero() {
		loc = location(m.Place)
	}
	return event{
		ID:             string(m.ID),
		Name:           m.Title,
		Description:    m.Summary,
		StartDate:      m.Date.String(),
		Location:       loc,
		Classification: ClassMeeting,
		OrganizationID: string(m.Host),
		Attendees:      attendees,
		ParentID:       string(m.Visit),
		Sources:        x.links(m.Sources, m.FieldSources, "commission", "session", "note"),
	}
}

// speeches returns the speeches of the statements of meeting m that are
// spoken.
func (x *exporter) speeches(m *events.Meeting) []speech {
	var out []speech
	for i, s := range m.Statements {
		if spoken(s) {
			out = append(out, x.speechOf(m.ID, i, s))
		}
	}
	return out
}

// spoken reports whether a statement is written as a speech: it has a
// speaker, or the source gives it as said by nobody in particular.
func spoken(s events.Statement) bool { return len(s.Speakers) > 0 || s.Groups == nil && !s.BySource }

// addAgreements adds the signing of each agreement that has signatories
// as an event, part of the meeting the agreement was signed at, and
// attended by its signatories, each with a membership on behalf of the
// party signed for.
func (x *exporter) addAgreements(agreements []cooperation.Agreement) {
	for _, a := range agreements {
		if len(a.Signatories) == 0 {
			continue
		}
		attendees := make([]person, len(a.Signatories))
		for i, s := range a.Signatories {
			attendees[i] = x.attendee(s.Official, membership{Role: RoleSignatory, PostID: string(s.Post),
				OnBehalfOfID: s.For.ID(), StartDate: s.Date.String()})
		}
		var loc string
		if !a.Place.IsZero() {
			loc = location(a.Place)
		}
		x.doc.Events = append(x.doc.Events, event{
			ID:             string(a.ID),
			Name:           a.Title,
			Description:    a.Note,
			StartDate:      a.Signed.String(),
			Location:       loc,
			Classification: classify(ClassAgreement, string(a.Kind)),
			Attendees:      attendees,
			ParentID:       string(a.Meeting),
			Sources: x.links(a.Sources, a.FieldSources, "short_title", "in_force_on_signature", "entry_into_force", "duration",
				"renewal", "expires", "terminated", "parent", "relation", "topics", "provisions", "tie", "publications"),
		})
	}
}

// addCulturalEvents adds each cultural event as an event: its status the
// latest, its dates those it was held on, or, until it is held, planned
// for, and its organizer the first organiser.
func (x *exporter) addCulturalEvents(list []cooperation.CulturalEvent) {
	for _, e := range list {
		span := e.Planned
		if e.Status() == cooperation.EventHeld {
			span = e.Held
		}
		var organizer string
		if len(e.Organisers) > 0 {
			organizer = e.Organisers[0].ID()
		}
		x.doc.Events = append(x.doc.Events, event{
			ID:             string(e.ID),
			Name:           e.Title,
			Description:    e.Note,
			StartDate:      span.Start.String(),
			EndDate:        span.End.String(),
			Location:       location(e.Places...),
			Status:         string(e.Status()),
			Classification: classify(ClassCulturalEvent, string(e.Kind)),
			OrganizationID: organizer,
			Sources: x.links(e.Sources, e.FieldSources, "edition", "states", "host", "groups", "recurs", "length", "topics",
				"agreement", "initiative", "meeting"),
		})
	}
}

// speechOf returns statement i of meeting id as a speech.
func (x *exporter) speechOf(id events.MeetingID, i int, s events.Statement) speech {
	sp := speech{
		ID:       string(s.ID),
		Title:    s.Summary,
		Text:     s.Quote,
		EventID:  string(id),
		Position: new(i),
		Sources:  x.links(s.Sources, nil),
	}
	if len(s.Speakers) == 1 {
		sp.CreatorID = string(s.Speakers[0])
	} else {
		sp.AttributionText = x.attribution(s.Speakers)
	}
	return sp
}

// sort orders every list of the document: by ID; memberships, which have
// none, by organization, member, post and start; speeches by event and
// position.
func (doc *document) sort() {
	sortBy(doc.Persons, func(p person) string { return p.ID })
	sortBy(doc.Organizations, func(o organization) string { return o.ID })
	sortBy(doc.Areas, func(a area) string { return a.ID })
	sortBy(doc.Posts, func(p post) string { return p.ID })
	sortBy(doc.Events, func(e event) string { return e.ID })
	slices.SortStableFunc(doc.Memberships, func(a, b membership) int {
		return cmp.Or(
			cmp.Compare(a.OrganizationID, b.OrganizationID),
			cmp.Compare(a.memberID(), b.memberID()),
			cmp.Compare(a.PostID, b.PostID),
			compareDates(a.StartDate, b.StartDate),
		)
	})
	slices.SortStableFunc(doc.Speeches, func(a, b speech) int {
		return cmp.Or(cmp.Compare(a.EventID, b.EventID), cmp.Compare(*a.Position, *b.Position))
	})
}

func sortBy[T any](s []T, id func(T) string) {
	slices.SortStableFunc(s, func(a, b T) int { return cmp.Compare(id(a), id(b)) })
}

func (m membership) memberID() string {
	if m.Member != nil {
		return m.Member.ID
	}
	return m.PersonID
}

// compareDates orders the text of two dates as amity.Date.Compare does.
func compareDates(a, b string) int {
	da, _ := amity.ParseDate(a)
	db, _ := amity.ParseDate(b)
	return da.Compare(db)
}

// holderOf returns the ID of the state, ministry or organization a post
// belongs to.
func holderOf(p orgs.Post) string {
	switch {
	case p.Ministry != "":
		return string(p.Ministry)
	case p.Organization != "":
		return string(p.Organization)
	}
	return string(p.State)
}

// attendee returns the embedded person that attends an event, named by
// [orgs.Official.Label], with the membership m when m says anything: the
// state the official represents, the post, the role, the party signed
// for.
func (x *exporter) attendee(id orgs.OfficialID, m membership) person {
	p := person{ID: string(id)}
	if o, ok := x.officials[id]; ok {
		p.Name = o.Label()
	}
	if m.OrganizationID != "" || m.PostID != "" || m.Role != "" || m.OnBehalfOfID != "" || m.StartDate != "" {
		p.Memberships = []membership{m}
	}
	return p
}

// attribution names several speakers: "A and B", "A, B and C".
func (x *exporter) attribution(ids []orgs.OfficialID) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = string(id)
		if o, ok := x.officials[id]; ok {
			names[i] = o.Label()
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// links returns the Popolo links of the sources ids and the sources of
// the single fields that Popolo carries, each URL once, in the order of
// ids and then of the fields; the fields named in lost are not carried
// for this entity. Sources without a URL have none.
func (x *exporter) links(ids []amity.SourceID, fs amity.FieldSources, lost ...string) []link {
	var out []link
	add := func(id amity.SourceID) {
		s, ok := x.sources[id]
		if !ok || s.URL == "" || slices.ContainsFunc(out, func(l link) bool { return l.URL == s.URL }) {
			return
		}
		out = append(out, link{URL: s.URL, Note: s.Publisher})
	}
	for _, id := range ids {
		add(id)
	}
	for _, f := range fs.Fields() {
		if !carries(f) || slices.Contains(lost, f) {
			continue
		}
		for _, id := range fs.For(f) {
			add(id)
		}
	}
	return out
}

// carries reports whether Popolo carries the field of an entity with the
// JSON name field. The sources cited for a field it does not carry (such
// as a codebook for the event codes) are not sources of anything the
// export holds, and are not written.
func carries(field string) bool {
	switch field {
	case "capital", "portfolios", "occasion", "topics", "codes", "uncertain":
		return false
	}
	return true
}

// otherNames returns the aliases, then the local names in order of
// language tag.
func otherNames(n amity.Names) []otherName {
	var out []otherName
	for _, a := range n.Aliases {
		out = append(out, otherName{Name: a})
	}
	langs := make([]string, 0, len(n.LocalNames))
	for lang := range n.LocalNames {
		langs = append(langs, lang)
	}
	slices.Sort(langs)
	for _, lang := range langs {
		out = append(out, otherName{Name: n.LocalNames[lang], Lang: lang, Note: NoteLocalName})
	}
	return out
}

// website returns the link to a website, none if url is empty.
func website(url string) []link {
	if url == "" {
		return nil
	}
	return []link{{URL: url, Note: NoteWebsite}}
}

func wikidata(qid string) []identifier {
	if qid == "" {
		return nil
	}
	return []identifier{{Identifier: qid, Scheme: SchemeWikidata}}
}

// location writes places as "Venue, City, CC", several joined by "; ".
func location(places ...orgs.Place) string {
	parts := make([]string, len(places))
	for i, p := range places {
		parts[i] = p.String()
	}
	return strings.Join(parts, "; ")
}

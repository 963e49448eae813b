// Package ftm writes amity's records as FollowTheMoney entities, the data
// model of Aleph and OpenSanctions: one JSON object a line,
//
//	{"id": "amity-anar-karimov", "schema": "Person", "properties": {"name": ["Anar Karimov"], ...}}
//
// every property value a list of strings, as the model
// (https://followthemoney.tech, npm @alephdata/followthemoney 3.8.4)
// defines them.
//
// # Mapping
//
//   - A state is a PublicBody standing for its government, named as the
//     state, with its lower-case ISO 3166-1 code as country and
//     jurisdiction and the topic gov.national: FollowTheMoney has no
//     schema for a country, which is otherwise only a property.
//   - A ministry is a PublicBody (classification "ministry", sector its
//     portfolio, topics gov.national and gov.executive), and a Membership
//     of it in its state's PublicBody, role "ministry".
//   - An organization is an Organization (classification its kind; topic
//     gov.igo for an intergovernmental one), with a Membership in its
//     parent ministry or organization (role "part of"), and one Membership
//     of each member state in it (role "member state", with the dates).
//   - An official is a Person; each post is a Position (named "Title,
//     Body" after the ministry, organization or state the post belongs
//     to, which is its organization) and an Occupancy of the Person in
//     it, with the term's dates.
//   - Visits and meetings are Events: organizer the host state, involved
//     the officials and the states they represent, date, location
//     ("Venue, City, Country"), country, summary; topics and event codes
//     ("CAMEO 040", "PLOVER CONSULT visit") are keywords, and each
//     statement a line of notes ("Anar Karimov stressed: ...").
//   - An initiative is a Project (status its latest status, startDate its
//     first, notes its history, keywords its kind and topics), with a
//     ProjectParticipant for each party (role "party"), organization
//     ("organization"), proposer ("proposer") and leader ("leader").
//   - A tie is an UnknownLink between the two states' PublicBodies, role
//     its kind, with startDate and endDate.
//   - Each entity's sources, and those cited for its single fields, give
//     its sourceUrl (their URLs) and publisher (their publishers). The
//     entities written for a field (the Membership of a ministry in its
//     state, a ProjectParticipant) cite the sources of the entity and
//     those cited for that field.
//
// # IDs
//
// IDs are stable: the same records give the same IDs. An entity that
// stands for an amity entity has the ID "amity-" and the amity ID
// ("amity-AZ", "amity-anar-karimov"). An entity amity has no ID for is
// named by its kind and what it derives from, after "amity." — which no
// amity-made ID starts with: "amity.position." or "amity.occupancy." and
// the post's ID, "amity.part-of." and the ministry's or organization's
// ID; and, for those that join several, "amity.member." or
// "amity.participant." and 16 hex digits of the SHA-256 of their parts.
//
// # What is lost
//
// FollowTheMoney has no place for: which meeting belongs to which visit;
// statements as structured facts (speakers, verb, topics: they become
// text); the history of an initiative as data (it becomes notes) and the
// statements and meetings that raised it; states' capitals; visits'
// occasions as a field (a keyword); places beyond their text; sources'
// titles, authors, dates, languages and citations, and which field a
// source is cited for; that a proposer is inferred (an inferred speaker
// is marked "(inferred)" in the notes).
package ftm

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// Entity is one FollowTheMoney entity, as a line of the export holds it.
type Entity struct {
	// ID identifies the entity; see the package documentation.
	ID string `json:"id"`
	// Schema is the FollowTheMoney schema: "Person", "PublicBody", ...
	Schema string `json:"schema"`
	// Properties hold the values of each property, none empty.
	Properties map[string][]string `json:"properties"`
}

// add appends the non-empty values to property name, each once.
func (e *Entity) add(name string, values ...string) {
	for _, v := range values {
		if v == "" || slices.Contains(e.Properties[name], v) {
			continue
		}
		e.Properties[name] = append(e.Properties[name], v)
	}
}

func newEntity(id, schema string) *Entity {
	return &Entity{ID: id, Schema: schema, Properties: map[string][]string{}}
}

// ID returns the ID of the entity that stands for the amity entity id.
func ID(id string) string { return "amity-" + id }

// derivedID returns the ID of an entity of kind derived from parts: the
// part itself for one part, a hash for several.
func derivedID(kind string, parts ...string) string {
	if len(parts) == 1 {
		return "amity." + kind + "." + parts[0]
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return "amity." + kind + "." + hex.EncodeToString(sum[:8])
}

// Export writes r to w as FollowTheMoney entities, one JSON object a line
// in order of entity ID, so that the same records give the same bytes.
// See the package documentation for the mapping and the IDs.
//
// Export does not validate r: run relations.Validate first. A reference
// that names nothing is written as it is. Export fails when w does, when
// a string is not valid UTF-8, which valid records never hold, and when r
// is nil.
func Export(w io.Writer, r *relations.Records) error {
	if r == nil {
		return errors.New("ftm: exporting: nil *relations.Records")
	}
	enc := jsoncodec.NewEncoder(w, "")
	for _, e := range Entities(r) {
		if err := jsoncodec.MarshalEncode(enc, e); err != nil {
			return err
		}
	}
	return nil
}

// Entities returns the entities [Export] writes, in order of ID; none
// for a nil r.
func Entities(r *relations.Records) []*Entity {
	if r == nil {
		return nil
	}
	x := newExporter(r)
	x.states()
	x.ministries()
	x.organizations()
	x.officials()
	x.visits()
	x.meetings()
	x.initiatives()
	x.ties()
	slices.SortStableFunc(x.out, func(a, b *Entity) int { return strings.Compare(a.ID, b.ID) })
	return x.out
}

type exporter struct {
	r          *relations.Records
	out        []*Entity
	sources    map[amity.SourceID]amity.Source
	names      map[string]string       // amity ID -> name, of states, ministries, organizations and officials
	stateOf    map[string]orgs.StateID // ministry or organization ID -> its state
	postStates map[orgs.OfficialID][]orgs.StateID
}

func newExporter(r *relations.Records) *exporter {
	x := &exporter{
		r:          r,
		sources:    map[amity.SourceID]amity.Source{},
		names:      map[string]string{},
		stateOf:    map[string]orgs.StateID{},
		postStates: map[orgs.OfficialID][]orgs.StateID{},
	}
	for _, s := range r.Sources {
		if _, dup := x.sources[s.ID]; !dup {
			x.sources[s.ID] = s
		}
	}
	for _, s := range r.States {
		x.names[string(s.ID)] = s.Name
	}
	for _, m := range r.Ministries {
		x.names[string(m.ID)] = m.Name
		x.stateOf[string(m.ID)] = m.State
	}
	for _, o := range r.Organizations {
		x.names[string(o.ID)] = o.Name
		x.stateOf[string(o.ID)] = o.State
	}
	for _, o := range r.Officials {
		x.names[string(o.ID)] = o.Name
	}
	return x
}

func (x *exporter) emit(e *Entity) *Entity {
	x.out = append(x.out, e)
	return e
}

// cite adds the URLs and publishers of the sources ids, and of the field
// sources fs, to e.
func (x *exporter) cite(e *Entity, ids []amity.SourceID, fs amity.FieldSources) {
	add := func(id amity.SourceID) {
		if s, ok := x.sources[id]; ok {
			e.add("sourceUrl", s.URL)
			e.add("publisher", s.Publisher)
		}
	}
	for _, id := range ids {
		add(id)
	}
	for _, f := range fs.Fields() {
		for _, id := range fs.For(f) {
			add(id)
		}
	}
}

func country(s orgs.StateID) string { return strings.ToLower(string(s)) }

// name returns the name of the entity with the amity ID id, or the ID
// when the records do not name it.
func (x *exporter) name(id string) string {
	if n, ok := x.names[id]; ok && n != "" {
		return n
	}
	if n := iso3166.Name(id); n != "" {
		return n
	}
	return id
}

// list returns the names of the entities ids, as "A", "A and B" or "A,
// B and C".
func (x *exporter) list(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = x.name(id)
	}
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func nameProps(e *Entity, n amity.Names) {
	e.add("name", n.Name)
	e.add("alias", n.Aliases...)
	for _, lang := range slices.Sorted(maps.Keys(n.LocalNames)) {
		e.add("alias", n.LocalNames[lang])
	}
}

func (x *exporter) states() {
	for _, s := range x.r.States {
		e := x.emit(newEntity(ID(string(s.ID)), "PublicBody"))
		nameProps(e, s.Names)
		e.add("country", country(s.ID))
		e.add("jurisdiction", country(s.ID))
		e.add("topics", "gov.national")
		e.add("wikidataId", s.Wikidata)
		x.cite(e, s.Sources, s.FieldSources)
	}
}

func (x *exporter) ministries() {
	for _, m := range x.r.Ministries {
		e := x.emit(newEntity(ID(string(m.ID)), "PublicBody"))
		nameProps(e, m.Names)
		e.add("country", country(m.State))
		e.add("jurisdiction", country(m.State))
		e.add("classification", "ministry")
		for _, p := range m.Portfolios {
			e.add("sector", string(p))
		}
		e.add("topics", "gov.national", "gov.executive")
		e.add("website", m.URL)
		e.add("wikidataId", m.Wikidata)
		x.cite(e, m.Sources, m.FieldSources)
		if m.State != "" {
			x.partOf(string(m.ID), string(m.State), "ministry", m.Sources, m.FieldSources.For("state"))
		}
	}
}

// partOf writes that the entity with amity ID child is part of parent, as
// a Membership with role, citing the child's sources and those cited for
// the field that names the parent.
func (x *exporter) partOf(child, parent, role string, sources, fieldSources []amity.SourceID) {
	part := x.emit(newEntity(derivedID("part-of", child), "Membership"))
	part.add("member", ID(child))
	part.add("organization", ID(parent))
	part.add("role", role)
	x.cite(part, sources, nil)
	x.cite(part, fieldSources, nil)
}

func (x *exporter) organizations() {
	for _, o := range x.r.Organizations {
		e := x.emit(newEntity(ID(string(o.ID)), "Organization"))
		nameProps(e, o.Names)
		if o.State != "" {
			e.add("country", country(o.State))
			e.add("jurisdiction", country(o.State))
		}
		e.add("classification", string(o.Kind))
		if o.Kind == orgs.KindIntergovernmental {
			e.add("topics", "gov.igo")
		}
		e.add("incorporationDate", o.Founded.String())
		e.add("dissolutionDate", o.Dissolved.String())
		e.add("website", o.URL)
		e.add("wikidataId", o.Wikidata)
		x.cite(e, o.Sources, o.FieldSources)
		parent, field := string(o.ParentMinistry), "parent_ministry"
		if parent == "" {
			parent, field = string(o.ParentOrganization), "parent_organization"
		}
		if parent != "" {
			x.partOf(string(o.ID), parent, "part of", o.Sources, o.FieldSources.For(field))
		}
		seen := map[orgs.StateID]int{}
		for _, m := range o.Members {
			n := seen[m.State]
			seen[m.State]++
			ms := x.emit(newEntity(derivedID("member", string(o.ID), string(m.State), strconv.Itoa(n)), "Membership"))
			ms.add("member", ID(string(m.State)))
			ms.add("organization", e.ID)
			ms.add("role", "member state")
			ms.add("startDate", m.Since.String())
			ms.add("endDate", m.Until.String())
			x.cite(ms, m.Sources, nil)
		}
	}
}

// holder returns the amity ID of the state, ministry or organization a
// post belongs to, and the state it belongs to in the end.
func (x *exporter) holder(p orgs.Post) (string, orgs.StateID) {
	switch {
	case p.Ministry != "":
		return string(p.Ministry), x.stateOf[string(p.Ministry)]
	case p.Organization != "":
		return string(p.Organization), x.stateOf[string(p.Organization)]
	}
	return string(p.State), p.State
}

func (x *exporter) officials() {
	for _, o := range x.r.Officials {
		e := x.emit(newEntity(ID(string(o.ID)), "Person"))
		nameProps(e, o.Names)
		e.add("wikidataId", o.Wikidata)
		x.cite(e, o.Sources, o.FieldSources)
		for _, p := range o.Posts {
			holder, state := x.holder(p)
			e.add("position", p.Title)
			e.add("country", country(state))
			pos := x.emit(newEntity(derivedID("position", string(p.ID)), "Position"))
			pos.add("name", p.Title+", "+x.name(holder))
			pos.add("organization", ID(holder))
			pos.add("country", country(state))
			x.cite(pos, p.Sources, nil)
			occ := x.emit(newEntity(derivedID("occupancy", string(p.ID)), "Occupancy"))
			occ.add("holder", e.ID)
			occ.add("post", pos.ID)
			occ.add("startDate", p.Start.String())
			occ.add("endDate", p.End.String())
			x.cite(occ, p.Sources, nil)
		}
	}
}

// location writes a place as "Venue, City, Country".
func (x *exporter) location(p orgs.Place) string {
	parts := []string{p.Venue, p.City, x.name(string(p.Country))}
	parts = slices.DeleteFunc(parts, func(s string) bool { return s == "" })
	return strings.Join(parts, ", ")
}

// codes returns the keywords of event codes: "CAMEO 042", "PLOVER CONSULT
// visit".
func codes(cs []events.EventCode) []string {
	var out []string
	for _, c := range cs {
		out = append(out, "CAMEO "+string(c.CAMEO))
		ev, mode := c.PLOVER, c.Mode
		if ev == "" {
			ev, mode = c.CAMEO.PLOVER()
		}
		if ev != "" {
			out = append(out, strings.TrimSpace("PLOVER "+string(ev)+" "+string(mode)))
		}
	}
	return out
}

func ids[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

func (x *exporter) visits() {
	for _, v := range x.r.Visits {
		e := x.emit(newEntity(ID(string(v.ID)), "Event"))
		e.add("name", "Visit of "+x.list(ids(v.Visitors))+" to "+x.name(string(v.Host)))
		e.add("date", v.Start.String())
		e.add("startDate", v.Start.String())
		e.add("endDate", v.End.String())
		for _, p := range v.Places {
			e.add("location", x.location(p))
		}
		e.add("country", country(v.Guest), country(v.Host))
		e.add("organizer", ID(string(v.Host)))
		for _, id := range v.Visitors {
			e.add("involved", ID(string(id)))
		}
		e.add("involved", ID(string(v.Guest)))
		e.add("summary", v.Note)
		e.add("keywords", string(v.Occasion))
		e.add("keywords", codes(v.Codes)...)
		x.cite(e, v.Sources, v.FieldSources)
	}
}

func (x *exporter) meetings() {
	for _, m := range x.r.Meetings {
		e := x.emit(newEntity(ID(string(m.ID)), "Event"))
		name := m.Title
		if name == "" {
			name = "Meeting of " + x.list(ids(m.Officials()))
		}
		e.add("name", name)
		e.add("date", m.Date.String())
		if !m.Place.IsZero() {
			e.add("location", x.location(m.Place))
			e.add("country", country(m.Place.Country))
		}
		for _, s := range m.States() {
			e.add("country", country(s))
		}
		if m.Host != "" {
			e.add("organizer", ID(string(m.Host)))
		}
		for _, p := range m.Participants {
			e.add("involved", ID(string(p.Official)))
		}
		for _, s := range m.States() {
			e.add("involved", ID(string(s)))
		}
		e.add("summary", m.Summary)
		e.add("keywords", ids(m.Topics)...)
		e.add("keywords", codes(m.Codes)...)
		for _, s := range m.Statements {
			e.add("notes", x.statement(s))
		}
		x.cite(e, m.Sources, m.FieldSources)
		for _, s := range m.Statements {
			x.cite(e, s.Sources, nil)
		}
	}
}

// statement writes a statement as a line of notes: "Anar Karimov
// stressed: ..." or `Anar Karimov said: "..."`.
func (x *exporter) statement(s events.Statement) string {
	var b strings.Builder
	b.WriteString(x.list(ids(s.Speakers)))
	if s.SpeakersInferred {
		b.WriteString(" (inferred)")
	}
	b.WriteString(" " + s.Verb.String() + ":")
	if s.Summary != "" {
		b.WriteString(" " + s.Summary)
	}
	if s.Quote != "" {
		b.WriteString(" \"" + s.Quote + "\"")
	}
	return b.String()
}

func (x *exporter) initiatives() {
	for _, in := range x.r.Initiatives {
		e := x.emit(newEntity(ID(string(in.ID)), "Project"))
		e.add("name", in.Title)
		e.add("summary", in.Summary)
		e.add("status", string(in.Status()))
		if len(in.History) > 0 {
			e.add("startDate", in.History[0].Date.String())
		}
		for _, h := range in.History {
			note := h.Date.String() + ": " + string(h.Status)
			if h.Note != "" {
				note += ": " + h.Note
			}
			e.add("notes", note)
		}
		e.add("keywords", string(in.Kind))
		e.add("keywords", ids(in.Topics)...)
		for _, s := range in.Parties {
			e.add("country", country(s))
		}
		for _, p := range in.Places {
			e.add("address", x.location(p))
		}
		x.cite(e, in.Sources, in.FieldSources)
		for _, h := range in.History {
			x.cite(e, h.Sources, nil)
		}
		// participate writes a ProjectParticipant for each of who, citing
		// the initiative's sources and those cited for its field.
		participate := func(role, field string, who []string) {
			for _, id := range who {
				pp := x.emit(newEntity(derivedID("participant", string(in.ID), role, id), "ProjectParticipant"))
				pp.add("project", e.ID)
				pp.add("participant", ID(id))
				pp.add("role", role)
				x.cite(pp, in.Sources, nil)
				x.cite(pp, in.FieldSources.For(field), nil)
			}
		}
		participate("party", "parties", ids(in.Parties))
		participate("organization", "organizations", ids(in.Organizations))
		participate("proposer", "proposed_by", ids(in.ProposedBy))
		participate("leader", "led_by", ids(in.LedBy))
	}
}

func (x *exporter) ties() {
	for _, t := range x.r.Ties {
		e := x.emit(newEntity(ID(string(t.ID)), "UnknownLink"))
		if len(t.States) == 2 {
			e.add("subject", ID(string(t.States[0])))
			e.add("object", ID(string(t.States[1])))
		}
		e.add("role", string(t.Kind))
		e.add("startDate", t.Established.String())
		e.add("endDate", t.Ended.String())
		if len(t.Places) > 0 {
			places := make([]string, len(t.Places))
			for i, p := range t.Places {
				places[i] = x.location(p)
			}
			e.add("description", strings.Join(places, " – "))
		}
		x.cite(e, t.Sources, t.FieldSources)
	}
}

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
//     portfolios, topics gov.national and gov.executive), and a Membership
//     of it in its state's PublicBody, role "ministry".
//   - An organization is an Organization (classification its kind; topic
//     gov.igo for an intergovernmental one), with a Membership in its
//     parent ministry or organization (role "part of"), one Membership
//     of each member state in it (role "member state", with the dates),
//     and, for a diplomatic mission, an UnknownLink to its host state
//     (role "accredited to").
//   - An official is a Person, named by the name, or by the title of the
//     first post when the source gives no name (orgs.Official.Label), with
//     the honorific as title; each post is a Position (named "Title,
//     Body" after the ministry, organization or state the post belongs
//     to, which is its organization) and an Occupancy of the Person in
//     it, with the term's dates.
//   - A group is an Organization (classification "group" and its kind:
//     "delegation", "ensemble", ...), named by orgs.Group.Label, with its
//     size as description ("3 to 5 people"), a Membership in its
//     ministry, organization or else state (role "group of"), and a
//     Membership of each leader ("leader") and member ("member") in it.
//     FollowTheMoney has no schema for a collective actor that is not a
//     body; Organization is the one a Membership can lead to, and it can
//     be involved in an Event and take part in a Project.
//   - Visits and meetings are Events: organizer the host state, involved
//     the officials and groups and the states they represent, and a
//     meeting's joint commission, date, location ("Venue, City,
//     Country"), country, summary; topics, event codes ("CAMEO 040",
//     "PLOVER CONSULT visit") and a commission's session ("session 5 of
//     ...") are keywords; notes hold the participants' roles ("Anar
//     Karimov took part as signatory") and each statement
//     ("Anar Karimov stressed: ...", or "The source noted: ..." for the
//     source's own assessment).
//   - An initiative is a Project (status its latest status, startDate its
//     first, notes its history, keywords its kind and topics), with a
//     ProjectParticipant for each party (role "party"), organization
//     ("organization"), proposer, official or group ("proposer"), and
//     leader ("leader"), and UnknownLinks to the agreements it runs under
//     ("under") and the initiatives it is related to ("related to").
//   - A tie is an UnknownLink between the two states' PublicBodies, role
//     its kind, with startDate and endDate.
//   - An agreement is a Project: name its title, alias its short title,
//     date its signature, startDate its entry into force and endDate its
//     end (cooperation.Agreement.InForce and End), status "terminated"
//     when a party ended it, country the parties' states, keywords its
//     kind and topics, goal its provisions, and notes where and when it
//     was signed, its term, renewal and publications. Each party is a
//     ProjectParticipant (role "party"), and so is each signatory (role
//     "signatory", with the date, and the post and party as
//     description); each signatory has a Representation of the party
//     signed for (agent the Person, client the party, role "signatory").
//     UnknownLinks lead to the meeting it was signed at ("signed at") and
//     to its parent (role the relation: "implements", ...). FollowTheMoney
//     has no schema for an agreement between governments: a Contract is
//     awarded by an authority to suppliers, a Document is a file, and an
//     Event would end with the signing; a Project has participants with
//     roles and the dates of a term, as an initiative has.
//   - A cultural event is an Event: organizer its organisers, involved
//     its states and groups, date, startDate and endDate when it was held
//     (or, until it is held, planned), location its places, country its
//     states, host and places, keywords its kind, edition ("edition
//     12"), recurrence and topics, summary its note, and notes its
//     history and length. UnknownLinks lead to its agreement ("under"),
//     initiative ("part of") and meeting ("announced at").
//   - An entity's note, and each field marked uncertain ("uncertain: date
//     (inferred): ..."), are lines of notes (of description, for a tie);
//     the note of a visit or a cultural event is its summary.
//   - Each entity's sources, and those cited for its single fields, give
//     its sourceUrl (their URLs) and publisher (their publishers). The
//     entities written for a field (the Membership of a ministry in its
//     state, a ProjectParticipant) cite the sources of the entity and
//     those cited for that field.
//
// # IDs
//
// IDs are stable: the same records give the same IDs. They follow
// FollowTheMoney's rule, ^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$, and
// hold no ".", which FollowTheMoney keeps for the signature a dataset
// adds to an ID (followthemoney aggregate and Aleph cut an ID at its last
// "."). An entity that stands for an amity entity has the ID "amity-"
// and the amity ID ("amity-AZ", "amity-anar-karimov") when that is
// letters and digits joined by single hyphens, as most are; an amity ID
// with "_", ":", "." or "--" has each run of those made a hyphen, then
// "--" and 16 hex digits of its SHA-256 ("party_zanu_pf" gives
// "amity-party-zanu-pf--" and the digits), so that no two amity IDs give
// one FollowTheMoney ID. An entity amity has no ID for is named by its
// kind and what it derives from, after "amity--", which no entity of an
// amity ID starts with: "amity--position-" or "amity--occupancy-" and
// the post's ID; "amity--part-of-" and the ministry's, organization's or
// group's ID; and so on for the other links (accredited-to, signed-at,
// parent, under, initiative, announced-at); for those that join several
// (member, participant, signatory, agreement, related), the kind, "--"
// and 16 hex digits of the SHA-256 of their parts.
//
// # What is lost
//
// FollowTheMoney has no place for: which meeting belongs to which visit;
// statements as structured facts (speakers, verb, topics: they become
// text); participants' roles, the history of an initiative or a cultural
// event, and an agreement's term, renewal and publications as data (they
// become notes); the statements and meetings that raised an initiative;
// the tie an agreement rests on, and the ties an initiative serves (a tie
// is a link, which nothing can link to); a group's size as numbers (it becomes text); states' capitals;
// visits' occasions as a field (a keyword); places beyond their text;
// sources' titles, authors, dates, languages and citations, and which
// field a source is cited for; that a proposer is inferred (an inferred
// speaker is marked "(inferred)" in the notes).
package ftm

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"maps"
	"net/url"
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

// ID returns the ID of the entity that stands for the amity entity id:
// "amity-" and id, made to follow FollowTheMoney's rule of IDs (see the
// package documentation).
func ID(id string) string { return "amity-" + idPart(id) }

// idPart returns id as it may stand in a FollowTheMoney ID: as it is if
// it is letters and digits joined by single hyphens; otherwise with each
// run of other characters made one hyphen, then "--" and 16 hex digits of
// the SHA-256 of id. The first never holds "--", the second always does,
// so that no two IDs give the same part.
func idPart(id string) string {
	if simpleID(id) {
		return id
	}
	var b strings.Builder
	dash := false
	for i := 0; i < len(id); i++ {
		c := id[i]
		if isAlnum(c) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteByte(c)
			dash = false
			continue
		}
		dash = true
	}
	sum := sha256.Sum256([]byte(id))
	if b.Len() > 0 {
		b.WriteString("--")
	}
	b.WriteString(hex.EncodeToString(sum[:8]))
	return b.String()
}

// cleanURL returns u as FollowTheMoney's cleaning of URLs leaves it, so
// that an export read back through FollowTheMoney is unchanged: a URL
// with no path gets the path "/" ("https://icro.ir" becomes
// "https://icro.ir/").
func cleanURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Path != "" || p.Opaque != "" || p.Host == "" {
		return u
	}
	prefix := p.Scheme + "://"
	if p.User != nil {
		prefix += p.User.String() + "@"
	}
	prefix += p.Host
	if !strings.HasPrefix(u, prefix) {
		return u
	}
	return prefix + "/" + u[len(prefix):]
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// simpleID reports whether id is letters and digits joined by single
// hyphens.
func simpleID(id string) bool {
	if id == "" || !isAlnum(id[0]) || !isAlnum(id[len(id)-1]) {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !isAlnum(c) && (c != '-' || id[i+1] == '-') {
			return false
		}
	}
	return true
}

// derivedID returns the ID of an entity of kind derived from parts:
// "amity--", the kind, and "-" and the part itself (see idPart) for one
// part, or "--" and 16 hex digits of the SHA-256 of the parts for
// several.
func derivedID(kind string, parts ...string) string {
	if len(parts) == 1 {
		return "amity--" + kind + "-" + idPart(parts[0])
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return "amity--" + kind + "--" + hex.EncodeToString(sum[:8])
}

// Export writes r to w as FollowTheMoney entities, one JSON object a line
// in order of entity ID, so that the same records give the same bytes.
// See the package documentation for the mapping and the IDs.
//
// Export does not validate r: run relations.Validate first. A reference
// that names nothing is written as it is. Export fails when w does, when
// a string is not valid UTF-8, which valid records never hold, and when r
// is nil.
//
// For a [relations.Dataset], [ExportDataset] writes the same bytes with
// one meeting rebuilt at a time.
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
	x.emitAll(x.meetings)
	slices.SortStableFunc(x.out, func(a, b *Entity) int { return strings.Compare(a.ID, b.ID) })
	return x.out
}

// emitAll emits the entities of every kind, kind by kind, the order in
// which [Entities] sorts them, stably, by ID; meetings emits those of
// the meetings.
func (x *exporter) emitAll(meetings func()) {
	x.states()
	x.ministries()
	x.organizations()
	x.officials()
	x.groups()
	x.visits()
	meetings()
	x.initiatives()
	x.ties()
	x.agreements()
	x.culturalEvents()
}

type exporter struct {
	r          *relations.Records
	out        []*Entity
	sources    map[amity.SourceID]amity.Source
	names      map[string]string       // amity ID -> name, of states, ministries, organizations, officials and groups
	stateOf    map[string]orgs.StateID // ministry or organization ID -> its state
	postStates map[orgs.OfficialID][]orgs.StateID
	byID       map[orgs.OfficialID]*orgs.Official // the first official of each ID
}

func newExporter(r *relations.Records) *exporter {
	x := &exporter{
		r:          r,
		sources:    map[amity.SourceID]amity.Source{},
		names:      map[string]string{},
		stateOf:    map[string]orgs.StateID{},
		postStates: map[orgs.OfficialID][]orgs.StateID{},
		byID:       map[orgs.OfficialID]*orgs.Official{},
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
	for i, o := range r.Officials {
		x.names[string(o.ID)] = o.Label()
		if _, dup := x.byID[o.ID]; !dup {
			x.byID[o.ID] = &r.Officials[i]
		}
	}
	for _, g := range r.Groups {
		x.names[string(g.ID)] = g.Label()
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
			e.add("sourceUrl", cleanURL(s.URL))
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

// annotate adds an entity's note, and a line for each field marked
// uncertain ("uncertain: date (inferred): ..."), to property prop of e:
// notes, or description for schemas that have no notes.
func annotate(e *Entity, prop, note string, u amity.Uncertainty) {
	e.add(prop, note)
	for _, f := range u.Fields() {
		q := u[f]
		e.add(prop, "uncertain: "+f+" ("+string(q.Basis)+"): "+q.Reason)
	}
}

// link writes an UnknownLink of kind from the entity subject to object,
// both amity IDs, with role, citing sources; its ID is derived from kind
// and subject.
func (x *exporter) link(kind, subject, object, role string, sources []amity.SourceID, fieldSources []amity.SourceID) {
	if object == "" {
		return
	}
	l := x.emit(newEntity(derivedID(kind, subject), "UnknownLink"))
	l.add("subject", ID(subject))
	l.add("object", ID(object))
	l.add("role", role)
	x.cite(l, sources, nil)
	x.cite(l, fieldSources, nil)
}

// linkTo writes an UnknownLink of kind from the entity subject to one of
// several objects, both amity IDs, with role, citing sources; its ID is
// derived from kind, subject and object.
func (x *exporter) linkTo(kind, subject, object, role string, sources []amity.SourceID, fieldSources []amity.SourceID) {
	l := x.emit(newEntity(derivedID(kind, subject, object), "UnknownLink"))
	l.add("subject", ID(subject))
	l.add("object", ID(object))
	l.add("role", role)
	x.cite(l, sources, nil)
	x.cite(l, fieldSources, nil)
}

// stateOfBody returns the state of a party or organiser: the state
// itself, or the state of the ministry or organization.
func (x *exporter) stateOfBody(b orgs.Body) orgs.StateID {
	if b.State != "" {
		return b.State
	}
	return x.stateOf[b.ID()]
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

// nameProps adds the names n to e, and fallback as its name when n has
// none (an entity's label, or its amity ID): FollowTheMoney requires a
// name.
func nameProps(e *Entity, n amity.Names, fallback string) {
	e.add("name", cmp.Or(n.Name, fallback))
	e.add("alias", n.Aliases...)
	for _, lang := range slices.Sorted(maps.Keys(n.LocalNames)) {
		e.add("alias", n.LocalNames[lang])
	}
}

func (x *exporter) states() {
	for _, s := range x.r.States {
		e := x.emit(newEntity(ID(string(s.ID)), "PublicBody"))
		nameProps(e, s.Names, string(s.ID))
		e.add("country", country(s.ID))
		e.add("jurisdiction", country(s.ID))
		e.add("topics", "gov.national")
		e.add("wikidataId", s.Wikidata)
		annotate(e, "notes", s.Note, s.Uncertain)
		x.cite(e, s.Sources, s.FieldSources)
	}
}

func (x *exporter) ministries() {
	for _, m := range x.r.Ministries {
		e := x.emit(newEntity(ID(string(m.ID)), "PublicBody"))
		nameProps(e, m.Names, string(m.ID))
		e.add("country", country(m.State))
		e.add("jurisdiction", country(m.State))
		e.add("classification", "ministry")
		for _, p := range m.Portfolios {
			e.add("sector", string(p))
		}
		e.add("topics", "gov.national", "gov.executive")
		e.add("website", cleanURL(m.URL))
		e.add("wikidataId", m.Wikidata)
		annotate(e, "notes", m.Note, m.Uncertain)
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
		nameProps(e, o.Names, string(o.ID))
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
		e.add("website", cleanURL(o.URL))
		e.add("wikidataId", o.Wikidata)
		annotate(e, "notes", o.Note, o.Uncertain)
		x.cite(e, o.Sources, o.FieldSources)
		x.link("accredited-to", string(o.ID), string(o.HostState), "accredited to", o.Sources, o.FieldSources.For("host_state"))
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
		nameProps(e, o.Names, o.Label())
		e.add("title", o.Honorific)
		e.add("wikidataId", o.Wikidata)
		annotate(e, "notes", o.Note, o.Uncertain)
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

func (x *exporter) groups() {
	for _, g := range x.r.Groups {
		e := x.emit(newEntity(ID(string(g.ID)), "Organization"))
		nameProps(e, g.Names, cmp.Or(g.Label(), string(g.ID)))
		e.add("classification", "group", string(g.Kind))
		if g.State != "" {
			e.add("country", country(g.State))
		}
		if size := g.Size.String(); size != "" {
			e.add("description", size+" people")
		}
		annotate(e, "notes", g.Note, g.Uncertain)
		x.cite(e, g.Sources, g.FieldSources)
		parent, field := string(g.Ministry), "ministry"
		if g.Organization != "" {
			parent, field = string(g.Organization), "organization"
		}
		if parent == "" {
			parent, field = string(g.State), "state"
		}
		if parent != "" {
			x.partOf(string(g.ID), parent, "group of", g.Sources, g.FieldSources.For(field))
		}
		for _, m := range []struct {
			role, field string
			ids         []orgs.OfficialID
		}{{"leader", "leaders", g.Leaders}, {"member", "members", g.Members}} {
			for _, id := range m.ids {
				ms := x.emit(newEntity(derivedID("member", string(g.ID), string(id), m.role), "Membership"))
				ms.add("member", ID(string(id)))
				ms.add("organization", e.ID)
				ms.add("role", m.role)
				x.cite(ms, g.Sources, nil)
				x.cite(ms, g.FieldSources.For(m.field), nil)
			}
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
		e.add("name", "Visit of "+x.list(append(ids(v.Visitors), ids(v.Groups)...))+" to "+x.name(string(v.Host)))
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
		for _, id := range v.Groups {
			e.add("involved", ID(string(id)))
		}
		e.add("involved", ID(string(v.Guest)))
		e.add("summary", v.Note)
		annotate(e, "notes", "", v.Uncertain)
		e.add("keywords", string(v.Occasion))
		e.add("keywords", codes(v.Codes)...)
		x.cite(e, v.Sources, v.FieldSources)
	}
}

func (x *exporter) meetings() {
	for i := range x.r.Meetings {
		x.emit(x.meeting(&x.r.Meetings[i]))
	}
}

// meeting returns the Event of meeting m.
func (x *exporter) meeting(m *events.Meeting) *Entity {
	e := newEntity(ID(string(m.ID)), "Event")
	name := m.Title
	if name == "" {
		name = "Meeting of " + x.list(actors(m.Participants))
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
	for _, a := range actors(m.Participants) {
		e.add("involved", ID(a))
	}
	for _, s := range m.States() {
		e.add("involved", ID(string(s)))
	}
	if m.Commission != "" {
		e.add("involved", ID(string(m.Commission)))
		session := "session of " + x.name(string(m.Commission))
		if m.Session > 0 {
			session = "session " + strconv.Itoa(m.Session) + " of " + x.name(string(m.Commission))
		}
		e.add("keywords", session)
	}
	e.add("summary", m.Summary)
	e.add("keywords", ids(m.Topics)...)
	e.add("keywords", codes(m.Codes)...)
	for _, p := range m.Participants {
		if p.Role != "" && p.Role != events.RoleAttendee && p.Actor() != "" {
			e.add("notes", x.name(p.Actor())+" took part as "+strings.ReplaceAll(string(p.Role), "_", " "))
		}
	}
	for _, s := range m.Statements {
		e.add("notes", x.statement(s))
	}
	annotate(e, "notes", m.Note, m.Uncertain)
	x.cite(e, m.Sources, m.FieldSources)
	for _, s := range m.Statements {
		x.cite(e, s.Sources, nil)
	}
	return e
}

// actors returns the IDs of the officials and groups that take part, in
// order, leaving out a participant that names neither.
func actors(ps []events.Participant) []string {
	var out []string
	for _, p := range ps {
		if a := p.Actor(); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// statement writes a statement as a line of notes: "Anar Karimov
// stressed: ...", `Anar Karimov said: "..."`, or, for the source's own
// assessment, "The source noted: ...".
func (x *exporter) statement(s events.Statement) string {
	var b strings.Builder
	speakers := x.list(append(ids(s.Speakers), ids(s.Groups)...))
	if speakers == "" {
		speakers = "The source"
	}
	b.WriteString(speakers)
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
		annotate(e, "notes", in.Note, in.Uncertain)
		x.cite(e, in.Sources, in.FieldSources)
		for _, h := range in.History {
			x.cite(e, h.Sources, nil)
		}
		// participate writes a ProjectParticipant for each of who, citing
		// the initiative's sources and those cited for its field.
		participate := func(role, field string, who []string) {
			for _, id := range who {
				x.participate(string(in.ID), role, id, in.Sources, in.FieldSources.For(field))
			}
		}
		participate("party", "parties", ids(in.Parties))
		participate("organization", "organizations", ids(in.Organizations))
		participate("proposer", "proposed_by", ids(in.ProposedBy))
		participate("proposer", "proposed_by_groups", ids(in.ProposedByGroups))
		participate("leader", "led_by", ids(in.LedBy))
		for _, a := range in.Agreements {
			x.linkTo("agreement", string(in.ID), string(a), "under", in.Sources, in.FieldSources.For("agreements"))
		}
		for _, r := range in.Related {
			x.linkTo("related", string(in.ID), string(r), "related to", in.Sources, in.FieldSources.For("related"))
		}
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
		annotate(e, "description", t.Note, t.Uncertain)
		x.cite(e, t.Sources, t.FieldSources)
	}
}

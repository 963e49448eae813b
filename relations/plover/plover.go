// Package plover writes amity's visits, meetings and statements as PLOVER
// event records, in JSON Lines: one record a line, as the PLOVER manual
// recommends (Open Event Data Alliance, "PLOVER: Political Language
// Ontology for Verifiable Event Records", draft 0.8, chapter "Data
// Fields"). PLOVER is the successor of CAMEO in event-data research.
//
// # Records
//
// Each visit and each meeting is a record, and so is each statement that
// expresses an intention or a proposal. The fields are the manual's:
//
//   - id: the visit's or meeting's ID; the statement's ID, or
//     "MEETING/INDEX" for a statement without one.
//   - date: "YYYY-MM-DD". A date amity knows only to the month or year is
//     written as its first day, and the extension field date_precision
//     says "month" or "year". enddate is a visit's end, as its last day.
//   - source and recipient: lists of actors. An actor is an official: code
//     the ISO 3166-1 alpha-3 code of the state the official represents
//     ("IGO" for an official of an intergovernmental organization), sector
//     from the body of the official's post (GOV for a state, a ministry, a
//     government agency or a regional authority; LEG, EDU, JRN, REL, BUS,
//     or CVL for other bodies), actor_text the name, office the post's
//     title, identifier_id the Wikidata item. The manual's coding rules
//     hold: in a visit, the visitors are the source and the host state (an
//     actor with sector GOV) the recipient; in a meeting with a host, the
//     participants of other states are the source and the host's the
//     recipient; a meeting without a host has every participant as source
//     and no recipient. A statement's source is its speakers, and its
//     recipient the participants of the other states, when the speakers
//     are of one state.
//   - event: the PLOVER event types of the event codes (the type each
//     CAMEO code maps to where none is given), CONSULT for a visit or a
//     meeting without codes, and AGREE for a statement: PLOVER codes an
//     intention, offer or proposal to cooperate as AGREE, future tense
//     included. A statement is such when its verb is proposed, suggested,
//     agreed or invited, or when an initiative of cooperation (of any
//     kind but a domestic programme) names it as one that raised it;
//     other statements are comments, which PLOVER, unlike CAMEO (cue
//     category 01), does not code, and they are not written.
//   - quad_code: 1 to 4, when the event types share one quad category.
//   - mode: the modes of the codes; "visit" for a visit, and for a meeting
//     held during a visit with a host, where the visitor is the source and
//     the host the recipient.
//   - context: "diplomatic". PLOVER has no context for culture; the
//     cultural subject is carried by the extension field topics (amity's
//     topics, such as "literature" or "cultural_centres") and by
//     event_text.
//   - event_text: the title and summary of a meeting, the note of a visit,
//     the summary and quote of a statement.
//   - event_loc: the city and country of a meeting's place, or a visit's
//     first place, with the GeoNames field names "name", "country code"
//     (alpha-2) and the manual's "cc3" (alpha-3).
//   - link: the visit a record belongs to, or the meeting a statement was
//     made at, so that related records share it.
//   - cite_info: the first source of the record: url, title, publication
//     (the publisher), language (a two-letter ISO 639-1 code), citation
//     (author, title, publisher and date).
//   - comment: that the speakers or the date of the record are inferred.
//
// Beyond the manual's fields, which it allows, a record has cameo, the
// CAMEO codes of the visit or meeting, kept for users of CAMEO archives;
// topics; and date_precision.
//
// What PLOVER cannot carry is left out: statements that are comments;
// states, ministries and organizations but as actor codes and sectors;
// initiatives, ties and memberships; sources but the first of each record;
// the reporting verb; the places of a visit but the first.
package plover

import (
	"cmp"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// Record is one PLOVER event record.
type Record struct {
	ID            string    `json:"id"`
	Date          string    `json:"date"`
	EndDate       string    `json:"enddate,omitempty"`
	Source        []Actor   `json:"source"`
	Recipient     []Actor   `json:"recipient,omitempty"`
	Event         []string  `json:"event"`
	QuadCode      int       `json:"quad_code,omitempty"`
	Mode          []string  `json:"mode,omitempty"`
	Context       []string  `json:"context"`
	EventText     []string  `json:"event_text,omitempty"`
	EventLoc      *Location `json:"event_loc,omitempty"`
	Link          string    `json:"link,omitempty"`
	CiteInfo      *CiteInfo `json:"cite_info,omitempty"`
	Comment       string    `json:"comment,omitempty"`
	CAMEO         []string  `json:"cameo,omitempty"`
	Topics        []string  `json:"topics,omitempty"`
	DatePrecision string    `json:"date_precision,omitempty"`
}

// Actor is a PLOVER actor: who acts, or is acted upon.
type Actor struct {
	Code         string `json:"code"`
	Sector       string `json:"sector,omitempty"`
	ActorText    string `json:"actor_text,omitempty"`
	IdentifierID string `json:"identifier_id,omitempty"`
	Office       string `json:"office,omitempty"`
}

// Location is a PLOVER location: a subset of the GeoNames fields, with
// the manual's cc3.
type Location struct {
	Name        string `json:"name,omitempty"`
	CountryCode string `json:"country code"`
	CC3         string `json:"cc3"`
}

// CiteInfo is a PLOVER citation.
type CiteInfo struct {
	Citation    string `json:"citation,omitempty"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language,omitempty"`
	Publication string `json:"publication,omitempty"`
}

// Context is the PLOVER context of every record amity writes.
const Context = "diplomatic"

// Export writes the visits, meetings and proposing statements of r to w
// as PLOVER records, one JSON object a line, in order of record ID, so
// that the same records give the same bytes. See the package
// documentation for the fields.
//
// Export does not validate r: run relations.Validate first. An actor whose
// state has no ISO 3166-1 code is written with the code as given. Export
// fails when w does, when a string is not valid UTF-8, which valid
// records never hold, and when r is nil.
func Export(w io.Writer, r *relations.Records) error {
	if r == nil {
		return errors.New("plover: exporting: nil *relations.Records")
	}
	enc := jsoncodec.NewEncoder(w, "")
	for _, rec := range Records(r) {
		if err := jsoncodec.MarshalEncode(enc, rec); err != nil {
			return err
		}
	}
	return nil
}

// Records returns the records [Export] writes, in order of ID; none for
// a nil r.
func Records(r *relations.Records) []Record {
	if r == nil {
		return nil
	}
	x := newExporter(r)
	var out []Record
	for _, v := range r.Visits {
		out = append(out, x.visit(v))
	}
	for _, m := range r.Meetings {
		out = append(out, x.meeting(m))
		for i, s := range m.Statements {
			if x.proposes(s) {
				out = append(out, x.statement(m, i))
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Record) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

type exporter struct {
	sources   map[amity.SourceID]amity.Source
	officials map[orgs.OfficialID]*orgs.Official
	orgKinds  map[orgs.OrganizationID]orgs.OrganizationKind
	raised    map[events.StatementID]bool // statements an initiative of cooperation names
}

func newExporter(r *relations.Records) *exporter {
	x := &exporter{
		sources:   map[amity.SourceID]amity.Source{},
		officials: map[orgs.OfficialID]*orgs.Official{},
		orgKinds:  map[orgs.OrganizationID]orgs.OrganizationKind{},
		raised:    map[events.StatementID]bool{},
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
	for _, o := range r.Organizations {
		x.orgKinds[o.ID] = o.Kind
	}
	for _, in := range r.Initiatives {
		if in.Kind == cooperation.KindDomestic {
			continue
		}
		for _, s := range in.Statements {
			x.raised[s] = true
		}
	}
	return x
}

// proposes reports whether a statement expresses an intention or a
// proposal to cooperate: PLOVER's AGREE. A statement that raised a
// domestic programme does not; it is a comment.
func (x *exporter) proposes(s events.Statement) bool {
	switch s.Verb {
	case events.VerbProposed, events.VerbSuggested, events.VerbAgreed, events.VerbInvited:
		return true
	}
	return s.ID != "" && x.raised[s.ID]
}

// alpha3 returns the alpha-3 code of a state, or the code as given.
func alpha3(s orgs.StateID) string {
	if a, ok := iso3166.Alpha3(string(s)); ok {
		return a
	}
	return string(s)
}

// sector returns the PLOVER sector of the body a post belongs to, and
// whether the post is in an intergovernmental organization, whose
// officials have the actor code IGO.
func (x *exporter) sector(p orgs.Post) (sector string, igo bool) {
	switch {
	case p.State != "", p.Ministry != "":
		return "GOV", false
	case p.Organization != "":
		switch x.orgKinds[p.Organization] {
		case orgs.KindGovernmentAgency, orgs.KindSubnationalAuthority:
			return "GOV", false
		case orgs.KindLegislature:
			return "LEG", false
		case orgs.KindEducational:
			return "EDU", false
		case orgs.KindMedia:
			return "JRN", false
		case orgs.KindReligious:
			return "REL", false
		case orgs.KindBusiness:
			return "BUS", false
		case orgs.KindCulturalInstitution, orgs.KindNonGovernmental:
			return "CVL", false
		case orgs.KindIntergovernmental:
			return "", true
		}
	}
	return "", false
}

// actor returns the actor of an official who represents state, in the
// post with ID post, or, without one, in the post of that official that
// covers date, if there is exactly one.
func (x *exporter) actor(id orgs.OfficialID, state orgs.StateID, post orgs.PostID, date amity.Date) Actor {
	a := Actor{Code: alpha3(state), ActorText: string(id)}
	o, ok := x.officials[id]
	if !ok {
		return a
	}
	a.ActorText = o.Name
	a.IdentifierID = o.Wikidata
	var p orgs.Post
	if post != "" {
		p, ok = o.Post(post)
	} else if covering := o.PostsOn(date); len(covering) == 1 {
		p, ok = covering[0], true
	} else {
		ok = false
	}
	if ok {
		a.Office = p.Title
		sector, igo := x.sector(p)
		a.Sector = sector
		if igo {
			a.Code = "IGO"
		}
	}
	return a
}

// dates sets the date, enddate and date_precision of rec.
func dates(rec *Record, start, end amity.Date) {
	rec.Date = start.First().String()
	if p := start.Precision(); p != amity.PrecisionDay {
		rec.DatePrecision = p.String()
	}
	if !end.IsZero() {
		rec.EndDate = end.Last().String()
	}
}

// cite returns the citation of the first of the sources ids.
func (x *exporter) cite(ids ...[]amity.SourceID) *CiteInfo {
	for _, list := range ids {
		for _, id := range list {
			s, ok := x.sources[id]
			if !ok {
				continue
			}
			c := &CiteInfo{URL: s.URL, Title: s.Title, Publication: s.Publisher}
			if lang, _, _ := strings.Cut(s.Language, "-"); len(lang) == 2 {
				c.Language = lang
			}
			var parts []string
			for _, p := range []string{s.Author, quoteTitle(s.Title), s.Publisher, s.Published.String()} {
				if p != "" {
					parts = append(parts, p)
				}
			}
			c.Citation = strings.Join(parts, ", ")
			return c
		}
	}
	return nil
}

func quoteTitle(t string) string {
	if t == "" {
		return ""
	}
	return strconv.Quote(t)
}

// codes returns the PLOVER event types and modes of event codes, each
// once, in order, and the CAMEO codes.
func codes(cs []events.EventCode) (types, modes, cameo []string) {
	for _, c := range cs {
		cameo = append(cameo, string(c.CAMEO))
		ev, mode := c.PLOVER, c.Mode
		if ev == "" {
			ev, mode = c.CAMEO.PLOVER()
		}
		if ev != "" && !slices.Contains(types, string(ev)) {
			types = append(types, string(ev))
		}
		if mode != "" && !slices.Contains(modes, string(mode)) {
			modes = append(modes, string(mode))
		}
	}
	return types, modes, cameo
}

// quad returns the PLOVER quad category shared by the event types, or 0.
func quad(types []string) int {
	q := 0
	for _, t := range types {
		var n int
		switch events.PLOVEREvent(t) {
		case events.PLOVERAgree, events.PLOVERConsult, events.PLOVERSupport, events.PLOVERConcede:
			n = 1
		case events.PLOVERCooperate, events.PLOVERAid, events.PLOVERRetreat:
			n = 2
		case events.PLOVERRequest, events.PLOVERAccuse, events.PLOVERReject, events.PLOVERThreaten:
			n = 3
		case events.PLOVERProtest, events.PLOVERSanction, events.PLOVERMobilize, events.PLOVERCoerce, events.PLOVERAssault:
			n = 4
		}
		if q != 0 && n != q {
			return 0
		}
		q = n
	}
	return q
}

func location(p orgs.Place) *Location {
	if p.Country == "" {
		return nil
	}
	return &Location{Name: p.City, CountryCode: string(p.Country), CC3: alpha3(p.Country)}
}

// texts returns the non-empty texts, nil if there are none.
func texts(ts ...string) []string {
	ts = slices.DeleteFunc(ts, func(s string) bool { return s == "" })
	if len(ts) == 0 {
		return nil
	}
	return ts
}

// strs returns list as strings, nil if it is empty.
func strs[T ~string](list []T) []string {
	if len(list) == 0 {
		return nil
	}
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

func (x *exporter) visit(v events.Visit) Record {
	rec := Record{ID: string(v.ID), Context: []string{Context}, Link: string(v.ID), EventText: texts(v.Note)}
	dates(&rec, v.Start, v.End)
	for _, id := range v.Visitors {
		rec.Source = append(rec.Source, x.actor(id, v.Guest, "", v.Start))
	}
	rec.Recipient = []Actor{{Code: alpha3(v.Host), Sector: "GOV"}}
	rec.Event, rec.Mode, rec.CAMEO = codes(v.Codes)
	if len(rec.Event) == 0 {
		rec.Event = []string{string(events.PLOVERConsult)}
	}
	if slices.Contains(rec.Event, string(events.PLOVERConsult)) && !slices.Contains(rec.Mode, string(events.PLOVERModeVisit)) {
		rec.Mode = append(rec.Mode, string(events.PLOVERModeVisit))
	}
	rec.QuadCode = quad(rec.Event)
	if len(v.Places) > 0 {
		rec.EventLoc = location(v.Places[0])
	}
	rec.CiteInfo = x.cite(v.Sources)
	return rec
}

func (x *exporter) meeting(m events.Meeting) Record {
	rec := Record{ID: string(m.ID), Context: []string{Context}, EventText: texts(m.Title, m.Summary), Topics: strs(m.Topics)}
	dates(&rec, m.Date, amity.Date{})
	rec.Link = string(m.Visit)
	if rec.Link == "" {
		rec.Link = string(m.ID)
	}
	for _, p := range m.Participants {
		a := x.actor(p.Official, p.State, p.Post, m.Date)
		if m.Host != "" && p.State == m.Host {
			rec.Recipient = append(rec.Recipient, a)
			continue
		}
		rec.Source = append(rec.Source, a)
	}
	if len(rec.Source) == 0 {
		rec.Source, rec.Recipient = rec.Recipient, nil
	}
	hosted := len(rec.Recipient) > 0
	rec.Event, rec.Mode, rec.CAMEO = codes(m.Codes)
	if len(rec.Event) == 0 {
		rec.Event = []string{string(events.PLOVERConsult)}
	}
	if m.Visit != "" && hosted && len(rec.Mode) == 0 && slices.Contains(rec.Event, string(events.PLOVERConsult)) {
		rec.Mode = []string{string(events.PLOVERModeVisit)}
	}
	rec.QuadCode = quad(rec.Event)
	if !m.Place.IsZero() {
		rec.EventLoc = location(m.Place)
	}
	rec.CiteInfo = x.cite(m.Sources)
	return rec
}

// statement returns the AGREE record of statement i of meeting m.
func (x *exporter) statement(m events.Meeting, i int) Record {
	s := m.Statements[i]
	id := string(s.ID)
	if id == "" {
		id = string(m.ID) + "/" + strconv.Itoa(i)
	}
	rec := Record{ID: id, Context: []string{Context}, Event: []string{string(events.PLOVERAgree)}, QuadCode: 1,
		EventText: texts(s.Summary, s.Quote), Topics: strs(s.Topics), Link: string(m.Visit)}
	if rec.Link == "" {
		rec.Link = string(m.ID)
	}
	dates(&rec, m.Date, amity.Date{})
	speaking := map[orgs.OfficialID]bool{}
	var states []orgs.StateID
	for _, sp := range s.Speakers {
		speaking[sp] = true
	}
	for _, p := range m.Participants {
		if speaking[p.Official] {
			rec.Source = append(rec.Source, x.actor(p.Official, p.State, p.Post, m.Date))
			if !slices.Contains(states, p.State) {
				states = append(states, p.State)
			}
		}
	}
	if len(states) == 1 {
		for _, p := range m.Participants {
			if p.State != states[0] {
				rec.Recipient = append(rec.Recipient, x.actor(p.Official, p.State, p.Post, m.Date))
			}
		}
	}
	if s.SpeakersInferred {
		rec.Comment = "The speaker is inferred from the context: the source does not name it."
	}
	rec.CiteInfo = x.cite(s.Sources, m.Sources)
	return rec
}

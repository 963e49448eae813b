package ftm

import (
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
)

// participate writes a ProjectParticipant of the amity entity who in the
// project with amity ID project, with role, citing sources; its ID is
// derived from the project, the role and who.
func (x *exporter) participate(project, role, who string, sources ...[]amity.SourceID) *Entity {
	pp := x.emit(newEntity(derivedID("participant", project, role, who), "ProjectParticipant"))
	pp.add("project", ID(project))
	pp.add("participant", ID(who))
	pp.add("role", role)
	for _, s := range sources {
		x.cite(pp, s, nil)
	}
	return pp
}

// agreementNotes adds to e, the Project of agreement a, the notes of
// what FollowTheMoney has no property for: where and when it was signed,
// its term and renewal, and its publications.
func (x *exporter) agreementNotes(e *Entity, a cooperation.Agreement) {
	if !a.Signed.IsZero() || !a.Place.IsZero() {
		signed := "signed"
		if !a.Signed.IsZero() {
			signed += " " + a.Signed.String()
		}
		if !a.Place.IsZero() {
			signed += " in " + x.location(a.Place)
		}
		e.add("notes", signed)
	}
	if term := a.Duration.String(); term != "" {
		e.add("notes", "term: "+term)
	}
	if a.Renewal != "" {
		e.add("notes", "renewal: "+strings.ReplaceAll(string(a.Renewal), "_", " "))
	}
	for _, p := range a.Publications {
		var pub strings.Builder
		pub.WriteString("published in " + p.In)
		for _, v := range []string{p.Date.String(), p.Language, p.URL} {
			if v != "" {
				pub.WriteString(", " + v)
			}
		}
		e.add("notes", pub.String())
	}
}

func (x *exporter) agreements() {
	for _, a := range x.r.Agreements {
		id := string(a.ID)
		e := x.emit(newEntity(ID(id), "Project"))
		e.add("name", a.Title)
		e.add("alias", a.ShortTitle)
		e.add("date", a.Signed.String())
		e.add("startDate", a.InForce().String())
		e.add("endDate", a.End().String())
		if !a.Terminated.IsZero() {
			e.add("status", "terminated")
		}
		e.add("keywords", string(a.Kind))
		e.add("keywords", ids(a.Topics)...)
		for _, p := range a.Parties {
			e.add("country", country(x.stateOfBody(p)))
		}
		for _, p := range a.Provisions {
			e.add("goal", strings.TrimSpace(p.Summary+" "+quoted(p.Quote)))
		}
		x.agreementNotes(e, a)
		annotate(e, "notes", a.Note, a.Uncertain)
		x.cite(e, a.Sources, a.FieldSources)
		for _, p := range a.Parties {
			if !p.IsZero() {
				x.participate(id, "party", p.ID(), a.Sources, a.FieldSources.For("parties"))
			}
		}
		for _, s := range a.Signatories {
			who := string(s.Official)
			date := s.Date
			if date.IsZero() {
				date = a.Signed
			}
			described := "for " + x.name(s.For.ID())
			if o, ok := x.byID[s.Official]; ok {
				if p, ok := o.Post(s.Post); ok {
					described = p.Title + ", " + described
				}
			}
			pp := x.participate(id, "signatory", who, a.Sources, a.FieldSources.For("signatories"))
			pp.add("date", date.String())
			pp.add("description", described)
			if s.For.IsZero() {
				continue
			}
			rep := x.emit(newEntity(derivedID("signatory", id, who, s.For.ID()), "Representation"))
			rep.add("agent", ID(who))
			rep.add("client", ID(s.For.ID()))
			rep.add("role", "signatory")
			rep.add("date", date.String())
			rep.add("description", a.Title)
			x.cite(rep, a.Sources, nil)
			x.cite(rep, a.FieldSources.For("signatories"), nil)
		}
		x.link("signed-at", id, string(a.Meeting), "signed at", a.Sources, a.FieldSources.For("meeting"))
		x.link("parent", id, string(a.Parent), string(a.Relation), a.Sources, a.FieldSources.For("parent"))
	}
}

func quoted(s string) string {
	if s == "" {
		return ""
	}
	return "\"" + s + "\""
}

func (x *exporter) culturalEvents() {
	for _, ev := range x.r.Events {
		id := string(ev.ID)
		e := x.emit(newEntity(ID(id), "Event"))
		e.add("name", ev.Title)
		span := ev.Planned
		if ev.Status() == cooperation.EventHeld && !ev.Held.IsZero() {
			span = ev.Held
		}
		e.add("date", span.Start.String())
		e.add("startDate", span.Start.String())
		e.add("endDate", span.End.String())
		for _, p := range ev.Places {
			e.add("location", x.location(p))
			e.add("country", country(p.Country))
		}
		e.add("country", country(ev.Host))
		for _, s := range ev.States {
			e.add("country", country(s))
		}
		for _, o := range ev.Organisers {
			if !o.IsZero() {
				e.add("organizer", ID(o.ID()))
			}
		}
		for _, s := range ev.States {
			e.add("involved", ID(string(s)))
		}
		for _, g := range ev.Groups {
			e.add("involved", ID(string(g)))
		}
		e.add("keywords", string(ev.Kind))
		if ev.Edition > 0 {
			e.add("keywords", "edition "+strconv.Itoa(ev.Edition))
		}
		e.add("keywords", string(ev.Recurs))
		e.add("keywords", ids(ev.Topics)...)
		e.add("summary", ev.Note)
		if ev.Status() == cooperation.EventHeld && !ev.Planned.IsZero() {
			e.add("notes", "planned: "+spanText(ev.Planned))
		}
		if l := ev.Length.String(); l != "" {
			e.add("notes", "lasts "+l)
		}
		for _, h := range ev.History {
			note := h.Date.String() + ": " + string(h.Status)
			if h.Date.IsZero() {
				note = string(h.Status)
			}
			if h.Note != "" {
				note += ": " + h.Note
			}
			e.add("notes", note)
		}
		annotate(e, "notes", "", ev.Uncertain)
		x.cite(e, ev.Sources, ev.FieldSources)
		for _, h := range ev.History {
			x.cite(e, h.Sources, nil)
		}
		x.link("under", id, string(ev.Agreement), "under", ev.Sources, ev.FieldSources.For("agreement"))
		x.link("initiative", id, string(ev.Initiative), "part of", ev.Sources, ev.FieldSources.For("initiative"))
		x.link("announced-at", id, string(ev.Meeting), "announced at", ev.Sources, ev.FieldSources.For("meeting"))
	}
}

// spanText writes a span as "2024-09", "2024-09-20 to 2024-09-26" or
// "to 2024-09".
func spanText(s cooperation.Span) string {
	switch {
	case s.End.IsZero():
		return s.Start.String()
	case s.Start.IsZero():
		return "to " + s.End.String()
	}
	return s.Start.String() + " to " + s.End.String()
}

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// report writes the story as text: every fact is read back from the
// dataset through its queries, so that the report shows what the library
// holds, not what this program was told.
func report(w io.Writer, d *relations.Dataset) error {
	p := &printer{w: w, d: d}
	p.printf("Laos and Cambodia: the memorandum on cultural cooperation of December 2010\n")
	p.sources()
	p.agreement()
	p.events()
	p.initiatives()
	p.meetings()
	p.members()
	p.uncertain()
	return p.err
}

// printer writes the report, keeping the first write error.
type printer struct {
	w   io.Writer
	d   *relations.Dataset
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) heading(title string) { p.printf("\n%s\n", title) }

func (p *printer) field(label, value string) {
	if value != "" {
		p.printf("  %-18s %s\n", label+":", value)
	}
}

func (p *printer) sources() {
	p.heading("Sources")
	for _, id := range []amity.SourceID{kplnews.KPL, kplnews.Blog} {
		s, _ := p.d.Source(id)
		line := s.Publisher + ", " + fmt.Sprintf("%q", s.Title)
		if !s.Published.IsZero() {
			line += ", " + s.Published.String()
		}
		p.printf("  [%s] %s\n", s.ID, line)
		if s.URL != "" {
			p.printf("      %s\n", s.URL)
		}
		for _, c := range s.Cites {
			p.printf("      relays [%s]\n", c)
		}
	}
}

func (p *printer) stateName(s orgs.StateID) string {
	if st, ok := p.d.State(s); ok {
		return st.Name
	}
	return string(s)
}

// body names a state, ministry or organization.
func (p *printer) body(b orgs.Body) string {
	switch {
	case b.Ministry != "":
		if m, ok := p.d.Ministry(b.Ministry); ok {
			return m.Name + " (" + p.stateName(m.State) + ")"
		}
	case b.Organization != "":
		if o, ok := p.d.Organization(b.Organization); ok {
			return o.Name
		}
	}
	return p.stateName(b.State)
}

// official names an official, with the title of the given post.
func (p *printer) official(id orgs.OfficialID, post orgs.PostID) string {
	o, ok := p.d.Official(id)
	if !ok {
		return string(id)
	}
	if ps, ok := o.Post(post); ok {
		return o.Label() + ", " + ps.Title
	}
	return o.Label()
}

func (p *printer) agreement() {
	a, _ := p.d.Agreement(kplnews.MOU)
	p.heading("The memorandum of understanding")
	p.field("Title", a.Title+" ("+a.ShortTitle+")")
	p.field("Kind", string(a.Kind))
	p.field("Signed", a.Signed.String()+", in "+a.Place.City+", "+p.stateName(a.Place.Country))
	var parties []string
	for _, b := range a.Parties {
		parties = append(parties, p.body(b))
	}
	p.field("Parties", strings.Join(parties, "; "))
	for i, s := range a.Signatories {
		label := ""
		if i == 0 {
			label = "Signatories"
		}
		p.printf("  %-18s %s, for the %s\n", label+map[bool]string{true: ":", false: " "}[label != ""], p.official(s.Official, s.Post), p.body(s.For))
	}
	p.field("Entry into force", orNot(a.InForce().String()))
	p.field("Term", orNot(a.Duration.String()))
	p.field("Renewal", orNot(string(a.Renewal)))
	src, _ := p.d.Source(kplnews.KPL)
	p.field("Status", "on "+src.Published.String()+", the day of the report: "+string(a.StatusOn(src.Published)))
	p.printf("  Fields of cooperation, by UNESCO domain:\n")
	for _, dom := range events.Domains() {
		var ts []string
		for _, t := range a.Topics {
			if t.Domain() == dom {
				ts = append(ts, string(t))
			}
		}
		if len(ts) > 0 {
			p.printf("    %s: %s\n", dom, strings.Join(ts, ", "))
		}
	}
	p.printf("  Provisions:\n")
	for i, pr := range a.Provisions {
		text := pr.Summary
		if pr.Quote != "" {
			text = "\"" + pr.Quote + "\" (quoted)"
		}
		p.printf("    %d. %s\n", i+1, text)
	}
	if a.Note != "" {
		p.printf("  Note: %s\n", a.Note)
	}
}

func orNot(s string) string {
	if s == "" {
		return "not stated"
	}
	return s
}

func (p *printer) events() {
	p.heading("Events the memorandum plans")
	for e := range p.d.CulturalEvents(relations.EventFilter{Agreement: kplnews.MOU}) {
		p.printf("  - %s (%s), %s\n", e.Title, e.Kind, e.Status())
		if e.Recurs != "" {
			p.printf("      recurs %s, %s each\n", e.Recurs, e.Length)
		}
		for _, gid := range e.Groups {
			g, _ := p.d.Group(gid)
			p.printf("      group: %s officials of %s\n", g.Size, p.stateName(g.State))
		}
		if e.Note != "" {
			p.printf("      %s\n", e.Note)
		}
	}
}

func (p *printer) initiatives() {
	p.heading("Undertakings agreed")
	for in := range p.d.Initiatives(relations.InitiativeFilter{}) {
		h := in.History[len(in.History)-1]
		p.printf("  - %s: %s on %s\n", in.Title, h.Status, h.Date)
		p.printf("      %s\n", in.Summary)
	}
}

func (p *printer) meetings() {
	p.heading("Meetings")
	for m := range p.d.MeetingsBetween(kplnews.LA, kplnews.KH, relations.Period{}) {
		place := "place not stated"
		if m.Place.City != "" {
			place = m.Place.City + ", " + p.stateName(m.Place.Country)
		}
		p.printf("  %s  %s (%s)\n", m.Date, m.Title, place)
		if m.Host != "" {
			p.printf("      host: %s\n", p.stateName(m.Host))
		}
		for _, pt := range m.Participants {
			who := ""
			if pt.Group != "" {
				g, _ := p.d.Group(pt.Group)
				who = g.Label()
				for _, l := range g.Leaders {
					o, _ := p.d.Official(l)
					who += ", led by " + o.Label()
				}
			} else {
				who = p.official(pt.Official, pt.Post)
			}
			role := ""
			if pt.Role != "" {
				role = " [" + string(pt.Role) + "]"
			}
			p.printf("      %s%s\n", who, role)
		}
		for _, s := range m.Statements {
			var by []string
			for _, g := range s.Groups {
				gr, _ := p.d.Group(g)
				by = append(by, gr.Label())
			}
			p.printf("      %s %s: %s\n", strings.Join(by, " and "), s.Verb, s.Summary)
		}
	}
}

func (p *printer) members() {
	p.heading("Named as the four newest ASEAN members")
	o, _ := p.d.Organization(kplnews.ASEAN)
	var names []string
	for _, m := range o.Members {
		names = append(names, p.stateName(m.State))
	}
	p.printf("  %s: %s\n", o.Name, strings.Join(names, ", "))
}

// uncertain lists every field the dataset marks as read from context,
// entity by entity.
func (p *printer) uncertain() {
	p.heading("Read from context, not stated")
	type mark struct {
		what string
		u    amity.Uncertainty
	}
	var marks []mark
	a, _ := p.d.Agreement(kplnews.MOU)
	marks = append(marks, mark{"agreement " + string(a.ID), a.Uncertain})
	for m := range p.d.MeetingsBetween(kplnews.LA, kplnews.KH, relations.Period{}) {
		marks = append(marks, mark{"meeting " + string(m.ID), m.Uncertain})
	}
	for _, m := range marks {
		for _, f := range m.u.Fields() {
			q, _ := m.u.Of(f)
			p.printf("  %s, %s (%s): %s\n", m.what, f, q.Basis, q.Reason)
		}
	}
}

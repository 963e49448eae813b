package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// report writes a readable account of the story d holds: the article and
// the other reports it is checked against, the visit and its occasion, each
// meeting with its participants, topics, statements and event codes, the
// initiatives and who proposed them, the organizations both states belong
// to, and the intensity of their cooperation in the story's year. Sources
// are numbered in the order of the dataset and cited as [n].
func report(w io.Writer, d *relations.Dataset) error {
	p := &printer{w: w, d: d, ref: map[amity.SourceID]int{}}
	for i, s := range d.Records().Sources {
		p.ref[s.ID] = i + 1
	}
	p.sources()
	p.visits()
	p.meetings()
	p.initiatives()
	p.proposals()
	p.memberships()
	p.intensity()
	return p.err
}

// printer writes the report, keeping the first write error.
type printer struct {
	w   io.Writer
	d   *relations.Dataset
	ref map[amity.SourceID]int // the footnote number of each source
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// heading starts a section.
func (p *printer) heading(title string) {
	p.printf("\n%s\n%s\n", title, strings.Repeat("-", len(title)))
}

// field writes "  label: value", wrapping value under itself.
func (p *printer) field(indent int, label, value string) {
	lead := strings.Repeat(" ", indent) + label + ": "
	p.printf("%s\n", wrap(lead, strings.Repeat(" ", len(lead)), value))
}

// cite returns the footnote marks of ids: " [1, 3]", or "" for none.
func (p *printer) cite(ids ...amity.SourceID) string {
	if len(ids) == 0 {
		return ""
	}
	nums := make([]int, len(ids))
	for i, id := range ids {
		nums[i] = p.ref[id]
	}
	slices.Sort(nums)
	marks := make([]string, len(nums))
	for i, n := range nums {
		marks[i] = strconv.Itoa(n)
	}
	return " [" + strings.Join(marks, ", ") + "]"
}

func (p *printer) sources() {
	article, _ := p.d.Source(azernews.Azernews)
	p.printf("Azerbaijan and Iran: the culture minister's visit of June 2022\n")
	p.printf("%s\n", strings.Repeat("=", 62))
	p.heading("Sources")
	own := map[amity.SourceID]bool{article.ID: true}
	cited := make([]string, len(article.Cites))
	for i, id := range article.Cites {
		s, _ := p.d.Source(id)
		cited[i] = "the " + s.Publisher + p.cite(id)
		own[id] = true
	}
	about := fmt.Sprintf("The article%s: %s, by %s, published %s, citing %s.",
		p.cite(article.ID), article.Publisher, article.Author, article.Published, strings.Join(cited, ", "))
	if article.URL == "" {
		about += " It gives no URL."
	}
	p.printf("%s\n", wrap("  ", "  ", about))
	p.printf("%s\n", wrap("  ", "  ", "What the article does not give is cited, field by field, to:"))
	for _, s := range p.d.Records().Sources {
		if own[s.ID] {
			continue
		}
		var b strings.Builder
		b.WriteString(s.Publisher)
		if s.Author != "" {
			b.WriteString(", by " + s.Author)
		}
		if s.Title != "" {
			b.WriteString(", " + strconv.Quote(s.Title))
		}
		if !s.Published.IsZero() {
			b.WriteString(", " + s.Published.String())
		}
		if s.URL != "" {
			b.WriteString(". " + s.URL)
		}
		mark := "  [" + strconv.Itoa(p.ref[s.ID]) + "] "
		p.printf("%s\n", wrap(mark, strings.Repeat(" ", len(mark)), b.String()))
	}
}

// stateName returns the name of state s, or its code.
func (p *printer) stateName(s orgs.StateID) string {
	if st, ok := p.d.State(s); ok {
		return st.Name
	}
	return string(s)
}

// holder names what a post belongs to: its ministry or organization and
// the state, or the state alone.
func (p *printer) holder(post orgs.Post) string {
	switch {
	case post.Ministry != "":
		m, _ := p.d.Ministry(post.Ministry)
		return m.Name + ", " + p.stateName(m.State)
	case post.Organization != "":
		o, _ := p.d.Organization(post.Organization)
		if o.State != "" {
			return o.Name + ", " + p.stateName(o.State)
		}
		return o.Name
	}
	return p.stateName(post.State)
}

// official describes an official: name, other names with their sources,
// and the post held (post, if given, or the posts that cover on).
func (p *printer) official(id orgs.OfficialID, post orgs.PostID, on amity.Date) string {
	o, _ := p.d.Official(id)
	var s strings.Builder
	s.WriteString(o.Name)
	if len(o.Aliases) > 0 {
		s.WriteString(" (also " + strings.Join(o.Aliases, ", ") + p.cite(o.FieldSources.For("aliases")...) + ")")
	}
	posts := o.PostsOn(on)
	if post != "" {
		pp, _ := o.Post(post)
		posts = []orgs.Post{pp}
	}
	for _, pp := range posts {
		s.WriteString(", " + pp.Title + " (" + p.holder(pp) + ")")
	}
	return s.String()
}

func (p *printer) names(ids []orgs.OfficialID) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		o, _ := p.d.Official(id)
		names[i] = o.Name
	}
	return strings.Join(names, " and ")
}

func (p *printer) places(ps []orgs.Place) string {
	s := make([]string, len(ps))
	for i, pl := range ps {
		s[i] = pl.String()
		if pl.Note != "" {
			s[i] += " (" + strings.TrimSuffix(pl.Note, ".") + ")"
		}
	}
	return strings.Join(s, "; ")
}

func (p *printer) codes(cs []events.EventCode, fs amity.FieldSources) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		g, _ := c.Goldstein()
		s[i] = fmt.Sprintf("CAMEO %s %q, Goldstein %+.1f; PLOVER %s, mode %s", c.CAMEO, c.CAMEO.Description(), g, c.PLOVER, c.Mode)
	}
	return strings.Join(s, "; ") + p.cite(fs.For("codes")...)
}

// date describes a date with its precision and the sources given for it.
func (p *printer) date(d amity.Date, field string, fs amity.FieldSources) string {
	return d.String() + " (known to the " + d.Precision().String() + ")" + p.cite(fs.For(field)...)
}

func (p *printer) visits() {
	for _, v := range p.d.Records().Visits {
		p.heading("Visit")
		visitors := make([]string, len(v.Visitors))
		for i, id := range v.Visitors {
			visitors[i] = p.official(id, "", v.Start)
		}
		p.printf("%s\n", wrap("  ", "  ", strings.Join(visitors, "; ")+" visits "+p.stateName(v.Host)+"."+p.cite(v.Sources...)))
		p.field(4, "from", p.date(v.Start, "start", v.FieldSources))
		if len(v.Places) > 0 {
			p.field(4, "places", p.places(v.Places)+p.cite(v.FieldSources.For("places")...))
		}
		if occ, ok := p.d.VisitOccasion(v); ok {
			tie, _, _ := p.d.Anniversary(v.Guest, v.Host, v.Start.Year())
			age := ""
			if n, exact := tie.Age(v.Start); exact {
				age = fmt.Sprintf("; %d years on %s", n, v.Start)
			}
			p.field(4, "occasion", fmt.Sprintf("the %s between %s and %s, established %s%s%s",
				occ, p.stateName(v.Guest), p.stateName(v.Host), tie.Established, p.cite(tie.FieldSources.For("established")...), age))
		}
		if v.Note != "" {
			p.field(4, "note", v.Note)
		}
		p.field(4, "event code", p.codes(v.Codes, v.FieldSources))
	}
}

func (p *printer) meetings() {
	n := 0
	for _, m := range p.d.Records().Meetings {
		if !m.Involves(azernews.AZ) || !m.Involves(azernews.IR) {
			continue
		}
		n++
		p.heading(fmt.Sprintf("Meeting %d: %s", n, m.Title))
		p.field(2, "date", p.date(m.Date, "date", m.FieldSources))
		p.field(2, "place", p.places([]orgs.Place{m.Place})+p.cite(m.FieldSources.For("place")...))
		p.field(2, "host", p.stateName(m.Host))
		p.printf("  participants:\n")
		for _, pt := range m.Participants {
			p.printf("%s\n", wrap("    - ", "      ", p.official(pt.Official, pt.Post, m.Date)))
		}
		p.field(2, "topics", topics(m.Topics))
		p.printf("  statements, in the article's order%s:\n", p.cite(m.Sources...))
		for _, s := range m.Statements {
			who := p.names(s.Speakers)
			if s.SpeakersInferred {
				who += " (speaker inferred: the article does not name who)"
			}
			text := who + " " + s.Verb.String() + ": " + s.Summary + p.cite(s.Sources...)
			if s.Quote != "" {
				text += `; in the article's words: "` + s.Quote + `"`
			}
			p.printf("%s\n", wrap("    - ", "      ", text))
		}
		if m.Summary != "" {
			p.field(2, "also", m.Summary)
		}
		var discussed []string
		for in := range p.d.InitiativesAt(m.ID) {
			discussed = append(discussed, in.Title)
		}
		p.field(2, "initiatives raised", strings.Join(discussed, "; "))
		p.field(2, "event code", p.codes(m.Codes, m.FieldSources))
	}
}

func (p *printer) initiatives() {
	p.heading("Initiatives between Azerbaijan and Iran")
	for in := range p.d.Initiatives(relations.InitiativeFilter{Party: azernews.IR}) {
		p.initiative(in)
	}
	p.heading("Domestic programmes raised at the meetings")
	for in := range p.d.Initiatives(relations.InitiativeFilter{Kind: cooperation.KindDomestic}) {
		p.initiative(in)
	}
}

func (p *printer) initiative(in cooperation.Initiative) {
	p.printf("  %s\n", in.Title)
	last := in.History[len(in.History)-1]
	status := strings.ReplaceAll(string(in.Status()), "_", " ") + " (" + last.Date.String()
	if m, ok := p.d.Meeting(last.Meeting); ok {
		status += ", " + m.Title
	}
	status += "): " + last.Note + p.cite(last.Sources...)
	p.field(4, "status", status)
	parties := make([]string, len(in.Parties))
	for i, s := range in.Parties {
		parties[i] = p.stateName(s)
	}
	p.field(4, "parties", strings.Join(parties, ", "))
	if len(in.ProposedBy) > 0 {
		by := p.names(in.ProposedBy)
		if in.ProposalInferred {
			by += " (inferred: the article does not say who)"
		}
		p.field(4, "proposed by", by+p.cite(in.FieldSources.For("proposed_by")...))
	}
	if len(in.LedBy) > 0 {
		led := make([]string, len(in.LedBy))
		for i, id := range in.LedBy {
			led[i] = p.official(id, "", last.Date)
		}
		p.field(4, "led by", strings.Join(led, "; "))
	}
	if len(in.Places) > 0 {
		p.field(4, "places", p.places(in.Places))
	}
	if len(in.Organizations) > 0 {
		names := make([]string, len(in.Organizations))
		for i, id := range in.Organizations {
			o, _ := p.d.Organization(id)
			names[i] = o.Name
		}
		within := strings.Join(names, ", ")
		if in.MoreOrganizations {
			within += ", and other international organizations the article does not name"
		}
		p.field(4, "within", within)
	}
	if in.Summary != "" {
		p.field(4, "note", in.Summary)
	}
}

func (p *printer) proposals() {
	p.heading("Who proposed what")
	for pr := range p.d.Proposals() {
		o, _ := p.d.Official(pr.Official)
		in, _ := p.d.Initiative(pr.Initiative)
		text := o.Name + ": " + in.Title
		if pr.Inferred {
			text += " (inferred)"
		}
		p.printf("%s\n", wrap("  - ", "    ", text))
	}
}

func (p *printer) memberships() {
	visit := p.d.Records().Visits[0]
	p.heading("Organizations both states belong to on " + visit.Start.String())
	for o := range p.d.SharedMemberships(azernews.AZ, azernews.IR, visit.Start) {
		var members []string
		for _, m := range o.Members {
			since := "date unknown"
			if !m.Since.IsZero() {
				since = "since " + m.Since.String()
			}
			members = append(members, p.stateName(m.State)+" "+since+p.cite(m.Sources...))
		}
		p.printf("%s\n", wrap("  - ", "    ", o.Name+": "+strings.Join(members, "; ")))
	}
}

func (p *printer) intensity() {
	in := p.d.IntensityOf(azernews.AZ, azernews.IR, azernews.Year)
	p.heading(fmt.Sprintf("Cooperation intensity, %s-%s, %d", in.A, in.B, in.Year))
	mean := 0.0
	if in.Events > 0 {
		mean = in.Goldstein / float64(in.Events)
	}
	p.printf("%s\n", wrap("  ", "  ", fmt.Sprintf("%d events (meetings between the two states, and visits with event codes), Goldstein total %+.1f, mean %+.1f per event.",
		in.Events, in.Goldstein, mean)))
}

// topics lists topics as prose: "cultural weeks, visual arts".
func topics(ts []events.Topic) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = strings.ReplaceAll(string(t), "_", " ")
	}
	return strings.Join(s, ", ")
}

// width is the width the report wraps prose to.
const width = 78

// wrap breaks text into lines of at most width bytes where it can, the
// first line starting with first and the others with rest.
func wrap(first, rest, text string) string {
	// A citation such as "[1, 3, 4]" is kept on one line.
	var words []string
	for word := range strings.FieldsSeq(text) {
		if n := len(words); n > 0 && strings.Count(words[n-1], "[") > strings.Count(words[n-1], "]") {
			words[n-1] += " " + word
			continue
		}
		words = append(words, word)
	}
	var b strings.Builder
	line := first
	empty := true
	for _, word := range words {
		if !empty && len(line)+1+len(word) > width {
			b.WriteString(line + "\n")
			line, empty = rest, true
		}
		if !empty {
			line += " "
		}
		line += word
		empty = false
	}
	b.WriteString(line)
	return strings.TrimRight(b.String(), " ")
}

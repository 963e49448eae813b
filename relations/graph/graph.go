// Package graph draws a dataset as a network: states, ministries,
// organizations, officials, groups, visits, meetings, initiatives,
// agreements and cultural events as nodes, and what ties them as labelled
// edges. It writes the network as Graphviz DOT, for `dot -Tsvg`, and as a
// Mermaid flowchart, for Markdown that renders Mermaid.
//
// # Nodes and edges
//
//   - A ministry is "ministry of" its state; an organization "body of" its
//     state and "affiliated with" its parent; a diplomatic mission
//     "accredited to" its host state; a state "member of" each
//     organization it belongs to.
//   - An official, shown by name, or by the title of the first post when
//     the source gives no name (orgs.Official.Label), has an edge to the
//     ministry, organization or state of each post, labelled with the
//     post's title.
//   - A group, shown by orgs.Group.Label, is "group of" its state and of
//     its ministry or organization; its leaders "lead" it and its members
//     are "member of" it.
//   - Officials and groups "visited" a visit, which is "hosted by" its
//     host state. They "took part in" a meeting, with their role when it
//     is stated ("took part in as signatory"), and each "represents" its
//     state there. A meeting is "during" its visit and "session of" its
//     joint commission ("session 5 of" for a numbered session).
//   - Each party to an initiative is "party to" it; officials and groups
//     "proposed" ("proposed (inferred)") and officials "lead" initiatives,
//     which are "discussed at" the meetings they name and those of their
//     history, "within" organizations, "under" agreements and "related
//     to" other initiatives.
//   - A tie between two states is an edge labelled with its kind and the
//     date it was established.
//   - Each party to an agreement is "party to" it; each signatory
//     "signed for" the party the official signs for ("signed for Ministry
//     of Culture"); an agreement is "signed at" its meeting, and
//     "implements", "extends", "amends" or "replaces" its parent.
//   - A cultural event is "organised by" each organiser and "hosted by"
//     its host state; the other states and the groups "took part in" it;
//     it is "under" its agreement, "part of" its initiative and
//     "announced at" its meeting.
//
// Not drawn: a meeting's host and place (the states its participants
// represent are), statements, which speak of the network but are not
// part of it, dates but a tie's, places, topics, notes, sources, and what
// is uncertain.
//
// Output is deterministic: nodes in order of kind, then ID; edges in order
// of their ends and label; each edge once.
package graph

import (
	"cmp"
	"errors"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/relations"
)

// Node is an entity drawn as a node.
type Node struct {
	ID    string         // the entity's ID
	Kind  relations.Kind // the entity's kind
	Label string         // what the node shows: the entity's name or title, or its ID if it has none
}

// Edge is a labelled, directed edge between two nodes.
type Edge struct {
	From, To string // node IDs
	Label    string // what the edge means: "took part in", "member of"
}

// Graph is the network of a dataset.
type Graph struct {
	Nodes []Node // in order of kind (as relations.Kinds), then ID
	Edges []Edge // in order of From, To, Label; no two equal
}

// kindOrder ranks kinds as relations.Kinds does.
func kindOrder(k relations.Kind) int { return slices.Index(relations.Kinds(), k) }

// Build returns the network of r. References that name nothing are drawn
// only if both ends are entities of r: Build never adds a node that r
// lacks, so it can draw records that have not been validated. A nil r
// has an empty network.
func Build(r *relations.Records) Graph {
	if r == nil {
		r = &relations.Records{}
	}
	return build(r, slices.Values(r.Meetings))
}

// build returns the network of r with the meetings of meetings, not of
// r, which it ranges over twice: first for their nodes, then for their
// edges.
func build(r *relations.Records, meetings iter.Seq[events.Meeting]) Graph {
	b := builder{have: map[string]bool{}, seen: map[Edge]bool{}, labels: map[string]string{}}
	b.nodes(r, meetings)
	b.actorEdges(r)
	b.groupEdges(r)
	b.eventEdges(r, meetings)
	b.initiativeEdges(r)
	b.tieEdges(r)
	b.agreementEdges(r)
	b.culturalEventEdges(r)
	b.g.sort()
	return b.g
}

// sort puts the nodes in order of kind, then ID, and the edges in order of
// From, To, Label.
func (g *Graph) sort() {
	slices.SortFunc(g.Nodes, func(a, b Node) int {
		return cmp.Or(cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)), strings.Compare(a.ID, b.ID))
	})
	slices.SortFunc(g.Edges, func(a, b Edge) int {
		return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.To, b.To), strings.Compare(a.Label, b.Label))
	})
}

// builder adds the nodes and edges of a graph, each once.
type builder struct {
	g      Graph
	have   map[string]bool   // IDs of the nodes added
	seen   map[Edge]bool     // the edges added
	labels map[string]string // the labels of the nodes added, by ID
}

// node adds the node id, unless id is empty or a node already has it. A
// node without a label shows its ID.
func (b *builder) node(id string, k relations.Kind, label string) {
	if id == "" || b.have[id] {
		return
	}
	if label == "" {
		label = id
	}
	b.have[id] = true
	b.labels[id] = label
	b.g.Nodes = append(b.g.Nodes, Node{ID: id, Kind: k, Label: label})
}

// edge adds the edge from -> to, if both are nodes and the edge is new.
func (b *builder) edge(from, to, label string) {
	e := Edge{From: from, To: to, Label: label}
	if from == "" || to == "" || !b.have[from] || !b.have[to] || b.seen[e] {
		return
	}
	b.seen[e] = true
	b.g.Edges = append(b.g.Edges, e)
}

// nodes adds a node for each entity of r that is drawn, and for each of
// meetings, the first of each ID.
func (b *builder) nodes(r *relations.Records, meetings iter.Seq[events.Meeting]) {
	for _, s := range r.States {
		b.node(string(s.ID), relations.KindState, s.Name)
	}
	for _, m := range r.Ministries {
		b.node(string(m.ID), relations.KindMinistry, m.Name)
	}
	for _, o := range r.Organizations {
		b.node(string(o.ID), relations.KindOrganization, o.Name)
	}
	for _, o := range r.Officials {
		b.node(string(o.ID), relations.KindOfficial, o.Label())
	}
	for _, g := range r.Groups {
		b.node(string(g.ID), relations.KindGroup, g.Label())
	}
	for _, v := range r.Visits {
		b.node(string(v.ID), relations.KindVisit, "Visit "+v.Start.String())
	}
	for m := range meetings {
		label := m.Title
		if label == "" {
			label = "Meeting " + m.Date.String()
		}
		b.node(string(m.ID), relations.KindMeeting, label)
	}
	for _, in := range r.Initiatives {
		b.node(string(in.ID), relations.KindInitiative, in.Title)
	}
	for _, a := range r.Agreements {
		b.node(string(a.ID), relations.KindAgreement, a.Title)
	}
	for _, e := range r.Events {
		b.node(string(e.ID), relations.KindEvent, e.Title)
	}
}

// actorEdges adds what ties ministries, organizations and officials to
// the states and bodies they belong to.
func (b *builder) actorEdges(r *relations.Records) {
	for _, m := range r.Ministries {
		b.edge(string(m.ID), string(m.State), "ministry of")
	}
	for _, o := range r.Organizations {
		b.edge(string(o.ID), string(o.State), "body of")
		b.edge(string(o.ID), string(o.ParentMinistry), "affiliated with")
		b.edge(string(o.ID), string(o.ParentOrganization), "affiliated with")
		b.edge(string(o.ID), string(o.HostState), "accredited to")
		for _, mem := range o.Members {
			b.edge(string(mem.State), string(o.ID), "member of")
		}
	}
	for _, o := range r.Officials {
		for _, p := range o.Posts {
			b.edge(string(o.ID), string(cmp.Or(string(p.Ministry), string(p.Organization), string(p.State))), p.Title)
		}
	}
}

// groupEdges adds what a group is a group of, and who leads it and
// belongs to it.
func (b *builder) groupEdges(r *relations.Records) {
	for _, g := range r.Groups {
		b.edge(string(g.ID), string(g.State), "group of")
		b.edge(string(g.ID), string(g.Ministry), "group of")
		b.edge(string(g.ID), string(g.Organization), "group of")
		for _, o := range g.Leaders {
			b.edge(string(o), string(g.ID), "leads")
		}
		for _, o := range g.Members {
			b.edge(string(o), string(g.ID), "member of")
		}
	}
}

// eventEdges adds who took part in visits and meetings, in which role,
// whom they represented, which visit a meeting was part of, and of which
// joint commission it was a session: of the visits of r and of
// meetings.
func (b *builder) eventEdges(r *relations.Records, meetings iter.Seq[events.Meeting]) {
	for _, v := range r.Visits {
		for _, o := range v.Visitors {
			b.edge(string(o), string(v.ID), "visited")
		}
		for _, g := range v.Groups {
			b.edge(string(g), string(v.ID), "visited")
		}
		b.edge(string(v.ID), string(v.Host), "hosted by")
	}
	for m := range meetings {
		for _, p := range m.Participants {
			took := "took part in"
			if p.Role != "" && p.Role != events.RoleAttendee {
				took += " as " + strings.ReplaceAll(string(p.Role), "_", " ")
			}
			b.edge(p.Actor(), string(m.ID), took)
			b.edge(p.Actor(), string(p.State), "represents")
		}
		b.edge(string(m.ID), string(m.Visit), "during")
		session := "session of"
		if m.Session > 0 {
			session = "session " + strconv.Itoa(m.Session) + " of"
		}
		b.edge(string(m.ID), string(m.Commission), session)
	}
}

// initiativeEdges adds who proposed and leads each initiative, where it
// was discussed, within which organizations, under which agreements it
// runs, and which initiatives it is related to.
func (b *builder) initiativeEdges(r *relations.Records) {
	for _, in := range r.Initiatives {
		proposed := "proposed"
		if in.ProposalInferred {
			proposed = "proposed (inferred)"
		}
		for _, o := range in.ProposedBy {
			b.edge(string(o), string(in.ID), proposed)
		}
		for _, g := range in.ProposedByGroups {
			b.edge(string(g), string(in.ID), proposed)
		}
		for _, o := range in.LedBy {
			b.edge(string(o), string(in.ID), "leads")
		}
		for _, s := range in.Parties {
			b.edge(string(s), string(in.ID), "party to")
		}
		for _, m := range in.Meetings {
			b.edge(string(in.ID), string(m), "discussed at")
		}
		for _, h := range in.History {
			b.edge(string(in.ID), string(h.Meeting), "discussed at")
		}
		for _, o := range in.Organizations {
			b.edge(string(in.ID), string(o), "within")
		}
		for _, a := range in.Agreements {
			b.edge(string(in.ID), string(a), "under")
		}
		for _, r := range in.Related {
			b.edge(string(in.ID), string(r), "related to")
		}
	}
}

// tieEdges adds each tie between two states, labelled with its kind and
// the date it was established.
func (b *builder) tieEdges(r *relations.Records) {
	for _, t := range r.Ties {
		if len(t.States) == 2 {
			label := strings.ReplaceAll(string(t.Kind), "_", " ")
			if !t.Established.IsZero() {
				label += " since " + t.Established.String()
			}
			b.edge(string(t.States[0]), string(t.States[1]), label)
		}
	}
}

// agreementEdges adds the parties to each agreement, who signed it for
// which party, the meeting it was signed at, and its parent.
func (b *builder) agreementEdges(r *relations.Records) {
	for _, a := range r.Agreements {
		for _, p := range a.Parties {
			b.edge(p.ID(), string(a.ID), "party to")
		}
		for _, s := range a.Signatories {
			b.edge(string(s.Official), string(a.ID), "signed for "+b.label(s.For.ID()))
		}
		b.edge(string(a.ID), string(a.Meeting), "signed at")
		b.edge(string(a.ID), string(a.Parent), string(a.Relation))
	}
}

// culturalEventEdges adds who organises each cultural event, where it is
// hosted, the states and groups that take part, and the agreement,
// initiative and meeting it comes from.
func (b *builder) culturalEventEdges(r *relations.Records) {
	for _, e := range r.Events {
		for _, o := range e.Organisers {
			b.edge(string(e.ID), o.ID(), "organised by")
		}
		b.edge(string(e.ID), string(e.Host), "hosted by")
		for _, s := range e.States {
			if s != e.Host {
				b.edge(string(s), string(e.ID), "took part in")
			}
		}
		for _, g := range e.Groups {
			b.edge(string(g), string(e.ID), "took part in")
		}
		b.edge(string(e.ID), string(e.Agreement), "under")
		b.edge(string(e.ID), string(e.Initiative), "part of")
		b.edge(string(e.ID), string(e.Meeting), "announced at")
	}
}

// label returns the label of the node id, or id when there is no such
// node or its label is empty.
func (b *builder) label(id string) string {
	if l := b.labels[id]; l != "" {
		return l
	}
	return id
}

// shapes gives the DOT shape of each kind's nodes.
var shapes = map[relations.Kind]string{
	relations.KindState:        "doubleoctagon",
	relations.KindMinistry:     "box",
	relations.KindOrganization: "box3d",
	relations.KindOfficial:     "ellipse",
	relations.KindVisit:        "cds",
	relations.KindMeeting:      "diamond",
	relations.KindInitiative:   "note",
	relations.KindGroup:        "hexagon",
	relations.KindAgreement:    "tab",
	relations.KindEvent:        "house",
}

// WriteDOT writes g as a Graphviz digraph named name.
func WriteDOT(w io.Writer, g Graph, name string) error {
	var b strings.Builder
	b.WriteString("digraph " + dotQuote(name) + " {\n")
	b.WriteString("\trankdir=LR;\n\tnode [fontname=\"Helvetica\", fontsize=11];\n\tedge [fontname=\"Helvetica\", fontsize=9];\n")
	for _, n := range g.Nodes {
		b.WriteString("\t" + dotQuote(n.ID) + " [label=" + dotQuote(n.Label) + ", shape=" + shapes[n.Kind] + "];\n")
	}
	for _, e := range g.Edges {
		b.WriteString("\t" + dotQuote(e.From) + " -> " + dotQuote(e.To) + " [label=" + dotQuote(e.Label) + "];\n")
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// dotQuote returns s as a DOT quoted string that Graphviz shows as s:
// quotes and backslashes escaped (so that "\N" and "\l" are text), line
// breaks as "\n", and "&" written as the entity "&amp;", since Graphviz
// reads entities in labels ("&amp;" in a name stays "&amp;").
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// mermaidShapes gives the Mermaid brackets of each kind's nodes.
var mermaidShapes = map[relations.Kind][2]string{
	relations.KindState:        {"{{", "}}"},
	relations.KindMinistry:     {"[", "]"},
	relations.KindOrganization: {"[[", "]]"},
	relations.KindOfficial:     {"([", "])"},
	relations.KindVisit:        {">", "]"},
	relations.KindMeeting:      {"{", "}"},
	relations.KindInitiative:   {"[/", "/]"},
	relations.KindGroup:        {"(", ")"},
	relations.KindAgreement:    {"[\\", "\\]"},
	relations.KindEvent:        {"[/", "\\]"},
}

// WriteMermaid writes g as a Mermaid flowchart. Mermaid node IDs must be
// plain words, so nodes are numbered n0, n1, ... in the order of g.Nodes,
// with the entity's ID in a comment. A network that Mermaid would not
// draw with its default limits ([MermaidMaxEdges] edges, [MermaidMaxText]
// characters) is not written: the error wraps [ErrMermaidTooLarge].
func WriteMermaid(w io.Writer, g Graph) error {
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	num := make(map[string]string, len(g.Nodes))
	for i, n := range g.Nodes {
		id := "n" + strconv.Itoa(i)
		num[n.ID] = id
		sh := mermaidShapes[n.Kind]
		b.WriteString("\t%% " + mermaidComment(n.ID) + "\n")
		b.WriteString("\t" + id + sh[0] + mermaidQuote(n.Label) + sh[1] + "\n")
	}
	for _, e := range g.Edges {
		b.WriteString("\t" + num[e.From] + " -->|" + mermaidQuote(e.Label) + "| " + num[e.To] + "\n")
	}
	if err := mermaidLimits(len(g.Edges), utf8.RuneCountInString(b.String())); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mermaidQuote returns s as a quoted Mermaid label that Mermaid shows as
// s: the characters Mermaid reads as syntax or as the start of an entity
// written as entity codes ("#" itself, so that "#quot;" in a name stays
// text; "&", so that "&amp;" does), line breaks as spaces.
func mermaidQuote(s string) string {
	return `"` + mermaidEscaper.Replace(s) + `"`
}

var mermaidEscaper = strings.NewReplacer(`#`, "#35;", `&`, "#38;", `"`, "#quot;", "\n", " ", "\r", " ",
	"|", "#124;", "<", "#lt;", ">", "#gt;", "`", "#96;", "[", "#91;", "]", "#93;", "{", "#123;", "}", "#125;")

func mermaidComment(s string) string { return strings.NewReplacer("\n", " ", "\r", " ").Replace(s) }

// DOT writes the network of r as Graphviz DOT: Build then WriteDOT. It
// fails when w does, and when r is nil.
func DOT(w io.Writer, r *relations.Records) error {
	if r == nil {
		return errNilRecords
	}
	return WriteDOT(w, Build(r), "amity")
}

// Mermaid writes the network of r as a Mermaid flowchart: Build then
// WriteMermaid. It fails when w does, and when r is nil.
func Mermaid(w io.Writer, r *relations.Records) error {
	if r == nil {
		return errNilRecords
	}
	return WriteMermaid(w, Build(r))
}

// errNilRecords is the error of DOT and Mermaid for nil records, which
// hold no records, not even none.
var errNilRecords = errors.New("graph: drawing: nil *relations.Records")

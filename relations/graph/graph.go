// Package graph draws a dataset as a network: states, organizations,
// ministries, officials, visits, meetings and initiatives as nodes, and
// what ties them as labelled edges — took part in, represents, member of,
// body of, affiliated with, visited, hosted by (a visit), during (a
// meeting of a visit), proposed, leads, discussed at, within; a tie
// between two states, labelled with its kind and the date it was
// established; and an edge from an official to the ministry, organization
// or state of each of his posts, labelled with the post's title. A
// meeting's host and place are not drawn: the states its participants
// represent are. It writes the network as Graphviz DOT, for `dot -Tsvg`,
// and as a Mermaid flowchart, for Markdown that renders Mermaid.
//
// Output is deterministic: nodes in order of kind, then ID; edges in order
// of their ends and label; each edge once.
package graph

import (
	"cmp"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity/relations"
)

// Node is an entity drawn as a node.
type Node struct {
	ID    string         // the entity's ID
	Kind  relations.Kind // the entity's kind
	Label string         // what the node shows: the entity's name or title
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
	b := builder{have: map[string]bool{}, seen: map[Edge]bool{}}
	b.nodes(r)
	b.actorEdges(r)
	b.eventEdges(r)
	b.initiativeEdges(r)
	b.tieEdges(r)
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
	g    Graph
	have map[string]bool // IDs of the nodes added
	seen map[Edge]bool   // the edges added
}

// node adds the node id, unless id is empty or a node already has it.
func (b *builder) node(id string, k relations.Kind, label string) {
	if id == "" || b.have[id] {
		return
	}
	b.have[id] = true
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

// nodes adds a node for each entity of r that is drawn, the first of
// each ID.
func (b *builder) nodes(r *relations.Records) {
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
		b.node(string(o.ID), relations.KindOfficial, o.Name)
	}
	for _, v := range r.Visits {
		b.node(string(v.ID), relations.KindVisit, "Visit "+v.Start.String())
	}
	for _, m := range r.Meetings {
		label := m.Title
		if label == "" {
			label = "Meeting " + m.Date.String()
		}
		b.node(string(m.ID), relations.KindMeeting, label)
	}
	for _, in := range r.Initiatives {
		b.node(string(in.ID), relations.KindInitiative, in.Title)
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

// eventEdges adds who took part in visits and meetings, whom they
// represented, and which visit a meeting was part of.
func (b *builder) eventEdges(r *relations.Records) {
	for _, v := range r.Visits {
		for _, o := range v.Visitors {
			b.edge(string(o), string(v.ID), "visited")
		}
		b.edge(string(v.ID), string(v.Host), "hosted by")
	}
	for _, m := range r.Meetings {
		for _, p := range m.Participants {
			b.edge(string(p.Official), string(m.ID), "took part in")
			b.edge(string(p.Official), string(p.State), "represents")
		}
		b.edge(string(m.ID), string(m.Visit), "during")
	}
}

// initiativeEdges adds who proposed and leads each initiative, where it
// was discussed, and within which organizations.
func (b *builder) initiativeEdges(r *relations.Records) {
	for _, in := range r.Initiatives {
		proposed := "proposed"
		if in.ProposalInferred {
			proposed = "proposed (inferred)"
		}
		for _, o := range in.ProposedBy {
			b.edge(string(o), string(in.ID), proposed)
		}
		for _, o := range in.LedBy {
			b.edge(string(o), string(in.ID), "leads")
		}
		for _, m := range in.Meetings {
			b.edge(string(in.ID), string(m), "discussed at")
		}
		for _, o := range in.Organizations {
			b.edge(string(in.ID), string(o), "within")
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

// shapes gives the DOT shape of each kind's nodes.
var shapes = map[relations.Kind]string{
	relations.KindState:        "doubleoctagon",
	relations.KindMinistry:     "box",
	relations.KindOrganization: "box3d",
	relations.KindOfficial:     "ellipse",
	relations.KindVisit:        "cds",
	relations.KindMeeting:      "diamond",
	relations.KindInitiative:   "note",
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

// dotQuote returns s as a DOT quoted string.
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
}

// WriteMermaid writes g as a Mermaid flowchart. Mermaid node IDs must be
// plain words, so nodes are numbered n0, n1, ... in the order of g.Nodes,
// with the entity's ID in a comment.
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
	_, err := io.WriteString(w, b.String())
	return err
}

// mermaidQuote returns s as a quoted Mermaid label, with the characters
// Mermaid would read as syntax written as entity codes.
func mermaidQuote(s string) string {
	r := strings.NewReplacer(`"`, "#quot;", "\n", " ", "|", "#124;", "<", "#lt;", ">", "#gt;")
	return `"` + r.Replace(s) + `"`
}

func mermaidComment(s string) string { return strings.ReplaceAll(s, "\n", " ") }

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

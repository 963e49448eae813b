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
// lacks, so it can draw records that have not been validated.
func Build(r *relations.Records) Graph {
	var g Graph
	have := map[string]bool{}
	node := func(id string, k relations.Kind, label string) {
		if id == "" || have[id] {
			return
		}
		have[id] = true
		g.Nodes = append(g.Nodes, Node{ID: id, Kind: k, Label: label})
	}
	for _, s := range r.States {
		node(string(s.ID), relations.KindState, s.Name)
	}
	for _, m := range r.Ministries {
		node(string(m.ID), relations.KindMinistry, m.Name)
	}
	for _, o := range r.Organizations {
		node(string(o.ID), relations.KindOrganization, o.Name)
	}
	for _, o := range r.Officials {
		node(string(o.ID), relations.KindOfficial, o.Name)
	}
	for _, v := range r.Visits {
		node(string(v.ID), relations.KindVisit, "Visit "+v.Start.String())
	}
	for _, m := range r.Meetings {
		label := m.Title
		if label == "" {
			label = "Meeting " + m.Date.String()
		}
		node(string(m.ID), relations.KindMeeting, label)
	}
	for _, in := range r.Initiatives {
		node(string(in.ID), relations.KindInitiative, in.Title)
	}

	seen := map[Edge]bool{}
	edge := func(from, to, label string) {
		e := Edge{From: from, To: to, Label: label}
		if from == "" || to == "" || !have[from] || !have[to] || seen[e] {
			return
		}
		seen[e] = true
		g.Edges = append(g.Edges, e)
	}
	for _, m := range r.Ministries {
		edge(string(m.ID), string(m.State), "ministry of")
	}
	for _, o := range r.Organizations {
		edge(string(o.ID), string(o.State), "body of")
		edge(string(o.ID), string(o.ParentMinistry), "affiliated with")
		edge(string(o.ID), string(o.ParentOrganization), "affiliated with")
		for _, mem := range o.Members {
			edge(string(mem.State), string(o.ID), "member of")
		}
	}
	for _, o := range r.Officials {
		for _, p := range o.Posts {
			edge(string(o.ID), string(cmp.Or(string(p.Ministry), string(p.Organization), string(p.State))), p.Title)
		}
	}
	for _, v := range r.Visits {
		for _, o := range v.Visitors {
			edge(string(o), string(v.ID), "visited")
		}
		edge(string(v.ID), string(v.Host), "hosted by")
	}
	for _, m := range r.Meetings {
		for _, p := range m.Participants {
			edge(string(p.Official), string(m.ID), "took part in")
			edge(string(p.Official), string(p.State), "represents")
		}
		edge(string(m.ID), string(m.Visit), "during")
	}
	for _, in := range r.Initiatives {
		proposed := "proposed"
		if in.ProposalInferred {
			proposed = "proposed (inferred)"
		}
		for _, o := range in.ProposedBy {
			edge(string(o), string(in.ID), proposed)
		}
		for _, o := range in.LedBy {
			edge(string(o), string(in.ID), "leads")
		}
		for _, m := range in.Meetings {
			edge(string(in.ID), string(m), "discussed at")
		}
		for _, o := range in.Organizations {
			edge(string(in.ID), string(o), "within")
		}
	}
	for _, t := range r.Ties {
		if len(t.States) == 2 {
			label := strings.ReplaceAll(string(t.Kind), "_", " ")
			if !t.Established.IsZero() {
				label += " since " + t.Established.String()
			}
			edge(string(t.States[0]), string(t.States[1]), label)
		}
	}

	slices.SortFunc(g.Nodes, func(a, b Node) int {
		return cmp.Or(cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)), strings.Compare(a.ID, b.ID))
	})
	slices.SortFunc(g.Edges, func(a, b Edge) int {
		return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.To, b.To), strings.Compare(a.Label, b.Label))
	})
	return g
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

// DOT writes the network of r as Graphviz DOT: Build then WriteDOT.
func DOT(w io.Writer, r *relations.Records) error { return WriteDOT(w, Build(r), "amity") }

// Mermaid writes the network of r as a Mermaid flowchart: Build then
// WriteMermaid.
func Mermaid(w io.Writer, r *relations.Records) error { return WriteMermaid(w, Build(r)) }

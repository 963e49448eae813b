package graph

import (
	"errors"
	"iter"
	"slices"
	"strconv"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/fromdataset"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// Filter narrows a network to what a reader asks about. The zero Filter
// keeps everything.
type Filter struct {
	// States keeps the visits, meetings, initiatives, ties, agreements and
	// cultural events in which one of these states takes part (as a
	// participant's state, a visit's guest or host, a party, a tie's
	// state, an event's state or host), and what they name. Empty keeps
	// them all.
	States []orgs.StateID
	// Period keeps those dated within it: a visit by its start, a meeting
	// by its date, an initiative by any entry of its history, a tie by its
	// establishment, an agreement by its signature, a cultural event by
	// its planned or held start. Those with no date are kept only by the
	// zero Period.
	Period relations.Period
	// Kinds keeps the nodes of these kinds, and the edges between them.
	// Empty keeps every kind.
	Kinds []relations.Kind
}

// dated reports whether d is within the filter's period.
func (f Filter) dated(ds ...amity.Date) bool {
	if f.Period == (relations.Period{}) {
		return true
	}
	return slices.ContainsFunc(ds, func(d amity.Date) bool { return !d.IsZero() && f.Period.Includes(d) })
}

// involves reports whether one of states is one of the filter's.
func (f Filter) involves(states ...orgs.StateID) bool {
	if len(f.States) == 0 {
		return true
	}
	return slices.ContainsFunc(states, func(s orgs.StateID) bool { return slices.Contains(f.States, s) })
}

// eventKinds are the kinds of node that a Filter's states and period
// select.
var eventKinds = []relations.Kind{relations.KindVisit, relations.KindMeeting, relations.KindInitiative, relations.KindAgreement, relations.KindEvent}

// BuildWith returns the network of r narrowed by f: the events f keeps
// (see [Filter]), the entities they link to or that link to them, and
// the edges among those; of them, the nodes of the kinds f keeps and the
// edges between such nodes. The states f names are drawn even when no
// event is kept.
//
// For a [relations.Dataset], [BuildDataset] draws the same network with
// one meeting rebuilt at a time.
func BuildWith(r *relations.Records, f Filter) Graph {
	if r == nil {
		r = &relations.Records{}
	}
	return buildWith(r, slices.Values(r.Meetings), f)
}

// BuildDataset returns the network of d narrowed by f, as [BuildWith]
// returns that of d's [relations.Dataset.Records], but with one meeting
// rebuilt at a time, twice: for the meetings' nodes, then for their
// edges. Besides the dataset it holds the other entities, copied, and
// the graph. A nil or zero Dataset has the network of no records.
func BuildDataset(d *relations.Dataset, f Filter) Graph {
	r := fromdataset.AllButMeetings(d)
	return buildWith(&r, d.Meetings(), f)
}

// buildWith returns the network of r, with the meetings of meetings,
// narrowed by f (see [BuildWith]).
func buildWith(r *relations.Records, meetings iter.Seq[events.Meeting], f Filter) Graph {
	kept := func(yield func(events.Meeting) bool) {
		for m := range meetings {
			if f.keeps(&m) && !yield(m) {
				return
			}
		}
	}
	g := build(f.events(r), kept)
	narrowed := len(f.States) > 0 || f.Period != (relations.Period{})
	kinds := map[string]relations.Kind{}
	for _, n := range g.Nodes {
		kinds[n.ID] = n.Kind
	}
	// The nodes an event kept touches, the events included.
	touched := map[string]bool{}
	for _, e := range g.Edges {
		if slices.Contains(eventKinds, kinds[e.From]) || slices.Contains(eventKinds, kinds[e.To]) {
			touched[e.From], touched[e.To] = true, true
		}
	}
	keep := func(id string) bool {
		return (!narrowed || touched[id] || kinds[id] == relations.KindState && slices.Contains(f.States, orgs.StateID(id))) &&
			(len(f.Kinds) == 0 || slices.Contains(f.Kinds, kinds[id]))
	}
	var out Graph
	for _, n := range g.Nodes {
		if keep(n.ID) {
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		if keep(e.From) && keep(e.To) {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}

// events returns r with only the events f keeps, but for the meetings,
// which buildWith filters with keeps as they come.
func (f Filter) events(r *relations.Records) *relations.Records {
	out := *r
	out.Visits = keepIf(r.Visits, func(i int) bool {
		v := &r.Visits[i]
		return f.involves(v.Guest, v.Host) && f.dated(v.Start)
	})
	out.Initiatives = keepIf(r.Initiatives, func(i int) bool {
		in := &r.Initiatives[i]
		var ds []amity.Date
		for _, h := range in.History {
			ds = append(ds, h.Date)
		}
		return f.involves(in.Parties...) && f.dated(ds...)
	})
	out.Ties = keepIf(r.Ties, func(i int) bool { return f.involves(r.Ties[i].States...) && f.dated(r.Ties[i].Established) })
	out.Agreements = keepIf(r.Agreements, func(i int) bool {
		a := &r.Agreements[i]
		var states []orgs.StateID
		for _, p := range a.Parties {
			states = append(states, p.State, stateOf(r, p))
		}
		return f.involves(states...) && f.dated(a.Signed)
	})
	out.Events = keepIf(r.Events, func(i int) bool {
		e := &r.Events[i]
		return f.involves(append(e.States, e.Host)...) && f.dated(e.Planned.Start, e.Held.Start)
	})
	return &out
}

// keeps reports whether f keeps meeting m.
func (f Filter) keeps(m *events.Meeting) bool { return f.involves(m.States()...) && f.dated(m.Date) }

// stateOf returns the state of a ministry or organization party, "" if
// r does not tell.
func stateOf(r *relations.Records, b orgs.Body) orgs.StateID {
	for _, m := range r.Ministries {
		if b.Ministry != "" && m.ID == b.Ministry {
			return m.State
		}
	}
	for _, o := range r.Organizations {
		if b.Organization != "" && o.ID == b.Organization {
			return o.State
		}
	}
	return ""
}

// keepIf returns the elements of list at the indexes keep accepts.
func keepIf[T any](list []T, keep func(i int) bool) []T {
	var out []T
	for i := range list {
		if keep(i) {
			out = append(out, list[i])
		}
	}
	return out
}

// The limits of Mermaid's defaults, past which it draws an error instead
// of the diagram: GitHub and GitLab render with them.
const (
	MermaidMaxEdges = 500
	MermaidMaxText  = 50000
)

// ErrMermaidTooLarge is the error of [WriteMermaid] for a network that
// Mermaid would not draw with its default limits; narrow it with a
// [Filter], or draw it with Graphviz.
var ErrMermaidTooLarge = errors.New("too large for Mermaid")

// mermaidLimits returns an error wrapping ErrMermaidTooLarge if a
// flowchart of edges edges and size bytes passes Mermaid's defaults.
func mermaidLimits(edges, size int) error {
	switch {
	case edges > MermaidMaxEdges:
		return &limitError{"the network has " + strconv.Itoa(edges) + " edges, more than the " + strconv.Itoa(MermaidMaxEdges) + " Mermaid draws by default"}
	case size > MermaidMaxText:
		return &limitError{"the flowchart is " + strconv.Itoa(size) + " characters long, more than the " + strconv.Itoa(MermaidMaxText) + " Mermaid reads by default"}
	}
	return nil
}

// limitError says which limit of Mermaid a network passes.
type limitError struct{ detail string }

func (e *limitError) Error() string {
	return "graph: " + e.detail + "; narrow it (states, period, kinds of node) or draw it with Graphviz"
}
func (e *limitError) Unwrap() error { return ErrMermaidTooLarge }

package graph_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/graph"
)

// both returns the records of the two examples together.
func both() relations.Records {
	r, more := azernews.Records(), kplnews.Records()
	r.Sources = append(r.Sources, more.Sources...)
	r.States = append(r.States, more.States...)
	r.Ministries = append(r.Ministries, more.Ministries...)
	r.Organizations = append(r.Organizations, more.Organizations...)
	r.Officials = append(r.Officials, more.Officials...)
	r.Groups = append(r.Groups, more.Groups...)
	r.Meetings = append(r.Meetings, more.Meetings...)
	r.Initiatives = append(r.Initiatives, more.Initiatives...)
	r.Agreements = append(r.Agreements, more.Agreements...)
	r.Events = append(r.Events, more.Events...)
	return r
}

func nodeIDs(g graph.Graph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, n.ID)
	}
	return out
}

func TestBuildWith(t *testing.T) {
	r := both()
	all := graph.Build(&r)
	for _, tt := range []struct {
		name       string
		f          graph.Filter
		has, hasnt []string
	}{
		{"the zero filter keeps all", graph.Filter{}, nodeIDs(all), nil},
		{"a state", graph.Filter{States: []orgs.StateID{"LA"}},
			[]string{"LA", "KH", string(kplnews.MOU), string(kplnews.Signing), string(kplnews.Mounkeo)},
			[]string{"AZ", "IR", string(azernews.MeetingIsmaili), string(azernews.Karimov)}},
		{"a period", graph.Filter{Period: relations.Period{From: amity.MustParseDate("2022"), To: amity.MustParseDate("2022")}},
			[]string{string(azernews.MeetingIsmaili), string(azernews.Karimov)},
			[]string{string(kplnews.MOU), string(kplnews.Mounkeo)}},
		{"kinds", graph.Filter{Kinds: []relations.Kind{relations.KindState, relations.KindMeeting}},
			[]string{"AZ", string(azernews.MeetingIsmaili)},
			[]string{string(azernews.Karimov), string(kplnews.MOU), string(azernews.Visit)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := graph.BuildWith(&r, tt.f)
			ids := nodeIDs(g)
			for _, id := range tt.has {
				if !slices.Contains(ids, id) {
					t.Errorf("no node %s", id)
				}
			}
			for _, id := range tt.hasnt {
				if slices.Contains(ids, id) {
					t.Errorf("node %s is drawn", id)
				}
			}
			for _, e := range g.Edges {
				if !slices.Contains(ids, e.From) || !slices.Contains(ids, e.To) {
					t.Errorf("edge %v has an end that is not drawn", e)
				}
			}
		})
	}
}

// TestEveryInitiativeHasEdges checks that no initiative floats alone:
// each has an edge to its parties and meetings.
func TestEveryInitiativeHasEdges(t *testing.T) {
	r := both()
	g := graph.Build(&r)
	for _, in := range r.Initiatives {
		n := 0
		for _, e := range g.Edges {
			if e.From == string(in.ID) || e.To == string(in.ID) {
				n++
			}
		}
		if n < len(in.Parties) {
			t.Errorf("initiative %s has %d edges, fewer than its %d parties", in.ID, n, len(in.Parties))
		}
	}
}

// TestMermaidLimits checks that a network past Mermaid's default limits
// is refused with an error that says what to do.
func TestMermaidLimits(t *testing.T) {
	r := synth.Generate(synth.Config{Seed: 1, Meetings: 400, States: 10, Ministries: 20, Organizations: 10, Officials: 100})
	var b bytes.Buffer
	err := graph.Mermaid(&b, &r)
	if !errors.Is(err, graph.ErrMermaidTooLarge) || !strings.Contains(err.Error(), "Mermaid draws by default") {
		t.Fatalf("error %v, want one of a network too large for Mermaid", err)
	}
	if b.Len() != 0 {
		t.Errorf("wrote %d bytes of a flowchart Mermaid would not draw", b.Len())
	}
	g := graph.BuildWith(&r, graph.Filter{States: []orgs.StateID{r.Meetings[0].Participants[0].State},
		Kinds: []relations.Kind{relations.KindState, relations.KindMeeting}, Period: relations.Period{From: r.Meetings[0].Date, To: r.Meetings[0].Date}})
	if err := graph.WriteMermaid(&b, g); err != nil {
		t.Errorf("a narrowed network: %v", err)
	}
}

// TestHostileNames checks that names holding what DOT and Mermaid read as
// syntax or entities are shown as written.
func TestHostileNames(t *testing.T) {
	for _, name := range []string{`A "quoted" name`, `#quot;`, `&amp;`, `a|b`, `<b>bold</b>`, "back`tick", `[x]`, `{y}`, `\N \l`, `#35;`, `50% & more`} {
		r := relations.Records{States: []orgs.State{{ID: "AZ", Names: amity.Names{Name: name}}}}
		var dot, mm bytes.Buffer
		if err := graph.DOT(&dot, &r); err != nil {
			t.Fatal(err)
		}
		if err := graph.Mermaid(&mm, &r); err != nil {
			t.Fatal(err)
		}
		if got := unDOT(t, dot.String()); got != name {
			t.Errorf("DOT shows %q as %q", name, got)
		}
		if got := unMermaid(t, mm.String()); got != name {
			t.Errorf("Mermaid shows %q as %q", name, got)
		}
	}
}

// unDOT returns the label of the only node of a DOT graph as Graphviz
// shows it: escapes and the entities it reads undone.
func unDOT(t *testing.T, s string) string {
	t.Helper()
	_, rest, ok := strings.Cut(s, `[label="`)
	if !ok {
		t.Fatalf("no label in %s", s)
	}
	var b strings.Builder
	for i := 0; i < len(rest); i++ {
		switch {
		case rest[i] == '\\' && i+1 < len(rest):
			i++
			b.WriteByte(rest[i])
		case rest[i] == '"':
			return strings.NewReplacer("&amp;", "&").Replace(b.String())
		case rest[i] == '&' && !strings.HasPrefix(rest[i:], "&amp;"):
			t.Fatalf("a bare & in %s", s)
		default:
			b.WriteByte(rest[i])
		}
	}
	t.Fatalf("unterminated label in %s", s)
	return ""
}

// unMermaid returns the label of the only node of a Mermaid flowchart as
// Mermaid shows it: its entity codes read.
func unMermaid(t *testing.T, s string) string {
	t.Helper()
	_, rest, ok := strings.Cut(s, `"`)
	if !ok {
		t.Fatalf("no label in %s", s)
	}
	label, _, _ := strings.Cut(rest, `"`)
	for _, c := range []byte("&|<>`[]{}") {
		if strings.IndexByte(label, c) >= 0 {
			t.Fatalf("%q holds %q, which Mermaid reads", label, c)
		}
	}
	codes := strings.NewReplacer("#35;", "#", "#38;", "&", "#quot;", `"`, "#124;", "|", "#lt;", "<", "#gt;", ">", "#96;", "`", "#91;", "[", "#93;", "]", "#123;", "{", "#125;", "}")
	return codes.Replace(label)
}

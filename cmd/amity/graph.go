package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/graph"
)

// filterFlags adds to fs the flags that narrow a network, and returns the
// function that reads them once fs has parsed the arguments.
func filterFlags(e env, fs *flag.FlagSet) func() (graph.Filter, bool) {
	states := fs.String("states", "", "draw only the events of these `STATES`, comma-separated: AZ,IR")
	from := fs.String("since", "", "draw only the events not wholly before `DATE`")
	to := fs.String("until", "", "draw only the events not wholly after `DATE`")
	kinds := fs.String("kinds", "", "draw only nodes of these `KINDS`, comma-separated: state,meeting,agreement")
	return func() (graph.Filter, bool) {
		var f graph.Filter
		for s := range strings.SplitSeq(*states, ",") {
			if s = strings.TrimSpace(s); s != "" {
				f.States = append(f.States, orgs.StateID(strings.ToUpper(s)))
			}
		}
		var ok bool
		if f.Period.From, ok = dateFlag(e, "since", *from); !ok {
			return f, false
		}
		if f.Period.To, ok = dateFlag(e, "until", *to); !ok {
			return f, false
		}
		for k := range strings.SplitSeq(*kinds, ",") {
			if k = strings.TrimSpace(k); k == "" {
				continue
			}
			if !relations.Kind(k).TopLevel() {
				fmt.Fprintf(e.stderr, "amity: -kinds: unknown kind %q\n", k)
				return f, false
			}
			f.Kinds = append(f.Kinds, relations.Kind(k))
		}
		return f, true
	}
}

// writeGraph writes the network of d, narrowed by f, as DOT or Mermaid,
// and says how to narrow a network too large for Mermaid.
func writeGraph(e env, w io.Writer, d *relations.Dataset, f graph.Filter, mermaid bool) int {
	g := graph.BuildDataset(d, f)
	var err error
	if mermaid {
		err = graph.WriteMermaid(w, g)
	} else {
		err = graph.WriteDOT(w, g, "amity")
	}
	if errors.Is(err, graph.ErrMermaidTooLarge) {
		fmt.Fprintf(e.stderr, "amity: %v: give -states, -since, -until or -kinds to draw less, or write DOT for Graphviz\n", err)
		return exitInvalid
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	return exitOK
}

func runGraph(e env, args []string) int {
	fs, opts := newReadFlags(e, "graph", "-format dot|mermaid [-states STATES] [-since DATE] [-until DATE] [-kinds KINDS] FILE",
		"amity graph -format dot story.json | dot -Tsvg > story.svg   # dot is Graphviz")
	format := fs.String("format", "dot", "`dot` (Graphviz) or mermaid")
	filter := filterFlags(e, fs)
	if status, ok := parse(fs, args); !ok {
		return status
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	if *format != "dot" && *format != "mermaid" {
		fmt.Fprintf(e.stderr, "amity: unknown -format %q: want dot or mermaid\n", *format)
		return exitUsage
	}
	f, ok := filter()
	if !ok {
		return exitUsage
	}
	d, status := loadValid(e, fs.Arg(0), opts)
	if d == nil {
		return status
	}
	w := bufio.NewWriter(e.stdout)
	if status := writeGraph(e, w, d, f, *format == "mermaid"); status != exitOK {
		return status
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	return exitOK
}

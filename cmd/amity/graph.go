package main

import (
	"bufio"
	"fmt"

	"github.com/amitydata/amity/relations/graph"
)

func runGraph(e env, args []string) int {
	fs, opts := newReadFlags(e, "graph", "-format dot|mermaid FILE",
		"amity graph -format dot story.json | dot -Tsvg > story.svg")
	format := fs.String("format", "dot", "`dot` (Graphviz) or mermaid")
	if status, ok := parse(fs, args); !ok {
		return status
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	write := map[string]func(g graph.Graph) error{}
	w := bufio.NewWriter(e.stdout)
	write["dot"] = func(g graph.Graph) error { return graph.WriteDOT(w, g, "amity") }
	write["mermaid"] = func(g graph.Graph) error { return graph.WriteMermaid(w, g) }
	wr, ok := write[*format]
	if !ok {
		fmt.Fprintf(e.stderr, "amity: unknown -format %q: want dot or mermaid\n", *format)
		return exitUsage
	}
	d, status := loadValid(e, fs.Arg(0), opts)
	if d == nil {
		return status
	}
	r := d.Records()
	if err := wr(graph.Build(&r)); err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	return exitOK
}

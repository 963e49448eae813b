// Command azerbaijan-iran reconstructs the Azernews report of 2022-06-22 on
// the visit of Azerbaijan's culture minister, Anar Karimov, to Iran: it
// builds the dataset in Go code, validates it with relations.New, and
// prints a report of the visit, the two meetings, what was said and
// proposed, the organizations both states belong to, and the event codes.
//
// Usage:
//
//	go run ./examples/azerbaijan-iran [-format text|json|jsonl|dot|mermaid]
//
// The formats other than text write the dataset (json, jsonl) or its
// network (dot for Graphviz, mermaid for Markdown) instead of the report.
//
// The picture of the network in docs/azerbaijan-iran.svg is regenerated
// with Graphviz by go generate ./examples/azerbaijan-iran.
package main

//go:generate sh -c "go run . -format dot | dot -Tsvg -o ../../docs/azerbaijan-iran.svg"

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/graph"
)

func main() {
	format := flag.String("format", "text", "what to write: text (the report), json, jsonl, dot or mermaid")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: azerbaijan-iran [-format text|json|jsonl|dot|mermaid]")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	err := run(w, *format)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "azerbaijan-iran:", err)
		os.Exit(1)
	}
}

// run builds and validates the dataset and writes it in format.
func run(w io.Writer, format string) error {
	d, err := relations.New(azernews.Records())
	if err != nil {
		return err
	}
	r := d.Records()
	switch format {
	case "text":
		return report(w, d)
	case "json":
		return relations.WriteJSON(w, &r)
	case "jsonl":
		return relations.WriteJSONL(w, &r)
	case "dot":
		return graph.DOT(w, &r)
	case "mermaid":
		return graph.Mermaid(w, &r)
	}
	return fmt.Errorf("unknown format %q: want text, json, jsonl, dot or mermaid", format)
}

// Command laos-cambodia reconstructs the KPL report of 23 December 2010
// on the memorandum of understanding on cultural cooperation that Laos and
// Cambodia signed in Vientiane on 21 December 2010: it builds the dataset
// in Go code, validates it with relations.New, and prints a report of the
// memorandum, its signatories and provisions, the events it plans, the
// meetings, and every fact the dataset marks as read from context.
//
// Usage:
//
//	go run ./examples/laos-cambodia [-format text|json|jsonl|dot|mermaid]
//
// The formats other than text write the dataset (json, jsonl) or its
// network (dot for Graphviz, mermaid for Markdown) instead of the report.
//
// The picture of the network in docs/laos-cambodia.svg is regenerated
// with Graphviz by go generate ./examples/laos-cambodia.
package main

//go:generate sh -c "go run . -format dot | dot -Tsvg -o ../../docs/laos-cambodia.svg"

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/graph"
)

func main() {
	format := flag.String("format", "text", "what to write: text (the report), json, jsonl, dot or mermaid")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: laos-cambodia [-format text|json|jsonl|dot|mermaid]")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	err := run(w, *format)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "laos-cambodia:", err)
		os.Exit(1)
	}
}

// run builds and validates the dataset and writes it in format.
func run(w io.Writer, format string) error {
	d, err := relations.New(kplnews.Records())
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

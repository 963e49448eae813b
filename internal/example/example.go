// Package example runs amity's runnable examples: it builds a story's
// dataset, validates it, and writes its report or the dataset in one of
// amity's formats, with the command line both examples share.
package example

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/graph"
)

// Report writes the report of a story's dataset.
type Report func(w io.Writer, d *relations.Dataset) error

// Write builds and validates a dataset of r and writes it to w in format:
// text (the report), json or jsonl (the dataset), dot or mermaid (its
// network).
func Write(w io.Writer, r relations.Records, format string, report Report) error {
	d, err := relations.New(r)
	if err != nil {
		return err
	}
	r = d.Records()
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

// Main is the command name: it reads -format from the command line,
// writes to standard output with run, and exits 2 for a usage error and 1
// if run fails.
func Main(name string, run func(w io.Writer, format string) error) {
	format := flag.String("format", "text", "what to write: text (the report), json, jsonl, dot or mermaid")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: "+name+" [-format text|json|jsonl|dot|mermaid]")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	err := run(w, *format)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, name+":", err)
		os.Exit(1)
	}
}

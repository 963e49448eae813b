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
	"io"

	"github.com/amitydata/amity/internal/example"
	"github.com/amitydata/amity/internal/kplnews"
)

func main() { example.Main("laos-cambodia", run) }

// run builds and validates the dataset and writes it in format.
func run(w io.Writer, format string) error {
	return example.Write(w, kplnews.Records(), format, report)
}

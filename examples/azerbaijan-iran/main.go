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
	"io"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/example"
)

func main() { example.Main("azerbaijan-iran", run) }

// run builds and validates the dataset and writes it in format.
func run(w io.Writer, format string) error {
	return example.Write(w, azernews.Records(), format, report)
}

package main

import (
	"fmt"

	"github.com/amitydata/amity/relations"
)

// counts returns the number of entities of each kind, posts and
// statements included, in the order of relations.Kinds.
func counts(d *relations.Dataset) []kindCount {
	var out []kindCount
	for _, k := range relations.Kinds() {
		out = append(out, kindCount{Kind: k, Count: d.Count(k)})
	}
	return out
}

type kindCount struct {
	Kind  relations.Kind `json:"kind"`
	Count int            `json:"count"`
}

func runStats(e env, args []string) int {
	fs, opts := newReadFlags(e, "stats", "[-json] FILE", "amity stats archive.jsonl")
	asJSON := fs.Bool("json", false, "write JSON instead of text")
	if status, ok := parse(fs, args); !ok {
		return status
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	d, status := loadValid(e, fs.Arg(0), opts)
	if d == nil {
		return status
	}
	c := counts(d)
	if *asJSON {
		return writeJSON(e.stdout, c)
	}
	for _, kc := range c {
		fmt.Fprintf(e.stdout, "%-13s %d\n", relations.Kind(kc.Kind).Plural(), kc.Count)
	}
	return exitOK
}

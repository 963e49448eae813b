package main

import (
	"cmp"
	"fmt"
	"strconv"

	"github.com/amitydata/amity/relations"
)

func runValidate(e env, args []string) int {
	fs, opts := newReadFlags(e, "validate", "[-format json|jsonl|parquet] FILE...",
		"amity validate meetings.jsonl sources.json")
	format := fs.String("format", "", "the same as -in: read every FILE as `json`, jsonl or parquet")
	quiet := fs.Bool("q", false, "print nothing when the data is valid")
	ref := fs.String("ref", "", "check each FILE, a shard of JSON Lines, against the reference file `REF` of its archive, "+
		"the shards in parallel (see amity shard)")
	if status, ok := parse(fs, args); !ok {
		return status
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	if *ref != "" {
		return validateShards(e, *ref, fs.Args(), opts.opts, *quiet)
	}
	status := exitOK
	for _, file := range fs.Args() {
		records, problems, at, err := check(e, file, cmp.Or(*format, opts.from), opts.opts)
		if err != nil {
			fmt.Fprintf(e.stderr, "amity: %v\n", err)
			status = exitUsage
			continue
		}
		if problems != nil {
			printProblems(e.stdout, file, at, problems)
			fmt.Fprintf(e.stderr, "%s: %s\n", file, countProblems(len(problems), opts.opts.MaxProblems))
			if status == exitOK {
				status = exitInvalid
			}
			continue
		}
		if !*quiet {
			fmt.Fprintf(e.stdout, "%s: valid, %d records\n", file, records)
		}
	}
	return status
}

// countProblems returns "1 problem" or "n problems" for n problems read
// with a limit of limit (0 for the default): "more than limit problems"
// if there are more than limit, the last of them the one that says reading
// stopped at the limit.
func countProblems(n, limit int) string {
	if limit <= 0 {
		limit = relations.DefaultMaxProblems
	}
	switch {
	case n > limit && limit == 1:
		return "more than 1 problem"
	case n > limit:
		return "more than " + strconv.Itoa(limit) + " problems"
	case n == 1:
		return "1 problem"
	}
	return strconv.Itoa(n) + " problems"
}

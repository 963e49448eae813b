// Command cmd is the naive baseline as a program: it reads and checks a
// JSON Lines archive with [naive.Validate] — encoding/json per line into
// amity's types, each record's Validate method, a map of the IDs, every
// reference checked, an index of the meetings by pair of states — and
// prints each problem and how many records it read and problems it
// found, for comparing wall time and peak memory with "amity validate":
//
//	go build -o /tmp/naive ./internal/naive/cmd
//	/usr/bin/time -v /tmp/naive archive.jsonl
//
// -check asks for that full check, which is the default. With -load it
// only decodes each line and checks it with the validator
// ([naive.Load]), checking no reference. Exit status: 0 when the archive
// is valid, 1 when it is not, 2 for a usage or I/O error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/amitydata/amity/internal/naive"
	"github.com/amitydata/amity/relations"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("naive", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Bool("check", true, "check every reference too, with a map of the IDs (the default)")
	load := fs.Bool("load", false, "only decode each line and check it with the validator")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: naive [-check | -load] FILE.jsonl")
		return 2
	}
	file := fs.Arg(0)
	f, err := os.Open(file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	defer f.Close()
	var records int
	var problems []naive.Problem
	if *load {
		var rec relations.Records
		rec, problems, err = naive.Load(f)
		records = rec.Len()
	} else {
		var a *naive.Archive
		a, problems, err = naive.Validate(f)
		if a != nil {
			records = a.Records.Len()
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	for _, p := range problems {
		fmt.Fprintf(stdout, "%s:%d: %v\n", file, p.Line, p.Err)
	}
	fmt.Fprintf(stdout, "%s: %d records, %d problems\n", file, records, len(problems))
	if len(problems) > 0 {
		return 1
	}
	return 0
}

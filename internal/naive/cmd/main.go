// Command cmd is the naive baseline as a program: it reads a JSON Lines
// archive with [naive.Load] — encoding/json and validator.Struct per
// record, appended to slices — and prints how many records it read and
// how many problems it found, for comparing wall time and peak memory
// with "amity validate":
//
//	go build -o /tmp/naive ./internal/naive/cmd
//	/usr/bin/time -v /tmp/naive archive.jsonl
//
// With -check it also checks every reference with [naive.Check], as
// amity validate does. Exit status: 0 when every record passed, 1 when
// some did not, 2 for a usage or I/O error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/amitydata/amity/internal/naive"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("naive", flag.ContinueOnError)
	fs.SetOutput(stderr)
	check := fs.Bool("check", false, "check every reference too, with a map of the IDs")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: naive [-check] FILE.jsonl")
		return 2
	}
	file := fs.Arg(0)
	f, err := os.Open(file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	defer f.Close()
	rec, problems, err := naive.Load(f)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	for _, p := range problems {
		fmt.Fprintf(stdout, "%s:%d: %v\n", file, p.Line, p.Err)
	}
	n := len(problems)
	if *check {
		for _, err := range naive.Check(&rec) {
			fmt.Fprintf(stdout, "%s: %v\n", file, err)
			n++
		}
	}
	fmt.Fprintf(stdout, "%s: %d records, %d problems\n", file, rec.Len(), n)
	if n > 0 {
		return 1
	}
	return 0
}

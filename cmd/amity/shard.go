package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// referenceFile is the name of the reference file amity shard writes.
const referenceFile = "reference.jsonl"

// shardName returns the name of shard i of n, from 1: shard-001.jsonl.
func shardName(i, n int) string {
	width := max(3, len(strconv.Itoa(n)))
	return fmt.Sprintf("shard-%0*d.jsonl", width, i+1)
}

func runShard(e env, args []string) int {
	kinds := make([]string, 0, 4)
	for _, k := range relations.ShardKinds() {
		kinds = append(kinds, k.Plural())
	}
	fs, opts := newReadFlags(e, "shard", "-n N -o DIR FILE",
		"amity shard -n 16 -o archive.shards archive.jsonl")
	n := fs.Int("n", 0, "the number `N` of shards, 1 or more")
	out := fs.String("o", "", "the directory `DIR` to write in: "+referenceFile+", the entities no shard kind, and "+
		shardName(0, 1)+" and on, the "+strings.Join(kinds, ", ")+", each with the entities its references tie it to; "+
		"check them with amity validate -ref DIR/"+referenceFile+" DIR/shard-*.jsonl")
	if status, ok := parse(fs, args); !ok {
		return status
	}
	if fs.NArg() != 1 || *n < 1 || *out == "" {
		fs.Usage()
		return exitUsage
	}
	write, status := sharding(e, fs.Arg(0), opts)
	if write == nil {
		return status
	}
	if err := os.MkdirAll(*out, 0o777); err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	var bufs []*bufio.Writer
	var closers []func() error
	openOut := func(name string) (io.Writer, error) {
		w, closeFile, err := create(e, filepath.Join(*out, name))
		if err != nil {
			return nil, err
		}
		b := bufio.NewWriterSize(w, 256<<10)
		bufs, closers = append(bufs, b), append(closers, closeFile)
		return b, nil
	}
	err := func() error {
		ref, err := openOut(referenceFile)
		if err != nil {
			return err
		}
		shards := make([]io.Writer, *n)
		for i := range shards {
			if shards[i], err = openOut(shardName(i, *n)); err != nil {
				return err
			}
		}
		return write(ref, shards)
	}()
	for i, closeFile := range closers {
		err = errors.Join(err, bufs[i].Flush(), closeFile())
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// sharding checks file, which must be valid, and returns the function
// that shards it; else it prints the problems and returns the exit status
// to end with. A file of JSON Lines is checked as validate checks it and
// then sharded as it is read again, twice, with no dataset held (see
// relations.ShardJSONL); other input is read into a Dataset.
func sharding(e env, file string, rd *reading) (func(ref io.Writer, shards []io.Writer) error, int) {
	if format, err := formatOf(file, rd.from); err != nil || format != "jsonl" || file == "-" {
		d, status := loadValid(e, file, rd)
		if d == nil {
			return nil, status
		}
		return func(ref io.Writer, shards []io.Writer) error { return relations.Shard(d, ref, shards) }, exitOK
	}
	if status, ok := checkLines(e, file, rd.opts); !ok {
		return nil, status
	}
	return func(ref io.Writer, shards []io.Writer) error {
		f, err := os.Open(file)
		if err != nil {
			return err
		}
		defer f.Close()
		return relations.ShardJSONL(f, rd.opts, ref, shards)
	}, exitOK
}

// validateShards checks each shard against ref, a reference file of JSON
// Lines, on a goroutine for each core, and prints what it finds of each
// in the order of the shards, as validate prints it of files. It returns
// the exit status.
func validateShards(e env, ref string, shards []string, opts relations.ReadOptions, quiet bool) int {
	data, err := os.ReadFile(ref)
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	records, err := relations.ValidateJSONL(bytes.NewReader(data), opts)
	problems := amity.Errors(err)
	if err != nil && problems == nil {
		fmt.Fprintf(e.stderr, "amity: %s: %v\n", ref, err)
		return exitUsage
	}
	if problems != nil {
		printProblems(e.stdout, ref, nil, placed(ref, true, problems))
		fmt.Fprintf(e.stderr, "%s: %s; the shards are not checked against it\n", ref, countProblems(len(problems), opts.MaxProblems))
		return exitInvalid
	}
	if !quiet {
		fmt.Fprintf(e.stdout, "%s: valid, %d records\n", ref, records)
	}
	type result struct {
		records  int
		problems []amity.FieldError
		err      error
	}
	reference := relations.NewShardReference(data, opts)
	results := make([]result, len(shards))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(shards)) {
		wg.Go(func() {
			for i := range next {
				f, err := os.Open(shards[i])
				if err != nil {
					results[i].err = err
					continue
				}
				n, err := reference.Validate(bufio.NewReaderSize(f, 1<<20))
				f.Close()
				results[i] = result{records: n, problems: placed(shards[i], true, amity.Errors(err))}
				if results[i].problems == nil {
					results[i].err = err
				}
			}
		})
	}
	for i := range shards {
		next <- i
	}
	close(next)
	wg.Wait()
	status := exitOK
	for i, r := range results {
		switch {
		case r.err != nil:
			fmt.Fprintf(e.stderr, "amity: %s: %v\n", shards[i], r.err)
			status = exitUsage
		case r.problems != nil:
			printProblems(e.stdout, shards[i], nil, r.problems)
			fmt.Fprintf(e.stderr, "%s: %s\n", shards[i], countProblems(len(r.problems), opts.MaxProblems))
			if status == exitOK {
				status = exitInvalid
			}
		case !quiet:
			fmt.Fprintf(e.stdout, "%s: valid, %d records\n", shards[i], r.records)
		}
	}
	return status
}

// Command amity checks, queries, draws and converts amity datasets, for
// the people who curate cultural-relations data without writing Go.
//
// Usage:
//
//	amity validate [-format json|jsonl|parquet] FILE...
//	amity validate -ref REFERENCE SHARD...
//	amity query between [-from DATE] [-to DATE] [-json] STATE STATE FILE
//	amity query timeline [-json] STATE STATE FILE
//	amity query shared-memberships -on DATE [-json] STATE STATE FILE
//	amity query anniversary -year YEAR [-json] STATE STATE FILE
//	amity query agreements -on DATE [-json] STATE STATE FILE
//	amity query ending [-from DATE] [-to DATE] [-json] FILE
//	amity query signed-by [-json] OFFICIAL FILE
//	amity query find [-json] NAME FILE
//	amity graph -format dot|mermaid FILE
//	amity stats [-json] FILE
//	amity convert [-upgrade] -to dot|ftm|json|jsonl|mermaid|parquet|plover|popolo [-o OUT] FILE
//	amity import -from popolo [-to json|jsonl] FILE
//	amity shard -n N -o DIR FILE
//	amity generate -meetings N [-seed S] [-format jsonl|json] [-o FILE]
//
// A FILE is an amity JSON document (".json"), a JSON Lines archive
// (".jsonl"), or a directory of Parquet tables as convert -to parquet -o
// DIR writes them (docs/parquet.md); -in json, -in jsonl or -in parquet
// overrides what the name tells. A problem in a directory of tables is
// reported at its table's file and row. Flags come
// before arguments, and the data file is the last argument. "-" reads
// standard input (give -in). A state, official or agreement a query
// names must be in the dataset; if not, the command says which one it may
// have meant. convert -upgrade reads a file of the first document format,
// amity/v1.
//
// Every command that reads a dataset (validate, query, graph, stats and
// convert) takes the limits of reading as flags, each a number of 0 or
// more, 0 keeping the default:
//
//	-max-line-bytes N      a line of JSON Lines (default 1 MiB)
//	-max-document-bytes N  a JSON document (default 256 MiB)
//	-max-string-bytes N    a string or member name (default 64 KiB)
//	-max-depth N           nesting of objects and lists (default 64)
//	-max-problems N        problems reported (default 1000); reading stops
//	                       at the next, and one more line says so
//
// Input beyond a limit is a problem of kind "too large" on its line.
//
// Memory: amity runs Go's collector at GOGC=50, not Go's default of 100,
// unless the environment sets GOGC. A Go program may let its heap grow
// to 1+GOGC/100 times what it holds live before collecting; on a
// million meetings, GOGC=50 takes a fortieth less memory for about 2%
// more time, where, before the readers allocated as little as they do,
// it took a sixth less (see BENCHMARKS.md). GOGC and GOMEMLIMIT in the
// environment tune it as for any Go program.
//
// Exit status: 0 when all went well and the data is valid, 1 when the data
// is invalid, 2 for a usage or I/O error, an error writing standard output
// included.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Exit statuses.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

func main() {
	setGC(os.LookupEnv)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// gcPercent is the GOGC the command runs at when the environment sets
// none: memory before time, for archives of millions of records.
const gcPercent = 50

// setGC sets the collector's GOGC to gcPercent, unless the environment,
// read with lookupEnv, sets GOGC.
func setGC(lookupEnv func(string) (string, bool)) {
	if _, set := lookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
}

// env is what a command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// command is a subcommand: its name, a line of help, and how to run it.
type command struct {
	name, summary string
	run           func(e env, args []string) int
}

func commands() []command {
	return []command{
		{"validate", "check files and print every problem, one a line", runValidate},
		{"query", "ask a dataset: between, timeline, shared-memberships, anniversary, agreements, ending, signed-by, find", runQuery},
		{"graph", "draw the network as Graphviz DOT or Mermaid", runGraph},
		{"stats", "count the entities of a dataset by kind", runStats},
		{"convert", "write a dataset as JSON, JSON Lines, Popolo, FollowTheMoney, PLOVER, DOT or Mermaid", runConvert},
		{"import", "read Popolo JSON into amity's format, reporting what does not map", runImport},
		{"shard", "cut an archive into a reference file and shards that validate -ref checks in parallel", runShard},
		{"generate", "write a synthetic archive of N meetings, for tests and benchmarks at scale", runGenerate},
	}
}

// checked is a writer that keeps the first error of its writes, so that
// a command whose output could not be written fails, whatever it wrote
// with.
type checked struct {
	w   *bufio.Writer
	err error
}

func (c *checked) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.err = err
	return n, err
}

// flush writes what is buffered and returns the first error of all the
// writes.
func (c *checked) flush() error {
	if c.err == nil {
		c.err = c.w.Flush()
	}
	return c.err
}

// run runs the command line args and returns the exit status. Standard
// output is buffered; an error writing it, at any time, makes the status
// 2.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	out := &checked{w: bufio.NewWriterSize(stdout, 64<<10)}
	defer func() {
		if err := out.flush(); err != nil && status != exitUsage {
			fmt.Fprintf(stderr, "amity: writing the output: %v\n", err)
			status = exitUsage
		}
	}()
	e := env{stdin: stdin, stdout: out, stderr: stderr}
	defer func() {
		// No input may crash the command: report a bug instead of a stack.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "amity: internal error: %v\n", r)
			status = exitUsage
		}
	}()
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "amity: unknown command %q\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: amity COMMAND [flags] ARGS")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'amity COMMAND -h' for a command's flags and an example.")
}

package main

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/ftm"
	"github.com/amitydata/amity/relations/graph"
	"github.com/amitydata/amity/relations/parquet"
	"github.com/amitydata/amity/relations/plover"
	"github.com/amitydata/amity/relations/popolo"
)

// writers are the formats amity convert writes, by name.
var writers = map[string]func(w io.Writer, r *relations.Records) error{
	"json":    relations.WriteJSON,
	"jsonl":   relations.WriteJSONL,
	"popolo":  popolo.Export,
	"ftm":     ftm.Export,
	"plover":  plover.Export,
	"dot":     graph.DOT,
	"mermaid": graph.Mermaid,
}

// datasetWriters are the writers of the formats that write from a
// Dataset, by name: the same bytes as those of writers.
var datasetWriters = map[string]func(w io.Writer, d *relations.Dataset) error{
	"json":   func(w io.Writer, d *relations.Dataset) error { return d.WriteJSON(w) },
	"jsonl":  func(w io.Writer, d *relations.Dataset) error { return d.WriteJSONL(w) },
	"plover": plover.ExportDataset,
	"ftm":    ftm.ExportDataset,
	"popolo": popolo.ExportDataset,
}

// toParquet is the format of -to that writes a directory of Parquet
// tables (-o DIR), not a stream.
const toParquet = "parquet"

func writerNames() string {
	names := make([]string, 0, len(writers)+1)
	for n := range writers {
		names = append(names, n)
	}
	names = append(names, toParquet)
	slices.Sort(names)
	return strings.Join(names, "|")
}

func runConvert(e env, args []string) int {
	fs, opts := newReadFlags(e, "convert", "-to "+writerNames()+" [-o OUT] FILE",
		"amity convert -to popolo story.json > story.popolo.json\n  amity convert -to parquet -o archive.parquet archive.jsonl")
	to := fs.String("to", "", "the `FORMAT` to write: "+writerNames())
	out := fs.String("o", "", "write to the file `OUT`, not standard output; with -to parquet, the directory to write the tables in (required)")
	filter := filterFlags(e, fs)
	upgrade := fs.Bool("upgrade", false, "read a file of the first document format, "+relations.SchemaV1+", and write the current one, "+relations.Schema)
	if status, ok := parse(fs, args); !ok {
		return status
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	write, ok := writers[*to]
	if !ok && *to != toParquet {
		fmt.Fprintf(e.stderr, "amity: unknown -to %q: want %s\n", *to, writerNames())
		return exitUsage
	}
	if *to == toParquet && *out == "" {
		fmt.Fprintln(e.stderr, "amity: -to parquet writes a directory of tables: give it with -o DIR")
		return exitUsage
	}
	f, ok := filter()
	if !ok {
		return exitUsage
	}
	if (f.States != nil || f.Period != (relations.Period{}) || f.Kinds != nil) && *to != "dot" && *to != "mermaid" {
		fmt.Fprintln(e.stderr, "amity: -states, -since, -until and -kinds narrow a graph: give them with -to dot or -to mermaid")
		return exitUsage
	}
	format, err := formatOf(fs.Arg(0), opts.from)
	if *to == toParquet && !*upgrade && err == nil && format == "jsonl" && fs.Arg(0) != "-" {
		return convertLines(e, fs.Arg(0), opts.opts, *out)
	}
	if *to == "jsonl" && err == nil && format == "parquet" {
		if status, done := convertTables(e, fs.Arg(0), opts.opts, *out); done {
			return status
		}
	}
	d, status := loadValidAs(e, fs.Arg(0), opts, *upgrade)
	if d == nil {
		return status
	}
	if *to == toParquet {
		if err := parquet.WriteDataset(*out, d); err != nil {
			fmt.Fprintf(e.stderr, "amity: %v\n", err)
			return exitUsage
		}
		return exitOK
	}
	dst, closeOut, err := create(e, *out)
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	w := bufio.NewWriter(dst)
	if fromDataset, ok := datasetWriters[*to]; ok {
		// It writes from the dataset, one meeting at a time, where its
		// Records would rebuild every meeting at once.
		if err := fromDataset(w, d); err != nil {
			fmt.Fprintf(e.stderr, "amity: %v\n", err)
			return exitUsage
		}
	} else if *to == "dot" || *to == "mermaid" {
		if status := writeGraph(e, w, d, f, *to == "mermaid"); status != exitOK {
			return status
		}
	} else {
		r := d.Records()
		if err := write(w, &r); err != nil {
			fmt.Fprintf(e.stderr, "amity: %v\n", err)
			return exitUsage
		}
	}
	if err := cmp.Or(w.Flush(), closeOut()); err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// convertLines converts file, JSON Lines, to Parquet tables in dir in two
// passes: it checks the file as validate does, and if it is valid, reads
// it again an entity at a time into the tables, holding no dataset.
func convertLines(e env, file string, opts relations.ReadOptions, dir string) int {
	if status, ok := checkLines(e, file, opts); !ok {
		return status
	}
	f, err := os.Open(file)
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	defer f.Close()
	w, err := parquet.Create(dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	_, err = relations.ScanJSONL(bufio.NewReaderSize(f, 1<<20), opts, func(_ relations.Kind, v any) error { return w.Write(v) })
	if err = errors.Join(err, w.Close()); err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// convertTables converts dir, a directory of Parquet tables, to JSON
// Lines in OUT (standard output for "" or "-") in two passes: it checks
// the tables as validate does, and if they are valid and their entities
// come in the order amity's JSON Lines list them (as the tables of a
// file of JSON Lines do), reads them again an entity at a time into the
// lines, holding no dataset. It returns false, having written nothing,
// if the entities come in another order, which only a Dataset can sort.
func convertTables(e env, dir string, opts relations.ReadOptions, out string) (status int, done bool) {
	t := readTables(dir, false, opts)
	if t.problems != nil {
		printProblems(e.stderr, dir, t.where, t.problems)
		return exitInvalid, true
	}
	if !t.inOrder {
		return 0, false
	}
	dst, closeOut, err := create(e, out)
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage, true
	}
	w := bufio.NewWriterSize(dst, 256<<10)
	jw := relations.NewJSONLWriter(w)
	err = parquet.ScanDir(dir, jw.Write)
	if err == nil && !jw.InOrder() {
		err = errors.New(dir + ": the tables changed while they were read")
	}
	if err = cmp.Or(err, jw.Flush(), w.Flush(), closeOut()); err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage, true
	}
	return exitOK, true
}

func runImport(e env, args []string) int {
	fs := newFlags(e, "import", "-from popolo [-to json|jsonl] FILE",
		"amity import -from popolo people.json > people.amity.json")
	from := fs.String("from", "", "the `FORMAT` of FILE: popolo")
	to := fs.String("to", "json", "write amity's `json` document or jsonl")
	var opts relations.ReadOptions
	limitFlags(fs, &opts)
	if status, ok := parse(fs, args); !ok {
		return status
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	if *from != "popolo" {
		fmt.Fprintf(e.stderr, "amity: unknown -from %q: want popolo\n", *from)
		return exitUsage
	}
	if *to != "json" && *to != "jsonl" {
		fmt.Fprintf(e.stderr, "amity: unknown -to %q: want json or jsonl\n", *to)
		return exitUsage
	}
	file := fs.Arg(0)
	rd, closeFile, err := open(e, file)
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	defer closeFile()
	r, report, err := popolo.ImportWith(rd, opts)
	if problems := amity.Errors(err); problems != nil {
		printReport(e.stderr, file, report)
		printProblems(e.stderr, file, nil, problems)
		return exitInvalid
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %s: %v\n", file, err)
		return exitUsage
	}
	printReport(e.stderr, file, report)
	w := bufio.NewWriter(e.stdout)
	if err := writers[*to](w, &r); err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	if err := relations.Validate(&r); err != nil {
		fmt.Fprintln(e.stderr, "the imported records do not validate yet:")
		printProblems(e.stderr, file, nil, errorsOf(err))
		return exitInvalid
	}
	return exitOK
}

// printReport prints the report of an import one item a line, each
// located in the input as problems are: FILE:LINE:COLUMN: unmapped:
// path: "value": detail; then how many items were left out, if any.
func printReport(w io.Writer, file string, r popolo.Report) {
	for _, list := range []struct {
		what  string
		items []popolo.Item
	}{{"unmapped", r.Unmapped}, {"filled", r.Filled}, {"missing", r.Missing}} {
		for _, it := range list.items {
			at := file
			if it.Line > 0 {
				at += ":" + strconv.Itoa(it.Line)
				if it.Column > 0 {
					at += ":" + strconv.Itoa(it.Column)
				}
			}
			fmt.Fprintf(w, "%s: %s: %s\n", at, list.what, it)
		}
	}
	if r.Dropped > 0 {
		fmt.Fprintf(w, "%s: and %d more items, not listed\n", file, r.Dropped)
	}
}

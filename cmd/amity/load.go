package main

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/parquet"
)

// newFlags returns a flag set for subcommand name whose -h prints the
// usage line, the flags and the example.
func newFlags(e env, name, args, example string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: amity %s %s\n", name, args)
		var flags bytes.Buffer
		fs.SetOutput(&flags)
		fs.PrintDefaults()
		fs.SetOutput(e.stderr)
		if flags.Len() > 0 {
			fmt.Fprintf(e.stderr, "\nflags:\n%s", flags.String())
		}
		fmt.Fprintf(e.stderr, "\nexample:\n  %s\n", example)
	}
	return fs
}

// reading is how a subcommand reads its dataset, as its flags set it.
type reading struct {
	// opts holds the limits of reading.
	opts relations.ReadOptions
	// from is the format of the input, "json" or "jsonl"; "" to tell it
	// from the file's extension.
	from string
}

// newReadFlags returns the flag set of a subcommand that reads a dataset,
// as newFlags does, with the flags of reading (see readFlags), and how
// they say to read once the flags are parsed.
func newReadFlags(e env, name, args, example string) (*flag.FlagSet, *reading) {
	fs := newFlags(e, name, args, example)
	return fs, readFlags(fs)
}

// readFlags adds to fs the flag -in, the format of the input, and a
// flag for each limit of relations.ReadOptions, and returns what they set
// once fs has parsed the arguments. A limit takes a whole number, 0 or
// more; 0, the value when it is not given, keeps the library's default.
func readFlags(fs *flag.FlagSet) *reading {
	rd := new(reading)
	fs.StringVar(&rd.from, "in", "", "read the input as `json`, jsonl or parquet (a directory of tables), whatever its name says; needed for - (standard input)")
	limitFlags(fs, &rd.opts)
	return rd
}

// limitFlags adds to fs a flag for each limit of o.
func limitFlags(fs *flag.FlagSet, o *relations.ReadOptions) {
	limitVar(fs, &o.MaxLineBytes, "max-line-bytes", "the longest line of JSON Lines, `N` bytes without its line end", relations.DefaultMaxLineBytes, "1 MiB")
	limitVar(fs, &o.MaxDocumentBytes, "max-document-bytes", "the largest JSON document, `N` bytes", relations.DefaultMaxDocumentBytes, "256 MiB")
	limitVar(fs, &o.MaxStringBytes, "max-string-bytes", "the longest string or member name, `N` bytes as written between its quotes", relations.DefaultMaxStringBytes, "64 KiB")
	limitVar(fs, &o.MaxDepth, "max-depth", "the deepest nesting of objects and lists, `N` levels, the document or the line counting 1", relations.DefaultMaxDepth, "")
	limitVar(fs, &o.MaxProblems, "max-problems", "report at most `N` problems; reading stops at the next, and says so", relations.DefaultMaxProblems, "")
}

// limitVar defines the flag name for the limit *p, whose default is def
// (also written as human, if not empty).
func limitVar[T int | int64](fs *flag.FlagSet, p *T, name, usage string, def int64, human string) {
	d := strconv.FormatInt(def, 10)
	if human != "" {
		d += " (" + human + ")"
	}
	fs.Var(limitValue[T]{p}, name, usage+"; default "+d+", also when 0")
}

// limitValue is a flag.Value for a limit: a whole number, 0 or more.
type limitValue[T int | int64] struct{ p *T }

func (v limitValue[T]) String() string {
	if v.p == nil {
		return "0"
	}
	return strconv.FormatInt(int64(*v.p), 10)
}

func (v limitValue[T]) Set(s string) error {
	n, err := strconv.ParseInt(s, 10, 64)
	switch {
	case err != nil || int64(T(n)) != n:
		return errors.New("not a whole number of a size amity can take")
	case n < 0:
		return errors.New("a limit is 0 or more")
	}
	*v.p = T(n)
	return nil
}

// parse parses args with fs and reports whether to go on; status is the
// exit status when not (0 after -h, 2 after a bad flag).
func parse(fs *flag.FlagSet, args []string) (status int, ok bool) {
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return exitOK, false
	case err != nil:
		return exitUsage, false
	}
	return 0, true
}

// formatOf returns the format of file: the -format flag if set, else
// parquet for a directory, else by the file's extension.
func formatOf(file, flagValue string) (string, error) {
	switch f := strings.ToLower(flagValue); f {
	case "json", "jsonl", "parquet":
		return f, nil
	case "":
	default:
		return "", fmt.Errorf("unknown input format %q: want json, jsonl or parquet", flagValue)
	}
	if st, err := os.Stat(file); err == nil && st.IsDir() {
		return "parquet", nil
	}
	switch strings.ToLower(filepath.Ext(file)) {
	case ".json":
		return "json", nil
	case ".jsonl", ".ndjson":
		return "jsonl", nil
	}
	return "", fmt.Errorf("%s: cannot tell the format from the extension: give -in json or -in jsonl", file)
}

// loaded is the outcome of reading one file.
type loaded struct {
	data     *relations.Dataset // nil if the file is invalid
	problems []amity.FieldError // every problem, in order of line
	// where tells the file and line of a problem; nil for the file read
	// and the problem's line.
	where where
}

// errReadStopped tells the scan of a directory of tables that the reader
// it feeds has stopped.
var errReadStopped = errors.New("reading stopped")

// errStdinTables is the error of reading Parquet tables from standard
// input.
var errStdinTables = errors.New("standard input cannot hold Parquet tables, which are a directory")

// where returns the file and line, 0 if not known, of a problem.
type where func(p amity.FieldError) (file string, line int)

// tablesRead is what readTables tells of a directory of tables: the
// Dataset, if built; the number of records; the problems and where each
// lies; and whether the entities came in the order WriteJSONL writes
// them (relations.JSONLWriter.InOrder).
type tablesRead struct {
	d        *relations.Dataset
	records  int
	problems []amity.FieldError
	where    where
	inOrder  bool
}

// readTables reads the directory of Parquet tables dir, and checks the
// records as ReadJSONL does if build is set, else as ValidateJSONL does:
// it streams the entities the tables hold (parquet.ScanDir) as JSON Lines
// into the reader, which holds the meetings in its compact form, so that
// reading tables takes the memory reading JSON Lines does. A problem of a
// record is located at its table and row (parquet.Locator).
func readTables(dir string, build bool, opts relations.ReadOptions) (out tablesRead) {
	var loc parquet.Locator
	entities := 0
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	bw := bufio.NewWriterSize(pw, 256<<10)
	jw := relations.NewJSONLWriter(bw)
	go func() {
		err := parquet.ScanDir(dir, func(k relations.Kind, v any) error {
			loc.Add(k, v)
			entities++
			return jw.Write(k, v)
		})
		if err == nil {
			err = cmp.Or(jw.Flush(), bw.Flush())
		}
		pw.CloseWithError(err)
		done <- err
	}()
	var err error
	if build {
		out.d, err = relations.ReadJSONL(pr, opts)
	} else {
		out.records, err = relations.ValidateJSONL(pr, opts)
	}
	pr.CloseWithError(errReadStopped) // the scan ends if reading stopped first
	scanErr := <-done
	out.inOrder = jw.InOrder()
	switch {
	case scanErr != nil && !errors.Is(scanErr, errReadStopped):
		return tablesRead{problems: []amity.FieldError{{Kind: amity.KindSyntax, Detail: scanErr.Error()}}}
	case entities == 0: // tables without rows: no dataset but the empty one
		out.d, _ = relations.New(relations.Records{})
		return out
	}
	out.where = func(p amity.FieldError) (string, int) {
		if table, row, ok := loc.Row(p.Path); ok {
			return filepath.Join(dir, table+".parquet"), row
		}
		return dir, 0
	}
	out.problems = amity.Errors(err)
	return out
}

// loadAs reads and checks file with the limits of opts. An error means the
// file could not be read at all (usage or I/O); problems in the data are in
// loaded.problems. A file of the first document format, relations.SchemaV1,
// is upgraded as it is read if upgrade is set.
func loadAs(e env, file, format string, opts relations.ReadOptions, upgrade bool) (loaded, error) {
	var l loaded
	if format, err := formatOf(file, format); err == nil && format == "parquet" {
		if upgrade {
			return l, errors.New("-upgrade reads a JSON or JSON Lines file of " + relations.SchemaV1)
		}
		if file == "-" {
			return l, errStdinTables
		}
		t := readTables(file, true, opts)
		l.data, l.problems, l.where = t.d, t.problems, t.where
		return l, nil
	}
	lines := false
	err := readFile(e, file, format, upgrade, func(r io.Reader, jsonl bool) (err error) {
		read := relations.ReadJSON
		if jsonl {
			read = relations.ReadJSONL
		}
		lines = jsonl
		l.data, err = read(r, opts)
		return err
	})
	if problems := amity.Errors(err); problems != nil {
		if !upgrade { // an upgraded file's lines are not the file's
			problems = placed(file, lines, problems)
		}
		return loaded{problems: problems}, nil
	}
	return l, err // an error here is of I/O or usage, not of the data
}

// check reads and checks file as load does, but builds no dataset: it
// returns the number of records the file holds and, if it is invalid,
// its problems.
func check(e env, file, format string, opts relations.ReadOptions) (records int, problems []amity.FieldError, w where, err error) {
	if format, err := formatOf(file, format); err == nil && format == "parquet" {
		if file == "-" {
			return 0, nil, nil, errStdinTables
		}
		t := readTables(file, false, opts)
		records, problems, w = t.records, t.problems, t.where
		return records, problems, w, nil
	}
	lines := false
	err = readFile(e, file, format, false, func(r io.Reader, jsonl bool) (err error) {
		validate := relations.ValidateJSON
		if jsonl {
			validate = relations.ValidateJSONL
		}
		lines = jsonl
		records, err = validate(r, opts)
		return err
	})
	if problems = amity.Errors(err); problems != nil {
		return 0, placed(file, lines, problems), nil, nil
	}
	return records, nil, nil, err
}

// checkLines checks file, JSON Lines, as validate does, before a command
// reads it again an entity at a time; it prints what keeps the file from
// being read so, its problems or an error, and returns false and the exit
// status to end with.
func checkLines(e env, file string, opts relations.ReadOptions) (status int, ok bool) {
	_, problems, _, err := check(e, file, "jsonl", opts)
	switch {
	case err != nil:
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage, false
	case problems != nil:
		printProblems(e.stderr, file, nil, problems)
		return exitInvalid, false
	}
	return exitOK, true
}

// placed returns problems with the columns relations.Place finds for
// them, reading file, JSON Lines if lines is set, again; as they are for
// standard input, or a file that cannot be read again.
func placed(file string, lines bool, problems []amity.FieldError) []amity.FieldError {
	if file == "-" {
		return problems
	}
	f, err := os.Open(file)
	if err != nil {
		return problems
	}
	defer f.Close()
	out, err := relations.Place(f, lines, problems)
	if err != nil {
		return problems
	}
	return out
}

// readFile opens file, of format (or the format its name tells), and
// calls read with it, showing the progress of reading on a terminal and
// upgrading a file of relations.SchemaV1 as it is read if upgrade is set.
func readFile(e env, file, format string, upgrade bool, read func(r io.Reader, jsonl bool) error) error {
	format, err := formatOf(file, format)
	if err != nil {
		return err
	}
	r, closeFile, err := open(e, file)
	if err != nil {
		return err
	}
	defer closeFile()
	if p := newProgress(e.stderr, file); p != nil {
		defer p.done()
		r = p.reader(r)
	}
	jsonl := format == "jsonl"
	if upgrade {
		up := relations.UpgradeJSON
		if jsonl {
			up = relations.UpgradeJSONL
		}
		pr, pw := io.Pipe()
		src := r
		go func() { pw.CloseWithError(up(pw, src)) }()
		defer pr.Close()
		r = pr
	}
	return read(r, jsonl)
}

// open opens file for reading, or standard input for "-", and returns a
// function that closes it.
func open(e env, file string) (io.Reader, func(), error) {
	if file == "-" {
		return e.stdin, func() {}, nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// errorsOf returns the problems err holds, or err itself as one problem.
func errorsOf(err error) []amity.FieldError {
	if problems := amity.Errors(err); problems != nil {
		return problems
	}
	return []amity.FieldError{{Kind: amity.KindInvalid, Detail: err.Error()}}
}

// loadValid reads file, which must be valid, with the limits of opts. It
// prints the problems of an invalid file and returns the exit status to
// end with.
func loadValid(e env, file string, rd *reading) (*relations.Dataset, int) {
	return loadValidAs(e, file, rd, false)
}

// loadValidAs is loadValid, upgrading a file of relations.SchemaV1 as it
// is read if upgrade is set.
func loadValidAs(e env, file string, rd *reading, upgrade bool) (*relations.Dataset, int) {
	l, err := loadAs(e, file, rd.from, rd.opts, upgrade)
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return nil, exitUsage
	}
	if l.data == nil {
		printProblems(e.stderr, file, l.where, l.problems)
		return nil, exitInvalid
	}
	return l.data, exitOK
}

// printProblems prints one problem a line, FILE:LINE:COLUMN: path:
// message, as compilers do, or FILE:LINE: where the column is not known.
// at, if not nil, tells each problem's file and line (for a directory of
// tables, its table and row).
func printProblems(w io.Writer, file string, at where, problems []amity.FieldError) {
	for _, p := range problems {
		if at != nil {
			file, p.Line = at(p)
			p.Column = 0
		}
		if p.Line > 0 && p.Column > 0 {
			fmt.Fprintf(w, "%s:%d:%d: %s\n", file, p.Line, p.Column, p.Message())
		} else if p.Line > 0 {
			fmt.Fprintf(w, "%s:%d: %s\n", file, p.Line, p.Message())
		} else {
			fmt.Fprintf(w, "%s: %s\n", file, p.Message())
		}
	}
}

// progress prints, on a terminal, how far reading a large file has got.
type progress struct {
	w       io.Writer
	file    string
	start   time.Time
	last    time.Time
	bytes   int64
	records int64
	shown   bool
}

// newProgress returns a progress for file if w is a terminal, else nil.
func newProgress(w io.Writer, file string) *progress {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	now := time.Now()
	return &progress{w: w, file: file, start: now, last: now}
}

func (p *progress) reader(r io.Reader) io.Reader { return &progressReader{r: r, p: p} }

// update counts n more bytes holding records line ends, and prints a line
// at most twice a second once reading has taken more than a second.
func (p *progress) update(n int, records int) {
	p.bytes += int64(n)
	p.records += int64(records)
	now := time.Now()
	if now.Sub(p.start) < time.Second || now.Sub(p.last) < 500*time.Millisecond {
		return
	}
	p.last = now
	p.shown = true
	secs := now.Sub(p.start).Seconds()
	fmt.Fprintf(p.w, "\r%s: %d lines read, %.1f MB, %.0f lines/s ", p.file, p.records, float64(p.bytes)/1e6, float64(p.records)/secs)
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprintln(p.w)
	}
}

type progressReader struct {
	r io.Reader
	p *progress
}

func (pr *progressReader) Read(b []byte) (int, error) {
	n, err := pr.r.Read(b)
	pr.p.update(n, bytes.Count(b[:n], []byte{'\n'}))
	return n, err
}

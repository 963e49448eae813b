package relations_test

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/problems/ from the problems found")

// goldenConfig is the archive of the benchmarks at their default size:
// 20,000 meetings, and the default world of 200 states and 20,000
// officials. Its lines, as WriteJSONL writes them: sources 1 to 300,
// states to 500, ministries to 1,500, organizations to 2,000, officials
// to 22,000, groups to 22,468, visits to 24,468, meetings to 44,468,
// initiatives to 45,468, ties to 49,410, agreements to 49,810, events to
// 50,310.
var goldenConfig = synth.Config{Seed: scaleSeed, Meetings: 20000}

// windowed applies the corruption of the table corruptions named name to
// the lines from first to first+n-1 only, so that each of its edits
// lands a few times.
func windowed(name string, first, n int) func(string, int) string {
	for _, c := range corruptions {
		if c.name == name {
			return func(line string, k int) string {
				if k < first || k >= first+n {
					return line
				}
				return c.edit(line, k)
			}
		}
	}
	panic("no corruption " + name)
}

// at returns an edit of line n alone: the first match of pattern is
// replaced with repl, which may name the groups of the match as $1.
func at(n int, pattern, repl string) func(string, int) string {
	re := regexp.MustCompile(pattern)
	return func(line string, k int) string {
		if k != n {
			return line
		}
		loc := re.FindStringSubmatchIndex(line)
		if loc == nil {
			panic("line " + line + " does not match " + pattern)
		}
		return line[:loc[0]] + string(re.ExpandString(nil, repl, line, loc)) + line[loc[1]:]
	}
}

// goldenEdits are the corruptions of the golden archive, each on a few
// lines, so that the golden files hold every kind of problem and stay
// short enough to review. Those of jsonlOnly are for JSON Lines alone: a
// line cut short, which in a JSON document would end the document, and
// a line of no kind of entity, which has no list in a document.
var goldenEdits = []struct {
	name      string
	jsonlOnly bool
	edit      func(string, int) string
}{
	// The lines a line at a time can report: cut short, of no kind,
	// with a member no entity has.
	{"syntax", true, windowed("syntax", 29000, 509)},
	{"unknown member", false, at(29900, `^\{"entity":`, `{"colour":"red","entity":`)},
	// Rules of single records: a year of five digits, a title with a
	// space before it, a topic of no vocabulary; a visit to its own
	// guest state.
	{"broken rules", false, windowed("broken rules", 26000, 500)},
	{"visit to the guest", false, at(23000, `"guest":"([A-Z]{2})","host":"[A-Z]{2}"`, `"guest":"$1","host":"$1"`)},
	// References to nothing, or to an entity of another kind.
	{"broken references", false, windowed("broken references", 27000, 500)},
	{"officials' broken references", false, windowed("broken references", 5000, 500)},
	{"meeting's visit", false, at(31000, `"visit":"v-`, `"visit":"nobody-`)},
	{"participant group", false, at(31029, `"group":"grp-`, `"group":"nobody-`)},
	{"participant official a post", false, at(31002, `"official":"(off-[0-9]+)"`, `"official":"$1-p1"`)},
	{"initiative's meeting", false, at(44500, `"meetings":\["m-`, `"meetings":["nobody-`)},
	{"tie's state", false, at(45500, `"states":\["[A-Z]{2}"`, `"states":["MX"`)},
	{"agreement's meeting", false, at(49502, `"meeting":"m-`, `"meeting":"nobody-`)},
	{"event's organiser", false, at(49900, `"organisers":\[\{"ministry":"min-`, `"organisers":[{"ministry":"nobody-`)},
	{"participant's post another's", false, at(33001, `"post":"off-[0-9]+-p1"`, `"post":"off-00001-p1"`)},
	{"ministry's state", false, at(600, `"state":"[A-Z]{2}"`, `"state":"MX"`)},
	// IDs taken twice, in one kind or two.
	{"duplicates", false, windowed("duplicates", 28000, 500)},
	{"meeting with an official's ID", false, at(33000, `"id":"m-[0-9]+"`, `"id":"off-00001"`)},
	// A meeting long before its participants' posts, and the meetings of
	// a visit moved years before them.
	{"posts not covering a meeting", false, at(32000, `"date":"[0-9-]+"`, `"date":"1950-01-01"`)},
	{"meetings outside their visit", false, at(23500, `"start":"[0-9-]+"(,"end":"[0-9-]+")?`, `"start":"1990-01-01","end":"1990-01-02"`)},
}

// TestProblemsGolden reads the benchmarks' archive with the corruptions
// of goldenEdits, as JSON Lines and as a JSON document, and compares
// every problem reported with the golden files in testdata/problems/: a
// later reader or checker must report the same problems of the same
// archive. Run with -update to rewrite the files, and review them.
func TestProblemsGolden(t *testing.T) {
	r := synth.Generate(goldenConfig)
	var clean bytes.Buffer
	if err := relations.WriteJSONL(&clean, &r); err != nil {
		t.Fatal(err)
	}
	opts := relations.ReadOptions{MaxProblems: 100000}
	jsonl := corrupt(clean.Bytes(), goldenEdit(false))
	_, err := relations.ReadJSONL(bytes.NewReader(jsonl), opts)
	compareGolden(t, "corrupted-20000.jsonl.txt", err)
	doc := asDocument(t, corrupt(clean.Bytes(), goldenEdit(true)))
	_, err = relations.ReadJSON(bytes.NewReader(doc), opts)
	compareGolden(t, "corrupted-20000.json.txt", err)

	// Checking without building a dataset finds the same problems, and
	// counts the records of a valid archive.
	if *update {
		return
	}
	_, err = relations.ValidateJSONL(bytes.NewReader(jsonl), opts)
	compareGolden(t, "corrupted-20000.jsonl.txt", err)
	// A reader whose input cannot tell its lines before it reads them
	// (see TestSizedReading) finds the same problems.
	_, err = relations.ReadJSONL(struct{ io.Reader }{bytes.NewReader(jsonl)}, opts)
	compareGolden(t, "corrupted-20000.jsonl.txt", err)
	_, err = relations.ValidateJSON(bytes.NewReader(doc), opts)
	compareGolden(t, "corrupted-20000.json.txt", err)
	for name, validate := range map[string]func(io.Reader, relations.ReadOptions) (int, error){
		"ValidateJSONL": relations.ValidateJSONL, "ValidateJSON": relations.ValidateJSON,
	} {
		in := clean.Bytes()
		if name == "ValidateJSON" {
			in = asDocument(t, in)
		}
		if n, err := validate(bytes.NewReader(in), opts); err != nil || n != r.Len() {
			t.Errorf("%s(the clean archive) = %d, %v; want %d, nil", name, n, err, r.Len())
		}
	}
}

// goldenEdit returns the edits of goldenEdits, one after another; for a
// document, those of JSON Lines only left out.
func goldenEdit(document bool) func(string, int) string {
	return func(line string, n int) string {
		for _, e := range goldenEdits {
			if !document || !e.jsonlOnly {
				line = e.edit(line, n)
			}
		}
		return line
	}
}

// compareGolden compares the problems of err, a line each, with the
// golden file name, or rewrites the file with -update.
func compareGolden(t *testing.T, name string, err error) {
	t.Helper()
	fes := amity.Errors(err)
	if len(fes) == 0 {
		t.Fatalf("%s: no problems: %v", name, err)
	}
	var b strings.Builder
	for _, fe := range fes {
		b.WriteString(fe.Error())
		b.WriteByte('\n')
	}
	path := filepath.Join("testdata", "problems", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		i := 0
		for i < len(gl) && i < len(wl) && gl[i] == wl[i] {
			i++
		}
		t.Errorf("%s: %d problems, want %d; the first difference, at problem %d:\n got: %s\nwant: %s",
			name, len(gl)-1, len(wl)-1, i+1, lineOr(gl, i), lineOr(wl, i))
	}
}

func lineOr(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(none)"
}

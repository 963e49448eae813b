package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// storyFiles writes the Azerbaijan–Iran story as a JSON document and as
// JSON Lines into a temporary folder and returns their paths.
func storyFiles(t *testing.T) (doc, lines string) {
	t.Helper()
	return writeStory(t, azernews.Records())
}

// writeStory writes r to a document and to JSON Lines in a temporary
// directory.
func writeStory(t *testing.T, r relations.Records) (doc, lines string) {
	t.Helper()
	dir := t.TempDir()
	var a, b bytes.Buffer
	if err := relations.WriteJSON(&a, &r); err != nil {
		t.Fatal(err)
	}
	if err := relations.WriteJSONL(&b, &r); err != nil {
		t.Fatal(err)
	}
	doc, lines = filepath.Join(dir, "story.json"), filepath.Join(dir, "story.jsonl")
	if err := os.WriteFile(doc, a.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(lines, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return doc, lines
}

// runCmd runs the command line and returns its exit status and outputs.
func runCmd(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	status := run(args, strings.NewReader(""), &stdout, &stderr)
	return status, stdout.String(), stderr.String()
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
	}
}

func TestQueriesOnTheStory(t *testing.T) {
	doc, lines := storyFiles(t)
	lk, lkLines := writeStory(t, kplnews.Records())
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"between", []string{"query", "between", "AZ", "IR", doc}},
		{"between-2022", []string{"query", "between", "-from", "2022", "-to", "2022-12", "az", "ir", lines}},
		{"between-json", []string{"query", "between", "-json", "AZ", "IR", doc}},
		{"timeline", []string{"query", "timeline", "AZ", "IR", lines}},
		{"shared-memberships", []string{"query", "shared-memberships", "-on", "2022-06-20", "AZ", "IR", doc}},
		{"anniversary", []string{"query", "anniversary", "-year", "2022", "AZ", "IR", doc}},
		{"anniversary-json", []string{"query", "anniversary", "-json", "-year", "2022", "AZ", "IR", doc}},
		{"find", []string{"query", "find", "Esmaeili", doc}},
		{"find-json", []string{"query", "find", "-json", "Kərimov", doc}},
		{"stats", []string{"stats", lines}},
		{"graph-dot", []string{"graph", "-format", "dot", doc}},
		{"graph-mermaid", []string{"graph", "-format", "mermaid", lines}},
		{"agreements", []string{"query", "agreements", "-on", "2011", "LA", "KH", lk}},
		{"agreements-json", []string{"query", "agreements", "-json", "-on", "2011", "LA", "KH", lkLines}},
		{"ending", []string{"query", "ending", "-from", "2010", lk}},
		{"signed-by", []string{"query", "signed-by", "him-chhem", lk}},
		{"signed-by-json", []string{"query", "signed-by", "-json", "mounkeo-oraboun", lkLines}},
		{"between-groups", []string{"query", "between", "LA", "KH", lk}},
		{"stats-laos-cambodia", []string{"stats", lk}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, stdout, stderr := runCmd(tc.args...)
			if status != exitOK {
				t.Fatalf("exit status %d, want 0; stderr:\n%s", status, stderr)
			}
			golden(t, tc.name+".txt", stdout)
		})
	}
}

// threeProblems is JSON Lines with three different problems: an unknown
// field, a bad date, and a reference to no official.
const threeProblems = `{"entity":"source","id":"azernews","publisher":"Azernews"}
{"entity":"state","id":"AZ","name":"Azerbaijan"}
{"entity":"state","id":"IR","name":"Iran"}
{"entity":"organization","id":"unesco","kind":"intergovernmental","name":"UNESCO","colour":"blue"}
{"entity":"official","id":"anar-karimov","name":"Anar Karimov"}
{"entity":"official","id":"mehdi-ismaili","name":"Mehdi Ismaili"}
{"entity":"meeting","id":"m1","date":"2022-02-30","participants":[{"official":"anar-karimov","state":"AZ"},{"official":"mehdi-ismaili","state":"IR"}],"sources":["azernews"]}
{"entity":"meeting","id":"m2","date":"2022-06-20","participants":[{"official":"anar-karimov","state":"AZ"},{"official":"mehdi-esmaili","state":"IR"}],"sources":["azernews"]}
`

func TestValidate(t *testing.T) {
	doc, lines := storyFiles(t)
	status, stdout, stderr := runCmd("validate", doc, lines)
	if status != exitOK || stderr != "" {
		t.Fatalf("valid files: exit status %d, stderr %q", status, stderr)
	}
	if want := 2; strings.Count(stdout, ": valid,") != want {
		t.Errorf("stdout = %q, want %d valid lines", stdout, want)
	}

	// A file with three different problems: an unknown field, a bad date,
	// and a reference to no official.
	bad := filepath.Join(t.TempDir(), "three.jsonl")
	if err := os.WriteFile(bad, []byte(threeProblems), 0o644); err != nil {
		t.Fatal(err)
	}
	status, stdout, stderr = runCmd("validate", bad)
	if status != exitInvalid {
		t.Fatalf("exit status %d, want %d; stderr:\n%s", status, exitInvalid, stderr)
	}
	golden(t, "validate-three-problems.txt", strings.ReplaceAll(stdout, bad, "three.jsonl"))
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
		t.Errorf("stderr shows a crash:\n%s", stderr)
	}
}

// TestREADMEShowsValidate checks that the README shows what amity
// validate prints of the file of three problems (the golden file).
func TestREADMEShowsValidate(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "validate-three-problems.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if block := "$ amity validate three.jsonl\n" + string(want) + "```"; !strings.Contains(string(readme), block) {
		t.Errorf("the README does not show, in a block of its own:\n%s", block)
	}
}

func TestExitStatus(t *testing.T) {
	doc, _ := storyFiles(t)
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"no command", nil, exitUsage},
		{"help", []string{"-h"}, exitOK},
		{"unknown command", []string{"frobnicate"}, exitUsage},
		{"validate without files", []string{"validate"}, exitUsage},
		{"missing file", []string{"validate", filepath.Join(t.TempDir(), "none.json")}, exitUsage},
		{"unknown extension", []string{"validate", "data.txt"}, exitUsage},
		{"bad -format", []string{"validate", "-format", "xml", doc}, exitUsage},
		{"bad flag", []string{"stats", "-frobnicate", doc}, exitUsage},
		{"unknown query", []string{"query", "frobnicate"}, exitUsage},
		{"query help", []string{"query", "-h"}, exitOK},
		{"between with two args", []string{"query", "between", "AZ", doc}, exitUsage},
		{"between with a bad date", []string{"query", "between", "-from", "2022-13", "AZ", "IR", doc}, exitUsage},
		{"shared-memberships without -on", []string{"query", "shared-memberships", "AZ", "IR", doc}, exitUsage},
		{"anniversary without -year", []string{"query", "anniversary", "AZ", "IR", doc}, exitUsage},
		{"graph in a bad format", []string{"graph", "-format", "svg", doc}, exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, _, stderr := runCmd(tc.args...)
			if status != tc.want {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tc.want, stderr)
			}
		})
	}
}

// Every subcommand answers -h with its usage and an example, and exit
// status 0.
func TestHelpOnEverySubcommand(t *testing.T) {
	var cmds [][]string
	for _, c := range commands() {
		if c.name != "query" {
			cmds = append(cmds, []string{c.name})
		}
	}
	for _, q := range queries() {
		cmds = append(cmds, []string{"query", q.name})
	}
	for _, c := range cmds {
		t.Run(strings.Join(c, " "), func(t *testing.T) {
			status, _, stderr := runCmd(append(c, "-h")...)
			if status != exitOK {
				t.Errorf("exit status %d, want 0", status)
			}
			for _, want := range []string{"usage: amity " + strings.Join(c, " "), "example:\n  amity " + strings.Join(c, " ")} {
				if !strings.Contains(stderr, want) {
					t.Errorf("-h output lacks %q:\n%s", want, stderr)
				}
			}
		})
	}
}

// convert writes exactly what the library's writer for each format
// writes, and import reads Popolo back into records that validate.
func TestConvertAndImport(t *testing.T) {
	doc, lines := storyFiles(t)
	r := azernews.Records()
	for name, write := range writers {
		t.Run(name, func(t *testing.T) {
			var want bytes.Buffer
			if err := write(&want, &r); err != nil {
				t.Fatal(err)
			}
			status, got, stderr := runCmd("convert", "-to", name, lines)
			if status != exitOK {
				t.Fatalf("exit status %d; stderr:\n%s", status, stderr)
			}
			if got == "" || got != want.String() {
				t.Errorf("convert -to %s wrote %d bytes, want the writer's %d bytes", name, len(got), want.Len())
			}
		})
	}

	status, popoloJSON, stderr := runCmd("convert", "-to", "popolo", doc)
	if status != exitOK {
		t.Fatalf("convert: exit status %d; stderr:\n%s", status, stderr)
	}
	file := filepath.Join(t.TempDir(), "story.popolo.json")
	if err := os.WriteFile(file, []byte(popoloJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, to := range []string{"json", "jsonl"} {
		status, out, stderr := runCmd("import", "-from", "popolo", "-to", to, file)
		if status != exitOK {
			t.Fatalf("import -to %s: exit status %d; stderr:\n%s", to, status, stderr)
		}
		back := filepath.Join(t.TempDir(), "back."+to)
		if err := os.WriteFile(back, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		if status, _, stderr := runCmd("validate", back); status != exitOK {
			t.Errorf("the imported records do not validate: %s", stderr)
		}
		if !strings.Contains(stderr, "filled: ") {
			t.Errorf("import -to %s reported nothing it filled in; stderr:\n%s", to, stderr)
		}
	}
	if status, _, _ := runCmd("import", "-from", "ftm", file); status != exitUsage {
		t.Errorf("import -from ftm: exit status %d, want %d", status, exitUsage)
	}
	if status, _, _ := runCmd("convert", "-to", "xml", doc); status != exitUsage {
		t.Errorf("convert -to xml: exit status %d, want %d", status, exitUsage)
	}
}

// TestConvertUpgrade converts the example as the first document format
// wrote it (testdata/v1, written before the format changed) and gets the
// example as it is written today, from a document and from JSON Lines.
func TestConvertUpgrade(t *testing.T) {
	r := azernews.Records()
	var want bytes.Buffer
	if err := relations.WriteJSON(&want, &r); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"azerbaijan-iran.json", "azerbaijan-iran.jsonl"} {
		t.Run(file, func(t *testing.T) {
			status, stdout, stderr := runCmd("convert", "-upgrade", "-to", "json", filepath.Join("..", "..", "testdata", "v1", file))
			if status != exitOK {
				t.Fatalf("exit status %d; stderr:\n%s", status, stderr)
			}
			if diff := cmp.Diff(want.String(), stdout); diff != "" {
				t.Errorf("upgraded example differs from today's (-want +got):\n%s", diff)
			}
		})
	}
	doc, _ := storyFiles(t)
	if status, _, stderr := runCmd("convert", "-upgrade", "-to", "json", doc); status == exitOK || !strings.Contains(stderr, relations.SchemaV1) {
		t.Errorf("upgrading a file of today's format: exit status %d, stderr %q; want a failure naming %s", status, stderr, relations.SchemaV1)
	}
}

// TestGraphFilters checks that the filters of amity graph narrow the
// network, and that a network too large for Mermaid is refused with a
// message that names them.
func TestGraphFilters(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "archive.jsonl")
	if status, _, stderr := runCmd("generate", "-meetings", "600", "-seed", "2", "-o", archive); status != exitOK {
		t.Fatalf("generate: %d %s", status, stderr)
	}
	status, _, stderr := runCmd("graph", "-format", "mermaid", archive)
	if status != exitInvalid || !strings.Contains(stderr, "-states, -since, -until or -kinds") {
		t.Errorf("a network too large for Mermaid: exit %d, stderr %q", status, stderr)
	}
	lk, _ := writeStory(t, kplnews.Records())
	status, stdout, stderr := runCmd("graph", "-format", "mermaid", "-kinds", "state,meeting,agreement", "-states", "la", lk)
	if status != exitOK {
		t.Fatalf("exit %d: %s", status, stderr)
	}
	for _, want := range []string{"Laos", "Signing of the memorandum", "Memorandum of Understanding"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the narrowed graph lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "Mounkeo") {
		t.Errorf("the graph draws an official, a kind left out:\n%s", stdout)
	}
	if status, _, _ := runCmd("graph", "-kinds", "nothing", lk); status != exitUsage {
		t.Errorf("an unknown kind: exit %d, want %d", status, exitUsage)
	}
	if status, _, _ := runCmd("convert", "-to", "json", "-states", "LA", lk); status != exitUsage {
		t.Errorf("a filter with a format that is not a graph: exit %d, want %d", status, exitUsage)
	}
}

// TestSetGC checks that the command runs the collector at gcPercent
// unless the environment sets GOGC, even to nothing, in which case it
// leaves the setting the runtime took from the environment.
func TestSetGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, tt := range []struct {
		env  map[string]string
		want int
	}{
		{map[string]string{}, gcPercent},
		{map[string]string{"GOGC": "100"}, 100},
		{map[string]string{"GOGC": ""}, 100},
		{map[string]string{"GOMEMLIMIT": "1GiB"}, gcPercent},
	} {
		debug.SetGCPercent(100)
		setGC(func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok })
		if got := debug.SetGCPercent(100); got != tt.want {
			t.Errorf("with %v: GOGC %d, want %d", tt.env, got, tt.want)
		}
	}
}

// TestDatasetWriters checks that each format written from a Dataset
// gives the bytes its writer of records gives, on the story and on an
// archive with a value of every field.
func TestDatasetWriters(t *testing.T) {
	for _, r := range []relations.Records{azernews.Records(), synth.Generate(synth.Config{Seed: 7, Meetings: 500, EveryField: true})} {
		d, err := relations.New(r)
		if err != nil {
			t.Fatal(err)
		}
		rec := d.Records()
		for name, write := range datasetWriters {
			var want, got bytes.Buffer
			if err := writers[name](&want, &rec); err != nil {
				t.Fatal(err)
			}
			if err := write(&got, d); err != nil {
				t.Fatal(err)
			}
			if want.Len() == 0 || !bytes.Equal(want.Bytes(), got.Bytes()) {
				t.Errorf("%s: %d bytes from the records, %d from the dataset, not the same", name, want.Len(), got.Len())
			}
		}
	}
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/parquet"
)

// storyTables writes the story as Parquet tables with amity convert and
// returns the directory, next to the JSON Lines it was converted from.
func storyTables(t *testing.T) (dir, lines string) {
	t.Helper()
	_, lines = storyFiles(t)
	dir = filepath.Join(t.TempDir(), "story.parquet")
	if status, out, errOut := runCmd("convert", "-to", "parquet", "-o", dir, lines); status != exitOK || out != "" || errOut != "" {
		t.Fatalf("convert -to parquet: status %d, stdout %q, stderr %q", status, out, errOut)
	}
	return dir, lines
}

// TestReadingCommandsReadTables runs every command that reads a dataset
// on the story's JSON Lines and on its Parquet tables: each says the same
// of both.
func TestReadingCommandsReadTables(t *testing.T) {
	dir, lines := storyTables(t)
	for _, cmd := range readingCommands() {
		t.Run(strings.Join(cmd, " "), func(t *testing.T) {
			wantStatus, want, wantErr := runCmd(withFile(cmd, lines)...)
			status, got, gotErr := runCmd(withFile(cmd, dir)...)
			if wantStatus != exitOK || status != wantStatus {
				t.Errorf("exit status %d from the tables, %d from JSON Lines (stderr %q)", status, wantStatus, gotErr)
			}
			got = strings.ReplaceAll(got, dir, lines) // validate names the file
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("stdout (-JSON Lines +tables):\n%s", d)
			}
			if wantErr != gotErr {
				t.Errorf("stderr %q from the tables, %q from JSON Lines", gotErr, wantErr)
			}
		})
	}
}

// TestConvertTablesBack converts the story's tables back to JSON Lines:
// the same bytes.
func TestConvertTablesBack(t *testing.T) {
	dir, lines := storyTables(t)
	want, err := os.ReadFile(lines)
	if err != nil {
		t.Fatal(err)
	}
	status, got, errOut := runCmd("convert", "-to", "jsonl", dir)
	if status != exitOK || errOut != "" {
		t.Fatalf("convert -to jsonl: status %d, stderr %q", status, errOut)
	}
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("JSON Lines after Parquet (-before +after):\n%s", d)
	}
	out := filepath.Join(t.TempDir(), "back.jsonl")
	if status, _, errOut := runCmd("convert", "-to", "jsonl", "-o", out, dir); status != exitOK {
		t.Fatalf("convert -o: status %d, stderr %q", status, errOut)
	}
	if b, err := os.ReadFile(out); err != nil || string(b) != string(want) {
		t.Errorf("convert -o %s wrote other bytes (%v)", out, err)
	}
}

// TestConvertTablesOutOfOrder converts tables whose entities are not in
// the order amity's JSON Lines list them (written from records by the
// library): the lines come sorted all the same, as WriteJSONL writes the
// records.
func TestConvertTablesOutOfOrder(t *testing.T) {
	r := azernews.Records()
	slices.Reverse(r.States)
	slices.Reverse(r.Meetings)
	dir := filepath.Join(t.TempDir(), "story.parquet")
	if err := parquet.WriteRecords(dir, &r); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := relations.WriteJSONL(&want, &r); err != nil {
		t.Fatal(err)
	}
	status, got, errOut := runCmd("convert", "-to", "jsonl", dir)
	if status != exitOK || errOut != "" {
		t.Fatalf("convert -to jsonl: status %d, stderr %q", status, errOut)
	}
	if d := cmp.Diff(want.String(), got); d != "" {
		t.Errorf("JSON Lines of the tables (-want +got):\n%s", d)
	}
}

// TestValidateTablesProblems checks that the problems of invalid tables
// name the table and row where each lies.
func TestValidateTablesProblems(t *testing.T) {
	r := azernews.Records()
	r.Meetings[1].Participants[1].Official = "nobody"
	r.Officials[0].Posts[0].Role = "chief"
	dir := t.TempDir()
	if err := parquet.WriteRecords(dir, &r); err != nil {
		t.Fatal(err)
	}
	status, out, _ := runCmd("validate", dir)
	if status != exitInvalid {
		t.Errorf("exit status %d, want %d", status, exitInvalid)
	}
	// The second meeting's second participant is the fourth row of
	// meetings_participants; the first meeting has seven statements, so
	// the second's begin at the eighth row of meetings_statements.
	at := func(table string) string { return filepath.Join(dir, table+".parquet") }
	want := at("officials_posts") + `:1: officials[0].posts[0].role: invalid: "chief": not a known role
` + at("meetings_statements") + `:8: meetings[1].statements[0].speakers[1]: conflict: "mehdi-imanipur": not a participant of the meeting
` + at("meetings_statements") + `:11: meetings[1].statements[3].speakers[0]: conflict: "mehdi-imanipur": not a participant of the meeting
` + at("meetings_statements") + `:12: meetings[1].statements[4].speakers[0]: conflict: "mehdi-imanipur": not a participant of the meeting
` + at("meetings_participants") + `:4: meetings[1].participants[1].official: not found: "nobody": no official has this ID
`
	if d := cmp.Diff(want, out); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
	if n := len(r.Meetings[0].Statements); n != 7 {
		t.Errorf("the first meeting has %d statements; the rows above assume 7", n)
	}

	// A table missing is a problem of the directory.
	if err := os.Remove(filepath.Join(dir, "meetings_codes.parquet")); err != nil {
		t.Fatal(err)
	}
	status, out, _ = runCmd("validate", dir)
	if status != exitInvalid || !strings.Contains(out, dir+": syntax: parquet: table meetings_codes:") {
		t.Errorf("without meetings_codes: status %d, output:\n%s", status, out)
	}
}

// TestConvertToParquetNeedsDir checks that -to parquet asks for -o.
func TestConvertToParquetNeedsDir(t *testing.T) {
	_, lines := storyFiles(t)
	status, _, errOut := runCmd("convert", "-to", "parquet", lines)
	if status != exitUsage || !strings.Contains(errOut, "give it with -o DIR") {
		t.Errorf("status %d, stderr %q", status, errOut)
	}
}

// TestConvertToParquetInvalid checks that invalid JSON Lines are not
// converted: the problems are printed, and no table is written.
func TestConvertToParquetInvalid(t *testing.T) {
	dir := t.TempDir()
	lines := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(lines, []byte(`{"entity":"state","id":"az"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "tables")
	status, _, errOut := runCmd("convert", "-to", "parquet", "-o", out, lines)
	if status != exitInvalid || !strings.HasPrefix(errOut, lines+":1:") {
		t.Errorf("status %d, stderr %q", status, errOut)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("%s written: %v", out, err)
	}
}

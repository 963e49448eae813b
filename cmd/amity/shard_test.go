package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestShardAndValidate cuts a generated archive into shards, checks them
// against the reference file, then breaks a meeting of one shard: the
// problem names that shard and its line.
func TestShardAndValidate(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "archive.jsonl")
	if status, _, errOut := runCmd("generate", "-meetings", "600", "-seed", "4", "-o", archive); status != exitOK {
		t.Fatalf("generate: %s", errOut)
	}
	out := filepath.Join(dir, "shards")
	if status, _, errOut := runCmd("shard", "-n", "3", "-o", out, archive); status != exitOK {
		t.Fatalf("shard: status %d, %s", status, errOut)
	}
	ref := filepath.Join(out, referenceFile)
	shards := []string{filepath.Join(out, "shard-001.jsonl"), filepath.Join(out, "shard-002.jsonl"), filepath.Join(out, "shard-003.jsonl")}
	status, stdout, errOut := runCmd(append([]string{"validate", "-ref", ref}, shards...)...)
	if status != exitOK || errOut != "" {
		t.Fatalf("validate -ref: status %d, stderr %q", status, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("validate -ref printed:\n%s", stdout)
	}
	for i, f := range append([]string{ref}, shards...) {
		if !regexp.MustCompile(`^` + regexp.QuoteMeta(f) + `: valid, [1-9][0-9]* records$`).MatchString(lines[i]) {
			t.Errorf("line %d: %q, want %s valid", i+1, lines[i], f)
		}
	}

	// Break the official of the first participant of the fifth meeting
	// of the second shard.
	data, err := os.ReadFile(shards[1])
	if err != nil {
		t.Fatal(err)
	}
	shardLines := strings.SplitAfter(string(data), "\n")
	meetings, at := 0, 0
	for i, l := range shardLines {
		if strings.HasPrefix(l, `{"entity":"meeting"`) {
			if meetings++; meetings == 5 {
				at = i
				break
			}
		}
	}
	loc := regexp.MustCompile(`"official":"[^"]*"`).FindStringIndex(shardLines[at])
	if loc == nil {
		t.Fatalf("no official on line %d of %s", at+1, shards[1])
	}
	broken := shardLines[at][:loc[0]] + `"official":"nobody"` + shardLines[at][loc[1]:]
	shardLines[at] = broken
	if err := os.WriteFile(shards[1], []byte(strings.Join(shardLines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	status, stdout, _ = runCmd(append([]string{"validate", "-q", "-ref", ref}, shards...)...)
	want := fmt.Sprintf(`%s:%d:%d: meetings[4].participants[0].official: not found: "nobody"`, shards[1], at+1, loc[0]+len(`"official":`)+1)
	if status != exitInvalid || !strings.HasPrefix(stdout, want) {
		t.Errorf("status %d, stdout:\n%s\nwant a line beginning %s", status, stdout, want)
	}
	if strings.Contains(stdout, shards[0]) || strings.Contains(stdout, shards[2]) {
		t.Errorf("problems in the other shards:\n%s", stdout)
	}
}

// TestValidateRefInvalid checks that shards are not checked against an
// invalid reference file.
func TestValidateRefInvalid(t *testing.T) {
	dir := t.TempDir()
	ref := filepath.Join(dir, "reference.jsonl")
	if err := os.WriteFile(ref, []byte(`{"entity":"state","id":"az"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	status, stdout, errOut := runCmd("validate", "-ref", ref, filepath.Join(dir, "none.jsonl"))
	if status != exitInvalid || !strings.Contains(stdout, ref+":1:") || !strings.Contains(errOut, "the shards are not checked against it") {
		t.Errorf("status %d, stdout %q, stderr %q", status, stdout, errOut)
	}
}

// TestShardStreamsLines shards an archive of JSON Lines, which it reads
// as it streams, and the same archive as a JSON document, which it reads
// into a Dataset: the files are the same. An invalid archive is not
// sharded; its problems are printed with their lines.
func TestShardStreamsLines(t *testing.T) {
	dir := t.TempDir()
	lines, doc := filepath.Join(dir, "archive.jsonl"), filepath.Join(dir, "archive.json")
	if status, _, errOut := runCmd("generate", "-meetings", "400", "-seed", "6", "-o", lines); status != exitOK {
		t.Fatalf("generate: %s", errOut)
	}
	if status, _, errOut := runCmd("convert", "-to", "json", "-o", doc, lines); status != exitOK {
		t.Fatalf("convert: %s", errOut)
	}
	files := []string{referenceFile, shardName(0, 2), shardName(1, 2)}
	for _, in := range []string{lines, doc} {
		if status, _, errOut := runCmd("shard", "-n", "2", "-o", in+".shards", in); status != exitOK {
			t.Fatalf("shard %s: status %d, %s", in, status, errOut)
		}
	}
	for _, f := range files {
		a, errA := os.ReadFile(filepath.Join(lines+".shards", f))
		b, errB := os.ReadFile(filepath.Join(doc+".shards", f))
		if errA != nil || errB != nil || len(a) == 0 || string(a) != string(b) {
			t.Errorf("%s: %d bytes from the lines, %d from the document (%v, %v)", f, len(a), len(b), errA, errB)
		}
	}

	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"entity":"state","id":"AZ","name":"Azerbaijan"}`+"\n"+`{"entity":"meeting","id":"m","date":"2022-06-20","host":"IR"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	status, _, errOut := runCmd("shard", "-n", "2", "-o", filepath.Join(dir, "bad.shards"), bad)
	if status != exitInvalid || !strings.Contains(errOut, bad+":2:") {
		t.Errorf("an invalid archive: status %d, stderr %q", status, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.shards")); err == nil {
		t.Errorf("an invalid archive made its directory")
	}
}

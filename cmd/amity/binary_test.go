package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// buildAmity builds the command into a temporary directory and returns
// the path of the binary.
func buildAmity(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "amity")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestBinaryContract runs the built command as a user would, and checks
// its exit statuses: 0 valid, 1 invalid data, 2 usage or I/O errors,
// write errors on standard output included; that "-" reads standard
// input for every command that reads a dataset; and that the three real
// Popolo files of EveryPolitician import, and what they import
// validates.
func TestBinaryContract(t *testing.T) {
	bin := buildAmity(t)
	doc, lines := storyFiles(t)
	story, err := os.ReadFile(lines)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte(threeProblems), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		stdin  []byte
		full   bool // standard output is /dev/full
		status int
		stderr string // a line standard error must hold, if given
	}{
		{"valid", []string{"validate", doc}, nil, false, exitOK, ""},
		{"invalid", []string{"validate", bad}, nil, false, exitInvalid, ""},
		{"no such file", []string{"validate", "nope.json"}, nil, false, exitUsage, ""},
		{"unknown command", []string{"frobnicate"}, nil, false, exitUsage, ""},
		{"unknown state", []string{"query", "between", "AZ", "XX", doc}, nil, false, exitUsage, ""},
		{"validate -", []string{"validate", "-in", "jsonl", "-"}, story, false, exitOK, ""},
		{"stats -", []string{"stats", "-in", "jsonl", "-"}, story, false, exitOK, ""},
		{"graph -", []string{"graph", "-format", "dot", "-in", "jsonl", "-"}, story, false, exitOK, ""},
		{"convert -", []string{"convert", "-to", "json", "-in", "jsonl", "-"}, story, false, exitOK, ""},
		{"query -", []string{"query", "between", "-in", "jsonl", "AZ", "IR", "-"}, story, false, exitOK, ""},
		{"- without a format", []string{"stats", "-"}, story, false, exitUsage, ""},
		{"stats to a full device", []string{"stats", doc}, nil, true, exitUsage, ""},
		{"validate to a full device", []string{"validate", doc}, nil, true, exitUsage, ""},
		{"a query to a full device", []string{"query", "between", "AZ", "IR", doc}, nil, true, exitUsage, ""},
		{"convert to a full device", []string{"convert", "-to", "ftm", doc}, nil, true, exitUsage, ""},
		{"import of an empty object", []string{"import", "-from", "popolo", "-"}, []byte("{}"), false, exitInvalid, "-:1:1: syntax: not a Popolo document: it has none of persons, organizations, memberships, posts, areas, events, speeches, motions, vote_events, counts, votes"},
		{"import of a list", []string{"import", "-from", "popolo", "-"}, []byte("\n  []"), false, exitInvalid, "-:2:3: syntax: a Popolo document is a JSON object"},
		{"import reports where", []string{"import", "-from", "popolo", "-"}, []byte("{\"persons\": [{\"id\": \"p\", \"name\": \"A\",\n \"colour\": 1}]}"), false, exitOK,
			`-:2:12: unmapped: persons[0].colour: "1": amity's official has no "colour"`},
		{"import of an amity document", []string{"import", "-from", "popolo", doc}, nil, false, exitInvalid, ""},
		{"import of no file", []string{"import", "-from", "popolo", "nope.json"}, nil, false, exitUsage, ""},
		{"import of more faults than the limit", []string{"import", "-from", "popolo", "-max-problems", "2", "-"},
			[]byte(`{"memberships": [{"person_id": "a"}, {"person_id": "b"}, {"person_id": "c"}]}`), false, exitInvalid,
			"-: too large: more than 2 faults in the input (references to no object, repeated ids, values of the wrong type): 3 in all; the report lists the first"},
		{"import of Popolo", []string{"import", "-from", "popolo", "-"}, []byte(`{"persons": [{"id": "p", "name": "A"}]}`), false, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.args...)
			cmd.Stdin = bytes.NewReader(tt.stdin)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if tt.full {
				f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
				if err != nil {
					t.Fatalf("this test needs /dev/full: %v", err)
				}
				defer f.Close()
				cmd.Stdout = f
			}
			err := cmd.Run()
			status := 0
			if ee, ok := errors.AsType[*exec.ExitError](err); ok {
				status = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if status != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tt.status, stderr.String())
			}
			if tt.stderr != "" && !strings.Contains(stderr.String(), tt.stderr+"\n") {
				t.Errorf("stderr does not hold the line %q:\n%s", tt.stderr, stderr.String())
			}
			if tt.full && !strings.Contains(stderr.String(), "writing the output") {
				t.Errorf("stderr does not say the output could not be written:\n%s", stderr.String())
			}
		})
	}
	for _, file := range []string{"estonia-ep-popolo-v1.0.json", "kenya-ep-popolo-v1.0.json", "zimbabwe-senate-ep-popolo-v1.0.json"} {
		t.Run("import and validate "+file, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "imported.json")
			status, stderr := runBinary(t, bin, out, "import", "-from", "popolo",
				filepath.Join("..", "..", "relations", "popolo", "testdata", "everypolitician", file))
			if status != exitOK {
				t.Fatalf("import: exit status %d, want %d; stderr:\n%s", status, exitOK, stderr)
			}
			if b, err := os.ReadFile(out); err != nil || !bytes.Contains(b, []byte(`"kind": "political_party"`)) {
				t.Errorf("import: the records hold no political party (%v)", err)
			}
			status, stderr = runBinary(t, bin, os.DevNull, "validate", out)
			if status != exitOK {
				t.Errorf("validate: exit status %d, want %d; stderr:\n%s", status, exitOK, stderr)
			}
		})
	}
}

// runBinary runs bin with args, writing its standard output to the file
// out, and returns its exit status and standard error.
func runBinary(t *testing.T, bin, out string, args ...string) (int, string) {
	t.Helper()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = f, &stderr
	err = cmd.Run()
	if ee, ok := errors.AsType[*exec.ExitError](err); ok {
		return ee.ExitCode(), stderr.String()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, stderr.String()
}

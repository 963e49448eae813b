package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readingCommands are the command lines of every subcommand that reads a
// dataset, each to be followed by its flags, then FILE.
func readingCommands() [][]string {
	cmds := [][]string{{"validate"}, {"graph"}, {"stats"}, {"convert", "-to", "json"}}
	for _, q := range queries() {
		args := []string{"query", q.name}
		switch q.name {
		case "shared-memberships", "agreements":
			args = append(args, "-on", "2022-06-20")
		case "anniversary":
			args = append(args, "-year", "2022")
		}
		cmds = append(cmds, args)
	}
	return cmds
}

// withFile returns cmd with flags, then the arguments before FILE that
// its query needs, then file.
func withFile(cmd []string, file string, flags ...string) []string {
	args := append(append([]string{}, cmd...), flags...)
	if cmd[0] == "query" {
		switch cmd[1] {
		case "find":
			args = append(args, "Karimov")
		case "signed-by":
			args = append(args, "anar-karimov")
		case "ending":
		default:
			args = append(args, "AZ", "IR")
		}
	}
	return append(args, file)
}

var limitFlagNames = []string{"-max-line-bytes", "-max-document-bytes", "-max-string-bytes", "-max-depth", "-max-problems"}

// Every subcommand that reads a dataset, or Popolo, lists the flags of
// the limits of reading in its -h, with their defaults; those that read
// nothing list none.
func TestHelpListsLimitFlags(t *testing.T) {
	for _, c := range readingCommands() {
		n := 1
		if c[0] == "query" {
			n = 2
		}
		c = c[:n:n]
		t.Run(strings.Join(c, " "), func(t *testing.T) {
			status, _, stderr := runCmd(append(c, "-h")...)
			if status != exitOK {
				t.Errorf("exit status %d, want 0", status)
			}
			for _, want := range append(limitFlagNames, "default 1048576 (1 MiB)", "default 268435456 (256 MiB)",
				"default 65536 (64 KiB)", "default 64,", "default 1000,") {
				if !strings.Contains(stderr, want) {
					t.Errorf("-h output lacks %q:\n%s", want, stderr)
				}
			}
		})
	}
	t.Run("import", func(t *testing.T) {
		_, _, stderr := runCmd("import", "-h")
		for _, want := range limitFlagNames {
			if !strings.Contains(stderr, want) {
				t.Errorf("-h output lacks %q:\n%s", want, stderr)
			}
		}
	})
	for _, c := range []string{"generate"} {
		t.Run(c, func(t *testing.T) {
			_, _, stderr := runCmd(c, "-h")
			if strings.Contains(stderr, "-max-") {
				t.Errorf("-h output of a command that reads no dataset lists a limit:\n%s", stderr)
			}
		})
	}
}

// Every subcommand that reads a dataset passes the flags to the reader:
// a limit set below what the story needs makes it fail as invalid, with a
// problem of kind too large.
func TestLimitFlagsReachTheReader(t *testing.T) {
	doc, lines := storyFiles(t)
	for _, c := range readingCommands() {
		for _, tc := range []struct {
			flag, value, file string
		}{
			{"-max-line-bytes", "50", lines},
			{"-max-document-bytes", "100", doc},
			{"-max-string-bytes", "4", doc},
			{"-max-depth", "2", doc},
			{"-max-depth", "1", lines},
		} {
			t.Run(strings.Join(c, " ")+" "+tc.flag+" "+filepath.Ext(tc.file), func(t *testing.T) {
				if status, _, stderr := runCmd(withFile(c, tc.file)...); status != exitOK {
					t.Fatalf("without the flag: exit status %d; stderr:\n%s", status, stderr)
				}
				status, stdout, stderr := runCmd(withFile(c, tc.file, tc.flag, tc.value)...)
				if status != exitInvalid {
					t.Errorf("exit status %d, want %d; stderr:\n%s", status, exitInvalid, stderr)
				}
				if out := stdout + stderr; !strings.Contains(out, ": too large: ") {
					t.Errorf("no problem of kind too large:\n%s", out)
				}
			})
		}
	}
}

// A line longer than the default limit fails; the flag raised, the file
// reads.
func TestMaxLineBytesRaised(t *testing.T) {
	_, lines := storyFiles(t)
	data, err := os.ReadFile(lines)
	if err != nil {
		t.Fatal(err)
	}
	// White space between members is valid JSON, and makes the first line
	// longer than 1 MiB.
	long := strings.Replace(string(data), `{"entity":"source",`, `{"entity":"source",`+strings.Repeat(" ", 1<<20), 1)
	file := filepath.Join(t.TempDir(), "long.jsonl")
	if err := os.WriteFile(file, []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	status, stdout, _ := runCmd("validate", file)
	if status != exitInvalid || !strings.Contains(stdout, file+":1: sources[0]: too large: ") {
		t.Errorf("default limit: exit status %d, stdout:\n%s", status, stdout)
	}
	for _, value := range []string{"2000000", "2097152"} {
		if status, stdout, stderr := runCmd("validate", "-max-line-bytes", value, file); status != exitOK {
			t.Errorf("-max-line-bytes %s: exit status %d, stdout:\n%s\nstderr:\n%s", value, status, stdout, stderr)
		}
	}
}

// -max-problems 2 on a file with three problems reports the first two,
// then one that says the rest are not reported.
func TestMaxProblemsFlag(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "three.jsonl")
	if err := os.WriteFile(bad, []byte(threeProblems), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		flags      []string
		wantStdout []string
		wantStderr string
	}{
		{"default", nil, []string{
			`three.jsonl:4:83: organizations[0].colour: syntax: unknown field "colour"`,
			`three.jsonl:7:38: meetings[0].date: invalid: "2022-02-30": not a calendar date`,
			`three.jsonl:8:120: meetings[1].participants[1].official: not found: "mehdi-esmaili": no official has this ID`,
		}, "three.jsonl: 3 problems"},
		{"at the limit", []string{"-max-problems", "3"}, []string{
			`three.jsonl:4:83: organizations[0].colour: syntax: unknown field "colour"`,
			`three.jsonl:7:38: meetings[0].date: invalid: "2022-02-30": not a calendar date`,
			`three.jsonl:8:120: meetings[1].participants[1].official: not found: "mehdi-esmaili": no official has this ID`,
		}, "three.jsonl: 3 problems"},
		{"under the problems", []string{"-max-problems", "2"}, []string{
			`three.jsonl:4:83: organizations[0].colour: syntax: unknown field "colour"`,
			`three.jsonl:7:38: meetings[0].date: invalid: "2022-02-30": not a calendar date`,
			`three.jsonl:8: too large: more than 2 problems; the rest are not reported`,
		}, "three.jsonl: more than 2 problems"},
		{"a limit of one", []string{"-max-problems", "1"}, []string{
			`three.jsonl:4:83: organizations[0].colour: syntax: unknown field "colour"`,
			`three.jsonl:7: too large: more than 1 problem; the rest are not reported`,
		}, "three.jsonl: more than 1 problem"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := runCmd(append(append([]string{"validate"}, tt.flags...), bad)...)
			if status != exitInvalid {
				t.Errorf("exit status %d, want %d", status, exitInvalid)
			}
			got := strings.Split(strings.TrimSuffix(strings.ReplaceAll(stdout, bad, "three.jsonl"), "\n"), "\n")
			if diff := cmp.Diff(tt.wantStdout, got); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
			if got := strings.TrimSpace(strings.ReplaceAll(stderr, bad, "three.jsonl")); got != tt.wantStderr {
				t.Errorf("stderr = %q, want %q", got, tt.wantStderr)
			}
		})
	}
}

// A limit is a whole number, 0 or more: anything else is a usage error.
func TestLimitFlagValues(t *testing.T) {
	doc, _ := storyFiles(t)
	for _, tc := range []struct {
		value string
		want  int
	}{
		{"0", exitOK},
		{"1000000", exitOK},
		{"-1", exitUsage},
		{"1e6", exitUsage},
		{"1MiB", exitUsage},
		{"", exitUsage},
	} {
		for _, flag := range limitFlagNames {
			t.Run(flag+"="+tc.value, func(t *testing.T) {
				status, _, stderr := runCmd("validate", flag+"="+tc.value, doc)
				if status != tc.want {
					t.Errorf("exit status %d, want %d; stderr:\n%s", status, tc.want, stderr)
				}
			})
		}
	}
}

package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// FuzzValidate runs amity validate on any content, read from standard
// input as JSON Lines or as a document: it never crashes; it exits 0
// with one line saying the data is valid, or 1 with one line a problem,
// each located on a line of the input. (Status 2, a usage or I/O error,
// cannot happen here: the arguments are right and standard input does
// not fail.) The seed corpus, in testdata/fuzz/FuzzValidate, holds the
// example story and relations' hostile suite.
func FuzzValidate(f *testing.F) {
	located := regexp.MustCompile(`^-:[1-9][0-9]*(:[1-9][0-9]*)?: `)
	valid := regexp.MustCompile(`^-: valid, [0-9]+ records\n$`)
	f.Fuzz(func(t *testing.T, lines bool, data []byte) {
		format := "json"
		if lines {
			format = "jsonl"
		}
		var stdout, stderr bytes.Buffer
		status := run([]string{"validate", "-format", format, "-"}, bytes.NewReader(data), &stdout, &stderr)
		// Standard output quotes the input; standard error only counts
		// problems, unless the command crashed.
		for _, s := range []string{"internal error", "panic", "goroutine"} {
			if strings.Contains(stderr.String(), s) {
				t.Fatalf("a crash (%q):\n%s", s, stderr.String())
			}
		}
		switch status {
		case exitOK:
			if !valid.Match(stdout.Bytes()) || stderr.Len() != 0 {
				t.Errorf("exit status 0 with stdout %q, stderr %q", stdout.String(), stderr.String())
			}
		case exitInvalid:
			problems := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
			for _, p := range problems {
				if !located.MatchString(p) {
					t.Errorf("problem %q is not located on a line of the input", p)
				}
			}
			if want := "-: " + countProblems(len(problems), 0) + "\n"; stderr.String() != want {
				t.Errorf("stderr %q, want %q", stderr.String(), want)
			}
		default:
			t.Errorf("exit status %d, want 0 or 1; stderr:\n%s", status, stderr.String())
		}
	})
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

func TestRun(t *testing.T) {
	r := synth.Generate(synth.Config{Seed: 3, Meetings: 100, States: 10, Ministries: 20, Organizations: 5, Officials: 60})
	var buf bytes.Buffer
	if err := relations.WriteJSONL(&buf, &r); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	valid := filepath.Join(dir, "valid.jsonl")
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(valid, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	// A participant no official of the archive: a reference that only
	// the full check finds.
	corrupted := strings.Replace(buf.String(), `"official":"off-`, `"official":"nobody-`, 1)
	if err := os.WriteFile(bad, []byte(corrupted), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{valid}, 0, " records, 0 problems\n"},
		{[]string{"-check", valid}, 0, " records, 0 problems\n"},
		{[]string{bad}, 1, `participant official: no official has the ID "nobody-`},
		{[]string{"-check", bad}, 1, `participant official: no official has the ID "nobody-`},
		{[]string{"-load", bad}, 0, " records, 0 problems\n"},
		{[]string{}, 2, ""},
		{[]string{filepath.Join(dir, "none.jsonl")}, 2, ""},
	} {
		var stdout, stderr bytes.Buffer
		code := run(c.args, &stdout, &stderr)
		if code != c.code || !strings.Contains(stdout.String(), c.want) {
			t.Errorf("naive %v: exit %d, want %d; output:\n%s%s", c.args, code, c.code, stdout.String(), stderr.String())
		}
	}
}

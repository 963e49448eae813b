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

// TestGenerate checks that amity generate writes, for each format, the
// bytes amity's writers write for the archive synth.Generate makes: the
// JSON Lines streamed a record at a time are those of WriteJSONL.
func TestGenerate(t *testing.T) {
	c := synth.Config{Seed: 5, Meetings: 250}
	r := synth.Generate(c)
	for _, tt := range []struct {
		format string
		write  func(*bytes.Buffer, *relations.Records) error
	}{
		{"jsonl", func(b *bytes.Buffer, r *relations.Records) error { return relations.WriteJSONL(b, r) }},
		{"json", func(b *bytes.Buffer, r *relations.Records) error { return relations.WriteJSON(b, r) }},
	} {
		t.Run(tt.format, func(t *testing.T) {
			var want bytes.Buffer
			if err := tt.write(&want, &r); err != nil {
				t.Fatal(err)
			}
			status, stdout, stderr := runCmd("generate", "-meetings", "250", "-seed", "5", "-format", tt.format)
			if status != exitOK || stderr != "" {
				t.Fatalf("exit status %d, stderr %q", status, stderr)
			}
			if stdout != want.String() {
				t.Errorf("amity generate -format %s writes %d bytes that differ from the %d of the writer", tt.format, len(stdout), want.Len())
			}
		})
	}
}

// TestGenerateValidates writes an archive to a file with -o and checks it
// with amity validate.
func TestGenerateValidates(t *testing.T) {
	file := filepath.Join(t.TempDir(), "archive.jsonl")
	if status, _, stderr := runCmd("generate", "-meetings", "500", "-seed", "3", "-o", file); status != exitOK {
		t.Fatalf("generate: exit status %d: %s", status, stderr)
	}
	info, err := os.Stat(file)
	if err != nil || info.Size() == 0 {
		t.Fatalf("generate -o wrote nothing: %v", err)
	}
	status, stdout, stderr := runCmd("validate", file)
	if status != exitOK || !strings.Contains(stdout, ": valid, ") {
		t.Errorf("validate: exit status %d\n%s%s", status, stdout, stderr)
	}
}

func TestGenerateUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-meetings", "-1"},
		{"-meetings", "ten"},
		{"-meetings", "10", "-format", "xml"},
		{"-meetings", "10", "extra"},
		{"-meetings", "10", "-o", filepath.Join(t.TempDir(), "no-such-folder", "x.jsonl")},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			if status, _, _ := runCmd(append([]string{"generate"}, args...)...); status != exitUsage {
				t.Errorf("exit status %d, want %d", status, exitUsage)
			}
		})
	}
}

//go:build ftmcheck

package ftm_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/relations/ftm"
)

// checkDir holds the node program that loads an export with the
// FollowTheMoney model (@alephdata/followthemoney 3.8.4, pinned by
// package-lock.json). Install it with
//
//	npm ci --prefix relations/ftm/testdata/check
//
// and run this test with
//
//	go test -tags ftmcheck ./relations/ftm/
const checkDir = "testdata/check"

// runCheck runs the model check on the lines of data and returns its exit
// status and output.
func runCheck(t *testing.T, data []byte) (int, string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is needed for the FollowTheMoney model check: %v", err)
	}
	if _, err := os.Stat(filepath.Join(checkDir, "node_modules", "@alephdata", "followthemoney")); err != nil {
		t.Fatalf("the FollowTheMoney model is not installed: run npm ci --prefix relations/ftm/%s (%v)", checkDir, err)
	}
	file := filepath.Join(t.TempDir(), "export.ftm.jsonl")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, filepath.Join(checkDir, "check.cjs"), file)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err = cmd.Run()
	if exit, ok := errors.AsType[*exec.ExitError](err); ok {
		return exit.ExitCode(), out.String()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, out.String()
}

// TestModelLoadsExport loads the export of the story (internal/azernews),
// of the every-field dataset and of the signing dataset with the
// FollowTheMoney model and checks
// every entity strictly: schemas and properties exist, required
// properties are there, dates, countries, topics and URLs are valid, and
// references resolve to entities of the right schema.
func TestModelLoadsExport(t *testing.T) {
	for _, d := range formattest.AllDatasets(t) {
		t.Run(d.Name, func(t *testing.T) {
			status, out := runCheck(t, formattest.Write(t, ftm.Export, &d.Records))
			t.Logf("node check.cjs:\n%s", out)
			if status != 0 {
				t.Errorf("the model check fails (exit status %d)", status)
			}
		})
	}
}

// TestModelCheckFails checks that the model check catches what it must:
// each line below breaks one rule.
func TestModelCheckFails(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"unknown schema", `{"id":"a","schema":"Ministry","properties":{"name":["M"]}}`, "the model rejects it"},
		{"unknown property", `{"id":"a","schema":"Person","properties":{"name":["A"],"colour":["red"]}}`, "Property does not exist: colour"},
		{"missing required", `{"id":"a","schema":"Membership","properties":{"role":["member"]}}`, "requires member"},
		{"required of a parent", `{"id":"a","schema":"Project","properties":{"status":["proposed"]}}`, "requires name"},
		{"abstract schema", `{"id":"a","schema":"Thing","properties":{"name":["T"]}}`, "abstract schema"},
		{"bad date", `{"id":"a","schema":"Event","properties":{"name":["E"],"date":["20 June 2022"]}}`, "is not a date"},
		{"upper-case country", `{"id":"a","schema":"Person","properties":{"name":["A"],"country":["AZ"]}}`, "is not a country"},
		{"unknown topic", `{"id":"a","schema":"Person","properties":{"name":["A"],"topics":["culture"]}}`, "is not a topic"},
		{"dangling reference", `{"id":"a","schema":"Occupancy","properties":{"holder":["nobody"],"post":["nothing"]}}`, "not in the export"},
		{"empty value", `{"id":"a","schema":"Person","properties":{"name":[""]}}`, "not a non-empty string"},
		{"missing id", `{"schema":"Person","properties":{"name":["A"]}}`, "no id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out := runCheck(t, []byte(tt.line+"\n"))
			if status != 1 || !strings.Contains(out, tt.want) {
				t.Errorf("exit status %d, output:\n%s\nwant status 1 and %q", status, out, tt.want)
			}
		})
	}
	t.Run("reference of the wrong schema", func(t *testing.T) {
		lines := `{"id":"p","schema":"Person","properties":{"name":["A"]}}` + "\n" +
			`{"id":"o","schema":"Occupancy","properties":{"holder":["p"],"post":["p"]}}` + "\n"
		status, out := runCheck(t, []byte(lines))
		if status != 1 || !strings.Contains(out, "a Person, not a Position") {
			t.Errorf("exit status %d, output:\n%s", status, out)
		}
	})
}

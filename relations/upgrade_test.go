package relations_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/relations"
)

// TestUpgrade reads the example as the first document format wrote it
// (testdata/v1, written before the format changed), upgrades it, and
// reads back the records of the example today.
func TestUpgrade(t *testing.T) {
	for _, tt := range []struct {
		file    string
		upgrade func(w *bytes.Buffer, data []byte) error
		read    func(data []byte) (relations.Records, error)
	}{
		{"azerbaijan-iran.json",
			func(w *bytes.Buffer, data []byte) error { return relations.UpgradeJSON(w, bytes.NewReader(data)) },
			func(data []byte) (relations.Records, error) {
				return relations.DecodeJSON(bytes.NewReader(data), relations.ReadOptions{})
			}},
		{"azerbaijan-iran.jsonl",
			func(w *bytes.Buffer, data []byte) error { return relations.UpgradeJSONL(w, bytes.NewReader(data)) },
			func(data []byte) (relations.Records, error) {
				return relations.DecodeJSONL(bytes.NewReader(data), relations.ReadOptions{})
			}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			old, err := os.ReadFile("../testdata/v1/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := tt.read(old); err == nil || !strings.Contains(err.Error(), "portfolio") {
				t.Errorf("reading the old format as it is: error %v, want one naming portfolio", err)
			}
			var up bytes.Buffer
			if err := tt.upgrade(&up, old); err != nil {
				t.Fatal(err)
			}
			if n, m := bytes.Count(old, []byte("\n")), bytes.Count(up.Bytes(), []byte("\n")); strings.HasSuffix(tt.file, ".jsonl") && n != m {
				t.Errorf("upgraded JSON Lines have %d lines, want %d", m, n)
			}
			got, err := tt.read(up.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			want := azernews.Records()
			var gotJSON, wantJSON bytes.Buffer
			if err := relations.WriteJSON(&gotJSON, &got); err != nil {
				t.Fatal(err)
			}
			if err := relations.WriteJSON(&wantJSON, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantJSON.String(), gotJSON.String()); diff != "" {
				t.Errorf("upgraded records differ from the example's (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUpgradeErrors(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"no schema", `{"states": []}`, `no "schema" member`},
		{"another schema", `{"schema": "amity/v2"}`, `want "amity/v1"`},
		{"not JSON", `{"schema": "amity/v1",`, "byte"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := relations.UpgradeJSON(&bytes.Buffer{}, strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("UpgradeJSON(%s) = %v, want an error containing %q", tt.in, err, tt.want)
			}
		})
	}
}

package events_test

import (
	"bytes"
	"os"
	"os/exec"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/cameotable"
)

// TestContextsUpToDate regenerates contexts_gen.go in memory and fails
// when the file in the tree differs: run go generate ./events.
func TestContextsUpToDate(t *testing.T) {
	out, err := exec.Command("go", "run", "./contextgen", "-o", "/dev/stdout").Output()
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("contexts_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, have) {
		t.Errorf("contexts_gen.go is stale: run go generate ./events")
	}
}

// TestCodesAgreeWithTheTable checks amity's CAMEO codebook against the
// official CAMEO-to-PLOVER table: every code of the codebook that the
// table lists has the table's PLOVER event type (but one, where the
// manual differs from the table) and contexts.
func TestCodesAgreeWithTheTable(t *testing.T) {
	f, err := os.Open("testdata/CAMEO2PLOVER-2021.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := cameotable.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	table := map[events.CAMEOCode]cameotable.Row{}
	for _, r := range rows {
		if prev, ok := table[events.CAMEOCode(r.Code)]; ok {
			// A code listed twice has the contexts of both lines.
			for _, c := range r.Contexts {
				if !slices.Contains(prev.Contexts, c) {
					prev.Contexts = append(prev.Contexts, c)
				}
			}
			r = prev
		}
		table[events.CAMEOCode(r.Code)] = r
	}
	n := 0
	for _, c := range events.CAMEOCodes() {
		r, ok := table[c]
		if !ok {
			continue
		}
		n++
		// The manual codes an apology (regret, remorse) as CONCEDE, where
		// the table has SUPPORT; amity follows the manual.
		if ev, _ := c.PLOVER(); r.Event != "" && string(ev) != r.Event && c != "055" {
			t.Errorf("CAMEO %s: PLOVER %s, the table's %s", c, ev, r.Event)
		}
		if got := c.Contexts(); len(got) > 0 || len(r.Contexts) > 0 {
			if !cmp.Equal(r.Contexts, got) {
				t.Errorf("CAMEO %s: contexts %v, the table's %v", c, got, r.Contexts)
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d codes of the codebook are in the table", n)
	}
	if got := events.CAMEOCode("0311").Contexts(); !cmp.Equal(got, []string{"economic"}) {
		t.Errorf("0311 has the contexts %v, want [economic]", got)
	}
}

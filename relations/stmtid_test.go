package relations_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// TestDuplicateStatementIDs checks the IDs the problems of duplicate
// statement IDs quote, whether or not a statement's ID begins with its
// meeting's: the reader rebuilds the first kind from the meeting's ID in
// memory it uses again for the next, and a problem must keep its own
// copy. The readers that keep each meeting's values and those that
// encode them report the same.
func TestDuplicateStatementIDs(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"entity":"source","id":"src","title":"t","publisher":"p"}` + "\n")
	b.WriteString(`{"entity":"state","id":"AZ","name":"Azerbaijan"}` + "\n")
	b.WriteString(`{"entity":"state","id":"IR","name":"Iran"}` + "\n")
	b.WriteString(`{"entity":"official","id":"a","name":"A"}` + "\n")
	b.WriteString(`{"entity":"official","id":"b","name":"B"}` + "\n")
	// Meeting m0 uses m1-s1 and s-x before m1 and m2 do.
	stmt := func(id string) string {
		return `{"id":"` + id + `","speakers":["a"],"verb":"said","summary":"s"}`
	}
	for i, ids := range [][]string{{"m1-s1", "s-x"}, {"m1-s1", "m1-s2"}, {"s-x", "m2-s2"}, {"m3-s1", "m3-s2"}} {
		var stmts []string
		for _, id := range ids {
			stmts = append(stmts, stmt(id))
		}
		fmt.Fprintf(&b, `{"entity":"meeting","id":"m%d","date":"2022-06-20","participants":[{"official":"a","state":"AZ"},{"official":"b","state":"IR"}],"statements":[%s],"sources":["src"]}`+"\n", i, strings.Join(stmts, ","))
	}
	want := []string{"m1-s1", "s-x"}
	for _, read := range []struct {
		name string
		read func(string) error
	}{
		{"ReadJSONL", func(s string) error {
			_, err := relations.ReadJSONL(strings.NewReader(s), relations.ReadOptions{})
			return err
		}},
		{"ValidateJSONL", func(s string) error {
			_, err := relations.ValidateJSONL(strings.NewReader(s), relations.ReadOptions{})
			return err
		}},
		{"New", func(s string) error {
			r, err := relations.DecodeJSONL(strings.NewReader(s), relations.ReadOptions{})
			if err != nil {
				return err
			}
			_, err = relations.New(r)
			return err
		}},
	} {
		t.Run(read.name, func(t *testing.T) {
			var got []string
			for _, fe := range amity.Errors(read.read(b.String())) {
				if fe.Kind != amity.KindDuplicate {
					t.Errorf("unexpected problem: %v", fe)
					continue
				}
				got = append(got, fe.Value)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("duplicate IDs (-want +got):\n%s", diff)
			}
		})
	}
}

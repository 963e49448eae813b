package relations_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// TestPlace places the problems of references, which the checks find
// with the entity's line only, at the values they are about: in JSON
// Lines on the entity's line, in a document on the value's line.
func TestPlace(t *testing.T) {
	lines := `{"entity":"source","id":"s1","publisher":"P"}
{"entity":"state","id":"AZ","name":"Azerbaijan","sources":["s1"]}
{"entity":"official","id":"a","name":"A","sources":["s1"],"posts":[{"id":"a-1","title":"Minister","state":"AZ","start":"2020"}]}
{"entity":"meeting","id":"m1","date":"2022-06-20","participants":[{"official":"a","state":"AZ"},{"official":"nobody","state":"AZ"}],"sources":["s9"]}
`
	doc := `{
  "schema": "amity/v2",
  "sources": [{"id": "s1", "publisher": "P"}],
  "states": [{"id": "AZ", "name": "Azerbaijan", "sources": ["s1"]}],
  "officials": [{"id": "a", "name": "A", "sources": ["s1"],
    "posts": [{"id": "a-1", "title": "Minister", "state": "AZ", "start": "2020"}]}],
  "meetings": [
    {"id": "m1", "date": "2022-06-20",
     "participants": [{"official": "a", "state": "AZ"},
       {"official": "nobody", "state": "AZ"}],
     "sources": ["s9"]}
  ]
}
`
	for _, c := range []struct {
		name  string
		input string
		lines bool
		want  []string
	}{
		{"lines", lines, true, []string{
			`line 4, column 109: meetings[0].participants[1].official: not found: "nobody": no official has this ID`,
			`line 4, column 144: meetings[0].sources[0]: not found: "s9": no source has this ID`,
		}},
		{"document", doc, false, []string{
			`line 10, column 21: meetings[0].participants[1].official: not found: "nobody": no official has this ID`,
			`line 11, column 18: meetings[0].sources[0]: not found: "s9": no source has this ID`,
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			read := relations.ValidateJSON
			if c.lines {
				read = relations.ValidateJSONL
			}
			_, err := read(strings.NewReader(c.input), relations.ReadOptions{})
			problems := amity.Errors(err)
			if len(problems) != len(c.want) {
				t.Fatalf("problems: %v", err)
			}
			for _, p := range problems {
				if p.Column != 0 {
					t.Fatalf("a problem of a reference has a column before Place: %v", p)
				}
			}
			placed, err := relations.Place(bytes.NewReader([]byte(c.input)), c.lines, problems)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range placed {
				got = append(got, p.Error())
			}
			if d := cmp.Diff(c.want, got); d != "" {
				t.Errorf("placed problems (-want +got):\n%s", d)
			}
			for i, p := range placed {
				at := strings.Split(c.input, "\n")[p.Line-1][p.Column-1:]
				if v := `"` + problems[i].Value + `"`; !strings.HasPrefix(at, v) {
					t.Errorf("%s: the column points at %.20q, not at %s", p.Path, at, v)
				}
			}
		})
	}
	// Problems with columns, or with no line, stay as they are.
	given := []amity.FieldError{
		{Path: amity.MustParsePath("meetings[0].date"), Kind: amity.KindInvalid, Line: 4, Column: 38},
		{Path: amity.MustParsePath("meetings[0].id"), Kind: amity.KindInvalid},
	}
	placed, err := relations.Place(strings.NewReader(lines), true, given)
	if err != nil || !cmp.Equal(placed, given) {
		t.Errorf("Place changed %v to %v, %v", given, placed, err)
	}
}

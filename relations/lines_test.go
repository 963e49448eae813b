package relations_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// TestDocumentProblemLines checks that a problem of an entity's own rules
// in a document is put on the line of the value it is about, not on the
// line where the entity begins.
func TestDocumentProblemLines(t *testing.T) {
	doc := `{"schema": "` + relations.Schema + `",
"sources": [{"id": "s", "publisher": "KPL"}],
"states": [{"id": "LA", "name": "Laos"}],
"officials": [
  {
    "id": "o",
    "name": "Him Chhem",
    "posts": [
      {
        "id": "o.p",
        "title": " Minister",
        "state": "LA"
      }
    ],
    "aliases": ["a", "a\u0000b"]
  }
]}
`
	_, err := relations.ReadJSON(strings.NewReader(doc), relations.ReadOptions{})
	type at struct {
		Line int
		Path string
	}
	var got []at
	for _, fe := range amity.Errors(err) {
		got = append(got, at{fe.Line, fe.Path.String()})
	}
	want := []at{{11, "officials[0].posts[0].title"}, {15, "officials[0].aliases[1]"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s\nerror: %v", diff, err)
	}
}

package relations_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// position returns the 1-based line and byte column of the first
// occurrence of mark in text; mark must occur exactly once.
func position(t *testing.T, text, mark string) (line, col int) {
	t.Helper()
	if n := strings.Count(text, mark); n != 1 {
		t.Fatalf("%q occurs %d times in the input, want once", mark, n)
	}
	off := strings.Index(text, mark)
	before := text[:off]
	line = strings.Count(before, "\n") + 1
	start := strings.LastIndexByte(before, '\n') + 1
	if line == 1 && strings.HasPrefix(text, "\uFEFF") {
		start = len("\uFEFF")
	}
	return line, off - start + 1
}

// TestColumns reads documents and JSON Lines laid out in many ways, each
// with one bad value, and checks that the problem names the line and
// column where the bad value starts: for what cannot be decoded, for a
// rule of the entity, and for the syntax of the document. The position
// wanted is found by searching the input for the bad value, not counted
// by hand.
func TestColumns(t *testing.T) {
	long := strings.Repeat("a", 3*(8<<10))
	tests := []struct {
		name string
		in   string
		mark string // where the bad value starts
		path string
	}{
		{"pretty, unknown field", "{\n  \"schema\": \"amity/v2\",\n  \"states\": [\n    {\n      \"id\": \"AZ\",\n      \"name\": \"Azerbaijan\",\n      \"colour\": 1\n    }\n  ]\n}\n",
			`"colour"`, "states[0].colour"},
		{"pretty, rule", "{\n  \"schema\": \"amity/v2\",\n  \"states\": [\n    {\n      \"id\": \"AZ\",\n      \"name\": \" Azerbaijan\"\n    }\n  ]\n}\n",
			`" Azerbaijan"`, "states[0].name"},
		{"one line, unknown field", `{"schema":"amity/v2","states":[{"id":"AZ","name":"Azerbaijan"},{"id":"IR","name":"Iran","colour":1}]}`,
			`"colour"`, "states[1].colour"},
		{"one line, rule", `{"schema":"amity/v2","states":[{"id":"AZ","name":"Azerbaijan"}, {"id":"IR","name":" Iran"}]}`,
			`" Iran"`, "states[1].name"},
		{"one line, rule in a list", `{"schema":"amity/v2","states":[{"id":"AZ","name":"Azerbaijan","aliases":["Azerbaycan", " Azeri"]}]}`,
			`" Azeri"`, "states[0].aliases[1]"},
		{"one line, after a long line", `{"schema":"amity/v2","states":[{"id":"AZ","name":"Azerbaijan","note":"` + long + `"},{"id":"IR","name":" Iran"}]}`,
			`" Iran"`, "states[1].name"},
		{"entity after a long line", "{\"schema\":\"amity/v2\",\"states\":[{\"id\":\"AZ\",\"name\":\"Azerbaijan\",\"note\":\"" + long + "\"},\n    {\"id\":\"IR\",\"name\":\" Iran\"}]}",
			`" Iran"`, "states[1].name"},
		{"byte-order mark", "\uFEFF{\"schema\":\"amity/v2\",\"states\":[{\"id\":\"AZ\",\"name\":\" Azerbaijan\"}]}",
			`" Azerbaijan"`, "states[0].name"},
		{"carriage returns", "{\r\n\"schema\": \"amity/v2\",\r\n\"states\": [\r\n  {\"id\": \"AZ\",\r\n   \"name\": \"Azerbaijan\", \"colour\": 1}]}",
			`"colour"`, "states[0].colour"},
		{"impossible date", "{\"schema\":\"amity/v2\",\"ties\":[\n  {\"id\":\"t\",\"kind\":\"diplomatic_relations\",\"states\":[\"AZ\",\"IR\"],\"established\":\"1992-02-30\"}]}",
			`"1992-02-30"`, "ties[0].established"},
		{"unknown member of the document", "{\"schema\":\"amity/v2\",\n \"stats\": []}",
			`[]`, "stats"},
		{"JSON Lines, rule", "{\"entity\":\"state\",\"id\":\"AZ\",\"name\":\"Azerbaijan\"}\n{\"entity\":\"state\",\"id\":\"IR\",\"name\":\" Iran\"}\n",
			`" Iran"`, "states[1].name"},
		{"JSON Lines, unknown field", "{\"entity\":\"state\",\"id\":\"AZ\",\"name\":\"Azerbaijan\"}\n{\"entity\":\"state\",\"id\":\"IR\",\"name\":\"Iran\",\"colour\":1}\n",
			`"colour"`, "states[1].colour"},
		{"JSON Lines, byte-order mark", "\uFEFF{\"entity\":\"state\",\"id\":\"AZ\",\"name\":\" Azerbaijan\"}\n",
			`" Azerbaijan"`, "states[0].name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read := relations.ReadJSON
			if strings.HasPrefix(tt.name, "JSON Lines") {
				read = relations.ReadJSONL
			}
			_, err := read(bytes.NewReader([]byte(tt.in)), relations.ReadOptions{})
			var found *amity.FieldError
			for _, fe := range amity.Errors(err) {
				if fe.Path.String() == tt.path {
					found = &fe
					break
				}
			}
			if found == nil {
				t.Fatalf("no problem at %s; got %v", tt.path, err)
			}
			line, col := position(t, tt.in, tt.mark)
			if found.Line != line || found.Column != col {
				t.Errorf("%s at line %d, column %d; want line %d, column %d (%v)", tt.path, found.Line, found.Column, line, col, found)
			}
		})
	}
}

// TestSyntaxColumns checks the line and column of what ends a document
// that is not well-formed.
func TestSyntaxColumns(t *testing.T) {
	for _, tt := range []struct{ in, mark string }{
		{"{\"schema\":\"amity/v2\",\n  \"states\": [}", "}"},
		{"{\"schema\":\"amity/v2\"}\n  x", "x"},
		{"  [1]", "["},
		{"{\"schema\":\"amity/v2\",\n \"schema\": \"amity/v2\"}", `"amity/v2"}`},
	} {
		_, err := relations.ReadJSON(strings.NewReader(tt.in), relations.ReadOptions{})
		fes := amity.Errors(err)
		if len(fes) == 0 {
			t.Fatalf("%q: no problem", tt.in)
		}
		line, col := position(t, tt.in, tt.mark)
		if fes[0].Line != line || fes[0].Column != col {
			t.Errorf("%q: %v at line %d, column %d; want line %d, column %d", tt.in, fes[0], fes[0].Line, fes[0].Column, line, col)
		}
	}
}

// TestDetailIndexes checks that a path in the detail of a problem found
// once the whole was read counts the entities of the file, as the path of
// the problem does, though an entity before it failed to decode.
func TestDetailIndexes(t *testing.T) {
	in := `{"entity":"source","id":"s","publisher":"P"}
{"entity":"state","id":"AZ","name":"Azerbaijan"}
{"entity":"state","id":"IR","name":"Iran"}
{"entity":"tie","id":"t0","kind":"diplomatic_relations","states":["AZ","IR"],"colour":1}
{"entity":"tie","id":"t1","kind":"diplomatic_relations","states":["AZ","IR"],"sources":["s"]}
{"entity":"tie","id":"t1","kind":"twinning","states":["AZ","IR"],"sources":["s"]}
`
	_, err := relations.ReadJSONL(strings.NewReader(in), relations.ReadOptions{})
	for _, fe := range amity.Errors(err) {
		if fe.Kind == amity.KindDuplicate {
			if want := "ties[2].id"; fe.Path.String() != want || !strings.HasSuffix(fe.Detail, "already used by ties[1]") {
				t.Errorf("%v; want the problem at %s, of an ID already used by ties[1]", fe, want)
			}
			return
		}
	}
	t.Fatalf("no duplicate found: %v", err)
}

//go:build ajvcheck

package schema_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/example"
	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/schema"
)

// ajvDir holds the node program that compiles the schema with Ajv in
// strict mode and validates documents against it (ajv 8.20.0, pinned by
// package-lock.json). Install it with
//
//	npm ci --prefix schema/testdata/ajv
//
// and run the tests of this file with
//
//	go test -tags ajvcheck ./schema/
const ajvDir = "testdata/ajv"

// ajvSchema is the first line check.cjs prints: how the schema compiled.
type ajvSchema struct {
	Schema   string   `json:"schema"`
	Compiled bool     `json:"compiled"`
	Error    string   `json:"error"`
	Warnings []string `json:"warnings"`
}

// ajvVerdict is a line check.cjs prints for a document.
type ajvVerdict struct {
	Document string `json:"document"`
	Valid    bool   `json:"valid"`
	Errors   []struct {
		InstancePath string `json:"instancePath"`
		Keyword      string `json:"keyword"`
		Message      string `json:"message"`
	} `json:"errors"`
}

// String returns the errors of v, one a line.
func (v ajvVerdict) String() string {
	var b strings.Builder
	for _, e := range v.Errors {
		fmt.Fprintf(&b, "%s %s: %s\n", e.InstancePath, e.Keyword, e.Message)
	}
	return b.String()
}

// namedDoc is a JSON document to validate, with a name for messages.
type namedDoc struct {
	name string
	data []byte
}

// runAjv runs check.cjs on the schema file schemaFile (-loose: with
// strict mode off) and on docs, and returns its exit status, how the
// schema compiled, and the verdict on each document, in the order of
// docs.
func runAjv(t *testing.T, loose bool, schemaFile string, docs ...namedDoc) (int, ajvSchema, []ajvVerdict) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is needed for the Ajv check: %v", err)
	}
	if _, err := os.Stat(filepath.Join(ajvDir, "node_modules", "ajv")); err != nil {
		t.Fatalf("Ajv is not installed: run npm ci --prefix schema/%s (%v)", ajvDir, err)
	}
	args := []string{filepath.Join(ajvDir, "check.cjs")}
	if loose {
		args = append(args, "-loose")
	}
	args = append(args, schemaFile)
	dir := t.TempDir()
	for i, d := range docs {
		file := filepath.Join(dir, fmt.Sprintf("%03d.json", i))
		if err := os.WriteFile(file, d.data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, file)
	}
	cmd := exec.Command(node, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	status := 0
	err = cmd.Run()
	if exit, ok := errors.AsType[*exec.ExitError](err); ok {
		status = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if stderr.Len() > 0 {
		t.Errorf("node check.cjs wrote to stderr:\n%s", stderr.String())
	}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<20)
	var s ajvSchema
	var verdicts []ajvVerdict
	for i := 0; sc.Scan(); i++ {
		var err error
		if i == 0 {
			err = json.Unmarshal(sc.Bytes(), &s)
		} else {
			var v ajvVerdict
			err = json.Unmarshal(sc.Bytes(), &v)
			verdicts = append(verdicts, v)
		}
		if err != nil {
			t.Fatalf("line %d of the output of check.cjs: %v\n%s", i+1, err, stdout.String())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if s.Compiled && len(verdicts) != len(docs) {
		t.Fatalf("check.cjs gave %d verdicts for %d documents:\n%s", len(verdicts), len(docs), stdout.String())
	}
	return status, s, verdicts
}

// TestAjvStrict checks that the schema of the current format compiles
// with Ajv in strict mode, without an error or a warning, and that the
// frozen schema of amity/v1 compiles with strict mode off but not with
// it on, as README.md says.
func TestAjvStrict(t *testing.T) {
	status, s, _ := runAjv(t, false, schema.FileName)
	if status != 0 || !s.Compiled || len(s.Warnings) > 0 {
		t.Errorf("%s in strict mode: exit status %d, compiled %t, error %q, warnings:\n%s",
			schema.FileName, status, s.Compiled, s.Error, strings.Join(s.Warnings, "\n"))
	}
	status, s, _ = runAjv(t, true, schema.FileNameV1)
	if status != 0 || !s.Compiled || len(s.Warnings) > 0 {
		t.Errorf("%s with strict mode off: exit status %d, compiled %t, error %q, warnings:\n%s",
			schema.FileNameV1, status, s.Compiled, s.Error, strings.Join(s.Warnings, "\n"))
	}
	status, s, _ = runAjv(t, false, schema.FileNameV1)
	if status != 1 || s.Compiled || !strings.Contains(s.Error, "strict mode") {
		t.Errorf("%s in strict mode: exit status %d, compiled %t, error %q: README.md says it does not compile",
			schema.FileNameV1, status, s.Compiled, s.Error)
	}
}

// TestAjvDatasets checks that Ajv finds valid the documents of both
// runnable examples, as `go run ./examples/NAME -format json` writes
// them, and those of the test datasets.
func TestAjvDatasets(t *testing.T) {
	var docs []namedDoc
	for _, ex := range []struct {
		name    string
		records relations.Records
	}{
		{"examples/azerbaijan-iran", azernews.Records()},
		{"examples/laos-cambodia", kplnews.Records()},
	} {
		var b bytes.Buffer
		if err := example.Write(&b, ex.records, "json", nil); err != nil {
			t.Fatalf("%s: %v", ex.name, err)
		}
		docs = append(docs, namedDoc{ex.name, b.Bytes()})
	}
	for _, d := range append(formattest.AllDatasets(t), formattest.Dataset{Name: "every-field archive", Records: everyField()}) {
		docs = append(docs, namedDoc{d.Name, formattest.JSON(t, &d.Records)})
	}
	_, s, verdicts := runAjv(t, false, schema.FileName, docs...)
	if !s.Compiled {
		t.Fatalf("the schema does not compile: %s", s.Error)
	}
	for i, v := range verdicts {
		if !v.Valid {
			t.Errorf("%s is not valid by Ajv:\n%s", docs[i].name, v)
		}
	}
}

// edgeBase is a small valid document that the edge cases change: a
// source, two states, an organization, a group and an agreement.
const edgeBase = `{
  "schema": "amity/v2",
  "sources": [{"id": "azernews-2022-06-22", "publisher": "Azernews", "title": "Azerbaijan and Iran discuss cultural ties",
    "url": "https://www.azernews.az/culture/195000.html", "published": "2022-06-22", "language": "en",
    "note": "The report names the ministers."}],
  "states": [
    {"id": "AZ", "name": "Azerbaijan", "sources": ["azernews-2022-06-22"]},
    {"id": "IR", "name": "Iran", "local_names": {"fa": "ایران"}, "sources": ["azernews-2022-06-22"]}],
  "organizations": [{"id": "nlai", "kind": "cultural_institution", "name": "National Library of Iran", "state": "IR",
    "sources": ["azernews-2022-06-22"]}],
  "groups": [{"id": "az-delegation", "kind": "delegation", "state": "AZ", "size": {"min": 3, "max": 5},
    "sources": ["azernews-2022-06-22"]}],
  "agreements": [{"id": "az-ir-agreement", "kind": "memorandum_of_understanding", "title": "Memorandum on culture",
    "parties": [{"state": "AZ"}, {"state": "IR"}], "signed": "2022-06-20", "place": {"city": "Baku", "country": "AZ"},
    "sources": ["azernews-2022-06-22"]}]
}`

// edge is an edge case of the format: the base document with the value
// at path replaced by raw, a JSON text as written in the file (an
// escaped lone surrogate stays one).
type edge struct {
	name  string
	path  []any
	raw   string
	amity bool // amity reads the document
	// differs, for a known difference between the schema and amity, is
	// what schema/README.md says of it; "" when they agree.
	differs string
}

// doc returns the document of e.
func (e edge) doc(t *testing.T) []byte {
	t.Helper()
	var d map[string]any
	if err := json.Unmarshal([]byte(edgeBase), &d); err != nil {
		t.Fatal(err)
	}
	if len(e.path) > 0 {
		var parent any = d
		for _, p := range e.path[:len(e.path)-1] {
			switch p := p.(type) {
			case string:
				parent = parent.(map[string]any)[p]
			case int:
				parent = parent.([]any)[p]
			}
		}
		switch last := e.path[len(e.path)-1].(type) {
		case string:
			parent.(map[string]any)[last] = json.RawMessage(e.raw)
		case int:
			parent.([]any)[last] = json.RawMessage(e.raw)
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		t.Fatalf("%s: %v", e.name, err)
	}
	if len(e.path) > 0 {
		var raw bytes.Buffer
		if err := json.Compact(&raw, []byte(e.raw)); err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		if !bytes.Contains(b.Bytes(), raw.Bytes()) {
			t.Fatalf("%s: the document does not hold %s as written:\n%s", e.name, raw.Bytes(), b.Bytes())
		}
	}
	return b.Bytes()
}

// edges are the edge cases of the format: of text, codes, dates, URLs,
// lists and rules across entities.
var edges = []edge{
	{name: "the base document", amity: true},
	// Text.
	{name: "empty note", path: []any{"states", 0, "note"}, raw: `""`, amity: true, differs: "`\"note\": \"\"`"},
	{name: "empty Wikidata ID", path: []any{"states", 0, "wikidata"}, raw: `""`, amity: true, differs: "`\"wikidata\": \"\"`"},
	{name: "empty list of sources", path: []any{"states", 0, "sources"}, raw: `[]`, amity: true},
	{name: "escaped lone surrogate in a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan\ud800"`, differs: "**a lone surrogate**"},
	{name: "escaped surrogate pair in a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan \ud83c\udfa8"`, amity: true},
	{name: "name of zero-width joiners only", path: []any{"states", 0, "name"}, raw: `"\u200d\u200d"`},
	{name: "name of one zero-width joiner", path: []any{"states", 0, "name"}, raw: `"\u200d"`},
	{name: "name of a joiner and a combining mark", path: []any{"states", 0, "name"}, raw: `"\u200d\u0301"`},
	{name: "name starting with a combining mark", path: []any{"states", 0, "name"}, raw: `"\u0301Azerbaijan"`},
	{name: "name starting with a spacing mark", path: []any{"states", 0, "name"}, raw: `"\u0903Azerbaijan"`},
	{name: "name starting with a joiner", path: []any{"states", 0, "name"}, raw: `"\u200fAzerbaijan"`, amity: true},
	{name: "combining mark after a letter", path: []any{"states", 0, "name"}, raw: `"Aze\u0301rbaijan"`, amity: true},
	{name: "LANGUAGE TAG U+E0001 in a name", path: []any{"states", 0, "name"}, raw: `"Azer\udb40\udc01baijan"`},
	{name: "TAG LATIN CAPITAL LETTER A U+E0041 in a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan\udb40\udc41"`},
	{name: "MUSICAL SYMBOL BEGIN BEAM U+1D173 in a name", path: []any{"states", 0, "name"}, raw: `"Azer\ud834\udd73baijan"`},
	{name: "right-to-left override U+202E in a name", path: []any{"states", 0, "name"}, raw: `"Azer\u202ebaijan"`},
	{name: "byte-order mark U+FEFF inside a name", path: []any{"states", 0, "name"}, raw: `"Azer\ufeffbaijan"`},
	{name: "noncharacter U+FFFE in a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan\ufffe"`},
	{name: "noncharacter U+1FFFF in a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan\ud83f\udfff"`},
	{name: "private use U+E000 in a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan\ue000"`},
	{name: "private use U+F0000 in a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan\udb80\udc00"`},
	{name: "replacement character U+FFFD in a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan\ufffd"`, amity: true},
	{name: "Persian name with a zero-width non-joiner", path: []any{"organizations", 0, "local_names"}, raw: `{"fa": "کتاب\u200cخانه ملی ایران"}`, amity: true},
	{name: "emoji sequence with a zero-width joiner", path: []any{"sources", 0, "title"}, raw: "\"Painters \U0001F469\u200d\U0001F3A8 in Baku\"", amity: true},
	{name: "space at the start of a name", path: []any{"states", 0, "name"}, raw: `" Azerbaijan"`},
	{name: "space at the end of a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan "`},
	{name: "no-break space at the end of a name", path: []any{"states", 0, "name"}, raw: `"Azerbaijan\u00a0"`},
	{name: "line separator U+2028 in a name", path: []any{"states", 0, "name"}, raw: `"Azer\u2028baijan"`},
	{name: "line feed in a note", path: []any{"states", 0, "note"}, raw: `"One.\nTwo."`, amity: true},
	{name: "line feed in a name", path: []any{"states", 0, "name"}, raw: `"Azer\nbaijan"`},
	{name: "name of 512 characters above U+FFFF", path: []any{"states", 0, "name"}, raw: `"` + strings.Repeat(`\ud835\udd38`, 512) + `"`, amity: true},
	{name: "name of 513 characters above U+FFFF", path: []any{"states", 0, "name"}, raw: `"` + strings.Repeat(`\ud835\udd38`, 513) + `"`},
	// Codes.
	{name: "subdivision of the right form, not assigned", path: []any{"agreements", 0, "place", "subdivision"}, raw: `"AZ-ZZZ"`},
	{name: "subdivision of a country not assigned", path: []any{"agreements", 0, "place", "subdivision"}, raw: `"XX-1"`},
	{name: "assigned subdivision of another country", path: []any{"agreements", 0, "place", "subdivision"}, raw: `"IR-23"`, differs: "`\"subdivision\": \"IR-23\"`"},
	{name: "assigned subdivision of the country", path: []any{"agreements", 0, "place", "subdivision"}, raw: `"AZ-BA"`, amity: true},
	{name: "country code not assigned", path: []any{"agreements", 0, "place", "country"}, raw: `"XX"`},
	{name: "language tag in upper case", path: []any{"states", 1, "local_names"}, raw: `{"FA": "ایران"}`},
	// Dates.
	{name: "30 February", path: []any{"sources", 0, "published"}, raw: `"2022-02-30"`},
	{name: "29 February of a common year", path: []any{"sources", 0, "published"}, raw: `"2021-02-29"`},
	{name: "29 February of a leap year", path: []any{"sources", 0, "published"}, raw: `"2024-02-29"`, amity: true},
	{name: "31 April", path: []any{"sources", 0, "published"}, raw: `"2022-04-31"`},
	{name: "the year 0000", path: []any{"sources", 0, "published"}, raw: `"0000"`},
	{name: "month 13", path: []any{"sources", 0, "published"}, raw: `"2022-13"`},
	// URLs.
	{name: "URL with a bad percent escape in its host", path: []any{"sources", 0, "url"}, raw: `"http://%zz"`, differs: "`http://%zz`"},
	{name: "URL with a bad percent escape in its path", path: []any{"sources", 0, "url"}, raw: `"https://www.azernews.az/%zz"`, differs: "`https://www.azernews.az/%zz`"},
	{name: "URL with a port that is not a number", path: []any{"sources", 0, "url"}, raw: `"http://a:b"`, differs: "`http://a:b`"},
	{name: "URL with a space", path: []any{"sources", 0, "url"}, raw: `"https://www.azernews.az/a b"`},
	{name: "URL of 2048 characters, not all ASCII", path: []any{"sources", 0, "url"}, raw: `"https://www.azernews.az/` + strings.Repeat("ə", 2048-24) + `"`, amity: true},
	// Lists.
	{name: "source twice in a list of IDs", path: []any{"states", 0, "sources"}, raw: `["azernews-2022-06-22", "azernews-2022-06-22"]`},
	{name: "party twice", path: []any{"agreements", 0, "parties"}, raw: `[{"state": "AZ"}, {"state": "AZ"}]`},
	// Members.
	{name: "member twice in an object", path: []any{"states", 0}, raw: `{"id": "AZ", "name": "Azerbaijan", "name": "Azerbaijan"}`, differs: "**a member twice**"},
	{name: "null for an optional member", path: []any{"states", 0, "note"}, raw: `null`},
	// Numbers.
	{name: "group of -3 to 5 people", path: []any{"groups", 0, "size"}, raw: `{"min": -3, "max": 5}`, differs: "`\"min\": -3`"},
	{name: "group of 5 to 3 people", path: []any{"groups", 0, "size"}, raw: `{"min": 5, "max": 3}`, differs: "`\"min\": 5, \"max\": 3`"},
	{name: "size with a fraction", path: []any{"groups", 0, "size"}, raw: `{"min": 3.5, "max": 5}`},
	// Rules across entities.
	{name: "reference to no entity", path: []any{"states", 0, "sources"}, raw: `["apa-2022-06-22"]`, differs: "a reference to no entity"},
	{name: "reference to an entity of another kind", path: []any{"groups", 0, "organization"}, raw: `"azernews-2022-06-22"`, differs: "one of another kind"},
	{name: "ID used by two kinds of entity", path: []any{"groups", 0, "id"}, raw: `"nlai"`, differs: "an ID used by two entities"},
	{name: "agreement that expires before it is signed", path: []any{"agreements", 0, "expires"}, raw: `"2021-06-20"`, differs: "expires before it is signed"},
	{name: "organization ID where a country code goes", path: []any{"organizations", 0, "state"}, raw: `"nlai"`},
}

// differences is the heading of the section of README.md that lists the
// differences between the schema and amity.
const differences = "## Where the schema and amity differ"

// TestAjvAgrees checks the verdicts of amity (relations.ReadJSON) and of
// Ajv with the schema on each edge case: amity's is the one the case
// states, and Ajv's is the same, but for the known differences, where it
// is the other and the section of README.md on the differences says what
// the case's differs says.
func TestAjvAgrees(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "\n"+differences+"\n")
	if !ok {
		t.Fatalf("README.md has no section %q", differences)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	docs := make([]namedDoc, len(edges))
	for i, e := range edges {
		docs[i] = namedDoc{e.name, e.doc(t)}
	}
	_, s, verdicts := runAjv(t, false, schema.FileName, docs...)
	if !s.Compiled {
		t.Fatalf("the schema does not compile: %s", s.Error)
	}
	for i, e := range edges {
		t.Run(e.name, func(t *testing.T) {
			_, err := relations.ReadJSON(bytes.NewReader(docs[i].data), relations.ReadOptions{})
			if got := err == nil; got != e.amity {
				t.Fatalf("amity reads it: %t, want %t (error: %v)", got, e.amity, err)
			}
			v := verdicts[i]
			switch {
			case e.differs == "" && v.Valid != e.amity:
				t.Errorf("amity reads it: %t; Ajv finds it valid: %t (%v)\n%s", e.amity, v.Valid, err, v)
			case e.differs != "" && v.Valid == e.amity:
				t.Errorf("listed as a difference, but amity and Ajv agree (%t): take it off the list in README.md", v.Valid)
			case e.differs != "" && !strings.Contains(section, e.differs):
				t.Errorf("the section %q of README.md does not say %s", differences, e.differs)
			}
		})
	}
}

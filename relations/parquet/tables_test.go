package parquet

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/amitydata/amity/internal/formattest"
)

// markdown returns docs/parquet.md: every table and column of Tables.
func markdown() []byte {
	var b strings.Builder
	b.WriteString("# amity's Parquet tables\n\n")
	b.WriteString("`amity convert -to parquet -o DIR FILE` and package `relations/parquet` write a\n")
	b.WriteString("dataset as these tables, a file `NAME.parquet` each, compressed with zstd. The\n")
	b.WriteString("tables are derived from the Go types of the entities by the rules of the\n")
	b.WriteString("package's documentation; this file is generated from them by\n")
	b.WriteString("`go test ./relations/parquet -update`, and a test fails when it is out of date.\n")
	b.WriteString("Types are as DuckDB shows them. A null stands for a field left out: an\n")
	b.WriteString("empty text, a zero number, no date, no list.\n")
	for _, t := range Tables() {
		fmt.Fprintf(&b, "\n## %s\n\n", t.Name)
		switch {
		case t.Kind == "":
			b.WriteString("A row is a CAMEO event code amity knows, with its Goldstein score and PLOVER event type; every directory of tables holds the same rows.\n\n")
		case t.Parent == "":
			fmt.Fprintf(&b, "A row is %s.\n\n", article(string(t.Kind)))
		default:
			fmt.Fprintf(&b, "A row is an element of the list `%s` of %s, in table `%s`.\n\n", t.Field, article(string(t.Kind)), t.Parent)
		}
		b.WriteString("| column | type | null | field | holds |\n|---|---|---|---|---|\n")
		for _, c := range t.Columns {
			null := ""
			if c.Nullable {
				null = "yes"
			}
			field := ""
			if c.Field != "" {
				field = "`" + c.Field + "`"
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", c.Name, c.Type, null, field, c.Doc)
		}
	}
	return []byte(b.String())
}

// article returns noun after "a" or "an".
func article(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}

// TestDocsUpToDate compares docs/parquet.md with the tables.
func TestDocsUpToDate(t *testing.T) {
	formattest.Golden(t, filepath.Join(formattest.ModuleRoot(t), "docs", "parquet.md"), markdown())
}

// TestPackageDocNamesTables checks the tables the package's documentation
// names: all the top-level ones, in order, and tables of lists that
// exist.
func TestPackageDocNamesTables(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.ReplaceAll(string(src), "\n//", "")
	var top, lists []string
	for _, tb := range Tables() {
		switch {
		case tb.Kind == "":
		case tb.Parent == "":
			top = append(top, tb.Name)
		default:
			lists = append(lists, tb.Name)
		}
	}
	m := regexp.MustCompile(`list in\s+relations.Records:\s+([a-z, ]+)\.`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("doc.go: no list of the top-level tables")
	}
	if got := strings.Fields(strings.ReplaceAll(m[1], ",", " ")); !slices.Equal(got, top) {
		t.Errorf("doc.go names the top-level tables\n%v\nwant\n%v", got, top)
	}
	m = regexp.MustCompile(`the list \(([a-z_, ]+)\)`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("doc.go: no list of the tables of lists")
	}
	for name := range strings.FieldsSeq(strings.ReplaceAll(m[1], ",", " ")) {
		if !slices.Contains(lists, name) {
			t.Errorf("doc.go names a table %s of a list; there is none", name)
		}
	}
}

// TestTablesColumns checks the rules of the tables on some columns.
func TestTablesColumns(t *testing.T) {
	cols := map[string]Column{}
	for _, tb := range Tables() {
		for _, c := range tb.Columns {
			cols[tb.Name+"."+c.Name] = c
		}
	}
	for _, want := range []Column{
		{Name: "meetings.id", Type: "VARCHAR", Field: "id"},
		{Name: "meetings.date", Type: "DATE", Nullable: true, Field: "date", Doc: "the first day of the date"},
		{Name: "meetings.date_precision", Type: "VARCHAR", Nullable: true, Field: "date", Doc: "the precision of the date: year, month or day"},
		{Name: "meetings.place_city", Type: "VARCHAR", Nullable: true, Field: "place.city"},
		{Name: "meetings.topics", Type: "VARCHAR[]", Nullable: true, Field: "topics"},
		{Name: "meetings.session", Type: "BIGINT", Nullable: true, Field: "session"},
		{Name: "meetings.participants_count", Type: "INTEGER", Nullable: true, Field: "participants", Doc: "the length of the list, rows of table meetings_participants; null for none"},
		{Name: "meetings.field_sources", Type: "MAP(VARCHAR, VARCHAR[])", Nullable: true, Field: "field_sources"},
		{Name: "meetings.uncertain", Type: "MAP(VARCHAR, STRUCT(basis VARCHAR, reason VARCHAR))", Nullable: true, Field: "uncertain"},
		{Name: "states.local_names", Type: "MAP(VARCHAR, VARCHAR)", Nullable: true, Field: "local_names"},
		{Name: "meetings_participants.meeting_id", Type: "VARCHAR", Doc: "the ID of the entity holding the row"},
		{Name: "meetings_participants.position", Type: "INTEGER", Doc: "the row's position in its list, from 0"},
		{Name: "meetings_participants.state", Type: "VARCHAR", Field: "state"},
		{Name: "meetings_statements.by_source", Type: "BOOLEAN", Nullable: true, Field: "by_source"},
		{Name: "agreements_signatories.for_state", Type: "VARCHAR", Nullable: true, Field: "for.state"},
		{Name: "sources.publisher", Type: "VARCHAR", Field: "publisher"},
	} {
		name := want.Name
		got, ok := cols[name]
		if !ok {
			t.Errorf("no column %s", name)
			continue
		}
		want.Name = name[strings.IndexByte(name, '.')+1:]
		if got != want {
			t.Errorf("column %s:\n got %+v\nwant %+v", name, got, want)
		}
	}
}

// TestREADMEHoldsTheSQL checks that the README shows each query of
// docs/sql as it is, the queries the DuckDB check runs.
func TestREADMEHoldsTheSQL(t *testing.T) {
	root := formattest.ModuleRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(root, "docs", "sql", "*.sql"))
	if err != nil || len(files) < 3 {
		t.Fatalf("docs/sql: %v, %v", files, err)
	}
	for _, f := range files {
		q, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(readme), "```sql\n"+string(q)+"```\n") {
			t.Errorf("README.md does not show %s as it is", filepath.Base(f))
		}
	}
}

// TestREADMENamesTables checks that the files the README names, as
// `NAME.parquet`, are tables.
func TestREADMENamesTables(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(formattest.ModuleRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, tb := range Tables() {
		names[tb.Name] = true
	}
	found := regexp.MustCompile("`([a-z_]+)\\.parquet`").FindAllStringSubmatch(string(readme), -1)
	if len(found) < 5 {
		t.Fatalf("README.md names %d tables", len(found))
	}
	for _, m := range found {
		if !names[m[1]] {
			t.Errorf("README.md names %s.parquet: there is no such table", m[1])
		}
	}
}

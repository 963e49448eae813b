//go:build duckdbcheck

package parquet_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/parquet"
)

// duckDir holds the node program that answers SQL with DuckDB
// (@duckdb/node-api 1.5.6-r.1, pinned by package-lock.json). Install it
// with
//
//	npm ci --prefix relations/parquet/testdata/duckdb
//
// and run this test with
//
//	go test -tags duckdbcheck ./relations/parquet/
const duckDir = "testdata/duckdb"

// duckQuery answers queries with DuckDB on the tables in dir, in order,
// each answer a list of rows of values as DuckDB's JSON form gives them.
func duckQuery(t *testing.T, dir string, queries []string) [][][]any {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is needed for the DuckDB check: %v", err)
	}
	if _, err := os.Stat(filepath.Join(duckDir, "node_modules", "@duckdb", "node-api")); err != nil {
		t.Fatalf("DuckDB is not installed: run npm ci --prefix relations/parquet/%s (%v)", duckDir, err)
	}
	in, err := json.Marshal(queries)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, filepath.Join(duckDir, "query.cjs"), dir)
	var out, errOut bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(in), &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("node query.cjs: %v\n%s", err, errOut.String())
	}
	var answers [][][]any
	if err := json.Unmarshal(out.Bytes(), &answers); err != nil {
		t.Fatal(err)
	}
	if len(answers) != len(queries) {
		t.Fatalf("%d answers to %d queries", len(answers), len(queries))
	}
	return answers
}

// sqlFile returns the query of docs/sql/name.
func sqlFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "sql", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// text returns a value of an answer as text: DuckDB's JSON form gives
// BIGINTs as strings, INTEGERs and DOUBLEs as numbers.
func text(v any) string { return fmt.Sprint(v) }

// column returns column i of rows, as text.
func column(rows [][]any, i int) []string {
	out := make([]string, len(rows))
	for k, r := range rows {
		out[k] = text(r[i])
	}
	return out
}

// TestDuckDBAnswersAsAmity writes a 20,000-meeting archive as Parquet
// tables, and asks DuckDB the README's dyadic questions with the SQL of
// docs/sql: each answer is amity's.
func TestDuckDBAnswersAsAmity(t *testing.T) {
	r := synth.Generate(synth.Config{Seed: 1, Meetings: 20_000})
	dir := t.TempDir()
	if err := parquet.WriteRecords(dir, &r); err != nil {
		t.Fatal(err)
	}
	d, err := relations.New(r)
	if err != nil {
		t.Fatal(err)
	}

	// The columns and types DuckDB sees are those of parquet.Tables, and
	// each table of entities has a row for each.
	var queries []string
	for _, tb := range parquet.Tables() {
		queries = append(queries,
			fmt.Sprintf(`SELECT column_name, column_type FROM (DESCRIBE "%s")`, tb.Name),
			fmt.Sprintf(`SELECT count(*) FROM "%s"`, tb.Name))
	}
	answers := duckQuery(t, dir, queries)
	for i, tb := range parquet.Tables() {
		var want [][]any
		for _, c := range tb.Columns {
			want = append(want, []any{c.Name, c.Type})
		}
		if diff := cmp.Diff(want, answers[2*i]); diff != "" {
			t.Errorf("DESCRIBE %s (-Tables +DuckDB):\n%s", tb.Name, diff)
		}
		if tb.Kind != "" && tb.Parent == "" {
			if got := text(answers[2*i+1][0][0]); got != fmt.Sprint(d.Count(tb.Kind)) {
				t.Errorf("%s: %s rows, %d %s entities", tb.Name, got, d.Count(tb.Kind), tb.Kind)
			}
		}
	}

	// Intensity of every pair and year.
	var want [][]string
	for in := range d.Intensity() {
		want = append(want, []string{string(in.A), string(in.B), fmt.Sprint(in.Year), fmt.Sprint(in.Events), fmt.Sprint(in.Goldstein)})
	}
	rows := duckQuery(t, dir, []string{sqlFile(t, "intensity.sql")})[0]
	if len(rows) != len(want) || len(want) < 1000 {
		t.Fatalf("intensity: %d rows from DuckDB, %d from amity", len(rows), len(want))
	}
	for i, row := range rows {
		w := want[i]
		got := []string{text(row[0]), text(row[1]), text(row[2]), text(row[3])}
		g, _ := row[4].(float64)
		var wg float64
		fmt.Sscan(w[4], &wg)
		if !slices.Equal(got, w[:4]) || math.Abs(g-wg) > 1e-9 {
			t.Errorf("intensity row %d: DuckDB %v %v, amity %v", i, got, g, w)
		}
	}

	// Meetings between the six pairs with the most events, every year.
	type pair struct{ a, b orgs.StateID }
	events := map[pair]int{}
	for in := range d.Intensity() {
		events[pair{in.A, in.B}] += in.Events
	}
	pairs := make([]pair, 0, len(events))
	for p := range events {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		if events[x] != events[y] {
			return events[y] - events[x]
		}
		return strings.Compare(string(x.a)+string(x.b), string(y.a)+string(y.b))
	})
	pairs = append(pairs[:6], pair{pairs[0].a, pairs[0].a})
	between := sqlFile(t, "meetings-between.sql")
	type ask struct {
		p    pair
		year int
	}
	var asks []ask
	queries = nil
	for _, p := range pairs {
		for year := 1995; year <= 2024; year++ {
			asks = append(asks, ask{p, year})
			queries = append(queries, fmt.Sprintf("SET VARIABLE a = '%s'", p.a), fmt.Sprintf("SET VARIABLE b = '%s'", p.b),
				fmt.Sprintf("SET VARIABLE year = %d", year), between)
		}
	}
	answers = duckQuery(t, dir, queries)
	found := 0
	for i, q := range asks {
		y := amity.MustParseDate(fmt.Sprint(q.year))
		var want []string
		for m := range d.MeetingsBetween(q.p.a, q.p.b, relations.Period{From: y, To: y}) {
			want = append(want, string(m.ID))
		}
		got := column(answers[4*i+3], 0)
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("meetings between %s and %s in %d: DuckDB %v, amity %v", q.p.a, q.p.b, q.year, got, want)
		}
		found += len(want)
	}
	t.Logf("%d meetings between %d pairs in %d years", found, len(pairs), 30)
	if found < 100 {
		t.Errorf("%d meetings between the pairs: too few to tell", found)
	}

	// Shared memberships of the first two members of the organizations
	// with two or more, on four days.
	var mpairs []pair
	for _, o := range r.Organizations {
		if len(o.Members) >= 2 && o.Members[0].State != o.Members[1].State && len(mpairs) < 10 {
			mpairs = append(mpairs, pair{o.Members[0].State, o.Members[1].State})
		}
	}
	days := []string{"1995-06-30", "2005-01-01", "2015-12-31", "2024-06-20"}
	shared := sqlFile(t, "shared-memberships.sql")
	queries = nil
	for _, p := range mpairs {
		for _, day := range days {
			queries = append(queries, fmt.Sprintf("SET VARIABLE a = '%s'", p.a), fmt.Sprintf("SET VARIABLE b = '%s'", p.b),
				fmt.Sprintf("SET VARIABLE on_date = DATE '%s'", day), shared)
		}
	}
	answers = duckQuery(t, dir, queries)
	found = 0
	for i, p := range mpairs {
		for j, day := range days {
			var want []string
			for o := range d.SharedMemberships(p.a, p.b, amity.MustParseDate(day)) {
				want = append(want, string(o.ID))
			}
			got := column(answers[4*(i*len(days)+j)+3], 0)
			if !slices.Equal(got, want) {
				t.Errorf("shared memberships of %s and %s on %s: DuckDB %v, amity %v", p.a, p.b, day, got, want)
			}
			found += len(want)
		}
	}
	t.Logf("%d shared memberships of %d pairs on %d days; %d rows of intensity", found, len(mpairs), len(days), len(want))
	if found < 10 {
		t.Errorf("%d shared memberships: too few to tell", found)
	}
}

package relations_test

import (
	"bytes"
	cmp2 "cmp"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// scaleConfig is a generated archive with a small world, large enough to
// be read in several batches and checked in several chunks.
var scaleConfig = synth.Config{Seed: 3, Meetings: 3000, States: 30, Ministries: 60, Organizations: 20, Officials: 600}

// writeLines writes r with a JSONLWriter, an entity at a time, in the
// order of Kinds and of r's lists, as values or as pointers.
func writeLines(t *testing.T, r *relations.Records, pointers bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := relations.NewJSONLWriter(&buf)
	for _, l := range kindLists(r) {
		for i := range l.list.Len() {
			v := l.list.Index(i)
			if pointers {
				v = v.Addr()
			}
			if err := w.Write(l.kind, v.Interface()); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestJSONLWriter checks that writing the entities one by one, as values
// or as pointers, in the order of Kinds and of IDs, gives the bytes of
// WriteJSONL.
func TestJSONLWriter(t *testing.T) {
	for _, c := range []struct {
		name string
		r    relations.Records
	}{
		{"story", azernews.Records()},
		{"generated", synth.Generate(scaleConfig)},
	} {
		var want bytes.Buffer
		if err := relations.WriteJSONL(&want, &c.r); err != nil {
			t.Fatal(err)
		}
		// WriteJSONL sorts each kind by ID: read its lines back to get
		// that order.
		sorted, err := relations.DecodeJSONL(bytes.NewReader(want.Bytes()), relations.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, pointers := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/pointers=%v", c.name, pointers), func(t *testing.T) {
				if got := writeLines(t, &sorted, pointers); !bytes.Equal(got, want.Bytes()) {
					t.Errorf("JSONLWriter writes %d bytes that differ from the %d of WriteJSONL", len(got), want.Len())
				}
			})
		}
	}
}

// TestJSONLWriterInOrder checks that a JSONLWriter tells whether the
// entities came in WriteJSONL's order: kinds in the order of Kinds, each
// kind's by ID.
func TestJSONLWriterInOrder(t *testing.T) {
	state := func(id string) orgs.State { return orgs.State{ID: orgs.StateID(id), Names: amity.Names{Name: id}} }
	source := amity.Source{ID: "s", Publisher: "P"}
	for _, c := range []struct {
		name  string
		kinds []relations.Kind
		vs    []any
		want  bool
	}{
		{"none", nil, nil, true},
		{"by ID", []relations.Kind{relations.KindState, relations.KindState}, []any{state("AZ"), new(state("IR"))}, true},
		{"kinds in order", []relations.Kind{relations.KindSource, relations.KindState}, []any{source, state("AZ")}, true},
		{"an ID before the last", []relations.Kind{relations.KindState, relations.KindState}, []any{state("IR"), new(state("AZ"))}, false},
		{"a kind before the last", []relations.Kind{relations.KindState, relations.KindSource}, []any{state("AZ"), source}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := relations.NewJSONLWriter(new(bytes.Buffer))
			for i, k := range c.kinds {
				if err := w.Write(k, c.vs[i]); err != nil {
					t.Fatal(err)
				}
			}
			if got := w.InOrder(); got != c.want {
				t.Errorf("InOrder() = %v, want %v", got, c.want)
			}
		})
	}
}

func TestJSONLWriterErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		kind relations.Kind
		v    any
	}{
		{"post", relations.KindPost, orgs.Post{ID: "p"}},
		{"unknown kind", relations.Kind("person"), orgs.Official{ID: "o"}},
		{"wrong type", relations.KindMeeting, orgs.Official{ID: "o"}},
		{"nil pointer", relations.KindOfficial, (*orgs.Official)(nil)},
		{"invalid UTF-8", relations.KindState, orgs.State{ID: "AZ", Names: amity.Names{Name: "A\xffB"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := relations.NewJSONLWriter(&buf)
			err := w.Write(c.kind, c.v)
			if err == nil {
				t.Fatal("no error")
			}
			if again := w.Write(relations.KindState, orgs.State{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}); !errors.Is(again, err) {
				t.Errorf("after an error, Write returns %v, want the first error %v", again, err)
			}
			if flush := w.Flush(); !errors.Is(flush, err) {
				t.Errorf("Flush returns %v, want the first error %v", flush, err)
			}
		})
	}
}

// corruptions change the lines of a generated archive, each on every
// lineStep-th line it applies to, so that problems of every kind land in
// many batches and chunks: broken rules, broken references, duplicates,
// lines that do not decode, and kinds out of order.
var corruptions = []struct {
	name string
	edit func(line string, n int) string
}{
	{"valid", func(line string, n int) string { return line }},
	{"broken rules", func(line string, n int) string {
		if n%97 == 0 {
			line = strings.Replace(line, `"date":"`, `"date":"1`, 1) // a year of five digits: does not decode
		}
		if n%89 == 0 {
			line = strings.Replace(line, `"title":"`, `"title":" `, 1)
		}
		if n%83 == 0 {
			line = strings.Replace(line, `"topics":["`, `"topics":["x`, 1)
		}
		return line
	}},
	{"broken references", func(line string, n int) string {
		if n%101 == 0 {
			line = strings.Replace(line, `"official":"off-`, `"official":"nobody-`, 1)
		}
		if n%103 == 0 {
			line = strings.Replace(line, `"post":"off-`, `"post":"src-`, 1)
		}
		if n%107 == 0 {
			line = strings.Replace(line, `"sources":["src-0`, `"sources":["m-0`, 1)
		}
		return line
	}},
	{"duplicates", func(line string, n int) string {
		if n%211 == 0 {
			line = strings.Replace(line, `"id":"m-`, `"id":"v-`, 1)
		}
		if n%199 == 0 {
			line = strings.Replace(line, `"id":"m-0`, `"id":"m-1`, 1)
		}
		return line
	}},
	{"syntax", func(line string, n int) string {
		switch n % 509 {
		case 100:
			return line[:len(line)/2]
		case 200:
			return strings.Replace(line, `{"entity":`, `{"colour":"red","entity":`, 1)
		case 300:
			return strings.Replace(line, `"entity":"meeting"`, `"entity":"assembly"`, 1)
		}
		return line
	}},
	{"kinds out of order", func(line string, n int) string {
		if n == 5 {
			return line + "\n" + `{"entity":"tie","id":"tie-early","kind":"diplomatic_relations","states":["AZ","IR"],"established":"1992","sources":["src-001"]}`
		}
		return line
	}},
}

// corrupt applies edit to the lines of data.
func corrupt(data []byte, edit func(string, int) string) []byte {
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i := range lines {
		lines[i] = edit(lines[i], i+1)
	}
	return []byte(strings.Join(lines, "\n") + "\n")
}

// withoutLines returns the problems of err with their lines left out.
func withoutLines(err error) []amity.FieldError {
	fes := amity.Errors(err)
	for i := range fes {
		// Lines and columns differ between the formats; whether a
		// column is known does not.
		fes[i].Line, fes[i].Column = 0, min(fes[i].Column, 1)
		fes[i].Detail = onLine.ReplaceAllString(fes[i].Detail, "on line N")
	}
	return fes
}

// onLine matches a line number in the detail of a problem.
var onLine = regexp.MustCompile(`on line [0-9]+`)

// TestReadJSONLMatchesReadJSON reads corrupted archives as JSON Lines,
// decoded and checked on several goroutines, and as one JSON document
// holding the same lines as elements of its lists, decoded on one
// goroutine; each entity has the same place in both, so both must report
// the same problems, with the same paths, in the same order (line
// numbers apart) when the kinds come in the order of Kinds.
func TestReadJSONLMatchesReadJSON(t *testing.T) {
	r := synth.Generate(scaleConfig)
	var clean bytes.Buffer
	if err := relations.WriteJSONL(&clean, &r); err != nil {
		t.Fatal(err)
	}
	for _, c := range corruptions {
		if c.name == "syntax" {
			continue // a line cut short would end the document
		}
		t.Run(c.name, func(t *testing.T) {
			lines := corrupt(clean.Bytes(), c.edit)
			_, jsonlErr := relations.ReadJSONL(bytes.NewReader(lines), relations.ReadOptions{})
			_, jsonErr := relations.ReadJSON(bytes.NewReader(asDocument(t, lines)), relations.ReadOptions{})
			if c.name == "valid" != (jsonlErr == nil) {
				t.Fatalf("ReadJSONL: %v", jsonlErr)
			}
			got, want := withoutLines(jsonlErr), withoutLines(jsonErr)
			if c.name == "kinds out of order" {
				// The document holds each kind in one list: compare the
				// problems, not their order.
				sortProblems(got)
				sortProblems(want)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ReadJSONL and ReadJSON differ (-JSON +JSON Lines):\n%s", diff)
			}
		})
	}
}

// asDocument returns the lines of data as amity's JSON document: each
// line, without its "entity" member, an element of its kind's list, in
// the order of the lines.
func asDocument(t *testing.T, data []byte) []byte {
	lists := map[relations.Kind][]string{}
	for line := range strings.SplitSeq(strings.TrimSuffix(string(data), "\n"), "\n") {
		_, rest, ok := strings.Cut(line, `"entity":"`)
		kind, _, _ := strings.Cut(rest, `"`)
		if !ok || !relations.Kind(kind).TopLevel() {
			t.Fatalf("no kind: %s", line)
		}
		entity := `"entity":"` + kind + `"`
		line = strings.Replace(strings.Replace(line, entity+",", "", 1), ","+entity, "", 1)
		lists[relations.Kind(kind)] = append(lists[relations.Kind(kind)], line)
	}
	var b strings.Builder
	b.WriteString(`{"schema":"amity/v2"`)
	for _, k := range relations.Kinds() {
		if l := lists[k]; len(l) > 0 {
			b.WriteString(",\n\"" + k.Plural() + "\":[\n" + strings.Join(l, ",\n") + "]")
		}
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

func sortProblems(fes []amity.FieldError) {
	slices.SortFunc(fes, func(a, b amity.FieldError) int {
		return cmp2.Or(a.Path.Compare(b.Path), strings.Compare(string(a.Kind), string(b.Kind)),
			strings.Compare(a.Value, b.Value), strings.Compare(a.Detail, b.Detail))
	})
}

// TestReadJSONLIndependentOfCores checks that reading and checking on one
// goroutine and on several give the same records and the same problems,
// lines included.
func TestReadJSONLIndependentOfCores(t *testing.T) {
	r := synth.Generate(scaleConfig)
	var clean bytes.Buffer
	if err := relations.WriteJSONL(&clean, &r); err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, c := range corruptions {
		t.Run(c.name, func(t *testing.T) {
			data := corrupt(clean.Bytes(), c.edit)
			type outcome struct {
				Records  relations.Records
				Decoding []amity.FieldError
				Reading  []amity.FieldError
				Checking []amity.FieldError
			}
			read := func(procs int) outcome {
				runtime.GOMAXPROCS(procs)
				rec, derr := relations.DecodeJSONL(bytes.NewReader(data), relations.ReadOptions{})
				_, rerr := relations.ReadJSONL(bytes.NewReader(data), relations.ReadOptions{})
				return outcome{rec, amity.Errors(derr), amity.Errors(rerr), amity.Errors(relations.Validate(&rec))}
			}
			one := read(1)
			if c.name != "valid" && len(one.Reading) == 0 {
				t.Fatal("no problems")
			}
			if diff := cmp.Diff(one, read(4), cmp.Comparer(func(a, b amity.Date) bool { return a == b })); diff != "" {
				t.Errorf("one goroutine and four differ (-1 +4):\n%s", diff)
			}
		})
	}
}

// TestReadJSONLLines checks the line of problems far into an archive,
// beyond the first batches of lines.
func TestReadJSONLLines(t *testing.T) {
	r := synth.Generate(scaleConfig)
	var clean bytes.Buffer
	if err := relations.WriteJSONL(&clean, &r); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(clean.String(), "\n"), "\n")
	var want []int
	for _, n := range []int{1, 512, 513, 1700, len(lines)} {
		lines[n-1] = `{"entity":"meeting","id":` // cut short
		want = append(want, n)
	}
	_, err := relations.ReadJSONL(strings.NewReader(strings.Join(lines, "\n")), relations.ReadOptions{})
	var got []int
	for _, fe := range amity.Errors(err) {
		if fe.Kind == amity.KindSyntax {
			got = append(got, fe.Line)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines of the problems (-want +got):\n%s", diff)
	}
}

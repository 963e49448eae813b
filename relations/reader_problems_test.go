package relations_test

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// rpEntity is an entity of a small valid dataset, as its kind and its
// JSON object without the "entity" member.
type rpEntity struct {
	kind relations.Kind
	json string
}

// rpEntities returns a small valid dataset: a source, two states, two
// officials with a post each, and a meeting of the two that names them,
// their posts, their states and the source.
func rpEntities() []rpEntity {
	return []rpEntity{
		{relations.KindSource, `{"id":"azernews","publisher":"Azernews"}`},
		{relations.KindState, `{"id":"AZ","name":"Azerbaijan"}`},
		{relations.KindState, `{"id":"IR","name":"Iran"}`},
		{relations.KindOfficial, `{"id":"karimov","name":"Anar Karimov","posts":[{"id":"karimov-minister","title":"Minister of Culture","state":"AZ","start":"2020"}]}`},
		{relations.KindOfficial, `{"id":"ismaili","name":"Mehdi Ismaili","posts":[{"id":"ismaili-minister","title":"Minister of Culture and Islamic Guidance","state":"IR","start":"2021-08"}]}`},
		{relations.KindMeeting, `{"id":"m1","date":"2022-06-20","place":{"city":"Tehran","country":"IR"},"host":"IR",` +
			`"participants":[{"official":"karimov","state":"AZ","post":"karimov-minister"},{"official":"ismaili","state":"IR","post":"ismaili-minister"}],` +
			`"sources":["azernews"]}`},
	}
}

// rpLines returns es as JSON Lines, entity i on line i+1.
func rpLines(es []rpEntity) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "{\"entity\":%q,%s\n", e.kind, strings.TrimPrefix(e.json, "{"))
	}
	return b.String()
}

// rpDocument returns es, whose kinds come in the order of Kinds, as a
// JSON document with the "schema" member on line 1 and entity i on line
// i+2.
func rpDocument(es []rpEntity) string {
	var b strings.Builder
	b.WriteString(`{"schema": "amity/v2"`)
	for i, e := range es {
		switch {
		case i == 0 || es[i-1].kind != e.kind:
			fmt.Fprintf(&b, ",\n%q: [%s", e.kind.Plural(), e.json)
		default:
			fmt.Fprintf(&b, ",\n%s", e.json)
		}
		if i == len(es)-1 || es[i+1].kind != e.kind {
			b.WriteString("]")
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// rpFormats are the two formats, each with the line of entity i.
var rpFormats = []struct {
	name  string
	write func([]rpEntity) string
	read  func(io.Reader, relations.ReadOptions) (*relations.Dataset, error)
	line  func(i int) int
}{
	{"lines", rpLines, relations.ReadJSONL, func(i int) int { return i + 1 }},
	{"document", rpDocument, relations.ReadJSON, func(i int) int { return i + 2 }},
}

// rpNotFound is what TestReadUnreadableReferences checks of a problem of
// kind not found. Line is the index of the entity whose line it is on.
type rpNotFound struct {
	Entity int
	Path   string
	Value  string
	Detail string
}

// TestReadUnreadableReferences checks that a reference to an ID that an
// entity which failed to decode has says which line that entity is on,
// and that a reference to an ID that cannot be read from the bad entity
// is reported as before.
func TestReadUnreadableReferences(t *testing.T) {
	const (
		official = 3 // the index of karimov in rpEntities
		meeting  = 5
	)
	unread := func(want, line string) string {
		return "no " + want + " has this ID: the entity on line " + line + " that has it could not be read"
	}
	tests := []struct {
		name string
		// bad is the index of the entity to break, and edit how.
		bad  int
		edit func(string) string
		// only, if set, is the one format the case applies to.
		only string
		// want are the problems of kind not found; LINE in a detail
		// stands for the line of entity bad.
		want []rpNotFound
	}{
		{name: "none", bad: -1},
		{name: "official with an unknown member", bad: official, edit: withColour, want: []rpNotFound{
			{meeting, "meetings[0].participants[0].official", "karimov", unread("official", "LINE")},
			{meeting, "meetings[0].participants[0].post", "karimov-minister", unread("post", "LINE")},
		}},
		{name: "post with an unknown member", bad: official,
			edit: func(s string) string {
				return strings.Replace(s, `"start":"2020"`, `"start":"2020","colour":"blue"`, 1)
			},
			want: []rpNotFound{
				{meeting, "meetings[0].participants[0].official", "karimov", unread("official", "LINE")},
				{meeting, "meetings[0].participants[0].post", "karimov-minister", unread("post", "LINE")},
			}},
		{name: "official whose posts are not a list", bad: official,
			edit: func(s string) string {
				return strings.Replace(strings.Replace(s, `"posts":[{`, `"posts":{`, 1), `"2020"}]}`, `"2020"}}`, 1)
			},
			want: []rpNotFound{
				{meeting, "meetings[0].participants[0].official", "karimov", unread("official", "LINE")},
				{meeting, "meetings[0].participants[0].post", "karimov-minister", "no post has this ID"},
			}},
		{name: "official whose id is a number", bad: official,
			edit: func(s string) string { return strings.Replace(s, `"id":"karimov"`, `"id":42,"colour":"karimov"`, 1) },
			want: []rpNotFound{
				{meeting, "meetings[0].participants[0].official", "karimov", "no official has this ID"},
				{meeting, "meetings[0].participants[0].post", "karimov-minister", unread("post", "LINE")},
			}},
		{name: "official whose id is given twice", bad: official,
			edit: func(s string) string { return strings.Replace(s, `"id":"karimov"`, `"id":"karimov","id":"other"`, 1) },
			want: []rpNotFound{
				{meeting, "meetings[0].participants[0].official", "karimov", unread("official", "LINE")},
				{meeting, "meetings[0].participants[0].post", "karimov-minister", unread("post", "LINE")},
			}},
		{name: "official of an unknown kind", bad: official, only: "lines",
			edit: func(s string) string { return strings.Replace(s, `"entity":"official"`, `"entity":"offical"`, 1) },
			want: []rpNotFound{
				{meeting, "meetings[0].participants[0].official", "karimov", unread("official", "LINE")},
				// Posts are read only in an entity known to be an official.
				{meeting, "meetings[0].participants[0].post", "karimov-minister", "no post has this ID"},
			}},
		{name: "official malformed before its id", bad: official, only: "lines",
			edit: func(s string) string { return strings.Replace(s, `"entity":"official",`, `"entity":"official" `, 1) },
			want: []rpNotFound{
				{meeting, "meetings[0].participants[0].official", "karimov", "no official has this ID"},
				{meeting, "meetings[0].participants[0].post", "karimov-minister", "no post has this ID"},
			}},
		{name: "official malformed after its id", bad: official, only: "lines",
			edit: func(s string) string {
				return strings.Replace(s, `"name":"Anar Karimov",`, `"name":"Anar Karimov" `, 1)
			},
			want: []rpNotFound{
				{meeting, "meetings[0].participants[0].official", "karimov", unread("official", "LINE")},
				{meeting, "meetings[0].participants[0].post", "karimov-minister", "no post has this ID"},
			}},
		{name: "source with a bad date", bad: 0,
			edit: func(s string) string { return strings.Replace(s, `}`, `,"published":"2022-02-30"}`, 1) },
			want: []rpNotFound{
				{meeting, "meetings[0].sources[0]", "azernews", unread("source", "LINE")},
			}},
		{name: "state with an unknown member", bad: 1, edit: withColour, want: []rpNotFound{
			{official, "officials[0].posts[0].state", "AZ", unread("state", "LINE")},
			{meeting, "meetings[0].participants[0].state", "AZ", unread("state", "LINE")},
		}},
	}
	for _, f := range rpFormats {
		for _, tt := range tests {
			if tt.only != "" && tt.only != f.name {
				continue
			}
			t.Run(f.name+"/"+tt.name, func(t *testing.T) {
				es := rpEntities()
				in := f.write(es)
				if tt.bad >= 0 {
					good := f.write(es[tt.bad : tt.bad+1])
					bad := good
					if f.name == "lines" {
						bad = tt.edit(strings.TrimSuffix(good, "\n")) + "\n"
					} else {
						es[tt.bad].json = tt.edit(es[tt.bad].json)
						bad = f.write(es[tt.bad : tt.bad+1])
					}
					if bad == good {
						t.Fatal("the edit changes nothing")
					}
					if f.name == "lines" {
						in = strings.Replace(in, good, bad, 1)
					} else {
						in = f.write(es)
					}
				}
				_, err := f.read(strings.NewReader(in), relations.ReadOptions{})
				if (err == nil) != (tt.bad < 0) {
					t.Fatalf("error %v, want one only if an entity is broken; input:\n%s", err, in)
				}
				// A reference to an entity that could not be read is not a
				// problem of its own: it is counted in the first problem of
				// the entity's line.
				var want []amity.FieldError
				folded := 0
				for _, p := range tt.want {
					if strings.Contains(p.Detail, "could not be read") {
						folded++
						continue
					}
					want = append(want, amity.FieldError{Path: amity.MustParsePath(p.Path), Kind: amity.KindNotFound, Value: p.Value, Detail: p.Detail, Line: f.line(p.Entity)})
				}
				var got []amity.FieldError
				first := ""
				for _, fe := range amity.Errors(err) {
					if fe.Kind == amity.KindNotFound {
						got = append(got, fe)
					}
					if tt.bad >= 0 && fe.Line == f.line(tt.bad) && first == "" {
						first = fe.Detail
					}
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("problems of kind not found (-want +got):\n%s\nerror: %v", diff, err)
				}
				told := strings.Contains(first, "not reported on their own")
				if folded > 0 && !strings.HasSuffix(first, fmt.Sprintf("; and %d %s to it, not reported on their own", folded, map[bool]string{true: "references", false: "reference"}[folded > 1])) ||
					folded == 0 && told {
					t.Errorf("the problem of the unreadable entity says %q; want it to tell %d references to it", first, folded)
				}
			})
		}
	}
}

// withColour adds an unknown member to the object s.
func withColour(s string) string {
	return strings.TrimSuffix(s, "}") + `,"colour":"blue"}`
}

// rpBadSources returns n sources as rpEntities, those at the indexes in
// bad with an unknown member.
func rpBadSources(n int, bad ...int) []rpEntity {
	es := make([]rpEntity, n)
	for i := range es {
		es[i] = rpEntity{relations.KindSource, fmt.Sprintf(`{"id":"src-%d","publisher":"Azernews"}`, i)}
		if slices.Contains(bad, i) {
			es[i].json = withColour(es[i].json)
		}
	}
	return es
}

// TestReadMaxProblems checks that reading reports at most MaxProblems
// problems, and after them one of kind too large on the line of the
// first left out, in both formats, by Read* and Decode*.
func TestReadMaxProblems(t *testing.T) {
	type problem struct {
		Line   int
		Path   string
		Kind   amity.ErrorKind
		Detail string
	}
	unknown := func(line, source int) problem {
		return problem{line, fmt.Sprintf("sources[%d].colour", source), amity.KindSyntax, `unknown field "colour"`}
	}
	more := func(line, limit int, problems string) problem {
		return problem{line, "", amity.KindTooLarge, fmt.Sprintf("more than %d %s; the rest are not reported", limit, problems)}
	}
	tests := []struct {
		name string
		max  int
		es   []rpEntity
		// want are the problems, with the index of an entity for a line.
		want []problem
		// decoded is the number of sources Decode* returns.
		decoded int
	}{
		{"under the limit", 3, rpBadSources(6, 1, 4),
			[]problem{unknown(1, 1), unknown(4, 4)}, 4},
		{"at the limit", 3, rpBadSources(6, 1, 3, 4),
			[]problem{unknown(1, 1), unknown(3, 3), unknown(4, 4)}, 3},
		{"over the limit", 3, rpBadSources(8, 1, 3, 4, 6, 7),
			[]problem{unknown(1, 1), unknown(3, 3), unknown(4, 4), more(6, 3, "problems")}, 3},
		{"limit of one", 1, rpBadSources(8, 0, 5),
			[]problem{unknown(0, 0), more(5, 1, "problem")}, 4},
		{"default limit", 0, rpBadSources(1002, seq(1, 1002)...),
			append(problemsOf(1000, func(i int) problem { return unknown(i+1, i+1) }), more(1001, 1000, "problems")), 1},
	}
	for _, f := range rpFormats {
		for _, tt := range tests {
			t.Run(f.name+"/"+tt.name, func(t *testing.T) {
				var want []problem
				for _, p := range tt.want {
					p.Line = f.line(p.Line)
					want = append(want, p)
				}
				opts := relations.ReadOptions{MaxProblems: tt.max}
				in := f.write(tt.es)
				decode := relations.DecodeJSONL
				if f.name == "document" {
					decode = relations.DecodeJSON
				}
				for _, read := range []struct {
					name string
					read func(io.Reader, relations.ReadOptions) (relations.Records, error)
				}{
					{"read", func(r io.Reader, o relations.ReadOptions) (relations.Records, error) {
						_, err := f.read(r, o)
						return relations.Records{}, err
					}},
					{"decode", decode},
				} {
					rec, err := read.read(strings.NewReader(in), opts)
					var got []problem
					for _, fe := range amity.Errors(err) {
						got = append(got, problem{fe.Line, fe.Path.String(), fe.Kind, fe.Detail})
					}
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("%s: problems (-want +got):\n%s", read.name, diff)
					}
					if read.name == "decode" && len(rec.Sources) != tt.decoded {
						t.Errorf("decode: %d sources, want %d", len(rec.Sources), tt.decoded)
					}
				}
			})
		}
	}
}

// TestReadMaxProblemsWithNew checks that the problems New finds count
// towards MaxProblems: those past it, in the order of lines, are left out.
func TestReadMaxProblemsWithNew(t *testing.T) {
	es := rpEntities()
	// An unknown member on the official (its two references from the
	// meeting are counted in its problem), then, on the meeting, a bad
	// host and a reference to a source that is not there.
	es[3].json = withColour(es[3].json)
	es[5].json = strings.Replace(es[5].json, `"host":"IR"`, `"host":"ir"`, 1)
	es[5].json = strings.Replace(es[5].json, `"sources":["azernews"]`, `"sources":["azernews","nowhere"]`, 1)
	for _, f := range rpFormats {
		t.Run(f.name, func(t *testing.T) {
			_, all := f.read(strings.NewReader(f.write(es)), relations.ReadOptions{})
			if n := len(amity.Errors(all)); n != 3 {
				t.Fatalf("%d problems without a limit, want 3: %v", n, all)
			}
			_, err := f.read(strings.NewReader(f.write(es)), relations.ReadOptions{MaxProblems: 2})
			want := append(amity.Errors(all)[:2:2], amity.FieldError{Kind: amity.KindTooLarge, Line: f.line(5),
				Detail: "more than 2 problems; the rest are not reported"})
			if diff := cmp.Diff(want, amity.Errors(err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadMaxProblemsAcrossBatches checks that JSON Lines read in many
// batches, on many goroutines, stop at the same problem every time.
func TestReadMaxProblemsAcrossBatches(t *testing.T) {
	const n, limit = 3000, 250
	var bad []int
	for i := 0; i < n; i += 7 {
		bad = append(bad, i)
	}
	in := rpLines(rpBadSources(n, bad...))
	opts := relations.ReadOptions{MaxProblems: limit}
	first, err := relations.DecodeJSONL(strings.NewReader(in), opts)
	fes := amity.Errors(err)
	if len(fes) != limit+1 {
		t.Fatalf("%d problems, want %d", len(fes), limit+1)
	}
	want := amity.FieldError{Kind: amity.KindTooLarge, Line: bad[limit] + 1, Detail: fmt.Sprintf("more than %d problems; the rest are not reported", limit)}
	if diff := cmp.Diff(want, fes[limit]); diff != "" {
		t.Errorf("last problem (-want +got):\n%s", diff)
	}
	if got, want := len(first.Sources), bad[limit]-limit; got != want {
		t.Errorf("%d sources decoded, want %d", got, want)
	}
	for range 5 {
		rec, again := relations.DecodeJSONL(bytes.NewReader([]byte(in)), opts)
		if diff := cmp.Diff(fes, amity.Errors(again)); diff != "" {
			t.Fatalf("problems differ between reads (-first +again):\n%s", diff)
		}
		if len(rec.Sources) != len(first.Sources) {
			t.Fatalf("%d sources decoded, then %d", len(first.Sources), len(rec.Sources))
		}
	}
}

// seq returns the integers from lo up to hi, hi left out.
func seq(lo, hi int) []int {
	var s []int
	for i := lo; i < hi; i++ {
		s = append(s, i)
	}
	return s
}

// problemsOf returns n values made by f from 0 to n-1.
func problemsOf[T any](n int, f func(int) T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = f(i)
	}
	return s
}

// TestReadLargestLineLimit checks that the largest MaxLineBytes reads a
// line longer than the reader's buffer whole.
func TestReadLargestLineLimit(t *testing.T) {
	es := rpEntities()
	// White space between members is valid JSON.
	es[1].json = strings.Replace(es[1].json, `,`, ","+strings.Repeat(" ", 200<<10)+" ", 1)
	for _, limit := range []int{0, 300 << 10, math.MaxInt} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			if _, err := relations.ReadJSONL(strings.NewReader(rpLines(es)), relations.ReadOptions{MaxLineBytes: limit}); err != nil {
				t.Error(err)
			}
		})
	}
}

package relations

import (
	"hash/maphash"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// TestIDTable checks that every ID of a dataset is found, by the checks
// and by the Dataset, where a walk through the records finds it first,
// and that other strings are not. The records hold IDs twice, across
// kinds and within one, which the index reports in the order of the
// records.
func TestIDTable(t *testing.T) {
	r := benchRecords(2000)
	statements := 0
	for i := range r.Meetings {
		m := &r.Meetings[i]
		for j := range m.Statements {
			if i%3 > 0 { // and the others have none
				m.Statements[j].ID = events.StatementID(string(m.ID) + "-s" + string(rune('1'+j)))
				statements++
			}
		}
	}
	if statements == 0 {
		t.Fatal("no statements with IDs to look up")
	}
	// What the index must find: the first entity of each ID.
	firsts := map[string]ref{}
	first := func(id string, at ref) {
		if _, ok := firsts[id]; !ok && id != "" {
			firsts[id] = at
		}
	}
	rv := reflect.ValueOf(r)
	for _, c := range codecs() {
		for i := range c.len(&r) {
			first(c.idAt(&r, i), ref{c.kind, int32(i), 0})
			switch c.kind {
			case KindOfficial:
				for j, p := range r.Officials[i].Posts {
					first(string(p.ID), ref{KindPost, int32(i), int32(j)})
				}
			case KindMeeting:
				for j, st := range r.Meetings[i].Statements {
					first(string(st.ID), ref{KindStatement, int32(i), int32(j)})
				}
			}
		}
	}
	if len(firsts) < 2000 {
		t.Fatalf("%d IDs, want more", len(firsts))
	}
	// Three duplicates: a post with the ID of a meeting, which comes
	// later, a meeting with the ID of another, and a statement with a
	// state's.
	dup := r
	dup.Officials = slices.Clone(r.Officials)
	dup.Officials[3].Posts = slices.Clone(dup.Officials[3].Posts)
	dup.Officials[3].Posts[0].ID = orgs.PostID(r.Meetings[5].ID)
	dup.Meetings = slices.Clone(r.Meetings)
	dup.Meetings[9].ID = r.Meetings[7].ID
	k := 10 + slices.IndexFunc(r.Meetings[10:], func(m events.Meeting) bool { return len(m.Statements) > 0 })
	dup.Meetings[k].Statements = slices.Clone(dup.Meetings[k].Statements)
	dup.Meetings[k].Statements[0].ID = events.StatementID(r.States[1].ID)
	c := checker{r: &dup, ms: meetingList(dup.Meetings), sink: &sink{}}
	c.index()
	var got []string
	for _, e := range c.problems() {
		got = append(got, e.Error())
	}
	wantDups := []string{
		`meetings[5].id: duplicate: "` + string(r.Meetings[5].ID) + `": ID already used by officials[3].posts[0]`,
		`meetings[9].id: duplicate: "` + string(r.Meetings[7].ID) + `": ID already used by meetings[7]`,
		"meetings[" + strconv.Itoa(k) + `].statements[0].id: duplicate: "` + string(r.States[1].ID) + `": ID already used by states[1]`,
	}
	if diff := cmp.Diff(wantDups, got); diff != "" {
		t.Errorf("duplicates (-want +got):\n%s", diff)
	}
	d, err := New(r)
	if err != nil {
		t.Fatal(err)
	}
	for id, at := range firsts {
		if got, ok := d.ids.get(id); !ok || got != at {
			t.Errorf("get(%q) = %v, %t; want %v, true", id, got, ok, at)
		}
	}
	for _, id := range []string{"", "nope", "m-", "AZ ", strings.Repeat("m", 200)} {
		if at, ok := d.ids.get(id); ok {
			t.Errorf("get(%q) = %v, want none", id, at)
		}
	}
	posts, stmts := 0, 0
	for _, o := range r.Officials {
		posts += len(o.Posts)
	}
	for _, m := range r.Meetings {
		stmts += len(m.Statements)
	}
	want := map[Kind]int{KindPost: posts, KindStatement: stmts, "nope": 0}
	// Each top-level kind: the length of the list of Records whose JSON
	// name is the kind's plural.
	for _, k := range Kinds() {
		for i := range rv.NumField() {
			if name, _, _ := strings.Cut(rv.Type().Field(i).Tag.Get("json"), ","); k.TopLevel() && name == k.Plural() {
				want[k] = rv.Field(i).Len()
			}
		}
	}
	if len(want) != len(Kinds())+1 {
		t.Fatalf("counts of %d kinds, want the %d of Kinds", len(want)-1, len(Kinds()))
	}
	for k, n := range want {
		if got := d.Count(k); got != n {
			t.Errorf("Count(%q) = %d, want %d", k, got, n)
		}
	}
	if n := int(d.ids.base[len(kinds)]); n < len(firsts) {
		t.Errorf("the table numbers %d entities, fewer than the %d IDs", n, len(firsts))
	}
}

// TestIDTableGrow checks that an index whose shards have grown finds
// every ID it found before.
func TestIDTableGrow(t *testing.T) {
	r := benchRecords(500)
	x, dups := newIDIndex(&r, meetingList(r.Meetings))
	if len(dups) > 0 {
		t.Fatalf("duplicates: %v", dups)
	}
	var ids []string
	x.eachID(meetingList(r.Meetings), func(id string, _ int32) {
		if id != "" { // a statement may have none
			ids = append(ids, id)
		}
	})
	want := make([]ref, len(ids))
	for i, id := range ids {
		want[i], _ = x.get(id)
	}
	for s := range x.shards {
		x.shards[s] = x.grow(x.grow(x.shards[s]))
	}
	for i, id := range ids {
		if got, ok := x.get(id); !ok || got != want[i] {
			t.Errorf("after growing, get(%q) = %v, %t; want %v, true", id, got, ok, want[i])
		}
	}
}

// TestIDTableTagCollision checks that a slot whose tag matches that of
// an ID sought, but whose entity has another ID, is passed over: the
// tag is 16 bits of the hash, and one look-up in 65,536 meets such a
// slot. Each ID of the index is sought under another ID with its hash:
// every probe that meets its slot meets a matching tag.
func TestIDTableTagCollision(t *testing.T) {
	r := benchRecords(200)
	x, dups := newIDIndex(&r, meetingList(r.Meetings))
	if len(dups) > 0 {
		t.Fatalf("duplicates: %v", dups)
	}
	n := 0
	x.eachID(meetingList(r.Meetings), func(id string, _ int32) {
		if id == "" {
			return
		}
		n++
		h := maphash.String(x.seed, id)
		shard := x.shards[int(h)&(len(x.shards)-1)]
		if _, ok := x.in(shard, id, h); !ok {
			t.Errorf("%q not found under its own hash", id)
		}
		if e, ok := x.in(shard, id+"\x00other", h); ok {
			t.Errorf("%q found as entity %d, under the hash of %q", id+"\x00other", e, id)
		}
	})
	if n < 1000 {
		t.Fatalf("%d IDs sought, want 1000 or more", n)
	}
}

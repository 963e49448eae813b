package relations

import (
	"iter"
	"reflect"
	"strings"
	"testing"

	"github.com/amitydata/amity/events"
)

// TestIDTable checks that every ID of a dataset is found where the
// checker's map of IDs says it lies, and that other strings are not.
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
	c := checker{r: &r, ms: meetingList(r.Meetings)}
	c.index()
	if len(c.errs) > 0 {
		t.Fatalf("index: %v", c.errs)
	}
	d, err := New(r)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range c.ids.all() {
		got, ok := d.ids.find(d, id)
		if !ok || got != want {
			t.Errorf("find(%q) = %v, %t; want %v, true", id, got, ok, want)
		}
	}
	for _, id := range []string{"", "nope", "m-", "AZ ", strings.Repeat("m", 200)} {
		if at, ok := d.ids.find(d, id); ok {
			t.Errorf("find(%q) = %v, want none", id, at)
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
	rv := reflect.ValueOf(r)
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
	if n := int(d.ids.base[len(kinds)]); n < c.ids.len() {
		t.Errorf("the table numbers %d entities, fewer than the %d IDs", n, c.ids.len())
	}
}

// all yields every ID of x with its entity.
func (x *idIndex) all() iter.Seq2[string, ref] {
	return func(yield func(string, ref) bool) {
		for _, m := range x.shards {
			for id, at := range m {
				if !yield(id, at) {
					return
				}
			}
		}
	}
}

// len returns the number of IDs in x.
func (x *idIndex) len() int {
	n := 0
	for _, m := range x.shards {
		n += len(m)
	}
	return n
}

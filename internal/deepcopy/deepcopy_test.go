package deepcopy

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

// cloneProbe reaches writable memory in every way a plan copies: lists
// of structs holding lists, lists of a string type, maps of lists, a
// pointer and an array.
type cloneProbe struct {
	Name  string
	Items []cloneItem
	IDs   []kindOf
	Map   map[string][]kindOf
	Ptr   *cloneItem
	Pair  [2][]int
	Empty []int
}

type kindOf string

type cloneItem struct {
	N    int
	Tags []string
}

func newCloneProbe(i int) cloneProbe {
	return cloneProbe{
		Name:  "p",
		Items: []cloneItem{{i, []string{"a", "b"}}, {i + 1, nil}, {i + 2, []string{"c"}}},
		IDs:   []kindOf{"x", "y"},
		Map:   map[string][]kindOf{"k": {"v", "w"}},
		Ptr:   &cloneItem{i, []string{"d"}},
		Pair:  [2][]int{{i}, {i, i}},
		Empty: []int{},
	}
}

// scribble writes over everything in p that can be written, up to the
// capacity of every list.
func scribble(p *cloneProbe) {
	p.Items = p.Items[:cap(p.Items)]
	for k := range p.Items {
		p.Items[k].N = -1
		tags := p.Items[k].Tags[:cap(p.Items[k].Tags)]
		for j := range tags {
			tags[j] = "!"
		}
	}
	ids := p.IDs[:cap(p.IDs)]
	for k := range ids {
		ids[k] = "!"
	}
	for _, v := range p.Map {
		for k := range v[:cap(v)] {
			v[:cap(v)][k] = "!"
		}
	}
	p.Map["new"] = nil
	p.Ptr.N = -1
	p.Ptr.Tags[0] = "!"
	for _, l := range p.Pair {
		for k := range l[:cap(l)] {
			l[:cap(l)][k] = -1
		}
	}
}

// TestCopySharesNothing: values copied one after another with one Buf,
// as an iterator copies them, or each on its own, can each be written
// all over without changing the original or one another.
func TestCopySharesNothing(t *testing.T) {
	var b Buf
	for _, buf := range []*Buf{nil, &b} {
		var orig, copies []cloneProbe
		for i := range 40 {
			orig = append(orig, newCloneProbe(i))
			copies = append(copies, Copy(orig[i], buf))
		}
		for i := range copies {
			if !reflect.DeepEqual(copies[i], newCloneProbe(i)) {
				t.Fatalf("copy %d differs from its original: %+v", i, copies[i])
			}
			if copies[i].Empty == nil || copies[i].Items[1].Tags != nil {
				t.Errorf("copy %d: an empty list became nil, or a nil list not nil", i)
			}
		}
		for i := range copies {
			scribble(&copies[i])
			for j := range orig {
				if !reflect.DeepEqual(orig[j], newCloneProbe(j)) {
					t.Fatalf("writing copy %d changed original %d", i, j)
				}
				if j > i && !reflect.DeepEqual(copies[j], newCloneProbe(j)) {
					t.Fatalf("writing copy %d changed copy %d", i, j)
				}
			}
		}
	}
}

// TestCopyEntity copies an entity whose plan the type switch finds:
// writing over the copy's lists and maps leaves the original as it was.
func TestCopyEntity(t *testing.T) {
	official := func() orgs.Official {
		return orgs.Official{ID: "karimov", Names: amity.Names{Name: "Karimov", Aliases: []string{"Kərimov"}},
			Posts:        []orgs.Post{{ID: "karimov-minister", Title: "Minister", Sources: []amity.SourceID{"apa"}}, {ID: "karimov-deputy", Title: "Deputy"}},
			Sources:      []amity.SourceID{"apa", "mehr"},
			FieldSources: amity.FieldSources{"name": {"apa"}},
		}
	}
	if planFor[orgs.Official]() != planOf(reflect.TypeFor[orgs.Official]()) {
		t.Errorf("the plan the type switch finds is not that of the official's type")
	}
	orig := official()
	var b Buf
	c := Copy(orig, &b)
	if !reflect.DeepEqual(c, official()) {
		t.Fatalf("the copy differs from its original: %+v", c)
	}
	c.Aliases[0], c.Posts[0].Title, c.Posts[0].Sources[0], c.Sources[1] = "!", "!", "!", "!"
	c.FieldSources["name"][0] = "!"
	c.FieldSources["new"] = nil
	c.Posts = append(c.Posts, orgs.Post{ID: "added"})
	if !reflect.DeepEqual(orig, official()) {
		t.Errorf("writing the copy changed the original: %+v", orig)
	}
}

// TestCopyUnsupported: a type that reaches an interface has no plan.
func TestCopyUnsupported(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "interface") {
			t.Errorf("Copy of a value holding an interface: recover() = %v", r)
		}
	}()
	type holder struct{ V any }
	Copy(holder{V: 1}, nil)
}

// BenchmarkCopyProbe is the cost of copying a small value with lists of
// every kind, with the Buf of one iteration.
func BenchmarkCopyProbe(b *testing.B) {
	v := newCloneProbe(1)
	var c cloneProbe
	var buf Buf
	for b.Loop() {
		Into(&c, v, &buf)
	}
}

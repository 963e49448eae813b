package relations

import (
	"cmp"
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/deepcopy"
	"github.com/amitydata/amity/orgs"
)

// OfficialsOf returns the officials who have held a post belonging to
// state s, ordered by ID, each once. A post belongs to a state directly
// (its State), or through its ministry's State or its organization's
// State. If on is not zero, only officials with a post of s that could be
// held on that date count (see [orgs.Post.Covers]); the zero date matches
// any post ever held. It yields nothing if s is not a state of the
// dataset.
//
// Each official is a copy, the caller's own, with all its lists (see
// [Dataset]): its cost is in proportion to their length.
func (d *Dataset) OfficialsOf(s orgs.StateID, on amity.Date) iter.Seq[orgs.Official] {
	d = d.data()
	return func(yield func(orgs.Official) bool) {
		i, ok := d.state(s)
		if !ok {
			return
		}
		last := int32(-1)
		var b deepcopy.Buf
		var c orgs.Official
		ix := d.ix()
		for _, p := range ix.stateOfficials[i] {
			if p.a == last {
				continue
			}
			o := &d.r.Officials[ix.offOrder[p.a]]
			if o.Posts[p.b].Covers(on) {
				last = p.a
				deepcopy.Into(&c, *o, &b)
				if !yield(c) {
					return
				}
			}
		}
	}
}

// SharedMemberships returns the organizations of which states a and b are
// both members on date on, ordered by ID. A state is a member on a date
// when one of its memberships covers it (see [orgs.Membership.Covers]);
// the zero date matches any membership ever held. If a == b it returns the
// organizations of which a is a member. It yields nothing if a or b is not
// a state of the dataset.
//
// Each organization is a copy, the caller's own, with all its lists (see
// [Dataset]): its cost is in proportion to their length.
func (d *Dataset) SharedMemberships(a, b orgs.StateID, on amity.Date) iter.Seq[orgs.Organization] {
	d = d.data()
	return func(yield func(orgs.Organization) bool) {
		i, ok1 := d.state(a)
		j, ok2 := d.state(b)
		if !ok1 || !ok2 {
			return
		}
		ix := d.ix()
		xs, ys := ix.stateOrgs[i], ix.stateOrgs[j]
		var b deepcopy.Buf
		var c orgs.Organization
		for len(xs) > 0 && len(ys) > 0 {
			x, y := xs[0].a, ys[0].a
			switch {
			case x < y:
				xs = skipTo(xs, y)
				continue
			case y < x:
				ys = skipTo(ys, x)
				continue
			}
			o := &d.r.Organizations[ix.orgOrder[x]]
			inA, inB := false, false
			for ; len(xs) > 0 && xs[0].a == x; xs = xs[1:] {
				inA = inA || o.Members[xs[0].b].Covers(on)
			}
			for ; len(ys) > 0 && ys[0].a == x; ys = ys[1:] {
				inB = inB || o.Members[ys[0].b].Covers(on)
			}
			if !inA || !inB {
				continue
			}
			deepcopy.Into(&c, *o, &b)
			if !yield(c) {
				return
			}
		}
	}
}

// skipTo drops the postings of ps before the first whose a is at least a.
func skipTo(ps []posting, a int32) []posting {
	i := sort.Search(len(ps), func(i int) bool { return ps[i].a >= a })
	return ps[i:]
}

// Match is an entity found by name.
type Match struct {
	// Kind is the entity's kind: state, ministry, organization or
	// official.
	Kind Kind `json:"kind"`
	// ID is the entity's ID.
	ID string `json:"id"`
	// Name is the entity's primary name.
	Name string `json:"name"`
}

// Find returns the states, ministries, organizations and officials one of
// whose names — primary name, aliases, local names — contains name as a
// whole word or run of whole words, compared by [amity.FoldName]: so
// "Mehdi Ismaili", "Mohammad Mehdi Esmaeili", "ESMAEILI" and "mehdi
// esmaeili" all find the official whose alias is "Mohammad Mehdi
// Esmaeili", but "Esma" does not. Matches are ordered by kind (states,
// ministries, organizations, officials), then ID, each entity once. A
// name that folds to nothing finds nothing.
//
// It looks each word of name up in an index of the words of every name,
// and checks only the entities found under every word.
func (d *Dataset) Find(name string) iter.Seq[Match] {
	d = d.data()
	return func(yield func(Match) bool) {
		q := amity.FoldName(name)
		if q == "" {
			return
		}
		// The entities that have every word of the name: the lists of
		// the words, intersected from the shortest up.
		var lists [][]int32
		ix := d.ix()
		for w := range strings.SplitSeq(q, " ") {
			l, ok := ix.tokens[w]
			if !ok {
				return
			}
			lists = append(lists, l)
		}
		slices.SortFunc(lists, func(x, y []int32) int { return cmp.Compare(len(x), len(y)) })
		slots := lists[0]
		for _, l := range lists[1:] {
			slots = mergeIntersect(slots, l)
		}
		q = " " + q + " "
		for _, slot := range slots {
			n := &ix.names[slot]
			if !slices.ContainsFunc(n.folded, func(f string) bool { return strings.Contains(f, q) }) {
				continue
			}
			if !yield(d.match(n)) {
				return
			}
		}
	}
}

// mergeIntersect returns the values in both ascending lists, in a new
// list, walking both side by side: for lists of like lengths, such as
// those of the words of a name, it is faster than [intersect], which
// searches the longer list and suits lists of very different lengths
// (about 4 µs against 10 for BenchmarkFind at 20,000 meetings).
func mergeIntersect(xs, ys []int32) []int32 {
	var out []int32
	for len(xs) > 0 && len(ys) > 0 {
		switch {
		case xs[0] < ys[0]:
			xs = xs[1:]
		case xs[0] > ys[0]:
			ys = ys[1:]
		default:
			out = append(out, xs[0])
			xs, ys = xs[1:], ys[1:]
		}
	}
	return out
}

func (d *Dataset) match(n *named) Match {
	r := &d.r
	switch n.kind {
	case KindState:
		s := &r.States[n.pos]
		return Match{Kind: n.kind, ID: string(s.ID), Name: s.Name}
	case KindMinistry:
		m := &r.Ministries[n.pos]
		return Match{Kind: n.kind, ID: string(m.ID), Name: m.Name}
	case KindOrganization:
		o := &r.Organizations[n.pos]
		return Match{Kind: n.kind, ID: string(o.ID), Name: o.Name}
	}
	o := &r.Officials[n.pos]
	return Match{Kind: n.kind, ID: string(o.ID), Name: o.Name}
}

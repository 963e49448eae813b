package relations

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/amitydata/amity"
)

// TestSinkKeepsWhatAStableSortWould checks that a sink with a limit keeps
// exactly the first limit+1 problems of all it is given, in the order a
// stable sort by line of them all gives, whatever order parts of a
// parallel check hand them in; and that one without a limit keeps all, in
// the order of finding.
func TestSinkKeepsWhatAStableSortWould(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 50 {
		var all []amity.FieldError
		n := rng.IntN(3000)
		for i := range n {
			all = append(all, amity.FieldError{Line: rng.IntN(200), Detail: fmt.Sprint(i)})
		}
		limit := 1 + rng.IntN(100)
		want := slices.Clone(all)
		slices.SortStableFunc(want, func(a, b amity.FieldError) int { return cmp.Compare(a.Line, b.Line) })
		want = want[:min(len(want), limit+1)]

		// The first third one after the other, the rest in chunks handed
		// in out of order, as parts of a parallel check do.
		s := &sink{limit: limit}
		third := n / 3
		s.add(all[:third]...)
		rest := all[third:]
		const size = 100
		chunks := (len(rest) + size - 1) / size
		base := s.reserve(uint64(chunks) << 32)
		for _, c := range rng.Perm(chunks) {
			s.addAt(base+uint64(c)<<32, slices.Clone(rest[c*size:min(len(rest), (c+1)*size)]))
		}
		if diff := gocmp.Diff(want, s.list(), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round %d, limit %d: kept (-want +got):\n%s", round, limit, diff)
		}
		if s.found != n {
			t.Errorf("round %d: found %d, want %d", round, s.found, n)
		}
		unlimited := &sink{}
		unlimited.add(all...)
		if diff := gocmp.Diff(all, unlimited.list(), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round %d: without a limit (-want +got):\n%s", round, diff)
		}
	}
}

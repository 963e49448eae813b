package relations

import (
	"cmp"
	"container/heap"
	"slices"
	"sync"

	"github.com/amitydata/amity"
)

// sink collects the problems a check finds. Without a limit it keeps
// them all, in the order they are found. With a limit, as when reading a
// file, it keeps only those that can be reported: the first limit+1 in
// order of line, then of finding, placing each on its line as it comes;
// the memory it takes is bounded by the limit, not by how many problems
// the input holds.
type sink struct {
	mu sync.Mutex
	// limit is the most problems reported; 0 keeps all.
	limit int
	// locate, if not nil, places a problem on its line.
	locate func(amity.FieldError) amity.FieldError
	// kept holds the problems kept: in order of finding without a limit,
	// as a heap whose top is the last in order with one.
	kept keyedHeap
	// seq numbers the problems in order of finding; found counts them.
	seq   uint64
	found int
	// followOn counts, by the line of an entity that could not be read,
	// the references to it, which are not reported on their own.
	followOn map[int]int
}

// follow counts a reference to the entity on line, which could not be
// read.
func (s *sink) follow(line int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.followOn == nil {
		s.followOn = map[int]int{}
	}
	s.followOn[line]++
}

// keyed is a problem with its place in the order of the report.
type keyed struct {
	fe  amity.FieldError
	seq uint64
}

func (k keyed) compare(o keyed) int {
	return cmp.Or(cmp.Compare(k.fe.Line, o.fe.Line), cmp.Compare(k.seq, o.seq))
}

// keyedHeap is a max-heap of problems by their order in the report.
type keyedHeap []keyed

func (h keyedHeap) Len() int           { return len(h) }
func (h keyedHeap) Less(i, j int) bool { return h[i].compare(h[j]) > 0 }
func (h keyedHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *keyedHeap) Push(x any)        { *h = append(*h, x.(keyed)) }
func (h *keyedHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// add collects problems found one after the other.
func (s *sink) add(fes ...amity.FieldError) {
	if len(fes) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.put(s.seq, fes)
	s.seq += uint64(len(fes))
}

// addPlacedAt collects problems numbered from first in the order of
// finding, placed on their lines already.
func (s *sink) addPlacedAt(first uint64, fes []amity.FieldError) {
	if len(fes) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.putPlaced(first, fes)
}

// reserve returns the first of n numbers in the order of finding, for
// problems that parts of a check running at once find.
func (s *sink) reserve(n uint64) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	first := s.seq
	s.seq += n
	return first
}

// addAt collects problems numbered from first in the order of finding.
func (s *sink) addAt(first uint64, fes []amity.FieldError) {
	if len(fes) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.put(first, fes)
}

// merge collects what o kept, after what s has, in o's order; o's
// problems are placed on their lines already.
func (s *sink) merge(o *sink) {
	fes := o.list()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.putPlaced(s.seq, fes)
	s.found += o.found - len(fes)
	s.seq += uint64(len(fes))
}

// put adds fes, numbered from first; s.mu is held.
func (s *sink) put(first uint64, fes []amity.FieldError) {
	if s.locate != nil {
		for i := range fes {
			fes[i] = s.locate(fes[i])
		}
	}
	s.putPlaced(first, fes)
}

// putPlaced adds fes, placed on their lines, numbered from first; s.mu
// is held.
func (s *sink) putPlaced(first uint64, fes []amity.FieldError) {
	s.found += len(fes)
	for i, fe := range fes {
		k := keyed{fe, first + uint64(i)}
		switch {
		case s.limit <= 0:
			s.kept = append(s.kept, k)
		case len(s.kept) <= s.limit:
			heap.Push(&s.kept, k)
		case k.compare(s.kept[0]) < 0:
			s.kept[0] = k
			heap.Fix(&s.kept, 0)
		}
	}
}

// any reports whether a problem was found.
func (s *sink) any() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.found > 0
}

// list returns the problems kept: in order of finding without a limit,
// in order of line, then of finding, with one.
func (s *sink) list() []amity.FieldError {
	s.mu.Lock()
	defer s.mu.Unlock()
	kept := slices.Clone(s.kept)
	if s.limit > 0 {
		slices.SortFunc(kept, keyed.compare)
	} else {
		slices.SortFunc(kept, func(a, b keyed) int { return cmp.Compare(a.seq, b.seq) })
	}
	out := make([]amity.FieldError, len(kept))
	for i, k := range kept {
		out[i] = k.fe
	}
	return out
}

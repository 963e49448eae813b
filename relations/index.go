package relations

// index holds the dataset's secondary indexes, built once by newIndex.
type index struct{}

func newIndex(r *Records, ids map[string]ref) *index { return &index{} }

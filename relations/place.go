package relations

import (
	"bufio"
	"errors"
	"io"
	"slices"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/jsoncodec"
)

// Place returns problems with a column, where it can find one, for each
// problem that has a line but no column: the problems of the checks
// across entities (a reference to an ID no entity has, a post outside
// its holder's time), which are found once the entities' bytes are gone
// and carry the line the entity is on. It reads the input again from r,
// amity's JSON Lines if lines is set, else a JSON document, and finds
// the value each problem's path names: on the entity's line in JSON
// Lines, anywhere in a document, where the problem then also takes the
// value's line. A problem whose value it does not find is returned as it
// is, and so are the others, and those of a whole entity (the path
// meetings[2]), which stay on the entity's line. It reads JSON Lines only
// as far as the last line to place, and a document whole, if it is no
// larger than [DefaultMaxDocumentBytes] (else it places nothing).
func Place(r io.Reader, lines bool, problems []amity.FieldError) ([]amity.FieldError, error) {
	// want holds, by line (0 in a document), the problems to place.
	want := map[int][]int{}
	last := 0
	for i, p := range problems {
		if p.Line <= 0 || p.Column != 0 || p.Path.Len() <= 2 {
			continue // an entity's own problem is on its line
		}
		at := p.Line
		if !lines {
			at = 0
		}
		want[at] = append(want[at], i)
		last = max(last, p.Line)
	}
	if len(want) == 0 {
		return problems, nil
	}
	out := slices.Clone(problems)
	if !lines {
		data, err := io.ReadAll(io.LimitReader(r, DefaultMaxDocumentBytes+1))
		if err != nil || len(data) > DefaultMaxDocumentBytes {
			return problems, err
		}
		place(data, 1, out, want[0], func(p amity.Path) amity.Path { return p })
		return out, nil
	}
	br := bufio.NewReaderSize(r, 1<<20)
	var long []byte // a line longer than the buffer
	for n := 1; n <= last; n++ {
		line, err := br.ReadSlice('\n')
		for errors.Is(err, bufio.ErrBufferFull) {
			if want[n] != nil {
				long = append(long, line...)
			}
			line, err = br.ReadSlice('\n')
		}
		if long != nil {
			line, long = append(long, line...), nil
		}
		if want[n] != nil {
			place(line, 0, out, want[n], entityPath)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// place sets the line and column of the problems of out at indexes at,
// from where the values at their paths, as within turns them into paths
// in data, start in data. first is the line data starts on in its input,
// 0 for a line of JSON Lines, whose problems keep their lines.
func place(data []byte, first int, out []amity.FieldError, at []int, within func(amity.Path) amity.Path) {
	ptrs := make([]string, len(at))
	for k, i := range at {
		ptrs[k] = jsoncodec.Pointer(within(out[i].Path))
	}
	for k, off := range jsoncodec.ValueOffsets(data, ptrs) {
		if off < 0 {
			continue
		}
		p := &out[at[k]]
		line, col := jsoncodec.LineColumn(data, off, 1)
		p.Column = col
		if first > 0 {
			p.Line = first + line - 1
		}
	}
}

// entityPath returns p, the path of a value in a dataset, from its
// entity: participants[1].official for meetings[2].participants[1].official,
// where meetings[2] is the entity a line of JSON Lines holds.
func entityPath(p amity.Path) amity.Path {
	var out amity.Path
	for i, e := range p.Elems() {
		switch {
		case i < 2:
		case e.IsIndex():
			out = out.Index(e.Index)
		default:
			out = out.Child(e.Name)
		}
	}
	return out
}

package relations

import (
	"bytes"
	"io"
	"os"
	"unsafe"

	"github.com/amitydata/amity/internal/lines"
	"github.com/amitydata/amity/internal/meetingstore"
)

// A reader of JSON Lines decodes each batch of lines into lists of its
// own, and gathers the lists of each kind into one at the end: a copy of
// every entity it keeps as a value, made when it holds the most, and the
// lists of the batches left for the collector. A million meetings'
// visits, initiatives, agreements and events are 71 MB of such lists.
//
// A reader that knows, before it reads, how many lines of each kind the
// input holds makes each kind's list once, at its size, and has each
// batch decode into its own part of it: gathering then copies nothing.
// The input tells when it is a regular file (an *os.File), a
// *bytes.Reader or a *strings.Reader: lineCounts counts its lines by
// kind in a first pass, which reads its bytes but decodes nothing.

// maxKindHead is the most bytes of a line lineCounts looks at: enough
// for {"entity":"KIND" and the longest kind.
const maxKindHead = 64

// countChunk is the size of the reads of lineCounts; and lineCountsOf is
// what a reader counts the lines with. Tests change both.
var (
	countChunk   = 1 << 20
	lineCountsOf = lineCounts
)

// lineCounts returns, for each of codecs, the number of lines of r, from
// where r stands to its end, whose kind fastCodec reads as the codec's,
// and the bytes those lines take, line ends included; a byte-order mark
// at the start of the first line is left out, as the reader leaves it
// out. It returns nil if r cannot be read so without moving, or reading
// it fails. r is read with ReadAt, and is left where it stands.
func lineCounts(r io.Reader, codecs []codec) (counts, sizes []int) {
	var (
		at   io.ReaderAt
		from int64
		end  int64
	)
	switch r := r.(type) {
	case *os.File:
		fi, err := r.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return nil, nil
		}
		if from, err = r.Seek(0, io.SeekCurrent); err != nil {
			return nil, nil
		}
		at, end = r, fi.Size()
	case interface {
		io.ReaderAt
		Size() int64
		Len() int
	}: // *bytes.Reader, *strings.Reader
		at, end = r, r.Size()
		from = end - int64(r.Len())
	default:
		return nil, nil
	}
	counts, sizes = make([]int, len(codecs)), make([]int, len(codecs))
	// head holds the first bytes of the line being read, and size the
	// bytes it has so far.
	head := make([]byte, 0, maxKindHead)
	size := 0
	count := func() {
		if k := fastCodec(codecs, head); k >= 0 {
			counts[k]++
			sizes[k] += size
		}
		head, size = head[:0], 0
	}
	bom := make([]byte, len(lines.UTF8BOM))
	if n, _ := at.ReadAt(bom, from); n == len(bom) && string(bom) == lines.UTF8BOM {
		from += int64(n)
	}
	buf := make([]byte, min(int64(countChunk), max(end-from, 1)))
	for off := from; off < end; {
		n, err := at.ReadAt(buf[:min(int64(len(buf)), end-off)], off)
		if n == 0 || err != nil && err != io.EOF {
			return nil, nil // the input failed or shrank: it is read as a stream
		}
		off += int64(n)
		data := buf[:n]
		for len(data) > 0 {
			i := bytes.IndexByte(data, '\n')
			part := data
			if i >= 0 {
				part = data[:i+1]
			}
			head = append(head, part[:min(len(part), cap(head)-len(head))]...)
			size += len(part)
			data = data[len(part):]
			if i >= 0 {
				count()
			}
		}
	}
	if size > 0 {
		count() // a last line with no line end
	}
	return counts, sizes
}

// sizedReading places the batches of a reading whose input told its
// lines' counts (see lineCounts) in the lists made for them.
type sizedReading struct {
	codecs []codec
	// rec holds the reading's lists, made at their size for the kinds
	// it keeps as values, and spans the spans of its meetings, if it
	// encodes them. rec is a copy of the reading's: the line reader
	// reads it while the merger, once it stops at the limit of
	// problems, gathers into the reading's.
	rec   *Records
	spans []meetingstore.Span
	// next is, by the index of the codec, where the next batch's part
	// of the kind's list begins, -1 if the kind's list was not made or
	// is full; nextSpan is next for the spans, -1 if not made.
	next     []int
	nextSpan int
	meeting  int8
}

// newSizedReading makes the lists of rd for the lines of each kind
// counts holds, which take sizes bytes, and returns what places the
// batches in them. The meetings' list is made only if keepMeetings is
// set; their spans only if encode is set. It returns nil, and makes
// nothing, if the lists would take more memory than the lines take
// bytes: the lists of a file are made before its lines are decoded or
// checked, and a file of short lines that fail, which a reading stops at
// after ReadOptions.MaxProblems of them, must not cost memory beyond its
// size. An archive's records as Go values take a fraction of its bytes
// (a seventh at a million meetings, whose values are not kept).
func newSizedReading(rd *reading, counts, sizes []int, keepMeetings, encode bool) *sizedReading {
	meeting := codecIndex(rd.codecs, KindMeeting)
	reserve := make([]bool, len(counts))
	spans := encode && meeting >= 0 && counts[meeting] > 0
	bytes, lines := 0, 0
	for i, c := range rd.codecs {
		reserve[i] = counts[i] > 0 && (c.kind != KindMeeting || keepMeetings)
		if reserve[i] {
			bytes += counts[i] * int(c.entityType().Size())
		}
		bytes += counts[i] * int(unsafe.Sizeof(spot{}))
		lines += sizes[i]
	}
	if spans {
		bytes += counts[meeting] * int(unsafe.Sizeof(meetingstore.Span{}))
	}
	if bytes > lines {
		return nil
	}
	s := &sizedReading{codecs: rd.codecs, rec: new(Records), next: make([]int, len(counts)), nextSpan: -1, meeting: meeting}
	for i, c := range rd.codecs {
		rd.spots[i] = make([]spot, 0, counts[i])
		s.next[i] = -1
		if reserve[i] {
			c.reserve(s.rec, counts[i])
			s.next[i] = 0
		}
	}
	rd.rec = *s.rec
	if spans {
		s.spans = make([]meetingstore.Span, 0, counts[s.meeting])
		s.nextSpan = 0
	}
	return s
}

// place counts the lines of b by kind, as a worker would (see
// worker.room), and gives b, for each kind whose list was made, the part
// of it where the batch decodes its entities of the kind, in the order
// of the batches; and the part of the spans for its meetings. A kind
// whose list has no room for the batch's lines, or for an earlier
// batch's, is not placed from then on: the batch makes its own list, as
// an unsized reading does, and gathering copies it.
func (s *sizedReading) place(b *batch) {
	b.room = kindCounts(s.codecs, b)
	for i, c := range s.codecs {
		n := b.room[i]
		if n == 0 || s.next[i] < 0 {
			continue
		}
		if s.next[i]+n > c.capacity(s.rec) {
			s.next[i] = -1
			continue
		}
		c.place(s.rec, &b.rec, s.next[i], n)
		s.next[i] += n
	}
	if s.nextSpan >= 0 && s.meeting >= 0 {
		if n := b.room[s.meeting]; n > 0 {
			if s.nextSpan+n > cap(s.spans) {
				s.nextSpan = -1
				return
			}
			b.spans = s.spans[s.nextSpan : s.nextSpan : s.nextSpan+n]
			s.nextSpan += n
		}
	}
}

// kindCounts returns, for each of codecs, the number of b's lines of its
// kind, as far as fastCodec reads them.
func kindCounts(codecs []codec, b *batch) []int {
	room := make([]int, len(codecs))
	start := 0
	for _, end := range b.ends {
		if i := fastCodec(codecs, b.data[start:end]); i >= 0 {
			room[i]++
		}
		start = end
	}
	return room
}

// concatInPlace returns dst with the elements of parts appended, in
// order, and the number of elements it copied. If every part lies in
// the room of dst's array, each further on than the one before, as the
// parts of a sized reading do, a part that lies where it is to go is not
// copied, and one that lies further on, after a part of lines that
// failed to decode, is moved down; the array is then cleared from the
// last element to where the last part ended if anything moved, so that
// it holds no stale copy, and not beyond. Otherwise — a part elsewhere,
// as a batch makes when it decodes more entities of a kind than its part
// had room for — all goes to a new array.
func concatInPlace[T any](dst []T, parts [][]T) ([]T, int) {
	n := len(dst)
	for _, p := range parts {
		n += len(p)
	}
	if n == len(dst) {
		return dst, 0
	}
	end, ok := inRoomInOrder(dst, parts)
	if n > cap(dst) || !ok {
		// A new array, and a copy of all.
		all := make([]T, len(dst), n)
		copy(all, dst)
		for _, p := range parts {
			all = append(all, p...)
		}
		return all, n
	}
	copied := 0
	for _, p := range parts {
		if len(p) == 0 {
			continue
		}
		if &dst[:len(dst)+1][len(dst)] == &p[0] {
			dst = dst[:len(dst)+len(p)]
			continue
		}
		copied += len(p)
		dst = append(dst, p...)
	}
	if copied > 0 {
		// Up to the end of the last part: further on, the array may
		// hold the parts of batches still being decoded, which a
		// reading that stopped at the limit of problems does not
		// gather.
		clear(dst[len(dst):end])
	}
	return dst, copied
}

// inRoomInOrder reports whether each non-empty part lies in the room of
// dst's array, after its elements, and after the part before it; and if
// so, the index in the array just past the last part.
func inRoomInOrder[T any](dst []T, parts [][]T) (end int, ok bool) {
	size := unsafe.Sizeof(*new(T))
	room := dst[len(dst):cap(dst)]
	if len(room) == 0 || size == 0 {
		return 0, false
	}
	base := uintptr(unsafe.Pointer(unsafe.SliceData(dst[:cap(dst)])))
	at := uintptr(unsafe.Pointer(unsafe.SliceData(room)))
	limit := at + uintptr(len(room))*size
	for _, p := range parts {
		if len(p) == 0 {
			continue
		}
		first := uintptr(unsafe.Pointer(unsafe.SliceData(p)))
		if first < at || first+uintptr(len(p))*size > limit {
			return 0, false
		}
		at = first + uintptr(len(p))*size
	}
	return int((at - base) / size), true
}

package relations

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/fastdecode"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/internal/lines"
	"github.com/amitydata/amity/internal/meetingstore"
)

// EntityKey is the member of a line of JSON Lines that names the kind of
// entity on the line: {"entity":"meeting","id":"m1",...}. It is not
// "kind", which organizations and initiatives use for a field of their
// own.
const EntityKey = "entity"

// DecodeJSONL reads amity's JSON Lines from r: one top-level entity a
// line, an object with the entity's own members and, first by
// convention, "entity": its [Kind] ("source", "state", "ministry",
// "organization", "official", "visit", "meeting", "initiative" or
// "tie"; posts and statements live inside officials and meetings):
//
//	{"entity":"state","id":"AZ","name":"Azerbaijan"}
//	{"entity":"meeting","id":"m1","date":"2022-06-20",...}
//
// Lines may come in any order. A line ends with "\n"; a "\r" before it
// (Windows line ends) is accepted as the white space JSON allows, and so
// is a last line without a line end. r is read as a stream, in batches
// of at most 512 lines or 256 KiB: memory holds a few batches and the
// records decoded, never the file. The batches are decoded on as many
// goroutines as GOMAXPROCS allows, and the outcome — the records, the
// problems and their order — is that of reading one line after another.
//
// If r is an *os.File of a regular file, a *bytes.Reader or a
// *strings.Reader, the readers of JSON Lines first count its lines by
// kind, from where r stands to its end, with ReadAt, which leaves r
// where it stands; they then make each kind's list once, at its size,
// and decode each batch into its part of it, where a reader of a stream
// gathers the batches' lists into one at the end, a copy of every
// record it keeps. On a million meetings the first pass takes about
// 0.15 s, and leaves the read faster and its peak of memory lower (see
// BENCHMARKS.md). The outcome is the same; an input that changes
// between the passes, or whose lists would take more memory than its
// lines take bytes (short lines of kinds with large values, which fail
// the checks), is read as a stream is. A reader of a stream gathers kind
// by kind; after a kind's copy of more than a few megabytes, and more
// than a 64th part of the heap, it runs the collector (runtime.GC), so
// that the next kind's copy takes the memory of the lists copied.
//
// Reading is strict, as for [DecodeJSON], and checks no rule of the
// entities and no cross-reference: [ReadJSONL] does. A line with a
// problem is reported with its number (the first problem of the line:
// its entity is left out), and reading goes on with the next line, so
// that every bad line is reported at once, each problem as an
// [amity.FieldError] in one [*amity.ValidationError], up to
// opts.MaxProblems problems: past them, reading stops (see
// [ReadOptions]). Problems of a line:
//
//   - an empty or blank line;
//   - a line longer than opts.MaxLineBytes (kind [amity.KindTooLarge]);
//   - a byte-order mark at the start of the file (reported, then the
//     line is read without it); a UTF-16 file ends the reading;
//   - a missing or unknown "entity";
//   - anything [DecodeJSON] rejects in an entity: malformed JSON,
//     duplicate keys, invalid UTF-8, unknown members, values of the wrong
//     type, null, impossible dates, strings or nesting beyond the limits;
//   - anything after the object on the line.
//
// The path of a problem in an entity is prefixed by the entity's place
// in its list, "meetings[12].date", where 12 is the entity's index among
// the lines of its kind in the file: lines that failed to decode count,
// as long as their kind could be read, so an index always names the same
// line. A line whose kind cannot be read has a path relative to the line
// itself ("entity"). An empty file is an error.
//
// DecodeJSONL returns the entities that decoded, in the order of the
// file, with the error. An error that is not a ValidationError comes from
// r.
func DecodeJSONL(r io.Reader, opts ReadOptions) (Records, error) {
	rd, err := decodeJSONL(r, opts, decodeOnly)
	if err != nil {
		return rd.rec, err
	}
	return rd.rec, amity.AsError(rd.problems())
}

// ReadJSONL reads amity's JSON Lines from r as [DecodeJSONL] does, and
// builds a [Dataset] of what it holds with [New]. It checks each entity
// by its own rules as soon as it is decoded, on the goroutine that
// decoded it, so that reading and checking share every core. Its error
// is one [*amity.ValidationError] listing every problem, those of
// decoding and those New finds in what decoded, each with the line of
// the entity it concerns, in the order of their lines, up to
// opts.MaxProblems of them (see [ReadOptions]). In the problems New
// finds, the index in the path is the entity's index in the file, as in
// [DecodeJSONL]; indexes quoted in their details count only the entities
// that decoded, and differ from it only after a line of the same kind
// failed. A reference to an ID that no entity has, but that a line which
// failed to decode has, says so in its detail, as in [ReadJSON]. An
// error that is not a ValidationError comes from r.
func ReadJSONL(r io.Reader, opts ReadOptions) (*Dataset, error) {
	rd, err := decodeJSONL(r, opts, forDataset)
	if err != nil {
		return nil, err
	}
	return rd.dataset()
}

// ValidateJSONL reads and checks amity's JSON Lines from r as
// [ReadJSONL] does, with the same problems, but builds no Dataset: it
// keeps only what the checks across entities need, the meetings in the
// compact form a Dataset holds them in. It returns the number of
// entities that decoded, and nil if they are all valid.
func ValidateJSONL(r io.Reader, opts ReadOptions) (int, error) {
	rd, err := decodeJSONL(r, opts, forChecks)
	if err != nil {
		return 0, err
	}
	return rd.records(), rd.validate()
}

// ScanJSONL reads amity's JSON Lines from r as [DecodeJSONL] does, and
// checks each entity by its own rules, as [ValidateJSONL] does; it calls
// f with each entity that decodes, in the order of the lines, and keeps
// none: it holds a few batches of lines at a time, whatever the size of
// the input. It does not check the references across entities: check
// the file with ValidateJSONL first. Each entity is a pointer, the
// caller's own, of the type [JSONLWriter.Write] takes for its kind (an
// *events.Meeting for [KindMeeting]). It returns the number of entities
// that decoded, and the problems of the lines, as DecodeJSONL does, or
// the first error f returns, which stops the reading.
func ScanJSONL(r io.Reader, opts ReadOptions, f func(k Kind, v any) error) (int, error) {
	rd, err := decodeJSONLScan(r, opts, f, forScan)
	if err != nil {
		return rd.scanned, err
	}
	return rd.scanned, amity.AsError(rd.problems())
}

// WriteJSONL writes r to w as amity's JSON Lines: one entity a line,
// {"entity":KIND, ...the entity's members}, with "entity" first; kinds
// in the order of [Kinds], the entities of each kind sorted by ID
// (entities with equal IDs keep their order); every line ends with "\n".
// It sorts a copy: r is not changed.
//
// Each line is what encoding/json's Encoder.Encode writes for the same
// value, so the same records always give the same bytes. One difference:
// a string that is not valid UTF-8 is an error here, where encoding/json
// would replace the bad bytes. On error, w may hold part of the lines.
// A nil r is an error.
func WriteJSONL(w io.Writer, r *Records) error {
	if r == nil {
		return errNilRecords("writing JSON Lines")
	}
	return writeJSONL(w, func(lw *lineWriter, c codec) error { return c.writeLines(lw, r) })
}

// writeJSONL writes to w the lines of the entities that write writes,
// kind by kind, as [WriteJSONL] does.
func writeJSONL(w io.Writer, write func(*lineWriter, codec) error) error {
	lw := newLineWriter(w)
	defer lw.release()
	for _, c := range codecs() {
		if err := write(lw, c); err != nil {
			return fmt.Errorf("relations: writing JSON Lines: %w", err)
		}
	}
	return lw.flush()
}

// lineWriter writes lines of JSON Lines through a buffer, which the
// encoders append to in place.
type lineWriter struct {
	w io.Writer
	// buf holds the lines not yet written to w; written counts those
	// written.
	buf     []byte
	written int64
	err     error
}

// flushAt is the size of the buffer: once it holds as much, it is
// written.
const flushAt = 64 << 10

func newLineWriter(w io.Writer) *lineWriter {
	if b, ok := lineBuffers.Get().(*[]byte); ok {
		return &lineWriter{w: w, buf: (*b)[:0]}
	}
	return &lineWriter{w: w, buf: make([]byte, 0, flushAt+4<<10)}
}

// lineBuffers keeps the buffers of the line writers done with, for
// others to reuse.
var lineBuffers sync.Pool

// release gives w's buffer to another line writer; w must not be used
// after. A buffer that a long line made large is dropped.
func (w *lineWriter) release() {
	if cap(w.buf) <= 2*flushAt {
		b := w.buf
		lineBuffers.Put(&b)
	}
	w.buf = nil
}

// added writes the buffer if it holds a full buffer's worth of lines, a
// line having just been added to it.
func (w *lineWriter) added() error {
	if len(w.buf) < flushAt {
		return nil
	}
	return w.flush()
}

// flush writes the buffer to w, and returns the first error of writing.
func (w *lineWriter) flush() error {
	if w.err == nil && len(w.buf) > 0 {
		var n int
		n, w.err = w.w.Write(w.buf)
		if w.err == nil && n < len(w.buf) {
			w.err = io.ErrShortWrite
		}
		w.written += int64(len(w.buf))
		w.buf = w.buf[:0]
	}
	return w.err
}

// located returns err, an error of json v2 in encoding the next line,
// with the offset it tells counted from the start of the output rather
// than of the line, as an encoder of all the lines tells it.
func (w *lineWriter) located(err error) error {
	var se *jsontext.SyntacticError
	if errors.As(err, &se) {
		se.ByteOffset += w.written + int64(len(w.buf))
	}
	return err
}

// JSONLWriter writes amity's JSON Lines one entity at a time, for
// archives too large to hold as [Records]: a program that makes or
// converts a million meetings writes each as it comes, and keeps none.
// Each line is the line [WriteJSONL] writes for the same entity, so
// writing the entities kind by kind in the order of [Kinds], each kind in
// ID order, gives the bytes WriteJSONL gives for them. The writer does
// not sort, and does not check the entities: it writes what it is given,
// in that order.
//
// Output is buffered: call [JSONLWriter.Flush] when done. A JSONLWriter
// is not safe for concurrent use.
type JSONLWriter struct {
	lw     *lineWriter
	codecs []codec
	err    error
	// last is the codec of the last entity written, -1 before the
	// first, and lastID its ID; unordered is set once an entity came
	// out of WriteJSONL's order.
	last      int8
	lastID    string
	unordered bool
}

// NewJSONLWriter returns a JSONLWriter that writes to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{lw: newLineWriter(w), codecs: codecs(), last: -1}
}

// InOrder reports whether the entities written so far came in the order
// [WriteJSONL] writes them, kind by kind in the order of [Kinds], each
// kind in ID order: if so, the lines are the bytes WriteJSONL writes for
// the same entities.
func (w *JSONLWriter) InOrder() bool { return !w.unordered }

// Write writes v, an entity of the top-level kind k, as one line:
// {"entity":k, ...v's members}. v is the entity or a pointer to it, of
// the type k stands for: an [amity.Source] for [KindSource], an
// [orgs.State] for [KindState], and so on through [orgs.Ministry],
// [orgs.Organization], [orgs.Official], [events.Visit], [events.Meeting],
// [cooperation.Initiative] and [cooperation.Tie]. Another kind or type is an error, and so is a
// string that is not valid UTF-8 (see [WriteJSONL]). After an error,
// Write does nothing and returns it again.
func (w *JSONLWriter) Write(k Kind, v any) error {
	if w.err != nil {
		return w.err
	}
	i := codecIndex(w.codecs, k)
	if i < 0 {
		w.err = fmt.Errorf("relations: writing JSON Lines: %q is not a kind of entity that stands on a line", k)
		return w.err
	}
	id, ok, err := w.codecs[i].writeOne(w.lw, v)
	switch {
	case !ok:
		w.err = fmt.Errorf("relations: writing JSON Lines: a %T is not a %s", v, k)
	case err != nil:
		w.err = fmt.Errorf("relations: writing JSON Lines: %w", err)
	default:
		if i < w.last || i == w.last && id < w.lastID {
			w.unordered = true
		}
		w.last, w.lastID = i, id
	}
	return w.err
}

// Flush writes what is buffered to the underlying writer, and returns the
// first error of Write or of writing.
func (w *JSONLWriter) Flush() error {
	if w.err != nil {
		return w.err
	}
	w.err = w.lw.flush()
	return w.err
}

// readMode is what a reader does with the entities it decodes.
type readMode uint8

const (
	// decodeOnly keeps them as they are.
	decodeOnly readMode = iota
	// forDataset checks each by its own rules, and encodes the meetings
	// for the meeting store as they decode, instead of keeping them.
	forDataset
	// forChecks is forDataset, but encodes of each meeting only what the
	// checks across entities read of it (see acrossEntities).
	forChecks
	// forScan checks each by its own rules and hands it to the reading's
	// scan function, in the order of the lines, keeping none.
	forScan
)

// decodeJSONL reads JSON Lines from r into a reading. Unless mode is
// decodeOnly, it also checks every entity that decodes by its own
// rules, as [Validate] would, and adds the problems to the reading's.
//
// The lines are read on one goroutine, in batches; the batches are
// decoded and checked on as many goroutines as GOMAXPROCS allows; and
// the caller's goroutine takes the results in the order of the lines,
// counting the entities of each kind and placing every problem, so that
// the outcome is the same as a reading of one line after another.
func decodeJSONL(r io.Reader, opts ReadOptions, mode readMode) (*reading, error) {
	return decodeJSONLScan(r, opts, nil, mode)
}

// decodeJSONLScan is decodeJSONL, which in mode forScan hands each
// entity to scan.
func decodeJSONLScan(r io.Reader, opts ReadOptions, scan func(Kind, any) error, mode readMode) (*reading, error) {
	return decodeLines(newReading(opts), 1, r, scan, mode)
}

// decodeLines reads the lines of r into rd as decodeJSONLScan does,
// numbering them from first: rd holds what the lines before first hold
// (see reading.after), or nothing if first is 1.
func decodeLines(rd *reading, first int, r io.Reader, scan func(Kind, any) error, mode readMode) (*reading, error) {
	rd.scan = scan
	check := mode != decodeOnly
	rd.checked = check
	workers := runtime.GOMAXPROCS(0)
	work := make(chan *batch, 2*workers)
	order := make(chan *batch, 4*workers)
	stop := make(chan struct{})
	halt := sync.OnceFunc(func() { close(stop) })
	defer halt()
	free := make(chan []byte, 6*workers)
	var wg sync.WaitGroup
	ws := make([]*worker, workers)
	for k := range ws {
		w := &worker{opts: rd.opts, codecs: rd.codecs, fast: rd.opts.fastDecoder(), free: free}
		if check {
			w.check = true
		}
		if check && mode != forScan {
			// A reader that checks builds a Dataset: its workers encode
			// the meetings for the store as they decode them.
			w.meetings = newMeetingEncoder(k, mode)
		}
		ws[k] = w
		wg.Go(func() {
			// A worker ends when the lines end, or as soon as the reading
			// stops: the line reader may then be waiting for input that
			// does not come (a producer that stalls), and is left to end
			// when it does.
			for {
				select {
				case b, ok := <-work:
					if !ok {
						return
					}
					w.run(b)
				case <-stop:
					return
				}
			}
		})
	}
	var (
		place func(*batch)
		spans []meetingstore.Span
	)
	if scan == nil && first == 1 && rd.rec.Len() == 0 {
		if counts, sizes := lineCountsOf(r, rd.codecs); counts != nil {
			if s := newSizedReading(rd, counts, sizes, mode == decodeOnly, check && mode != forScan); s != nil {
				place, spans = s.place, s.spans
				rd.sized = true
			}
		}
	}
	go readBatches(r, first, rd.opts.MaxLineBytes, place, work, order, free, stop)
	err := rd.merge(order)
	// After the last batch this changes nothing; if the merger stopped
	// at the limit of problems, the lines are read no further, and the
	// workers end once they have decoded the batches read already.
	halt()
	if err == nil {
		wg.Wait()
		if check && !rd.stopped && mode != forScan {
			encs := make([]*meetingstore.Encoder, len(ws))
			for k, w := range ws {
				encs[k] = w.meetings.enc
			}
			all := rd.flatSpans
			if rd.sized {
				var copied int
				all, copied = concatInPlace(spans, rd.spans)
				rd.copied += copied
			}
			rd.encoded = meetingstore.Join(encs, all)
		}
		rd.spans, rd.flatSpans = nil, nil
	}
	return rd, err
}

// The size of a batch: at most batchLines lines, and no more lines once
// it holds batchBytes bytes.
const (
	batchLines = 512
	batchBytes = 256 << 10
)

// batch is a run of lines, and, once a worker has decoded them, what they
// hold.
type batch struct {
	// first is the number of the batch's first line.
	first int
	// data holds the lines (of a line longer than the limit, its first
	// bytes), one after the other; line i ends at ends[i] and has size
	// sizes[i] bytes.
	data  []byte
	ends  []int
	sizes []int
	// room, if not nil, holds the number of the batch's lines of each
	// kind (see kindCounts), counted by the line reader; the worker
	// counts them otherwise.
	room []int
	// pre are problems found before the lines: a byte-order mark.
	pre []amity.FieldError
	// end, in the last batch, tells how reading ended: an error of the
	// reader, or, if empty is set, a file without a line.
	end   error
	empty bool

	// done is closed once lines and rec are set, or panicked is.
	done     chan struct{}
	lines    []lineKind
	problems map[int][]amity.FieldError
	// unread holds, by the index of a line whose entity failed to
	// decode, the IDs it has as far as they can be read (see unreadIDs).
	unread map[int][]string
	rec    Records
	// spans tell, for each meeting of rec, where the worker that
	// decoded it put its bytes for the meeting store. In a sized
	// reading, they are made before the batch is decoded, in the
	// reading's array (see sizedReading).
	spans    []meetingstore.Span
	panicked any
}

// keepLines leaves in b.rec only the entities of its first n lines.
func (b *batch) keepLines(n int, codecs []codec) {
	counts := make([]int, len(codecs))
	for _, l := range b.lines[:n] {
		if l.ok {
			counts[l.codec]++
		}
	}
	for i, c := range codecs {
		c.keep(&b.rec, counts[i])
	}
}

// lineKind is what a batch keeps of the outcome of decoding a line: the
// codec of its kind, -1 if not known, and whether the entity decoded. The
// problems of the line, few, are kept apart.
type lineKind struct {
	codec int8
	ok    bool
}

// decodedLine is the outcome of decoding one line.
type decodedLine struct {
	// codec is the index of the kind's codec, -1 if the line's kind is
	// not known.
	codec int8
	// ok is set if the entity decoded: it is the next of its kind in
	// the batch's rec.
	ok bool
	// errs are the problems of the line: of decoding, with paths
	// relative to the entity if codec is known; or, if ok, of the
	// entity's own rules, with paths relative to the entity and no line.
	errs []amity.FieldError
}

// readBatches reads the lines of r into batches, and sends each to work,
// for a worker, and to order, for the merger, in the order of the lines;
// the last batch tells how reading ended. The first line is line first:
// a line after the first of a file can start with no byte-order mark,
// and a file with lines before r's is not empty. It takes the buffers of
// batches from free while there are any. If place is not nil, it calls
// place with each batch before it sends it. It closes work and order
// when done, and stops early when stop is closed.
func readBatches(r io.Reader, first, maxLine int, place func(*batch), work, order chan<- *batch, free <-chan []byte, stop <-chan struct{}) {
	defer close(work)
	defer close(order)
	lr := lines.NewReader(r, maxLine)
	b := &batch{first: first, done: make(chan struct{})}
	send := func() bool {
		if place != nil {
			place(b)
		}
		select {
		case order <- b:
		case <-stop:
			return false
		}
		select {
		case work <- b:
		case <-stop:
			return false
		}
		return true
	}
	for n := first; ; n++ {
		select {
		case <-stop:
			return
		default:
		}
		line, size, err := lr.Next()
		if errors.Is(err, lines.ErrEndless) {
			// A problem of the data, not of the reader: it is reported
			// on its line, and the reading ends there.
			b.pre = append(b.pre, amity.FieldError{Line: n, Kind: amity.KindTooLarge,
				Detail: "a line longer than the limit of " + strconv.Itoa(maxLine) + " bytes that does not end; the reading stops here"})
			send()
			return
		}
		if err != nil {
			if err == io.EOF {
				b.empty = n == 1
			} else {
				b.end = fmt.Errorf("relations: reading line %d: %w", n, err)
			}
			send()
			return
		}
		if n == 1 {
			if fe, found, readOn := lines.BOMProblem(line); found {
				fe.Line = 1
				b.pre = append(b.pre, fe)
				if !readOn {
					send()
					return
				}
				line, size = line[len(lines.UTF8BOM):], size-len(lines.UTF8BOM)
			}
		}
		b.data = append(b.data, line...)
		b.ends = append(b.ends, len(b.data))
		b.sizes = append(b.sizes, size)
		if len(b.ends) == batchLines || len(b.data) >= batchBytes {
			if !send() {
				return
			}
			b = &batch{first: n + 1, done: make(chan struct{})}
			select {
			case b.data = <-free:
			default:
				b.data = make([]byte, 0, batchBytes+batchBytes/4)
			}
		}
	}
}

// worker decodes batches, with decoders of its own.
type worker struct {
	opts   ReadOptions
	codecs []codec
	fast   *fastdecode.Decoder
	// check, if set, checks each entity that decodes.
	check bool
	// meetings, if set, encodes each meeting that decodes for the
	// meeting store, and drops it.
	meetings *meetingEncoder
	// free takes the buffers of the batches decoded, for reading more.
	free chan<- []byte
}

// run decodes the lines of b.
func (w *worker) run(b *batch) {
	defer close(b.done)
	defer func() {
		// A panic belongs to the caller of the reader, not to this
		// goroutine: the merger raises it there.
		if p := recover(); p != nil {
			b.panicked = p
		}
	}()
	b.lines = make([]lineKind, len(b.ends))
	room, meetings := w.room(b)
	if w.meetings != nil && cap(b.spans) == 0 {
		b.spans = make([]meetingstore.Span, 0, meetings)
	}
	start := 0
	for i, end := range b.ends {
		l := w.line(&b.rec, b.data[start:end], b.first+i, b.sizes[i], room)
		b.lines[i] = lineKind{l.codec, l.ok}
		if l.ok && w.meetings != nil && w.codecs[l.codec].kind == KindMeeting {
			b.spans = append(b.spans, w.meetings.encodeLast(&b.rec))
		}
		if len(l.errs) > 0 {
			if b.problems == nil {
				b.problems = map[int][]amity.FieldError{}
			}
			b.problems[i] = l.errs
		}
		if !l.ok {
			var k Kind
			if l.codec >= 0 {
				k = w.codecs[l.codec].kind
			}
			if ids := unreadIDs(b.data[start:end], k); len(ids) > 0 {
				if b.unread == nil {
					b.unread = map[int][]string{}
				}
				b.unread[i] = ids
			}
		}
		start = end
	}
	if w.meetings != nil {
		// Let the array the meetings were decoded into go: they are
		// encoded, and the batch's records are kept until the end.
		b.rec.Meetings = nil
	}
	select {
	case w.free <- b.data[:0]:
	default:
	}
	b.data = nil
}

// room returns, for each codec, the number of b's entities of its kind
// the list of the kind is made with room for: the number of b's lines
// of the kind, as far as fastCodec reads them, or, for meetings that are
// encoded for the store and dropped once decoded, one; and the number
// of b's lines of meetings. A list made with room for every line of the
// batch would hold, in a batch of several kinds, many times the memory
// its entities take until the batch is gathered with the rest; and in
// an archive whose lines mix the kinds, every batch is such a batch.
func (w *worker) room(b *batch) (room []int, meetings int) {
	room = b.room
	if room == nil {
		room = kindCounts(w.codecs, b)
	}
	if i := codecIndex(w.codecs, KindMeeting); i >= 0 {
		meetings = room[i]
		if w.meetings != nil {
			room[i] = min(room[i], 1)
		}
	}
	return room, meetings
}

// line decodes line n of JSON Lines, of size bytes (line holds only its
// first bytes if it is longer than the limit), into rec, whose list of
// the line's kind, if it has none yet, is made with room for room[codec]
// entities.
func (w *worker) line(rec *Records, line []byte, n, size int, room []int) decodedLine {
	unknown := func(fe amity.FieldError) decodedLine {
		fe.Line = n
		return decodedLine{codec: -1, errs: []amity.FieldError{fe}}
	}
	if size > w.opts.MaxLineBytes {
		fe := amity.FieldError{Kind: amity.KindTooLarge, Line: n,
			Detail: "a line of " + strconv.Itoa(size) + " bytes, longer than the limit of " + strconv.Itoa(w.opts.MaxLineBytes)}
		out := decodedLine{codec: -1, errs: []amity.FieldError{fe}}
		out.codec = fastCodec(w.codecs, line)
		return out
	}
	if lines.Blank(line) {
		return unknown(amity.FieldError{Kind: amity.KindSyntax, Detail: "an empty line: every line holds one entity"})
	}
	i := fastCodec(w.codecs, line)
	if i < 0 {
		kind, ok := fastKind(line)
		if !ok {
			v, err := w.opts.entity(0, n, 1, amity.Path{}).Member(line, EntityKey)
			switch {
			case err != nil:
				return decodedLine{codec: -1, errs: amity.Errors(err)}
			case v == nil:
				return unknown(amity.Required(amity.NewPath(EntityKey), "the kind of entity the line holds"))
			case v.Kind() != '"':
				fe := jsoncodec.WrongType("a string", v)
				fe.Path = amity.NewPath(EntityKey)
				return unknown(fe)
			}
			kind = unquote(v)
		}
		if i = codecIndex(w.codecs, Kind(kind)); i < 0 {
			return unknown(amity.Invalid(amity.NewPath(EntityKey), kind, unknownKind(Kind(kind))))
		}
	}
	c := w.codecs[i]
	out := decodedLine{codec: i}
	// A meeting to be encoded is done with before the batch's buffer is
	// used again: its strings need not be copies of the line's bytes.
	transient := w.meetings != nil && c.kind == KindMeeting
	if transient {
		// The meetings before this one are encoded and dropped (see
		// run), and their problems hold copies: their memory is this
		// one's.
		w.fast.Recycle()
	}
	w.fast.SetTransient(transient)
	if err := c.decode(rec, line, w.fast, w.opts.entity(0, n, 1, amity.Path{}), true, room[i]); err != nil {
		out.errs = amity.Errors(err)
		return out
	}
	out.ok = true
	if w.check {
		out.errs = c.check(rec, c.len(rec)-1)
		for i := range out.errs {
			out.errs[i].Line, out.errs[i].Column = valuePos(line, out.errs[i].Path, n, 1)
			if transient {
				// A problem outlives the line it quotes.
				out.errs[i].Value, out.errs[i].Detail = strings.Clone(out.errs[i].Value), strings.Clone(out.errs[i].Detail)
			}
		}
	}
	return out
}

// codecIndex returns the index in codecs of the codec of the top-level
// kind k, and -1 if k is not one.
func codecIndex(codecs []codec, k Kind) int8 {
	for i, c := range codecs {
		if c.kind == k {
			return int8(i)
		}
	}
	return -1
}

// merge takes the batches from order as their workers finish them, in
// the order of the lines, and adds what they hold to rd: the entities to
// its records, where each was found, and every problem with its line and
// path, as a reading line by line would. It returns the error of the
// reader, if reading ended with one; rd then holds what came before. It
// returns nil as soon as rd has stopped at the limit of problems; rd then
// holds the entities of the lines up to the one where it stopped.
func (rd *reading) merge(order <-chan *batch) error {
	var parts []Records
	defer func() { rd.copied += gatherAll(&rd.rec, parts, rd.codecs) }()
	taken := make([]int, len(rd.codecs))
	// held[i] tells whether parts hold entities of codec i not gathered
	// yet, and ended whether the kind's first run of lines has ended.
	held, ended := make([]bool, len(rd.codecs)), make([]bool, len(rd.codecs))
	for b := range order {
		<-b.done
		if b.panicked != nil {
			panic(b.panicked)
		}
		rd.add(1, b.pre...)
		clear(taken)
		for i, l := range b.lines {
			rd.mergeLine(b, i, l)
			if rd.scan != nil && l.ok && !rd.stopped {
				c := rd.codecs[l.codec]
				rd.scanned++
				if err := rd.scan(c.kind, c.at(&b.rec, taken[l.codec])); err != nil {
					return err
				}
				taken[l.codec]++
			}
			if rd.stopped {
				if rd.scan == nil {
					b.keepLines(i+1, rd.codecs)
					parts = append(parts, b.rec)
				}
				return nil
			}
		}
		if rd.scan == nil {
			parts = append(parts, b.rec)
			if !rd.sized {
				rd.gatherEnded(parts, b, held, ended)
			}
		}
		if rd.sized {
			rd.spans = append(rd.spans, b.spans)
		} else {
			// One list, grown as the batches come, rather than a copy
			// of them all at the end, when memory is at its most.
			rd.flatSpans = append(rd.flatSpans, b.spans...)
		}
		b.spans = nil
		switch {
		case b.end != nil:
			return b.end
		case b.empty:
			rd.fail(1, emptyFile())
		}
	}
	return nil
}

// gatherAll gathers into rec the lists of parts, kind by kind, and
// returns the number of entities it copied. A kind's copy leaves its
// batches' lists garbage; after a copy worth it (see worthCollecting),
// gatherAll collects it, so that the next kind's copy takes its memory
// rather than growing the heap by as much. It matters to a reading of a
// stream whose lines mix the kinds, which holds every batch's lists
// until its end and then copies them all: of an archive amity generates,
// a quarter of what the reading keeps. (A sized reading copies nothing.)
func gatherAll(rec *Records, parts []Records, codecs []codec) int {
	copied := 0
	for _, c := range codecs {
		n := c.gather(rec, parts)
		copied += n
		if worthCollecting(uint64(n)*uint64(c.entityType().Size()), heapLive) {
			runtime.GC()
		}
	}
	return copied
}

// worthCollecting reports whether a collection is worth making after a
// copy of n bytes, when live returns the bytes the heap held live at the
// last collection, which it asks only of a copy of collectAfter bytes or
// more. A collection marks the whole heap, to give back about the n
// bytes the copy left garbage: it must be a few megabytes, and a 64th
// part of the heap, so that a program that holds much more than it reads
// does not mark all it holds to give back little.
func worthCollecting(n uint64, live func() uint64) bool {
	return n >= collectAfter && n >= live()/64
}

// collectAfter is the least copy, in bytes, that gatherAll collects the
// garbage of.
const collectAfter = 4 << 20

// heapLive returns the bytes of heap live at the last collection, as
// runtime/metrics reports them, or 0 if it does not.
func heapLive() uint64 {
	s := [1]metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s[:])
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// gatherEnded gathers into rd's records, from parts, the entities of
// each kind whose first run of lines ended with the batch before b, the
// last of parts: a kind that parts held and b has none of. A reading of
// a stream, which cannot make each kind's list at its size beforehand
// (see sizedReading), gathers with a copy; gathered as soon as their run
// ends, the lists of the batches are garbage while the rest is decoded,
// not at the end, when the heap holds the most. An archive's kinds come
// one after another, each in one run; a kind whose lines come back later
// is gathered again at the end, with one copy more.
func (rd *reading) gatherEnded(parts []Records, b *batch, held, ended []bool) {
	for i, c := range rd.codecs {
		switch {
		case c.len(&b.rec) > 0:
			held[i] = true
		case held[i] && !ended[i]:
			rd.copied += c.gather(&rd.rec, parts)
			held[i], ended[i] = false, true
		}
	}
}

// mergeLine adds to rd what line i of b, of outcome l, holds.
func (rd *reading) mergeLine(b *batch, i int, l lineKind) {
	n := b.first + i
	errs := b.problems[i]
	if !l.ok {
		rd.noteUnread(b.unread[i], n)
	}
	if l.codec < 0 {
		rd.add(n, errs...)
		return
	}
	index := rd.seen[l.codec]
	rd.seen[l.codec]++
	if l.ok && rd.scan == nil {
		rd.spots[l.codec] = append(rd.spots[l.codec], spot{int32(n), int32(index)})
	}
	if len(errs) == 0 {
		return
	}
	errs = amity.Prefix(amity.NewPath(rd.codecs[l.codec].list).Index(index), errs)
	rd.add(n, errs...)
}

// fastCodec returns the index in codecs of the codec of the kind line
// names, as amity writes it (see fastKind), without a copy of the name;
// -1 if it names none so.
func fastCodec(codecs []codec, line []byte) int8 {
	if name, ok := kindName(line); ok {
		for i, c := range codecs {
			if string(name) == string(c.kind) {
				return int8(i)
			}
		}
	}
	return -1
}

// fastKind returns the kind of entity on line when the line starts the
// way amity writes it, {"entity":"KIND", and false otherwise.
func fastKind(line []byte) (string, bool) {
	name, ok := kindName(line)
	return string(name), ok
}

// kindName returns the bytes of KIND when line starts the way amity
// writes it, {"entity":"KIND", and false otherwise.
func kindName(line []byte) ([]byte, bool) {
	const prefix = `{"` + EntityKey + `":"`
	if len(line) < len(prefix) || string(line[:len(prefix)]) != prefix {
		return nil, false
	}
	rest := line[len(prefix):]
	for i, c := range rest {
		switch c {
		case '"':
			return rest[:i], true
		case '\\':
			return nil, false
		}
	}
	return nil, false
}

func unknownKind(k Kind) string {
	switch k {
	case KindPost:
		return "a post is written inside its official, not on a line of its own"
	case KindStatement:
		return "a statement is written inside its meeting, not on a line of its own"
	}
	var names []string
	for _, k := range Kinds() {
		if k.TopLevel() {
			names = append(names, string(k))
		}
	}
	return "not a kind of entity: want one of " + strings.Join(names, ", ")
}

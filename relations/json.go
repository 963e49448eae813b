package relations

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/fastdecode"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/internal/lines"
	"github.com/amitydata/amity/internal/meetingstore"
)

// The default limits of [ReadOptions].
const (
	// DefaultMaxLineBytes is the longest line of JSON Lines: 1 MiB.
	DefaultMaxLineBytes = 1 << 20
	// DefaultMaxDocumentBytes is the largest JSON document: 256 MiB.
	DefaultMaxDocumentBytes = 256 << 20
	// DefaultMaxStringBytes is the longest string: 64 KiB.
	DefaultMaxStringBytes = jsoncodec.DefaultMaxStringBytes
	// DefaultMaxDepth is how deep objects and lists may nest: 64 levels.
	DefaultMaxDepth = jsoncodec.DefaultMaxDepth
	// DefaultMaxProblems is the most problems a read reports: 1000.
	DefaultMaxProblems = 1000
)

// ReadOptions set the limits of reading. Each field that is zero (or
// negative) takes its default, so the zero ReadOptions read with every
// default limit. Input beyond a limit is an error of kind
// [amity.KindTooLarge] naming the line where it lies, never a truncated
// read.
type ReadOptions struct {
	// MaxLineBytes is the longest line of JSON Lines, in bytes, not
	// counting its line end. A longer line is reported and skipped, and
	// reading goes on with the next. Default [DefaultMaxLineBytes].
	MaxLineBytes int
	// MaxDocumentBytes is the largest JSON document, in bytes; reading
	// stops where it is exceeded. JSON Lines has no such limit, since it
	// is read a line at a time. Default [DefaultMaxDocumentBytes].
	MaxDocumentBytes int64
	// MaxStringBytes is the longest string, member names included, in
	// bytes as written in the file between its quotes (escapes count as
	// written). Default [DefaultMaxStringBytes].
	MaxStringBytes int
	// MaxDepth is how deep objects and lists may nest, counting the
	// outermost object of a document or a line as 1: an entity in a
	// document's list starts at depth 3, an entity on a line at depth 1.
	// Default [DefaultMaxDepth].
	MaxDepth int
	// MaxProblems is the most problems a read reports. Reading stops at
	// the first problem past it: what follows in the file is not read,
	// and the cross-references are not checked. The error then ends with
	// one more problem, of kind [amity.KindTooLarge], with no path, on
	// the line of the first problem left out, whose detail is "more than
	// 1000 problems; the rest are not reported" (for a limit of 1000). If
	// the problems of decoding are within the limit but those that [New]
	// finds in what decoded take the count past it, the first problems
	// in the order of their lines are kept, and the same problem ends the
	// list. The same file always gives the same problems. Default
	// [DefaultMaxProblems].
	MaxProblems int
}

// WithDefaults returns o with each limit that is zero or less set to its
// default, as the readers take it.
func (o ReadOptions) WithDefaults() ReadOptions {
	if o.MaxLineBytes <= 0 {
		o.MaxLineBytes = DefaultMaxLineBytes
	}
	if o.MaxDocumentBytes <= 0 {
		o.MaxDocumentBytes = DefaultMaxDocumentBytes
	}
	if o.MaxStringBytes <= 0 {
		o.MaxStringBytes = DefaultMaxStringBytes
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxProblems <= 0 {
		o.MaxProblems = DefaultMaxProblems
	}
	return o
}

// entity returns the options of jsoncodec for an entity that starts depth
// levels deep, on line, at path.
func (o ReadOptions) entity(depth, line, col int, path amity.Path) jsoncodec.Options {
	return jsoncodec.Options{MaxDepth: o.MaxDepth, MaxStringBytes: o.MaxStringBytes, Depth: depth, Line: line, Column: col, Path: path}
}

// document is the shape of amity's JSON document.
type document struct {
	Schema  string `json:"schema"`
	Records `json:",inline"`
}

// DecodeJSON reads amity's JSON document from r:
//
//	{"schema": "amity/v1", "sources": [...], "states": [...], ..., "ties": [...]}
//
// It reads strictly, but checks no rule of the entities and no
// cross-reference: [ReadJSON] does. The members may come in any order;
// "schema" is required and must be [Schema]; each other member is one of
// the lists of [Records], by its JSON name, and holds a list.
//
// The document is decoded as a stream, an entity at a time, never held
// whole, and reading goes on after an entity that fails to decode, so
// that every such problem is reported at once. What is rejected, each as
// an [amity.FieldError] in one [*amity.ValidationError], with the line
// where it lies:
//
//   - an empty file, a byte-order mark (amity reads UTF-8 without one),
//     a document that is not an object, and anything after it;
//   - malformed JSON (a missing comma, a string not closed, a document
//     cut short): reading stops there, since what follows cannot be
//     told apart;
//   - a missing or other "schema", an unknown member, a member twice, a
//     list that is not a list;
//   - in an entity, at any depth: an unknown member (names match
//     case-sensitively, so "ID" is not "id"), a member twice, invalid
//     UTF-8, a value of the wrong type, null, a date that is not on the
//     calendar: the entity's first problem is reported, the entity is
//     left out, and reading goes on;
//   - input beyond the limits of opts (kind [amity.KindTooLarge]); past
//     MaxDocumentBytes, reading stops, and so it does past MaxProblems
//     problems (see [ReadOptions]).
//
// An entity's path is its index in its list in the document
// ("meetings[3].date"), whether or not the entities before it decoded.
// DecodeJSON returns the entities that decoded, in the order of the
// document, with the error. An error that is not a ValidationError comes
// from r.
func DecodeJSON(r io.Reader, opts ReadOptions) (Records, error) {
	rd, err := decodeJSON(r, opts, decodeOnly)
	if err != nil {
		return rd.rec, err
	}
	return rd.rec, amity.AsError(rd.problems())
}

// ReadJSON reads amity's JSON document from r as [DecodeJSON] does, and
// builds a [Dataset] of what it holds with [New]. Its error is one
// [*amity.ValidationError] listing every problem, those of decoding and
// those New finds in what decoded, each with its line: that of the value
// a problem of an entity's own rules is about, that of the entity for a
// problem across entities, the exact line of a syntax error; in the order
// of their lines, up to opts.MaxProblems of them (see [ReadOptions]).
// References to an entity that failed to decode are not problems of
// their own: the problem of that entity counts them ("; and 2 references
// to it, not reported on their own"). An error that is not a
// ValidationError comes from r.
func ReadJSON(r io.Reader, opts ReadOptions) (*Dataset, error) {
	rd, err := decodeJSON(r, opts, forDataset)
	if err != nil {
		return nil, err
	}
	return rd.dataset()
}

// ValidateJSON reads and checks amity's JSON document from r as
// [ReadJSON] does, with the same problems, but builds no Dataset: it
// keeps of each meeting only what the checks across entities read, as
// [ValidateJSONL] does. It returns the number of entities of the
// top-level kinds that decoded, and nil if they are all valid.
func ValidateJSON(r io.Reader, opts ReadOptions) (int, error) {
	rd, err := decodeJSON(r, opts, forChecks)
	if err != nil {
		return 0, err
	}
	return rd.records(), rd.validate()
}

// WriteJSON writes r to w as amity's JSON document: the "schema" member,
// then each non-empty list in the order of the fields of [Records], each
// sorted by ID (entities with equal IDs keep their order), indented by
// two spaces, and a final newline. It sorts a copy: r is not changed.
//
// The bytes are those encoding/json.MarshalIndent writes for the same
// document, so the same records always give the same bytes. One
// difference: a string that is not valid UTF-8 is an error here, where
// encoding/json would replace the bad bytes. On error, w may hold part of
// the document. A nil r is an error.
func WriteJSON(w io.Writer, r *Records) error {
	if r == nil {
		return errNilRecords("writing JSON")
	}
	return writeJSON(w, func(c codec) int { return c.len(r) }, func(enc *jsontext.Encoder, c codec) error { return c.write(enc, r, false) })
}

// writeJSON writes to w the document of the entities that count counts
// and write writes, kind by kind, as [WriteJSON] does.
func writeJSON(w io.Writer, count func(codec) int, write func(*jsontext.Encoder, codec) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := writeDocument(jsoncodec.NewEncoder(bw, "  "), count, write); err != nil {
		return fmt.Errorf("relations: writing JSON: %w", err)
	}
	return bw.Flush()
}

func writeDocument(enc *jsontext.Encoder, count func(codec) int, write func(*jsontext.Encoder, codec) error) error {
	if err := writeTokens(enc, jsontext.BeginObject, jsontext.String("schema"), jsontext.String(Schema)); err != nil {
		return err
	}
	for _, c := range codecs() {
		if count(c) == 0 {
			continue
		}
		if err := writeTokens(enc, jsontext.String(c.list), jsontext.BeginArray); err != nil {
			return err
		}
		if err := write(enc, c); err != nil {
			return err
		}
		if err := enc.WriteToken(jsontext.EndArray); err != nil {
			return err
		}
	}
	return enc.WriteToken(jsontext.EndObject)
}

func writeTokens(enc *jsontext.Encoder, toks ...jsontext.Token) error {
	for _, t := range toks {
		if err := enc.WriteToken(t); err != nil {
			return err
		}
	}
	return nil
}

// codecForList returns the index of the codec of the kind whose list is
// called list in Records, and -1 if none is.
func (rd *reading) codecForList(list string) int {
	for i, c := range rd.codecs {
		if c.list == list {
			return i
		}
	}
	return -1
}

// spot is where a decoded entity was found: its line, and its index in
// the file among the entities of its kind, counting those that failed to
// decode.
type spot struct{ line, index int32 }

// reading is the state of one read: the records decoded, the problems
// found, and where each decoded entity came from.
type reading struct {
	opts   ReadOptions
	codecs []codec
	rec    Records
	errs   []amity.FieldError
	// spots holds, by the index of the kind's codec, for each entity in
	// rec's list, where it was found.
	spots [][]spot
	// seen counts, by the index of the kind's codec, the entities of the
	// file so far, decoded or not.
	seen []int
	// checked is set when errs holds the problems of every decoded
	// entity by its own rules, found while reading, so that building the
	// dataset need not look for them again.
	checked bool
	// unread holds each ID that an entity which failed to decode has, as
	// far as it could be read (see [unreadIDs]), with the line of the
	// first such entity.
	unread map[string]int
	// stopped is set once a problem past opts.MaxProblems was found, on
	// line stopLine: errs holds no more, and reading stops there.
	stopped  bool
	stopLine int
	// fast decodes what it can of a document, read on one goroutine.
	fast *fastdecode.Decoder
	// spans tell, batch by batch, for each meeting of rec, where the
	// worker that decoded it put its bytes for the meeting store;
	// encoded, if not nil, holds the meetings of rec encoded for the
	// store.
	spans   [][]meetingstore.Span
	encoded *meetingstore.Encoding
	// sized is set for a reading sized by a first pass (see
	// sizedReading); flatSpans, in a reading that is not, holds the
	// spans of the batches, one after another, in place of spans.
	sized     bool
	flatSpans []meetingstore.Span
	// meetings, if not nil, encodes for the store each meeting of a
	// document once it is checked, and drops it; docSpans tell where.
	meetings *meetingEncoder
	docSpans []meetingstore.Span
	// v1 folds the problems that follow from a document of amity/v1.
	v1 v1Problems
	// scan, if not nil, takes each entity of JSON Lines as it is merged,
	// instead of rec; scanned counts them.
	scan    func(Kind, any) error
	scanned int
	// copied counts the entities and spans of meetings copied when the
	// batches' lists were gathered: none in a sized reading of a file
	// whose lines all decoded (see sizedReading).
	copied int
}

func newReading(opts ReadOptions) *reading {
	rd := &reading{opts: opts.WithDefaults(), codecs: codecs()}
	rd.spots = make([][]spot, len(rd.codecs))
	rd.seen = make([]int, len(rd.codecs))
	rd.fast = rd.opts.fastDecoder()
	return rd
}

// after returns a reading of the lines that follow those rd has read: it
// holds rd's entities, where each lies, and how many of each kind rd
// saw, and nothing else, so rd must have found no problem, left no
// entity unread and encoded no meeting (see [reading.followable]). It
// shares no list with rd, whose entities it copies; the lists of the
// entities are shared, for reading only, so that several readings can
// follow rd at once.
func (rd *reading) after() *reading {
	next := newReading(rd.opts)
	for _, c := range next.codecs {
		part := rd.rec // gather takes the lists of its parts
		c.gather(&next.rec, []Records{part})
	}
	for i, s := range rd.spots {
		next.spots[i] = slices.Clone(s)
	}
	copy(next.seen, rd.seen)
	next.checked = rd.checked
	return next
}

// followable reports whether a reading can follow rd (see after): rd
// read every line, found no problem, left no entity unread and holds no
// meeting.
func (rd *reading) followable() bool {
	return !rd.stopped && len(rd.errs) == 0 && len(rd.unread) == 0 &&
		len(rd.rec.Meetings) == 0 && (rd.encoded == nil || rd.encoded.Len() == 0) && rd.scan == nil
}

// fastDecoder returns a fast decoder with the limits of o.
func (o ReadOptions) fastDecoder() *fastdecode.Decoder {
	return fastdecode.New(o.MaxDepth, o.MaxStringBytes)
}

// fail records a problem on line.
func (rd *reading) fail(line int, fe amity.FieldError) {
	fe.Line = line
	rd.add(line, fe)
}

// failAt records a problem on line, at column col (0 if not known).
func (rd *reading) failAt(line, col int, fe amity.FieldError) {
	fe.Column = col
	rd.fail(line, fe)
}

// add records fes, problems found on line, as long as there are no more
// than opts.MaxProblems in all. At the first problem past the limit it
// sets stopped, and records nothing more.
func (rd *reading) add(line int, fes ...amity.FieldError) {
	if rd.stopped {
		return
	}
	fes = rd.v1.filter(fes)
	room := rd.opts.MaxProblems - len(rd.errs)
	if len(fes) <= room {
		rd.errs = append(rd.errs, fes...)
		return
	}
	rd.errs = append(rd.errs, fes[:room]...)
	rd.stopped, rd.stopLine = true, cmp.Or(fes[room].Line, line)
}

// problems returns the problems rd found, ended by that of the limit if
// reading stopped at it.
func (rd *reading) problems() []amity.FieldError {
	rd.v1.fold(rd.errs, nil)
	if !rd.stopped {
		return rd.errs
	}
	return append(rd.errs, tooMany(rd.opts.MaxProblems, rd.stopLine))
}

// tooMany is the problem that ends a list cut at limit problems, the
// first problem left out lying on line.
func tooMany(limit, line int) amity.FieldError {
	problems := " problems"
	if limit == 1 {
		problems = " problem"
	}
	return amity.FieldError{Kind: amity.KindTooLarge, Line: line,
		Detail: "more than " + strconv.Itoa(limit) + problems + "; the rest are not reported"}
}

// noteUnread remembers ids, the IDs of an entity on line that failed to
// decode, unless an entity on an earlier line has them.
func (rd *reading) noteUnread(ids []string, line int) {
	for _, id := range ids {
		if _, seen := rd.unread[id]; !seen {
			if rd.unread == nil {
				rd.unread = map[string]int{}
			}
			rd.unread[id] = line
		}
	}
}

// unreadIDs returns the IDs that data, an entity of kind k (or of a kind
// not known, "") that failed to decode, has as far as they can be read:
// the string value of its top-level "id" and, in an official or a
// meeting, that of each object in its "posts" or "statements". It reads
// tolerantly, whatever the problem of the entity, up to the first syntax
// error, and keeps only IDs of the form [amity.ValidID] allows, the
// first of each object.
func unreadIDs(data []byte, k Kind) []string {
	inner := ""
	switch k {
	case KindOfficial:
		inner = "posts"
	case KindMeeting:
		inner = "statements"
	}
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	ids, _ := objectIDs(dec, inner, nil)
	return ids
}

// objectIDs reads an object from dec and appends to ids its "id" and, if
// list is not empty, the "id" of each object in its member list. It
// returns the error of dec that ended the reading, if any.
func objectIDs(dec *jsontext.Decoder, list string, ids []string) ([]string, error) {
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return ids, err
	}
	found := false
	for dec.PeekKind() != '}' {
		name, err := dec.ReadToken()
		if err != nil {
			return ids, err
		}
		switch n := name.String(); {
		case n == "id" && !found && dec.PeekKind() == '"':
			v, err := dec.ReadToken()
			if err != nil {
				return ids, err
			}
			found = true
			if id := v.String(); amity.ValidID(id) {
				ids = append(ids, id)
			}
		case n == list && list != "" && dec.PeekKind() == '[':
			if _, err := dec.ReadToken(); err != nil {
				return ids, err
			}
			for k := dec.PeekKind(); k != ']'; k = dec.PeekKind() {
				if k == '{' {
					ids, err = objectIDs(dec, "", ids)
				} else {
					err = dec.SkipValue()
				}
				if err != nil {
					return ids, err
				}
			}
			if _, err := dec.ReadToken(); err != nil {
				return ids, err
			}
		default:
			if err := dec.SkipValue(); err != nil {
				return ids, err
			}
		}
	}
	_, err := dec.ReadToken()
	return ids, err
}

// decode decodes data, an entity of the kind of codec ci found on line,
// starting at column col (0 if not known), and depth levels deep, into
// rd's records, and records where it was, or the problem it has.
func (rd *reading) decode(ci int, data []byte, line, col, depth int, asLine bool) {
	c := rd.codecs[ci]
	index := rd.seen[ci]
	rd.seen[ci]++
	err := c.decode(&rd.rec, data, rd.fast, rd.opts.entity(depth, line, col, amity.NewPath(c.list).Index(index)), asLine, 0)
	if err != nil {
		fes := amity.Errors(err)
		rd.add(line, fes...)
		// The references to it are told in its problem, by that
		// problem's line: the line of the bad value, in a document not
		// always the line the entity starts on.
		at := line
		if len(fes) > 0 && fes[0].Line > 0 {
			at = fes[0].Line
		}
		rd.noteUnread(unreadIDs(data, c.kind), at)
		return
	}
	rd.spots[ci] = append(rd.spots[ci], spot{int32(line), int32(index)})
	if asLine || !rd.checked {
		return
	}
	// In a document an entity spans lines: its own rules are checked
	// while its bytes are at hand, so that each problem is put on the
	// line of the value it is about.
	if fes := c.check(&rd.rec, c.len(&rd.rec)-1); len(fes) > 0 {
		for i := range fes {
			fes[i].Line, fes[i].Column = valuePos(data, fes[i].Path, line, col)
		}
		rd.add(line, amity.Prefix(amity.NewPath(c.list).Index(index), fes)...)
	}
	if rd.meetings != nil && c.kind == KindMeeting {
		rd.docSpans = append(rd.docSpans, rd.meetings.encodeLast(&rd.rec))
	}
}

// valuePos returns the line and column where the value at path p within
// data, one JSON value that starts on line at column col, starts; the
// line and column of data itself if p is empty or not in data. A column
// is 0 where it is not known: on the first line of data when col is 0.
func valuePos(data []byte, p amity.Path, line, col int) (int, int) {
	off := max(jsoncodec.ValueOffsets(data, []string{jsoncodec.Pointer(p)})[0], 0)
	l, c := jsoncodec.LineColumn(data, off, col)
	return line + l - 1, c
}

// dataset builds a Dataset of rd's records with New, and returns it if
// there were no problems. Otherwise it returns every problem: those of
// decoding, and those New found, each placed on the line of the entity
// its path starts with, all in the order of their lines, and no more
// than opts.MaxProblems of them (see [ReadOptions]). If reading stopped
// at that limit, New is not called.
func (rd *reading) dataset() (*Dataset, error) {
	return rd.finish(true)
}

// validate checks what rd holds as dataset does, and builds no Dataset.
func (rd *reading) validate() error {
	_, err := rd.finish(false)
	return err
}

// records returns the number of top-level entities rd decoded.
func (rd *reading) records() int {
	n := rd.rec.Len()
	if rd.encoded != nil {
		n += rd.encoded.Len()
	}
	return n
}

// finish is dataset, which builds the Dataset only if keep is set.
func (rd *reading) finish(keep bool) (*Dataset, error) {
	if rd.stopped {
		slices.SortStableFunc(rd.errs, func(a, b amity.FieldError) int { return cmp.Compare(a.Line, b.Line) })
		return nil, amity.AsError(rd.problems())
	}
	// The checks of the whole keep only the problems that can be
	// reported: the first in order of line, the reader's first.
	found := &sink{limit: rd.opts.MaxProblems, locate: rd.locate}
	first := found.reserve(uint64(len(rd.errs)))
	d, err := build(rd.rec, !rd.checked, keep && len(rd.errs) == 0, rd.unread, rd.encoded, found)
	switch {
	case err == nil && len(rd.errs) == 0:
		return d, nil
	case err != nil && amity.Errors(err) == nil:
		return nil, err
	}
	// The references to an entity that could not be read are told in
	// the first problem of its line, or in that of the schema of amity/v1.
	rd.v1.fold(rd.errs, found.followOn)
	for line, n := range found.followOn {
		if i := slices.IndexFunc(rd.errs, func(fe amity.FieldError) bool { return fe.Line == line }); i >= 0 {
			rd.errs[i].Detail += "; and " + strconv.Itoa(n) + " reference" + map[bool]string{true: "s"}[n > 1] + " to it, not reported on their own"
		}
	}
	found.addPlacedAt(first, rd.errs)
	errs := found.list()
	if limit := rd.opts.MaxProblems; len(errs) > limit {
		errs = append(errs[:limit:limit], tooMany(limit, errs[limit].Line))
	}
	return nil, amity.AsError(errs)
}

// locate gives fe, a problem New found, the line of the entity its path
// starts with, and makes the path's index that of the entity in the
// file. (The two differ after an entity of the same kind failed to
// decode; indexes in the detail of fe are left as New gave them.)
func (rd *reading) locate(fe amity.FieldError) amity.FieldError {
	list, _ := fe.Path.Elem(0)
	at, ok := fe.Path.Elem(1)
	ci := rd.codecForList(list.Name)
	if !ok || !at.IsIndex() || ci < 0 || at.Index >= len(rd.spots[ci]) {
		return fe
	}
	spot := rd.spots[ci][at.Index]
	fe.Line = int(spot.line)
	if int(spot.index) != at.Index {
		fe.Path = fe.Path.Set(1, amity.PathElem{Index: int(spot.index)})
	}
	if strings.Contains(fe.Detail, "[") {
		fe.Detail = rd.fileIndexes(fe.Detail)
	}
	return fe
}

// entityRef matches the path of an entity in the detail of a problem New
// found: "meetings[3585]".
var entityRef = regexp.MustCompile(`\b([a-z]+)\[([0-9]+)\]`)

// fileIndexes rewrites the paths of entities in detail, which count the
// entities New was given, to count the entities of the file, as locate
// does for the path of a problem.
func (rd *reading) fileIndexes(detail string) string {
	return entityRef.ReplaceAllStringFunc(detail, func(ref string) string {
		m := entityRef.FindStringSubmatch(ref)
		ci := rd.codecForList(m[1])
		i, err := strconv.Atoi(m[2])
		if ci < 0 || err != nil || i >= len(rd.spots[ci]) {
			return ref
		}
		return m[1] + "[" + strconv.Itoa(int(rd.spots[ci][i].index)) + "]"
	})
}

// emptyFile is the problem of a file with nothing to read.
func emptyFile() amity.FieldError {
	return amity.FieldError{Kind: amity.KindSyntax, Detail: "the file is empty"}
}

// decodeJSON reads a JSON document from r into a reading. Unless mode is
// decodeOnly, it also checks every entity that decodes by its own rules,
// and keeps each meeting only encoded for the store, as decodeJSONL does.
func decodeJSON(r io.Reader, opts ReadOptions, mode readMode) (*reading, error) {
	rd := newReading(opts)
	rd.checked = mode != decodeOnly
	if rd.meetings = newMeetingEncoder(0, mode); rd.meetings != nil {
		defer func() {
			if !rd.stopped {
				rd.encoded = meetingstore.Join([]*meetingstore.Encoder{rd.meetings.enc}, rd.docSpans)
			}
			rd.meetings, rd.docSpans = nil, nil
		}()
	}
	dr := lines.NewDocReader(r, rd.opts.MaxDocumentBytes)
	var head [3]byte
	n, err := io.ReadFull(dr, head[:])
	switch {
	case n == 0 && err == io.EOF:
		rd.fail(1, emptyFile())
		return rd, nil
	case errors.Is(err, lines.ErrTooLarge):
		rd.fail(1, tooLarge(rd.opts.MaxDocumentBytes))
		return rd, nil
	case err != nil && err != io.ErrUnexpectedEOF:
		return rd, err
	}
	skip := 0
	if fe, found, readOn := lines.BOMProblem(head[:n]); found {
		rd.fail(1, fe)
		if !readOn {
			return rd, nil
		}
		skip = len(lines.UTF8BOM)
		dr.StartLineAt(int64(skip))
	}
	// Duplicate names and invalid UTF-8 within an entity are left to the
	// entity's decoding, which reports them and goes on with the next;
	// the document's own members are checked for duplicates here.
	d := &docDecoder{rd: rd, dr: dr, skip: int64(skip),
		dec: jsontext.NewDecoder(io.MultiReader(bytes.NewReader(head[skip:n]), dr),
			jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))}
	return rd, d.document()
}

func tooLarge(max int64) amity.FieldError {
	return amity.FieldError{Kind: amity.KindTooLarge, Detail: "the document is larger than the limit of " + strconv.FormatInt(max, 10) + " bytes"}
}

// docDecoder decodes one document into rd.
type docDecoder struct {
	rd  *reading
	dr  *lines.DocReader
	dec *jsontext.Decoder
	// skip is the length of the byte-order mark the decoder does not
	// see: its offsets are those of dr less skip.
	skip int64
}

var documentType = reflect.TypeFor[document]()

// stop records err, which ended the reading at the decoder's offset, and
// returns nil, or err itself if it is an error of the reader.
func (d *docDecoder) stop(err error) error {
	if errors.Is(err, lines.ErrTooLarge) {
		d.rd.fail(d.dr.Lines()+1, tooLarge(d.rd.opts.MaxDocumentBytes))
		return nil
	}
	serr, ok := errors.AsType[*jsontext.SyntacticError](err)
	if !ok {
		return err
	}
	fe, off := jsoncodec.Translate(serr, nil, documentType)
	d.rd.failAt(d.line(int64(off)), d.column(int64(off)), fe)
	return nil
}

// line returns the line of the decoder's offset off, at or after its
// InputOffset, or before it by bytes without a line feed (the last byte
// of a token): the line feeds read are counted, and those from off to
// the end of what was read, which the decoder holds unread, taken away.
// The decoder has taken in every byte read once it has read anything:
// the few bytes of the document's head, then what it reads itself.
func (d *docDecoder) line(off int64) int {
	ahead := d.dec.UnreadBuffer()
	ahead = ahead[min(max(off-d.dec.InputOffset(), 0), int64(len(ahead))):]
	return d.dr.Lines() - lines.Count(ahead) + 1
}

// column returns the column of the decoder's offset off, or 0 if it is
// too far back in what was read to be known.
func (d *docDecoder) column(off int64) int {
	return d.dr.Column(off + d.skip)
}

// valueLine returns the line where v, the value the decoder has just
// read, starts.
func (d *docDecoder) valueLine(v jsontext.Value) int {
	return d.line(d.dec.InputOffset()) - lines.Count(v)
}

// valueColumn returns the column where v, the value the decoder has
// just read, starts, or 0 if it is not known.
func (d *docDecoder) valueColumn(v jsontext.Value) int {
	return d.column(d.dec.InputOffset() - int64(len(v)))
}

// nextColumn returns the column where the value the decoder is about to
// read starts, once PeekKind has found it: after the separators and
// white space it holds unread.
func (d *docDecoder) nextColumn() int {
	ahead := d.dec.UnreadBuffer()
	gap := 0
	for gap < len(ahead) && strings.IndexByte(" \t\r\n,:", ahead[gap]) >= 0 {
		gap++
	}
	return d.column(d.dec.InputOffset() + int64(gap))
}

func (d *docDecoder) document() error {
	rd, dec := d.rd, d.dec
	dec.PeekKind()
	col := d.nextColumn()
	tok, err := dec.ReadToken()
	switch {
	case err == io.EOF:
		rd.fail(d.line(dec.InputOffset()), emptyFile())
		return nil
	case err != nil:
		return d.stop(err)
	case tok.Kind() != '{':
		fe := amity.FieldError{Kind: amity.KindSyntax, Detail: "want an object, got " + jsoncodec.KindWord(tok.Kind())}
		rd.failAt(d.line(dec.InputOffset()-1), col, fe)
		return nil
	}
	start := d.line(dec.InputOffset() - 1)
	schema := false
	seen := map[string]bool{}
	for !rd.stopped && dec.PeekKind() != '}' {
		tok, err := dec.ReadToken()
		if err != nil {
			return d.stop(err)
		}
		name := tok.String()
		if seen[name] {
			err = d.duplicate(name)
		} else {
			seen[name] = true
			schema = schema || name == "schema"
			err = d.member(name)
		}
		if err != nil {
			return d.stop(err)
		}
	}
	if rd.stopped {
		return nil
	}
	if _, err := dec.ReadToken(); err != nil {
		return d.stop(err)
	}
	if !schema {
		rd.fail(start, amity.Required(amity.NewPath("schema"), "want "+strconv.Quote(Schema)))
	}
	return d.end()
}

// duplicate reads the value of name, a member of the document given
// before, and records the problem. It returns the error of the decoder
// that ends the reading, if any.
func (d *docDecoder) duplicate(name string) error {
	v, err := d.dec.ReadValue()
	if err != nil {
		return err
	}
	d.rd.failAt(d.valueLine(v), d.valueColumn(v), amity.FieldError{Path: amity.NewPath(amity.Clip(name)), Kind: amity.KindSyntax,
		Detail: "duplicate key " + strconv.Quote(amity.Clip(name))})
	return nil
}

// member reads the value of name, a member of the document: the schema,
// or a list of entities, which it decodes into the reading, and records
// what is wrong with it. It returns the error of the decoder that ends
// the reading, if any; it stops early, with none, once the reading has
// stopped at the limit of problems.
func (d *docDecoder) member(name string) error {
	rd, dec := d.rd, d.dec
	c := rd.codecForList(name)
	if c >= 0 && dec.PeekKind() == '[' {
		return d.list(c)
	}
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	line, col := d.valueLine(v), d.valueColumn(v)
	fail := func(fe amity.FieldError) { rd.failAt(line, col, fe) }
	switch {
	case name == "schema" && v.Kind() != '"':
		fe := jsoncodec.WrongType("a string", v)
		fe.Path = amity.NewPath("schema")
		fail(fe)
	case name == "schema" && unquote(v) != Schema:
		fe := jsoncodec.WrongType("a string", v)
		fe.Path, fe.Kind, fe.Detail = amity.NewPath("schema"), amity.KindInvalid, "not a schema amity reads: want "+strconv.Quote(Schema)
		if unquote(v) == SchemaV1 {
			fe.Detail += " (upgrade the document with UpgradeJSON, or amity convert -upgrade)"
			fail(fe)
			rd.errs = rd.v1.declare(rd.errs)
			break
		}
		fail(fe)
	case name == "schema":
	case c >= 0:
		fe := jsoncodec.WrongType("a list", v)
		fe.Path = amity.NewPath(name)
		fail(fe)
	default:
		fail(amity.FieldError{Path: amity.NewPath(amity.Clip(name)), Kind: amity.KindSyntax, Detail: "unknown field " + strconv.Quote(amity.Clip(name))})
	}
	return nil
}

// list reads a list of entities of the kind of codec c, and decodes each
// into the reading. It returns the error of the decoder that ends the
// reading, if any; it stops early, with none, once the reading has
// stopped at the limit of problems.
func (d *docDecoder) list(c int) error {
	dec := d.dec
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	for dec.PeekKind() != ']' {
		col := d.nextColumn()
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		d.rd.decode(c, v, d.valueLine(v), col, 2, false)
		if d.rd.stopped {
			return nil
		}
	}
	_, err := dec.ReadToken()
	return err
}

// end checks that nothing but white space follows the document.
func (d *docDecoder) end() error {
	d.dec.PeekKind()
	col := d.nextColumn()
	switch _, err := d.dec.ReadToken(); {
	case err == io.EOF:
		return nil
	case err == nil:
		d.rd.failAt(d.line(d.dec.InputOffset()-1), col, afterEnd())
	case errors.Is(err, lines.ErrTooLarge):
		return d.stop(err)
	default:
		serr, ok := errors.AsType[*jsontext.SyntacticError](err)
		if !ok {
			return err
		}
		d.rd.failAt(d.line(serr.ByteOffset), d.column(serr.ByteOffset), afterEnd())
	}
	return nil
}

func afterEnd() amity.FieldError {
	return amity.FieldError{Kind: amity.KindSyntax, Detail: "data after the end of the document"}
}

// unquote returns the string v holds, or "" if v is not a well-formed
// string.
func unquote(v jsontext.Value) string {
	s, err := jsontext.AppendUnquote(nil, v)
	if err != nil {
		return ""
	}
	return string(s)
}

package relations

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/jsonx"
	"github.com/amitydata/amity/orgs"
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
// is a last line without a line end. r is read as a stream, a line at a
// time: memory holds the current line and the records decoded, never the
// file.
//
// Reading is strict, as for [DecodeJSON], and checks no rule of the
// entities and no cross-reference: [ReadJSONL] does. A line with a
// problem is reported with its number (the first problem of the line:
// its entity is left out), and reading goes on with the next line, so
// that every bad line is reported at once, each problem as an
// [amity.FieldError] in one [*amity.ValidationError]. Problems of a line:
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
	rd, err := decodeJSONL(r, opts)
	if err != nil {
		return rd.rec, err
	}
	return rd.rec, amity.AsError(rd.errs)
}

// ReadJSONL reads amity's JSON Lines from r as [DecodeJSONL] does, and
// builds a [Dataset] of what it holds with [New]. Its error is one
// [*amity.ValidationError] listing every problem, those of decoding and
// those New finds in what decoded, each with the line of the entity it
// concerns, in the order of their lines. In the problems New finds, the
// index in the path is the entity's index in the file, as in
// [DecodeJSONL]; indexes quoted in their details count only the entities
// that decoded, and differ from it only after a line of the same kind
// failed. An error that is not a ValidationError comes from r.
func ReadJSONL(r io.Reader, opts ReadOptions) (*Dataset, error) {
	rd, err := decodeJSONL(r, opts)
	if err != nil {
		return nil, err
	}
	return rd.dataset()
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
func WriteJSONL(w io.Writer, r *Records) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := jsonx.NewEncoder(bw, "")
	for _, c := range codecs() {
		if err := c.write(enc, r, true); err != nil {
			return fmt.Errorf("relations: writing JSON Lines: %w", err)
		}
	}
	return bw.Flush()
}

func decodeJSONL(r io.Reader, opts ReadOptions) (*reading, error) {
	rd := newReading(opts)
	lr := newLineReader(r, rd.opts.MaxLineBytes)
	for n := 1; ; n++ {
		line, size, err := lr.next()
		switch {
		case err == io.EOF:
			if n == 1 {
				rd.fail(1, emptyFile())
			}
			return rd, nil
		case err != nil:
			return rd, fmt.Errorf("relations: reading line %d: %w", n, err)
		}
		if n == 1 {
			if fe, found, goOn := bomProblem(line); found {
				rd.fail(1, fe)
				if !goOn {
					return rd, nil
				}
				line, size = line[len(utf8BOM):], size-len(utf8BOM)
			}
		}
		rd.line(line, n, size)
	}
}

// line decodes line n of JSON Lines, of size bytes (line holds only its
// first bytes if it is longer than the limit).
func (rd *reading) line(line []byte, n, size int) {
	if size > rd.opts.MaxLineBytes {
		fe := amity.FieldError{Kind: amity.KindTooLarge,
			Detail: "a line of " + strconv.Itoa(size) + " bytes, longer than the limit of " + strconv.Itoa(rd.opts.MaxLineBytes)}
		if k, ok := fastKind(line); ok {
			if c, ok := rd.codecFor(Kind(k)); ok {
				fe.Path = amity.Index(c.list, rd.seen[c.list])
				rd.seen[c.list]++
			}
		}
		rd.fail(n, fe)
		return
	}
	if blank(line) {
		rd.fail(n, amity.FieldError{Kind: amity.KindSyntax, Detail: "an empty line: every line holds one entity"})
		return
	}
	kind, ok := fastKind(line)
	if !ok {
		v, err := rd.opts.entity(0, n, "").Member(line, EntityKey)
		switch {
		case err != nil:
			rd.errs = append(rd.errs, amity.Errors(err)...)
			return
		case v == nil:
			rd.fail(n, amity.FieldError{Path: EntityKey, Kind: amity.KindRequired, Detail: "the kind of entity the line holds"})
			return
		case v.Kind() != '"':
			fe := jsonx.WrongType("a string", v)
			fe.Path = EntityKey
			rd.fail(n, fe)
			return
		}
		kind = unquote(v)
	}
	c, ok := rd.codecFor(Kind(kind))
	if !ok {
		rd.fail(n, amity.FieldError{Path: EntityKey, Kind: amity.KindInvalid, Value: amity.Clip(kind), Detail: unknownKind(Kind(kind))})
		return
	}
	rd.decode(c, line, n, 0, true)
}

// fastKind returns the kind of entity on line when the line starts the
// way amity writes it, {"entity":"KIND", and false otherwise.
func fastKind(line []byte) (string, bool) {
	const prefix = `{"` + EntityKey + `":"`
	if len(line) < len(prefix) || string(line[:len(prefix)]) != prefix {
		return "", false
	}
	rest := line[len(prefix):]
	for i, c := range rest {
		switch c {
		case '"':
			return string(rest[:i]), true
		case '\\':
			return "", false
		}
	}
	return "", false
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

// blank reports whether line holds nothing but JSON white space.
func blank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// lineReader reads lines, holding at most one line, and of a line longer
// than its limit only the first bytes.
type lineReader struct {
	br  *bufio.Reader
	max int
	buf []byte
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, min(max+2, 64<<10)), max: max}
}

// next returns the next line without its line end ("\n", or "\r\n"),
// and its size in bytes. A line longer than the limit comes as its first
// bytes only. After the last line, next returns io.EOF.
func (l *lineReader) next() ([]byte, int, error) {
	chunk, err := l.br.ReadSlice('\n')
	switch {
	case err == nil || err == io.EOF && len(chunk) > 0:
		line := trimEOL(chunk)
		return line, len(line), nil
	case err != bufio.ErrBufferFull:
		return nil, 0, err // io.EOF after the last line, or an error of the reader
	}
	// A line longer than the buffer: gather it, up to the limit.
	l.buf = append(l.buf[:0], chunk...)
	size := len(chunk)
	for {
		prev := chunk[len(chunk)-1]
		chunk, err = l.br.ReadSlice('\n')
		size += len(chunk)
		if len(l.buf) <= l.max+1 {
			l.buf = append(l.buf, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == nil:
			// Leave out the line end, "\n" or "\r\n".
			size--
			if len(chunk) >= 2 && chunk[len(chunk)-2] == '\r' || len(chunk) == 1 && prev == '\r' {
				size--
			}
		case err != io.EOF:
			return nil, 0, err
		}
		return l.buf[:min(size, len(l.buf))], size, nil
	}
}

// trimEOL returns b without a final "\n" or "\r\n".
func trimEOL(b []byte) []byte {
	b, ok := bytes.CutSuffix(b, []byte{'\n'})
	if ok {
		b, _ = bytes.CutSuffix(b, []byte{'\r'})
	}
	return b
}

// The wrappers of entities on a line of JSON Lines: the kind, then the
// entity's own members, inlined.
type (
	sourceLine struct {
		Entity       Kind `json:"entity"`
		amity.Source `json:",inline"`
	}
	stateLine struct {
		Entity     Kind `json:"entity"`
		orgs.State `json:",inline"`
	}
	ministryLine struct {
		Entity        Kind `json:"entity"`
		orgs.Ministry `json:",inline"`
	}
	organizationLine struct {
		Entity            Kind `json:"entity"`
		orgs.Organization `json:",inline"`
	}
	officialLine struct {
		Entity        Kind `json:"entity"`
		orgs.Official `json:",inline"`
	}
	visitLine struct {
		Entity       Kind `json:"entity"`
		events.Visit `json:",inline"`
	}
	meetingLine struct {
		Entity         Kind `json:"entity"`
		events.Meeting `json:",inline"`
	}
	initiativeLine struct {
		Entity     Kind `json:"entity"`
		Initiative `json:",inline"`
	}
	tieLine struct {
		Entity Kind `json:"entity"`
		Tie    `json:",inline"`
	}
)

// codecs returns the codecs of the top-level kinds, in the order of
// [Kinds] and of the fields of [Records].
func codecs() []codec {
	return []codec{
		newCodec(KindSource, func(r *Records) *[]amity.Source { return &r.Sources },
			func(v *amity.Source) string { return string(v.ID) },
			func(k Kind, v *amity.Source) *sourceLine { return &sourceLine{k, *v} },
			func(l *sourceLine) *amity.Source { return &l.Source }),
		newCodec(KindState, func(r *Records) *[]orgs.State { return &r.States },
			func(v *orgs.State) string { return string(v.ID) },
			func(k Kind, v *orgs.State) *stateLine { return &stateLine{k, *v} },
			func(l *stateLine) *orgs.State { return &l.State }),
		newCodec(KindMinistry, func(r *Records) *[]orgs.Ministry { return &r.Ministries },
			func(v *orgs.Ministry) string { return string(v.ID) },
			func(k Kind, v *orgs.Ministry) *ministryLine { return &ministryLine{k, *v} },
			func(l *ministryLine) *orgs.Ministry { return &l.Ministry }),
		newCodec(KindOrganization, func(r *Records) *[]orgs.Organization { return &r.Organizations },
			func(v *orgs.Organization) string { return string(v.ID) },
			func(k Kind, v *orgs.Organization) *organizationLine { return &organizationLine{k, *v} },
			func(l *organizationLine) *orgs.Organization { return &l.Organization }),
		newCodec(KindOfficial, func(r *Records) *[]orgs.Official { return &r.Officials },
			func(v *orgs.Official) string { return string(v.ID) },
			func(k Kind, v *orgs.Official) *officialLine { return &officialLine{k, *v} },
			func(l *officialLine) *orgs.Official { return &l.Official }),
		newCodec(KindVisit, func(r *Records) *[]events.Visit { return &r.Visits },
			func(v *events.Visit) string { return string(v.ID) },
			func(k Kind, v *events.Visit) *visitLine { return &visitLine{k, *v} },
			func(l *visitLine) *events.Visit { return &l.Visit }),
		newCodec(KindMeeting, func(r *Records) *[]events.Meeting { return &r.Meetings },
			func(v *events.Meeting) string { return string(v.ID) },
			func(k Kind, v *events.Meeting) *meetingLine { return &meetingLine{k, *v} },
			func(l *meetingLine) *events.Meeting { return &l.Meeting }),
		newCodec(KindInitiative, func(r *Records) *[]Initiative { return &r.Initiatives },
			func(v *Initiative) string { return string(v.ID) },
			func(k Kind, v *Initiative) *initiativeLine { return &initiativeLine{k, *v} },
			func(l *initiativeLine) *Initiative { return &l.Initiative }),
		newCodec(KindTie, func(r *Records) *[]Tie { return &r.Ties },
			func(v *Tie) string { return string(v.ID) },
			func(k Kind, v *Tie) *tieLine { return &tieLine{k, *v} },
			func(l *tieLine) *Tie { return &l.Tie }),
	}
}

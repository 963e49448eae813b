package relations

import (
	"bytes"
	"fmt"
	"iter"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/deepcopy"
	"github.com/amitydata/amity/internal/fastdecode"
	"github.com/amitydata/amity/internal/fastencode"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/internal/jsonfield"
	"github.com/amitydata/amity/orgs"
)

// codec reads, checks and writes the entities of one top-level kind.
type codec struct {
	kind Kind
	// list is the JSON name of the kind's list in Records.
	list string
	// entityCodec does what depends on the Go type of the kind's
	// entities.
	entityCodec
}

// entityCodec is what a codec does with the entities of its kind;
// [codecOf] implements it for each type of entity.
type entityCodec interface {
	// len returns the number of entities of the kind in r, and idAt the
	// ID of entity i.
	len(r *Records) int
	idAt(r *Records, i int) string
	// decode decodes data, one entity of the kind depth levels deep, and
	// appends it to r's list: with the fast decoder f if it takes data,
	// else with the strict decoder and o. As a line of JSON Lines, data
	// carries the "entity" member too. The errors of o's decoding are
	// those it returns. If r's list has no room yet, it is made with room
	// for room entities.
	decode(r *Records, data []byte, f *fastdecode.Decoder, o jsoncodec.Options, line bool, room int) error
	// check returns the problems of entity i of the kind in r, as its
	// Validate method reports them; it asks the entity's Valid method
	// first, which is faster and builds no report.
	check(r *Records, i int) []amity.FieldError
	// gather appends to dst's list the lists of the kind in parts, in
	// order, and empties those; a list that lies in dst's array where
	// it is to go is not copied (see concatInPlace). It returns the
	// number of entities it copied.
	gather(dst *Records, parts []Records) int
	// reserve makes r's list of the kind, empty, with room for n
	// entities; capacity returns its room; and place sets part's list
	// of the kind to the n entities of that room from off, empty, for a
	// batch to decode into (see sizedReading).
	reserve(r *Records, n int)
	capacity(r *Records) int
	place(r, part *Records, off, n int)
	// keep leaves in r's list of the kind only its first n entities.
	keep(r *Records, n int)
	// share sets dst's list of the kind to src's, the same array.
	share(dst, src *Records)
	// write writes the entities of the kind in r, sorted by ID, to enc
	// with json v2: as lines of JSON Lines, or as elements of the
	// document's list.
	write(enc *jsontext.Encoder, r *Records, line bool) error
	// writeLines writes the entities of the kind in r, sorted by ID, to
	// w as lines of JSON Lines, with the fast encoder: the bytes of write.
	writeLines(w *lineWriter, r *Records) error
	// writeOne writes v, an entity of the kind (a T or a *T), to w as a
	// line of JSON Lines, as writeLines does, and returns its ID; it
	// reports false if v is of another type.
	writeOne(w *lineWriter, v any) (id string, ok bool, err error)
	// each calls yield with a pointer to a copy of each entity of the
	// kind in r, in order, until yield returns false; it reports whether
	// yield never did.
	each(r *Records, yield func(Kind, any) bool) bool
	// entityType returns the Go type of the kind's entities.
	entityType() reflect.Type
	// at returns a pointer to entity i of the kind in r, and idOf the
	// ID of v, a pointer to an entity of the kind.
	at(r *Records, i int) any
	idOf(v any) string
}

// entity is a type of top-level entity.
type entity interface {
	Validate() error
	Valid() bool
}

// codecOf is the entityCodec of the entities of type T, which a line of
// JSON Lines wraps in an L.
type codecOf[T entity, L any] struct {
	kind Kind
	// entities returns the list of the kind in r, and id the ID of v.
	entities func(r *Records) *[]T
	id       func(v *T) string
	// toLine wraps v in a line of kind k, and fromLine unwraps it.
	toLine   func(k Kind, v *T) *L
	fromLine func(l *L) *T
	// fast, if not nil, is the kind's fast decoder.
	fast func(d *fastdecode.Decoder, v *T, data []byte, depth int, prefix string) bool
	// encode is the kind's fast encoder: it appends v's object, starting
	// with prefix, and reports false if v has a string that is not valid
	// UTF-8 (see package fastencode).
	encode func(dst []byte, v *T, prefix string) ([]byte, bool)
	// prefix is how amity starts a line of the kind: {"entity":"KIND".
	prefix string
}

// newCodec returns the codec of the entities c describes.
func newCodec[T entity, L any](c *codecOf[T, L]) codec {
	c.prefix = `{"` + EntityKey + `":"` + string(c.kind) + `"`
	return codec{kind: c.kind, list: listName(reflect.TypeFor[Records](), reflect.TypeFor[T]()), entityCodec: c}
}

// listName returns the JSON name of the field of struct type t that holds
// a list of elem; it panics if there is none.
func listName(t, elem reflect.Type) string {
	for _, f := range jsonfield.Fields(t) {
		if ft := t.FieldByIndex(f.Index).Type; ft.Kind() == reflect.Slice && ft.Elem() == elem {
			return f.Name
		}
	}
	panic("relations: " + t.String() + " has no list of " + elem.String())
}

func (c *codecOf[T, L]) len(r *Records) int { return len(*c.entities(r)) }

func (c *codecOf[T, L]) idAt(r *Records, i int) string { return c.id(&(*c.entities(r))[i]) }

func (c *codecOf[T, L]) decode(r *Records, data []byte, f *fastdecode.Decoder, o jsoncodec.Options, line bool, room int) error {
	list := c.entities(r)
	if cap(*list) == 0 && room > 1 {
		*list = make([]T, 0, room)
	}
	if c.fast != nil && f != nil {
		depth, pre := o.Depth, ""
		if line {
			pre = c.prefix
		}
		// Decode in place, at the end of the list.
		l := append(*list, *new(T))
		if c.fast(f, &l[len(l)-1], data, depth, pre) {
			*list = l
			return nil
		}
		clear(l[len(l)-1:])
	}
	if line {
		var l L
		if err := o.Unmarshal(data, &l); err != nil {
			return err
		}
		*list = append(*list, *c.fromLine(&l))
		return nil
	}
	var v T
	if err := o.Unmarshal(data, &v); err != nil {
		return err
	}
	*list = append(*list, v)
	return nil
}

func (c *codecOf[T, L]) check(r *Records, i int) []amity.FieldError {
	v := (*c.entities(r))[i]
	if v.Valid() {
		return nil
	}
	return amity.Errors(v.Validate())
}

func (c *codecOf[T, L]) gather(dst *Records, parts []Records) int {
	lists := make([][]T, len(parts))
	for i := range parts {
		lists[i] = *c.entities(&parts[i])
		*c.entities(&parts[i]) = nil
	}
	list := c.entities(dst)
	var copied int
	*list, copied = concatInPlace(*list, lists)
	return copied
}

func (c *codecOf[T, L]) reserve(r *Records, n int) { *c.entities(r) = make([]T, 0, n) }

func (c *codecOf[T, L]) capacity(r *Records) int { return cap(*c.entities(r)) }

func (c *codecOf[T, L]) place(r, part *Records, off, n int) {
	*c.entities(part) = (*c.entities(r))[off : off : off+n]
}

func (c *codecOf[T, L]) share(dst, src *Records) { *c.entities(dst) = *c.entities(src) }

func (c *codecOf[T, L]) keep(r *Records, n int) {
	l := *c.entities(r)
	n = min(n, len(l)) // a reader that encodes the meetings keeps none
	clear(l[n:])
	*c.entities(r) = l[:n]
}

func (c *codecOf[T, L]) write(enc *jsontext.Encoder, r *Records, line bool) error {
	for p := range inIDOrder(*c.entities(r), c.id) {
		var err error
		if line {
			err = jsoncodec.MarshalEncode(enc, c.toLine(c.kind, p))
		} else {
			err = jsoncodec.MarshalEncode(enc, p)
		}
		if err != nil {
			return fmt.Errorf("%s %q: %w", c.kind, c.id(p), err)
		}
	}
	return nil
}

func (c *codecOf[T, L]) writeLines(w *lineWriter, r *Records) error {
	for p := range inIDOrder(*c.entities(r), c.id) {
		if err := c.writeLine(w, p); err != nil {
			return err
		}
	}
	return nil
}

func (c *codecOf[T, L]) writeOne(w *lineWriter, v any) (string, bool, error) {
	var p *T
	switch v := v.(type) {
	case T:
		p = &v
	case *T:
		p = v
	default:
		return "", false, nil
	}
	if p == nil {
		return "", false, nil
	}
	return c.id(p), true, c.writeLine(w, p)
}

func (c *codecOf[T, L]) entityType() reflect.Type { return reflect.TypeFor[T]() }

func (c *codecOf[T, L]) at(r *Records, i int) any { return &(*c.entities(r))[i] }

func (c *codecOf[T, L]) idOf(v any) string { return c.id(v.(*T)) }

func (c *codecOf[T, L]) each(r *Records, yield func(Kind, any) bool) bool {
	var b deepcopy.Buf // of the one type T: a Buf's arrays are typed
	for _, v := range *c.entities(r) {
		p := new(T)
		deepcopy.Into(p, v, &b)
		if !yield(c.kind, p) {
			return false
		}
	}
	return true
}

// writeLine writes v to w as a line of JSON Lines: with the fast encoder,
// or, if that declines v, with json v2, which then says what is wrong.
func (c *codecOf[T, L]) writeLine(w *lineWriter, v *T) error {
	if w.err != nil {
		return w.err
	}
	if b, ok := c.encode(w.buf, v, c.prefix); ok {
		w.buf = append(b, '\n')
		return w.added()
	}
	var buf bytes.Buffer
	if err := jsoncodec.MarshalEncode(jsoncodec.NewEncoder(&buf, ""), c.toLine(c.kind, v)); err != nil {
		return fmt.Errorf("%s %q: %w", c.kind, c.id(v), w.located(err))
	}
	w.buf = append(w.buf, buf.Bytes()...)
	return w.added()
}

// inIDOrder yields pointers to the elements of s, stably sorted by ID: in
// the order of s if it is sorted already, else through a sorted copy of
// the pointers.
func inIDOrder[T any](s []T, id func(*T) string) iter.Seq[*T] {
	return func(yield func(*T) bool) {
		sorted := true
		for i := 1; i < len(s) && sorted; i++ {
			sorted = id(&s[i-1]) <= id(&s[i])
		}
		if sorted {
			for i := range s {
				if !yield(&s[i]) {
					return
				}
			}
			return
		}
		p := make([]*T, len(s))
		for i := range s {
			p[i] = &s[i]
		}
		slices.SortStableFunc(p, func(a, b *T) int { return strings.Compare(id(a), id(b)) })
		for _, v := range p {
			if !yield(v) {
				return
			}
		}
	}
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
	groupLine struct {
		Entity     Kind `json:"entity"`
		orgs.Group `json:",inline"`
	}
	agreementLine struct {
		Entity                Kind `json:"entity"`
		cooperation.Agreement `json:",inline"`
	}
	eventLine struct {
		Entity                    Kind `json:"entity"`
		cooperation.CulturalEvent `json:",inline"`
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
		Entity                 Kind `json:"entity"`
		cooperation.Initiative `json:",inline"`
	}
	tieLine struct {
		Entity          Kind `json:"entity"`
		cooperation.Tie `json:",inline"`
	}
)

// codecs returns the codecs of the top-level kinds, in the order of
// [Kinds] and of the fields of [Records]: the table from which every list
// of the top-level kinds is made. It is made once; callers must not
// change it.
var codecs = sync.OnceValue(newCodecs)

// codecFor returns the codec of k, and false if k is not a top-level
// kind.
func codecFor(k Kind) (codec, bool) {
	for _, c := range codecs() {
		if c.kind == k {
			return c, true
		}
	}
	return codec{}, false
}

func newCodecs() []codec {
	return []codec{
		newCodec(&codecOf[amity.Source, sourceLine]{kind: KindSource,
			entities: func(r *Records) *[]amity.Source { return &r.Sources },
			id:       func(v *amity.Source) string { return string(v.ID) },
			toLine:   func(k Kind, v *amity.Source) *sourceLine { return &sourceLine{k, *v} },
			fromLine: func(l *sourceLine) *amity.Source { return &l.Source },
			fast:     (*fastdecode.Decoder).Source,
			encode:   fastencode.AppendSource}),
		newCodec(&codecOf[orgs.State, stateLine]{kind: KindState,
			entities: func(r *Records) *[]orgs.State { return &r.States },
			id:       func(v *orgs.State) string { return string(v.ID) },
			toLine:   func(k Kind, v *orgs.State) *stateLine { return &stateLine{k, *v} },
			fromLine: func(l *stateLine) *orgs.State { return &l.State },
			fast:     (*fastdecode.Decoder).State,
			encode:   fastencode.AppendState}),
		newCodec(&codecOf[orgs.Ministry, ministryLine]{kind: KindMinistry,
			entities: func(r *Records) *[]orgs.Ministry { return &r.Ministries },
			id:       func(v *orgs.Ministry) string { return string(v.ID) },
			toLine:   func(k Kind, v *orgs.Ministry) *ministryLine { return &ministryLine{k, *v} },
			fromLine: func(l *ministryLine) *orgs.Ministry { return &l.Ministry },
			fast:     (*fastdecode.Decoder).Ministry,
			encode:   fastencode.AppendMinistry}),
		newCodec(&codecOf[orgs.Organization, organizationLine]{kind: KindOrganization,
			entities: func(r *Records) *[]orgs.Organization { return &r.Organizations },
			id:       func(v *orgs.Organization) string { return string(v.ID) },
			toLine:   func(k Kind, v *orgs.Organization) *organizationLine { return &organizationLine{k, *v} },
			fromLine: func(l *organizationLine) *orgs.Organization { return &l.Organization },
			fast:     (*fastdecode.Decoder).Organization,
			encode:   fastencode.AppendOrganization}),
		newCodec(&codecOf[orgs.Official, officialLine]{kind: KindOfficial,
			entities: func(r *Records) *[]orgs.Official { return &r.Officials },
			id:       func(v *orgs.Official) string { return string(v.ID) },
			toLine:   func(k Kind, v *orgs.Official) *officialLine { return &officialLine{k, *v} },
			fromLine: func(l *officialLine) *orgs.Official { return &l.Official },
			fast:     (*fastdecode.Decoder).Official,
			encode:   fastencode.AppendOfficial}),
		newCodec(&codecOf[orgs.Group, groupLine]{kind: KindGroup,
			entities: func(r *Records) *[]orgs.Group { return &r.Groups },
			id:       func(v *orgs.Group) string { return string(v.ID) },
			toLine:   func(k Kind, v *orgs.Group) *groupLine { return &groupLine{k, *v} },
			fromLine: func(l *groupLine) *orgs.Group { return &l.Group },
			fast:     (*fastdecode.Decoder).Group,
			encode:   fastencode.AppendGroup}),
		newCodec(&codecOf[events.Visit, visitLine]{kind: KindVisit,
			entities: func(r *Records) *[]events.Visit { return &r.Visits },
			id:       func(v *events.Visit) string { return string(v.ID) },
			toLine:   func(k Kind, v *events.Visit) *visitLine { return &visitLine{k, *v} },
			fromLine: func(l *visitLine) *events.Visit { return &l.Visit },
			fast:     (*fastdecode.Decoder).Visit,
			encode:   fastencode.AppendVisit}),
		newCodec(&codecOf[events.Meeting, meetingLine]{kind: KindMeeting,
			entities: func(r *Records) *[]events.Meeting { return &r.Meetings },
			id:       func(v *events.Meeting) string { return string(v.ID) },
			toLine:   func(k Kind, v *events.Meeting) *meetingLine { return &meetingLine{k, *v} },
			fromLine: func(l *meetingLine) *events.Meeting { return &l.Meeting },
			fast:     (*fastdecode.Decoder).Meeting,
			encode:   fastencode.AppendMeeting}),
		newCodec(&codecOf[cooperation.Initiative, initiativeLine]{kind: KindInitiative,
			entities: func(r *Records) *[]cooperation.Initiative { return &r.Initiatives },
			id:       func(v *cooperation.Initiative) string { return string(v.ID) },
			toLine:   func(k Kind, v *cooperation.Initiative) *initiativeLine { return &initiativeLine{k, *v} },
			fromLine: func(l *initiativeLine) *cooperation.Initiative { return &l.Initiative },
			fast:     (*fastdecode.Decoder).Initiative,
			encode:   fastencode.AppendInitiative}),
		newCodec(&codecOf[cooperation.Tie, tieLine]{kind: KindTie,
			entities: func(r *Records) *[]cooperation.Tie { return &r.Ties },
			id:       func(v *cooperation.Tie) string { return string(v.ID) },
			toLine:   func(k Kind, v *cooperation.Tie) *tieLine { return &tieLine{k, *v} },
			fromLine: func(l *tieLine) *cooperation.Tie { return &l.Tie },
			fast:     (*fastdecode.Decoder).Tie,
			encode:   fastencode.AppendTie}),
		newCodec(&codecOf[cooperation.Agreement, agreementLine]{kind: KindAgreement,
			entities: func(r *Records) *[]cooperation.Agreement { return &r.Agreements },
			id:       func(v *cooperation.Agreement) string { return string(v.ID) },
			toLine:   func(k Kind, v *cooperation.Agreement) *agreementLine { return &agreementLine{k, *v} },
			fromLine: func(l *agreementLine) *cooperation.Agreement { return &l.Agreement },
			fast:     (*fastdecode.Decoder).Agreement,
			encode:   fastencode.AppendAgreement}),
		newCodec(&codecOf[cooperation.CulturalEvent, eventLine]{kind: KindEvent,
			entities: func(r *Records) *[]cooperation.CulturalEvent { return &r.Events },
			id:       func(v *cooperation.CulturalEvent) string { return string(v.ID) },
			toLine:   func(k Kind, v *cooperation.CulturalEvent) *eventLine { return &eventLine{k, *v} },
			fromLine: func(l *eventLine) *cooperation.CulturalEvent { return &l.CulturalEvent },
			fast:     (*fastdecode.Decoder).CulturalEvent,
			encode:   fastencode.AppendCulturalEvent}),
	}
}

package meetingstore

import (
	"fmt"
	"reflect"
	"slices"
	"unsafe"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/jsoncodec"
)

// The fields of the types a Store encodes one by one, in the
// order of its bytes. Any other field of these types — one added to the
// type — is held in the tail of the value's bytes, as JSON (see tail):
// the store holds every field, and gives a field of its own only to those
// that are worth the code.
var (
	meetingTail     = newTail[events.Meeting]("ID", "Title", "Date", "Place", "Host", "Participants", "Topics", "Statements", "Visit", "Codes", "Summary", "Sources", "FieldSources", "Commission", "Session", "Note")
	participantTail = newTail[events.Participant]("State", "Official", "Post", "Group", "Role")
	statementTail   = newTail[events.Statement]("ID", "Speakers", "SpeakersInferred", "Verb", "Summary", "Quote", "Topics", "Sources", "Groups", "BySource")
	codeTail        = newTail[events.EventCode]("CAMEO", "PLOVER", "Mode")
)

// tail holds, in the bytes of a value of type T, the fields of T that the
// store does not encode one by one: as the JSON of a struct of those
// fields alone, with their tags, or as an empty text when they are all
// zero. A type whose every field the store encodes has no tail, and takes
// no byte for it.
type tail[T any] struct {
	// fields are the indexes of the fields of T in the tail, and typ the
	// struct type of those fields.
	fields []int
	typ    reflect.Type
	// spans are where the fields of the tail lie in a T: the offset and
	// size of each, in bytes.
	spans [][2]uintptr
}

// newTail returns the tail of T, whose fields known the store encodes one
// by one. It panics if T has no field of one of those names: the list is
// the store's own, and a test reads it.
func newTail[T any](known ...string) *tail[T] {
	t := reflect.TypeFor[T]()
	var x tail[T]
	var fields []reflect.StructField
	for f := range t.Fields() {
		if !slices.Contains(known, f.Name) {
			x.fields = append(x.fields, f.Index[0])
			x.spans = append(x.spans, [2]uintptr{f.Offset, f.Type.Size()})
			fields = append(fields, reflect.StructField{Name: f.Name, Type: f.Type, Tag: f.Tag})
		}
	}
	for _, name := range known {
		if _, ok := t.FieldByName(name); !ok {
			panic(fmt.Sprintf("meetingstore: the store encodes %v.%s, which has no such field", t, name))
		}
	}
	if len(fields) > 0 {
		x.typ = reflect.StructOf(fields)
	}
	return &x
}

// has reports whether T has fields in its tail. Callers ask before they
// call the other methods, which take their values through reflection and
// so onto the heap: a type without a tail costs nothing.
func (x *tail[T]) has() bool { return x.typ != nil }

// encode appends the tail of *v to b's bytes. A value whose tail is all
// zero, as most are, is told without reflection, a copy or an
// allocation.
func (x *tail[T]) encode(b *Encoder, v *T) {
	if x.zero(v) {
		b.text("")
		return
	}
	b.text(x.json(*v))
}

// zero reports whether the bytes of the fields of the tail of *v are all
// zero, which makes each field its zero value. (The converse may fail,
// for the padding of a struct, and json then tells.) It reads the bytes
// rather than the fields through reflection, which would take v to the
// heap.
func (x *tail[T]) zero(v *T) bool {
	for _, s := range x.spans {
		for _, c := range unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(v), s[0])), s[1]) {
			if c != 0 {
				return false
			}
		}
	}
	return true
}

// json returns the JSON of the tail of v, "" if its fields are all zero.
func (x *tail[T]) json(v T) string {
	src, dst := reflect.ValueOf(&v).Elem(), reflect.New(x.typ).Elem()
	for i, f := range x.fields {
		dst.Field(i).Set(src.Field(f))
	}
	if dst.IsZero() {
		return ""
	}
	data, err := jsoncodec.Marshal(dst.Interface())
	if err != nil {
		// The values of a dataset are valid, and valid values encode.
		panic("meetingstore: encoding the fields " + x.typ.String() + " for the store: " + err.Error())
	}
	return string(data)
}

// decode sets the fields of the tail of *v from r, which stands at it,
// unless r rebuilds bare meetings: it then leaves them zero. An empty
// tail, as most are, costs no copy of *v.
func (x *tail[T]) decode(r *reader, v *T) {
	if data := r.text(); data != "" && !r.bare {
		*v = x.set(data, *v)
	}
}

// set returns v with the fields of its tail set from data, the JSON json
// returns. The values share no memory with data.
func (x *tail[T]) set(data string, v T) T {
	if data == "" {
		return v
	}
	p := reflect.New(x.typ)
	if err := jsoncodec.Unmarshal([]byte(data), p.Interface()); err != nil {
		panic("meetingstore: decoding the fields " + x.typ.String() + " of the store: " + err.Error())
	}
	dst := reflect.ValueOf(&v).Elem()
	for i, f := range x.fields {
		dst.Field(f).Set(p.Elem().Field(i))
	}
	return v
}

// skip moves r past the tail of a value.
func (x *tail[T]) skip(r *reader) {
	if x.has() {
		r.skipText()
	}
}

package relations_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// The differential tests of the fast encoder of JSON Lines: WriteJSONL
// and JSONLWriter, which write with package fastencode, against
// WriteJSONLV2, which writes with json v2's reflection as WriteJSONL did
// before it: the same bytes, and the same error where there is one.

// sameLines fails t if WriteJSONL and WriteJSONLV2 write r differently, or
// fail differently; it reports whether they failed.
func sameLines(t *testing.T, name string, r *relations.Records) bool {
	t.Helper()
	var got, want bytes.Buffer
	gotErr := relations.WriteJSONL(&got, r)
	wantErr := relations.WriteJSONLV2(&want, r)
	switch {
	case (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error():
		t.Errorf("%s: WriteJSONL: %v, json v2: %v", name, gotErr, wantErr)
	case gotErr != nil:
		return true
	case !bytes.Equal(got.Bytes(), want.Bytes()):
		t.Errorf("%s: WriteJSONL and json v2 write different bytes:\n%s", name, firstDiff(got.Bytes(), want.Bytes()))
	}
	return wantErr != nil
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got  %q\n want %q", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

// TestFastEncodeDatasets compares the encoders on the example data, the
// every-field dataset, and a generated archive with every field set. (The
// signing dataset, of internal/formattest, is compared in the tests of
// internal/fastencode.)
func TestFastEncodeDatasets(t *testing.T) {
	meetings := 20000
	if testing.Short() {
		meetings = 2000
	}
	f, err := os.Open(filepath.Join("..", "schema", "testdata", "all-fields.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	allFields, err := relations.DecodeJSON(f, relations.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []struct {
		name string
		r    relations.Records
	}{
		{"azernews", azernews.Records()},
		{"kplnews", kplnews.Records()},
		{"all fields", allFields},
		{"generated", synth.Generate(synth.Config{Seed: 5, Meetings: meetings, EveryField: true})},
	} {
		if sameLines(t, d.name, &d.r) {
			t.Errorf("%s: an error for valid records", d.name)
		}
	}
}

// TestFastEncodeStream compares JSONLWriter, fed the stream of a generated
// archive, with WriteJSONLV2 of the same archive: the stream comes kind by
// kind in ID order, so the bytes are the same.
func TestFastEncodeStream(t *testing.T) {
	c := synth.Config{Seed: 9, Meetings: 3000, EveryField: true}
	var got, want bytes.Buffer
	w := relations.NewJSONLWriter(&got)
	for k, v := range synth.Stream(c) {
		if err := w.Write(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	r := synth.Generate(c)
	if err := relations.WriteJSONLV2(&want, &r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("JSONLWriter and json v2 write different bytes:\n%s", firstDiff(got.Bytes(), want.Bytes()))
	}
}

// TestFastEncodeRandom compares the encoders on random entities of every
// kind, every field set or not at random, with strings made of the
// characters json v2 escapes and of others, and, in one run out of four,
// bytes that are not UTF-8; and compares JSONLWriter with them entity by
// entity.
func TestFastEncodeRandom(t *testing.T) {
	runs := 400
	if testing.Short() {
		runs = 50
	}
	failed := 0
	for seed := range uint64(runs) {
		f := newRandomEntities(seed, seed%4 == 3, "")
		r := f.records(3)
		if sameLines(t, fmt.Sprintf("seed %d", seed), &r) {
			failed++
		}
		sameWriter(t, seed, &r)
	}
	if failed == 0 || failed == runs {
		t.Errorf("%d runs of %d failed on bytes that are not UTF-8: the test does not try both", failed, runs)
	}
}

// sameWriter fails t if JSONLWriter writes an entity of r differently from
// WriteJSONLV2 of records that hold only the entity.
func sameWriter(t *testing.T, seed uint64, r *relations.Records) {
	t.Helper()
	rv := reflect.ValueOf(r).Elem()
	for i, k := range topLevelKinds() {
		list := rv.Field(i)
		for j := range list.Len() {
			var one relations.Records
			reflect.ValueOf(&one).Elem().Field(i).Set(list.Slice(j, j+1))
			var got, want bytes.Buffer
			w := relations.NewJSONLWriter(&got)
			gotErr := w.Write(k, list.Index(j).Interface())
			if gotErr == nil {
				gotErr = w.Flush()
			}
			wantErr := relations.WriteJSONLV2(&want, &one)
			switch {
			case (gotErr == nil) != (wantErr == nil):
				t.Errorf("seed %d, %s %d: JSONLWriter: %v, json v2: %v", seed, k, j, gotErr, wantErr)
			case gotErr == nil && !bytes.Equal(got.Bytes(), want.Bytes()):
				t.Errorf("seed %d, %s %d: JSONLWriter and json v2 write different bytes:\n%s", seed, k, j, firstDiff(got.Bytes(), want.Bytes()))
			}
		}
	}
}

// topLevelKinds returns the kinds of the lists of Records, in their order.
func topLevelKinds() []relations.Kind {
	var out []relations.Kind
	for _, k := range relations.Kinds() {
		if k.TopLevel() {
			out = append(out, k)
		}
	}
	if n := reflect.TypeFor[relations.Records]().NumField(); len(out) != n {
		panic(fmt.Sprintf("%d top-level kinds for %d lists of Records", len(out), n))
	}
	return out
}

// FuzzFastEncode compares the encoders on random entities whose strings
// are made of escapePieces of s and of the characters json v2 escapes.
func FuzzFastEncode(f *testing.F) {
	for _, s := range []string{"", "plain", "<a href=\"x\">&amp;</a>", "\u2028\u2029\x00\x1f\x7f", "K\u0259rimov \U0001F600 \u202e\u0645\u0631\u062d\u0628\u0627", "\xff\xfe", "\xed\xa0\x80"} {
		f.Add(uint64(len(s)), s)
	}
	f.Fuzz(func(t *testing.T, seed uint64, s string) {
		r := newRandomEntities(seed, false, s).records(1)
		sameLines(t, "fuzzed", &r)
	})
}

// randomEntities fills values of any type of entity at random, with
// strings made of pieces.
type randomEntities struct {
	rng    *rand.Rand
	pieces []string
}

// escapePieces are what random strings are made of: the characters json v2
// escapes, characters of more than one byte, right-to-left text, and runs
// of plain text long enough for the encoder's eight bytes at a time.
var escapePieces = []string{
	"a", "Baku", "Anar Karimov", "meeting-000123", " ", "/", "'", "\"", "\\", "<", ">", "&",
	"\u2028", "\u2029", "\x00", "\x01", "\b", "\f", "\n", "\r", "\t", "\x1b", "\x1f", "\x7f",
	"\u00e9", "K\u0259rimov", "Y\u0131lmaz", "\U0001F600", "\u202e", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd",
	"\ufffd", "\u00a0", "\uffff", "\u2027", "\u202a", "\U0010FFFF",
	"The sides discussed cooperation in cinema, music and literature.",
}

// badUTF8Pieces are bytes that are not UTF-8: a lone byte, a sequence cut
// short, a surrogate, a code point past U+10FFFF, an overlong encoding.
var badUTF8Pieces = []string{"\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf"}

// newRandomEntities returns the random entities of seed: their strings
// hold bytes that are not UTF-8 if bad is set, and pieces of extra if it
// is not empty.
func newRandomEntities(seed uint64, bad bool, extra string) *randomEntities {
	f := &randomEntities{rng: rand.New(rand.NewPCG(seed, 0xe9c0de)), pieces: escapePieces}
	if bad {
		f.pieces = append(append([]string(nil), escapePieces...), badUTF8Pieces...)
	}
	for len(extra) > 0 {
		n := 1 + f.rng.IntN(len(extra))
		f.pieces = append(f.pieces, extra[:n])
		extra = extra[n:]
	}
	return f
}

// records returns up to n random entities of each kind.
func (f *randomEntities) records(n int) relations.Records {
	var r relations.Records
	rv := reflect.ValueOf(&r).Elem()
	for _, list := range rv.Fields() {
		list.Set(reflect.MakeSlice(list.Type(), 1+f.rng.IntN(n), n))
		for j := range list.Len() {
			f.fill(list.Index(j), 0)
		}
	}
	return r
}

var randomDateType = reflect.TypeFor[amity.Date]()

// fill sets v, of a type of amity's entities, at random, depth values
// deep in the entity.
func (f *randomEntities) fill(v reflect.Value, depth int) {
	switch t := v.Type(); {
	case t == randomDateType:
		v.Set(reflect.ValueOf(f.date()))
	case t.Kind() == reflect.String:
		v.SetString(f.string())
	case t.Kind() == reflect.Bool:
		v.SetBool(f.rng.IntN(2) == 0)
	case t.Kind() == reflect.Int:
		v.SetInt([]int64{0, 1, 7, -3, 1 << 40, -1 << 62}[f.rng.IntN(6)])
	case t.Kind() == reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() && (depth < 4 || f.rng.IntN(2) == 0) {
				f.fill(v.Field(i), depth+1)
			}
		}
	case t.Kind() == reflect.Slice:
		f.fillSlice(v, depth)
	case t.Kind() == reflect.Map:
		f.fillMap(v, depth)
	default:
		panic("randomEntities: a value of type " + t.String())
	}
}

// fillSlice sets v, a slice, to nil, to an empty slice, or to a few
// random elements.
func (f *randomEntities) fillSlice(v reflect.Value, depth int) {
	switch n := f.rng.IntN(6); {
	case n < 2 || depth > 4:
	case n == 2:
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	default:
		v.Set(reflect.MakeSlice(v.Type(), n-2, n-2))
		for i := range v.Len() {
			f.fill(v.Index(i), depth+1)
		}
	}
}

// fillMap sets v, a map, to nil, to an empty map, or to a few random
// members.
func (f *randomEntities) fillMap(v reflect.Value, depth int) {
	switch n := f.rng.IntN(6); {
	case n < 2 || depth > 4:
	case n == 2:
		v.Set(reflect.MakeMap(v.Type()))
	default:
		v.Set(reflect.MakeMap(v.Type()))
		for range n - 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			f.fill(k, depth+1)
			f.fill(e, depth+1)
			v.SetMapIndex(k, e)
		}
	}
}

// string returns a random string: empty, or made of up to six escapePieces.
func (f *randomEntities) string() string {
	var s strings.Builder
	for range f.rng.IntN(7) {
		s.WriteString(f.pieces[f.rng.IntN(len(f.pieces))])
	}
	return s.String()
}

// date returns a random date: zero, or of a year, a month or a day.
func (f *randomEntities) date() amity.Date {
	y, m, d := 1+f.rng.IntN(9999), 1+f.rng.IntN(12), 1+f.rng.IntN(28)
	switch f.rng.IntN(4) {
	case 0:
		return amity.Date{}
	case 1:
		return amity.MustParseDate(fmt.Sprintf("%04d", y))
	case 2:
		return amity.MustParseDate(fmt.Sprintf("%04d-%02d", y, m))
	}
	return amity.MustParseDate(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
}

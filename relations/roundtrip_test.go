package relations_test

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// recordsCopy returns r with every list copied, so that sorting the copy
// leaves r, which may belong to a Dataset, as it is.
func recordsCopy(r relations.Records) relations.Records {
	v := reflect.ValueOf(&r).Elem()
	for _, f := range v.Fields() {
		if f.Kind() == reflect.Slice && !f.IsNil() {
			c := reflect.MakeSlice(f.Type(), f.Len(), f.Len())
			reflect.Copy(c, f)
			f.Set(c)
		}
	}
	return r
}

// TestNoDataLost writes the example story and an archive of 10,000
// meetings as a document and as JSON Lines, reads each back with the
// strict reader, and writes it again: the bytes are the same, and the
// records read are those written (sorted by ID, as the writers sort
// them), in both formats.
func TestNoDataLost(t *testing.T) {
	datasets := []struct {
		name     string
		rec      relations.Records
		meetings int
	}{
		{"story", azernews.Records(), 2},
		{"synth-10000", synth.Generate(synth.Config{Seed: 1, Meetings: 10000, States: 50, Ministries: 200, Organizations: 100, Officials: 2000}), 10000},
	}
	for _, ds := range datasets {
		want := recordsCopy(ds.rec)
		ioSortRecords(&want)
		if len(ds.rec.Meetings) != ds.meetings {
			t.Fatalf("%s: %d meetings, want %d", ds.name, len(ds.rec.Meetings), ds.meetings)
		}
		read := map[string]relations.Records{}
		for _, f := range []fuzzFormat{fuzzDocument, fuzzLines} {
			t.Run(ds.name+"/"+f.name, func(t *testing.T) {
				in := recordsCopy(ds.rec)
				var first bytes.Buffer
				if err := f.write(&first, &in); err != nil {
					t.Fatalf("write: %v", err)
				}
				d, err := f.read(bytes.NewReader(first.Bytes()), relations.ReadOptions{})
				if err != nil {
					t.Fatalf("read: %v", err)
				}
				got := d.Records()
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("read(write(r)) differs from r sorted by ID (-want +got):\n%s", diff)
				}
				var second bytes.Buffer
				if err := f.write(&second, &got); err != nil {
					t.Fatalf("second write: %v", err)
				}
				if !bytes.Equal(first.Bytes(), second.Bytes()) {
					t.Errorf("write(read(write(r))) differs from write(r): %d and %d bytes, first difference at byte %d",
						first.Len(), second.Len(), firstDifference(first.Bytes(), second.Bytes()))
				}
				read[f.name] = got
			})
		}
		if diff := cmp.Diff(read[fuzzDocument.name], read[fuzzLines.name]); diff != "" {
			t.Errorf("%s reads differently from a document and from JSON Lines (-document +lines):\n%s", ds.name, diff)
		}
	}
}

func firstDifference(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// filler sets every exported field of a value to a value that is not
// zero and that the strict reader reads: strings unique and increasing
// (so that lists are already in the order of their IDs) holding what
// encoders escape, dates of each precision, true, two elements a list
// and two keys a map. A struct field without a JSON tag is an error:
// it would be written under its Go name.
type filler struct {
	errorf func(format string, args ...any)
	n      int
}

func (f *filler) next() int { f.n++; return f.n }

func (f *filler) fill(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("v%05d <&> é\u2028%s", f.next(), path))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(f.next()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(f.next()))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(f.next()) + 0.5)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		f.fill(v.Elem(), path)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			f.fill(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			f.errorf("%s: a map with keys of type %s, which JSON cannot hold", path, v.Type().Key())
			return
		}
		v.Set(reflect.MakeMap(v.Type()))
		for range 2 {
			k := reflect.New(v.Type().Key()).Elem()
			k.SetString(fmt.Sprintf("k%05d", f.next()))
			e := reflect.New(v.Type().Elem()).Elem()
			f.fill(e, path+"."+k.String())
			v.SetMapIndex(k, e)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[amity.Date]() {
			n := f.next()
			day := fmt.Sprintf("%04d-%02d-%02d", 1900+n%200, 1+n%12, 1+n%28)
			v.Set(reflect.ValueOf(amity.MustParseDate(day[:[]int{4, 7, 10}[n%3]])))
			return
		}
		for sf, fv := range v.Fields() {
			if !sf.IsExported() {
				continue
			}
			tag, ok := sf.Tag.Lookup("json")
			name, _, _ := strings.Cut(tag, ",")
			switch {
			case !ok:
				f.errorf("%s.%s has no JSON tag", path, sf.Name)
			case name == "-":
				f.errorf("%s.%s is not written (json:%q)", path, sf.Name, tag)
			}
			if name == "" {
				name = sf.Name
			}
			f.fill(fv, path+"."+name)
		}
	default:
		f.errorf("%s: cannot fill a value of kind %s", path, v.Kind())
	}
}

// TestEveryFieldSurvives fills every exported field of every entity of
// Records, by reflection, writes the records as a document and as JSON
// Lines, reads them back with the strict decoder, and compares: a field
// added to an entity, or a kind added to Records, without a place in the
// file formats fails here.
func TestEveryFieldSurvives(t *testing.T) {
	var want relations.Records
	(&filler{errorf: t.Errorf}).fill(reflect.ValueOf(&want).Elem(), "records")
	if unset := amitytest.UnsetFields(want); len(unset) > 0 {
		t.Errorf("the filler sets none of %v", unset)
	}
	for _, f := range []fuzzFormat{fuzzDocument, fuzzLines} {
		t.Run(f.name, func(t *testing.T) {
			in := recordsCopy(want)
			var buf bytes.Buffer
			if err := f.write(&buf, &in); err != nil {
				t.Fatalf("write: %v", err)
			}
			got, err := f.decode(bytes.NewReader(buf.Bytes()), relations.ReadOptions{})
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("decode(write(r)) differs from r (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFillerFindsMissingTags shows that TestEveryFieldSurvives fails for
// a field without a JSON tag, and for one left out of JSON.
func TestFillerFindsMissingTags(t *testing.T) {
	type entity struct {
		ID      string `json:"id"`
		NoTag   string
		Skipped string `json:"-"`
		Fn      func()
	}
	var got []string
	f := &filler{errorf: func(format string, args ...any) { got = append(got, fmt.Sprintf(format, args...)) }}
	var v entity
	f.fill(reflect.ValueOf(&v).Elem(), "e")
	want := []string{
		"e.NoTag has no JSON tag",
		`e.Skipped is not written (json:"-")`,
		"e.Fn has no JSON tag",
		"e.Fn: cannot fill a value of kind func",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

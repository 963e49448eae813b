package parquet

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// jsonl returns r as JSON Lines.
func jsonl(t *testing.T, r *relations.Records) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := relations.WriteJSONL(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestRoundTrip writes each dataset as Parquet tables, reads them back,
// and compares both the records and their JSON Lines, byte for byte.
func TestRoundTrip(t *testing.T) {
	meetings := 20_000
	if testing.Short() {
		meetings = 2_000
	}
	cases := []struct {
		name string
		r    relations.Records
	}{
		{"azerbaijan-iran", azernews.Records()},
		{"laos-cambodia", kplnews.Records()},
		{"synthetic", synth.Generate(synth.Config{Seed: 1, Meetings: meetings})},
	}
	for _, d := range formattest.AllDatasets(t) {
		cases = append(cases, struct {
			name string
			r    relations.Records
		}{d.Name, d.Records})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := jsonl(t, &tc.r)
			dir := t.TempDir()
			if err := WriteRecords(dir, &tc.r); err != nil {
				t.Fatal(err)
			}
			got, err := ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if b := jsonl(t, &got); !bytes.Equal(b, want) {
				t.Errorf("JSON Lines after Parquet differ:\n%s", cmp.Diff(string(want), string(b)))
			}
			// A Dataset of the records writes the same bytes.
			d, err := relations.New(got)
			if err != nil {
				t.Fatal(err)
			}
			fromDataset := t.TempDir()
			if err := WriteDataset(fromDataset, d); err != nil {
				t.Fatal(err)
			}
			sameFiles(t, dir, fromDataset)
		})
	}
}

// fill sets every field of v, recursively, to a value that is not zero,
// or for lists and maps, by variant: 0 two elements or more, 1 none but
// not nil, 2 nil. n numbers the strings.
func fill(v reflect.Value, variant int, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d é\x00", *n))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(-*n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Struct:
		if v.Type() == dateType {
			d := []string{"0001", "2022-06", "2022-06-20", "9999-12-31", "1969-12"}[*n%5]
			v.Set(reflect.ValueOf(amity.MustParseDate(d)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), variant, n)
			}
		}
	case reflect.Slice:
		switch variant {
		case 0:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range 2 {
				fill(v.Index(i), variant, n)
			}
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		}
	case reflect.Map:
		switch variant {
		case 0:
			v.Set(reflect.MakeMap(v.Type()))
			for k := range 3 {
				e := reflect.New(v.Type().Elem()).Elem()
				fill(e, k, n)
				v.SetMapIndex(reflect.ValueOf(fmt.Sprintf("k%d", 2-k)).Convert(v.Type().Key()), e)
			}
		case 1:
			v.Set(reflect.MakeMap(v.Type()))
		}
	default:
		panic(v.Type().String())
	}
}

// TestRoundTripEveryField fills every field of every kind, and lists and
// maps empty and nil, and reads back the same records.
func TestRoundTripEveryField(t *testing.T) {
	var r relations.Records
	rv := reflect.ValueOf(&r).Elem()
	n := 0
	for _, tb := range plan().tables {
		if tb.parent != nil {
			continue
		}
		list := rv.FieldByIndex(tb.list)
		for variant := range 3 {
			e := reflect.New(tb.typ).Elem()
			fill(e, variant, &n)
			e.FieldByIndex(tb.id).SetString(fmt.Sprintf("%s-%d", tb.kind, variant))
			list.Set(reflect.Append(list, e))
		}
	}
	dir := t.TempDir()
	if err := WriteRecords(dir, &r); err != nil {
		t.Fatal(err)
	}
	got, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(r, got); d != "" {
		t.Errorf("records differ (-want +got):\n%s", d)
	}
}

// sameFiles checks that directories a and b hold the same files, byte for
// byte.
func sameFiles(t *testing.T, a, b string) {
	t.Helper()
	for _, tb := range Tables() {
		fa, err := os.ReadFile(filepath.Join(a, tb.Name+".parquet"))
		if err != nil {
			t.Fatal(err)
		}
		fb, err := os.ReadFile(filepath.Join(b, tb.Name+".parquet"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fa, fb) {
			t.Errorf("%s.parquet differs", tb.Name)
		}
	}
}

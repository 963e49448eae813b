package parquet

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	pq "github.com/parquet-go/parquet-go"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// TestRoundTrip writes each dataset as Parquet tables, reads them back,
// and compares both the records and their JSON Lines, byte for byte.
func TestRoundTrip(t *testing.T) {
	meetings := 20_000
	if testing.Short() || raceDetector {
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
			want := formattest.Write(t, relations.WriteJSONL, &tc.r)
			dir := t.TempDir()
			if err := WriteRecords(dir, &tc.r); err != nil {
				t.Fatal(err)
			}
			got, err := ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if b := formattest.Write(t, relations.WriteJSONL, &got); !bytes.Equal(b, want) {
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
	case reflect.Float64:
		v.SetFloat(float64(*n) / 4)
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

// everyField returns records of three entities of each top-level kind,
// every field filled by fill, with its variants of lists and maps.
func everyField() relations.Records {
	var r relations.Records
	rv := reflect.ValueOf(&r).Elem()
	n := 0
	for _, tb := range plan().tables {
		if tb.parent != nil || tb.kind == "" {
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
	return r
}

// TestRoundTripEveryField fills every field of every kind, and lists and
// maps empty and nil, and reads back the same records.
func TestRoundTripEveryField(t *testing.T) {
	r := everyField()
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

// TestRow checks the rows Row finds against the rows ReadDir reads.
func TestRow(t *testing.T) {
	r := synth.Generate(synth.Config{Seed: 2, Meetings: 300})
	dir := t.TempDir()
	if err := WriteRecords(dir, &r); err != nil {
		t.Fatal(err)
	}
	var loc Locator
	if err := ScanDir(dir, func(k relations.Kind, v any) error { loc.Add(k, v); return nil }); err != nil {
		t.Fatal(err)
	}
	// Row and the Locator agree: on the paths below, and on the first
	// participant and statement of every meeting.
	agree := func(path string) {
		t.Helper()
		p, err := amity.ParsePath(path)
		if err != nil {
			t.Fatal(err)
		}
		t1, r1, ok1 := Row(&r, p)
		t2, r2, ok2 := loc.Row(p)
		if t1 != t2 || r1 != r2 || ok1 != ok2 {
			t.Errorf("%s: Row %s %d %v, Locator %s %d %v", path, t1, r1, ok1, t2, r2, ok2)
		}
	}
	for i := range r.Meetings {
		agree(fmt.Sprintf("meetings[%d].participants[0].state", i))
		agree(fmt.Sprintf("meetings[%d].statements[0]", i))
	}
	m := r.Meetings[200]
	if len(m.Participants) < 2 {
		t.Fatalf("meeting %s has %d participants", m.ID, len(m.Participants))
	}
	for _, tc := range []struct {
		path  string
		table string
		id    string // the ID the row holds in its first column
		pos   int    // the position a list's row holds, -1 for an entity
	}{
		{"meetings[200].date", "meetings", string(m.ID), -1},
		{"meetings[200]", "meetings", string(m.ID), -1},
		{"meetings[200].participants[1].state", "meetings_participants", string(m.ID), 1},
		{"meetings[200].participants[0]", "meetings_participants", string(m.ID), 0},
		{"meetings[200].topics[0]", "meetings", string(m.ID), -1},
		{"officials[3].posts[0].start", "officials_posts", string(r.Officials[3].ID), 0},
		{"states[0].local_names.fa", "states", string(r.States[0].ID), -1},
	} {
		p, err := amity.ParsePath(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		agree(tc.path)
		table, row, ok := Row(&r, p)
		if !ok || table != tc.table {
			t.Errorf("Row(%s) = %s, %d, %v; want table %s", tc.path, table, row, ok, tc.table)
			continue
		}
		id, pos := rowKey(t, dir, table, row)
		if id != tc.id || pos != tc.pos {
			t.Errorf("Row(%s) = %s row %d, which holds %s at %d; want %s at %d", tc.path, table, row, id, pos, tc.id, tc.pos)
		}
	}
	for _, bad := range []string{"meetings[300]", "meetings[200].participants[9]", "nothing[0]", "meetings"} {
		p, _ := amity.ParsePath(bad)
		agree(bad)
		if table, row, ok := Row(&r, p); ok {
			t.Errorf("Row(%s) = %s, %d, true; want false", bad, table, row)
		}
	}
}

// rowKey returns the first column of row n of table name, and its position
// column if it is a table of lists (else -1).
func rowKey(t *testing.T, dir, name string, n int) (string, int) {
	t.Helper()
	var tb *table
	for _, x := range plan().tables {
		if x.name == name {
			tb = x
		}
	}
	tf, err := openTable(dir, tb)
	if err != nil {
		t.Fatal(err)
	}
	defer tf.f.Close()
	id, pos := "", -1
	err = tf.rows(func(row pq.Row, k int) error {
		if k == n {
			id = string(row[0].ByteArray())
			if tb.parent != nil {
				pos = int(row[1].Int32())
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return id, pos
}

// TestCAMEOTable reads back the table of CAMEO codes.
func TestCAMEOTable(t *testing.T) {
	dir := t.TempDir()
	if err := WriteRecords(dir, &relations.Records{}); err != nil {
		t.Fatal(err)
	}
	tb := plan().tables[len(plan().tables)-1]
	if tb.name != CAMEOTable {
		t.Fatalf("the last table is %s", tb.name)
	}
	tf, err := openTable(dir, tb)
	if err != nil {
		t.Fatal(err)
	}
	defer tf.f.Close()
	var got []cameoRow
	err = tf.rows(func(row pq.Row, _ int) error {
		var c cameoRow
		_, _, err := tb.decodeRow(row, reflect.ValueOf(&c).Elem(), nil)
		got = append(got, c)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := cameoRows()
	if len(want) == 0 || len(want) != len(events.CAMEOCodes()) {
		t.Fatalf("%d rows for %d codes", len(want), len(events.CAMEOCodes()))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("cameo_codes (-want +got):\n%s", d)
	}
}

// TestScanDir checks that ScanDir hands over the records ReadDir reads,
// kind by kind, and stops when told.
func TestScanDir(t *testing.T) {
	r := synth.Generate(synth.Config{Seed: 6, Meetings: 500})
	dir := t.TempDir()
	if err := WriteRecords(dir, &r); err != nil {
		t.Fatal(err)
	}
	want, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got relations.Records
	rv := reflect.ValueOf(&got).Elem()
	err = ScanDir(dir, func(k relations.Kind, v any) error {
		list := rv.FieldByIndex(plan().top[k].list)
		list.Set(reflect.Append(list, reflect.ValueOf(v).Elem()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("ScanDir (-ReadDir +ScanDir):\n%s", d)
	}
	stop := errors.New("enough")
	n := 0
	if err := ScanDir(dir, func(relations.Kind, any) error {
		if n++; n == 5 {
			return stop
		}
		return nil
	}); err != stop || n != 5 {
		t.Errorf("after %d entities: %v", n, err)
	}
}

// TestReadDirListsOutOfStep gives a meetings table the participants of
// other meetings: the error names the participants' file and row.
func TestReadDirListsOutOfStep(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(r *relations.Records)
		want   string
	}{
		{"one participant fewer", func(r *relations.Records) {
			r.Meetings[0].Participants = r.Meetings[0].Participants[:1]
		}, `meetings_participants.parquet: row 2: meeting_id "karimov-imanipur-2022", position 0: want the row of meeting "karimov-ismaili-2022" at 1 (participants_count 2 on row 1 of meetings.parquet)`},
		{"meetings swapped", func(r *relations.Records) {
			r.Meetings[0], r.Meetings[1] = r.Meetings[1], r.Meetings[0]
		}, `meetings_participants.parquet: row 1: meeting_id "karimov-imanipur-2022", position 0: want the row of meeting "karimov-ismaili-2022" at 0`},
		{"one participant more", func(r *relations.Records) {
			r.Meetings[1].Participants = append(r.Meetings[1].Participants, r.Meetings[1].Participants[0])
		}, `meetings_participants.parquet: row 5: meeting_id "karimov-imanipur-2022": no row of meetings.parquet holds it there`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := azernews.Records()
			dir := t.TempDir()
			if err := WriteRecords(dir, &r); err != nil {
				t.Fatal(err)
			}
			other := azernews.Records()
			tc.change(&other)
			odir := t.TempDir()
			if err := WriteRecords(odir, &other); err != nil {
				t.Fatal(err)
			}
			copyFile(t, filepath.Join(odir, "meetings_participants.parquet"), filepath.Join(dir, "meetings_participants.parquet"))
			_, err := ReadDir(dir)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ReadDir: %v\nwant an error with %s", err, tc.want)
			}
		})
	}
}

// TestReadDirRefuses checks the rules ReadDir keeps on files it did not
// write: each case breaks one.
func TestReadDirRefuses(t *testing.T) {
	story := azernews.Records()
	for _, tc := range []struct {
		name  string
		spoil func(t *testing.T, dir string)
		want  string
		// rowsPerByte, if not 0, is the bound of rows a byte.
		rowsPerByte int64
	}{
		{"a table missing", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, "visits.parquet")); err != nil {
				t.Fatal(err)
			}
		}, "parquet: table visits: open ", 0},
		{"another table's columns", func(t *testing.T, dir string) {
			copyFile(t, filepath.Join(dir, "states.parquet"), filepath.Join(dir, "ministries.parquet"))
		}, "ministries.parquet: not the columns of table ministries", 0},
		{"not a Parquet file", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, "sources.parquet"), []byte("PAR1 and nothing"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "sources.parquet: ", 0},
		{"more rows than bytes can hold", func(t *testing.T, dir string) {
			// States of no value but an empty ID compress to almost
			// nothing: over 4 rows a byte, the bound of this case.
			odir := t.TempDir()
			if err := WriteRecords(odir, &relations.Records{States: make([]orgs.State, 1<<16)}); err != nil {
				t.Fatal(err)
			}
			copyFile(t, filepath.Join(odir, "states.parquet"), filepath.Join(dir, "states.parquet"))
		}, "more than 4 rows a byte", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.rowsPerByte != 0 {
				defer func(n int64) { maxRowsPerByte = n }(maxRowsPerByte)
				maxRowsPerByte = tc.rowsPerByte
			}
			dir := t.TempDir()
			if err := WriteRecords(dir, &story); err != nil {
				t.Fatal(err)
			}
			tc.spoil(t, dir)
			if _, err := ReadDir(dir); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ReadDir: %v\nwant an error with %q", err, tc.want)
			}
		})
	}
}

// TestDecodeRefuses checks the rules of decoding a row and a date that
// no writer of the table breaks: a date that is not the first day of its
// precision, an unknown precision, a map key twice, a negative length.
func TestDecodeRefuses(t *testing.T) {
	for _, tc := range []struct {
		day       int32
		precision string
		want      string
	}{
		{days(amity.MustParseDate("2022-06-20")), "month", "2022-06-20 is not the first day of a date of precision month"},
		{days(amity.MustParseDate("2022-06")), "year", "2022-06-01 is not the first day of a date of precision year"},
		{days(amity.MustParseDate("2022")), "week", `precision "week"`},
	} {
		if _, err := dateOf(tc.day, tc.precision); err == nil || err.Error() != tc.want {
			t.Errorf("dateOf(%d, %s): %v, want %s", tc.day, tc.precision, err, tc.want)
		}
	}
	if d, err := dateOf(days(amity.MustParseDate("2022-06")), "month"); err != nil || d != amity.MustParseDate("2022-06") {
		t.Errorf("dateOf of 2022-06: %v, %v", d, err)
	}

	// The row of a state with two local names, then with its second key
	// made the first, and with a negative count of a list.
	states, officials := plan().top[relations.KindState], plan().top[relations.KindOfficial]
	// The values of v's row, in the order of their columns.
	row := func(tb *table, v any) pq.Row {
		cols := make([][]pq.Value, tb.leaves)
		tb.appendRow(cols, reflect.ValueOf(v).UnsafePointer(), "", 0)
		return slices.Concat(cols...)
	}
	s := &orgs.State{ID: "AZ", Names: amity.Names{Name: "Azerbaijan", LocalNames: map[string]string{"az": "Azərbaycan", "fa": "آذربایجان"}}}
	r := row(states, s)
	var got orgs.State
	if _, _, err := states.decodeRow(r, reflect.ValueOf(&got).Elem(), nil); err != nil || !cmp.Equal(got, *s) {
		t.Fatalf("the row of %+v reads as %+v, %v", *s, got, err)
	}
	for i, v := range r {
		if string(v.ByteArray()) == "fa" {
			r[i] = pq.ByteArrayValue([]byte("az")).Level(v.RepetitionLevel(), v.DefinitionLevel(), v.Column())
		}
	}
	if _, _, err := states.decodeRow(r, reflect.ValueOf(new(orgs.State)).Elem(), nil); err == nil || !strings.Contains(err.Error(), `local_names: key "az" twice`) {
		t.Errorf("a key twice: %v", err)
	}
	o := &orgs.Official{ID: "o", Posts: []orgs.Post{{ID: "p"}}}
	r = row(officials, o)
	for i, v := range r {
		if officials.cols[0].leaf <= v.Column() && v.Kind() == pq.Int32 && v.Int32() == 1 {
			r[i] = pq.Int32Value(-1).Level(v.RepetitionLevel(), v.DefinitionLevel(), v.Column())
		}
	}
	counts := map[*table][]int32{}
	if _, _, err := officials.decodeRow(r, reflect.ValueOf(new(orgs.Official)).Elem(), counts); err == nil || !strings.Contains(err.Error(), "posts_count: -1") {
		t.Errorf("a negative count: %v", err)
	}
}

// copyFile copies the file from to the file to.
func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

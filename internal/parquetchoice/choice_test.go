package parquetchoice

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// archive returns a synthetic archive of PARQUET_MEETINGS meetings
// (100,000 if unset), made once.
var archive = sync.OnceValue(func() relations.Records {
	n := 100_000
	if s := os.Getenv("PARQUET_MEETINGS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	return synth.Generate(synth.Config{Seed: 3, Meetings: n})
})

// TestBothWriteTheSameRows checks that each library reads back, from the
// file the other wrote, the rows written: the two are measured writing
// the same thing.
func TestBothWriteTheSameRows(t *testing.T) {
	r := synth.Generate(synth.Config{Seed: 1, Meetings: 2000, States: 20, Ministries: 40, Organizations: 20, Officials: 200})
	meetings, parts := Rows(r.Meetings)
	sameRows(t, "meetings", meetings)
	sameRows(t, "participants", parts)
}

// sameRows checks that parquet-go reads back the rows arrow-go wrote, and
// arrow-go as many rows as parquet-go wrote.
func sameRows[T any](t *testing.T, table string, rows []T) {
	var pg, ar bytes.Buffer
	if err := WriteParquetGo(&pg, rows); err != nil {
		t.Fatal(err)
	}
	if err := WriteArrow(&ar, rows); err != nil {
		t.Fatal(err)
	}
	got, err := ReadParquetGo[T](bytes.NewReader(ar.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rows, got); diff != "" {
		t.Errorf("parquet-go reading arrow-go's %s (-want +got):\n%s", table, diff)
	}
	if n, err := ArrowRows(bytes.NewReader(pg.Bytes())); err != nil || n != int64(len(rows)) {
		t.Errorf("arrow-go reading parquet-go's %s: %d rows, %v; want %d", table, n, err, len(rows))
	}
}

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// BenchmarkWrite writes the meetings and participants tables of the
// archive with each library, and, for scale, the archive's meetings as
// JSON Lines with amity's writer. It reports the time a meeting and the
// bytes of the output a meeting.
func BenchmarkWrite(b *testing.B) {
	r := archive()
	meetings, parts := Rows(r.Meetings)
	n := float64(len(meetings))
	run := func(name string, write func(w io.Writer) error) {
		b.Run(name, func(b *testing.B) {
			var size int64
			b.ReportAllocs()
			for b.Loop() {
				w := &countingWriter{}
				if err := write(w); err != nil {
					b.Fatal(err)
				}
				size = w.n
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/meeting")
			b.ReportMetric(float64(size)/n, "B-out/meeting")
		})
	}
	run("table=meetings/lib=parquet-go", func(w io.Writer) error { return WriteParquetGo(w, meetings) })
	run("table=meetings/lib=arrow-go", func(w io.Writer) error { return WriteArrow(w, meetings) })
	run("table=participants/lib=parquet-go", func(w io.Writer) error { return WriteParquetGo(w, parts) })
	run("table=participants/lib=arrow-go", func(w io.Writer) error { return WriteArrow(w, parts) })
	only := relations.Records{Meetings: r.Meetings}
	run("table=meetings/lib=jsonl", func(w io.Writer) error { return relations.WriteJSONL(w, &only) })
}

package parquet

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// BenchmarkWrite writes the same synthetic archive as JSON Lines (the
// baseline) and as Parquet tables, to files: AMITY_BENCH_MEETINGS
// meetings, 20,000 by default. It reports the time and the bytes written
// per meeting.
//
//	AMITY_BENCH_MEETINGS=1000000 go test -run '^$' -bench Write -benchtime 1x -count 5 ./relations/parquet/
func BenchmarkWrite(b *testing.B) {
	n := 20_000
	if s := os.Getenv("AMITY_BENCH_MEETINGS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	r := synth.Generate(synth.Config{Seed: 3, Meetings: n})
	dir := b.TempDir()
	b.Run("format=jsonl", func(b *testing.B) {
		file := filepath.Join(dir, "archive.jsonl")
		for b.Loop() {
			f, err := os.Create(file)
			if err != nil {
				b.Fatal(err)
			}
			w := bufio.NewWriterSize(f, 1<<20)
			if err := relations.WriteJSONL(w, &r); err != nil {
				b.Fatal(err)
			}
			if err := w.Flush(); err != nil {
				b.Fatal(err)
			}
			if err := f.Close(); err != nil {
				b.Fatal(err)
			}
		}
		report(b, n, file)
	})
	b.Run("format=parquet", func(b *testing.B) {
		tables := filepath.Join(dir, "archive.parquet")
		for b.Loop() {
			if err := WriteRecords(tables, &r); err != nil {
				b.Fatal(err)
			}
		}
		report(b, n, tables)
	})
}

// report reports the time and the bytes of path, a file or a directory of
// files, per meeting of n.
func report(b *testing.B, n int, path string) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/meeting")
	size := int64(0)
	files, _ := filepath.Glob(filepath.Join(path, "*"))
	if len(files) == 0 {
		files = []string{path}
	}
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += st.Size()
	}
	b.ReportMetric(float64(size)/float64(n), "B/meeting")
}

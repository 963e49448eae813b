package relations_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/amitydata/amity/internal/naive"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// The archive benchmarks read, check, index and write a generated archive
// (internal/synth, seed 3) of AMITY_BENCH_MEETINGS meetings, default
// 20,000, with its world of 200 states, 1,000 ministries, 500
// organizations and 20,000 officials, a visit per 10 meetings (a quarter
// of them with a delegation), an initiative per 20, an agreement per 50
// and a cultural event per 40. Each runs amity beside the baseline of
// package internal/naive — encoding/json, validator.Struct per record,
// slices, a map of IDs — so that one run gives the ratio:
//
//	go test -run '^$' -bench Scale -count 6 ./relations/ | tee scale.txt
//	AMITY_BENCH_MEETINGS=1000000 go test -run '^$' -bench Scale -benchtime 1x -count 6 -timeout 2h ./relations/
//
// BENCHMARKS.md holds the results. The query benchmarks, each beside a
// linear scan, are in query_bench_test.go.

// scaleSeed is the seed of the benchmark archive: at a million meetings
// and below, its archives are valid.
const scaleSeed = 3

// scaleArchive is the benchmark archive, as a file of JSON Lines, and,
// once a benchmark has asked for them (see records), as records decoded
// from it. The archive is read from the file, as amity validate reads
// it, not held in memory: held in the heap, its bytes (730 MB at a
// million meetings) would set the collector's pace, which lets the heap
// grow to twice what is live before it collects, and the reading
// benchmarks would measure the memory of the benchmark, not of the
// reader. The records stay out of the heap until asked for, so that the
// reading benchmarks, which run first, pay no collector's work for them.
type scaleArchive struct {
	path     string
	size     int64
	meetings int
	decoded  sync.Once
	rec      relations.Records
	// mixedArchive is a with its lines mixed (see mixed), made once.
	mix          sync.Once
	mixedArchive *scaleArchive
}

// read calls f with the archive's file, open for the call.
func (a *scaleArchive) read(b *testing.B, f func(io.Reader)) {
	file, err := os.Open(a.path)
	if err != nil {
		b.Fatal(err)
	}
	defer file.Close()
	f(file)
}

// records returns the records of a.
func (a *scaleArchive) records(b *testing.B) *relations.Records {
	a.decoded.Do(func() {
		a.read(b, func(r io.Reader) {
			rec, err := relations.DecodeJSONL(r, relations.ReadOptions{})
			if err != nil {
				b.Fatal(err)
			}
			a.rec = rec
		})
	})
	return &a.rec
}

// scaleArchives holds the archives of a process, by size, in the
// directory dir, which TestMain removes.
var scaleArchives = struct {
	sync.Mutex
	dir string
	m   map[int]*scaleArchive
}{m: map[int]*scaleArchive{}}

// TestMain removes the benchmark archives when the tests and benchmarks
// are done.
func TestMain(m *testing.M) {
	code := m.Run()
	if scaleArchives.dir != "" {
		os.RemoveAll(scaleArchives.dir)
	}
	os.Exit(code)
}

// archive returns the benchmark archive, generated once per process and
// size, a record at a time.
func archive(b *testing.B) *scaleArchive {
	n := relations.BenchMeetings(b)
	scaleArchives.Lock()
	defer scaleArchives.Unlock()
	if a := scaleArchives.m[n]; a != nil {
		return a
	}
	c := synth.Config{Seed: scaleSeed, Meetings: n}
	if os.Getenv("AMITY_BENCH_WORLD") == "proportional" {
		// The world in proportion to the meetings, as it is at a million
		// (200 states, and no fewer ministries): the cost of a meeting
		// is then that of an archive of any size, not a share of a
		// world of fixed size.
		c.Ministries = max(synth.DefaultStates, synth.DefaultMinistries*n/1_000_000)
		c.Officials = max(c.Ministries, synth.DefaultOfficials*n/1_000_000)
		c.Organizations = max(10, synth.DefaultOrganizations*n/1_000_000)
	}
	if scaleArchives.dir == "" {
		dir, err := os.MkdirTemp("", "amity-bench-")
		if err != nil {
			b.Fatal(err)
		}
		scaleArchives.dir = dir
	}
	a := &scaleArchive{path: filepath.Join(scaleArchives.dir, fmt.Sprintf("archive-%d.jsonl", n)), meetings: n}
	f, err := os.Create(a.path)
	if err != nil {
		b.Fatal(err)
	}
	out := bufio.NewWriterSize(f, 1<<20)
	w := relations.NewJSONLWriter(out)
	for k, v := range synth.Stream(c) {
		if err := w.Write(k, v); err != nil {
			b.Fatal(err)
		}
	}
	if err := errors.Join(w.Flush(), out.Flush(), f.Close()); err != nil {
		b.Fatal(err)
	}
	fi, err := os.Stat(a.path)
	if err != nil {
		b.Fatal(err)
	}
	a.size = fi.Size()
	scaleArchives.m[n] = a
	return a
}

// mixed returns the archive a with its lines in an order that mixes
// the kinds, as an archive appended to as records come in holds them:
// shuffled, with a seed of its own, into a file beside a's, made once.
// Every line is where a reader meets several kinds in one batch.
func (a *scaleArchive) mixed(b *testing.B) *scaleArchive {
	a.mix.Do(func() {
		data, err := os.ReadFile(a.path)
		if err != nil {
			b.Fatal(err)
		}
		lines := bytes.SplitAfter(data, []byte("\n"))
		rand.New(rand.NewPCG(scaleSeed, 1)).Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
		m := &scaleArchive{path: strings.TrimSuffix(a.path, ".jsonl") + "-mixed.jsonl", size: a.size, meetings: a.meetings}
		if err := os.WriteFile(m.path, bytes.Join(lines, nil), 0o644); err != nil {
			b.Fatal(err)
		}
		a.mixedArchive = m
		data, lines = nil, nil
		runtime.GC()
	})
	return a.mixedArchive
}

// readDataset runs ReadJSONL on a, and reports its time per meeting.
func readDataset(b *testing.B, a *scaleArchive) {
	b.SetBytes(a.size)
	b.ReportAllocs()
	runtime.GC()
	for b.Loop() {
		a.dataset(b)
	}
	perMeeting(b, a.meetings)
}

// dataset reads a with ReadJSONL, and checks that it holds every meeting.
func (a *scaleArchive) dataset(b *testing.B) *relations.Dataset {
	var d *relations.Dataset
	a.read(b, func(r io.Reader) {
		var err error
		if d, err = relations.ReadJSONL(r, relations.ReadOptions{}); err != nil || d.Count(relations.KindMeeting) != a.meetings {
			b.Fatalf("ReadJSONL: %v", err)
		}
	})
	return d
}

// perMeeting reports the time per meeting of the benchmark's runs.
func perMeeting(b *testing.B, meetings int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(meetings), "ns/meeting")
}

// BenchmarkScaleRead reads the archive from JSON Lines, checks every
// record and builds a Dataset: amity's ReadJSONL (strict decoding, every
// rule of every record, every cross-reference, the index of IDs and the
// store of meetings; the indexes of the queries are left to the first
// query, see BenchmarkScaleFirstQuery) against the naive path (encoding/json, validator.Struct per
// record, appended to slices; no cross-reference, no index).
func BenchmarkScaleRead(b *testing.B) {
	a := archive(b)
	b.Run("impl=naive", func(b *testing.B) {
		b.SetBytes(a.size)
		b.ReportAllocs()
		runtime.GC()
		for b.Loop() {
			a.read(b, func(r io.Reader) {
				rec, problems, err := naive.Load(r)
				if err != nil || len(problems) > 0 || len(rec.Meetings) != a.meetings {
					b.Fatalf("%d meetings, %d problems, %v", len(rec.Meetings), len(problems), err)
				}
			})
		}
		perMeeting(b, a.meetings)
	})
	b.Run("impl=amity", func(b *testing.B) { readDataset(b, a) })
	// The same archive, its lines in an order that mixes the kinds.
	b.Run("impl=amity/order=mixed", func(b *testing.B) { readDataset(b, a.mixed(b)) })
	// What amity validate does: the same reading and checks, and no
	// Dataset built.
	b.Run("impl=amity-validate", func(b *testing.B) {
		b.SetBytes(a.size)
		b.ReportAllocs()
		runtime.GC()
		for b.Loop() {
			a.read(b, func(r io.Reader) {
				if n, err := relations.ValidateJSONL(r, relations.ReadOptions{}); err != nil || n < a.meetings {
					b.Fatalf("ValidateJSONL: %d records, %v", n, err)
				}
			})
		}
		perMeeting(b, a.meetings)
	})
}

// BenchmarkScaleValidate checks records already decoded, as a whole:
// amity's Validate (every rule of every record, duplicate IDs, every
// reference and its kind, posts covering meetings, meetings within
// visits) and New (the same, and the indexes), against the naive check
// (naive.Check: each record's Validate, then every reference of every
// kind against a map of IDs, posts covering meetings and meetings within
// visits).
func BenchmarkScaleValidate(b *testing.B) {
	a := archive(b)
	rec := a.records(b)
	b.Run("impl=naive", func(b *testing.B) {
		b.ReportAllocs()
		runtime.GC()
		for b.Loop() {
			if errs := naive.Check(rec); len(errs) > 0 {
				b.Fatal(errs[0])
			}
		}
		perMeeting(b, a.meetings)
	})
	b.Run("impl=amity-validate", func(b *testing.B) {
		b.ReportAllocs()
		runtime.GC()
		for b.Loop() {
			if err := relations.Validate(rec); err != nil {
				b.Fatal(err)
			}
		}
		perMeeting(b, a.meetings)
	})
	b.Run("impl=amity-new", func(b *testing.B) {
		b.ReportAllocs()
		runtime.GC()
		for b.Loop() {
			// New takes the slices, and reads them only.
			if _, err := relations.New(*rec); err != nil {
				b.Fatal(err)
			}
		}
		perMeeting(b, a.meetings)
	})
}

// BenchmarkScaleWrite writes the archive as JSON Lines: amity's
// WriteJSONL against encoding/json's Encoder writing the same bytes; and
// a Dataset's WriteJSONL, which rebuilds one meeting at a time.
func BenchmarkScaleWrite(b *testing.B) {
	a := archive(b)
	rec := a.records(b)
	for _, c := range []struct {
		name  string
		write func(io.Writer, *relations.Records) error
	}{
		{"impl=naive", naive.Write},
		{"impl=amity", relations.WriteJSONL},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(a.size)
			b.ReportAllocs()
			runtime.GC()
			for b.Loop() {
				if err := c.write(io.Discard, rec); err != nil {
					b.Fatal(err)
				}
			}
			perMeeting(b, a.meetings)
		})
	}
	b.Run("impl=amity-dataset", func(b *testing.B) {
		d := a.dataset(b)
		b.SetBytes(a.size)
		b.ReportAllocs()
		runtime.GC()
		for b.Loop() {
			if err := d.WriteJSONL(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
		perMeeting(b, a.meetings)
	})
}

// retained returns the bytes of heap that what load returns holds: the
// live heap after a collection, less that before.
func retained(load func() any) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return float64(after.HeapAlloc) - float64(before.HeapAlloc)
}

// BenchmarkScaleFirstQuery measures what the first query of a dataset
// read from the archive costs more than the next: building the indexes
// of the queries.
func BenchmarkScaleFirstQuery(b *testing.B) {
	a := archive(b)
	for b.Loop() {
		b.StopTimer()
		var d *relations.Dataset
		a.read(b, func(r io.Reader) {
			var err error
			if d, err = relations.ReadJSONL(r, relations.ReadOptions{}); err != nil {
				b.Fatal(err)
			}
		})
		b.StartTimer()
		relations.BuildQueryIndex(d)
	}
	perMeeting(b, a.meetings)
}

// BenchmarkScaleRetained measures the memory a loaded archive keeps, per
// meeting: amity's Dataset (records, ID table and store; and, queried,
// the indexes of the queries) against the naive path's records. Its time
// per operation includes two collections. It runs last, so that its
// collections scan the decoded records of the benchmarks before it too.
func BenchmarkScaleRetained(b *testing.B) {
	a := archive(b)
	for _, c := range []struct {
		name string
		load func() any
	}{
		{"impl=naive", func() (v any) {
			a.read(b, func(r io.Reader) {
				rec, _, err := naive.Load(r)
				if err != nil {
					b.Fatal(err)
				}
				v = &rec
			})
			return v
		}},
		{"impl=amity", func() any { return a.dataset(b) }},
		// the archive's lines in an order that mixes the kinds
		{"impl=amity/order=mixed", func() any { return a.mixed(b).dataset(b) }},
		// read and queried: with the indexes the first query builds
		{"impl=amity/queried", func() any {
			d := a.dataset(b)
			relations.BuildQueryIndex(d)
			return d
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var kept float64
			var last any
			for b.Loop() {
				last = nil // not to be counted in the next load's baseline
				kept += retained(func() any { last = c.load(); return last })
			}
			b.ReportMetric(kept/float64(b.N)/float64(a.meetings), "B/meeting")
			if d, ok := last.(*relations.Dataset); ok {
				// Where the bytes go: the meetings, the ID table, and
				// the rest (the other records and the indexes).
				store, ids := relations.Footprint(d)
				b.ReportMetric(float64(store)/float64(a.meetings), "store-B/meeting")
				b.ReportMetric(float64(ids)/float64(a.meetings), "ids-B/meeting")
			}
		})
	}
}

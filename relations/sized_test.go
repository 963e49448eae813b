package relations_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/lines"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// sizedInputs returns archives of JSON Lines for the sized readings'
// tests: in the order WriteJSONL writes, its lines shuffled, and
// shuffled and damaged — a byte-order mark and Windows line ends, a line
// cut short, a line of each kind kept as values whose kind fastCodec
// cannot read (its "entity" last), which decodes all the same.
func sizedInputs(t *testing.T) map[string][]byte {
	t.Helper()
	r := synth.Generate(synth.Config{Seed: 5, Meetings: 1000, States: 20, Ministries: 40, Organizations: 20, Officials: 300, EveryField: true})
	var clean bytes.Buffer
	if err := relations.WriteJSONL(&clean, &r); err != nil {
		t.Fatal(err)
	}
	ls := strings.Split(strings.TrimSuffix(clean.String(), "\n"), "\n")
	rand.New(rand.NewPCG(5, 1)).Shuffle(len(ls), func(i, j int) { ls[i], ls[j] = ls[j], ls[i] })
	shuffled := strings.Join(ls, "\n") + "\n"
	damaged := append([]string(nil), ls...)
	damaged[7] = damaged[7][:len(damaged[7])/2]
	moved := map[string]bool{}
	for i, l := range damaged {
		kind, rest, ok := strings.Cut(strings.TrimPrefix(l, `{"entity":"`), `",`)
		if !ok || kind == "meeting" || moved[kind] || i == 7 {
			continue
		}
		damaged[i] = "{" + strings.TrimSuffix(rest, "}") + `,"entity":"` + kind + `"}`
		moved[kind] = true
	}
	return map[string][]byte{
		"in order": clean.Bytes(),
		"shuffled": []byte(shuffled),
		"damaged":  []byte(lines.UTF8BOM + strings.Join(damaged, "\r\n") + "\r\n"),
	}
}

// readAll reads in with each reader of JSON Lines, and returns what each
// returns as text to compare: records as encoding/json writes them, in
// the order of their lists.
func readAll(t *testing.T, in func() io.Reader, opts relations.ReadOptions) map[string]string {
	t.Helper()
	out := map[string]string{}
	text := func(v any, err error) string {
		s := fmt.Sprint(v)
		if r, ok := v.(relations.Records); ok {
			data, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			s = string(data)
		}
		if err != nil {
			s += "\nerror: " + err.Error()
		}
		return s
	}
	out["DecodeJSONL"] = text(relations.DecodeJSONL(in(), opts))
	d, err := relations.ReadJSONL(in(), opts)
	var rec relations.Records
	if d != nil {
		rec = d.Records()
	}
	out["ReadJSONL"] = text(rec, err)
	out["ValidateJSONL"] = text(relations.ValidateJSONL(in(), opts))
	return out
}

// TestSizedReading checks that a reading sized by a first pass over its
// input (a *bytes.Reader, a *strings.Reader, a file) returns what an
// unsized one does, whatever the order of the lines, their faults, the
// limits, or counts of lines that are wrong (an input that changed
// between the passes); and that, of an input whose lines all decode,
// gathering the batches' lists copies nothing, where an unsized reading
// copies every entity it keeps.
func TestSizedReading(t *testing.T) {
	inputs := sizedInputs(t)
	file := filepath.Join(t.TempDir(), "archive.jsonl")
	allOpts := map[string]relations.ReadOptions{
		"defaults":       {},
		"lines of 700":   {MaxLineBytes: 700, MaxProblems: 100000},
		"three problems": {MaxProblems: 3},
	}
	wrong := map[string]func([]int) []int{
		"one less": func(c []int) []int { return each(c, func(n int) int { return max(n-1, 0) }) },
		"one more": func(c []int) []int { return each(c, func(n int) int { return n + 1 }) },
		"half":     func(c []int) []int { return each(c, func(n int) int { return n / 2 }) },
		"twice":    func(c []int) []int { return each(c, func(n int) int { return 2 * n }) },
		"none":     func(c []int) []int { return each(c, func(int) int { return 0 }) },
	}
	for name, in := range inputs {
		if err := os.WriteFile(file, in, 0o644); err != nil {
			t.Fatal(err)
		}
		for optName, opts := range allOpts {
			if name != "damaged" && optName != "defaults" {
				continue
			}
			want := readAll(t, func() io.Reader { return struct{ io.Reader }{bytes.NewReader(in)} }, opts)
			sized := map[string]func() io.Reader{
				"bytes.Reader":   func() io.Reader { return bytes.NewReader(in) },
				"strings.Reader": func() io.Reader { return strings.NewReader(string(in)) },
				"file": func() io.Reader {
					f, err := os.Open(file)
					if err != nil {
						t.Fatal(err)
					}
					t.Cleanup(func() { f.Close() })
					return f
				},
			}
			if name != "shuffled" {
				delete(sized, "strings.Reader")
			}
			for rName, r := range sized {
				if diff := cmp.Diff(want, readAll(t, r, opts)); diff != "" {
					t.Errorf("%s, %s, from a %s (-unsized +sized):\n%s", name, optName, rName, diff)
				}
			}
			if name == "in order" || name == "damaged" && optName != "lines of 700" {
				continue // the wrong counts, of the shuffled lines and of the faulty ones
			}
			for wName, f := range wrong {
				restore := relations.SetLineCounts(f)
				got := readAll(t, sized["bytes.Reader"], opts)
				restore()
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s, %s, counts %s (-unsized +sized):\n%s", name, optName, wName, diff)
				}
			}
		}
		if name == "damaged" {
			continue
		}
		for _, mode := range []string{"decode", "dataset", "checks"} {
			if n := relations.GatherCopies(bytes.NewReader(in), relations.ReadOptions{}, mode); n != 0 {
				t.Errorf("%s, %s: a sized reading copied %d entities and spans, want none", name, mode, n)
			}
			if n := relations.GatherCopies(struct{ io.Reader }{bytes.NewReader(in)}, relations.ReadOptions{}, mode); n == 0 {
				t.Errorf("%s, %s: an unsized reading copied nothing: the test cannot tell", name, mode)
			}
		}
	}
}

// each returns f of each count of c.
func each(c []int, f func(int) int) []int {
	out := make([]int, len(c))
	for i, n := range c {
		out[i] = f(n)
	}
	return out
}

// TestSizedReadingBounded checks that a file of short lines, each of a
// kind whose Go value is many times the line's size, costs no memory in
// proportion to its lines when it is checked: a checking reading stops
// after MaxProblems problems, and a sized reading must not make lists
// for every line before it does. (DecodeJSONL checks no rule, and keeps
// every initiative that decodes, sized or not.)
func TestSizedReadingBounded(t *testing.T) {
	in := []byte(strings.Repeat(`{"entity":"initiative"}`+"\n", 400000)) // 9.6 MB
	for _, mode := range []string{"dataset", "checks"} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		relations.GatherCopies(bytes.NewReader(in), relations.ReadOptions{}, mode)
		runtime.ReadMemStats(&after)
		// Lists for every line would take 400,000 initiatives' values,
		// 175 MB; the lines a reading decodes before it stops take 10 to
		// 50 MB, as many as its workers decode ahead.
		if n := after.TotalAlloc - before.TotalAlloc; n > 96<<20 {
			t.Errorf("%s: reading %d bytes of lines that fail allocated %d bytes", mode, len(in), n)
		}
	}
}

// TestSizedReadingStops reads a faulty archive, sized, to its first
// problem, again and again: the merger then gathers the lists while the
// line reader may still be placing batches in them and the workers
// decoding into them, which the race detector watches; and the problems
// are always those of an unsized reading.
func TestSizedReadingStops(t *testing.T) {
	in := sizedInputs(t)["damaged"]
	opts := relations.ReadOptions{MaxProblems: 1}
	_, want := relations.ReadJSONL(struct{ io.Reader }{bytes.NewReader(in)}, opts)
	for range 10 {
		_, err := relations.ReadJSONL(bytes.NewReader(in), opts)
		if diff := cmp.Diff(want.Error(), err.Error()); diff != "" {
			t.Fatalf("(-unsized +sized):\n%s", diff)
		}
	}
}

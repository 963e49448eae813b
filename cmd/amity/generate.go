package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

func runGenerate(e env, args []string) int {
	fs := newFlags(e, "generate", "-meetings N [-seed S] [-format jsonl|json] [-o FILE]",
		"amity generate -meetings 1000000 -seed 3 -o archive.jsonl")
	meetings := fs.Int("meetings", 0, fmt.Sprintf("the number of `N` meetings, 0 to %d; the archive has a visit per %d, "+
		"an initiative per %d, an agreement per %d and a cultural event per %d",
		synth.MaxMeetings, synth.VisitBlock, synth.InitiativeStride, synth.AgreementStride, synth.EventStride))
	seed := fs.Uint64("seed", 1, "the `S` seed: the same seed and size give the same bytes")
	format := fs.String("format", "jsonl", "write JSON Lines (`jsonl`), streamed a record at a time, or a JSON document (json), held whole")
	out := fs.String("o", "", "write to `FILE` rather than standard output")
	if status, ok := parse(fs, args); !ok {
		return status
	}
	if fs.NArg() != 0 || *meetings < 0 || *meetings > synth.MaxMeetings || *format != "jsonl" && *format != "json" {
		fs.Usage()
		return exitUsage
	}
	w, closeFile, err := create(e, *out)
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	c := synth.Config{Seed: *seed, Meetings: *meetings}
	if *format == "json" {
		err = generateJSON(w, c)
	} else {
		err = generateJSONL(w, c)
	}
	if cerr := closeFile(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// create opens file for writing, or standard output for "", and returns
// a function that closes it.
func create(e env, file string) (io.Writer, func() error, error) {
	if file == "" {
		return e.stdout, func() error { return nil }, nil
	}
	f, err := os.Create(file)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// generateJSONL writes the archive c describes to w as JSON Lines, one
// record at a time, holding no more than the archive's world: the bytes
// relations.WriteJSONL writes for synth.Generate(c).
func generateJSONL(w io.Writer, c synth.Config) error {
	jw := relations.NewJSONLWriter(w)
	for k, v := range synth.Stream(c) {
		if err := jw.Write(k, v); err != nil {
			return err
		}
	}
	return jw.Flush()
}

// generateJSON writes the archive c describes to w as one JSON document.
func generateJSON(w io.Writer, c synth.Config) error {
	r := synth.Generate(c)
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := relations.WriteJSON(bw, &r); err != nil {
		return err
	}
	return bw.Flush()
}

package relations_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// kindOf returns the kind of the entity on line.
func kindOf(line string) relations.Kind {
	var v struct {
		Entity relations.Kind `json:"entity"`
	}
	json.Unmarshal([]byte(line), &v)
	return v.Entity
}

// TestShard cuts an archive into a reference file and shards: every line
// lands in one file, the reference file holds no shard kind, each shard
// no other kind, and each shard is valid against the reference file.
func TestShard(t *testing.T) {
	r := synth.Generate(synth.Config{Seed: 5, Meetings: 3000})
	var whole bytes.Buffer
	if err := relations.WriteJSONL(&whole, &r); err != nil {
		t.Fatal(err)
	}
	d, err := relations.New(r)
	if err != nil {
		t.Fatal(err)
	}
	var ref bytes.Buffer
	shards := make([]bytes.Buffer, 4)
	ws := make([]io.Writer, len(shards))
	for i := range shards {
		ws[i] = &shards[i]
	}
	if err := relations.Shard(d, &ref, ws); err != nil {
		t.Fatal(err)
	}
	var all []string
	for line := range strings.Lines(ref.String()) {
		if kindOf(line).Shards() {
			t.Fatalf("the reference file holds %.60s", line)
		}
		all = append(all, line)
	}
	if _, err := relations.ValidateJSONL(bytes.NewReader(ref.Bytes()), relations.ReadOptions{}); err != nil {
		t.Fatalf("the reference file alone: %v", err)
	}
	for i := range shards {
		meetings, lines := 0, 0
		for line := range strings.Lines(shards[i].String()) {
			k := kindOf(line)
			if !k.Shards() {
				t.Fatalf("shard %d holds %.60s", i, line)
			}
			if k == relations.KindMeeting {
				meetings++
			}
			lines++
			all = append(all, line)
		}
		if meetings < 500 {
			t.Errorf("shard %d holds %d meetings of 3000", i, meetings)
		}
		n, err := relations.ValidateShardJSONL(ref.Bytes(), bytes.NewReader(shards[i].Bytes()), relations.ReadOptions{})
		if err != nil || n != lines {
			t.Errorf("shard %d: %d records of %d lines, %v", i, n, lines, err)
		}
	}
	want := strings.SplitAfter(whole.String(), "\n")
	want = want[:len(want)-1]
	slices.Sort(all)
	slices.Sort(want)
	if !slices.Equal(all, want) {
		t.Errorf("the files hold %d lines, the archive %d, or other lines", len(all), len(want))
	}
}

// TestShardJSONL shards the JSON Lines of an archive as they stream, and
// gets the files Shard writes of the Dataset read from them; a file that
// changes between the two readings is an error, and so is a line that
// does not decode, with its line.
func TestShardJSONL(t *testing.T) {
	r := synth.Generate(synth.Config{Seed: 7, Meetings: 2000})
	var whole bytes.Buffer
	if err := relations.WriteJSONL(&whole, &r); err != nil {
		t.Fatal(err)
	}
	d, err := relations.ReadJSONL(bytes.NewReader(whole.Bytes()), relations.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	shard := func(write func(ref io.Writer, shards []io.Writer) error) []string {
		t.Helper()
		files := make([]bytes.Buffer, 4)
		ws := []io.Writer{&files[1], &files[2], &files[3]}
		if err := write(&files[0], ws); err != nil {
			t.Fatal(err)
		}
		var out []string
		for i := range files {
			out = append(out, files[i].String())
		}
		return out
	}
	want := shard(func(ref io.Writer, ws []io.Writer) error { return relations.Shard(d, ref, ws) })
	got := shard(func(ref io.Writer, ws []io.Writer) error {
		return relations.ShardJSONL(bytes.NewReader(whole.Bytes()), relations.ReadOptions{}, ref, ws)
	})
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("file %d: %d bytes streamed, %d from the Dataset, or other bytes", i, len(got[i]), len(want[i]))
		}
	}

	changing := &changingReader{first: whole.Bytes(), second: bytes.Replace(whole.Bytes(), []byte(`"entity":"meeting","id":"m-`), []byte(`"entity":"meeting","id":"m-x`), 1)}
	if err := relations.ShardJSONL(changing, relations.ReadOptions{}, io.Discard, []io.Writer{io.Discard}); err == nil || !strings.Contains(err.Error(), "changed between the two readings") {
		t.Errorf("a file that changed: %v", err)
	}
	bad := []byte(`{"entity":"state","id":"AZ","name":"Azerbaijan"}` + "\n" + `{"entity":"meeting","id":"m","date":"2022-02-30"}` + "\n")
	if err := relations.ShardJSONL(bytes.NewReader(bad), relations.ReadOptions{}, io.Discard, []io.Writer{io.Discard}); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a line that does not decode: %v", err)
	}
}

// changingReader reads first after its first seek to the start, and
// second after the next.
type changingReader struct {
	first, second []byte
	seeks         int
	r             *bytes.Reader
}

func (c *changingReader) Read(p []byte) (int, error) { return c.r.Read(p) }

func (c *changingReader) Seek(offset int64, whence int) (int64, error) {
	if offset != 0 || whence != io.SeekStart {
		return 0, errors.New("changingReader: seek to the start only")
	}
	c.seeks++
	c.r = bytes.NewReader(c.first)
	if c.seeks > 1 {
		c.r = bytes.NewReader(c.second)
	}
	return 0, nil
}

// TestREADMENamesReferenceKinds checks the kinds the README says the
// reference file of a sharded archive holds: every top-level kind that
// is not a shard kind, in the order of relations.Kinds.
func TestREADMENamesReferenceKinds(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(b)), " ")
	m := regexp.MustCompile(`the entities no meeting refers back to \(([a-z, ]+)\)`).FindStringSubmatch(text)
	if m == nil {
		t.Fatal("README.md: no list of the reference file's kinds")
	}
	var want []string
	for _, k := range relations.Kinds() {
		if k.TopLevel() && !k.Shards() {
			want = append(want, k.Plural())
		}
	}
	if got := strings.Split(m[1], ", "); !slices.Equal(got, want) {
		t.Errorf("README.md names the reference kinds %v, want %v", got, want)
	}
}

package relations_test

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
	"github.com/google/go-cmp/cmp"
)

// shardedArchive returns the reference file and the shards of a
// generated archive.
func shardedArchive(t *testing.T, meetings, shards int) ([]byte, []string) {
	t.Helper()
	d, err := relations.New(synth.Generate(synth.Config{Seed: 5, Meetings: meetings}))
	if err != nil {
		t.Fatal(err)
	}
	var ref bytes.Buffer
	bufs := make([]*bytes.Buffer, shards)
	ws := make([]io.Writer, shards)
	for i := range bufs {
		bufs[i] = new(bytes.Buffer)
		ws[i] = bufs[i]
	}
	if err := relations.Shard(d, &ref, ws); err != nil {
		t.Fatal(err)
	}
	out := make([]string, shards)
	for i, b := range bufs {
		out[i] = b.String()
	}
	return ref.Bytes(), out
}

// shardOutcome is what checking a shard gives.
type shardOutcome struct {
	Records  int
	Problems []string
	Err      string
}

func outcomeOf(n int, err error) shardOutcome {
	o := shardOutcome{Records: n}
	if ps := amity.Errors(err); ps != nil {
		for _, p := range ps {
			o.Problems = append(o.Problems, p.Error())
		}
	} else if err != nil {
		o.Err = err.Error()
	}
	return o
}

// TestShardReferenceFollows checks shards, valid and broken in every way
// a line can be, against a reference file read once: each gives the
// records and problems it gives when read after the reference file's
// lines, as one file.
func TestShardReferenceFollows(t *testing.T) {
	ref, shards := shardedArchive(t, 1500, 2)
	if _, err := relations.ValidateJSONL(bytes.NewReader(ref), relations.ReadOptions{}); err != nil {
		t.Fatalf("the reference file: %v", err)
	}
	s := shards[0]
	firstLine := func(prefix string) string {
		for line := range strings.Lines(s) {
			if strings.HasPrefix(line, prefix) {
				return line
			}
		}
		t.Fatalf("no line starts with %s", prefix)
		return ""
	}
	// A meeting an initiative names, whose line then fails to decode.
	named := regexp.MustCompile(`"meeting":"([^"]+)"`).FindStringSubmatch(s)
	if named == nil {
		t.Fatal("no initiative of the shard names a meeting")
	}
	meetingLine := firstLine(`{"entity":"meeting","id":"` + named[1] + `"`)
	refLine := string(bytes.SplitAfter(ref, []byte("\n"))[1])
	long := `{"entity":"meeting","id":"m-long","title":"` + strings.Repeat("a", 2<<20) + `"}`
	date := regexp.MustCompile(`"date":"\d{4}-\d{2}-\d{2}"`)
	cases := []struct {
		name  string
		shard string
		opts  relations.ReadOptions
	}{
		{name: "valid", shard: s},
		{name: "second valid", shard: shards[1]},
		{name: "empty", shard: ""},
		{name: "no last line end", shard: strings.TrimSuffix(s, "\n")},
		{name: "byte-order mark", shard: "\ufeff" + s},
		{name: "syntax", shard: strings.Replace(s, firstLine(`{"entity":"meeting"`), `{"entity":"meeting","id":`+"\n", 1)},
		{name: "reference to nothing", shard: strings.Replace(s, `"official":"off-`, `"official":"gone-`, 1)},
		{name: "bad date", shard: date.ReplaceAllStringFunc(s, func(string) string { return `"date":"2021-02-30"` })},
		{name: "ID of the reference file", shard: s + refLine},
		{name: "ID twice in the shard", shard: s + firstLine(`{"entity":"meeting"`)},
		{name: "unknown kind", shard: `{"entity":"planet","id":"p"}` + "\n" + s},
		{name: "unread meeting", shard: strings.Replace(s, meetingLine, strings.Replace(meetingLine, `"date":`, `"date"`, 1), 1)},
		{name: "line too long", shard: s + long + "\n" + s},
		{name: "endless line", shard: s + long},
		{name: "few problems allowed", shard: date.ReplaceAllStringFunc(s, func(string) string { return `"date":"2021-02-30"` }),
			opts: relations.ReadOptions{MaxProblems: 3}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := relations.NewShardReference(ref, c.opts)
			if !r.Follows() {
				t.Fatal("the shards are read after the reference file's lines, not after its reading")
			}
			got := outcomeOf(r.Validate(strings.NewReader(c.shard)))
			want := outcomeOf(relations.ValidateShardAfterLines(ref, strings.NewReader(c.shard), c.opts))
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("after the reading (+) and after the lines (-) differ:\n%s", d)
			}
			if c.name != "valid" && c.name != "second valid" && c.name != "empty" && c.name != "no last line end" && len(got.Problems) == 0 {
				t.Errorf("no problem found: %+v", got)
			}
		})
	}
}

// TestShardReferenceConcurrent checks shards against one reference on
// several goroutines at once, as amity validate -ref does, and gets what
// one after another gives (run with -race, a reference shared wrongly
// is a race).
func TestShardReferenceConcurrent(t *testing.T) {
	ref, shards := shardedArchive(t, 1200, 4)
	shards = append(shards, strings.Replace(shards[0], `"official":"off-`, `"official":"gone-`, 1))
	r := relations.NewShardReference(ref, relations.ReadOptions{})
	want := make([]shardOutcome, len(shards))
	for i, s := range shards {
		want[i] = outcomeOf(relations.ValidateShardAfterLines(ref, strings.NewReader(s), relations.ReadOptions{}))
	}
	got := make([]shardOutcome, len(shards))
	var wg sync.WaitGroup
	for i, s := range shards {
		wg.Go(func() { got[i] = outcomeOf(r.Validate(strings.NewReader(s))) })
	}
	wg.Wait()
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("shards checked at once (-one after another +at once):\n%s", d)
	}
	if len(got[len(got)-1].Problems) == 0 {
		t.Error("the broken shard has no problem")
	}
}

// TestShardReferenceNotValid checks a shard against a reference file with
// a problem of its own: the shard is read after the file's lines, and
// its problems are those ValidateShardJSONL reports.
func TestShardReferenceNotValid(t *testing.T) {
	ref, shards := shardedArchive(t, 300, 1)
	bad := bytes.Replace(ref, []byte(`"name":"`), []byte(`"name":1,"x":"`), 1)
	r := relations.NewShardReference(bad, relations.ReadOptions{})
	if r.Follows() {
		t.Fatal("a reference file with a problem is followed by its reading")
	}
	got := outcomeOf(r.Validate(strings.NewReader(shards[0])))
	want := outcomeOf(relations.ValidateShardAfterLines(bad, strings.NewReader(shards[0]), relations.ReadOptions{}))
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-after the lines +reference):\n%s", d)
	}
}

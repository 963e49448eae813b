package naive_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/naive"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// The baselines must do the work amity does, or the benchmarks compare
// nothing: these tests check that they read, check and write the same
// archives as amity.

func archives() map[string]relations.Records {
	return map[string]relations.Records{
		"story":     azernews.Records(),
		"generated": synth.Generate(synth.Config{Seed: 3, Meetings: 500, States: 20, Ministries: 40, Organizations: 10, Officials: 200}),
	}
}

func TestWriteLikeAmity(t *testing.T) {
	for name, r := range archives() {
		t.Run(name, func(t *testing.T) {
			var want, got bytes.Buffer
			if err := relations.WriteJSONL(&want, &r); err != nil {
				t.Fatal(err)
			}
			if err := naive.Write(&got, &r); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want.Bytes(), got.Bytes()) {
				t.Errorf("naive.Write writes %d bytes that differ from the %d of relations.WriteJSONL", got.Len(), want.Len())
			}
		})
	}
}

func TestLoadLikeAmity(t *testing.T) {
	for name, r := range archives() {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := relations.WriteJSONL(&buf, &r); err != nil {
				t.Fatal(err)
			}
			want, err := relations.DecodeJSONL(bytes.NewReader(buf.Bytes()), relations.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got, problems, err := naive.Load(bytes.NewReader(buf.Bytes()))
			if err != nil || len(problems) > 0 {
				t.Fatalf("naive.Load: %v %v", problems, err)
			}
			if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b amity.Date) bool { return a == b })); diff != "" {
				t.Errorf("naive.Load and relations.DecodeJSONL differ (-amity +naive):\n%s", diff)
			}
			if errs := naive.Check(&got); len(errs) > 0 {
				t.Errorf("naive.Check: %v", errs)
			}
		})
	}
}

func TestLoadAndCheckFindProblems(t *testing.T) {
	r := archives()["generated"]
	r.Meetings[3].Participants[0].Official = "nobody"
	r.Meetings[4].Title = " lead"
	if errs := naive.Check(&r); len(errs) != 2 {
		t.Errorf("naive.Check finds %d problems, want 2: %v", len(errs), errs)
	}
	var buf bytes.Buffer
	if err := relations.WriteJSONL(&buf, &r); err != nil {
		t.Fatal(err)
	}
	_, problems, err := naive.Load(bytes.NewReader(buf.Bytes()))
	if err != nil || len(problems) != 1 {
		t.Errorf("naive.Load finds %d problems, want 1 (the title): %v %v", len(problems), problems, err)
	}
}

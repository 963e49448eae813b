package fastdecode_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/fastdecode"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
)

// The shapes of a line of JSON Lines of a source and of a state.
type (
	sourceLine struct {
		Entity       string `json:"entity"`
		amity.Source `json:",inline"`
	}
	stateLine struct {
		Entity     string `json:"entity"`
		orgs.State `json:",inline"`
	}
)

// sourceStateDiff is differential for the decoders of sources and states.
func sourceStateDiff(t *testing.T, data []byte, lim limits) []string {
	t.Helper()
	d := fastdecode.New(lim.depth, lim.str)
	var accepted []string
	accepted = kindDiff(t, d, data, lim, "source", (*fastdecode.Decoder).Source, func(l *sourceLine) *amity.Source { return &l.Source }, accepted)
	accepted = kindDiff(t, d, data, lim, "state", (*fastdecode.Decoder).State, func(l *stateLine) *orgs.State { return &l.State }, accepted)
	return accepted
}

// TestWrittenSourcesAndStates checks that the fast decoder accepts every
// source and state as amity writes them, and decodes each as the strict
// decoder does.
func TestWrittenSourcesAndStates(t *testing.T) {
	for _, line := range archiveLines(t, synth.Config{Seed: 7, Meetings: 200}) {
		kind, _, _ := strings.Cut(strings.TrimPrefix(string(line), `{"entity":"`), `"`)
		got := sourceStateDiff(t, line, defaults)
		var want []string
		switch kind {
		case "source", "state":
			want = []string{kind + " line"}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: accepted as (-want +got):\n%s", line, diff)
		}
	}
	for _, line := range []string{
		`{"entity":"state","id":"AZ","name":"A","local_names":{"az":"B","az":"C"}}`,
		`{"entity":"state","id":"AZ","name":"A","name":"B"}`,
		`{"entity":"state","id":"AZ","aliases":[]}`,
		`{"entity":"source","id":"s","cites":[null]}`,
		`{"entity":"source","id":"s","published":""}`,
	} {
		if got := sourceStateDiff(t, []byte(line), defaults); len(got) > 0 {
			t.Errorf("%s: accepted as %v", line, got)
		}
	}
}

// FuzzSourcesAndStates is FuzzDifferential for sources and states.
func FuzzSourcesAndStates(f *testing.F) {
	for _, line := range archiveLines(f, synth.Config{Seed: 7, Meetings: 20, States: 6, Ministries: 12, Organizations: 6, Officials: 24}) {
		if strings.HasPrefix(string(line), `{"entity":"s`) {
			f.Add(line, uint8(64), uint16(1024))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, depth uint8, str uint16) {
		sourceStateDiff(t, data, limits{int(depth%16) + 1, int(str)%2048 + 1})
	})
}

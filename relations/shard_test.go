package relations

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
)

// TestShardKinds checks the kinds derived for the shards: meetings and
// what refers to them.
func TestShardKinds(t *testing.T) {
	want := []Kind{KindMeeting, KindInitiative, KindAgreement, KindEvent}
	if got := ShardKinds(); !slices.Equal(got, want) {
		t.Errorf("ShardKinds() = %v, want %v", got, want)
	}
	if !KindStatement.Shards() || KindPost.Shards() || KindVisit.Shards() {
		t.Errorf("statements, posts, visits in shards: %v %v %v", KindStatement.Shards(), KindPost.Shards(), KindVisit.Shards())
	}
}

// TestValidateShardProblems checks a shard with a bad date, a reference
// to nothing, and a state the reference file has already: the problems
// carry the shard's lines and paths.
func TestValidateShardProblems(t *testing.T) {
	ref := `{"entity":"source","id":"s1","publisher":"P"}
{"entity":"state","id":"AZ","name":"Azerbaijan","sources":["s1"]}
{"entity":"state","id":"IR","name":"Iran","sources":["s1"]}
{"entity":"official","id":"a","name":"A","sources":["s1"]}
{"entity":"official","id":"b","name":"B","sources":["s1"]}
`
	if _, err := ValidateJSONL(strings.NewReader(ref), ReadOptions{}); err != nil {
		t.Fatalf("the reference file: %v", err)
	}
	meeting := func(id, date, b string) string {
		return `{"entity":"meeting","id":"` + id + `","date":"` + date + `","participants":[{"official":"a","state":"AZ"},{"official":"` + b + `","state":"IR"}],"sources":["s1"]}` + "\n"
	}
	shard := meeting("m1", "2022-06-20", "b") + meeting("m2", "2022-02-30", "b") + meeting("m3", "2022-06-21", "nobody") +
		`{"entity":"state","id":"AZ","name":"Azerbaijan","sources":["s1"]}` + "\n"
	n, err := ValidateShardJSONL([]byte(ref), strings.NewReader(shard), ReadOptions{})
	if n != 3 { // the meeting of a bad date does not decode
		t.Errorf("%d records, want 3", n)
	}
	var got []string
	for _, p := range amity.Errors(err) {
		got = append(got, p.Error())
	}
	want := []string{
		`line 2, column 38: meetings[1].date: invalid: "2022-02-30": not a calendar date`,
		`line 3: meetings[2].participants[1].official: not found: "nobody": no official has this ID`,
		`line 4: states[0].id: duplicate: "AZ": ID already used by states[0]`,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}

package relations

import (
	"errors"
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
	refs := referencedKinds()
	for k, want := range map[Kind][]Kind{
		// sources through sources and field_sources, posts through
		// participants, groups, the visit.
		KindMeeting:    {KindSource, KindState, KindOfficial, KindGroup, KindPost, KindVisit, KindOrganization},
		KindInitiative: {KindMeeting, KindStatement, KindAgreement, KindTie, KindInitiative},
		KindState:      {KindSource},
	} {
		for _, w := range want {
			if !slices.Contains(refs[k], w) {
				t.Errorf("%s refers to %v: no %s", k, refs[k], w)
			}
		}
		if slices.Contains(refs[KindState], KindState) {
			t.Errorf("a state refers to states: %v (its own ID is no reference)", refs[KindState])
		}
	}
	if !KindStatement.Shards() || KindPost.Shards() || KindVisit.Shards() {
		t.Errorf("statements, posts, visits in shards: %v %v %v", KindStatement.Shards(), KindPost.Shards(), KindVisit.Shards())
	}
}

// TestValidateShardProblems checks a shard with a bad date, a reference
// to nothing, a state the reference file has already, and a meeting of
// the ID of a state of the shard: the problems carry the shard's lines
// and paths, and name the entity with the ID first where it lies.
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
		`{"entity":"state","id":"AZ","name":"Azerbaijan","sources":["s1"]}` + "\n" +
		`{"entity":"state","id":"KZ","name":"Kazakhstan","sources":["s1"]}` + "\n" + meeting("KZ", "2022-06-22", "b")
	n, err := ValidateShardJSONL([]byte(ref), strings.NewReader(shard), ReadOptions{})
	if n != 5 { // the meeting of a bad date does not decode
		t.Errorf("%d records, want 5", n)
	}
	var got []string
	for _, p := range amity.Errors(err) {
		got = append(got, p.Error())
	}
	want := []string{
		`line 2, column 38: meetings[1].date: invalid: "2022-02-30": not a calendar date`,
		`line 3: meetings[2].participants[1].official: not found: "nobody": no official has this ID`,
		`line 4: states[0].id: duplicate: "AZ": ID already used by states[0] on line 2 of the reference file`,
		`line 6: meetings[3].id: duplicate: "KZ": ID already used by states[1]`,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}

// TestScanJSONL checks that ScanJSONL hands over every entity
// DecodeJSONL decodes, in the order of the lines, and stops when told.
func TestScanJSONL(t *testing.T) {
	r := benchRecords(500)
	var b strings.Builder
	if err := WriteJSONL(&b, &r); err != nil {
		t.Fatal(err)
	}
	want, err := DecodeJSONL(strings.NewReader(b.String()), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got Records
	var kinds []Kind
	n, err := ScanJSONL(strings.NewReader(b.String()), ReadOptions{}, func(k Kind, v any) error {
		if len(kinds) == 0 || kinds[len(kinds)-1] != k {
			kinds = append(kinds, k)
		}
		if !appendEntity(&got, k, v) {
			t.Fatalf("%s: %T", k, v)
		}
		return nil
	})
	if err != nil || n != want.Len() {
		t.Fatalf("%d entities, %v; want %d", n, err, want.Len())
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("scanned (-DecodeJSONL +ScanJSONL):\n%s", d)
	}
	wantKinds := slices.DeleteFunc(Kinds(), func(k Kind) bool {
		c, ok := codecFor(k)
		return !ok || c.len(&want) == 0
	})
	if !slices.Equal(kinds, wantKinds) {
		t.Errorf("kinds in the order %v, want %v", kinds, wantKinds)
	}

	stop := errors.New("enough")
	seen := 0
	_, err = ScanJSONL(strings.NewReader(b.String()), ReadOptions{}, func(Kind, any) error {
		if seen++; seen == 10 {
			return stop
		}
		return nil
	})
	if err != stop || seen != 10 {
		t.Errorf("after %d entities: %v, want %v after 10", seen, err, stop)
	}
}

// TestScanJSONLProblems checks the problems of ScanJSONL: those of
// decoding and of each entity's own rules, not those across entities.
func TestScanJSONLProblems(t *testing.T) {
	in := `{"entity":"source","id":"s1","publisher":"P"}
{"entity":"meeting","id":"m1","date":"2022-02-30","participants":[{"official":"a","state":"AZ"},{"official":"b","state":"IR"}],"sources":["s1"]}
{"entity":"meeting","id":"m2","date":"2022-02-03","participants":[{"official":"a","state":"AZ"}],"sources":["s1"]}
`
	var ids []string
	n, err := ScanJSONL(strings.NewReader(in), ReadOptions{}, func(k Kind, v any) error {
		c, _ := codecFor(k)
		ids = append(ids, string(k)+" "+c.idOf(v))
		return nil
	})
	var got []string
	for _, p := range amity.Errors(err) {
		got = append(got, p.Error())
	}
	want := []string{
		`line 2, column 38: meetings[0].date: invalid: "2022-02-30": not a calendar date`,
		`line 3, column 66: meetings[1].participants: out of range: 1 item, fewer than 2`,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
	if n != 2 || !slices.Equal(ids, []string{"source s1", "meeting m2"}) {
		t.Errorf("%d entities: %v", n, ids)
	}
}

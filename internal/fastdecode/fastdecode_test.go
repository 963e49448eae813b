package fastdecode_test

import (
	"bytes"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/fastdecode"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

var dateEqual = cmp.Comparer(func(a, b amity.Date) bool { return a == b })

// The shapes of a line of JSON Lines, as package relations decodes them
// with the strict decoder.
type (
	meetingLine struct {
		Entity         string `json:"entity"`
		events.Meeting `json:",inline"`
	}
	visitLine struct {
		Entity       string `json:"entity"`
		events.Visit `json:",inline"`
	}
	officialLine struct {
		Entity        string `json:"entity"`
		orgs.Official `json:",inline"`
	}
	ministryLine struct {
		Entity        string `json:"entity"`
		orgs.Ministry `json:",inline"`
	}
	organizationLine struct {
		Entity            string `json:"entity"`
		orgs.Organization `json:",inline"`
	}
)

// limits are the limits of one decoding.
type limits struct{ depth, str int }

var defaults = limits{jsoncodec.DefaultMaxDepth, jsoncodec.DefaultMaxStringBytes}

// differential decodes data with the fast decoder of each kind, as a line
// (depth 0, with the kind's prefix) and as an element of a document
// (depth 2), and checks the promise of the package: what the fast decoder
// accepts, the strict decoder decodes to an equal value. It returns the
// kinds the fast decoder accepted.
func differential(t *testing.T, data []byte, lim limits) []string {
	t.Helper()
	d := fastdecode.New(lim.depth, lim.str)
	var accepted []string
	accepted = kindDiff(t, d, data, lim, "meeting", (*fastdecode.Decoder).Meeting, func(l *meetingLine) *events.Meeting { return &l.Meeting }, accepted)
	accepted = kindDiff(t, d, data, lim, "visit", (*fastdecode.Decoder).Visit, func(l *visitLine) *events.Visit { return &l.Visit }, accepted)
	accepted = kindDiff(t, d, data, lim, "official", (*fastdecode.Decoder).Official, func(l *officialLine) *orgs.Official { return &l.Official }, accepted)
	accepted = kindDiff(t, d, data, lim, "ministry", (*fastdecode.Decoder).Ministry, func(l *ministryLine) *orgs.Ministry { return &l.Ministry }, accepted)
	accepted = kindDiff(t, d, data, lim, "organization", (*fastdecode.Decoder).Organization,
		func(l *organizationLine) *orgs.Organization { return &l.Organization }, accepted)
	return accepted
}

// kindDiff checks fast, the fast decoder of kind, against the strict
// decoder on data, as a line whose wrapper is L and as an element of a
// document, and appends to accepted "KIND line" and "KIND" for what fast
// accepted.
func kindDiff[T, L any](t *testing.T, d *fastdecode.Decoder, data []byte, lim limits, kind string,
	fast func(*fastdecode.Decoder, *T, []byte, int, string) bool, entity func(*L) *T, accepted []string) []string {
	t.Helper()
	strict := func(depth int, v any) error {
		return jsoncodec.Options{MaxDepth: lim.depth, MaxStringBytes: lim.str, Depth: depth}.Unmarshal(data, v)
	}
	check := func(name string, fast, slow any, err error) {
		t.Helper()
		accepted = append(accepted, name)
		if err != nil {
			t.Fatalf("%s: the fast decoder accepts %q, the strict decoder rejects it: %v", name, data, err)
		}
		if diff := cmp.Diff(slow, fast, dateEqual); diff != "" {
			t.Fatalf("%s: the decoders differ on %q (-strict +fast):\n%s", name, data, diff)
		}
	}
	var line, elem T
	if fast(d, &line, data, 0, `{"entity":"`+kind+`"`) {
		var l L
		err := strict(0, &l)
		check(kind+" line", line, *entity(&l), err)
	}
	if fast(d, &elem, data, 2, "") {
		var v T
		err := strict(2, &v)
		check(kind, elem, v, err)
	}
	return accepted
}

// archiveLines returns the lines of a generated archive and of the example
// story, as amity writes them.
func archiveLines(t testing.TB, c synth.Config) [][]byte {
	var buf bytes.Buffer
	r := synth.Generate(c)
	if err := relations.WriteJSONL(&buf, &r); err != nil {
		t.Fatal(err)
	}
	s := azernews.Records()
	if err := relations.WriteJSONL(&buf, &s); err != nil {
		t.Fatal(err)
	}
	return bytes.Split(bytes.TrimSuffix(buf.Bytes(), []byte("\n")), []byte("\n"))
}

// TestWrittenLines checks that the fast decoder accepts every meeting,
// visit, official, ministry and organization as amity writes them, and
// decodes each as the strict decoder does; and that it declines the
// other kinds.
func TestWrittenLines(t *testing.T) {
	for _, line := range archiveLines(t, synth.Config{Seed: 7, Meetings: 2000, Officials: 2000}) {
		kind, _, _ := strings.Cut(strings.TrimPrefix(string(line), `{"entity":"`), `"`)
		got := differential(t, line, defaults)
		var want []string
		switch kind {
		case "meeting", "visit", "official", "ministry", "organization":
			want = []string{kind + " line"}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: accepted as (-want +got):\n%s", line, diff)
		}
	}
}

// TestDecline lists inputs the fast decoder must decline, for the strict
// decoder to judge; and inputs written otherwise than amity writes them
// that it accepts.
func TestDecline(t *testing.T) {
	const base = `{"entity":"meeting","id":"m1","date":"2022-06-20","participants":[{"official":"a","state":"AZ"},{"official":"b","state":"IR"}],"summary":"B \"x\"","sources":["s"]}`
	for _, c := range []struct {
		name, data string
		lim        limits
		accept     bool
	}{
		{"as written", base, defaults, true},
		{"white space", " {\"entity\":\"meeting\" , \"id\" : \"m1\" ,\n\t\"date\":\"2022\",\r\"sources\": [ \"s\" ] } \r", defaults, false}, // not amity's prefix
		{"white space after the prefix", "{\"entity\":\"meeting\" , \"id\" : \"m1\" ,\n\t\"date\":\"2022\",\r\"sources\": [ \"s\" , \"t\"] } \r", defaults, true},
		{"members in another order", `{"entity":"meeting","sources":["s"],"date":"2022-06","id":"m1"}`, defaults, true},
		{"entity only", `{"entity":"meeting"}`, defaults, true},
		{"non-ASCII", `{"entity":"meeting","id":"m1","title":"Kərimov – İsmayılı","place":{"city":"Təbriz","country":"IR"}}`, defaults, true},
		{"field sources", `{"entity":"meeting","id":"m1","field_sources":{"date":["a","b"],"place":["c"]}}`, defaults, true},
		{"bool", `{"entity":"meeting","statements":[{"speakers":["a"],"speakers_inferred":true,"verb":"said"},{"speakers":["b"],"speakers_inferred":false}]}`, defaults, true},
		{"null", `{"entity":"meeting","id":null}`, defaults, false},
		{"null list", `{"entity":"meeting","topics":null}`, defaults, false},
		{"number", `{"entity":"meeting","id":12}`, defaults, false},
		{"escape in a value", `{"entity":"meeting","id":"m\u0031"}`, defaults, true},
		{"escaped quote", `{"entity":"meeting","title":"\"x\" \\ \u003c\ud83d\ude00"}`, defaults, true},
		{"invalid escape", `{"entity":"meeting","title":"\x"}`, defaults, false},
		{"lone surrogate", `{"entity":"meeting","title":"\ud800"}`, defaults, false},
		{"escape in a name", `{"entity":"meeting","\u0069d":"m1"}`, defaults, false},
		{"control character", "{\"entity\":\"meeting\",\"title\":\"a\tb\"}", defaults, false},
		{"invalid UTF-8", "{\"entity\":\"meeting\",\"title\":\"a\xffb\"}", defaults, false},
		{"duplicate member", `{"entity":"meeting","id":"m1","id":"m2"}`, defaults, false},
		{"entity twice", `{"entity":"meeting","entity":"meeting"}`, defaults, false},
		{"duplicate field source", `{"entity":"meeting","field_sources":{"date":["a"],"date":["b"]}}`, defaults, false},
		{"unknown member", `{"entity":"meeting","colour":"red"}`, defaults, false},
		{"name in another case", `{"entity":"meeting","ID":"m1"}`, defaults, false},
		{"unknown nested member", `{"entity":"meeting","place":{"country":"IR","town":"x"}}`, defaults, false},
		{"empty list", `{"entity":"meeting","topics":[]}`, defaults, false},
		{"empty object", `{"entity":"meeting","place":{}}`, defaults, false},
		{"empty date", `{"entity":"meeting","date":""}`, defaults, false},
		{"impossible date", `{"entity":"meeting","date":"2022-02-30"}`, defaults, false},
		{"wrong type", `{"entity":"meeting","participants":"karimov"}`, defaults, false},
		{"trailing data", base + `{}`, defaults, false},
		{"trailing comma", `{"entity":"meeting","id":"m1",}`, defaults, false},
		{"cut short", base[:len(base)-1], defaults, false},
		{"string too long", base, limits{64, 3}, false},
		{"string at the limit", `{"entity":"meeting","id":"m12"}`, limits{64, 7}, true},
		{"too deep", base, limits{2, 1024}, false},
		{"at the depth limit", base, limits{3, 1024}, true},
		{"other kind", `{"entity":"visit","id":"v1"}`, defaults, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := differential(t, []byte(c.data), c.lim)
			if accepted := len(got) > 0 && got[0] == "meeting line"; accepted != c.accept {
				t.Errorf("accepted as %v, want accepted %v", got, c.accept)
			}
		})
	}
}

// FuzzDifferential checks the promise of the package on any input, with
// any limits: what a fast decoder accepts, the strict decoder decodes to
// an equal value.
func FuzzDifferential(f *testing.F) {
	for _, line := range archiveLines(f, synth.Config{Seed: 7, Meetings: 40, States: 6, Ministries: 12, Organizations: 6, Officials: 24}) {
		f.Add(line, uint8(64), uint16(1024))
	}
	f.Add([]byte(`{"entity":"meeting","id":"m1","id":"m2"}`), uint8(64), uint16(1024))
	f.Add([]byte(`{"entity":"meeting","participants":[{"official":"a"}]}`), uint8(2), uint16(4))
	f.Fuzz(func(t *testing.T, data []byte, depth uint8, str uint16) {
		differential(t, data, limits{int(depth%16) + 1, int(str)%2048 + 1})
	})
}

// TestTransient checks that a decoder set transient decodes the same
// meetings as one that copies, with strings that share the memory of
// the line but for those that held escapes; and that once the line's
// bytes change, the meeting a copying decoder decoded does not.
func TestTransient(t *testing.T) {
	lines := archiveLines(t, synth.Config{Seed: 7, Meetings: 300, Officials: 300})
	lines = append(lines, []byte(`{"entity":"meeting","id":"m","title":"A \"quoted\" title","date":"2022-06-20","participants":[{"official":"a","state":"AZ"},{"official":"b","state":"IR"}],"summary":"B \"x\"","sources":["s"]}`))
	n := 0
	for _, line := range lines {
		if !bytes.HasPrefix(line, []byte(`{"entity":"meeting"`)) {
			continue
		}
		n++
		data := bytes.Clone(line)
		var copied, shared events.Meeting
		cd, td := fastdecode.New(64, 1<<16), fastdecode.New(64, 1<<16)
		td.SetTransient(true)
		if !cd.Meeting(&copied, data, 0, `{"entity":"meeting"`) || !td.Meeting(&shared, data, 0, `{"entity":"meeting"`) {
			t.Fatalf("declined: %s", line)
		}
		if diff := cmp.Diff(copied, shared, dateEqual); diff != "" {
			t.Fatalf("%s: transient (-copied +transient):\n%s", line, diff)
		}
		in := func(s string) bool {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			base := uintptr(unsafe.Pointer(&data[0]))
			return p >= base && p < base+uintptr(len(data))
		}
		if !in(string(shared.ID)) || in(string(copied.ID)) {
			t.Errorf("%s: the transient ID is in the line: %t, the copied one: %t", line, in(string(shared.ID)), in(string(copied.ID)))
		}
		if strings.Contains(shared.Title, `"`) && in(shared.Title) {
			t.Errorf("%s: a title that held escapes shares the line", line)
		}
		want := string(copied.ID)
		clear(data)
		if string(copied.ID) != want {
			t.Errorf("the copied ID changed with the line: %q", copied.ID)
		}
	}
	if n < 300 {
		t.Fatalf("%d meetings decoded, want 300 or more", n)
	}
}

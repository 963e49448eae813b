package relations_test

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// benchMeetings returns n meetings like those of a news archive: two to
// four officials of two states, a place, topics, one to three statements
// of a sentence or two, event codes, sources, now and then a field
// source. The same n gives the same meetings.
func benchMeetings(n int) []events.Meeting {
	rng := rand.New(rand.NewPCG(1, 2))
	states := []orgs.StateID{"AZ", "IR", "TR", "GE", "RU", "KZ", "UZ", "FR", "DE", "CN"}
	cities := []string{"Baku", "Tehran", "Ankara", "Tbilisi", "Moscow", "Astana", "Tashkent", "Paris", "Berlin", "Beijing"}
	surnames := []string{"Karimov", "Ismaili", "Imanipur", "Aliyev", "Kərimov", "Yılmaz", "Beridze", "Ivanov", "Ömərov", "Müller"}
	sentences := []string{
		"The sides discussed cooperation in cinema, music and literature, and the holding of cultural weeks in both countries.",
		"He stressed that the draft programme of cultural exchange for the coming years is being prepared by the ministries.",
		"The minister proposed to hold film and music festivals, and exhibitions of sculpture and painting.",
		"She noted the importance of joint work within UNESCO, ICESCO and other international organizations.",
		"It was suggested that the Azerbaijan Cultural Centre in Tehran be established, and that Shusha be twinned with a city.",
	}
	topics := events.Topics()
	verbs := []events.Verb{events.VerbSaid, events.VerbStressed, events.VerbProposed, events.VerbNoted, events.VerbSuggested}
	pick := func(n int) int { return rng.IntN(n) }
	out := make([]events.Meeting, n)
	for i := range out {
		a, b := pick(len(states)), pick(len(states)-1)
		if b >= a {
			b++
		}
		date := amity.MustParseDate(fmt.Sprintf("%04d-%02d-%02d", 2000+pick(24), 1+pick(12), 1+pick(28)))
		m := events.Meeting{
			ID:      events.MeetingID(fmt.Sprintf("meeting-%06d", i)),
			Title:   fmt.Sprintf("%s meets %s", surnames[pick(len(surnames))], surnames[pick(len(surnames))]),
			Date:    date,
			Place:   orgs.Place{City: cities[b], Country: states[b]},
			Host:    states[b],
			Codes:   []events.EventCode{{CAMEO: "043", PLOVER: events.PLOVERConsult, Mode: "visit"}},
			Sources: []amity.SourceID{amity.SourceID(fmt.Sprintf("source-%05d", pick(5000)))},
		}
		for k := range 2 + pick(3) {
			s := states[a]
			if k%2 == 1 {
				s = states[b]
			}
			m.Participants = append(m.Participants, events.Participant{
				Official: orgs.OfficialID(fmt.Sprintf("official-%05d", pick(20000))), State: s,
				Post: orgs.PostID(fmt.Sprintf("post-%05d", pick(40000)))})
		}
		for range 1 + pick(3) {
			m.Topics = append(m.Topics, topics[pick(len(topics))])
		}
		for k := range 1 + pick(3) {
			m.Statements = append(m.Statements, events.Statement{
				ID:       events.StatementID(fmt.Sprintf("%s-s%d", m.ID, k)),
				Speakers: []orgs.OfficialID{m.Participants[pick(len(m.Participants))].Official},
				Verb:     verbs[pick(len(verbs))],
				Summary:  sentences[pick(len(sentences))],
				Topics:   []events.Topic{topics[pick(len(topics))]},
			})
		}
		if pick(4) == 0 {
			m.Summary = sentences[pick(len(sentences))] + " " + sentences[pick(len(sentences))]
			m.FieldSources = amity.FieldSources{"date": {amity.SourceID(fmt.Sprintf("source-%05d", pick(5000)))}}
		}
		out[i] = m
	}
	return out
}

// benchEncoded returns the meetings encoded one by one, and their total
// size.
func benchEncoded(b *testing.B, ms []events.Meeting) ([][]byte, int64) {
	out := make([][]byte, len(ms))
	var n int64
	for i := range ms {
		enc, err := jsoncodec.Marshal(&ms[i])
		if err != nil {
			b.Fatal(err)
		}
		out[i] = enc
		n += int64(len(enc))
	}
	return out, n
}

// BenchmarkDecodeMeeting decodes the same meeting records into
// events.Meeting with amity's strict decoder, with plain json v2 (strict
// on unknown members, without amity's limits and null check), and with
// encoding/json (lenient, then rejecting unknown fields as json v2 does).
func BenchmarkDecodeMeeting(b *testing.B) {
	records, size := benchEncoded(b, benchMeetings(300))
	decoders := []struct {
		name   string
		decode func([]byte, *events.Meeting) error
	}{
		{"jsoncodec", func(data []byte, m *events.Meeting) error { return jsoncodec.Unmarshal(data, m) }},
		{"json-v2", func(data []byte, m *events.Meeting) error {
			return jsonv2.Unmarshal(data, m, jsonv2.RejectUnknownMembers(true))
		}},
		{"encoding-json", func(data []byte, m *events.Meeting) error { return stdjson.Unmarshal(data, m) }},
		{"encoding-json-strict", func(data []byte, m *events.Meeting) error {
			dec := stdjson.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			return dec.Decode(m)
		}},
	}
	for _, d := range decoders {
		b.Run(d.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, r := range records {
					var m events.Meeting
					if err := d.decode(r, &m); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkDecodeJSONL reads an archive of meetings as JSON Lines.
func BenchmarkDecodeJSONL(b *testing.B) {
	r := relations.Records{Meetings: benchMeetings(300)}
	var buf bytes.Buffer
	if err := relations.WriteJSONL(&buf, &r); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		got, err := relations.DecodeJSONL(bytes.NewReader(buf.Bytes()), relations.ReadOptions{})
		if err != nil || len(got.Meetings) != len(r.Meetings) {
			b.Fatalf("%d meetings, %v", len(got.Meetings), err)
		}
	}
}

// benchMeetingLine is a line of JSON Lines as encoding/json writes it.
type benchMeetingLine struct {
	Entity         relations.Kind `json:"entity"`
	events.Meeting `json:",inline"`
}

// BenchmarkWriteJSONL writes an archive of meetings as JSON Lines, with
// WriteJSONL and, as the baseline, with encoding/json's Encoder. Both
// write the meetings in ID order, as WriteJSONL does: the meetings are in
// that order already, which both check, so neither sorts.
func BenchmarkWriteJSONL(b *testing.B) {
	r := relations.Records{Meetings: benchMeetings(300)}
	var size bytes.Buffer
	if err := relations.WriteJSONL(&size, &r); err != nil {
		b.Fatal(err)
	}
	b.Run("amity", func(b *testing.B) {
		b.SetBytes(int64(size.Len()))
		b.ReportAllocs()
		for b.Loop() {
			if err := relations.WriteJSONL(io.Discard, &r); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(size.Len()))
		b.ReportAllocs()
		for b.Loop() {
			ms := inIDOrder(r.Meetings)
			enc := stdjson.NewEncoder(io.Discard)
			for i := range ms {
				if err := enc.Encode(benchMeetingLine{relations.KindMeeting, ms[i]}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// inIDOrder returns ms stably sorted by ID: ms itself if it is sorted
// already, else a sorted copy.
func inIDOrder(ms []events.Meeting) []events.Meeting {
	byID := func(x, y events.Meeting) int { return strings.Compare(string(x.ID), string(y.ID)) }
	if slices.IsSortedFunc(ms, byID) {
		return ms
	}
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, byID)
	return ms
}

// TestBenchMeetingsWriteLikeEncodingJSON keeps the baseline honest: both
// writers of BenchmarkWriteJSONL write the same bytes.
func TestBenchMeetingsWriteLikeEncodingJSON(t *testing.T) {
	r := relations.Records{Meetings: benchMeetings(50)}
	var got, want bytes.Buffer
	if err := relations.WriteJSONL(&got, &r); err != nil {
		t.Fatal(err)
	}
	ms := inIDOrder(r.Meetings)
	enc := stdjson.NewEncoder(&want)
	for i := range ms {
		if err := enc.Encode(benchMeetingLine{relations.KindMeeting, ms[i]}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		t.Error("WriteJSONL and encoding/json write different bytes")
	}
}

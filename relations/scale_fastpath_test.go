package relations

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/fastdecode"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
)

// The differential tests of the fast decoders of initiatives and ties:
// they decode what they accept as the strict decoder does.

// scaleInitiatives are valid initiatives, one with every field set.
func scaleInitiatives() []cooperation.Initiative {
	src := []amity.SourceID{"src-1"}
	return []cooperation.Initiative{
		{ID: "ini-1", Title: "Azerbaijan Cultural Centre in Tehran", Kind: cooperation.KindCulturalCentre, Topics: []events.Topic{events.TopicCulturalCentres},
			Parties: []orgs.StateID{"AZ", "IR"}, Places: []orgs.Place{{City: "Tehran", Country: "IR"}},
			Organizations: []orgs.OrganizationID{"unesco"}, MoreOrganizations: true, ProposedBy: []orgs.OfficialID{"off-1"}, ProposalInferred: true,
			LedBy: []orgs.OfficialID{"off-2"}, Meetings: []events.MeetingID{"m-1"}, Statements: []events.StatementID{"m-1-s1"},
			History: []cooperation.StatusChange{
				{Status: cooperation.StatusProposed, Date: amity.MustParseDate("2022-06-20"), Meeting: "m-1", Note: "Raised at the meeting.", Sources: src},
				{Status: cooperation.StatusAgreed, Date: amity.MustParseDate("2022-07"), Sources: src},
				{Status: cooperation.StatusCompleted, Date: amity.MustParseDate("2023"), Sources: src},
			},
			Agreements: []cooperation.AgreementID{"agr-1"}, Ties: []cooperation.TieID{"tie-az-ir"}, Related: []cooperation.InitiativeID{"ini-2"},
			ProposedByGroups: []orgs.GroupID{"grp-1"},
			Summary:          "A centre of culture.\nOpen to all.", Note: "The centre is to open in the capital.", Sources: src,
			FieldSources: amity.FieldSources{"places": {"src-2"}},
			Uncertain:    amity.Uncertainty{"title": {Basis: amity.BasisApproximate, Reason: "The report does not name the centre."}}},
		{ID: "ini-2", Title: "Programme of exchange", Kind: cooperation.KindExchangeProgramme, Parties: []orgs.StateID{"AZ"},
			History: []cooperation.StatusChange{{Status: cooperation.StatusProposed, Date: amity.MustParseDate("2022"), Sources: src}}, Sources: src},
	}
}

// decodeDifferential checks that what the fast decoders of initiatives
// and ties accept of data, as a line and as an element of a document,
// the strict decoder decodes to an equal value, and returns the kinds
// whose line it accepted.
func decodeDifferential(t *testing.T, data []byte, depth, str int) []Kind {
	t.Helper()
	d := fastdecode.New(depth, str)
	var accepted []Kind
	if fastDiff(t, d, data, depth, str, KindInitiative, (*fastdecode.Decoder).Initiative, func(l *initiativeLine) *cooperation.Initiative { return &l.Initiative }) {
		accepted = append(accepted, KindInitiative)
	}
	if fastDiff(t, d, data, depth, str, KindTie, (*fastdecode.Decoder).Tie, func(l *tieLine) *cooperation.Tie { return &l.Tie }) {
		accepted = append(accepted, KindTie)
	}
	return accepted
}

// fastDiff checks fast, the fast decoder of kind, against the strict
// decoder on data, as a line whose wrapper is L and as an element of a
// document, and reports whether fast accepted the line.
func fastDiff[T, L any](t *testing.T, d *fastdecode.Decoder, data []byte, depth, str int, kind Kind,
	fast func(*fastdecode.Decoder, *T, []byte, int, string) bool, entity func(*L) *T) bool {
	t.Helper()
	opts := func(at int) jsoncodec.Options {
		return jsoncodec.Options{MaxDepth: depth, MaxStringBytes: str, Depth: at}
	}
	dateEqual := cmp.Comparer(func(a, b amity.Date) bool { return a == b })
	var line, elem T
	lineOK := fast(d, &line, data, 0, `{"entity":"`+string(kind)+`"`)
	if lineOK {
		var want L
		if err := opts(0).Unmarshal(data, &want); err != nil {
			t.Fatalf("the fast decoder accepts %q, the strict decoder rejects it: %v", data, err)
		}
		if diff := cmp.Diff(*entity(&want), line, dateEqual); diff != "" {
			t.Fatalf("the decoders differ on %q (-strict +fast):\n%s", data, diff)
		}
	}
	if fast(d, &elem, data, 2, "") {
		var want T
		if err := opts(2).Unmarshal(data, &want); err != nil {
			t.Fatalf("the fast decoder accepts %q, the strict decoder rejects it: %v", data, err)
		}
		if diff := cmp.Diff(want, elem, dateEqual); diff != "" {
			t.Fatalf("the decoders differ on %q (-strict +fast):\n%s", data, diff)
		}
	}
	return lineOK
}

// scaleLines returns the initiatives and ties as lines of JSON Lines.
func scaleLines(t testing.TB) [][]byte {
	var out [][]byte
	add := func(v any) {
		b, err := jsoncodec.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	for _, in := range scaleInitiatives() {
		add(initiativeLine{KindInitiative, in})
	}
	for _, tie := range scaleTies() {
		add(tieLine{KindTie, tie})
	}
	return out
}

func TestFastDecodeDifferential(t *testing.T) {
	for _, line := range scaleLines(t) {
		if got := decodeDifferential(t, line, DefaultMaxDepth, DefaultMaxStringBytes); len(got) != 1 {
			t.Errorf("the fast decoders accept %s as %v, want one kind", line, got)
		}
	}
	for _, c := range []struct{ name, line string }{
		{"duplicate member", `{"entity":"initiative","id":"a","id":"b"}`},
		{"unknown member", `{"entity":"initiative","colour":"red"}`},
		{"null", `{"entity":"initiative","parties":null}`},
		{"number", `{"entity":"initiative","more_organizations":1}`},
		{"empty history", `{"entity":"initiative","history":[]}`},
		{"unknown member in history", `{"entity":"initiative","history":[{"status":"proposed","when":"2022"}]}`},
		{"impossible date", `{"entity":"initiative","history":[{"status":"proposed","date":"2022-02-30"}]}`},
		{"tie: empty places", `{"entity":"tie","places":[]}`},
		{"tie: unknown member", `{"entity":"tie","id":"t","since":"1992"}`},
		{"tie: duplicate member", `{"entity":"tie","id":"t","kind":"twinning","kind":"twinning"}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := decodeDifferential(t, []byte(c.line), DefaultMaxDepth, DefaultMaxStringBytes); len(got) > 0 {
				t.Errorf("the fast decoders accept %s as %v", c.line, got)
			}
		})
	}
}

func FuzzFastDecodeDifferential(f *testing.F) {
	for _, line := range scaleLines(f) {
		f.Add(line, uint8(64), uint16(1024))
	}
	f.Fuzz(func(t *testing.T, data []byte, depth uint8, str uint16) {
		decodeDifferential(t, data, int(depth%16)+1, int(str)%2048+1)
	})
}

// scaleTies are valid ties: diplomatic relations, and a twinning with its
// places.
func scaleTies() []cooperation.Tie {
	src := []amity.SourceID{"src-1"}
	return []cooperation.Tie{
		{ID: "tie-az-ir", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"}, Established: amity.MustParseDate("1992-03-12"), Sources: src,
			FieldSources: amity.FieldSources{"established": {"src-2"}}, Note: "Relations were established by an exchange of notes.",
			Uncertain: amity.Uncertainty{"established": {Basis: amity.BasisDisputed, Reason: "Sources give two days."}}},
		{ID: "tie-shusha", Kind: cooperation.TieTwinning, States: []orgs.StateID{"AZ", "IR"},
			Places:      []orgs.Place{{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ"}, {Country: "IR", Note: "A city not yet named."}},
			Established: amity.MustParseDate("2022"), Ended: amity.MustParseDate("2030"), Sources: src},
	}
}

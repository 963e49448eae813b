package relations_test

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"io"
	"sort"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

var ioDateEqual = cmp.Comparer(func(a, b amity.Date) bool { return a == b })

func ioDate(s string) amity.Date { return amity.MustParseDate(s) }

// ioFullRecords returns records with two entities of every kind, out of ID
// order, each with every field set — not a valid dataset (a post names a
// state, a ministry and an organization at once), but one that exercises
// every member of the file formats. The strings hold what encoders
// escape: <, >, &, U+2028, quotes, non-ASCII.
func ioFullRecords() relations.Records {
	var r relations.Records
	names := func(id string) amity.Names {
		return amity.Names{
			Name:       "Name <" + id + "> & \"Co\"\u2028Kərimov",
			LocalNames: map[string]string{"az": "Kərimov " + id, "fa": "کریموف " + id, "ru": "Керимов " + id, "en-GB": id},
			Aliases:    []string{"Karimov " + id, "Qarimov " + id},
		}
	}
	fs := func(id string) amity.FieldSources {
		return amity.FieldSources{"name": {amity.SourceID("src-" + id)}, "id": {"src-a", "src-b"}}
	}
	place := func(id string) orgs.Place {
		return orgs.Place{City: "Tehran " + id, Subdivision: "IR-23", Country: "IR", Venue: "Hall " + id, Wikidata: "Q3616", Note: "note " + id}
	}
	unc := func(id string) amity.Uncertainty {
		return amity.Uncertainty{"name": {Basis: amity.BasisInferred, Reason: "Reason <" + id + "> & \u2028"},
			"id": {Basis: amity.BasisDisputed, Reason: "Sources \"differ\"."}}
	}
	note := func(id string) string { return "Note <" + id + ">\nline two & \u2028" }
	codes := []events.EventCode{{CAMEO: "043", PLOVER: "CONSULT", Mode: "visit"}, {CAMEO: "036", PLOVER: "AGREE", Mode: "visit"}}
	for _, id := range []string{"b", "a"} {
		r.Sources = append(r.Sources, amity.Source{ID: amity.SourceID("src-" + id), Title: "Title " + id, Publisher: "Azernews",
			Author: "Laman Ismayilova", URL: "https://www.azernews.az/culture/" + id + "?x=1&y=<2>", Published: ioDate("2022-06-22"),
			Time: "14:05:30+04:00", Language: "en", Cites: []amity.SourceID{"src-c", "src-d"}, Note: "Line one\nline two\t" + id})
		r.States = append(r.States, orgs.State{ID: orgs.StateID(strings.ToUpper(id) + "Z"), Names: names(id), Wikidata: "Q227",
			Capital: "Baku", Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Note: note(id), Uncertain: unc(id)})
		r.Ministries = append(r.Ministries, orgs.Ministry{ID: orgs.MinistryID("min-" + id), State: "AZ",
			Portfolios: []orgs.Portfolio{orgs.PortfolioCulture, orgs.PortfolioTourism}, Names: names(id), Wikidata: "Q1",
			URL: "https://mct.gov.az/" + id, Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Note: note(id), Uncertain: unc(id)})
		r.Organizations = append(r.Organizations, orgs.Organization{ID: orgs.OrganizationID("org-" + id), Kind: orgs.KindGovernmentAgency,
			Names: names(id), State: "IR", HostState: "AZ", ParentMinistry: "min-a", ParentOrganization: "org-x", Founded: ioDate("1995"),
			Dissolved: ioDate("2030-01"),
			Members:   []orgs.Membership{{State: "AZ", Since: ioDate("1992"), Until: ioDate("2040-05-06"), Sources: []amity.SourceID{"src-a"}}},
			Wikidata:  "Q2", URL: "https://icro.ir/" + id, Sources: []amity.SourceID{"src-b"}, FieldSources: fs(id), Note: note(id), Uncertain: unc(id)})
		r.Officials = append(r.Officials, orgs.Official{ID: orgs.OfficialID("off-" + id), Names: names(id), Honorific: "H.E. <" + id + ">",
			Posts: []orgs.Post{{ID: orgs.PostID("post-" + id), Title: "Minister of Culture", Role: orgs.RoleMinister, State: "AZ",
				Ministry: "min-a", Organization: "org-a", Start: ioDate("2020-02"), End: ioDate("2024"), Sources: []amity.SourceID{"src-a"}}},
			Wikidata: "Q3", Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Note: note(id), Uncertain: unc(id)})
		r.Groups = append(r.Groups, orgs.Group{ID: orgs.GroupID("grp-" + id), Kind: orgs.GroupDelegation, Names: names(id), State: "AZ",
			Ministry: "min-a", Organization: "org-a", Size: orgs.Size{Min: 3, Max: 5}, Leaders: []orgs.OfficialID{"off-a"},
			Members: []orgs.OfficialID{"off-b"}, Note: note(id), Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Uncertain: unc(id)})
		r.Visits = append(r.Visits, events.Visit{ID: events.VisitID("visit-" + id), Visitors: []orgs.OfficialID{"off-a"},
			Groups: []orgs.GroupID{"grp-a"}, Guest: "AZ", Host: "IR",
			Start: ioDate("2022-06-19"), End: ioDate("2022-06-22"), Places: []orgs.Place{place(id)}, Occasion: events.OccasionTieAnniversary,
			Note: "30th anniversary", Codes: codes, Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Uncertain: unc(id)})
		r.Meetings = append(r.Meetings, events.Meeting{ID: events.MeetingID("meet-" + id), Title: "Karimov meets Ismaili", Date: ioDate("2022-06-20"),
			Place: place(id), Host: "IR",
			Participants: []events.Participant{
				{Official: "off-a", Group: "grp-a", State: "AZ", Post: "post-a", Role: events.RoleHeadOfDelegation},
				{Official: "off-b", State: "IR", Post: "post-b", Role: events.RoleHost},
			},
			Topics: []events.Topic{events.TopicCinema, events.TopicMusic},
			Statements: []events.Statement{{ID: events.StatementID("st-" + id), Speakers: []orgs.OfficialID{"off-a"}, Groups: []orgs.GroupID{"grp-a"},
				BySource: true, SpeakersInferred: true, Verb: events.VerbProposed, Summary: "proposed <cultural weeks>", Quote: "“We will”",
				Topics: []events.Topic{events.TopicCulturalWeeks}, Sources: []amity.SourceID{"src-a"}}},
			Visit: "visit-a", Codes: codes, Summary: "They met.", Commission: "org-a", Session: 12, Note: note(id),
			Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Uncertain: unc(id)})
		r.Initiatives = append(r.Initiatives, cooperation.Initiative{ID: cooperation.InitiativeID("init-" + id), Title: "Azerbaijan Cultural Centre in Tehran",
			Kind: cooperation.KindCulturalCentre, Topics: []events.Topic{events.TopicCulturalCentres}, Parties: []orgs.StateID{"AZ", "IR"},
			Places: []orgs.Place{place(id)}, Organizations: []orgs.OrganizationID{"org-a"}, MoreOrganizations: true,
			ProposedBy: []orgs.OfficialID{"off-b"}, ProposedByGroups: []orgs.GroupID{"grp-a"}, ProposalInferred: true, LedBy: []orgs.OfficialID{"off-a"},
			Meetings: []events.MeetingID{"meet-a"}, Statements: []events.StatementID{"st-a"},
			History:    []cooperation.StatusChange{{Status: cooperation.StatusProposed, Date: ioDate("2022-06-20"), Meeting: "meet-a", Note: "proposed", Sources: []amity.SourceID{"src-a"}}},
			Agreements: []cooperation.AgreementID{"agr-a"}, Ties: []cooperation.TieID{"tie-a"}, Related: []cooperation.InitiativeID{"init-x"},
			Summary: "To be established.", Note: note(id), Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Uncertain: unc(id)})
		r.Ties = append(r.Ties, cooperation.Tie{ID: cooperation.TieID("tie-" + id), Kind: cooperation.TieTwinning, States: []orgs.StateID{"AZ", "IR"},
			Places: []orgs.Place{place(id), place(id + "2")}, Established: ioDate("1992-03-12"), Ended: ioDate("2099"), Note: note(id),
			Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Uncertain: unc(id)})
		r.Agreements = append(r.Agreements, cooperation.Agreement{ID: cooperation.AgreementID("agr-" + id), Kind: cooperation.AgreementMemorandum,
			Title: "Memorandum <" + id + "> on \"culture\"", ShortTitle: "MOU & co",
			Parties: []orgs.Body{{State: "AZ"}, {Ministry: "min-a"}, {Organization: "org-a"}},
			Signatories: []cooperation.Signatory{{Official: "off-a", Post: "post-a", For: orgs.Body{State: "AZ", Ministry: "min-a", Organization: "org-a"},
				Date: ioDate("2022-06-21")}},
			Signed: ioDate("2022-06-20"), Place: place(id), Meeting: "meet-a", InForceOnSignature: true, EntryIntoForce: ioDate("2022-07"),
			Duration: cooperation.Duration{Years: 5, Months: 6, Days: 10}, Renewal: cooperation.RenewalAutomatic, Expires: ioDate("2027-12-31"),
			Terminated: ioDate("2025"), Parent: "agr-x", Relation: cooperation.RelationImplements, Topics: []events.Topic{events.TopicCinema},
			Provisions: []cooperation.Provision{{Summary: "Film <weeks>", Quote: "“The Parties shall”", Topics: []events.Topic{events.TopicCinema}}},
			Tie:        "tie-a", Publications: []cooperation.Publication{{In: "Official Gazette <" + id + ">", Date: ioDate("2022-08"), Language: "az",
				URL: "https://e-qanun.az/" + id + "?a=1&b=<2>"}},
			Note: note(id), Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Uncertain: unc(id)})
		r.Events = append(r.Events, cooperation.CulturalEvent{ID: cooperation.CulturalEventID("evt-" + id), Kind: cooperation.EventFestival,
			Title: "Festival <" + id + "> & \"films\"", Edition: 12, Organisers: []orgs.Body{{Ministry: "min-a"}, {State: "IR", Organization: "org-a"}},
			States: []orgs.StateID{"AZ", "IR"}, Host: "IR", Places: []orgs.Place{place(id)}, Groups: []orgs.GroupID{"grp-a"},
			Planned: cooperation.Span{Start: ioDate("2022-09"), End: ioDate("2022-10")}, Held: cooperation.Span{Start: ioDate("2022-09-10"), End: ioDate("2022-09-17")},
			Recurs: cooperation.EveryYear, Length: cooperation.Duration{Days: 8}, Topics: []events.Topic{events.TopicFestivals, events.TopicCinema},
			Agreement: "agr-a", Initiative: "init-a", Meeting: "meet-a",
			History: []cooperation.EventChange{{Status: cooperation.EventAnnounced, Date: ioDate("2022-06-20"), Note: "announced <soon>",
				Sources: []amity.SourceID{"src-a"}}},
			Note: note(id), Sources: []amity.SourceID{"src-a"}, FieldSources: fs(id), Uncertain: unc(id)})
	}
	return r
}

// ioSortRecords sorts each list of r by ID, in place, as the writers do.
func ioSortRecords(r *relations.Records) {
	for _, l := range kindLists(r) {
		s := l.list
		sort.SliceStable(s.Interface(), func(i, j int) bool { return idOf(s.Index(i)) < idOf(s.Index(j)) })
	}
}

// ioArchive is a synthetic archive made with synth.Config.EveryField,
// which sets every field of every type somewhere.
func ioArchive() relations.Records {
	return synth.Generate(synth.Config{Seed: 2, Meetings: 400, EveryField: true})
}

// TestRoundTrip writes the fixture and the archive in each format, reads
// them back, and writes them again. Between them they set every field of
// every type, so that a field added to an entity is round-tripped once
// the archive draws it.
func TestRoundTrip(t *testing.T) {
	if unset := amitytest.UnsetFields([]relations.Records{ioFullRecords(), ioArchive()}); len(unset) > 0 {
		t.Errorf("the fixture and the archive set none of %v", unset)
	}
	formats := []struct {
		name   string
		write  func(io.Writer, *relations.Records) error
		decode func(io.Reader, relations.ReadOptions) (relations.Records, error)
	}{
		{"document", relations.WriteJSON, relations.DecodeJSON},
		{"lines", relations.WriteJSONL, relations.DecodeJSONL},
	}
	for _, records := range []struct {
		name string
		make func() relations.Records
	}{{"fixture", ioFullRecords}, {"archive", ioArchive}} {
		orig, want := records.make(), records.make()
		ioSortRecords(&want)
		for _, f := range formats {
			t.Run(records.name+"/"+f.name, func(t *testing.T) {
				in := records.make()
				var first bytes.Buffer
				if err := f.write(&first, &in); err != nil {
					t.Fatalf("write: %v", err)
				}
				if diff := cmp.Diff(orig, in, ioDateEqual); diff != "" {
					t.Errorf("write changed its records (-before +after):\n%s", diff)
				}
				got, err := f.decode(bytes.NewReader(first.Bytes()), relations.ReadOptions{})
				if err != nil {
					t.Fatalf("decode: %v", err)
				}
				if diff := cmp.Diff(want, got, ioDateEqual); diff != "" {
					t.Errorf("decode(write(r)) differs from r sorted by ID (-want +got):\n%s", diff)
				}
				var second bytes.Buffer
				if err := f.write(&second, &got); err != nil {
					t.Fatalf("second write: %v", err)
				}
				if !bytes.Equal(first.Bytes(), second.Bytes()) {
					t.Errorf("second write differs from the first")
				}
			})
		}
	}
}

// ioDocument is amity's JSON document, for encoding/json.
type ioDocument struct {
	Schema            string `json:"schema"`
	relations.Records `json:",inline"`
}

// TestWriteMatchesEncodingJSON checks that the writers write the bytes
// encoding/json writes for the same values: MarshalIndent for the
// document, Encoder.Encode for each line.
func TestWriteMatchesEncodingJSON(t *testing.T) {
	r := ioFullRecords()
	sorted := ioFullRecords()
	ioSortRecords(&sorted)

	t.Run("document", func(t *testing.T) {
		want, err := stdjson.MarshalIndent(ioDocument{relations.Schema, sorted}, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		var got bytes.Buffer
		if err := relations.WriteJSON(&got, &r); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), got.String()); diff != "" {
			t.Errorf("WriteJSON differs from encoding/json.MarshalIndent (-want +got):\n%s", diff)
		}
	})
	t.Run("lines", func(t *testing.T) {
		var want bytes.Buffer
		enc := stdjson.NewEncoder(&want)
		line := func(k relations.Kind, v any) {
			// The kind, then the entity's members: what the writer's
			// wrapper types hold.
			b, err := stdjson.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			var raw stdjson.RawMessage = append([]byte(`{"entity":"`+string(k)+`",`), b[1:]...)
			if err := enc.Encode(raw); err != nil {
				t.Fatal(err)
			}
		}
		for _, l := range kindLists(&sorted) {
			for i := range l.list.Len() {
				line(l.kind, l.list.Index(i).Interface())
			}
		}
		var got bytes.Buffer
		if err := relations.WriteJSONL(&got, &r); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want.String(), got.String()); diff != "" {
			t.Errorf("WriteJSONL differs from encoding/json (-want +got):\n%s", diff)
		}
	})
}

// TestWriteJSONLLayout checks the order of the lines, the kind first on
// each, and that the entities that have a "kind" of their own keep it.
func TestWriteJSONLLayout(t *testing.T) {
	r := ioFullRecords()
	var buf bytes.Buffer
	if err := relations.WriteJSONL(&buf, &r); err != nil {
		t.Fatal(err)
	}
	var got []string
	for line := range strings.Lines(buf.String()) {
		kind, rest, ok := strings.Cut(strings.TrimPrefix(line, `{"entity":"`), `","id":"`)
		if !ok {
			t.Fatalf("line does not start with the entity and its id: %s", line)
		}
		id, _, _ := strings.Cut(rest, `"`)
		got = append(got, kind+" "+id)
		if own, ok := ownKinds[relations.Kind(kind)]; ok && !strings.Contains(line, `"kind":"`+own+`"`) {
			t.Errorf("%s %s lost its kind %q: %s", kind, id, own, line)
		}
	}
	var want []string
	ids := map[relations.Kind]string{
		relations.KindSource: "src-", relations.KindState: "", relations.KindMinistry: "min-", relations.KindOrganization: "org-",
		relations.KindOfficial: "off-", relations.KindGroup: "grp-", relations.KindVisit: "visit-", relations.KindMeeting: "meet-",
		relations.KindInitiative: "init-", relations.KindTie: "tie-", relations.KindAgreement: "agr-", relations.KindEvent: "evt-",
	}
	for _, k := range relations.Kinds() {
		if !k.TopLevel() {
			continue
		}
		if k == relations.KindState {
			want = append(want, "state AZ", "state BZ")
			continue
		}
		prefix, ok := ids[k]
		if !ok {
			t.Fatalf("no ID prefix for %s: the fixture has entities of every kind", k)
		}
		want = append(want, string(k)+" "+prefix+"a", string(k)+" "+prefix+"b")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

// ownKinds holds, for the entities of the fixture that have a "kind" of
// their own, its value, which JSON Lines writes beside the entity's kind.
var ownKinds = map[relations.Kind]string{
	relations.KindOrganization: "government_agency", relations.KindGroup: "delegation", relations.KindInitiative: "cultural_centre",
	relations.KindTie: "twinning", relations.KindAgreement: "memorandum_of_understanding", relations.KindEvent: "festival",
}

// TestWriteEmpty checks the document of no records, and that JSON Lines
// writes nothing for them.
func TestWriteEmpty(t *testing.T) {
	var doc, lines bytes.Buffer
	if err := relations.WriteJSON(&doc, &relations.Records{}); err != nil {
		t.Fatal(err)
	}
	if err := relations.WriteJSONL(&lines, &relations.Records{}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("{\n  \"schema\": \"amity/v2\"\n}\n", doc.String()); diff != "" {
		t.Errorf("WriteJSON (-want +got):\n%s", diff)
	}
	if lines.Len() != 0 {
		t.Errorf("WriteJSONL wrote %q, want nothing", lines.String())
	}
}

func TestWriteInvalidUTF8(t *testing.T) {
	r := relations.Records{States: []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan\xff"}}}}
	for name, write := range map[string]func(io.Writer, *relations.Records) error{"document": relations.WriteJSON, "lines": relations.WriteJSONL} {
		t.Run(name, func(t *testing.T) {
			if err := write(io.Discard, &r); err == nil {
				t.Error("no error for a name that is not UTF-8")
			}
		})
	}
}

func TestWriteError(t *testing.T) {
	r := ioFullRecords()
	want := errors.New("disk full")
	for name, write := range map[string]func(io.Writer, *relations.Records) error{"document": relations.WriteJSON, "lines": relations.WriteJSONL} {
		t.Run(name, func(t *testing.T) {
			if err := write(ioErrWriter{want}, &r); !errors.Is(err, want) {
				t.Errorf("got %v, want %v", err, want)
			}
		})
	}
}

type ioErrWriter struct{ err error }

func (w ioErrWriter) Write([]byte) (int, error) { return 0, w.err }

// ioValidRecords returns a small valid dataset, out of ID order.
func ioValidRecords() relations.Records {
	src := []amity.SourceID{"azernews"}
	return relations.Records{
		Sources: []amity.Source{{ID: "azernews", Publisher: "Azernews", Published: ioDate("2022-06-22")}},
		States: []orgs.State{
			{ID: "IR", Names: amity.Names{Name: "Iran"}},
			{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}},
		},
		Ministries: []orgs.Ministry{{ID: "az-culture", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Culture"}}},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"},
				Posts: []orgs.Post{{ID: "karimov-minister", Title: "Minister of Culture", Ministry: "az-culture", Start: ioDate("2020")}}},
			{ID: "ismaili", Names: amity.Names{Name: "Mehdi Ismaili"},
				Posts: []orgs.Post{{ID: "ismaili-minister", Title: "Minister of Culture and Islamic Guidance", State: "IR", Start: ioDate("2021-08")}}},
		},
		Meetings: []events.Meeting{{ID: "m1", Date: ioDate("2022-06-20"), Place: orgs.Place{City: "Tehran", Country: "IR"}, Host: "IR",
			Participants: []events.Participant{{Official: "karimov", State: "AZ", Post: "karimov-minister"}, {Official: "ismaili", State: "IR", Post: "ismaili-minister"}},
			Sources:      src}},
		Ties: []cooperation.Tie{{ID: "az-ir", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"}, Established: ioDate("1992-03-12"), Sources: src}},
	}
}

func TestReadValid(t *testing.T) {
	r := ioValidRecords()
	want := ioValidRecords()
	ioSortRecords(&want)
	formats := []struct {
		name  string
		write func(io.Writer, *relations.Records) error
		read  func(io.Reader, relations.ReadOptions) (*relations.Dataset, error)
	}{
		{"document", relations.WriteJSON, relations.ReadJSON},
		{"lines", relations.WriteJSONL, relations.ReadJSONL},
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, &r); err != nil {
				t.Fatal(err)
			}
			// A reader that returns a byte at a time finds every edge
			// case of buffering.
			ds, err := f.read(iotest.OneByteReader(&buf), relations.ReadOptions{})
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if diff := cmp.Diff(want, ds.Records(), ioDateEqual); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
		})
	}
}

// ioProblem is what the tests check of a FieldError: where, and what kind.
type ioProblem struct {
	Line int
	Path string
	Kind amity.ErrorKind
}

func ioProblems(t *testing.T, err error) []ioProblem {
	t.Helper()
	if err == nil {
		return nil
	}
	verr, ok := errors.AsType[*amity.ValidationError](err)
	if !ok {
		t.Fatalf("error %v (%T) is not a *amity.ValidationError", err, err)
	}
	var out []ioProblem
	for _, fe := range verr.Errors {
		out = append(out, ioProblem{fe.Line, fe.Path.String(), fe.Kind})
	}
	return out
}

const ioValidDoc = `{
  "schema": "amity/v2",
  "states": [
    {"id": "AZ", "name": "Azerbaijan"},
    {"id": "IR", "name": "Iran"}
  ]
}
`

func TestDecodeJSONProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts relations.ReadOptions
		want []ioProblem
		// states is how many states decode.
		states int
	}{
		{name: "valid", in: ioValidDoc, states: 2},
		{name: "valid, members in any order", in: `{"states": [{"name": "Iran", "id": "IR"}], "schema": "amity/v2"}`, states: 1},
		{name: "empty file", in: "", want: []ioProblem{{1, "", amity.KindSyntax}}},
		{name: "white space only", in: "\n\n  ", want: []ioProblem{{1, "", amity.KindSyntax}}},
		{name: "byte-order mark", in: "\uFEFF" + ioValidDoc, want: []ioProblem{{1, "", amity.KindSyntax}}, states: 2},
		{name: "UTF-16", in: "\xFF\xFE{\x00}\x00", want: []ioProblem{{1, "", amity.KindSyntax}}},
		{name: "not an object", in: "\n[]", want: []ioProblem{{2, "", amity.KindSyntax}}},
		{name: "truncated", in: ioValidDoc[:60], want: []ioProblem{{4, "states[0]", amity.KindSyntax}}},
		{name: "trailing data", in: ioValidDoc + "\n{}", want: []ioProblem{{9, "", amity.KindSyntax}}, states: 2},
		{name: "trailing garbage", in: ioValidDoc + "x", want: []ioProblem{{8, "", amity.KindSyntax}}, states: 2},
		{name: "no schema", in: "{\n\"states\": []}", want: []ioProblem{{1, "schema", amity.KindRequired}}},
		{name: "other schema", in: "{\n\"schema\": \"amity/v3\"}", want: []ioProblem{{2, "schema", amity.KindInvalid}}},
		{name: "schema not a string", in: "{\"schema\": 1}", want: []ioProblem{{1, "schema", amity.KindSyntax}}},
		{name: "unknown top-level member", in: "{\"schema\": \"amity/v2\",\n\"colour\": [1]}", want: []ioProblem{{2, "colour", amity.KindSyntax}}},
		{name: "member differing in case", in: "{\"schema\": \"amity/v2\",\n\"States\": []}", want: []ioProblem{{2, "States", amity.KindSyntax}}},
		{name: "list is null", in: "{\"schema\": \"amity/v2\",\n\"states\": null}", want: []ioProblem{{2, "states", amity.KindSyntax}}},
		{name: "list is a string", in: "{\"schema\": \"amity/v2\",\n\"states\": \"AZ\"}", want: []ioProblem{{2, "states", amity.KindSyntax}}},
		{name: "duplicate top-level key", in: "{\"schema\": \"amity/v2\",\n\"schema\": \"amity/v2\"}", want: []ioProblem{{2, "schema", amity.KindSyntax}}},
		{
			name: "bad entities, reading goes on",
			in: `{"schema": "amity/v2", "states": [
{"id": "AZ", "name": "Azerbaijan", "colour": "blue"},
{"id": "IR",
 "name": "Iran", "ID": "ir"},
{"id": "TR", "name": "Türkiye"},
{"id": "GE", "name": null},
{"id": "AM", "name": "Armenia", "id": "AM"},
{"id": "FR", "name": "France` + "\xff" + `"},
{"id": "DE", "name": "Germany"}],
"meetings": [{"id": "m", "date": "2022-02-30"},
{"id": "m2", "participants": "karimov"},
{"id": "m3", "participants": [{"official": 5}]}]}`,
			want: []ioProblem{
				{2, "states[0].colour", amity.KindSyntax},
				{4, "states[1].ID", amity.KindSyntax},
				{6, "states[3].name", amity.KindSyntax},
				{7, "states[4].id", amity.KindSyntax},
				{8, "states[5].name", amity.KindSyntax},
				{10, "meetings[0].date", amity.KindInvalid},
				{11, "meetings[1].participants", amity.KindSyntax},
				{12, "meetings[2].participants[0].official", amity.KindSyntax},
			},
			states: 2,
		},
		{name: "malformed entity stops the reading", in: "{\"schema\": \"amity/v2\", \"states\": [\n{\"id\": \"AZ\",, }, {\"id\": \"IR\", \"name\": \"Iran\"}]}",
			want: []ioProblem{{2, "states[0]", amity.KindSyntax}}},
		{name: "document too large", in: ioValidDoc, opts: relations.ReadOptions{MaxDocumentBytes: 50}, want: []ioProblem{{4, "", amity.KindTooLarge}}},
		{name: "document at the limit", in: ioValidDoc, opts: relations.ReadOptions{MaxDocumentBytes: int64(len(ioValidDoc))}, states: 2},
		{name: "string too long", in: `{"schema": "amity/v2", "states": [{"id": "AZ", "name": "` + strings.Repeat("é", 40) + `"}]}`,
			opts: relations.ReadOptions{MaxStringBytes: 64}, want: []ioProblem{{1, "states[0].name", amity.KindTooLarge}}},
		{name: "too deep for the limit", in: `{"schema": "amity/v2", "states": [{"id": "AZ", "local_names": {"x": [[[]]]}}]}`,
			opts: relations.ReadOptions{MaxDepth: 5}, want: []ioProblem{{1, "states[0].local_names.x", amity.KindTooLarge}}},
		{name: "nesting 100000 deep", in: `{"schema": "amity/v2", "states": [` + strings.Repeat("[", 100000),
			want: []ioProblem{{1, "states[0]", amity.KindTooLarge}}},
		{name: "nesting 100000 deep, closed", in: `{"schema": "amity/v2", "states": [{"id":` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}]}`,
			want: []ioProblem{{1, "states[0]", amity.KindTooLarge}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := relations.DecodeJSON(strings.NewReader(tt.in), tt.opts)
			if diff := cmp.Diff(tt.want, ioProblems(t, err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s\nerror: %v", diff, err)
			}
			if len(got.States) != tt.states {
				t.Errorf("%d states decoded, want %d", len(got.States), tt.states)
			}
		})
	}
}

func TestDecodeJSONLProblems(t *testing.T) {
	state := func(id, name string) string { return `{"entity":"state","id":"` + id + `","name":"` + name + `"}` }
	tests := []struct {
		name   string
		in     string
		opts   relations.ReadOptions
		want   []ioProblem
		states int
	}{
		{name: "valid", in: state("AZ", "Azerbaijan") + "\n" + state("IR", "Iran") + "\n", states: 2},
		{name: "no final line end", in: state("AZ", "Azerbaijan") + "\n" + state("IR", "Iran"), states: 2},
		{name: "CRLF line ends", in: state("AZ", "Azerbaijan") + "\r\n" + state("IR", "Iran") + "\r\n", states: 2},
		{name: "entity not first", in: `{"id":"AZ","name":"Azerbaijan", "entity" : "state"}` + "\n" + ` { "entity": "state", "id": "IR", "name": "Iran" }`, states: 2},
		{name: "empty file", in: "", want: []ioProblem{{1, "", amity.KindSyntax}}},
		{name: "empty lines", in: state("AZ", "Azerbaijan") + "\n\n \t\r\n" + state("IR", "Iran") + "\n\n",
			want: []ioProblem{{2, "", amity.KindSyntax}, {3, "", amity.KindSyntax}, {5, "", amity.KindSyntax}}, states: 2},
		{name: "byte-order mark", in: "\uFEFF" + state("AZ", "Azerbaijan") + "\n", want: []ioProblem{{1, "", amity.KindSyntax}}, states: 1},
		{name: "UTF-16", in: "\xFE\xFF\x00{\x00}\n", want: []ioProblem{{1, "", amity.KindSyntax}}},
		{name: "line too long, reading goes on",
			in:   state("AZ", "Azerbaijan") + "\n" + state("GE", strings.Repeat("x", 100)) + "\n" + `{"id":"IR","name":"` + strings.Repeat("x", 100) + "\n" + state("IR", "Iran") + "\n",
			opts: relations.ReadOptions{MaxLineBytes: 64}, want: []ioProblem{{2, "states[1]", amity.KindTooLarge}, {3, "", amity.KindTooLarge}}, states: 2},
		{name: "line too long for the reader's buffer",
			in:   state("AZ", strings.Repeat("x", 200000)) + "\r\n" + state("IR", "Iran") + "\n",
			opts: relations.ReadOptions{MaxLineBytes: 100000, MaxStringBytes: 300000}, want: []ioProblem{{1, "states[0]", amity.KindTooLarge}}, states: 1},
		{name: "long line within the limit",
			in:   state("AZ", strings.Repeat("x", 200000)) + "\r\n" + state("IR", "Iran") + "\n",
			opts: relations.ReadOptions{MaxLineBytes: 200000 + 40, MaxStringBytes: 300000}, states: 2},
		{name: "missing entity", in: `{"id":"AZ","name":"Azerbaijan"}`, want: []ioProblem{{1, "entity", amity.KindRequired}}},
		{name: "unknown entity", in: `{"entity":"country","id":"AZ","name":"Azerbaijan"}`, want: []ioProblem{{1, "entity", amity.KindInvalid}}},
		{name: "post on its own line", in: `{"entity":"post","id":"p"}`, want: []ioProblem{{1, "entity", amity.KindInvalid}}},
		{name: "entity not a string", in: `{"id":"AZ","entity":1}`, want: []ioProblem{{1, "entity", amity.KindSyntax}}},
		{name: "entity null", in: `{"id":"AZ","entity":null}`, want: []ioProblem{{1, "entity", amity.KindSyntax}}},
		{name: "kind instead of entity", in: `{"kind":"state","id":"AZ","name":"Azerbaijan"}`, want: []ioProblem{{1, "entity", amity.KindRequired}}},
		{name: "not an object", in: `["state"]`, want: []ioProblem{{1, "", amity.KindSyntax}}},
		{name: "malformed before the entity", in: `{"id":"AZ",,"entity":"state"}`, want: []ioProblem{{1, "", amity.KindSyntax}}},
		{name: "entity twice", in: `{"entity":"state","id":"AZ","name":"Azerbaijan","entity":"state"}`, want: []ioProblem{{1, "states[0].entity", amity.KindSyntax}}},
		{name: "trailing data", in: state("AZ", "Azerbaijan") + " {}", want: []ioProblem{{1, "states[0]", amity.KindSyntax}}},
		{name: "truncated", in: `{"entity":"state","id":"AZ","na`, want: []ioProblem{{1, "states[0]", amity.KindSyntax}}},
		{name: "bad lines, reading goes on", in: strings.Join([]string{
			`{"entity":"meeting","id":"m1","date":"2022-02-30"}`,
			state("AZ", "Azerbaijan"),
			`{"entity":"meeting","id":"m2","participants":"karimov"}`,
			`{"entity":"state","id":"IR","name":"Iran","ID":"x"}`,
			`{"entity":"meeting","id":"m3","participants":null}`,
			`{"entity":"state","id":"TR","name":"T\xffrkiye"}`,
			`{"entity":"state","id":"GE","name":"Georgia","id":"GE"}`,
			`{"entity":"organization","id":"o","kind":"intergovernmental","name":"UNESCO","place":{"colour":1}}`,
			`{"entity":"meeting","id":"m4","participants":[{"official":5}]}`,
			state("AM", "Armenia"),
		}, "\n"), want: []ioProblem{
			{1, "meetings[0].date", amity.KindInvalid},
			{3, "meetings[1].participants", amity.KindSyntax},
			{4, "states[1].ID", amity.KindSyntax},
			{5, "meetings[2].participants", amity.KindSyntax},
			{6, "states[2].name", amity.KindSyntax},
			{7, "states[3].id", amity.KindSyntax},
			{8, "organizations[0].place", amity.KindSyntax},
			{9, "meetings[3].participants[0].official", amity.KindSyntax},
		}, states: 2},
		{name: "string too long", in: state("AZ", strings.Repeat("x", 100)), opts: relations.ReadOptions{MaxStringBytes: 64},
			want: []ioProblem{{1, "states[0].name", amity.KindTooLarge}}},
		{name: "nesting 100000 deep", in: `{"entity":"state","id":"AZ","local_names":` + strings.Repeat("[", 100000), opts: relations.ReadOptions{MaxLineBytes: 200000},
			want: []ioProblem{{1, `states[0].local_names["0"]`, amity.KindTooLarge}}},
		{name: "nesting 100000 deep, entity last", in: `{"id":"AZ","local_names":` + strings.Repeat("{\"a\":", 100000) + `1` + strings.Repeat("}", 100000) + `,"entity":"state"}`,
			opts: relations.ReadOptions{MaxLineBytes: 1000000}, want: []ioProblem{{1, "local_names.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a", amity.KindTooLarge}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := relations.DecodeJSONL(strings.NewReader(tt.in), tt.opts)
			if diff := cmp.Diff(tt.want, ioProblems(t, err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s\nerror: %v", diff, err)
			}
			if len(got.States) != tt.states {
				t.Errorf("%d states decoded, want %d", len(got.States), tt.states)
			}
		})
	}
}

// TestCRLF checks that a JSON Lines file with Windows line ends reads as
// the same file with Unix ones.
func TestCRLF(t *testing.T) {
	r := ioValidRecords()
	var buf bytes.Buffer
	if err := relations.WriteJSONL(&buf, &r); err != nil {
		t.Fatal(err)
	}
	want, err := relations.DecodeJSONL(bytes.NewReader(buf.Bytes()), relations.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	crlf := bytes.ReplaceAll(buf.Bytes(), []byte("\n"), []byte("\r\n"))
	got, err := relations.DecodeJSONL(bytes.NewReader(crlf), relations.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, ioDateEqual); diff != "" {
		t.Errorf("records with CRLF (-LF +CRLF):\n%s", diff)
	}
}

// TestReadProblems checks that Read* report the problems of decoding
// and those of New together, each on the line of its entity, in the
// order of lines, with the index of the entity in the file.
func TestReadProblems(t *testing.T) {
	lines := strings.Join([]string{
		`{"entity":"state","id":"AZ","name":"Azerbaijan"}`,
		`{"entity":"meeting","id":"m0","date":"2022-02-30"}`,
		`{"entity":"state","id":"IR","name":"Iran"}`,
		`{"entity":"meeting","id":"m1","date":"2022-06-20","participants":[{"official":"karimov","state":"AZ"},{"official":"nobody","state":"IR"}],"sources":["azernews"]}`,
		`{"entity":"source","id":"azernews","publisher":"Azernews"}`,
		`{"entity":"official","id":"karimov","name":"Anar Karimov"}`,
		`{"entity":"state","id":"az","name":"lower case"}`,
	}, "\n")
	doc := `{"schema": "amity/v2",
"states": [{"id": "AZ", "name": "Azerbaijan"},
  {"id": "IR", "name": "Iran"},
  {"id": "az", "name": "lower case"}],
"meetings": [{"id": "m0", "date": "2022-02-30"},
  {"id": "m1", "date": "2022-06-20",
   "participants": [{"official": "karimov", "state": "AZ"}, {"official": "nobody", "state": "IR"}],
   "sources": ["azernews"]}],
"sources": [{"id": "azernews", "publisher": "Azernews"}],
"officials": [{"id": "karimov", "name": "Anar Karimov"}]}`
	tests := []struct {
		name string
		read func(io.Reader, relations.ReadOptions) (*relations.Dataset, error)
		in   string
		want []ioProblem
	}{
		{"lines", relations.ReadJSONL, lines, []ioProblem{
			{2, "meetings[0].date", amity.KindInvalid},
			{4, "meetings[1].participants[1].official", amity.KindNotFound},
			{7, "states[2].id", amity.KindInvalid},
		}},
		{"document", relations.ReadJSON, doc, []ioProblem{
			{4, "states[2].id", amity.KindInvalid},
			{5, "meetings[0].date", amity.KindInvalid},
			{6, "meetings[1].participants[1].official", amity.KindNotFound},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := tt.read(strings.NewReader(tt.in), relations.ReadOptions{})
			if ds != nil {
				t.Error("a dataset despite problems")
			}
			if diff := cmp.Diff(tt.want, ioProblems(t, err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}

// TestReadAfterBadFile checks that a valid file read after bad ones
// loads completely: a read leaves no state behind.
func TestReadAfterBadFile(t *testing.T) {
	r := ioValidRecords()
	var doc, lines bytes.Buffer
	if err := relations.WriteJSON(&doc, &r); err != nil {
		t.Fatal(err)
	}
	if err := relations.WriteJSONL(&lines, &r); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "{", "\uFEFF[", `{"entity":"meeting","id":"m1"}`, strings.Repeat("[", 1000)} {
		relations.ReadJSON(strings.NewReader(bad), relations.ReadOptions{})
		relations.ReadJSONL(strings.NewReader(bad), relations.ReadOptions{})
	}
	if _, err := relations.ReadJSON(bytes.NewReader(doc.Bytes()), relations.ReadOptions{}); err != nil {
		t.Errorf("ReadJSON: %v", err)
	}
	if _, err := relations.ReadJSONL(bytes.NewReader(lines.Bytes()), relations.ReadOptions{}); err != nil {
		t.Errorf("ReadJSONL: %v", err)
	}
}

// TestReaderError checks that an error of the reader is returned as it
// is, not as a problem of the data.
func TestReaderError(t *testing.T) {
	want := errors.New("connection reset")
	in := io.MultiReader(strings.NewReader(`{"schema": "amity/v2", "states": [`), iotest.ErrReader(want))
	if _, err := relations.ReadJSON(in, relations.ReadOptions{}); !errors.Is(err, want) {
		t.Errorf("ReadJSON: got %v, want %v", err, want)
	}
	in = io.MultiReader(strings.NewReader(`{"entity":"state","id":"AZ","name":"Azerbaijan"}`+"\n"+`{"entity"`), iotest.ErrReader(want))
	if _, err := relations.ReadJSONL(in, relations.ReadOptions{}); !errors.Is(err, want) {
		t.Errorf("ReadJSONL: got %v, want %v", err, want)
	}
}

package plover_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/plover"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// load reads a dataset of the schema's test data: example.json, the
// Azernews report of 2022-06-22 and the reports that complete it;
// all-fields.json, test values that set every field amity has.
func load(t *testing.T, name string) relations.Records {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "schema", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := relations.DecodeJSON(f, relations.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := relations.Validate(&r); err != nil {
		t.Fatal(err)
	}
	return r
}

func export(t *testing.T, r *relations.Records) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := plover.Export(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestExportGolden writes the example as PLOVER records and compares them
// with the reviewed file.
func TestExportGolden(t *testing.T) {
	r := load(t, "example.json")
	got := export(t, &r)
	path := filepath.Join("testdata", "example.plover.jsonl")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); run go test -update:\n%s", path, diff)
	}
}

// TestExportDeterministic checks that the order of the records does not
// change the bytes.
func TestExportDeterministic(t *testing.T) {
	r := load(t, "example.json")
	want := export(t, &r)
	slices.Reverse(r.Meetings)
	slices.Reverse(r.Officials)
	slices.Reverse(r.Initiatives)
	if got := export(t, &r); !bytes.Equal(want, got) {
		t.Error("the export depends on the order of the records")
	}
}

var day = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// TestRequiredFields checks the fields the manual requires of every
// record: a unique id, a date as YYYY-MM-DD, a source, an event type of
// PLOVER; and that actors' codes are alpha-3 or IGO.
func TestRequiredFields(t *testing.T) {
	for _, name := range []string{"example.json", "all-fields.json"} {
		t.Run(name, func(t *testing.T) {
			r := load(t, name)
			seen := map[string]bool{}
			for _, rec := range plover.Records(&r) {
				if rec.ID == "" || seen[rec.ID] {
					t.Errorf("id %q empty or repeated", rec.ID)
				}
				seen[rec.ID] = true
				if !day.MatchString(rec.Date) || rec.EndDate != "" && !day.MatchString(rec.EndDate) {
					t.Errorf("%s: date %q, enddate %q", rec.ID, rec.Date, rec.EndDate)
				}
				if len(rec.Source) == 0 || len(rec.Event) == 0 {
					t.Errorf("%s: no source or no event", rec.ID)
				}
				for _, e := range rec.Event {
					if !events.PLOVEREvent(e).Valid() {
						t.Errorf("%s: event %q", rec.ID, e)
					}
				}
				for _, m := range rec.Mode {
					if !slices.ContainsFunc(rec.Event, func(e string) bool { return events.PLOVERMode(m).ValidFor(events.PLOVEREvent(e)) }) {
						t.Errorf("%s: mode %q of none of %v", rec.ID, m, rec.Event)
					}
				}
				for _, a := range slices.Concat(rec.Source, rec.Recipient) {
					if len(a.Code) != 3 {
						t.Errorf("%s: actor code %q", rec.ID, a.Code)
					}
				}
				if diff := cmp.Diff([]string{plover.Context}, rec.Context); diff != "" {
					t.Errorf("%s: context (-want +got):\n%s", rec.ID, diff)
				}
			}
		})
	}
}

// TestCodingRules checks the manual's rules on single records of the
// example: the visitor is the source and the host the recipient;
// proposals and statements that raised an initiative are AGREE, other
// statements are not written; a date known to the month is its first day.
func TestCodingRules(t *testing.T) {
	r := load(t, "example.json")
	recs := map[string]plover.Record{}
	for _, rec := range plover.Records(&r) {
		recs[rec.ID] = rec
	}
	karimov := plover.Actor{Code: "AZE", Sector: "GOV", ActorText: "Anar Karimov", Office: "Minister of Culture"}
	ismaili := plover.Actor{Code: "IRN", Sector: "GOV", ActorText: "Mehdi Ismaili", Office: "Minister of Culture and Islamic Guidance"}
	imanipur := plover.Actor{Code: "IRN", Sector: "GOV", ActorText: "Mehdi Imanipur", Office: "Chairman"}
	azernews := &plover.CiteInfo{Citation: "Laman Ismayilova, Azernews, 2022-06-22", URL: "http://www.today.az/news/entertainment/222019.html",
		Language: "en", Publication: "Azernews"}
	tests := []struct {
		id   string
		want plover.Record
	}{
		{"karimov-visit-to-iran-2022", plover.Record{
			ID: "karimov-visit-to-iran-2022", Date: "2022-06-01", DatePrecision: "month",
			Source: []plover.Actor{karimov}, Recipient: []plover.Actor{{Code: "IRN", Sector: "GOV"}},
			Event: []string{"CONSULT"}, QuadCode: 1, Mode: []string{"visit"}, Context: []string{"diplomatic"},
			EventText: []string{"The visit coincided with the 30th anniversary of the establishment of diplomatic relations between the two countries."},
			EventLoc:  &plover.Location{Name: "Tehran", CountryCode: "IR", CC3: "IRN"},
			Link:      "karimov-visit-to-iran-2022", CiteInfo: azernews, CAMEO: []string{"042"},
		}},
		{"karimov-imanipur-2022-06", plover.Record{
			ID: "karimov-imanipur-2022-06", Date: "2022-06-01", DatePrecision: "month",
			Source: []plover.Actor{karimov}, Recipient: []plover.Actor{imanipur},
			Event: []string{"CONSULT"}, QuadCode: 1, Mode: []string{"visit"}, Context: []string{"diplomatic"},
			EventText: []string{"Anar Karimov meets Mehdi Imanipur", "The meeting covered cooperation between Iran and Azerbaijan in the field of cinema and the book industry. A number of other important issues were also discussed."},
			Link:      "karimov-visit-to-iran-2022", CiteInfo: azernews, CAMEO: []string{"040"},
			Topics: []string{"cinema", "books", "international_organizations", "cultural_centres", "heritage_and_restoration", "bilateral_relations", "twinning", "other"},
		}},
		{"twinning-suggestion", plover.Record{
			ID: "twinning-suggestion", Date: "2022-06-01", DatePrecision: "month",
			Source: []plover.Actor{imanipur}, Recipient: []plover.Actor{karimov},
			Event: []string{"AGREE"}, QuadCode: 1, Context: []string{"diplomatic"},
			EventText: []string{"Azerbaijan's cultural capital, the city of Shusha, be twinned with one of the Iranian cities."},
			Link:      "karimov-visit-to-iran-2022", CiteInfo: azernews, Topics: []string{"twinning"},
			Comment: "The speaker is inferred from the context: the source does not name it.",
		}},
		{"sides-noted-cooperation", plover.Record{
			ID: "sides-noted-cooperation", Date: "2022-06-20",
			Source: []plover.Actor{karimov, ismaili},
			Event:  []string{"AGREE"}, QuadCode: 1, Context: []string{"diplomatic"},
			EventText: []string{"The potential for further cooperation between the two countries within international organizations, and that work is under way on a draft culture exchange programme."},
			Link:      "karimov-visit-to-iran-2022", CiteInfo: azernews, Topics: []string{"international_organizations", "exchange_programmes"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, recs[tt.id]); diff != "" {
				t.Errorf("record (-want +got):\n%s", diff)
			}
		})
	}
	for _, id := range []string{"karimov-anniversary", "ismaili-literature", "imanipur-fraternal-relations", "karimov-ismaili-2022-06-20/3"} {
		if _, ok := recs[id]; ok {
			t.Errorf("%s is a comment, which PLOVER does not code, but it was written", id)
		}
	}
	var agree []string
	for id, rec := range recs {
		if slices.Contains(rec.Event, "AGREE") {
			agree = append(agree, id)
		}
	}
	slices.Sort(agree)
	want := []string{"ismaili-festivals", "karimov-centre-in-tehran", "karimov-cultural-centre", "sides-joint-work", "sides-noted-cooperation", "twinning-suggestion"}
	if diff := cmp.Diff(want, agree); diff != "" {
		t.Errorf("AGREE records (-want +got):\n%s", diff)
	}
}

// TestActors checks the actors of meetings without a host, and of
// officials of an intergovernmental organization.
func TestActors(t *testing.T) {
	d := amity.MustParseDate("2022-06-20")
	r := relations.Records{
		Organizations: []orgs.Organization{{ID: "igo", Kind: orgs.KindIntergovernmental, Names: amity.Names{Name: "An IGO"}}},
		Officials: []orgs.Official{
			{ID: "a", Names: amity.Names{Name: "A"}, Posts: []orgs.Post{{ID: "a.dg", Title: "Director-General", Organization: "igo"}}},
			{ID: "b", Names: amity.Names{Name: "B"}, Posts: []orgs.Post{{ID: "b.m", Title: "Minister", State: "IR"}}},
		},
		Meetings: []events.Meeting{{ID: "m", Date: d, Participants: []events.Participant{{Official: "a", State: "AZ", Post: "a.dg"}, {Official: "b", State: "IR"}},
			Statements: []events.Statement{{Speakers: []orgs.OfficialID{"b"}, Verb: events.VerbInvited, Summary: "An invitation."}}}},
	}
	got := plover.Records(&r)
	want := []plover.Record{
		{ID: "m", Date: "2022-06-20", Source: []plover.Actor{
			{Code: "IGO", ActorText: "A", Office: "Director-General"},
			{Code: "IRN", Sector: "GOV", ActorText: "B", Office: "Minister"},
		}, Event: []string{"CONSULT"}, QuadCode: 1, Context: []string{"diplomatic"}, Link: "m"},
		{ID: "m/0", Date: "2022-06-20", Source: []plover.Actor{{Code: "IRN", Sector: "GOV", ActorText: "B", Office: "Minister"}},
			Recipient: []plover.Actor{{Code: "IGO", ActorText: "A", Office: "Director-General"}},
			Event:     []string{"AGREE"}, QuadCode: 1, Context: []string{"diplomatic"}, EventText: []string{"An invitation."}, Link: "m"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
}

// TestExportBroken checks that Export survives records that break
// amity's rules: a meeting of no one, speakers who are not participants,
// an unknown state, zero dates.
func TestExportBroken(t *testing.T) {
	r := relations.Records{
		Visits: []events.Visit{{ID: "v", Visitors: []orgs.OfficialID{"nobody"}, Guest: "ZZ"}},
		Meetings: []events.Meeting{{ID: "m", Host: "IR",
			Statements: []events.Statement{{Verb: events.VerbProposed, Speakers: []orgs.OfficialID{"nobody"}}}}},
	}
	got := plover.Records(&r)
	if len(got) != 3 {
		t.Fatalf("%d records, want 3", len(got))
	}
	if v := got[2]; v.ID != "v" || len(v.Source) != 1 || v.Source[0].Code != "ZZ" {
		t.Errorf("visit %+v, want visitor's code ZZ as given", v)
	}
}

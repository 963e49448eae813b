package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

var update = flag.Bool("update", false, "rewrite testdata/report.golden from the report")

func dataset(t *testing.T) *relations.Dataset {
	t.Helper()
	d, err := relations.New(kplnews.Records())
	if err != nil {
		t.Fatalf("relations.New(kplnews.Records()): %v", err)
	}
	return d
}

// TestReport checks the report against testdata/report.golden; go test
// -update rewrites the file.
func TestReport(t *testing.T) {
	var buf bytes.Buffer
	if err := report(&buf, dataset(t)); err != nil {
		t.Fatalf("report: %v", err)
	}
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("report differs from %s (-want +got):\n%s", golden, diff)
	}
}

func TestRun(t *testing.T) {
	tests := []struct {
		format  string
		prefix  string
		wantErr bool
	}{
		{format: "text", prefix: "Laos and Cambodia: the memorandum on cultural cooperation of December 2010\n"},
		{format: "json", prefix: "{\n  \"schema\": \"" + relations.Schema + "\",\n"},
		{format: "jsonl", prefix: `{"entity":"source",`},
		{format: "dot", prefix: "digraph "},
		{format: "mermaid", prefix: "flowchart "},
		{format: "yaml", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var buf bytes.Buffer
			err := run(&buf, tt.format)
			if gotErr := err != nil; gotErr != tt.wantErr {
				t.Fatalf("run(%q) error = %v, want error: %t", tt.format, err, tt.wantErr)
			}
			if !strings.HasPrefix(buf.String(), tt.prefix) {
				t.Errorf("run(%q) wrote %.60q..., want it to start with %q", tt.format, buf.String(), tt.prefix)
			}
		})
	}
}

// TestRunJSON checks that what -format json and -format jsonl write reads
// back into a valid dataset of the same size, which writes the same bytes.
func TestRunJSON(t *testing.T) {
	tests := []struct {
		format string
		read   func(io.Reader, relations.ReadOptions) (*relations.Dataset, error)
		write  func(io.Writer, *relations.Records) error
	}{
		{"json", relations.ReadJSON, relations.WriteJSON},
		{"jsonl", relations.ReadJSONL, relations.WriteJSONL},
	}
	want := kplnews.Records()
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(&out, tt.format); err != nil {
				t.Fatalf("run(%q): %v", tt.format, err)
			}
			d, err := tt.read(bytes.NewReader(out.Bytes()), relations.ReadOptions{})
			if err != nil {
				t.Fatalf("reading what run(%q) wrote: %v", tt.format, err)
			}
			r := d.Records()
			if got := r.Len(); got != want.Len() {
				t.Errorf("read back %d entities, want %d", got, want.Len())
			}
			var again bytes.Buffer
			if err := tt.write(&again, &r); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(out.String(), again.String()); diff != "" {
				t.Errorf("written again after reading (-first +second):\n%s", diff)
			}
		})
	}
}

func agreementIDs(as []cooperation.Agreement) []cooperation.AgreementID {
	var out []cooperation.AgreementID
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

// planned returns, for each event the memorandum plans, its kind, status
// and topics.
func planned(d *relations.Dataset, kind cooperation.CulturalEventKind) []string {
	var out []string
	for e := range d.CulturalEvents(relations.EventFilter{Agreement: kplnews.MOU, Kind: kind}) {
		out = append(out, e.Title+": "+string(e.Status()))
	}
	return out
}

// TestArticleFacts asks the dataset each fact of the KPL report of
// 23 December 2010 through the library's queries, and that what the
// article leaves vague stays so. A change that loses a fact fails the row
// named after it.
func TestArticleFacts(t *testing.T) {
	d := dataset(t)
	mou, _ := d.Agreement(kplnews.MOU)
	dec2010 := relations.Period{From: amity.MustParseDate("2010-12"), To: amity.MustParseDate("2010-12")}
	tests := []struct {
		name string
		got  func() any
		want any
	}{
		// The sources.
		{"KPL reported from Vientiane on 23 December 2010", func() any {
			s, _ := d.Source(kplnews.KPL)
			return []string{s.Publisher, s.Published.String(), s.Title}
		}, []string{"KPL", "2010-12-23", "Laos, Cambodia ink cultural cooperation"}},
		{"the blog relays KPL", func() any { s, _ := d.Source(kplnews.Blog); return s.Cites }, []amity.SourceID{kplnews.KPL}},

		// The memorandum.
		{"a memorandum of understanding (MOU) on cultural cooperation", func() any {
			return []string{string(mou.Kind), mou.Title, mou.ShortTitle}
		}, []string{"memorandum_of_understanding", "Memorandum of Understanding on cultural cooperation", "MOU"}},
		{"signed in Vientiane", func() any { return mou.Place.City }, "Vientiane"},
		{"signed on 21 December, the year read from the date of the report", func() any {
			q, marked := mou.Uncertain.Of("signed")
			return []any{mou.Signed.String(), marked, q.Basis}
		}, []any{"2010-12-21", true, amity.BasisInferred}},
		{"signed by Mounkeo Oraboun", func() any { return agreementIDs(slices.Collect(d.SignedBy(kplnews.Mounkeo))) }, []cooperation.AgreementID{kplnews.MOU}},
		{"signed by Him Chhem", func() any { return agreementIDs(slices.Collect(d.SignedBy(kplnews.HimChhem))) }, []cooperation.AgreementID{kplnews.MOU}},
		{"Mounkeo Oraboun is the Lao Minister of Information and Culture", func() any {
			o, p, _ := d.Post(kplnews.MounkeoPost)
			m, _ := d.Ministry(p.Ministry)
			return []string{o.Name, p.Title, string(m.State)}
		}, []string{"Mounkeo Oraboun", "Minister of Information and Culture", "LA"}},
		{"the Lao ministry holds information and culture", func() any {
			m, _ := d.Ministry(kplnews.CultureLA)
			return m.Portfolios
		}, []orgs.Portfolio{orgs.PortfolioInformation, orgs.PortfolioCulture}},
		{"Him Chhem is the Cambodian Minister of Culture and Art", func() any {
			o, p, _ := d.Post(kplnews.HimChhemPost)
			m, _ := d.Ministry(p.Ministry)
			return []string{o.Name, p.Title, string(m.State)}
		}, []string{"Him Chhem", "Minister of Culture and Art", "KH"}},
		{"each minister signs for his ministry, as read from the article", func() any {
			var out []string
			for _, s := range mou.Signatories {
				out = append(out, string(s.Official)+" for "+s.For.ID())
			}
			_, marked := mou.Uncertain.Of("signatories")
			return append(out, map[bool]string{true: "marked inferred"}[marked])
		}, []string{"mounkeo-oraboun for " + string(kplnews.CultureLA), "him-chhem for " + string(kplnews.CultureKH), "marked inferred"}},
		{"activities and events over the next three years", func() any {
			return strings.Contains(mou.Provisions[0].Summary, "over the next three years")
		}, true},

		// What the memorandum plans.
		{"film festivals", func() any { return planned(d, cooperation.EventFestival) }, []string{"Film festivals: announced"}},
		{"a cultural week", func() any { return planned(d, cooperation.EventWeek) }, []string{"A cultural week: announced"}},
		{"photo and painting exhibitions", func() any { return planned(d, cooperation.EventExhibition) }, []string{"Photo and painting exhibitions: announced"}},
		{"book fairs", func() any { return planned(d, cooperation.EventFair) }, []string{"Book fairs: announced"}},
		{"on occasions of national significance for each country", func() any {
			e, _ := d.CulturalEvent(kplnews.FilmFestivals)
			return strings.Contains(e.Note, "occasions of national significance")
		}, true},
		{"each year, three to five officials of each state's culture sector visit the other for a week", func() any {
			e, _ := d.CulturalEvent(kplnews.ExchangeVisits)
			var sizes []string
			for _, id := range e.Groups {
				g, _ := d.Group(id)
				sizes = append(sizes, string(g.State)+" "+g.Size.String())
			}
			return []any{e.Recurs, e.Length.String(), sizes}
		}, []any{cooperation.EveryYear, "7 days", []string{"LA 3 to 5", "KH 3 to 5"}}},
		{"the nations shall invite art groups and delegations (quoted)", func() any {
			return strings.HasPrefix(mou.Provisions[4].Quote, "The nations shall invite art groups and delegations from other countries")
		}, true},
		{"technical cooperation, training for officials, heritage preservation", func() any {
			in, _ := d.Initiative(kplnews.Technical)
			return []any{in.Status(), in.Topics, in.Agreements}
		}, []any{cooperation.StatusAgreed, []events.Topic{events.TopicEducation, events.TopicHeritage}, []cooperation.AgreementID{kplnews.MOU}}},
		{"cooperation between museums and libraries", func() any {
			in, _ := d.Initiative(kplnews.MuseumsLibrary)
			return []any{in.Status(), in.Topics}
		}, []any{cooperation.StatusAgreed, []events.Topic{events.TopicMuseums, events.TopicLibraries}}},
		{"the two ministries agreed to boost intellectual property rights protection", func() any {
			in, _ := d.Initiative(kplnews.IntellectualPro)
			return []any{in.Status(), in.Topics, events.TopicCopyright.Domain()}
		}, []any{cooperation.StatusAgreed, []events.Topic{events.TopicCopyright}, events.DomainIntellectualProperty}},

		// The meeting of 16 December.
		{"two meetings between Laos and Cambodia in December 2010", func() any {
			var out []events.MeetingID
			for m := range d.MeetingsBetween(kplnews.LA, kplnews.KH, dec2010) {
				out = append(out, m.ID)
			}
			return out
		}, []events.MeetingID{kplnews.Meeting, kplnews.Signing}},
		{"cultural officials led by the two ministers met on 16 December", func() any {
			m, _ := d.Meeting(kplnews.Meeting)
			var leaders []orgs.OfficialID
			for _, g := range m.Groups() {
				gr, _ := d.Group(g)
				leaders = append(leaders, gr.Leaders...)
			}
			return []any{m.Date.String(), leaders}
		}, []any{"2010-12-16", []orgs.OfficialID{kplnews.Mounkeo, kplnews.HimChhem}}},
		{"the two sides expressed their willingness", func() any {
			_, s, _ := d.Statement(kplnews.Willingness)
			return []any{s.Groups, s.Verb, strings.Contains(s.Summary, "Cambodia, Laos, Myanmar and Vietnam")}
		}, []any{[]orgs.GroupID{kplnews.OfficialsLA, kplnews.OfficialsKH}, events.VerbExpressed, true}},
		{"Cambodia, Laos, Myanmar and Vietnam are ASEAN members", func() any {
			var out []orgs.OrganizationID
			for o := range d.SharedMemberships(kplnews.MM, kplnews.VN, amity.MustParseDate("2010-12-16")) {
				out = append(out, o.ID)
			}
			return out
		}, []orgs.OrganizationID{kplnews.ASEAN}},

		// What the article leaves vague stays vague.
		{"entry into force, term and renewal are not stated", func() any {
			return []string{mou.InForce().String(), mou.Duration.String(), string(mou.Renewal)}
		}, []string{"", "", ""}},
		{"so no agreement is known to be in force between the two", func() any {
			return agreementIDs(slices.Collect(d.AgreementsInForce(kplnews.LA, kplnews.KH, amity.MustParseDate("2011"))))
		}, []cooperation.AgreementID(nil)},
		{"the memorandum is signed, as its dates tell", func() any { return mou.StatusOn(amity.MustParseDate("2011")) }, cooperation.AgreementSigned},
		{"the place of the meeting of 16 December is not stated", func() any { m, _ := d.Meeting(kplnews.Meeting); return m.Place.IsZero() }, true},
		{"the events have no date", func() any {
			var dated []cooperation.CulturalEventID
			for e := range d.CulturalEvents(relations.EventFilter{}) {
				if !e.Planned.IsZero() || !e.Held.IsZero() || !e.History[0].Date.IsZero() {
					dated = append(dated, e.ID)
				}
			}
			return dated
		}, []cooperation.CulturalEventID(nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestNothingElse checks that every entity cites the dispatch and nothing
// else: the dataset holds the article's facts only.
func TestNothingElse(t *testing.T) {
	var buf bytes.Buffer
	r := kplnews.Records()
	if err := relations.WriteJSONL(&buf, &r); err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(buf.String()) {
		if strings.HasPrefix(line, `{"entity":"source"`) {
			continue
		}
		if !strings.Contains(line, `"sources":["`+string(kplnews.KPL)+`"]`) {
			t.Errorf("an entity does not cite the dispatch alone: %.120s", line)
		}
	}
}

package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

var update = flag.Bool("update", false, "rewrite testdata/report.golden from the report")

func dataset(t *testing.T) *relations.Dataset {
	t.Helper()
	d, err := relations.New(azernews.Records())
	if err != nil {
		t.Fatalf("relations.New(azernews.Records()): %v", err)
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
		prefix  string // the output starts with it
		wantErr bool
	}{
		{format: "text", prefix: "Azerbaijan and Iran: the culture minister's visit of June 2022\n"},
		{format: "json", prefix: "{\n  \"schema\": \"amity/v2\",\n"},
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
	want := azernews.Records()
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

// ids collects the IDs of the values seq yields, in order.
func ids[T any, ID ~string](seq iter.Seq[T], id func(T) ID) []string {
	var out []string
	for v := range seq {
		out = append(out, string(id(v)))
	}
	return out
}

func meetingID(m events.Meeting) events.MeetingID                     { return m.ID }
func initiativeID(in cooperation.Initiative) cooperation.InitiativeID { return in.ID }
func organizationID(o orgs.Organization) orgs.OrganizationID          { return o.ID }
func officialID(o orgs.Official) orgs.OfficialID                      { return o.ID }

// said is what a fact row reads of a statement: who, whether inferred,
// the verb and the topics.
type said struct {
	Meeting  events.MeetingID
	Speakers []orgs.OfficialID
	Inferred bool
	Verb     events.Verb
	Topics   []events.Topic
}

func statement(d *relations.Dataset, id events.StatementID) said {
	m, s, ok := d.Statement(id)
	if !ok {
		return said{}
	}
	return said{Meeting: m.ID, Speakers: s.Speakers, Inferred: s.SpeakersInferred, Verb: s.Verb, Topics: s.Topics}
}

// post is what a fact row reads of an official's post.
type post struct {
	Official orgs.OfficialID
	Title    string
	Holder   string // the ministry, organization or state
}

func postOf(d *relations.Dataset, id orgs.PostID) post {
	o, p, ok := d.Post(id)
	if !ok {
		return post{}
	}
	holder := string(p.Ministry) + string(p.Organization) + string(p.State)
	return post{Official: o.ID, Title: p.Title, Holder: holder}
}

func hasTopic(d *relations.Dataset, m events.MeetingID, t events.Topic) bool {
	mt, _ := d.Meeting(m)
	return slices.Contains(mt.Topics, t)
}

// TestArticleFacts asks the dataset each fact of the Azernews report of
// 2022-06-22, and each fact taken from another report, through the
// library's queries. A change that loses a fact fails the row named after
// it.
func TestArticleFacts(t *testing.T) {
	d := dataset(t)
	june := relations.Period{From: amity.MustParseDate("2022-06-01"), To: amity.MustParseDate("2022-06-30")}
	on := amity.MustParseDate("2022-06-20")
	tests := []struct {
		name string
		got  func() any
		want any
	}{
		// The source.
		{"Azernews published the article on 2022-06-22", func() any {
			s, _ := d.Source(azernews.Azernews)
			return []string{s.Publisher, s.Published.String()}
		}, []string{"Azernews", "2022-06-22"}},
		{"Laman Ismayilova wrote the article", func() any {
			s, _ := d.Source(azernews.Azernews)
			return s.Author
		}, "Laman Ismayilova"},
		{"Azernews cites the Azerbaijani Culture Ministry", func() any {
			s, _ := d.Source(azernews.Azernews)
			var out []string
			for _, id := range s.Cites {
				c, _ := d.Source(id)
				out = append(out, c.Publisher)
			}
			return out
		}, []string{"Ministry of Culture of the Republic of Azerbaijan"}},

		// "Azerbaijan and Iran intend to expand cultural cooperation."
		{"Azerbaijan and Iran intend to expand cultural cooperation", func() any {
			v, _ := d.Visit(azernews.Visit)
			return strings.Contains(v.Note, "Azerbaijan and Iran intend to expand cultural cooperation")
		}, true},

		// "The sides noted the potential for further cooperation ... within
		// international organizations and that work is underway on a draft
		// culture exchange program."
		{"the sides noted the potential for cooperation within international organizations", func() any {
			return statement(d, azernews.SidesNotedPotential)
		}, said{Meeting: azernews.MeetingIsmaili, Speakers: []orgs.OfficialID{azernews.Karimov, azernews.Ismaili}, Verb: events.VerbNoted,
			Topics: []events.Topic{events.TopicIntlOrgs, events.TopicExchange}}},
		{"exchange programme is drafting", func() any {
			return ids(d.Initiatives(relations.InitiativeFilter{Status: cooperation.StatusDrafting, Party: azernews.AZ}), initiativeID)
		}, []string{string(azernews.Exchange)}},

		// "Azerbaijan Culture Minister Anar Karimov stressed that his visit
		// to Iran coincided with the 30th anniversary ..."
		{"Karimov is Azerbaijan's culture minister", func() any {
			return postOf(d, azernews.KarimovPost)
		}, post{Official: azernews.Karimov, Title: "Minister of Culture", Holder: string(azernews.CultureAZ)}},
		{"Karimov visited Iran", func() any {
			var out []string
			for e := range d.Timeline(azernews.AZ, azernews.IR) {
				if e.Kind == relations.TimelineVisit {
					v, _ := d.Visit(events.VisitID(e.ID))
					out = append(out, string(v.Visitors[0])+" "+string(v.Guest)+"->"+string(v.Host))
				}
			}
			return out
		}, []string{"anar-karimov AZ->IR"}},
		{"30th anniversary in 2022", func() any {
			_, n, ok := d.Anniversary(azernews.AZ, azernews.IR, azernews.Year)
			return []any{n, ok}
		}, []any{30, true}},
		{"the visit coincided with the 30th anniversary of diplomatic relations", func() any {
			v, _ := d.Visit(azernews.Visit)
			occ, _ := d.VisitOccasion(v)
			return occ
		}, "30th anniversary of diplomatic relations"},
		{"Karimov stressed the anniversary", func() any {
			return statement(d, azernews.KarimovAnniversary)
		}, said{Meeting: azernews.MeetingIsmaili, Speakers: []orgs.OfficialID{azernews.Karimov}, Verb: events.VerbStressed,
			Topics: []events.Topic{events.TopicBilateral}}},

		// "Anar Karimov underlined that the establishment of the Azerbaijan
		// Cultural Center in Tehran will contribute ..."
		{"Karimov underlined the Azerbaijan Cultural Center in Tehran", func() any {
			return statement(d, azernews.KarimovCentre)
		}, said{Meeting: azernews.MeetingIsmaili, Speakers: []orgs.OfficialID{azernews.Karimov}, Verb: events.VerbUnderlined,
			Topics: []events.Topic{events.TopicCulturalCentres}}},
		{"the Azerbaijan Cultural Center is to be in Tehran", func() any {
			in, _ := d.Initiative(azernews.CulturalCentre)
			return in.Places
		}, []orgs.Place{{City: "Tehran", Country: azernews.IR}}},
		{"Karimov proposed the cultural centre", func() any {
			var out []string
			for p := range d.Proposals() {
				if p.Official == azernews.Karimov {
					out = append(out, string(p.Initiative))
				}
			}
			return out
		}, []string{string(azernews.CulturalCentre)}},

		// "The Azerbaijan culture minister touched upon the reconstruction
		// works ... and noted the symbolic significance of Shusha city to
		// the Islamic world."
		{"Karimov touched upon the reconstruction works", func() any {
			return statement(d, azernews.KarimovReconstruction)
		}, said{Meeting: azernews.MeetingIsmaili, Speakers: []orgs.OfficialID{azernews.Karimov}, Verb: events.VerbTouchedOn,
			Topics: []events.Topic{events.TopicHeritage}}},
		{"Karimov noted the significance of Shusha to the Islamic world", func() any {
			s := statement(d, azernews.KarimovShusha)
			_, st, _ := d.Statement(azernews.KarimovShusha)
			return []any{s.Speakers, s.Verb, strings.Contains(st.Summary, "Shusha city to the Islamic world")}
		}, []any{[]orgs.OfficialID{azernews.Karimov}, events.VerbNoted, true}},

		// "Iranian Minister of Culture and Islamic Guidance Mehdi Ismaili
		// said ... literature and stressed the importance of holding film
		// and music festivals, organizing cultural weeks, and exchange
		// programs in the field of sculpture, and painting."
		{"Ismaili is Iran's Minister of Culture and Islamic Guidance", func() any {
			return []any{ids(d.Find("Mehdi Ismaili"), func(m relations.Match) string { return m.ID }), postOf(d, azernews.IsmailiPost)}
		}, []any{[]string{string(azernews.Ismaili)}, post{Official: azernews.Ismaili, Title: "Minister of Culture and Islamic Guidance", Holder: string(azernews.CultureIR)}}},
		{"the Ministry of Culture and Islamic Guidance is Iran's", func() any {
			m, _ := d.Ministry(azernews.CultureIR)
			return m.State
		}, azernews.IR},
		{"Ismaili said there are wide opportunities in literature", func() any {
			return statement(d, azernews.IsmailiLiterature)
		}, said{Meeting: azernews.MeetingIsmaili, Speakers: []orgs.OfficialID{azernews.Ismaili}, Verb: events.VerbSaid,
			Topics: []events.Topic{events.TopicLiterature}}},
		{"Ismaili stressed festivals, cultural weeks and sculpture and painting exchanges", func() any {
			return statement(d, azernews.IsmailiFestivals).Verb
		}, events.VerbStressed},
		{"Ismaili proposed literature, festivals, cultural weeks and arts exchanges", func() any {
			var out []string
			for p := range d.Proposals() {
				if p.Official == azernews.Ismaili {
					out = append(out, string(p.Initiative))
				}
			}
			return out
		}, []string{string(azernews.CulturalWeeks), string(azernews.Festivals), string(azernews.Literature), string(azernews.ArtsExchange)}},
		{"film and music festivals are about film and music", func() any {
			in, _ := d.Initiative(azernews.Festivals)
			return in.Topics
		}, []events.Topic{events.TopicFestivals, events.TopicCinema, events.TopicMusic}},

		// "The meeting continued with a discussion of a number of issues of
		// mutual interest."
		{"the first meeting discussed a number of other issues", func() any {
			return hasTopic(d, azernews.MeetingIsmaili, events.TopicOther)
		}, true},
		{"Karimov met Ismaili", func() any {
			return ids(d.Met(azernews.Karimov, azernews.Ismaili), meetingID)
		}, []string{string(azernews.MeetingIsmaili)}},

		// "Furthermore, Anar Karimov met with the chairman of Iran's Islamic
		// Culture and Relations Organization Mehdi Imanipur."
		{"Karimov met Imanipur", func() any {
			return ids(d.Met(azernews.Karimov, azernews.Imanipur), meetingID)
		}, []string{string(azernews.MeetingImanipur)}},
		{"Imanipur chairs Iran's Islamic Culture and Relations Organization", func() any {
			o, _ := d.Organization(azernews.ICRO)
			return []any{postOf(d, azernews.ImanipurPost), o.Name, o.State}
		}, []any{post{Official: azernews.Imanipur, Title: "Chairman", Holder: string(azernews.ICRO)}, "Islamic Culture and Relations Organization", azernews.IR}},
		{"Karimov had two meetings in Iran in June 2022", func() any {
			return ids(d.MeetingsBetween(azernews.AZ, azernews.IR, june), meetingID)
		}, []string{string(azernews.MeetingImanipur), string(azernews.MeetingIsmaili)}},
		{"both meetings were part of the visit and hosted by Iran", func() any {
			var out []string
			for m := range d.MeetingsOf(azernews.Karimov) {
				out = append(out, string(m.Visit)+" "+string(m.Host))
			}
			return out
		}, []string{string(azernews.Visit) + " IR", string(azernews.Visit) + " IR"}},

		// "The meeting covered cooperation ... in the field of cinema and the
		// book industry."
		{"the second meeting covered cinema and the book industry", func() any {
			in, _ := d.Initiative(azernews.CinemaBooks)
			return []any{in.Topics, slices.Contains(ids(d.InitiativesAt(azernews.MeetingImanipur), initiativeID), string(azernews.CinemaBooks))}
		}, []any{[]events.Topic{events.TopicCinema, events.TopicBooks}, true}},

		// "The sides spoke about the joint work within UNESCO, ICESCO, and
		// other international organizations."
		{"the sides spoke about joint work within UNESCO and ICESCO", func() any {
			return statement(d, azernews.SidesSpokeJointWork)
		}, said{Meeting: azernews.MeetingImanipur, Speakers: []orgs.OfficialID{azernews.Karimov, azernews.Imanipur}, Verb: events.VerbSpokeAbout,
			Topics: []events.Topic{events.TopicIntlOrgs}}},
		{"joint work within UNESCO, ICESCO and other international organizations", func() any {
			in, _ := d.Initiative(azernews.JointWork)
			return []any{in.Organizations, in.MoreOrganizations}
		}, []any{[]orgs.OrganizationID{azernews.UNESCO, azernews.ICESCO}, true}},

		// "Speaking at the meeting, Anar Karimov said that Azerbaijani
		// Cultural Center in Tehran will serve ..."
		{"Karimov said the cultural centre will serve cultural ties", func() any {
			return statement(d, azernews.KarimovCentreServe)
		}, said{Meeting: azernews.MeetingImanipur, Speakers: []orgs.OfficialID{azernews.Karimov}, Verb: events.VerbSaid,
			Topics: []events.Topic{events.TopicCulturalCentres}}},
		{"the cultural centre was raised at both meetings", func() any {
			var out []string
			for _, m := range []events.MeetingID{azernews.MeetingIsmaili, azernews.MeetingImanipur} {
				if slices.Contains(ids(d.InitiativesAt(m), initiativeID), string(azernews.CulturalCentre)) {
					out = append(out, string(m))
				}
			}
			return out
		}, []string{string(azernews.MeetingIsmaili), string(azernews.MeetingImanipur)}},

		// "The culture minister stressed that the restoration work is
		// underway ... under the leadership of Azerbaijani President Ilham
		// Aliyev."
		{"Karimov stressed the restoration work is underway", func() any {
			return statement(d, azernews.KarimovRestoration)
		}, said{Meeting: azernews.MeetingImanipur, Speakers: []orgs.OfficialID{azernews.Karimov}, Verb: events.VerbStressed,
			Topics: []events.Topic{events.TopicHeritage}}},
		{"restoration of the liberated territories is an Azerbaijani programme in progress", func() any {
			return ids(d.Initiatives(relations.InitiativeFilter{Kind: cooperation.KindDomestic, Status: cooperation.StatusInProgress, Party: azernews.AZ}), initiativeID)
		}, []string{string(azernews.Restoration)}},
		{"the restoration is led by President Ilham Aliyev", func() any {
			in, _ := d.Initiative(azernews.Restoration)
			return []any{in.LedBy, in.Parties, postOf(d, azernews.AliyevPost)}
		}, []any{[]orgs.OfficialID{azernews.Aliyev}, []orgs.StateID{azernews.AZ}, post{Official: azernews.Aliyev, Title: "President", Holder: string(azernews.AZ)}}},
		{"Azerbaijan's officials are Aliyev and Karimov", func() any {
			return ids(d.OfficialsOf(azernews.AZ, on), officialID)
		}, []string{string(azernews.Karimov), string(azernews.Aliyev)}},

		// "Mehdi Imanipur said that Iran is interested in strengthening
		// fraternal relations between Baku and Tehran. It was also suggested
		// that ... Shusha - be twinned with one of the Iranian cities."
		{"Imanipur said Iran is interested in fraternal relations", func() any {
			return statement(d, azernews.ImanipurFraternal)
		}, said{Meeting: azernews.MeetingImanipur, Speakers: []orgs.OfficialID{azernews.Imanipur}, Verb: events.VerbSaid,
			Topics: []events.Topic{events.TopicBilateral}}},
		{"twinning of Shusha was suggested, speaker inferred", func() any {
			return statement(d, azernews.TwinningSuggested)
		}, said{Meeting: azernews.MeetingImanipur, Speakers: []orgs.OfficialID{azernews.Imanipur}, Inferred: true, Verb: events.VerbSuggested,
			Topics: []events.Topic{events.TopicTwinning}}},
		{"Imanipur proposed twinning Shusha (inferred)", func() any {
			var out []relations.Proposal
			for p := range d.Proposals() {
				if p.Initiative == azernews.Twinning {
					out = append(out, p)
				}
			}
			return out
		}, []relations.Proposal{{Official: azernews.Imanipur, Initiative: azernews.Twinning, Inferred: true}}},
		{"Shusha, Azerbaijan's cultural capital, with an Iranian city not named", func() any {
			in, _ := d.Initiative(azernews.Twinning)
			var out []string
			for _, p := range in.Places {
				out = append(out, p.City+"|"+p.Subdivision+"|"+string(p.Country))
			}
			return []any{out, strings.Contains(in.Places[0].Note, "cultural capital"), in.Status()}
		}, []any{[]string{"Shusha|AZ-SUS|AZ", "||IR"}, true, cooperation.StatusProposed}},

		// "A number of other important issues were also discussed at the
		// meeting."
		{"the second meeting discussed other important issues", func() any {
			return hasTopic(d, azernews.MeetingImanipur, events.TopicOther)
		}, true},

		// Facts from other reports, each with its own source.
		{"the first meeting was on 2022-06-20 in Tehran, per Mehr", func() any {
			m, _ := d.Meeting(azernews.MeetingIsmaili)
			return []any{m.Date.String(), m.Place.City, m.FieldSources.For("date"), m.FieldSources.For("place")}
		}, []any{"2022-06-20", "Tehran", []amity.SourceID{azernews.Mehr}, []amity.SourceID{azernews.Mehr}}},
		{"the second meeting is known to the month", func() any {
			m, _ := d.Meeting(azernews.MeetingImanipur)
			return []any{m.Date.Precision(), m.Place.City, m.FieldSources.For("date")}
		}, []any{amity.PrecisionMonth, "", []amity.SourceID{azernews.Mehr, azernews.APA}}},
		{"Ismaili is also Mohammad Mehdi Esmaeili, per Mehr", func() any {
			o, _ := d.Official(azernews.Ismaili)
			return []any{ids(d.Find("Mohammad Mehdi Esmaeili"), func(m relations.Match) string { return m.ID }), o.FieldSources.For("aliases")}
		}, []any{[]string{string(azernews.Ismaili)}, []amity.SourceID{azernews.Mehr}}},
		{"diplomatic relations were established on 1992-03-12", func() any {
			tie, _, _ := d.Anniversary(azernews.AZ, azernews.IR, azernews.Year)
			return []any{tie.Established.String(), tie.FieldSources.For("established")}
		}, []any{"1992-03-12", []amity.SourceID{azernews.AliyevLibrary}}},
		{"AZ and IR share UNESCO and ICESCO", func() any {
			return ids(d.SharedMemberships(azernews.AZ, azernews.IR, on), organizationID)
		}, []string{string(azernews.ICESCO), string(azernews.UNESCO)}},
		{"every membership cites a source", func() any {
			var missing []string
			for o := range d.SharedMemberships(azernews.AZ, azernews.IR, on) {
				for _, m := range o.Members {
					if len(m.Sources) == 0 {
						missing = append(missing, string(o.ID)+" "+string(m.State))
					}
				}
			}
			return missing
		}, []string(nil)},
		{"the visit and both meetings are coded as consultations", func() any {
			in := d.IntensityOf(azernews.AZ, azernews.IR, azernews.Year)
			return []any{in.Events, fmt.Sprintf("%+.1f", in.Goldstein)}
		}, []any{3, "+7.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

package relations

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// The dataset of these tests is made up for them: four states, seven
// officials, seven meetings from 2019 to 2023 at every precision of date,
// two visits, six initiatives and four ties. Names of real people and
// bodies appear, but dates, codes and histories are test values.

var date = amity.MustParseDate

func queryRecords() Records {
	src := []amity.SourceID{"src"}
	names := func(name string, aliases ...string) amity.Names { return amity.Names{Name: name, Aliases: aliases} }
	local := func(name, lang, localName string) amity.Names {
		return amity.Names{Name: name, LocalNames: map[string]string{lang: localName}}
	}
	part := func(o orgs.OfficialID, s orgs.StateID) events.Participant {
		return events.Participant{Official: o, State: s}
	}
	code := func(c events.CAMEOCode) []events.EventCode { return []events.EventCode{{CAMEO: c}} }
	stmt := func(id events.StatementID, speaker orgs.OfficialID, verb events.Verb, summary string) events.Statement {
		return events.Statement{ID: id, Speakers: []orgs.OfficialID{speaker}, Verb: verb, Summary: summary}
	}
	hist := func(s cooperation.Status, d string, m events.MeetingID) cooperation.StatusChange {
		return cooperation.StatusChange{Status: s, Date: date(d), Meeting: m, Sources: src}
	}
	return Records{
		Sources: []amity.Source{{ID: "src", Publisher: "Test"}},
		States: []orgs.State{
			{ID: "IR", Names: names("Iran", "Islamic Republic of Iran")},
			{ID: "AZ", Names: local("Azerbaijan", "az", "Azərbaycan")},
			{ID: "TR", Names: names("Türkiye", "Turkey")},
			{ID: "GE", Names: local("Georgia", "ka", "საქართველო")},
		},
		Ministries: []orgs.Ministry{
			{ID: "tr-culture", State: "TR", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: names("Ministry of Culture and Tourism")},
			{ID: "az-culture", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: names("Ministry of Culture")},
			{ID: "ir-culture", State: "IR", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: names("Ministry of Culture and Islamic Guidance")},
		},
		Organizations: []orgs.Organization{
			{ID: "unesco", Kind: orgs.KindIntergovernmental, Names: names("United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
				Members: []orgs.Membership{{State: "AZ"}, {State: "IR"}, {State: "TR"}, {State: "GE"}}},
			{ID: "test-council", Kind: orgs.KindIntergovernmental, Names: names("Test Council"),
				Members: []orgs.Membership{
					{State: "GE", Since: date("1993"), Until: date("2009-08")},
					{State: "AZ", Since: date("1993")},
					{State: "IR", Since: date("2010-01"), Until: date("2015")},
					{State: "TR", Since: date("1995"), Until: date("2000")},
					{State: "TR", Since: date("2005")},
				}},
			{ID: "icesco", Kind: orgs.KindIntergovernmental, Names: names("Islamic World Educational, Scientific and Cultural Organization", "ICESCO"),
				Members: []orgs.Membership{{State: "IR"}, {State: "AZ"}, {State: "TR"}}},
			{ID: "icro", Kind: orgs.KindGovernmentAgency, State: "IR", ParentMinistry: "ir-culture", Names: names("Islamic Culture and Relations Organization")},
			{ID: "az-agency", Kind: orgs.KindGovernmentAgency, State: "AZ", Names: names("Test Agency")},
		},
		Officials: []orgs.Official{
			{ID: "karimov", Names: local("Anar Karimov", "az", "Anar Kərimov"),
				Posts: []orgs.Post{{ID: "p-karimov", Title: "Minister of Culture", Ministry: "az-culture"}}},
			{ID: "ismaili", Names: names("Mehdi Ismaili", "Mohammad Mehdi Esmaeili"),
				Posts: []orgs.Post{{ID: "p-ismaili", Title: "Minister of Culture and Islamic Guidance", Ministry: "ir-culture"}}},
			{ID: "imanipur", Names: names("Mehdi Imanipur", "Mehdi Imanipour"),
				Posts: []orgs.Post{{ID: "p-imanipur", Title: "Chairman", Organization: "icro"}}},
			{ID: "selim", Names: names("Selim Test"),
				Posts: []orgs.Post{{ID: "p-selim", Title: "Minister", Ministry: "tr-culture", Start: date("2015"), End: date("2019-06")}}},
			{ID: "deniz", Names: names("Deniz Test"),
				Posts: []orgs.Post{{ID: "p-deniz", Title: "Minister", Ministry: "tr-culture", Start: date("2019-07")}}},
			{ID: "nino", Names: names("Nino Test"),
				Posts: []orgs.Post{{ID: "p-nino", Title: "President", State: "GE", Start: date("2018")}}},
			{ID: "rashad", Names: names("Rashad Test"),
				Posts: []orgs.Post{
					{ID: "p-rashad-unesco", Title: "Delegate", Organization: "unesco"},
					{ID: "p-rashad", Title: "Director", Organization: "az-agency", Start: date("2010"), End: date("2015")},
				}},
		},
		Visits: []events.Visit{
			{ID: "v1", Visitors: []orgs.OfficialID{"karimov"}, Guest: "AZ", Host: "IR", Start: date("2022-06-19"), End: date("2022-06-21"),
				Occasion: events.OccasionTieAnniversary, Codes: code("042"), Sources: src},
			{ID: "v2", Visitors: []orgs.OfficialID{"ismaili"}, Guest: "IR", Host: "AZ", Start: date("2021"),
				Occasion: events.OccasionOfficialVisit, Sources: src},
		},
		Meetings: []events.Meeting{
			{ID: "m7", Date: date("2023-01-15"), Participants: []events.Participant{part("nino", "GE"), part("karimov", "AZ")},
				Codes: code("044"), Sources: src},
			{ID: "m3", Title: "Karimov meets Ismaili", Date: date("2022-06-20"), Host: "IR", Visit: "v1",
				Participants: []events.Participant{{Official: "karimov", State: "AZ", Post: "p-karimov"}, part("ismaili", "IR")},
				Statements: []events.Statement{
					stmt("", "karimov", events.VerbStressed, "Relations are developing."),
					stmt("m3-s2", "ismaili", events.VerbProposed, "Film and music festivals."),
				},
				Codes: code("046"), Sources: src},
			{ID: "m4", Date: date("2022-06-20"), Host: "IR", Visit: "v1",
				Participants: []events.Participant{part("karimov", "AZ"), part("imanipur", "IR")},
				Statements:   []events.Statement{{Speakers: []orgs.OfficialID{"imanipur"}, Verb: events.VerbSuggested, Quote: "Twin the cities."}},
				Sources:      src},
			{ID: "m1", Date: date("2019-05-10"), Participants: []events.Participant{{Official: "selim", State: "TR", Post: "p-selim"}, part("karimov", "AZ")},
				Codes: code("040"), Sources: src},
			{ID: "m5", Title: "Trilateral meeting", Date: date("2022-06"),
				Participants: []events.Participant{part("karimov", "AZ"), part("ismaili", "IR"), part("nino", "GE")},
				Statements:   []events.Statement{stmt("m5-s1", "nino", events.VerbSaid, "First line.\nSecond  line.")},
				Codes:        code("036"), Sources: src},
			{ID: "m2", Date: date("2020"), Participants: []events.Participant{part("deniz", "TR"), part("karimov", "AZ")}, Sources: src},
			{ID: "m6", Date: date("2021-03-01"), Participants: []events.Participant{part("ismaili", "IR"), part("deniz", "TR")},
				Codes: code("040"), Sources: src},
		},
		Initiatives: []cooperation.Initiative{
			{ID: "i-twinning", Title: "Twinning of Shusha", Kind: cooperation.KindTwinning, Parties: []orgs.StateID{"AZ", "IR"},
				ProposedBy: []orgs.OfficialID{"imanipur"}, ProposalInferred: true,
				History: []cooperation.StatusChange{hist(cooperation.StatusProposed, "2022-06-20", "m4")}, Sources: src},
			{ID: "i-centre", Title: "Azerbaijan Cultural Centre in Tehran", Kind: cooperation.KindCulturalCentre, Parties: []orgs.StateID{"AZ", "IR"},
				ProposedBy: []orgs.OfficialID{"karimov"}, Meetings: []events.MeetingID{"m3"},
				History: []cooperation.StatusChange{hist(cooperation.StatusProposed, "2021-05", ""), hist(cooperation.StatusAgreed, "2022-06-20", "m3")}, Sources: src},
			{ID: "i-festivals", Title: "Film and music festivals", Kind: cooperation.KindFestival, Parties: []orgs.StateID{"IR", "AZ"},
				ProposedBy: []orgs.OfficialID{"ismaili"}, Meetings: []events.MeetingID{"m3"},
				History: []cooperation.StatusChange{hist(cooperation.StatusProposed, "2022-06-20", "m3")}, Sources: src},
			{ID: "i-domestic", Title: "Restoration", Kind: cooperation.KindDomestic, Parties: []orgs.StateID{"AZ"}, Meetings: []events.MeetingID{"m4"},
				History: []cooperation.StatusChange{hist(cooperation.StatusInProgress, "2021", "")}, Sources: src},
			{ID: "i-multi", Title: "Joint work in UNESCO", Kind: cooperation.KindJointWork, Parties: []orgs.StateID{"AZ", "GE", "IR"},
				Organizations: []orgs.OrganizationID{"unesco"},
				History:       []cooperation.StatusChange{hist(cooperation.StatusProposed, "2022-06", "m5"), hist(cooperation.StatusAbandoned, "2023", "")}, Sources: src},
			{ID: "i-tr", Title: "Exchange programme", Kind: cooperation.KindExchangeProgramme, Parties: []orgs.StateID{"TR", "AZ"},
				ProposedBy: []orgs.OfficialID{"selim", "karimov"},
				History:    []cooperation.StatusChange{hist(cooperation.StatusProposed, "2019-05-10", "m1"), hist(cooperation.StatusSigned, "2020", ""), hist(cooperation.StatusCompleted, "2021", "")},
				Sources:    src},
		},
		Ties: []cooperation.Tie{
			{ID: "t-az-ir", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"IR", "AZ"}, Established: date("1992"), Sources: src},
			{ID: "t-az-ir-culture", Kind: cooperation.TieCulturalAgreement, States: []orgs.StateID{"AZ", "IR"}, Established: date("2000"), Sources: src},
			{ID: "t-ge-tr-2", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"TR", "GE"}, Established: date("2005"), Sources: src},
			{ID: "t-ge-tr-1", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"GE", "TR"}, Established: date("1992"), Ended: date("2000"), Sources: src},
		},
	}
}

func newQueryDataset(t testing.TB) *Dataset {
	t.Helper()
	d, err := New(queryRecords())
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return d
}

func meetingIDs(seq iter.Seq[events.Meeting]) []events.MeetingID {
	var ids []events.MeetingID
	for m := range seq {
		ids = append(ids, m.ID)
	}
	return ids
}

func TestMeetingsBetween(t *testing.T) {
	d := newQueryDataset(t)
	tests := []struct {
		name string
		a, b orgs.StateID
		p    Period
		want []events.MeetingID
	}{
		{"all time", "AZ", "IR", Period{}, []events.MeetingID{"m5", "m3", "m4"}},
		{"either order", "IR", "AZ", Period{}, []events.MeetingID{"m5", "m3", "m4"}},
		{"from the day: the month may reach it", "AZ", "IR", Period{From: date("2022-06-20")}, []events.MeetingID{"m5", "m3", "m4"}},
		{"from the next day", "AZ", "IR", Period{From: date("2022-06-21")}, []events.MeetingID{"m5"}},
		{"to the day before", "AZ", "IR", Period{To: date("2022-06-19")}, []events.MeetingID{"m5"}},
		{"from the next month", "AZ", "IR", Period{From: date("2022-07")}, nil},
		{"one day", "AZ", "IR", Period{From: date("2022-06-20"), To: date("2022-06-20")}, []events.MeetingID{"m5", "m3", "m4"}},
		{"one year", "TR", "AZ", Period{From: date("2020"), To: date("2020")}, []events.MeetingID{"m2"}},
		{"a day in a year-dated meeting's year", "TR", "AZ", Period{From: date("2020-05-05"), To: date("2020-05-05")}, []events.MeetingID{"m2"}},
		{"to a year", "AZ", "TR", Period{To: date("2019")}, []events.MeetingID{"m1"}},
		{"from a month", "AZ", "TR", Period{From: date("2019-06")}, []events.MeetingID{"m2"}},
		{"three states: AZ and GE", "AZ", "GE", Period{}, []events.MeetingID{"m5", "m7"}},
		{"three states: GE and IR", "GE", "IR", Period{}, []events.MeetingID{"m5"}},
		{"IR and TR", "IR", "TR", Period{}, []events.MeetingID{"m6"}},
		{"never met", "GE", "TR", Period{}, nil},
		{"inverted period", "AZ", "IR", Period{From: date("2023"), To: date("2021")}, nil},
		{"same state", "AZ", "AZ", Period{}, nil},
		{"unknown state", "AZ", "XX", Period{}, nil},
		{"not a state", "AZ", "az-culture", Period{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := meetingIDs(d.MeetingsBetween(tt.a, tt.b, tt.p))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("MeetingsBetween(%s, %s, %v) (-want +got):\n%s", tt.a, tt.b, tt.p, diff)
			}
		})
	}
}

// randomDate returns a date from 2019 to 2021 at a random precision.
func randomDate(rng *rand.Rand) amity.Date {
	s := fmt.Sprintf("%04d-%02d-%02d", 2019+rng.IntN(3), 1+rng.IntN(12), 1+rng.IntN(28))
	return date(s[:[]int{4, 7, 10}[rng.IntN(3)]])
}

// TestMeetingsBetweenPeriods compares MeetingsBetween with a scan of the
// records under Period.Includes, on many meetings of mixed precision and
// many periods, so that every path of the binary search is taken.
func TestMeetingsBetweenPeriods(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	r := queryRecords()
	r.Meetings = nil
	r.Visits = nil
	r.Initiatives = nil
	for i := range 400 {
		r.Meetings = append(r.Meetings, events.Meeting{ID: events.MeetingID(fmt.Sprintf("m%03d", i)), Date: randomDate(rng),
			Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "ismaili", State: "IR"}}, Sources: []amity.SourceID{"src"}})
	}
	d, err := New(r)
	if err != nil {
		t.Fatal(err)
	}
	sorted := slices.Clone(r.Meetings)
	slices.SortFunc(sorted, func(x, y events.Meeting) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		return strings.Compare(string(x.ID), string(y.ID))
	})
	bound := func() amity.Date {
		if rng.IntN(5) == 0 {
			return amity.Date{}
		}
		return randomDate(rng)
	}
	for range 500 {
		p := Period{From: bound(), To: bound()}
		var want []events.MeetingID
		for _, m := range sorted {
			if p.Includes(m.Date) {
				want = append(want, m.ID)
			}
		}
		got := meetingIDs(d.MeetingsBetween("AZ", "IR", p))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("MeetingsBetween(AZ, IR, {%s, %s}) (-want +got):\n%s", p.From, p.To, diff)
		}
	}
}

func TestDateKey(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	dates := []amity.Date{{}, date("2022"), date("2022-01"), date("2022-01-01"), date("2021-12-31"), date("2022-12"), date("2022-12-31"), date("9999-12-31"), date("0001")}
	for range 200 {
		dates = append(dates, randomDate(rng))
	}
	for _, x := range dates {
		for _, y := range dates {
			want := x.Compare(y)
			got := 0
			switch kx, ky := dateKey(x), dateKey(y); {
			case kx < ky:
				got = -1
			case kx > ky:
				got = +1
			}
			if got != want {
				t.Errorf("dateKey(%q) vs dateKey(%q) compares %d, Date.Compare says %d", x, y, got, want)
			}
		}
	}
}

func TestMeetingsOf(t *testing.T) {
	d := newQueryDataset(t)
	tests := []struct {
		o    orgs.OfficialID
		want []events.MeetingID
	}{
		{"karimov", []events.MeetingID{"m1", "m2", "m5", "m3", "m4", "m7"}},
		{"ismaili", []events.MeetingID{"m6", "m5", "m3"}},
		{"rashad", nil},
		{"nobody", nil},
		{"AZ", nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.o), func(t *testing.T) {
			if diff := cmp.Diff(tt.want, meetingIDs(d.MeetingsOf(tt.o))); diff != "" {
				t.Errorf("MeetingsOf(%s) (-want +got):\n%s", tt.o, diff)
			}
		})
	}
}

func TestMet(t *testing.T) {
	d := newQueryDataset(t)
	tests := []struct {
		a, b orgs.OfficialID
		want []events.MeetingID
	}{
		{"karimov", "ismaili", []events.MeetingID{"m5", "m3"}},
		{"ismaili", "karimov", []events.MeetingID{"m5", "m3"}},
		{"karimov", "selim", []events.MeetingID{"m1"}},
		{"karimov", "nino", []events.MeetingID{"m5", "m7"}},
		{"selim", "deniz", nil},
		{"karimov", "karimov", nil},
		{"karimov", "nobody", nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.a)+"-"+string(tt.b), func(t *testing.T) {
			if diff := cmp.Diff(tt.want, meetingIDs(d.Met(tt.a, tt.b))); diff != "" {
				t.Errorf("Met(%s, %s) (-want +got):\n%s", tt.a, tt.b, diff)
			}
		})
	}
}

func TestEncounters(t *testing.T) {
	d := newQueryDataset(t)
	want := []Encounter{
		{"deniz", "ismaili", []events.MeetingID{"m6"}},
		{"deniz", "karimov", []events.MeetingID{"m2"}},
		{"imanipur", "karimov", []events.MeetingID{"m4"}},
		{"ismaili", "karimov", []events.MeetingID{"m5", "m3"}},
		{"ismaili", "nino", []events.MeetingID{"m5"}},
		{"karimov", "nino", []events.MeetingID{"m5", "m7"}},
		{"karimov", "selim", []events.MeetingID{"m1"}},
	}
	if diff := cmp.Diff(want, slices.Collect(d.Encounters())); diff != "" {
		t.Errorf("Encounters() (-want +got):\n%s", diff)
	}
}

func TestTimeline(t *testing.T) {
	d := newQueryDataset(t)
	azIR := []TimelineEntry{
		{Date: date("2021"), Kind: TimelineVisit, ID: "v2", Text: "Visit to AZ by Mehdi Ismaili (IR)"},
		{Date: date("2021-05"), Kind: TimelineStatusChange, ID: "i-centre", Status: cooperation.StatusProposed, Text: "Azerbaijan Cultural Centre in Tehran: proposed"},
		{Date: date("2022-06"), Kind: TimelineMeeting, ID: "m5", Text: "Trilateral meeting"},
		{Date: date("2022-06"), Kind: TimelineStatement, ID: "m5", Statement: "m5-s1", Text: "Nino Test said: First line. Second line."},
		{Date: date("2022-06"), Kind: TimelineStatusChange, ID: "i-multi", Status: cooperation.StatusProposed, Text: "Joint work in UNESCO: proposed"},
		{Date: date("2022-06-19"), Kind: TimelineVisit, ID: "v1", Text: "Visit to IR by Anar Karimov (AZ): 30th anniversary of diplomatic relations"},
		{Date: date("2022-06-20"), Kind: TimelineMeeting, ID: "m3", Text: "Karimov meets Ismaili"},
		{Date: date("2022-06-20"), Kind: TimelineMeeting, ID: "m4", Text: "Meeting of Anar Karimov, Mehdi Imanipur"},
		{Date: date("2022-06-20"), Kind: TimelineStatement, ID: "m3", Text: "Anar Karimov stressed: Relations are developing."},
		{Date: date("2022-06-20"), Kind: TimelineStatement, ID: "m3", Index: 1, Statement: "m3-s2", Text: "Mehdi Ismaili proposed: Film and music festivals."},
		{Date: date("2022-06-20"), Kind: TimelineStatement, ID: "m4", Text: `Mehdi Imanipur suggested: "Twin the cities."`},
		{Date: date("2022-06-20"), Kind: TimelineStatusChange, ID: "i-centre", Index: 1, Status: cooperation.StatusAgreed, Text: "Azerbaijan Cultural Centre in Tehran: agreed"},
		{Date: date("2022-06-20"), Kind: TimelineStatusChange, ID: "i-festivals", Status: cooperation.StatusProposed, Text: "Film and music festivals: proposed"},
		{Date: date("2022-06-20"), Kind: TimelineStatusChange, ID: "i-twinning", Status: cooperation.StatusProposed, Text: "Twinning of Shusha: proposed"},
		{Date: date("2023"), Kind: TimelineStatusChange, ID: "i-multi", Index: 1, Status: cooperation.StatusAbandoned, Text: "Joint work in UNESCO: abandoned"},
	}
	azTR := []TimelineEntry{
		{Date: date("2019-05-10"), Kind: TimelineMeeting, ID: "m1", Text: "Meeting of Selim Test, Anar Karimov"},
		{Date: date("2019-05-10"), Kind: TimelineStatusChange, ID: "i-tr", Status: cooperation.StatusProposed, Text: "Exchange programme: proposed"},
		{Date: date("2020"), Kind: TimelineMeeting, ID: "m2", Text: "Meeting of Deniz Test, Anar Karimov"},
		{Date: date("2020"), Kind: TimelineStatusChange, ID: "i-tr", Index: 1, Status: cooperation.StatusSigned, Text: "Exchange programme: signed"},
		{Date: date("2021"), Kind: TimelineStatusChange, ID: "i-tr", Index: 2, Status: cooperation.StatusCompleted, Text: "Exchange programme: completed"},
	}
	tests := []struct {
		name string
		a, b orgs.StateID
		want []TimelineEntry
	}{
		{"AZ-IR", "AZ", "IR", azIR},
		{"IR-AZ", "IR", "AZ", azIR},
		{"AZ-TR", "AZ", "TR", azTR},
		{"GE-TR: nothing", "GE", "TR", nil},
		{"same state", "AZ", "AZ", nil},
		{"unknown state", "AZ", "XX", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, slices.Collect(d.Timeline(tt.a, tt.b))); diff != "" {
				t.Errorf("Timeline(%s, %s) (-want +got):\n%s", tt.a, tt.b, diff)
			}
		})
	}
}

func TestOfficialsOf(t *testing.T) {
	d := newQueryDataset(t)
	tests := []struct {
		name string
		s    orgs.StateID
		on   amity.Date
		want []orgs.OfficialID
	}{
		{"TR ever", "TR", amity.Date{}, []orgs.OfficialID{"deniz", "selim"}},
		{"TR in the last month of one term", "TR", date("2019-06-15"), []orgs.OfficialID{"selim"}},
		{"TR in the first month of the next", "TR", date("2019-07"), []orgs.OfficialID{"deniz"}},
		{"TR in a year of both", "TR", date("2019"), []orgs.OfficialID{"deniz", "selim"}},
		{"AZ ever: ministry and national organization", "AZ", amity.Date{}, []orgs.OfficialID{"karimov", "rashad"}},
		{"AZ in 2022", "AZ", date("2022-06-20"), []orgs.OfficialID{"karimov"}},
		{"IR: ministry and agency", "IR", amity.Date{}, []orgs.OfficialID{"imanipur", "ismaili"}},
		{"GE before the term", "GE", date("2017"), nil},
		{"GE: a post of the state itself", "GE", date("2022"), []orgs.OfficialID{"nino"}},
		{"unknown state", "XX", amity.Date{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []orgs.OfficialID
			for o := range d.OfficialsOf(tt.s, tt.on) {
				got = append(got, o.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("OfficialsOf(%s, %s) (-want +got):\n%s", tt.s, tt.on, diff)
			}
		})
	}
}

func TestSharedMemberships(t *testing.T) {
	d := newQueryDataset(t)
	tests := []struct {
		name string
		a, b orgs.StateID
		on   amity.Date
		want []orgs.OrganizationID
	}{
		{"AZ-IR in June 2022", "AZ", "IR", date("2022-06-20"), []orgs.OrganizationID{"icesco", "unesco"}},
		{"IR-AZ in June 2022", "IR", "AZ", date("2022-06-20"), []orgs.OrganizationID{"icesco", "unesco"}},
		{"AZ-IR in 2012", "AZ", "IR", date("2012"), []orgs.OrganizationID{"icesco", "test-council", "unesco"}},
		{"AZ-IR at any time", "AZ", "IR", amity.Date{}, []orgs.OrganizationID{"icesco", "test-council", "unesco"}},
		{"AZ-GE in the last month of a membership", "AZ", "GE", date("2009-08"), []orgs.OrganizationID{"test-council", "unesco"}},
		{"AZ-GE after it", "AZ", "GE", date("2010"), []orgs.OrganizationID{"unesco"}},
		{"GE-TR between two memberships", "GE", "TR", date("2002"), []orgs.OrganizationID{"unesco"}},
		{"GE-TR during the second", "GE", "TR", date("2007"), []orgs.OrganizationID{"test-council", "unesco"}},
		{"same state", "AZ", "AZ", date("2022"), []orgs.OrganizationID{"icesco", "test-council", "unesco"}},
		{"unknown state", "AZ", "XX", date("2022"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []orgs.OrganizationID
			for o := range d.SharedMemberships(tt.a, tt.b, tt.on) {
				got = append(got, o.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SharedMemberships(%s, %s, %s) (-want +got):\n%s", tt.a, tt.b, tt.on, diff)
			}
		})
	}
}

func initiativeIDs(seq iter.Seq[cooperation.Initiative]) []cooperation.InitiativeID {
	var ids []cooperation.InitiativeID
	for in := range seq {
		ids = append(ids, in.ID)
	}
	return ids
}

func TestInitiatives(t *testing.T) {
	d := newQueryDataset(t)
	tests := []struct {
		name string
		f    InitiativeFilter
		want []cooperation.InitiativeID
	}{
		{"all", InitiativeFilter{}, []cooperation.InitiativeID{"i-centre", "i-domestic", "i-festivals", "i-multi", "i-tr", "i-twinning"}},
		{"status", InitiativeFilter{Status: cooperation.StatusProposed}, []cooperation.InitiativeID{"i-festivals", "i-twinning"}},
		{"kind", InitiativeFilter{Kind: cooperation.KindFestival}, []cooperation.InitiativeID{"i-festivals"}},
		{"party", InitiativeFilter{Party: "TR"}, []cooperation.InitiativeID{"i-tr"}},
		{"party of a multilateral one", InitiativeFilter{Party: "GE"}, []cooperation.InitiativeID{"i-multi"}},
		{"open", InitiativeFilter{Open: true}, []cooperation.InitiativeID{"i-centre", "i-domestic", "i-festivals", "i-twinning"}},
		{"party and open", InitiativeFilter{Party: "AZ", Open: true}, []cooperation.InitiativeID{"i-centre", "i-domestic", "i-festivals", "i-twinning"}},
		{"party and status", InitiativeFilter{Party: "IR", Status: cooperation.StatusProposed}, []cooperation.InitiativeID{"i-festivals", "i-twinning"}},
		{"party and kind", InitiativeFilter{Party: "AZ", Kind: cooperation.KindJointWork}, []cooperation.InitiativeID{"i-multi"}},
		{"completed and open", InitiativeFilter{Status: cooperation.StatusCompleted, Open: true}, nil},
		{"status no one has", InitiativeFilter{Status: cooperation.StatusDrafting}, nil},
		{"unknown party", InitiativeFilter{Party: "XX"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, initiativeIDs(d.Initiatives(tt.f))); diff != "" {
				t.Errorf("Initiatives(%+v) (-want +got):\n%s", tt.f, diff)
			}
		})
	}
}

func TestInitiativesAt(t *testing.T) {
	d := newQueryDataset(t)
	tests := []struct {
		m    events.MeetingID
		want []cooperation.InitiativeID
	}{
		{"m3", []cooperation.InitiativeID{"i-centre", "i-festivals"}},
		{"m4", []cooperation.InitiativeID{"i-domestic", "i-twinning"}},
		{"m5", []cooperation.InitiativeID{"i-multi"}},
		{"m1", []cooperation.InitiativeID{"i-tr"}},
		{"m2", nil},
		{"nothing", nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.m), func(t *testing.T) {
			if diff := cmp.Diff(tt.want, initiativeIDs(d.InitiativesAt(tt.m))); diff != "" {
				t.Errorf("InitiativesAt(%s) (-want +got):\n%s", tt.m, diff)
			}
		})
	}
}

func TestProposals(t *testing.T) {
	d := newQueryDataset(t)
	want := []Proposal{
		{Official: "imanipur", Initiative: "i-twinning", Inferred: true},
		{Official: "ismaili", Initiative: "i-festivals"},
		{Official: "karimov", Initiative: "i-centre"},
		{Official: "karimov", Initiative: "i-tr"},
		{Official: "selim", Initiative: "i-tr"},
	}
	if diff := cmp.Diff(want, slices.Collect(d.Proposals())); diff != "" {
		t.Errorf("Proposals() (-want +got):\n%s", diff)
	}
}

func TestAnniversary(t *testing.T) {
	d := newQueryDataset(t)
	tests := []struct {
		name   string
		a, b   orgs.StateID
		year   int
		tie    cooperation.TieID
		n      int
		wantOK bool
	}{
		{"30th", "AZ", "IR", 2022, "t-az-ir", 30, true},
		{"either order", "IR", "AZ", 2022, "t-az-ir", 30, true},
		{"the year established", "AZ", "IR", 1992, "t-az-ir", 0, false},
		{"before it ended", "GE", "TR", 1999, "t-ge-tr-1", 7, true},
		{"restored", "GE", "TR", 2022, "t-ge-tr-2", 17, true},
		{"between the two", "GE", "TR", 2003, "t-ge-tr-2", 0, false},
		{"no tie", "AZ", "TR", 2022, "", 0, false},
		{"same state", "AZ", "AZ", 2022, "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tie, n, ok := d.Anniversary(tt.a, tt.b, tt.year)
			type result struct {
				Tie cooperation.TieID
				N   int
				OK  bool
			}
			if diff := cmp.Diff(result{tt.tie, tt.n, tt.wantOK}, result{tie.ID, n, ok}); diff != "" {
				t.Errorf("Anniversary(%s, %s, %d) (-want +got):\n%s", tt.a, tt.b, tt.year, diff)
			}
		})
	}
}

func TestVisitOccasion(t *testing.T) {
	d := newQueryDataset(t)
	v1, _ := d.Visit("v1")
	v2, _ := d.Visit("v2")
	noTie := events.Visit{Guest: "AZ", Host: "TR", Start: date("2022"), Occasion: events.OccasionTieAnniversary}
	early := v1
	early.Start = date("1992-05")
	tests := []struct {
		name   string
		v      events.Visit
		want   string
		wantOK bool
	}{
		{"anniversary", v1, "30th anniversary of diplomatic relations", true},
		{"another occasion", v2, "", false},
		{"no tie", noTie, "", false},
		{"the year established", early, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := d.VisitOccasion(tt.v)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("VisitOccasion = %q, %v; want %q, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestIntensity(t *testing.T) {
	d := newQueryDataset(t)
	approx := cmpopts.EquateApprox(0, 1e-9)
	want := []Intensity{
		{A: "AZ", B: "GE", Year: 2022, Events: 1, Goldstein: 4.0},
		{A: "AZ", B: "GE", Year: 2023, Events: 1, Goldstein: 2.5},
		{A: "AZ", B: "IR", Year: 2022, Events: 4, Goldstein: 4.0 + 7.0 + 0 + 1.9},
		{A: "AZ", B: "TR", Year: 2019, Events: 1, Goldstein: 1.0},
		{A: "AZ", B: "TR", Year: 2020, Events: 1, Goldstein: 0},
		{A: "GE", B: "IR", Year: 2022, Events: 1, Goldstein: 4.0},
		{A: "IR", B: "TR", Year: 2021, Events: 1, Goldstein: 1.0},
	}
	if diff := cmp.Diff(want, slices.Collect(d.Intensity()), approx); diff != "" {
		t.Errorf("Intensity() (-want +got):\n%s", diff)
	}
	tests := []struct {
		name string
		a, b orgs.StateID
		year int
		want Intensity
	}{
		{"meetings and a coded visit", "IR", "AZ", 2022, want[2]},
		{"a meeting without codes", "AZ", "TR", 2020, want[4]},
		{"only a visit without codes", "AZ", "IR", 2021, Intensity{A: "AZ", B: "IR", Year: 2021}},
		{"a year after a pair's years", "TR", "AZ", 2021, Intensity{A: "AZ", B: "TR", Year: 2021}},
		{"a year before a pair's years", "AZ", "TR", 2018, Intensity{A: "AZ", B: "TR", Year: 2018}},
		{"same state", "AZ", "AZ", 2022, Intensity{A: "AZ", B: "AZ", Year: 2022}},
		{"unknown state", "XX", "AZ", 2022, Intensity{A: "AZ", B: "XX", Year: 2022}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, d.IntensityOf(tt.a, tt.b, tt.year), approx); diff != "" {
				t.Errorf("IntensityOf(%s, %s, %d) (-want +got):\n%s", tt.a, tt.b, tt.year, diff)
			}
		})
	}
}

// TestIntensityOfEveryRow checks, on a generated archive, that
// IntensityOf finds every row Intensity yields, either way round, and
// nothing in the years around a pair's rows that have none.
func TestIntensityOfEveryRow(t *testing.T) {
	d, err := New(benchRecords(3000))
	if err != nil {
		t.Fatal(err)
	}
	type pair struct{ a, b orgs.StateID }
	years := map[pair]map[int]bool{}
	rows := 0
	for in := range d.Intensity() {
		rows++
		if got := d.IntensityOf(in.A, in.B, in.Year); got != in {
			t.Errorf("IntensityOf(%s, %s, %d) = %+v, want %+v", in.A, in.B, in.Year, got, in)
		}
		if got := d.IntensityOf(in.B, in.A, in.Year); got != in {
			t.Errorf("IntensityOf(%s, %s, %d) = %+v, want %+v", in.B, in.A, in.Year, got, in)
		}
		p := pair{in.A, in.B}
		if years[p] == nil {
			years[p] = map[int]bool{}
		}
		years[p][in.Year] = true
	}
	if rows < 100 || len(years) < 10 {
		t.Fatalf("%d rows of %d pairs, want more", rows, len(years))
	}
	for p, ys := range years {
		for y := range ys {
			for _, other := range []int{y - 1, y + 1} {
				if got := d.IntensityOf(p.a, p.b, other); !ys[other] && got.Events != 0 {
					t.Errorf("IntensityOf(%s, %s, %d) = %+v, want no events", p.a, p.b, other, got)
				}
			}
		}
	}
}

func TestFind(t *testing.T) {
	d := newQueryDataset(t)
	ismaili := []Match{{KindOfficial, "ismaili", "Mehdi Ismaili"}}
	tests := []struct {
		q    string
		want []Match
	}{
		{"Mohammad Mehdi Esmaeili", ismaili},
		{"Mehdi Ismaili", ismaili},
		{"Esmaeili", ismaili},
		{"mehdi esmaeili", ismaili},
		{"Mehdi", []Match{{KindOfficial, "imanipur", "Mehdi Imanipur"}, {KindOfficial, "ismaili", "Mehdi Ismaili"}}},
		{"Imanipour", []Match{{KindOfficial, "imanipur", "Mehdi Imanipur"}}},
		{"KƏRIMOV", []Match{{KindOfficial, "karimov", "Anar Karimov"}}},
		{"turkiye", []Match{{KindState, "TR", "Türkiye"}}},
		{"Azərbaycan", []Match{{KindState, "AZ", "Azerbaijan"}}},
		{"Islamic", []Match{
			{KindState, "IR", "Iran"},
			{KindMinistry, "ir-culture", "Ministry of Culture and Islamic Guidance"},
			{KindOrganization, "icesco", "Islamic World Educational, Scientific and Cultural Organization"},
			{KindOrganization, "icro", "Islamic Culture and Relations Organization"},
		}},
		{"Culture and", []Match{
			{KindMinistry, "ir-culture", "Ministry of Culture and Islamic Guidance"},
			{KindMinistry, "tr-culture", "Ministry of Culture and Tourism"},
			{KindOrganization, "icro", "Islamic Culture and Relations Organization"},
		}},
		{"Test", []Match{
			{KindOrganization, "az-agency", "Test Agency"},
			{KindOrganization, "test-council", "Test Council"},
			{KindOfficial, "deniz", "Deniz Test"},
			{KindOfficial, "nino", "Nino Test"},
			{KindOfficial, "rashad", "Rashad Test"},
			{KindOfficial, "selim", "Selim Test"},
		}},
		{"Esma", nil},
		{"Mehdi Karimov", nil},
		{"", nil},
		{" - ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, slices.Collect(d.Find(tt.q))); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

// breakAfter collects the first n values of seq, stopping the iteration
// there.
func breakAfter[T any](seq iter.Seq[T], n int) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
		if len(out) == n {
			break
		}
	}
	return out
}

// checkBreak checks that stopping seq after each of its values stops it
// there, with the values so far those of a full iteration.
func checkBreak[T any](t *testing.T, seq iter.Seq[T], opts ...cmp.Option) {
	t.Helper()
	all := slices.Collect(seq)
	if len(all) < 2 {
		t.Fatalf("the test needs at least 2 values, got %d", len(all))
	}
	for n := 1; n < len(all); n++ {
		if diff := cmp.Diff(all[:n], breakAfter(seq, n), opts...); diff != "" {
			t.Errorf("stopping after %d (-want +got):\n%s", n, diff)
		}
	}
}

func TestIteratorsStop(t *testing.T) {
	d := newQueryDataset(t)
	tests := []struct {
		name string
		run  func(t *testing.T)
	}{
		{"MeetingsBetween", func(t *testing.T) { checkBreak(t, d.MeetingsBetween("AZ", "IR", Period{From: date("2022")})) }},
		{"MeetingsOf", func(t *testing.T) { checkBreak(t, d.MeetingsOf("karimov")) }},
		{"Met", func(t *testing.T) { checkBreak(t, d.Met("karimov", "ismaili")) }},
		{"Encounters", func(t *testing.T) { checkBreak(t, d.Encounters()) }},
		{"Timeline", func(t *testing.T) { checkBreak(t, d.Timeline("AZ", "IR")) }},
		{"OfficialsOf", func(t *testing.T) { checkBreak(t, d.OfficialsOf("TR", amity.Date{})) }},
		{"SharedMemberships", func(t *testing.T) { checkBreak(t, d.SharedMemberships("AZ", "IR", amity.Date{})) }},
		{"Initiatives", func(t *testing.T) { checkBreak(t, d.Initiatives(InitiativeFilter{})) }},
		{"Initiatives by party", func(t *testing.T) { checkBreak(t, d.Initiatives(InitiativeFilter{Party: "IR"})) }},
		{"InitiativesAt", func(t *testing.T) { checkBreak(t, d.InitiativesAt("m3")) }},
		{"Proposals", func(t *testing.T) { checkBreak(t, d.Proposals()) }},
		{"Intensity", func(t *testing.T) { checkBreak(t, d.Intensity()) }},
		{"Find", func(t *testing.T) { checkBreak(t, d.Find("Test")) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

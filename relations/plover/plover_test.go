package plover_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/plover"
)

// TestExport writes the story as PLOVER records, compares them with the
// reviewed file testdata/story.plover.jsonl, and checks that the order of
// the records does not change the bytes.
func TestExport(t *testing.T) {
	formattest.CheckExport(t, plover.Export, filepath.Join("testdata", "story.plover.jsonl"))
}

var day = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// TestRequiredFields checks the fields the manual requires of every
// record: a unique id, a date as YYYY-MM-DD, an actor, an event category
// of PLOVER; and that entities' codes have three letters.
func TestRequiredFields(t *testing.T) {
	for _, d := range formattest.AllDatasets(t) {
		t.Run(d.Name, func(t *testing.T) {
			r := d.Records
			seen := map[string]bool{}
			for _, rec := range plover.Records(&r) {
				if rec.ID == "" || seen[rec.ID] {
					t.Errorf("id %q empty or repeated", rec.ID)
				}
				seen[rec.ID] = true
				if !day.MatchString(rec.Date) || rec.EndDate != "" && !day.MatchString(rec.EndDate) {
					t.Errorf("%s: date %q, enddate %q", rec.ID, rec.Date, rec.EndDate)
				}
				if len(rec.Actor) == 0 || len(rec.Event) == 0 {
					t.Errorf("%s: no actor or no event", rec.ID)
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
				for _, a := range slices.Concat(rec.Actor, rec.Recipient) {
					if len(a.Code) != 3 {
						t.Errorf("%s: entity code %q", rec.ID, a.Code)
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
// story: the visitor is the actor and the host the recipient; proposals,
// and statements that raised an initiative of cooperation, are AGREE;
// other statements (comments, and those on a domestic programme) are not
// written; a date known to the month is its first day.
func TestCodingRules(t *testing.T) {
	r := formattest.Story(t)
	recs := map[string]plover.Record{}
	for _, rec := range plover.Records(&r) {
		recs[rec.ID] = rec
	}
	meetings := map[events.MeetingID]events.Meeting{}
	statements := map[events.StatementID]events.Statement{}
	for _, m := range r.Meetings {
		meetings[m.ID] = m
		for _, s := range m.Statements {
			statements[s.ID] = s
		}
	}
	karimov := plover.Actor{Code: "AZE", Sector: "GOV", EntityText: "Anar Karimov", Office: "Minister of Culture"}
	ismaili := plover.Actor{Code: "IRN", Sector: "GOV", EntityText: "Mehdi Ismaili", Office: "Minister of Culture and Islamic Guidance"}
	imanipur := plover.Actor{Code: "IRN", Sector: "GOV", EntityText: "Mehdi Imanipur", Office: "Chairman"}
	// The Azernews article, the first source of every record, has no URL.
	cite := &plover.CiteInfo{Citation: "Laman Ismayilova, Azernews, 2022-06-22", Language: "en", Publication: "Azernews"}
	visit := string(azernews.Visit)
	withImanipur := meetings[azernews.MeetingImanipur]
	twinning := statements[azernews.TwinningSuggested]
	potential := statements[azernews.SidesNotedPotential]
	tests := []struct {
		id   string
		want plover.Record
	}{
		{visit, plover.Record{
			ID: visit, Date: "2022-06-20",
			Actor: []plover.Actor{karimov}, Recipient: []plover.Actor{{Code: "IRN", Sector: "GOV"}},
			Event: []string{"CONSULT"}, QuadCode: 1, Mode: []string{"visit"}, Context: []string{"diplomatic"},
			EventText: []string{r.Visits[0].Note},
			EventLoc:  &plover.Location{ResolvedPlace: "Tehran", City: "Tehran", Country: "Iran", CountryCode: "IRN", Resolution: plover.ResolutionCity},
			Link:      visit, CiteInfo: cite, CAMEO: []string{"042"},
		}},
		{string(azernews.MeetingImanipur), plover.Record{
			ID: string(azernews.MeetingImanipur), Date: "2022-06-01", DatePrecision: "month",
			Actor: []plover.Actor{karimov}, Recipient: []plover.Actor{imanipur},
			Event: []string{"CONSULT"}, QuadCode: 1, Mode: []string{"visit"}, Context: []string{"diplomatic"},
			EventText: []string{"Anar Karimov meets Mehdi Imanipur", withImanipur.Summary},
			EventLoc:  &plover.Location{ResolvedPlace: "Iran", Country: "Iran", CountryCode: "IRN", Resolution: plover.ResolutionCountry},
			Link:      visit, CiteInfo: cite, CAMEO: []string{"043"},
			Topics: []string{"cinema", "books", "international_organizations", "cultural_centres", "heritage_and_restoration", "bilateral_relations", "twinning", "other"},
		}},
		{string(azernews.TwinningSuggested), plover.Record{
			ID: string(azernews.TwinningSuggested), Date: "2022-06-01", DatePrecision: "month",
			Actor: []plover.Actor{imanipur}, Recipient: []plover.Actor{karimov},
			Event: []string{"AGREE"}, QuadCode: 1, Context: []string{"diplomatic"},
			EventText: []string{twinning.Summary, twinning.Quote},
			Link:      visit, CiteInfo: cite, Topics: []string{"twinning"},
			Comment: "The speaker is inferred from the context: the source does not name it.",
		}},
		{string(azernews.SidesNotedPotential), plover.Record{
			ID: string(azernews.SidesNotedPotential), Date: "2022-06-20",
			Actor: []plover.Actor{karimov, ismaili},
			Event: []string{"AGREE"}, QuadCode: 1, Context: []string{"diplomatic"},
			EventText: []string{potential.Summary},
			Link:      visit, CiteInfo: cite, Topics: []string{"international_organizations", "exchange_programmes"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, recs[tt.id]); diff != "" {
				t.Errorf("record (-want +got):\n%s", diff)
			}
		})
	}
	for _, id := range []events.StatementID{
		azernews.KarimovAnniversary, azernews.KarimovShusha, azernews.ImanipurFraternal, // comments
		azernews.KarimovReconstruction, azernews.KarimovRestoration, // on a domestic programme
	} {
		if _, ok := recs[string(id)]; ok {
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
	want := []string{
		string(azernews.IsmailiLiterature), string(azernews.IsmailiFestivals), string(azernews.KarimovCentreServe), string(azernews.KarimovCentre),
		string(azernews.SidesNotedPotential), string(azernews.SidesSpokeJointWork), string(azernews.TwinningSuggested),
	}
	slices.Sort(want)
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
		{ID: "m", Date: "2022-06-20", Actor: []plover.Actor{
			{Code: "IGO", EntityText: "A", Office: "Director-General"},
			{Code: "IRN", Sector: "GOV", EntityText: "B", Office: "Minister"},
		}, Event: []string{"CONSULT"}, QuadCode: 1, Context: []string{"diplomatic"}, Link: "m"},
		{ID: "m/0", Date: "2022-06-20", Actor: []plover.Actor{{Code: "IRN", Sector: "GOV", EntityText: "B", Office: "Minister"}},
			Recipient: []plover.Actor{{Code: "IGO", EntityText: "A", Office: "Director-General"}},
			Event:     []string{"AGREE"}, QuadCode: 1, Context: []string{"diplomatic"}, EventText: []string{"An invitation."}, Link: "m"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
}

// TestExportBroken checks that Export survives records that break
// amity's rules: a meeting of no one, speakers who are not participants,
// an unknown state, zero dates, participants that name no one or a group
// not in the records, an official with neither name nor post, and an
// agreement signed for nothing by no one known.
func TestExportBroken(t *testing.T) {
	r := relations.Records{
		Officials: []orgs.Official{{ID: "nameless"}},
		Visits:    []events.Visit{{ID: "v", Visitors: []orgs.OfficialID{"nobody"}, Guest: "ZZ"}},
		Meetings: []events.Meeting{
			{ID: "m", Host: "IR",
				Statements: []events.Statement{{Verb: events.VerbProposed, Speakers: []orgs.OfficialID{"nobody"}}}},
			{ID: "m2", Date: amity.MustParseDate("2024"), Participants: []events.Participant{{Group: "nowhere", State: "LA"}, {}, {Official: "nameless"}},
				Statements: []events.Statement{{Verb: events.VerbAgreed, Groups: []orgs.GroupID{"nowhere"}}, {Verb: events.VerbAgreed, BySource: true}}},
		},
		Agreements: []cooperation.Agreement{{ID: "a", Meeting: "m2", Parties: []orgs.Body{{}},
			Signatories: []cooperation.Signatory{{Official: "nobody"}}}},
	}
	got := plover.Records(&r)
	ids := make([]string, len(got))
	for i, rec := range got {
		ids[i] = rec.ID
	}
	if diff := cmp.Diff([]string{"a", "m", "m/0", "m2", "m2/0", "v"}, ids); diff != "" {
		t.Fatalf("records (-want +got):\n%s", diff)
	}
	if v := got[5]; len(v.Actor) != 1 || v.Actor[0].Code != "ZZ" {
		t.Errorf("visit %+v, want visitor's code ZZ as given", v)
	}
	want := []plover.Actor{{Code: "LAO", EntityText: "nowhere"}, {}, {EntityText: "nameless"}}
	if diff := cmp.Diff(want, got[3].Actor); diff != "" {
		t.Errorf("actors of m2 (-want +got):\n%s", diff)
	}
}

// TestExportSigning writes the signing dataset of formattest and compares
// the records with the reviewed file testdata/signing.plover.jsonl; and
// checks single records: the signing is SUPPORT with CAMEO 057 and no
// mode, the Lao signatory, who signs in Hanoi, the actor and the
// Vietnamese the recipient, each with the code and sector of the
// ministry signed for; the group that takes part in the meeting and
// speaks is an actor with its label; the official known only by post
// has the post's title as entity_text; the statement of the source's own
// is not written.
func TestExportSigning(t *testing.T) {
	r := formattest.Signing(t)
	formattest.Golden(t, filepath.Join("testdata", "signing.plover.jsonl"), formattest.Write(t, plover.Export, &r))
	recs := map[string]plover.Record{}
	for _, rec := range plover.Records(&r) {
		recs[rec.ID] = rec
		for _, a := range slices.Concat(rec.Actor, rec.Recipient) {
			if a.EntityText == "" {
				t.Errorf("%s: an entity without entity_text: %+v", rec.ID, a)
			}
		}
	}
	ambassador := plover.Actor{Code: "LAO", Sector: "GOV", EntityText: "Ada Example", Office: "Ambassador of Laos to Vietnam"}
	deputy := plover.Actor{Code: "VNM", Sector: "GOV", EntityText: "Deputy Minister of Culture, Sports and Tourism",
		Office: "Deputy Minister of Culture, Sports and Tourism"}
	delegation := plover.Actor{Code: "LAO", Sector: "GOV", EntityText: "delegation (LA)"}
	signing := recs[string(formattest.SigningAgreement)]
	want := plover.Record{ID: string(formattest.SigningAgreement), Date: "2024-03-12",
		Actor: []plover.Actor{ambassador}, Recipient: []plover.Actor{deputy},
		Event: []string{"SUPPORT"}, QuadCode: 1, Context: []string{"diplomatic"}, CAMEO: []string{"057"},
		EventText: []string{r.Agreements[0].Title, r.Agreements[0].Note},
		EventLoc:  &plover.Location{ResolvedPlace: "Hanoi", City: "Hanoi", Country: "Vietnam", CountryCode: "VNM", Resolution: plover.ResolutionCity},
		Link:      string(formattest.SigningMeeting), CiteInfo: signing.CiteInfo,
		Topics: []string{"cultural_weeks", "music", "dance"},
	}
	if diff := cmp.Diff(want, signing); diff != "" {
		t.Errorf("signing (-want +got):\n%s", diff)
	}
	meeting := recs[string(formattest.SigningMeeting)]
	if diff := cmp.Diff([]plover.Actor{delegation, ambassador}, meeting.Actor); diff != "" {
		t.Errorf("meeting's actor (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]plover.Actor{delegation}, recs["la-vn-talks-2024.week"].Actor); diff != "" {
		t.Errorf("the delegation's proposal's actor (-want +got):\n%s", diff)
	}
	if _, ok := recs[string(formattest.SigningMeeting)+"/2"]; ok {
		t.Error("the source's own assessment is written")
	}
}

// TestSigningActors checks the actors of signings: an agreement signed
// at a meeting without a date of its own takes the meeting's date, and,
// without signatories, the participants whose role is signatory; one
// signed where no party is at home has every entity as actor; a party
// no one signs for is an entity by its name; one signed by an official of
// an intergovernmental organization has the code IGO; an agreement
// without any date is not written.
func TestSigningActors(t *testing.T) {
	d := amity.MustParseDate
	r := relations.Records{
		States:        []orgs.State{{ID: "LA", Names: amity.Names{Name: "Laos"}}, {ID: "VN", Names: amity.Names{Name: "Vietnam"}}},
		Ministries:    []orgs.Ministry{{ID: "la-m", State: "LA", Names: amity.Names{Name: "Lao Ministry"}}},
		Organizations: []orgs.Organization{{ID: "igo", Kind: orgs.KindIntergovernmental, Names: amity.Names{Name: "An IGO"}}},
		Officials: []orgs.Official{
			{ID: "a", Names: amity.Names{Name: "A"}},
			{ID: "b", Posts: []orgs.Post{{ID: "b.m", Title: "Minister", State: "VN"}}},
			{ID: "c", Names: amity.Names{Name: "C"}, Posts: []orgs.Post{{ID: "c.dg", Title: "Director-General", Organization: "igo"}}},
		},
		Meetings: []events.Meeting{{ID: "m", Date: d("2024-05"), Place: orgs.Place{Country: "VN"}, Participants: []events.Participant{
			{Official: "a", State: "LA", Role: events.RoleSignatory},
			{Official: "b", State: "VN", Post: "b.m", Role: events.RoleSignatory},
			{Official: "c", State: "LA", Role: events.RoleWitness},
		}}},
		Agreements: []cooperation.Agreement{
			{ID: "at-meeting", Title: "At the meeting", Meeting: "m", Parties: []orgs.Body{{State: "LA"}, {State: "VN"}}},
			{ID: "abroad", Title: "Abroad", Signed: d("2024-06-01"), Place: orgs.Place{City: "Paris", Country: "FR"},
				Parties:     []orgs.Body{{Ministry: "la-m"}, {State: "VN"}, {Organization: "igo"}},
				Signatories: []cooperation.Signatory{{Official: "b", Post: "b.m", For: orgs.Body{State: "VN"}}, {Official: "c", Post: "c.dg", For: orgs.Body{Organization: "igo"}}}},
			{ID: "undated", Title: "Undated", Parties: []orgs.Body{{State: "LA"}}},
		},
	}
	recs := map[string]plover.Record{}
	for _, rec := range plover.Records(&r) {
		recs[rec.ID] = rec
	}
	if _, ok := recs["undated"]; ok {
		t.Error("an agreement without a date is written")
	}
	at := recs["at-meeting"]
	want := plover.Record{ID: "at-meeting", Date: "2024-05-01", DatePrecision: "month",
		Actor:     []plover.Actor{{Code: "LAO", EntityText: "A"}},
		Recipient: []plover.Actor{{Code: "VNM", Sector: "GOV", EntityText: "Minister", Office: "Minister"}},
		Event:     []string{"SUPPORT"}, QuadCode: 1, Context: []string{"diplomatic"}, CAMEO: []string{"057"},
		EventText: []string{"At the meeting"}, EventLoc: &plover.Location{ResolvedPlace: "Vietnam", Country: "Vietnam", CountryCode: "VNM", Resolution: plover.ResolutionCountry}, Link: "m",
		Comment: "The date is that of the meeting the agreement was signed at.",
	}
	if diff := cmp.Diff(want, at); diff != "" {
		t.Errorf("signed at the meeting (-want +got):\n%s", diff)
	}
	wantActor := []plover.Actor{
		{Code: "VNM", Sector: "GOV", EntityText: "Minister", Office: "Minister"},
		{Code: "IGO", EntityText: "C", Office: "Director-General"},
		{Code: "LAO", Sector: "GOV", EntityText: "Lao Ministry"},
	}
	abroad := recs["abroad"]
	if diff := cmp.Diff(wantActor, abroad.Actor); diff != "" || abroad.Recipient != nil {
		t.Errorf("signed abroad: recipient %v, actor (-want +got):\n%s", abroad.Recipient, diff)
	}
}

// sectorKinds are the kinds of organization and the sector of each.
var sectorKinds = []struct {
	kind   orgs.OrganizationKind
	sector string
}{
	{orgs.KindGovernmentAgency, "GOV"},
	{orgs.KindSubnationalAuthority, "GOV"},
	{orgs.KindGovernment, "GOV"},
	{orgs.KindDiplomaticMission, "GOV"},
	{orgs.KindJointCommission, "GOV"},
	{orgs.KindLegislature, "LEG"},
	{orgs.KindEducational, "EDU"},
	{orgs.KindMedia, "JRN"},
	{orgs.KindReligious, "REL"},
	{orgs.KindBusiness, "BUS"},
	{orgs.KindCulturalInstitution, "SOC"},
	{orgs.KindNonGovernmental, "SOC"},
	{orgs.KindEnsemble, "SOC"},
	{orgs.KindPoliticalParty, "PTY"},
	{orgs.KindOtherOrganization, ""},
	{orgs.KindIntergovernmental, ""},
}

// everySector returns valid records with a meeting in Laos of the head
// of an organization of each of sectorKinds, "off-KIND", in the post
// "Head"; an ensemble that names no organization, "A troupe"; and a group
// of the political party's, "Party members".
func everySector() relations.Records {
	src := []amity.SourceID{"s"}
	r := relations.Records{
		Sources: []amity.Source{{ID: "s", Publisher: "Example News"}},
		States:  []orgs.State{{ID: "LA", Names: amity.Names{Name: "Laos"}, Sources: src}, {ID: "VN", Names: amity.Names{Name: "Vietnam"}, Sources: src}},
		Meetings: []events.Meeting{{ID: "m", Date: amity.MustParseDate("2024-05-02"),
			Place: orgs.Place{City: "Vientiane", Country: "LA"}, Sources: src}},
	}
	for _, k := range sectorKinds {
		org, id := orgs.OrganizationID("org-"+string(k.kind)), orgs.OfficialID("off-"+string(k.kind))
		o := orgs.Organization{ID: org, Kind: k.kind, State: "LA", Names: amity.Names{Name: string(org)}, Sources: src}
		switch k.kind {
		case orgs.KindIntergovernmental, orgs.KindJointCommission:
			o.State = ""
		case orgs.KindDiplomaticMission:
			o.HostState = "VN"
		}
		r.Organizations = append(r.Organizations, o)
		r.Officials = append(r.Officials, orgs.Official{ID: id, Names: amity.Names{Name: string(id)},
			Posts: []orgs.Post{{ID: orgs.PostID(id + ".head"), Title: "Head", Organization: org, Sources: src}}, Sources: src})
		r.Meetings[0].Participants = append(r.Meetings[0].Participants, events.Participant{Official: id, State: "LA"})
	}
	r.Groups = []orgs.Group{
		{ID: "troupe", Kind: orgs.GroupEnsemble, State: "LA", Names: amity.Names{Name: "A troupe"}, Sources: src},
		{ID: "party-group", Kind: orgs.GroupOther, State: "LA", Organization: "org-political_party", Names: amity.Names{Name: "Party members"}, Sources: src},
	}
	r.Meetings[0].Participants = append(r.Meetings[0].Participants,
		events.Participant{Group: "troupe", State: "LA"}, events.Participant{Group: "party-group", State: "LA"})
	return r
}

// TestSectors checks the sector of each kind of body an official's post
// or a group belongs to: organized civil society (cultural institutions,
// ensembles, non-governmental organizations, and an ensemble that names
// no organization) is SOC, not CVL, which the manual keeps for
// unaffiliated civilians; a political party is PTY; an intergovernmental
// organization has the code IGO and no sector.
func TestSectors(t *testing.T) {
	r := everySector()
	if err := relations.Validate(&r); err != nil {
		t.Fatalf("the records do not validate: %v", err)
	}
	want := map[string]plover.Actor{}
	for _, k := range sectorKinds {
		id := "off-" + string(k.kind)
		code := "LAO"
		if k.kind == orgs.KindIntergovernmental {
			code = "IGO"
		}
		want[id] = plover.Actor{Code: code, Sector: k.sector, EntityText: id, Office: "Head"}
	}
	want["A troupe"] = plover.Actor{Code: "LAO", Sector: "SOC", EntityText: "A troupe"}
	want["Party members"] = plover.Actor{Code: "LAO", Sector: "PTY", EntityText: "Party members"}

	recs := plover.Records(&r)
	if len(recs) != 1 {
		t.Fatalf("%d records, want the meeting's", len(recs))
	}
	got := map[string]plover.Actor{}
	for _, a := range recs[0].Actor {
		got[a.EntityText] = a
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestComments checks which statements are AGREE records and which are
// comments, not written: a remark on a past event, with a verb such as
// said, noted or stressed, is a comment, unless an initiative of
// cooperation names it as one that raised it; a proposal, suggestion,
// agreement or invitation is AGREE whatever it is about; a statement
// that raised only a domestic programme is a comment.
func TestComments(t *testing.T) {
	past := "the two states established diplomatic relations in 1992"
	tests := []struct {
		name   string
		verb   events.Verb
		raised cooperation.InitiativeKind // "" for no initiative
		agree  bool
	}{
		{"said", events.VerbSaid, "", false},
		{"noted", events.VerbNoted, "", false},
		{"stressed", events.VerbStressed, "", false},
		{"noted, raising a domestic programme", events.VerbNoted, cooperation.KindDomestic, false},
		{"noted, raising an initiative", events.VerbNoted, cooperation.KindSectoral, true},
		{"proposed", events.VerbProposed, "", true},
		{"suggested", events.VerbSuggested, "", true},
		{"agreed", events.VerbAgreed, "", true},
		{"invited", events.VerbInvited, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := relations.Records{
				Officials: []orgs.Official{{ID: "a", Names: amity.Names{Name: "A"}}},
				Meetings: []events.Meeting{{ID: "m", Date: amity.MustParseDate("2022-06-20"),
					Participants: []events.Participant{{Official: "a", State: "AZ"}},
					Statements:   []events.Statement{{ID: "s", Speakers: []orgs.OfficialID{"a"}, Verb: tt.verb, Summary: past}}}},
			}
			if tt.raised != "" {
				r.Initiatives = []cooperation.Initiative{{ID: "i", Kind: tt.raised, Statements: []events.StatementID{"s"}}}
			}
			var ids []string
			for _, rec := range plover.Records(&r) {
				ids = append(ids, rec.ID)
				if rec.ID == "s" && (len(rec.Event) != 1 || rec.Event[0] != "AGREE") {
					t.Errorf("statement coded %v, want AGREE", rec.Event)
				}
			}
			if got := slices.Contains(ids, "s"); got != tt.agree {
				t.Errorf("records %v: statement written %v, want %v", ids, got, tt.agree)
			}
		})
	}
}

// TestContexts checks the contexts of records by their CAMEO codes: those
// of the official CAMEO-to-PLOVER table, each once, in the order of the
// codes; "humanitarian", which the table gives 0333 but the manual no
// longer lists, is left out; "diplomatic" where no context remains.
func TestContexts(t *testing.T) {
	tests := []struct {
		codes []events.CAMEOCode
		want  []string
	}{
		{nil, []string{"diplomatic"}},
		{[]events.CAMEOCode{"040"}, []string{"diplomatic"}},
		{[]events.CAMEOCode{"0311"}, []string{"economic"}},
		{[]events.CAMEOCode{"0312", "0311", "0332"}, []string{"military", "economic"}},
		{[]events.CAMEOCode{"0333"}, []string{"diplomatic"}},
		{[]events.CAMEOCode{"0333", "0334"}, []string{"peacekeeping"}},
	}
	for _, tt := range tests {
		r := relations.Records{Meetings: []events.Meeting{{ID: "m", Date: amity.MustParseDate("2022-06-20"),
			Participants: []events.Participant{{Official: "a", State: "AZ"}}}}}
		for _, c := range tt.codes {
			r.Meetings[0].Codes = append(r.Meetings[0].Codes, events.EventCode{CAMEO: c})
		}
		recs := plover.Records(&r)
		if len(recs) != 1 {
			t.Fatalf("%v: %d records, want 1", tt.codes, len(recs))
		}
		if diff := cmp.Diff(tt.want, recs[0].Context); diff != "" {
			t.Errorf("%v: context (-want +got):\n%s", tt.codes, diff)
		}
	}
}

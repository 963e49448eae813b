package formattest

import (
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// The IDs of the signing dataset (see [Signing]).
const (
	SigningSource     amity.SourceID              = "example-news-2024-03-13"
	SigningMeeting    events.MeetingID            = "la-vn-talks-2024"
	SigningAgreement  cooperation.AgreementID     = "la-vn-programme-2024"
	SigningParent     cooperation.AgreementID     = "la-vn-cultural-agreement"
	SigningCommission orgs.OrganizationID         = "la-vn-joint-commission"
	SigningInitiative cooperation.InitiativeID    = "lao-culture-weeks"
	SigningEvent      cooperation.CulturalEventID = "lao-culture-week-2024"
	SigningDelegation orgs.GroupID                = "la-delegation-2024"
	SigningEnsemble   orgs.GroupID                = "la-performers-2024"
	SigningAmbassador orgs.OfficialID             = "ada-example"
	SigningDeputy     orgs.OfficialID             = "vn-deputy-minister-culture"
	SigningEmbassy    orgs.OrganizationID         = "la-embassy-hanoi"
	SigningLaoCulture orgs.MinistryID             = "la-ministry-of-culture"
	SigningVNCulture  orgs.MinistryID             = "vn-ministry-of-culture"
)

// Signing returns the signing dataset, new on every call, after checking
// that it validates: test values with obviously fake names that hold the
// kinds and fields the story lacks. A Lao delegation, a group whose
// members no source names, meets in Hanoi with a Vietnamese deputy
// minister whom the source names only by post, at a session of their
// joint commission; Laos's ambassador, who leads the delegation, signs a
// programme of cultural cooperation for the Lao ministry of culture, in
// which the ambassador holds no post, and the deputy minister signs it
// for the ministry of the deputy minister's post; the programme
// implements an agreement of the two states that no source says who
// signed; the delegation proposes weeks of Lao culture, an initiative
// the programme carries, and under it a week of Lao culture with an
// unnamed troupe of performers is held in Hanoi.
func Signing(t testing.TB) relations.Records {
	t.Helper()
	r := signing()
	if err := relations.Validate(&r); err != nil {
		t.Fatalf("formattest.Signing does not validate: %v", err)
	}
	return r
}

func signing() relations.Records {
	d := amity.MustParseDate
	src := []amity.SourceID{SigningSource}
	hanoi := orgs.Place{City: "Hanoi", Country: "VN"}
	ambassadorPost := orgs.PostID(string(SigningAmbassador) + ".ambassador")
	deputyPost := orgs.PostID(string(SigningDeputy) + ".deputy-minister")
	laoCulture, vnCulture := orgs.Body{Ministry: SigningLaoCulture}, orgs.Body{Ministry: SigningVNCulture}
	return relations.Records{
		Sources: []amity.Source{{ID: SigningSource, Publisher: "Example News", Title: "Laos and Vietnam sign a cultural programme",
			URL: "https://news.example.org/2024/03/13/laos-vietnam-programme", Published: d("2024-03-13"), Language: "en"}},
		States: []orgs.State{
			{ID: "LA", Names: amity.Names{Name: "Laos"}, Sources: src},
			{ID: "VN", Names: amity.Names{Name: "Vietnam"}, Sources: src},
		},
		Ministries: []orgs.Ministry{
			{ID: SigningLaoCulture, State: "LA", Portfolios: []orgs.Portfolio{orgs.PortfolioInformation, orgs.PortfolioCulture, orgs.PortfolioTourism},
				Names: amity.Names{Name: "Example Ministry of Information, Culture and Tourism"}, Sources: src},
			{ID: SigningVNCulture, State: "VN", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture, orgs.PortfolioYouthSports, orgs.PortfolioTourism},
				Names: amity.Names{Name: "Example Ministry of Culture, Sports and Tourism"}, Sources: src},
		},
		Organizations: []orgs.Organization{
			{ID: SigningEmbassy, Kind: orgs.KindDiplomaticMission, State: "LA", HostState: "VN",
				Names: amity.Names{Name: "Example Embassy of Laos in Hanoi"}, Sources: src},
			{ID: SigningCommission, Kind: orgs.KindJointCommission, Names: amity.Names{Name: "Example Lao–Vietnamese Joint Commission on Culture"},
				Members: []orgs.Membership{{State: "LA"}, {State: "VN"}}, Sources: src},
		},
		Officials: []orgs.Official{
			{ID: SigningAmbassador, Names: amity.Names{Name: "Ada Example"}, Honorific: "H.E.",
				Posts:   []orgs.Post{{ID: ambassadorPost, Title: "Ambassador of Laos to Vietnam", Role: orgs.RoleAmbassador, Organization: SigningEmbassy, Start: d("2022")}},
				Sources: src},
			{ID: SigningDeputy, Note: "The source names the deputy minister only by post.",
				Posts:   []orgs.Post{{ID: deputyPost, Title: "Deputy Minister of Culture, Sports and Tourism", Role: orgs.RoleDeputyMinister, Ministry: SigningVNCulture}},
				Sources: src},
		},
		Groups: []orgs.Group{
			{ID: SigningDelegation, Kind: orgs.GroupDelegation, State: "LA", Ministry: SigningLaoCulture, Size: orgs.Size{Min: 3, Max: 5},
				Leaders: []orgs.OfficialID{SigningAmbassador}, Sources: src,
				Uncertain: amity.Uncertainty{"size": {Basis: amity.BasisApproximate, Reason: "the source speaks of three to five officials"}}},
			{ID: SigningEnsemble, Kind: orgs.GroupEnsemble, State: "LA", Size: orgs.Size{Min: 21}, Note: "More than twenty dancers and musicians.", Sources: src},
		},
		Meetings: []events.Meeting{{
			ID: SigningMeeting, Title: "Lao delegation meets the Vietnamese deputy minister of culture", Date: d("2024-03-12"),
			Place: hanoi, Host: "VN", Commission: SigningCommission, Session: 7,
			Participants: []events.Participant{
				{Group: SigningDelegation, State: "LA", Role: events.RoleGuest},
				{Official: SigningAmbassador, State: "LA", Post: ambassadorPost, Role: events.RoleSignatory},
				{Official: SigningDeputy, State: "VN", Post: deputyPost, Role: events.RoleSignatory},
			},
			Topics: []events.Topic{events.TopicCulturalWeeks, events.TopicDance},
			Statements: []events.Statement{
				{ID: "la-vn-talks-2024.week", Groups: []orgs.GroupID{SigningDelegation}, Verb: events.VerbProposed,
					Summary: "a week of Lao culture in Hanoi in September", Topics: []events.Topic{events.TopicCulturalWeeks}},
				{Speakers: []orgs.OfficialID{SigningDeputy}, Verb: events.VerbAgreed, Summary: "to host the week"},
				{BySource: true, Verb: events.VerbNoted, Summary: "the talks were held in a warm atmosphere"},
			},
			Summary: "The two sides signed a programme of cultural cooperation for 2024 to 2027.",
			Note:    "The source gives the date of the talks as the day before its publication.",
			Sources: src,
			Uncertain: amity.Uncertainty{"date": {Basis: amity.BasisInferred,
				Reason: "the source says the talks were held yesterday; the day is the one before its publication"}},
		}},
		Agreements: []cooperation.Agreement{{
			ID: SigningAgreement, Kind: cooperation.AgreementProgramme, Title: "Programme of cultural cooperation for 2024–2027",
			Parties: []orgs.Body{laoCulture, vnCulture},
			Signatories: []cooperation.Signatory{
				{Official: SigningAmbassador, Post: ambassadorPost, For: laoCulture},
				{Official: SigningDeputy, Post: deputyPost, For: vnCulture},
			},
			Signed: d("2024-03-12"), Place: hanoi, Meeting: SigningMeeting, InForceOnSignature: true,
			Duration: cooperation.Duration{Years: 3}, Renewal: cooperation.RenewalByAgreement,
			Parent: SigningParent, Relation: cooperation.RelationImplements,
			Topics:     []events.Topic{events.TopicCulturalWeeks, events.TopicMusic, events.TopicDance},
			Provisions: []cooperation.Provision{{Summary: "each side holds a week of the other's culture", Topics: []events.Topic{events.TopicCulturalWeeks}}},
			Note:       "The source does not say who signed first.",
			Sources:    src,
		}, {
			ID: SigningParent, Kind: cooperation.AgreementTreaty, Title: "Agreement on cultural cooperation",
			Parties: []orgs.Body{{State: "LA"}, {State: "VN"}}, Signed: d("1997"), EntryIntoForce: d("1998"),
			Renewal: cooperation.RenewalAutomatic, Sources: src,
			Uncertain: amity.Uncertainty{"signed": {Basis: amity.BasisApproximate, Reason: "the source gives only the year"}},
		}},
		Initiatives: []cooperation.Initiative{{
			ID: SigningInitiative, Title: "Weeks of Lao culture in Vietnam", Kind: cooperation.KindCulturalWeek,
			Topics: []events.Topic{events.TopicCulturalWeeks}, Parties: []orgs.StateID{"LA", "VN"},
			ProposedByGroups: []orgs.GroupID{SigningDelegation}, Meetings: []events.MeetingID{SigningMeeting},
			Statements: []events.StatementID{"la-vn-talks-2024.week"},
			History:    []cooperation.StatusChange{{Status: cooperation.StatusAgreed, Date: d("2024-03-12"), Meeting: SigningMeeting, Sources: src}},
			Agreements: []cooperation.AgreementID{SigningAgreement}, Sources: src,
		}},
		Events: []cooperation.CulturalEvent{{
			ID: SigningEvent, Kind: cooperation.EventWeek, Title: "Week of Lao Culture in Vietnam",
			Organisers: []orgs.Body{laoCulture, vnCulture}, States: []orgs.StateID{"LA", "VN"}, Host: "VN",
			Places: []orgs.Place{hanoi}, Groups: []orgs.GroupID{SigningEnsemble},
			Planned: cooperation.Span{Start: d("2024-09")}, Held: cooperation.Span{Start: d("2024-09-20"), End: d("2024-09-26")},
			Topics:    []events.Topic{events.TopicCulturalWeeks, events.TopicDance, events.TopicMusic},
			Agreement: SigningAgreement, Initiative: SigningInitiative, Meeting: SigningMeeting,
			History: []cooperation.EventChange{
				{Status: cooperation.EventAnnounced, Date: d("2024-03-12"), Sources: src},
				{Status: cooperation.EventHeld, Date: d("2024-09-20"), Sources: src},
			},
			Sources: src,
		}},
	}
}

// Package kplnews holds the dataset of the KPL report of 23 December
// 2010, relayed by the blog KhmerNZ, on the memorandum of understanding on
// cultural cooperation that Laos and Cambodia signed in Vientiane on 21
// December 2010: the memorandum, its signatories and what it provides, the
// events it plans, the bilateral meeting of 16 December, and the four
// states the two sides named.
//
// Every fact of the article is here, and nothing else. What the article
// leaves vague stays vague: it does not say when the memorandum enters
// into force or how long it runs, where the meeting of 16 December took
// place, or who the officials at it were besides the two ministers. What
// is read from context is marked uncertain, with the reason: the year of
// the dates the article gives by day and month, the parties (the article
// names the signatories and "the two ministries", not the parties), and
// for whom each minister signed.
//
// The runnable example in examples/laos-cambodia and the tests that ask
// the dataset each fact of the article share these records.
package kplnews

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// The states of the story.
const (
	LA orgs.StateID = "LA"
	KH orgs.StateID = "KH"
	MM orgs.StateID = "MM"
	VN orgs.StateID = "VN"
)

// The IDs of the story's sources: the blog post, and the KPL dispatch it
// relays.
const (
	Blog amity.SourceID = "khmernz-2010-12-laos-cambodia"
	KPL  amity.SourceID = "kpl-2010-12-23"
)

// The IDs of the story's actors.
const (
	CultureLA    orgs.MinistryID     = "la-ministry-of-information-and-culture"
	CultureKH    orgs.MinistryID     = "kh-ministry-of-culture-and-art"
	ASEAN        orgs.OrganizationID = "asean"
	Mounkeo      orgs.OfficialID     = "mounkeo-oraboun"
	HimChhem     orgs.OfficialID     = "him-chhem"
	MounkeoPost  orgs.PostID         = "mounkeo-oraboun.minister-of-information-and-culture"
	HimChhemPost orgs.PostID         = "him-chhem.minister-of-culture-and-art"
	// The cultural officials of each side at the meeting of 16 December.
	OfficialsLA orgs.GroupID = "la-cultural-officials-2010-12-16"
	OfficialsKH orgs.GroupID = "kh-cultural-officials-2010-12-16"
	// The groups of three to five culture officials that each state is
	// to send each year.
	VisitorsLA orgs.GroupID = "la-culture-officials-yearly-visit"
	VisitorsKH orgs.GroupID = "kh-culture-officials-yearly-visit"
)

// The IDs of the story's agreement, meetings, events and initiatives.
const (
	MOU             cooperation.AgreementID     = "la-kh-mou-cultural-cooperation-2010"
	Meeting         events.MeetingID            = "la-kh-meeting-2010-12-16"
	Signing         events.MeetingID            = "la-kh-mou-signing-2010-12-21"
	Willingness     events.StatementID          = "sides-expressed-willingness"
	FilmFestivals   cooperation.CulturalEventID = "la-kh-film-festivals"
	CulturalWeek    cooperation.CulturalEventID = "la-kh-cultural-week"
	Exhibitions     cooperation.CulturalEventID = "la-kh-photo-and-painting-exhibitions"
	BookFairs       cooperation.CulturalEventID = "la-kh-book-fairs"
	ExchangeVisits  cooperation.CulturalEventID = "la-kh-exchange-visits"
	Technical       cooperation.InitiativeID    = "la-kh-technical-cooperation"
	MuseumsLibrary  cooperation.InitiativeID    = "la-kh-museums-and-libraries"
	IntellectualPro cooperation.InitiativeID    = "la-kh-intellectual-property"
)

var (
	dec16     = amity.MustParseDate("2010-12-16")
	dec21     = amity.MustParseDate("2010-12-21")
	published = amity.MustParseDate("2010-12-23")
)

// src returns the sources of a fact the dispatch gives, new on every call.
func src() []amity.SourceID { return []amity.SourceID{KPL} }

// yearInferred marks a date the article gives by day and month only.
var yearInferred = amity.Qualifier{Basis: amity.BasisInferred,
	Reason: "The article gives the day and month; the year is that of its publication, 23 December 2010."}

// Records returns the story's records, new on every call: the caller may
// change them.
func Records() relations.Records {
	return relations.Records{
		Sources:       sources(),
		States:        states(),
		Ministries:    ministries(),
		Organizations: organizations(),
		Officials:     officials(),
		Groups:        groups(),
		Meetings:      meetings(),
		Initiatives:   initiatives(),
		Agreements:    agreements(),
		Events:        culturalEvents(),
	}
}

func sources() []amity.Source {
	return []amity.Source{
		{
			ID:        Blog,
			Title:     "Laos, Cambodia ink cultural cooperation",
			Publisher: "KhmerNZ",
			URL:       "http://khmernz.blogspot.com/2010/12/laos-cambodia-ink-cultural-cooperation.html",
			Language:  "en",
			Cites:     []amity.SourceID{KPL},
			Note:      "A blog post of December 2010 that relays the KPL dispatch in full, as far as the stored excerpt goes.",
		},
		{
			ID:        KPL,
			Title:     "Laos, Cambodia ink cultural cooperation",
			Publisher: "KPL",
			Published: published,
			Language:  "en",
			Note: "Dateline \"VIENTIANE, Dec 23 (KPL)\"; the year is that of the blog post that relays it. " +
				"The stored excerpt ends in the middle of its last sentence, on intellectual property rights protection.",
		},
	}
}

func states() []orgs.State {
	return []orgs.State{
		{ID: LA, Names: amity.Names{Name: "Laos"}, Sources: src()},
		{ID: KH, Names: amity.Names{Name: "Cambodia"}, Sources: src()},
		{ID: MM, Names: amity.Names{Name: "Myanmar"}, Sources: src()},
		{ID: VN, Names: amity.Names{Name: "Vietnam"}, Sources: src()},
	}
}

func ministries() []orgs.Ministry {
	return []orgs.Ministry{
		{
			ID: CultureLA, State: LA, Portfolios: []orgs.Portfolio{orgs.PortfolioInformation, orgs.PortfolioCulture},
			Names:   amity.Names{Name: "Ministry of Information and Culture"},
			Sources: src(),
			Note:    "Named after its minister's title in the article: \"Lao Minister of Information and Culture\".",
		},
		{
			ID: CultureKH, State: KH, Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
			Names:   amity.Names{Name: "Ministry of Culture and Art"},
			Sources: src(),
			Note:    "Named after its minister's title in the article: \"Cambodian Minister of Culture and Art\".",
		},
	}
}

func organizations() []orgs.Organization {
	return []orgs.Organization{{
		ID: ASEAN, Kind: orgs.KindIntergovernmental,
		Names: amity.Names{Name: "ASEAN", Aliases: []string{"Asean"}},
		Members: []orgs.Membership{
			{State: KH, Sources: src()}, {State: LA, Sources: src()}, {State: MM, Sources: src()}, {State: VN, Sources: src()},
		},
		Sources: src(),
		Note:    "The article calls Cambodia, Laos, Myanmar and Vietnam \"the four newest Asean members\"; it gives no dates of membership.",
	}}
}

func officials() []orgs.Official {
	return []orgs.Official{
		{
			ID: Mounkeo, Names: amity.Names{Name: "Mounkeo Oraboun"},
			Posts: []orgs.Post{{
				ID: MounkeoPost, Title: "Minister of Information and Culture", Role: orgs.RoleMinister,
				Ministry: CultureLA, Sources: src(),
			}},
			Sources: src(),
		},
		{
			ID: HimChhem, Names: amity.Names{Name: "Him Chhem"},
			Posts: []orgs.Post{{
				ID: HimChhemPost, Title: "Minister of Culture and Art", Role: orgs.RoleMinister,
				Ministry: CultureKH, Sources: src(),
			}},
			Sources: src(),
		},
	}
}

func groups() []orgs.Group {
	return []orgs.Group{
		{
			ID: OfficialsLA, Kind: orgs.GroupDelegation, State: LA, Ministry: CultureLA,
			Leaders: []orgs.OfficialID{Mounkeo}, Sources: src(),
			Note: "The Lao side of \"a bilateral meeting between cultural officials led by the two ministers\"; the article names none of the officials but the minister, nor their number.",
		},
		{
			ID: OfficialsKH, Kind: orgs.GroupDelegation, State: KH, Ministry: CultureKH,
			Leaders: []orgs.OfficialID{HimChhem}, Sources: src(),
			Note: "The Cambodian side of the meeting of 16 December; the article names none of the officials but the minister, nor their number.",
		},
		{
			ID: VisitorsLA, Kind: orgs.GroupOfficials, State: LA, Size: orgs.Size{Min: 3, Max: 5}, Sources: src(),
			Note: "\"groups of three to five government officials from each nation's culture sector\", to visit Cambodia each year.",
		},
		{
			ID: VisitorsKH, Kind: orgs.GroupOfficials, State: KH, Size: orgs.Size{Min: 3, Max: 5}, Sources: src(),
			Note: "\"groups of three to five government officials from each nation's culture sector\", to visit Laos each year.",
		},
	}
}

func meetings() []events.Meeting {
	return []events.Meeting{
		{
			ID:    Meeting,
			Title: "Bilateral meeting of Lao and Cambodian cultural officials",
			Date:  dec16,
			Participants: []events.Participant{
				{Official: Mounkeo, State: LA, Post: MounkeoPost, Role: events.RoleHeadOfDelegation},
				{Official: HimChhem, State: KH, Post: HimChhemPost, Role: events.RoleHeadOfDelegation},
				{Group: OfficialsLA, State: LA},
				{Group: OfficialsKH, State: KH},
			},
			Topics: []events.Topic{events.TopicBilateral},
			Statements: []events.Statement{{
				ID:     Willingness,
				Groups: []orgs.GroupID{OfficialsLA, OfficialsKH},
				Verb:   events.VerbExpressed,
				Summary: "The two sides expressed their willingness to strengthen relations between their countries, and between " +
					"the four newest ASEAN members, Cambodia, Laos, Myanmar and Vietnam, through cultural activities and events.",
				Topics: []events.Topic{events.TopicBilateral, events.TopicIntlOrgs},
			}},
			Codes:   []events.EventCode{{CAMEO: "040", PLOVER: events.PLOVERConsult}},
			Summary: "A bilateral meeting between cultural officials led by the two ministers. The article does not say where it took place.",
			Sources: src(),
			Uncertain: amity.Uncertainty{
				"date": yearInferred,
			},
		},
		{
			ID:    Signing,
			Title: "Signing of the memorandum of understanding on cultural cooperation",
			Date:  dec21,
			Place: orgs.Place{City: "Vientiane", Country: LA},
			Participants: []events.Participant{
				{Official: Mounkeo, State: LA, Post: MounkeoPost, Role: events.RoleSignatory},
				{Official: HimChhem, State: KH, Post: HimChhemPost, Role: events.RoleSignatory},
			},
			Topics:  []events.Topic{events.TopicExchange},
			Codes:   []events.EventCode{{CAMEO: "057", PLOVER: events.PLOVERSupport}},
			Summary: "The two ministers signed the memorandum of understanding on cultural cooperation in Vientiane.",
			Sources: src(),
			Uncertain: amity.Uncertainty{
				"date": yearInferred,
			},
		},
	}
}

package kplnews

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// The parties, as the two ministries.
var (
	partyLA = orgs.Body{Ministry: CultureLA}
	partyKH = orgs.Body{Ministry: CultureKH}
)

func agreements() []cooperation.Agreement {
	return []cooperation.Agreement{{
		ID:         MOU,
		Kind:       cooperation.AgreementMemorandum,
		Title:      "Memorandum of Understanding on cultural cooperation",
		ShortTitle: "MOU",
		Parties:    []orgs.Body{partyLA, partyKH},
		Signatories: []cooperation.Signatory{
			{Official: Mounkeo, Post: MounkeoPost, For: partyLA},
			{Official: HimChhem, Post: HimChhemPost, For: partyKH},
		},
		Signed:  dec21,
		Place:   orgs.Place{City: "Vientiane", Country: LA},
		Meeting: Signing,
		Topics: []events.Topic{
			events.TopicFestivals, events.TopicCinema, events.TopicCulturalWeeks, events.TopicExchange,
			events.TopicPhotography, events.TopicVisualArts, events.TopicBooks, events.TopicEducation,
			events.TopicHeritage, events.TopicMuseums, events.TopicLibraries, events.TopicCopyright,
		},
		Provisions: provisions(),
		Sources:    src(),
		Note: "The article does not say when the memorandum enters into force, how long it runs, or whether it is renewed; " +
			"it says the two states \"intend to organise a number of cultural exchange activities and events over the next three years\".",
		Uncertain: amity.Uncertainty{
			"signed": yearInferred,
			"parties": {Basis: amity.BasisInferred,
				Reason: "The article names the two ministers who signed and says \"the two ministries also agreed\"; it does not name the parties."},
			"signatories": {Basis: amity.BasisInferred,
				Reason: "Each minister is taken to sign for his own ministry; the article does not say for whom they signed."},
		},
	}}
}

func provisions() []cooperation.Provision {
	return []cooperation.Provision{
		{
			Summary: "Laos and Cambodia intend to organise a number of cultural exchange activities and events over the next three years, to boost bilateral cooperation in the sector.",
			Topics:  []events.Topic{events.TopicExchange},
		},
		{
			Summary: "Organise cultural events, including film festivals and a cultural week, on occasions of national significance for each country, as well as exchange visits by delegations of the two neighbours.",
			Topics:  []events.Topic{events.TopicFestivals, events.TopicCinema, events.TopicCulturalWeeks, events.TopicExchange},
		},
		{
			Summary: "Other events to be organised include photo and painting exhibitions and book fairs.",
			Topics:  []events.Topic{events.TopicPhotography, events.TopicVisualArts, events.TopicBooks},
		},
		{
			Summary: "Each year, groups of three to five government officials from each nation's culture sector visit the other country for a week.",
			Topics:  []events.Topic{events.TopicExchange},
		},
		{
			Quote:  "The nations shall invite art groups and delegations from other countries to participate in international and domestic festivals and conferences on culture and art to be held in their territories,",
			Topics: []events.Topic{events.TopicFestivals},
		},
		{
			Summary: "The two sides agreed to facilitate technical cooperation, including exchange of experience and information, training for officials working in the field of culture and arts, " +
				"and to endeavour to realise exchange and cooperation, including exchange of scientific and technological information, and delegations in the field of cultural heritage preservation.",
			Topics: []events.Topic{events.TopicEducation, events.TopicHeritage},
		},
		{
			Summary: "Cooperation between museums and libraries in the two countries, with an aim of stimulating exchange of information and officials.",
			Topics:  []events.Topic{events.TopicMuseums, events.TopicLibraries},
		},
		{
			Summary: "The two ministries also agreed to boost intellectual property rights protection; the stored excerpt of the article ends there.",
			Topics:  []events.Topic{events.TopicCopyright},
		},
	}
}

// announced returns the history of an event the memorandum plans:
// announced, on no date the article names.
func announced() []cooperation.EventChange {
	return []cooperation.EventChange{{
		Status:  cooperation.EventAnnounced,
		Note:    "Outlined in the memorandum of understanding.",
		Sources: src(),
	}}
}

func culturalEvents() []cooperation.CulturalEvent {
	const national = "To be organised on occasions of national significance for each country."
	return []cooperation.CulturalEvent{
		{
			ID: FilmFestivals, Kind: cooperation.EventFestival, Title: "Film festivals", States: both(),
			Topics: []events.Topic{events.TopicFestivals, events.TopicCinema}, Agreement: MOU,
			History: announced(), Note: national, Sources: src(),
		},
		{
			ID: CulturalWeek, Kind: cooperation.EventWeek, Title: "A cultural week", States: both(),
			Topics: []events.Topic{events.TopicCulturalWeeks}, Agreement: MOU,
			History: announced(), Note: national, Sources: src(),
		},
		{
			ID: Exhibitions, Kind: cooperation.EventExhibition, Title: "Photo and painting exhibitions", States: both(),
			Topics: []events.Topic{events.TopicPhotography, events.TopicVisualArts}, Agreement: MOU,
			History: announced(), Sources: src(),
		},
		{
			ID: BookFairs, Kind: cooperation.EventFair, Title: "Book fairs", States: both(),
			Topics: []events.Topic{events.TopicBooks}, Agreement: MOU,
			History: announced(), Sources: src(),
		},
		{
			ID: ExchangeVisits, Kind: cooperation.EventExchange, Title: "Exchange visits by delegations of culture officials", States: both(),
			Groups: []orgs.GroupID{VisitorsLA, VisitorsKH},
			Recurs: cooperation.EveryYear, Length: cooperation.Duration{Days: 7},
			Topics: []events.Topic{events.TopicExchange}, Agreement: MOU,
			History: announced(), Sources: src(),
			Note: "\"Exchange visits by delegations of the two neighbours\": under the memorandum, each year groups of three to five " +
				"government officials from each nation's culture sector visit the other country for a week.",
		},
	}
}

// agreed returns the history of an undertaking the memorandum records as
// agreed, on the day it was signed.
func agreed() []cooperation.StatusChange {
	return []cooperation.StatusChange{{
		Status: cooperation.StatusAgreed, Date: dec21, Meeting: Signing,
		Note: "Agreed in the memorandum of understanding.", Sources: src(),
	}}
}

func initiatives() []cooperation.Initiative {
	return []cooperation.Initiative{
		{
			ID: Technical, Title: "Technical cooperation in culture and arts", Kind: cooperation.KindSectoral,
			Topics: []events.Topic{events.TopicEducation, events.TopicHeritage}, Parties: both(),
			Agreements: []cooperation.AgreementID{MOU}, History: agreed(), Sources: src(),
			Summary: "Exchange of experience and information, training for officials working in culture and arts, exchange of scientific and technological information, and delegations in the field of cultural heritage preservation.",
		},
		{
			ID: MuseumsLibrary, Title: "Cooperation between museums and libraries", Kind: cooperation.KindSectoral,
			Topics: []events.Topic{events.TopicMuseums, events.TopicLibraries}, Parties: both(),
			Agreements: []cooperation.AgreementID{MOU}, History: agreed(), Sources: src(),
			Summary: "With an aim of stimulating exchange of information and officials.",
		},
		{
			ID: IntellectualPro, Title: "Intellectual property rights protection", Kind: cooperation.KindSectoral,
			Topics: []events.Topic{events.TopicCopyright}, Parties: both(),
			Agreements: []cooperation.AgreementID{MOU}, History: agreed(), Sources: src(),
			Summary: "The two ministries agreed to boost it; the stored excerpt of the article ends there.",
		},
	}
}

// both returns the two states, new on every call.
func both() []orgs.StateID { return []orgs.StateID{LA, KH} }

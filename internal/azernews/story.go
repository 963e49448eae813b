// Package azernews holds the dataset of the Azernews report of 2022-06-22 on
// the visit of Azerbaijan's culture minister, Anar Karimov, to Iran: two
// meetings, what each side said, the initiatives raised, and the ties and
// memberships they rest on. Every fact of the article is here; facts from
// other reports (the dates of the visit and of the first meeting, the
// Iranian minister's full name, the date of diplomatic relations, the
// memberships of UNESCO and ICESCO) cite those reports in FieldSources or
// in their own Sources, and nothing else is added.
//
// The runnable example in examples/azerbaijan-iran and the tests that ask
// the dataset each fact of the article share these records.
package azernews

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// The states of the story.
const (
	AZ orgs.StateID = "AZ"
	IR orgs.StateID = "IR"
)

// The IDs of the story's sources.
const (
	// The article itself and the ministry it cites.
	Azernews        amity.SourceID = "azernews-2022-06-22"
	CultureMinistry amity.SourceID = "az-culture-ministry"
	// Reports that give what the article leaves out.
	Mehr          amity.SourceID = "mehr-2022-06-20"
	APA           amity.SourceID = "apa-2022-06-21"
	ICROAbout     amity.SourceID = "icro-about-us"
	AliyevLibrary amity.SourceID = "aliyev-heritage-az-ir-relations"
	MFAUnesco     amity.SourceID = "mfa-az-unesco"
	UnescoIran    amity.SourceID = "unesco-iran"
	TrendICESCO   amity.SourceID = "trend-2025-04-29"
	ISESCOTehran  amity.SourceID = "isesco-tehran-about"
	// The codebooks behind the event codes.
	CAMEOCodebook amity.SourceID = "cameo-codebook-1.1b3"
	PLOVERManual  amity.SourceID = "plover-manual"
)

// The IDs of the story's actors.
const (
	CultureAZ    orgs.MinistryID     = "az-ministry-of-culture"
	CultureIR    orgs.MinistryID     = "ir-ministry-of-culture-and-islamic-guidance"
	ICRO         orgs.OrganizationID = "icro"
	UNESCO       orgs.OrganizationID = "unesco"
	ICESCO       orgs.OrganizationID = "icesco"
	Karimov      orgs.OfficialID     = "anar-karimov"
	Ismaili      orgs.OfficialID     = "mehdi-ismaili"
	Imanipur     orgs.OfficialID     = "mehdi-imanipur"
	Aliyev       orgs.OfficialID     = "ilham-aliyev"
	KarimovPost  orgs.PostID         = "anar-karimov.minister-of-culture"
	IsmailiPost  orgs.PostID         = "mehdi-ismaili.minister-of-culture-and-islamic-guidance"
	ImanipurPost orgs.PostID         = "mehdi-imanipur.chairman-icro"
	AliyevPost   orgs.PostID         = "ilham-aliyev.president"
)

// The IDs of the story's events, initiatives and tie.
const (
	Visit           events.VisitID           = "karimov-visit-to-iran-2022"
	MeetingIsmaili  events.MeetingID         = "karimov-ismaili-2022"
	MeetingImanipur events.MeetingID         = "karimov-imanipur-2022"
	Exchange        cooperation.InitiativeID = "az-ir-culture-exchange-programme"
	CulturalCentre  cooperation.InitiativeID = "azerbaijan-cultural-centre-tehran"
	Festivals       cooperation.InitiativeID = "az-ir-film-and-music-festivals"
	CulturalWeeks   cooperation.InitiativeID = "az-ir-cultural-weeks"
	ArtsExchange    cooperation.InitiativeID = "az-ir-sculpture-and-painting-exchange"
	Literature      cooperation.InitiativeID = "az-ir-literature-cooperation"
	CinemaBooks     cooperation.InitiativeID = "az-ir-cinema-and-book-industry"
	JointWork       cooperation.InitiativeID = "az-ir-joint-work-international-organizations"
	Twinning        cooperation.InitiativeID = "shusha-twinning-iran"
	Restoration     cooperation.InitiativeID = "az-liberated-territories-restoration"
	DiplomaticTie   cooperation.TieID        = "az-ir-diplomatic-relations"
)

// The IDs of the statements, in the order the article reports them.
const (
	SidesNotedPotential   events.StatementID = "sides-noted-potential"
	KarimovAnniversary    events.StatementID = "karimov-stressed-anniversary"
	KarimovCentre         events.StatementID = "karimov-underlined-cultural-centre"
	KarimovReconstruction events.StatementID = "karimov-touched-upon-reconstruction"
	KarimovShusha         events.StatementID = "karimov-noted-shusha"
	IsmailiLiterature     events.StatementID = "ismaili-said-literature"
	IsmailiFestivals      events.StatementID = "ismaili-stressed-festivals"
	SidesSpokeJointWork   events.StatementID = "sides-spoke-about-joint-work"
	KarimovCentreServe    events.StatementID = "karimov-said-cultural-centre"
	KarimovRestoration    events.StatementID = "karimov-stressed-restoration"
	ImanipurFraternal     events.StatementID = "imanipur-said-fraternal-relations"
	TwinningSuggested     events.StatementID = "twinning-suggested"
)

// Year is the year of the story.
const Year = 2022

var (
	june      = amity.MustParseDate("2022-06")
	june20    = amity.MustParseDate("2022-06-20")
	published = amity.MustParseDate("2022-06-22")
)

// Records returns the story's records, new on every call: the caller may
// change them.
func Records() relations.Records {
	return relations.Records{
		Sources:       sources(),
		States:        states(),
		Ministries:    ministries(),
		Organizations: organizations(),
		Officials:     officials(),
		Visits:        visits(),
		Meetings:      meetings(),
		Initiatives:   initiatives(),
		Ties:          ties(),
	}
}

func sources() []amity.Source {
	return []amity.Source{
		{
			ID:        Azernews,
			Publisher: "Azernews",
			Author:    "Laman Ismayilova",
			Published: published,
			Language:  "en",
			Cites:     []amity.SourceID{CultureMinistry},
			Note:      "The report this dataset encodes. It gives no URL and does not date the meetings.",
		},
		{
			ID:        CultureMinistry,
			Publisher: "Ministry of Culture of the Republic of Azerbaijan",
			Note:      "Cited by Azernews (\"Azernews reports citing the Azerbaijani Culture Ministry\"); its own statement is not at hand.",
		},
		{
			ID:        Mehr,
			Title:     "Tehran, Baku emphasize deepening cultural, artistic relations",
			Publisher: "Mehr News Agency",
			URL:       "https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations",
			Published: june20,
			Language:  "en",
			Note: "Published on Monday 20 June 2022: Karimov arrived in Tehran on Monday morning and met " +
				"Minister of Culture and Islamic Guidance Mohammad Mehdi Esmaeili at Tehran's Vahdat Hall on Monday evening.",
		},
		{
			ID:        APA,
			Title:     "Shusha and one of the Iranian cities be twinned, Iranian Minister suggests-PHOTO",
			Publisher: "APA",
			URL:       "https://apa.az/en/culture-policy/shusha-and-one-of-the-iranian-cities-be-twinned-iranian-minister-suggests-photo-378981",
			Published: amity.MustParseDate("2022-06-21"),
			Language:  "en",
			Note: "Published 21 June 2022 02:47 (UTC+4), from APA's Tehran bureau: Karimov met Muhammad Mahdi Imanipur, " +
				"who \"also proposed the twinning of Shusha and one of the cities of Iran\". It does not give the day of the meeting.",
		},
		{
			ID:        ICROAbout,
			Title:     "About us",
			Publisher: "Islamic Culture and Relations Organization",
			URL:       "https://it.icro.ir/About-us",
			Language:  "it",
			Note:      "The organization is affiliated with the Ministry of Culture and Islamic Guidance; Mehdi Imanipour is its head.",
		},
		{
			ID:        AliyevLibrary,
			Title:     "Azerbaijani-Iranian relations",
			Publisher: "Heydar Aliyev Heritage International Online Library",
			URL:       "https://lib.aliyev-heritage.org/print.php?lang=en&page=6163780",
			Language:  "en",
			Note:      "\"The diplomatic relations were established on March 12, 1992.\"",
		},
		{
			ID:        MFAUnesco,
			Title:     "Relations between Azerbaijan and UNESCO",
			Publisher: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
			URL:       "https://mfa.gov.az/en/category/international-organisations/azerbaycan-unesco-munasibetleri",
			Language:  "en",
			Note:      "Azerbaijan became a member of UNESCO on 3 June 1992.",
		},
		{
			ID:        UnescoIran,
			Title:     "Iran (Islamic Republic of)",
			Publisher: "UNESCO",
			URL:       "https://webarchive.unesco.org/web/20151228122530/http://portal.unesco.org/geography/en/ev.php-URL_ID=2402&URL_DO=DO_TOPIC&URL_SECTION=201.html",
			Language:  "en",
			Note:      "UNESCO's web archive, captured 28 December 2015: \"The Islamic Republic of Iran joined UNESCO on September 6, 1948.\"",
		},
		{
			ID:        TrendICESCO,
			Publisher: "Trend",
			URL:       "https://en.trend.az/azerbaijan/politics/4037349.html",
			Published: amity.MustParseDate("2025-04-29"),
			Language:  "en",
			Note:      "\"The Republic of Azerbaijan has been a member of the organization [ICESCO, formerly ISESCO] since 1991.\"",
		},
		{
			ID:        ISESCOTehran,
			Title:     "About ISESCO Regional Office in Tehran",
			Publisher: "ISESCO Regional Office in Tehran",
			URL:       "http://isesco-tehran.org/aboutus.aspx",
			Language:  "en",
			Note:      "Lists the Republic of Azerbaijan and the Islamic Republic of Iran among the member states in ISESCO's Asian region; gives no dates.",
		},
		{
			ID:        CAMEOCodebook,
			Title:     "CAMEO Conflict and Mediation Event Observations Event and Actor Codebook",
			Publisher: "Event Data Project, Pennsylvania State University",
			Author:    "Philip A. Schrodt",
			URL:       "http://eventdata.parusanalytics.com/data.dir/cameo.html",
			Published: amity.MustParseDate("2012-03"),
			Language:  "en",
			Note:      "Version 1.1b3. The event codes of this dataset are the encoder's reading of the article against the codebook; the article gives none.",
		},
		{
			ID:        PLOVERManual,
			Title:     "PLOVER: Political Language Ontology for Verifiable Event Records. Event, Actor and Data Interchange Specification",
			Publisher: "Open Event Data Alliance",
			URL:       "https://github.com/openeventdata/PLOVER",
			Language:  "en",
			Note:      "The PLOVER event types and modes of this dataset follow the manual's equivalents of the CAMEO codes.",
		},
	}
}

func states() []orgs.State {
	return []orgs.State{
		{ID: AZ, Names: amity.Names{Name: "Azerbaijan"}, Sources: []amity.SourceID{Azernews}},
		{ID: IR, Names: amity.Names{Name: "Iran"}, Sources: []amity.SourceID{Azernews}},
	}
}

func ministries() []orgs.Ministry {
	return []orgs.Ministry{
		{
			ID: CultureAZ, State: AZ, Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
			Names:   amity.Names{Name: "Ministry of Culture", Aliases: []string{"Culture Ministry"}},
			Sources: []amity.SourceID{Azernews},
		},
		{
			ID: CultureIR, State: IR, Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
			Names:   amity.Names{Name: "Ministry of Culture and Islamic Guidance"},
			Sources: []amity.SourceID{Azernews},
		},
	}
}

func organizations() []orgs.Organization {
	return []orgs.Organization{
		{
			ID: ICRO, Kind: orgs.KindGovernmentAgency, State: IR,
			Names:          amity.Names{Name: "Islamic Culture and Relations Organization"},
			ParentMinistry: CultureIR,
			Sources:        []amity.SourceID{Azernews},
			FieldSources:   amity.FieldSources{"parent_ministry": {ICROAbout}},
		},
		{
			ID: UNESCO, Kind: orgs.KindIntergovernmental,
			Names: amity.Names{Name: "UNESCO"},
			Members: []orgs.Membership{
				{State: AZ, Since: amity.MustParseDate("1992-06-03"), Sources: []amity.SourceID{MFAUnesco}},
				{State: IR, Since: amity.MustParseDate("1948-09-06"), Sources: []amity.SourceID{UnescoIran}},
			},
			Sources: []amity.SourceID{Azernews},
		},
		{
			ID: ICESCO, Kind: orgs.KindIntergovernmental,
			Names: amity.Names{Name: "ICESCO"},
			Members: []orgs.Membership{
				{State: AZ, Since: amity.MustParseDate("1991"), Sources: []amity.SourceID{TrendICESCO, ISESCOTehran}},
				{State: IR, Sources: []amity.SourceID{ISESCOTehran}},
			},
			Sources: []amity.SourceID{Azernews},
		},
	}
}

func officials() []orgs.Official {
	return []orgs.Official{
		{
			ID:    Karimov,
			Names: amity.Names{Name: "Anar Karimov"},
			Posts: []orgs.Post{{ID: KarimovPost, Title: "Minister of Culture", Role: orgs.RoleMinister, Ministry: CultureAZ,
				Sources: []amity.SourceID{Azernews}}},
			Sources: []amity.SourceID{Azernews},
		},
		{
			ID:    Ismaili,
			Names: amity.Names{Name: "Mehdi Ismaili", Aliases: []string{"Mohammad Mehdi Esmaeili"}},
			Posts: []orgs.Post{{ID: IsmailiPost, Title: "Minister of Culture and Islamic Guidance", Role: orgs.RoleMinister,
				Ministry: CultureIR, Sources: []amity.SourceID{Azernews}}},
			Sources:      []amity.SourceID{Azernews},
			FieldSources: amity.FieldSources{"aliases": {Mehr}},
		},
		{
			ID:    Imanipur,
			Names: amity.Names{Name: "Mehdi Imanipur", Aliases: []string{"Mehdi Imanipour", "Mohammad Mahdi Imanipur"}},
			Posts: []orgs.Post{{ID: ImanipurPost, Title: "Chairman", Role: orgs.RoleHead, Organization: ICRO,
				Sources: []amity.SourceID{Azernews}}},
			Sources:      []amity.SourceID{Azernews},
			FieldSources: amity.FieldSources{"aliases": {ICROAbout, APA}},
		},
		{
			ID:    Aliyev,
			Names: amity.Names{Name: "Ilham Aliyev"},
			Posts: []orgs.Post{{ID: AliyevPost, Title: "President", Role: orgs.RoleHeadOfState, State: AZ,
				Sources: []amity.SourceID{Azernews}}},
			Sources: []amity.SourceID{Azernews},
		},
	}
}

// visitCode and meetingCode are the event codes of the visit and the
// meetings: CAMEO 042 "Make a visit" for Karimov's trip, and 043 "Host a
// visit" for each meeting Iran hosted during it; both are PLOVER CONSULT
// in the visit mode.
var (
	visitCode   = events.EventCode{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}
	meetingCode = events.EventCode{CAMEO: "043", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}
	codeSources = []amity.SourceID{CAMEOCodebook, PLOVERManual}
)

func visits() []events.Visit {
	return []events.Visit{{
		ID:       Visit,
		Visitors: []orgs.OfficialID{Karimov},
		Guest:    AZ,
		Host:     IR,
		Start:    june20,
		Places:   []orgs.Place{{City: "Tehran", Country: IR}},
		Occasion: events.OccasionTieAnniversary,
		Note: "Azerbaijan and Iran intend to expand cultural cooperation. " +
			"Karimov stressed that his visit to Iran coincided with the anniversary of the establishment of diplomatic relations between the two countries.",
		Codes:   []events.EventCode{visitCode},
		Sources: []amity.SourceID{Azernews},
		FieldSources: amity.FieldSources{
			"start":  {Mehr},
			"places": {Mehr},
			"codes":  codeSources,
		},
	}}
}

func meetings() []events.Meeting {
	both := func(a, b orgs.OfficialID) []orgs.OfficialID { return []orgs.OfficialID{a, b} }
	one := func(a orgs.OfficialID) []orgs.OfficialID { return []orgs.OfficialID{a} }
	return []events.Meeting{
		{
			ID:    MeetingIsmaili,
			Title: "Anar Karimov meets Mehdi Ismaili",
			Date:  june20,
			Place: orgs.Place{City: "Tehran", Country: IR},
			Host:  IR,
			Participants: []events.Participant{
				{Official: Karimov, State: AZ, Post: KarimovPost},
				{Official: Ismaili, State: IR, Post: IsmailiPost},
			},
			Topics: []events.Topic{
				events.TopicIntlOrgs, events.TopicExchange, events.TopicBilateral, events.TopicCulturalCentres,
				events.TopicHeritage, events.TopicLiterature, events.TopicFestivals, events.TopicCinema,
				events.TopicMusic, events.TopicCulturalWeeks, events.TopicVisualArts, events.TopicOther,
			},
			Statements: []events.Statement{
				{ID: SidesNotedPotential, Speakers: both(Karimov, Ismaili), Verb: events.VerbNoted,
					Summary: "the potential for further cooperation between the two countries within international organizations, and that work is underway on a draft culture exchange program",
					Topics:  []events.Topic{events.TopicIntlOrgs, events.TopicExchange}},
				{ID: KarimovAnniversary, Speakers: one(Karimov), Verb: events.VerbStressed,
					Summary: "his visit to Iran coincided with the anniversary of the establishment of diplomatic relations between the two countries",
					Topics:  []events.Topic{events.TopicBilateral}},
				{ID: KarimovCentre, Speakers: one(Karimov), Verb: events.VerbUnderlined,
					Summary: "the establishment of the Azerbaijan Cultural Center in Tehran will contribute to the deepening of mutual cultural ties",
					Topics:  []events.Topic{events.TopicCulturalCentres}},
				{ID: KarimovReconstruction, Speakers: one(Karimov), Verb: events.VerbTouchedOn,
					Summary: "the reconstruction works in Azerbaijan's liberated territories",
					Topics:  []events.Topic{events.TopicHeritage}},
				{ID: KarimovShusha, Speakers: one(Karimov), Verb: events.VerbNoted,
					Summary: "the symbolic significance of Shusha city to the Islamic world",
					Topics:  []events.Topic{events.TopicHeritage}},
				{ID: IsmailiLiterature, Speakers: one(Ismaili), Verb: events.VerbSaid,
					Summary: "there are wide opportunities for cooperation in the field of literature",
					Topics:  []events.Topic{events.TopicLiterature}},
				{ID: IsmailiFestivals, Speakers: one(Ismaili), Verb: events.VerbStressed,
					Summary: "the importance of holding film and music festivals, organizing cultural weeks, and exchange programs in the field of sculpture and painting",
					Topics: []events.Topic{events.TopicFestivals, events.TopicCinema, events.TopicMusic, events.TopicCulturalWeeks,
						events.TopicVisualArts, events.TopicExchange}},
			},
			Visit: Visit,
			Codes: []events.EventCode{meetingCode},
			Summary: "The meeting continued with a discussion of a number of issues of mutual interest, " +
				"which the article does not name. What \"the sides noted\" the article reports before it describes " +
				"this meeting; it is read as said here, by the two ministers.",
			Sources: []amity.SourceID{Azernews},
			FieldSources: amity.FieldSources{
				"date":  {Mehr},
				"place": {Mehr},
				"codes": codeSources,
			},
		},
		{
			ID:    MeetingImanipur,
			Title: "Anar Karimov meets Mehdi Imanipur",
			Date:  june,
			Place: orgs.Place{Country: IR, Note: "The article places the meeting during Karimov's visit to Iran; no report at hand names the city."},
			Host:  IR,
			Participants: []events.Participant{
				{Official: Karimov, State: AZ, Post: KarimovPost},
				{Official: Imanipur, State: IR, Post: ImanipurPost},
			},
			Topics: []events.Topic{
				events.TopicCinema, events.TopicBooks, events.TopicIntlOrgs, events.TopicCulturalCentres,
				events.TopicHeritage, events.TopicBilateral, events.TopicTwinning, events.TopicOther,
			},
			Statements: []events.Statement{
				{ID: SidesSpokeJointWork, Speakers: both(Karimov, Imanipur), Verb: events.VerbSpokeAbout,
					Summary: "the joint work within UNESCO, ICESCO, and other international organizations",
					Topics:  []events.Topic{events.TopicIntlOrgs}},
				{ID: KarimovCentreServe, Speakers: one(Karimov), Verb: events.VerbSaid,
					Summary: "the Azerbaijani Cultural Center in Tehran will serve the development of cultural ties between the two countries",
					Topics:  []events.Topic{events.TopicCulturalCentres}},
				{ID: KarimovRestoration, Speakers: one(Karimov), Verb: events.VerbStressed,
					Summary: "the restoration work is underway in Azerbaijan's liberated territories",
					Topics:  []events.Topic{events.TopicHeritage}},
				{ID: ImanipurFraternal, Speakers: one(Imanipur), Verb: events.VerbSaid,
					Summary: "Iran is interested in strengthening fraternal relations between Baku and Tehran",
					Topics:  []events.Topic{events.TopicBilateral}},
				{ID: TwinningSuggested, Speakers: one(Imanipur), SpeakersInferred: true, Verb: events.VerbSuggested,
					Summary: "Azerbaijan's cultural capital, the city of Shusha, be twinned with one of the Iranian cities",
					Quote:   "It was also suggested that Azerbaijan's cultural capital - the city of Shusha - be twinned with one of the Iranian cities.",
					Topics:  []events.Topic{events.TopicTwinning},
					Sources: []amity.SourceID{Azernews, APA}},
			},
			Visit: Visit,
			Codes: []events.EventCode{meetingCode},
			Summary: "The meeting covered cooperation between Iran and Azerbaijan in the field of cinema and the book industry. " +
				"A number of other important issues, which the article does not name, were also discussed. " +
				"No report at hand gives the day: Karimov arrived in Tehran on 20 June 2022 (Mehr News Agency) " +
				"and APA reported the meeting at 02:47 on 21 June 2022 (UTC+4), so the date is known to the month.",
			Sources: []amity.SourceID{Azernews},
			FieldSources: amity.FieldSources{
				"date":  {Mehr, APA},
				"codes": codeSources,
			},
		},
	}
}

func initiatives() []cooperation.Initiative {
	pair := []orgs.StateID{AZ, IR}
	article := []amity.SourceID{Azernews}
	at := func(s cooperation.Status, m events.MeetingID, note string, src ...amity.SourceID) []cooperation.StatusChange {
		d := june20
		if m == MeetingImanipur {
			d = june
		}
		return []cooperation.StatusChange{{Status: s, Date: d, Meeting: m, Note: note, Sources: src}}
	}
	tehran := []orgs.Place{{City: "Tehran", Country: IR}}
	return []cooperation.Initiative{
		{
			ID: Exchange, Title: "Draft culture exchange programme", Kind: cooperation.KindExchangeProgramme,
			Topics: []events.Topic{events.TopicExchange}, Parties: pair,
			Meetings: []events.MeetingID{MeetingIsmaili}, Statements: []events.StatementID{SidesNotedPotential},
			History: at(cooperation.StatusDrafting, MeetingIsmaili, "Work is underway on a draft culture exchange program.", Azernews, Mehr),
			Sources: article,
		},
		{
			ID: CulturalCentre, Title: "Azerbaijan Cultural Centre in Tehran", Kind: cooperation.KindCulturalCentre,
			Topics: []events.Topic{events.TopicCulturalCentres}, Parties: pair, Places: tehran,
			ProposedBy: []orgs.OfficialID{Karimov},
			Meetings:   []events.MeetingID{MeetingIsmaili, MeetingImanipur},
			Statements: []events.StatementID{KarimovCentre, KarimovCentreServe},
			History: at(cooperation.StatusProposed, MeetingIsmaili,
				"Karimov underlined that its establishment will contribute to the deepening of mutual cultural ties; the article does not say it is agreed.", Azernews, Mehr),
			Summary:      "To be established; Karimov raised it at both meetings.",
			Sources:      article,
			FieldSources: amity.FieldSources{"proposed_by": {APA}},
		},
		{
			ID: Festivals, Title: "Film and music festivals", Kind: cooperation.KindFestival,
			Topics: []events.Topic{events.TopicFestivals, events.TopicCinema, events.TopicMusic}, Parties: pair,
			ProposedBy: []orgs.OfficialID{Ismaili},
			Meetings:   []events.MeetingID{MeetingIsmaili}, Statements: []events.StatementID{IsmailiFestivals},
			History: at(cooperation.StatusProposed, MeetingIsmaili, "Ismaili stressed the importance of holding them.", Azernews, Mehr),
			Sources: article,
		},
		{
			ID: CulturalWeeks, Title: "Cultural weeks", Kind: cooperation.KindCulturalWeek,
			Topics: []events.Topic{events.TopicCulturalWeeks}, Parties: pair,
			ProposedBy: []orgs.OfficialID{Ismaili},
			Meetings:   []events.MeetingID{MeetingIsmaili}, Statements: []events.StatementID{IsmailiFestivals},
			History: at(cooperation.StatusProposed, MeetingIsmaili, "Ismaili stressed the importance of organizing them.", Azernews, Mehr),
			Sources: article,
		},
		{
			ID: ArtsExchange, Title: "Exchange programmes in sculpture and painting", Kind: cooperation.KindArtsExchange,
			Topics: []events.Topic{events.TopicVisualArts, events.TopicExchange}, Parties: pair,
			ProposedBy: []orgs.OfficialID{Ismaili},
			Meetings:   []events.MeetingID{MeetingIsmaili}, Statements: []events.StatementID{IsmailiFestivals},
			History: at(cooperation.StatusProposed, MeetingIsmaili, "Ismaili stressed the importance of exchange programs in the field of sculpture and painting.", Azernews, Mehr),
			Sources: article,
		},
		{
			ID: Literature, Title: "Cooperation in literature", Kind: cooperation.KindSectoral,
			Topics: []events.Topic{events.TopicLiterature}, Parties: pair,
			ProposedBy: []orgs.OfficialID{Ismaili},
			Meetings:   []events.MeetingID{MeetingIsmaili}, Statements: []events.StatementID{IsmailiLiterature},
			History: at(cooperation.StatusProposed, MeetingIsmaili, "Ismaili said there are wide opportunities for it.", Azernews, Mehr),
			Sources: article,
		},
		{
			ID: CinemaBooks, Title: "Cooperation in cinema and the book industry", Kind: cooperation.KindSectoral,
			Topics: []events.Topic{events.TopicCinema, events.TopicBooks}, Parties: pair,
			Meetings: []events.MeetingID{MeetingImanipur},
			History: at(cooperation.StatusProposed, MeetingImanipur,
				"The meeting covered it; the article names no proposer.", Azernews, Mehr, APA),
			Sources: article,
		},
		{
			ID: JointWork, Title: "Joint work within UNESCO, ICESCO and other international organizations", Kind: cooperation.KindJointWork,
			Topics: []events.Topic{events.TopicIntlOrgs}, Parties: pair,
			Organizations: []orgs.OrganizationID{UNESCO, ICESCO}, MoreOrganizations: true,
			Meetings:   []events.MeetingID{MeetingIsmaili, MeetingImanipur},
			Statements: []events.StatementID{SidesNotedPotential, SidesSpokeJointWork},
			History: at(cooperation.StatusProposed, MeetingIsmaili,
				"The sides noted the potential for further cooperation within international organizations; the article does not say how far the joint work has gone.", Azernews, Mehr),
			Sources: article,
		},
		{
			ID: Twinning, Title: "Twinning of Shusha with an Iranian city", Kind: cooperation.KindTwinning,
			Topics: []events.Topic{events.TopicTwinning}, Parties: pair,
			Places: []orgs.Place{
				{City: "Shusha", Subdivision: "AZ-SUS", Country: AZ, Note: "Azerbaijan's cultural capital, in the article's words."},
				{Country: IR, Note: "\"One of the Iranian cities\": the article does not name it."},
			},
			ProposedBy: []orgs.OfficialID{Imanipur}, ProposalInferred: true,
			Meetings: []events.MeetingID{MeetingImanipur}, Statements: []events.StatementID{TwinningSuggested},
			History: at(cooperation.StatusProposed, MeetingImanipur,
				"\"It was also suggested\": the article does not name who suggested it; the proposal is read as Imanipur's from the sentence before it.", Azernews, Mehr, APA),
			Sources:      article,
			FieldSources: amity.FieldSources{"proposed_by": {APA}},
		},
		{
			ID: Restoration, Title: "Restoration of Azerbaijan's liberated territories", Kind: cooperation.KindDomestic,
			Topics: []events.Topic{events.TopicHeritage}, Parties: []orgs.StateID{AZ},
			Places:     []orgs.Place{{Country: AZ, Note: "Azerbaijan's liberated territories; the article names no place but Shusha."}},
			LedBy:      []orgs.OfficialID{Aliyev},
			Meetings:   []events.MeetingID{MeetingIsmaili, MeetingImanipur},
			Statements: []events.StatementID{KarimovReconstruction, KarimovRestoration},
			History: at(cooperation.StatusInProgress, MeetingImanipur,
				"The restoration work is underway; the reconstruction work is progressing rapidly under the leadership of President Ilham Aliyev.", Azernews, Mehr, APA),
			Summary: "A domestic programme of Azerbaijan, raised by Karimov at both meetings.",
			Sources: article,
		},
	}
}

func ties() []cooperation.Tie {
	return []cooperation.Tie{{
		ID: DiplomaticTie, Kind: cooperation.TieDiplomatic, States: []orgs.StateID{AZ, IR},
		Established:  amity.MustParseDate("1992-03-12"),
		Sources:      []amity.SourceID{Azernews},
		FieldSources: amity.FieldSources{"established": {AliyevLibrary}},
	}}
}

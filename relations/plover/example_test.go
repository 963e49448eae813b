package plover_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/plover"
)

// Export writes a meeting held by a host state as a record with the
// participants of the other state as actor and the host's as recipient,
// the PLOVER event type and mode of its event code, and keeps the CAMEO
// code. The meeting is that of the culture ministers of Azerbaijan and
// Iran that Azernews reported on 2022-06-22; its date and place are Mehr
// News Agency's, and the citation is the record's first source, the
// article, which gives no URL.
func ExampleExport() {
	article, mehr := amity.SourceID("azernews-2022-06-22"), amity.SourceID("mehr-2022-06-20")
	r := relations.Records{
		Sources: []amity.Source{
			{ID: article, Publisher: "Azernews", Author: "Laman Ismayilova",
				Published: amity.MustParseDate("2022-06-22"), Language: "en"},
			{ID: mehr, Publisher: "Mehr News Agency", Published: amity.MustParseDate("2022-06-20"), Language: "en",
				Title: "Tehran, Baku emphasize deepening cultural, artistic relations",
				URL:   "https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations"},
			{ID: "cameo-codebook-1.1b3", Publisher: "Event Data Project, Pennsylvania State University", Author: "Philip A. Schrodt",
				Title: "CAMEO Conflict and Mediation Event Observations Event and Actor Codebook"},
			{ID: "plover-manual", Publisher: "Open Event Data Alliance", URL: "https://github.com/openeventdata/PLOVER"},
		},
		States: []orgs.State{
			{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}, Sources: []amity.SourceID{article}},
			{ID: "IR", Names: amity.Names{Name: "Iran"}, Sources: []amity.SourceID{article}},
		},
		Ministries: []orgs.Ministry{
			{ID: "az-ministry-of-culture", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
				Names: amity.Names{Name: "Ministry of Culture"}, Sources: []amity.SourceID{article}},
			{ID: "ir-ministry-of-culture-and-islamic-guidance", State: "IR", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
				Names: amity.Names{Name: "Ministry of Culture and Islamic Guidance"}, Sources: []amity.SourceID{article}},
		},
		Officials: []orgs.Official{
			{ID: "anar-karimov", Names: amity.Names{Name: "Anar Karimov"},
				Posts: []orgs.Post{{ID: "anar-karimov.minister-of-culture", Title: "Minister of Culture",
					Role: orgs.RoleMinister, Ministry: "az-ministry-of-culture"}},
				Sources: []amity.SourceID{article}},
			{ID: "mehdi-ismaili", Names: amity.Names{Name: "Mehdi Ismaili", Aliases: []string{"Mohammad Mehdi Esmaeili"}},
				Posts: []orgs.Post{{ID: "mehdi-ismaili.minister-of-culture-and-islamic-guidance",
					Title: "Minister of Culture and Islamic Guidance", Role: orgs.RoleMinister,
					Ministry: "ir-ministry-of-culture-and-islamic-guidance"}},
				Sources: []amity.SourceID{article}, FieldSources: amity.FieldSources{"aliases": {mehr}}},
		},
		Meetings: []events.Meeting{{
			ID: "karimov-ismaili-2022", Title: "Anar Karimov meets Mehdi Ismaili",
			Date: amity.MustParseDate("2022-06-20"), Place: orgs.Place{City: "Tehran", Country: "IR"}, Host: "IR",
			Participants: []events.Participant{
				{Official: "anar-karimov", State: "AZ", Post: "anar-karimov.minister-of-culture"},
				{Official: "mehdi-ismaili", State: "IR", Post: "mehdi-ismaili.minister-of-culture-and-islamic-guidance"},
			},
			// CAMEO 043 "Host a visit", Iran's during Karimov's visit: PLOVER CONSULT in the mode visit.
			Codes:        []events.EventCode{{CAMEO: "043", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}},
			Sources:      []amity.SourceID{article},
			FieldSources: amity.FieldSources{"date": {mehr}, "place": {mehr}, "codes": {"cameo-codebook-1.1b3", "plover-manual"}},
		}},
	}
	if err := relations.Validate(&r); err != nil {
		fmt.Println(err)
		return
	}
	if err := plover.Export(os.Stdout, &r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"karimov-ismaili-2022","date":"2022-06-20","actor":[{"code":"AZE","sector":"GOV","entity_text":"Anar Karimov","office":"Minister of Culture"}],"recipient":[{"code":"IRN","sector":"GOV","entity_text":"Mehdi Ismaili","office":"Minister of Culture and Islamic Guidance"}],"event":["CONSULT"],"quad_code":1,"mode":["visit"],"context":["diplomatic"],"event_text":["Anar Karimov meets Mehdi Ismaili"],"event_loc":{"resolved_place":"Tehran","city":"Tehran","country":"Iran","country_code":"IRN","resolution":4},"link":"karimov-ismaili-2022","cite_info":{"citation":"Laman Ismayilova, Azernews, 2022-06-22","language":"en","publication":"Azernews"},"cameo":["043"]}
}

// Records codes a meeting and what was said at it. A statement that raised
// an initiative of cooperation is an intention to cooperate, PLOVER's
// AGREE, from the speaker's state to the other; a comment, such as
// Karimov's on Shusha, is not coded. The records are the meeting of the
// culture ministers of Azerbaijan and Iran that Azernews reported on
// 2022-06-22, two of the statements made at it, and the initiative one of
// them raised.
func ExampleRecords() {
	article, mehr := amity.SourceID("azernews-2022-06-22"), amity.SourceID("mehr-2022-06-20")
	r := relations.Records{
		Sources: []amity.Source{
			{ID: article, Publisher: "Azernews", Author: "Laman Ismayilova",
				Published: amity.MustParseDate("2022-06-22"), Language: "en"},
			{ID: mehr, Publisher: "Mehr News Agency", Published: amity.MustParseDate("2022-06-20"), Language: "en",
				Title: "Tehran, Baku emphasize deepening cultural, artistic relations",
				URL:   "https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations"},
			{ID: "cameo-codebook-1.1b3", Publisher: "Event Data Project, Pennsylvania State University", Author: "Philip A. Schrodt",
				Title: "CAMEO Conflict and Mediation Event Observations Event and Actor Codebook"},
			{ID: "plover-manual", Publisher: "Open Event Data Alliance", URL: "https://github.com/openeventdata/PLOVER"},
		},
		States: []orgs.State{
			{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}, Sources: []amity.SourceID{article}},
			{ID: "IR", Names: amity.Names{Name: "Iran"}, Sources: []amity.SourceID{article}},
		},
		Ministries: []orgs.Ministry{
			{ID: "az-ministry-of-culture", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
				Names: amity.Names{Name: "Ministry of Culture"}, Sources: []amity.SourceID{article}},
			{ID: "ir-ministry-of-culture-and-islamic-guidance", State: "IR", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture},
				Names: amity.Names{Name: "Ministry of Culture and Islamic Guidance"}, Sources: []amity.SourceID{article}},
		},
		Officials: []orgs.Official{
			{ID: "anar-karimov", Names: amity.Names{Name: "Anar Karimov"},
				Posts: []orgs.Post{{ID: "anar-karimov.minister-of-culture", Title: "Minister of Culture",
					Role: orgs.RoleMinister, Ministry: "az-ministry-of-culture"}},
				Sources: []amity.SourceID{article}},
			{ID: "mehdi-ismaili", Names: amity.Names{Name: "Mehdi Ismaili", Aliases: []string{"Mohammad Mehdi Esmaeili"}},
				Posts: []orgs.Post{{ID: "mehdi-ismaili.minister-of-culture-and-islamic-guidance",
					Title: "Minister of Culture and Islamic Guidance", Role: orgs.RoleMinister,
					Ministry: "ir-ministry-of-culture-and-islamic-guidance"}},
				Sources: []amity.SourceID{article}, FieldSources: amity.FieldSources{"aliases": {mehr}}},
		},
		Meetings: []events.Meeting{{
			ID: "karimov-ismaili-2022", Title: "Anar Karimov meets Mehdi Ismaili",
			Date: amity.MustParseDate("2022-06-20"), Place: orgs.Place{City: "Tehran", Country: "IR"}, Host: "IR",
			Participants: []events.Participant{
				{Official: "anar-karimov", State: "AZ", Post: "anar-karimov.minister-of-culture"},
				{Official: "mehdi-ismaili", State: "IR", Post: "mehdi-ismaili.minister-of-culture-and-islamic-guidance"},
			},
			Statements: []events.Statement{
				{ID: "karimov-noted-shusha", Speakers: []orgs.OfficialID{"anar-karimov"}, Verb: events.VerbNoted,
					Summary: "the symbolic significance of Shusha city to the Islamic world",
					Topics:  []events.Topic{events.TopicHeritage}},
				{ID: "ismaili-said-literature", Speakers: []orgs.OfficialID{"mehdi-ismaili"}, Verb: events.VerbSaid,
					Summary: "there are wide opportunities for cooperation in the field of literature",
					Topics:  []events.Topic{events.TopicLiterature}},
			},
			// CAMEO 043 "Host a visit", Iran's during Karimov's visit: PLOVER CONSULT in the mode visit.
			Codes:        []events.EventCode{{CAMEO: "043", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}},
			Sources:      []amity.SourceID{article},
			FieldSources: amity.FieldSources{"date": {mehr}, "place": {mehr}, "codes": {"cameo-codebook-1.1b3", "plover-manual"}},
		}},
		Initiatives: []cooperation.Initiative{{
			ID: "az-ir-literature-cooperation", Title: "Cooperation in literature", Kind: cooperation.KindSectoral,
			Topics: []events.Topic{events.TopicLiterature}, Parties: []orgs.StateID{"AZ", "IR"},
			ProposedBy: []orgs.OfficialID{"mehdi-ismaili"},
			Meetings:   []events.MeetingID{"karimov-ismaili-2022"}, Statements: []events.StatementID{"ismaili-said-literature"},
			History: []cooperation.StatusChange{{Status: cooperation.StatusProposed, Date: amity.MustParseDate("2022-06-20"),
				Meeting: "karimov-ismaili-2022", Note: "Ismaili said there are wide opportunities for it.",
				Sources: []amity.SourceID{article, mehr}}},
			Sources: []amity.SourceID{article},
		}},
	}
	if err := relations.Validate(&r); err != nil {
		fmt.Println(err)
		return
	}
	codes := func(actors []plover.Actor) string {
		var out []string
		for _, a := range actors {
			out = append(out, a.Code)
		}
		return strings.Join(out, "+")
	}
	for _, rec := range plover.Records(&r) {
		fmt.Printf("%s %s %s %s -> %s: %s\n", rec.ID, rec.Date, strings.Join(rec.Event, ","),
			codes(rec.Actor), codes(rec.Recipient), strings.Join(rec.EventText, " "))
	}
	// Output:
	// ismaili-said-literature 2022-06-20 AGREE IRN -> AZE: there are wide opportunities for cooperation in the field of literature
	// karimov-ismaili-2022 2022-06-20 CONSULT AZE -> IRN: Anar Karimov meets Mehdi Ismaili
}

// Records codes the signing of an agreement as SUPPORT, as the PLOVER
// manual codes signing an agreement, with the signatories as actors, each
// for the party signed for. Here a Lao official signs a memorandum in
// Hanoi for the Lao ministry of culture, and is the actor; a Vietnamese
// minister, whom the source names only by post and who is shown by the
// post's title, signs it for the ministry of the post, and is the
// recipient, as the host. A delegation, a group whose members the source
// does not name, takes part in the meeting and proposes; the source's own
// assessment of the talks is no event PLOVER codes. The records are test
// values.
func ExampleRecords_signing() {
	src := []amity.SourceID{"example-news"}
	d := amity.MustParseDate("2024-03-12")
	la, vn := orgs.Body{Ministry: "la-culture"}, orgs.Body{Ministry: "vn-culture"}
	r := relations.Records{
		Sources: []amity.Source{{ID: "example-news", Publisher: "Example News"}},
		States:  []orgs.State{{ID: "LA", Names: amity.Names{Name: "Laos"}}, {ID: "VN", Names: amity.Names{Name: "Vietnam"}}},
		Ministries: []orgs.Ministry{
			{ID: "la-culture", State: "LA", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Lao Ministry of Culture"}},
			{ID: "vn-culture", State: "VN", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Vietnamese Ministry of Culture"}},
		},
		Officials: []orgs.Official{
			{ID: "la-official", Names: amity.Names{Name: "Ada Example"}},
			{ID: "vn-minister", Posts: []orgs.Post{{ID: "vn-minister.post", Title: "Minister of Culture", Ministry: "vn-culture"}}},
		},
		Groups: []orgs.Group{{ID: "la-delegation", Kind: orgs.GroupDelegation, State: "LA", Leaders: []orgs.OfficialID{"la-official"}, Sources: src}},
		Meetings: []events.Meeting{{ID: "talks", Title: "Talks in Hanoi", Date: d, Place: orgs.Place{City: "Hanoi", Country: "VN"}, Host: "VN",
			Participants: []events.Participant{
				{Group: "la-delegation", State: "LA", Role: events.RoleGuest},
				{Official: "la-official", State: "LA", Role: events.RoleSignatory},
				{Official: "vn-minister", State: "VN", Post: "vn-minister.post", Role: events.RoleSignatory},
			},
			Statements: []events.Statement{
				{Groups: []orgs.GroupID{"la-delegation"}, Verb: events.VerbProposed, Summary: "a week of Lao culture in Hanoi"},
				{BySource: true, Verb: events.VerbNoted, Summary: "the talks were warm"},
			},
			Sources: src}},
		Agreements: []cooperation.Agreement{{ID: "mou", Kind: cooperation.AgreementMemorandum, Title: "Memorandum on culture",
			Parties: []orgs.Body{la, vn}, Signatories: []cooperation.Signatory{
				{Official: "la-official", For: la},
				{Official: "vn-minister", Post: "vn-minister.post", For: vn},
			},
			Signed: d, Place: orgs.Place{City: "Hanoi", Country: "VN"}, Meeting: "talks", Sources: src}},
	}
	if err := relations.Validate(&r); err != nil {
		fmt.Println(err)
		return
	}
	actors := func(list []plover.Actor) string {
		var out []string
		for _, a := range list {
			out = append(out, a.Code+" "+a.EntityText)
		}
		return strings.Join(out, ", ")
	}
	for _, rec := range plover.Records(&r) {
		fmt.Printf("%s %s %v %v: %s -> %s\n", rec.ID, rec.Date, rec.Event, rec.CAMEO, actors(rec.Actor), actors(rec.Recipient))
	}
	// Output:
	// mou 2024-03-12 [SUPPORT] [057]: LAO Ada Example -> VNM Minister of Culture
	// talks 2024-03-12 [CONSULT] []: LAO delegation (LA), LAO Ada Example -> VNM Minister of Culture
	// talks/0 2024-03-12 [AGREE] []: LAO delegation (LA) -> VNM Minister of Culture
}

package ftm_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/ftm"
)

// Export writes one entity a line: officials as Persons, a meeting as an
// Event whose organizer is the host state and whose involved are the
// officials and the states they represent, each with the publishers and
// URLs of its sources. The records are the meeting of the culture
// ministers of Azerbaijan and Iran that Azernews reported on 2022-06-22;
// Mehr News Agency gives the meeting's date and place and the Iranian
// minister's full name. The export also holds a PublicBody for each state
// and ministry, a Membership of each ministry in its state, and a Position
// and an Occupancy for each post; the example prints the Person and Event
// lines.
func ExampleExport() {
	article, mehr := amity.SourceID("azernews-2022-06-22"), amity.SourceID("mehr-2022-06-20")
	r := relations.Records{
		Sources: []amity.Source{
			{ID: article, Publisher: "Azernews", Author: "Laman Ismayilova",
				Published: amity.MustParseDate("2022-06-22"), Language: "en"},
			{ID: mehr, Publisher: "Mehr News Agency", Published: amity.MustParseDate("2022-06-20"), Language: "en",
				Title: "Tehran, Baku emphasize deepening cultural, artistic relations",
				URL:   "https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations"},
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
			Sources:      []amity.SourceID{article},
			FieldSources: amity.FieldSources{"date": {mehr}, "place": {mehr}},
		}},
	}
	if err := relations.Validate(&r); err != nil {
		fmt.Println(err)
		return
	}
	var out bytes.Buffer
	if err := ftm.Export(&out, &r); err != nil {
		fmt.Println(err)
		return
	}
	lines := bufio.NewScanner(&out)
	for lines.Scan() {
		var e ftm.Entity
		if err := json.Unmarshal(lines.Bytes(), &e); err != nil {
			fmt.Println(err)
			return
		}
		if e.Schema == "Person" || e.Schema == "Event" {
			fmt.Println(lines.Text())
		}
	}
	// Output:
	// {"id":"amity-anar-karimov","schema":"Person","properties":{"country":["az"],"name":["Anar Karimov"],"position":["Minister of Culture"],"publisher":["Azernews"]}}
	// {"id":"amity-karimov-ismaili-2022","schema":"Event","properties":{"country":["ir","az"],"date":["2022-06-20"],"involved":["amity-anar-karimov","amity-mehdi-ismaili","amity-AZ","amity-IR"],"location":["Tehran, Iran"],"name":["Anar Karimov meets Mehdi Ismaili"],"organizer":["amity-IR"],"publisher":["Azernews","Mehr News Agency"],"sourceUrl":["https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations"]}}
	// {"id":"amity-mehdi-ismaili","schema":"Person","properties":{"alias":["Mohammad Mehdi Esmaeili"],"country":["ir"],"name":["Mehdi Ismaili"],"position":["Minister of Culture and Islamic Guidance"],"publisher":["Azernews","Mehr News Agency"],"sourceUrl":["https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations"]}}
}

// Entities writes an agreement as a Project whose parties and signatories
// take part in it, and each signatory's signing for a party as a
// Representation. Here a Vietnamese deputy minister, whom the source
// names only by post and who is named by the post's title, signs a
// memorandum for the ministry of the post, and a Lao official signs it
// for the Lao ministry of culture. The records are test values; the
// example prints the entities of the agreement.
func ExampleEntities() {
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
			{ID: "vn-deputy", Posts: []orgs.Post{{ID: "vn-deputy.post", Title: "Deputy Minister of Culture", Ministry: "vn-culture"}}},
		},
		Agreements: []cooperation.Agreement{{ID: "mou", Kind: cooperation.AgreementMemorandum, Title: "Memorandum on culture",
			Parties: []orgs.Body{la, vn}, Signatories: []cooperation.Signatory{
				{Official: "la-official", For: la},
				{Official: "vn-deputy", Post: "vn-deputy.post", For: vn},
			},
			Signed: d, InForceOnSignature: true, Duration: cooperation.Duration{Years: 5}, Sources: src}},
	}
	if err := relations.Validate(&r); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range ftm.Entities(&r) {
		p := e.Properties
		switch e.Schema {
		case "Person":
			fmt.Printf("%s %s: %s\n", e.Schema, e.ID, p["name"][0])
		case "Project":
			fmt.Printf("%s %s: %s, %s to %s\n", e.Schema, e.ID, p["name"][0], p["startDate"][0], p["endDate"][0])
		case "ProjectParticipant":
			fmt.Printf("%s: %s, %s %q\n", e.Schema, p["participant"][0], p["role"][0], p["description"])
		case "Representation":
			fmt.Printf("%s: %s for %s, %s\n", e.Schema, p["agent"][0], p["client"][0], p["role"][0])
		}
	}
	// Output:
	// ProjectParticipant: amity-vn-deputy, signatory ["Deputy Minister of Culture, for Vietnamese Ministry of Culture"]
	// ProjectParticipant: amity-la-official, signatory ["for Lao Ministry of Culture"]
	// ProjectParticipant: amity-la-culture, party []
	// ProjectParticipant: amity-vn-culture, party []
	// Representation: amity-vn-deputy for amity-vn-culture, signatory
	// Representation: amity-la-official for amity-la-culture, signatory
	// Person amity-la-official: Ada Example
	// Project amity-mou: Memorandum on culture, 2024-03-12 to 2029-03-12
	// Person amity-vn-deputy: Deputy Minister of Culture
}

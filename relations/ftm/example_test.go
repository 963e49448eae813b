package ftm_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/amitydata/amity"
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

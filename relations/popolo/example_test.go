package popolo_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/popolo"
)

// Export writes officials as Popolo persons, with aliases as other_names
// and sources as links; each post they hold as a membership of the
// ministry; and a meeting as an event, the host state its organizer and
// the officials its attendees. The records are the meeting of the culture
// ministers of Azerbaijan and Iran that Azernews reported on 2022-06-22.
// The article gives no URL, so it cannot be a link; Mehr News Agency,
// which gives the meeting's date and place and the Iranian minister's full
// name, is one. The example prints the document's persons, organizations,
// memberships and events, one object a line.
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
	if err := popolo.Export(&out, &r); err != nil {
		fmt.Println(err)
		return
	}
	var doc map[string][]json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, list := range []string{"persons", "organizations", "memberships", "events"} {
		for _, v := range doc[list] {
			var line bytes.Buffer
			if err := json.Compact(&line, v); err != nil {
				fmt.Println(err)
				return
			}
			fmt.Println(list+":", line.String())
		}
	}
	// Output:
	// persons: {"id":"anar-karimov","name":"Anar Karimov"}
	// persons: {"id":"mehdi-ismaili","name":"Mehdi Ismaili","other_names":[{"name":"Mohammad Mehdi Esmaeili"}],"sources":[{"url":"https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations","note":"Mehr News Agency"}]}
	// organizations: {"id":"AZ","name":"Azerbaijan","classification":"state"}
	// organizations: {"id":"IR","name":"Iran","classification":"state"}
	// organizations: {"id":"az-ministry-of-culture","name":"Ministry of Culture","classification":"ministry","parent_id":"AZ","area_id":"AZ"}
	// organizations: {"id":"ir-ministry-of-culture-and-islamic-guidance","name":"Ministry of Culture and Islamic Guidance","classification":"ministry","parent_id":"IR","area_id":"IR"}
	// memberships: {"role":"Minister of Culture","person_id":"anar-karimov","organization_id":"az-ministry-of-culture","post_id":"anar-karimov.minister-of-culture"}
	// memberships: {"role":"Minister of Culture and Islamic Guidance","person_id":"mehdi-ismaili","organization_id":"ir-ministry-of-culture-and-islamic-guidance","post_id":"mehdi-ismaili.minister-of-culture-and-islamic-guidance"}
	// events: {"id":"karimov-ismaili-2022","name":"Anar Karimov meets Mehdi Ismaili","start_date":"2022-06-20","location":"Tehran, IR","classification":"meeting","organization_id":"IR","attendees":[{"id":"anar-karimov","name":"Anar Karimov","memberships":[{"organization_id":"AZ","post_id":"anar-karimov.minister-of-culture"}]},{"id":"mehdi-ismaili","name":"Mehdi Ismaili","memberships":[{"organization_id":"IR","post_id":"mehdi-ismaili.minister-of-culture-and-islamic-guidance"}]}],"sources":[{"url":"https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations","note":"Mehr News Agency"}]}
}

// Import maps what it can and reports the rest: here a birth date, which
// amity does not hold, and an ID that is not an amity ID.
func ExampleImport() {
	in := `{"persons": [{"id": "person/1", "name": "Jane Doe", "birth_date": "1970"}]}`
	r, report, err := popolo.Import(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Officials[0].ID, r.Officials[0].Name)
	fmt.Print(report)
	// Output:
	// person-1 Jane Doe
	// unmapped: persons[0].birth_date: "1970": amity's official has no "birth_date"
	// filled: persons[0].id: "person/1": not an amity ID: person-1
}

// Export writes a group as an organization classified by its kind, and
// the signing of an agreement as an event its signatories attend, each
// with a membership on behalf of the party signed for. Here a Lao
// delegation, whose members the source does not name, meets a Vietnamese
// minister whom the source names only by post, and who is named by the
// post's title; at the meeting the minister and a Lao official sign a
// memorandum for their ministries. The delegation is no attendee of the
// meeting: Popolo's attendees are persons. The records are test values;
// the source gives no URL, so it is no link. The example prints the
// group and the events, one object a line.
func ExampleExport_signing() {
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
		Groups: []orgs.Group{{ID: "la-delegation", Kind: orgs.GroupDelegation, State: "LA", Ministry: "la-culture",
			Leaders: []orgs.OfficialID{"la-official"}, Sources: src}},
		Meetings: []events.Meeting{{ID: "talks", Title: "Talks in Hanoi", Date: d, Host: "VN", Sources: src,
			Participants: []events.Participant{
				{Group: "la-delegation", State: "LA", Role: events.RoleGuest},
				{Official: "la-official", State: "LA", Role: events.RoleSignatory},
				{Official: "vn-minister", State: "VN", Post: "vn-minister.post", Role: events.RoleSignatory},
			}}},
		Agreements: []cooperation.Agreement{{ID: "mou", Kind: cooperation.AgreementMemorandum, Title: "Memorandum on culture",
			Parties: []orgs.Body{la, vn}, Signatories: []cooperation.Signatory{
				{Official: "la-official", For: la},
				{Official: "vn-minister", Post: "vn-minister.post", For: vn},
			},
			Signed: d, Meeting: "talks", Sources: src}},
	}
	if err := relations.Validate(&r); err != nil {
		fmt.Println(err)
		return
	}
	var out bytes.Buffer
	if err := popolo.Export(&out, &r); err != nil {
		fmt.Println(err)
		return
	}
	var doc map[string][]json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range append(doc["organizations"], doc["events"]...) {
		var line bytes.Buffer
		if err := json.Compact(&line, v); err != nil {
			fmt.Println(err)
			return
		}
		if s := line.String(); strings.Contains(s, `"group:`) || strings.Contains(s, `"attendees"`) {
			fmt.Println(s)
		}
	}
	// Output:
	// {"id":"la-delegation","name":"delegation (LA)","classification":"group:delegation","parent_id":"la-culture","area_id":"LA"}
	// {"id":"mou","name":"Memorandum on culture","start_date":"2024-03-12","classification":"agreement:memorandum_of_understanding","attendees":[{"id":"la-official","name":"Ada Example","memberships":[{"role":"signatory","on_behalf_of_id":"la-culture"}]},{"id":"vn-minister","name":"Minister of Culture","memberships":[{"role":"signatory","post_id":"vn-minister.post","on_behalf_of_id":"vn-culture"}]}],"parent_id":"talks"}
	// {"id":"talks","name":"Talks in Hanoi","start_date":"2024-03-12","classification":"meeting","organization_id":"VN","attendees":[{"id":"la-official","name":"Ada Example","memberships":[{"role":"signatory","organization_id":"LA"}]},{"id":"vn-minister","name":"Minister of Culture","memberships":[{"role":"signatory","organization_id":"VN","post_id":"vn-minister.post"}]}]}
}

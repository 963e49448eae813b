package popolo_test

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/amitydata/amity/internal/story"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations/popolo"
)

// Export writes an official as a Popolo person, aliases as other_names
// and sources as links, and the post held as a post and a membership of
// the ministry. The official is Mehdi Ismaili, of the story of the
// Azernews report of 2022-06-22 (internal/story): Mehr News Agency gives
// his full name, and is the link; the article has no URL, so it cannot
// be one.
func ExampleExport() {
	r := story.Records()
	r.States = slices.DeleteFunc(r.States, func(s orgs.State) bool { return s.ID != story.IR })
	r.Ministries = slices.DeleteFunc(r.Ministries, func(m orgs.Ministry) bool { return m.ID != story.CultureIR })
	r.Officials = slices.DeleteFunc(r.Officials, func(o orgs.Official) bool { return o.ID != story.Ismaili })
	r.Organizations, r.Visits, r.Meetings, r.Initiatives, r.Ties = nil, nil, nil, nil, nil
	if err := popolo.Export(os.Stdout, &r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "persons": [
	//     {
	//       "id": "mehdi-ismaili",
	//       "name": "Mehdi Ismaili",
	//       "other_names": [
	//         {
	//           "name": "Mohammad Mehdi Esmaeili"
	//         }
	//       ],
	//       "sources": [
	//         {
	//           "url": "https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations",
	//           "note": "Mehr News Agency"
	//         }
	//       ]
	//     }
	//   ],
	//   "organizations": [
	//     {
	//       "id": "IR",
	//       "name": "Iran",
	//       "classification": "state"
	//     },
	//     {
	//       "id": "ir-ministry-of-culture-and-islamic-guidance",
	//       "name": "Ministry of Culture and Islamic Guidance",
	//       "classification": "ministry",
	//       "parent_id": "IR",
	//       "area_id": "IR"
	//     }
	//   ],
	//   "areas": [
	//     {
	//       "id": "IR",
	//       "name": "Iran",
	//       "identifier": "IR",
	//       "classification": "country"
	//     }
	//   ],
	//   "posts": [
	//     {
	//       "id": "mehdi-ismaili.minister-of-culture-and-islamic-guidance",
	//       "label": "Minister of Culture and Islamic Guidance",
	//       "role": "minister",
	//       "organization_id": "ir-ministry-of-culture-and-islamic-guidance"
	//     }
	//   ],
	//   "memberships": [
	//     {
	//       "role": "Minister of Culture and Islamic Guidance",
	//       "person_id": "mehdi-ismaili",
	//       "organization_id": "ir-ministry-of-culture-and-islamic-guidance",
	//       "post_id": "mehdi-ismaili.minister-of-culture-and-islamic-guidance"
	//     }
	//   ]
	// }
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

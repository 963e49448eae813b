package popolo_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/popolo"
)

// Export writes an official, with the post held, as a Popolo person, post
// and membership.
func ExampleExport() {
	r := relations.Records{
		Sources: []amity.Source{{ID: "azernews-2022-06-22", Publisher: "Azernews", URL: "http://www.today.az/news/entertainment/222019.html"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}},
		Officials: []orgs.Official{{
			ID:      "anar-karimov",
			Names:   amity.Names{Name: "Anar Karimov"},
			Posts:   []orgs.Post{{ID: "anar-karimov.minister", Title: "Minister of Culture", Role: orgs.RoleMinister, State: "AZ"}},
			Sources: []amity.SourceID{"azernews-2022-06-22"},
		}},
	}
	if err := popolo.Export(os.Stdout, &r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "persons": [
	//     {
	//       "id": "anar-karimov",
	//       "name": "Anar Karimov",
	//       "sources": [
	//         {
	//           "url": "http://www.today.az/news/entertainment/222019.html",
	//           "note": "Azernews"
	//         }
	//       ]
	//     }
	//   ],
	//   "organizations": [
	//     {
	//       "id": "AZ",
	//       "name": "Azerbaijan",
	//       "classification": "state"
	//     }
	//   ],
	//   "areas": [
	//     {
	//       "id": "AZ",
	//       "name": "Azerbaijan",
	//       "identifier": "AZ",
	//       "classification": "country"
	//     }
	//   ],
	//   "posts": [
	//     {
	//       "id": "anar-karimov.minister",
	//       "label": "Minister of Culture",
	//       "role": "minister",
	//       "organization_id": "AZ"
	//     }
	//   ],
	//   "memberships": [
	//     {
	//       "role": "Minister of Culture",
	//       "person_id": "anar-karimov",
	//       "organization_id": "AZ",
	//       "post_id": "anar-karimov.minister"
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

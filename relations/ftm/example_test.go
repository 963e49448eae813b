package ftm_test

import (
	"fmt"
	"os"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/ftm"
)

// Export writes a state as the PublicBody of its government, and an
// official's post as a Position and an Occupancy.
func ExampleExport() {
	r := relations.Records{
		Sources: []amity.Source{{ID: "azernews-2022-06-22", Publisher: "Azernews", URL: "http://www.today.az/news/entertainment/222019.html"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}},
		Officials: []orgs.Official{{
			ID:    "ilham-aliyev",
			Names: amity.Names{Name: "Ilham Aliyev"},
			Posts: []orgs.Post{{ID: "ilham-aliyev.president", Title: "President", Role: orgs.RoleHeadOfState, State: "AZ",
				Sources: []amity.SourceID{"azernews-2022-06-22"}}},
		}},
	}
	if err := ftm.Export(os.Stdout, &r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"amity-AZ","schema":"PublicBody","properties":{"country":["az"],"jurisdiction":["az"],"name":["Azerbaijan"],"topics":["gov.national"]}}
	// {"id":"amity-ilham-aliyev","schema":"Person","properties":{"country":["az"],"name":["Ilham Aliyev"],"position":["President"]}}
	// {"id":"amity.occupancy.ilham-aliyev.president","schema":"Occupancy","properties":{"holder":["amity-ilham-aliyev"],"post":["amity.position.ilham-aliyev.president"],"publisher":["Azernews"],"sourceUrl":["http://www.today.az/news/entertainment/222019.html"]}}
	// {"id":"amity.position.ilham-aliyev.president","schema":"Position","properties":{"country":["az"],"name":["President, Azerbaijan"],"organization":["amity-AZ"],"publisher":["Azernews"],"sourceUrl":["http://www.today.az/news/entertainment/222019.html"]}}
}

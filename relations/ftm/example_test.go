package ftm_test

import (
	"fmt"
	"os"
	"slices"

	"github.com/amitydata/amity/internal/story"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations/ftm"
)

// Export writes a state as the PublicBody of its government, and an
// official's post as a Position and an Occupancy. The official is Ilham
// Aliyev, of the story of the Azernews report of 2022-06-22
// (internal/story); the article, which gives no URL, is the publisher of
// each fact.
func ExampleExport() {
	r := story.Records()
	r.States = slices.DeleteFunc(r.States, func(s orgs.State) bool { return s.ID != story.AZ })
	r.Officials = slices.DeleteFunc(r.Officials, func(o orgs.Official) bool { return o.ID != story.Aliyev })
	r.Ministries, r.Organizations, r.Visits, r.Meetings, r.Initiatives, r.Ties = nil, nil, nil, nil, nil, nil
	if err := ftm.Export(os.Stdout, &r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"amity-AZ","schema":"PublicBody","properties":{"country":["az"],"jurisdiction":["az"],"name":["Azerbaijan"],"publisher":["Azernews"],"topics":["gov.national"]}}
	// {"id":"amity-ilham-aliyev","schema":"Person","properties":{"country":["az"],"name":["Ilham Aliyev"],"position":["President"],"publisher":["Azernews"]}}
	// {"id":"amity.occupancy.ilham-aliyev.president","schema":"Occupancy","properties":{"holder":["amity-ilham-aliyev"],"post":["amity.position.ilham-aliyev.president"],"publisher":["Azernews"]}}
	// {"id":"amity.position.ilham-aliyev.president","schema":"Position","properties":{"country":["az"],"name":["President, Azerbaijan"],"organization":["amity-AZ"],"publisher":["Azernews"]}}
}

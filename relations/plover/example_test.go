package plover_test

import (
	"fmt"
	"os"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/plover"
)

// Export writes a visit with the visitor as source and the host state as
// recipient, a CONSULT in the mode visit, and keeps its CAMEO code. The
// visit is known to the month: its date is the month's first day.
func ExampleExport() {
	r := relations.Records{
		Officials: []orgs.Official{{
			ID:    "anar-karimov",
			Names: amity.Names{Name: "Anar Karimov"},
			Posts: []orgs.Post{{ID: "anar-karimov.minister", Title: "Minister of Culture", Role: orgs.RoleMinister, State: "AZ"}},
		}},
		Visits: []events.Visit{{
			ID: "karimov-visit-to-iran-2022", Visitors: []orgs.OfficialID{"anar-karimov"}, Guest: "AZ", Host: "IR",
			Start: amity.MustParseDate("2022-06"),
			Codes: []events.EventCode{{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}},
		}},
	}
	if err := plover.Export(os.Stdout, &r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"karimov-visit-to-iran-2022","date":"2022-06-01","source":[{"code":"AZE","sector":"GOV","actor_text":"Anar Karimov","office":"Minister of Culture"}],"recipient":[{"code":"IRN","sector":"GOV"}],"event":["CONSULT"],"quad_code":1,"mode":["visit"],"context":["diplomatic"],"link":"karimov-visit-to-iran-2022","cameo":["042"],"date_precision":"month"}
}

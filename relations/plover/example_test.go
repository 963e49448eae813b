package plover_test

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/amitydata/amity/internal/story"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/plover"
)

// Export writes a visit with the visitor as source and the host state as
// recipient, a CONSULT in the mode visit, and keeps its CAMEO code. The
// visit is Anar Karimov's to Iran, of the story of the Azernews report of
// 2022-06-22 (internal/story); its date is Mehr News Agency's, and the
// citation is the record's first source, the article, which gives no URL.
func ExampleExport() {
	all := story.Records()
	r := relations.Records{
		Sources:   all.Sources,
		Officials: slices.DeleteFunc(all.Officials, func(o orgs.Official) bool { return o.ID != story.Karimov }),
		Visits:    all.Visits,
	}
	if err := plover.Export(os.Stdout, &r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"karimov-visit-to-iran-2022","date":"2022-06-20","source":[{"code":"AZE","sector":"GOV","actor_text":"Anar Karimov","office":"Minister of Culture"}],"recipient":[{"code":"IRN","sector":"GOV"}],"event":["CONSULT"],"quad_code":1,"mode":["visit"],"context":["diplomatic"],"event_text":["Azerbaijan and Iran intend to expand cultural cooperation. Karimov stressed that his visit to Iran coincided with the anniversary of the establishment of diplomatic relations between the two countries."],"event_loc":{"name":"Tehran","country code":"IR","cc3":"IRN"},"link":"karimov-visit-to-iran-2022","cite_info":{"citation":"Laman Ismayilova, Azernews, 2022-06-22","language":"en","publication":"Azernews"},"cameo":["042"]}
}

// Records codes the whole story: the visit, the two meetings, and the
// statements that propose or raise an initiative of cooperation, as
// AGREE. The second meeting is known to the month: its date is the
// month's first day.
func ExampleRecords() {
	r := story.Records()
	codes := func(actors []plover.Actor) string {
		if len(actors) == 0 {
			return "(none)"
		}
		var out []string
		for _, a := range actors {
			out = append(out, a.Code)
		}
		return strings.Join(out, "+")
	}
	for _, rec := range plover.Records(&r) {
		fmt.Printf("%-36s %s %-5s %-7s %-5s %s -> %s\n", rec.ID, rec.Date, rec.DatePrecision, rec.Event[0],
			strings.Join(rec.Mode, ","), codes(rec.Source), codes(rec.Recipient))
	}
	// Output:
	// ismaili-said-literature              2022-06-20       AGREE         IRN -> AZE
	// ismaili-stressed-festivals           2022-06-20       AGREE         IRN -> AZE
	// karimov-imanipur-2022                2022-06-01 month CONSULT visit AZE -> IRN
	// karimov-ismaili-2022                 2022-06-20       CONSULT visit AZE -> IRN
	// karimov-said-cultural-centre         2022-06-01 month AGREE         AZE -> IRN
	// karimov-underlined-cultural-centre   2022-06-20       AGREE         AZE -> IRN
	// karimov-visit-to-iran-2022           2022-06-20       CONSULT visit AZE -> IRN
	// sides-noted-potential                2022-06-20       AGREE         AZE+IRN -> (none)
	// sides-spoke-about-joint-work         2022-06-01 month AGREE         AZE+IRN -> (none)
	// twinning-suggested                   2022-06-01 month AGREE         IRN -> AZE
}

package parquet_test

import (
	"fmt"
	"log"
	"os"

	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/parquet"
)

// Write the story of the Azerbaijan–Iran meetings as Parquet tables and
// read it back.
func Example() {
	dir, err := os.MkdirTemp("", "amity-parquet")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	r := azernews.Records()
	if err := parquet.WriteRecords(dir, &r); err != nil {
		log.Fatal(err)
	}
	for _, t := range parquet.Tables() {
		if t.Kind == relations.KindMeeting {
			fmt.Println(t.Name, len(t.Columns), "columns")
		}
	}

	back, err := parquet.ReadDir(dir)
	if err != nil {
		log.Fatal(err)
	}
	d, err := relations.New(back)
	if err != nil {
		log.Fatal(err)
	}
	for m := range d.Meetings() {
		fmt.Println(m.ID, m.Date, len(m.Participants), "participants")
	}
	// Output:
	// meetings 23 columns
	// meetings_participants 7 columns
	// meetings_statements 12 columns
	// meetings_codes 5 columns
	// karimov-ismaili-2022 2022-06-20 2 participants
	// karimov-imanipur-2022 2022-06 2 participants
}

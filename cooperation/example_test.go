package cooperation_test

import (
	"fmt"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// The twinning the Azernews report describes: Shusha with "one of the
// Iranian cities", suggested in the passive voice ("It was also
// suggested"), so the proposer is read from context and marked inferred.
// Another report names him, and is cited for that field.
func ExampleInitiative() {
	in := cooperation.Initiative{
		ID:      "shusha-twinning",
		Title:   "Twinning of Shusha with an Iranian city",
		Kind:    cooperation.KindTwinning,
		Topics:  []events.Topic{events.TopicTwinning},
		Parties: []orgs.StateID{"AZ", "IR"},
		Places: []orgs.Place{
			{City: "Shusha", Subdivision: "AZ-SUS", Country: "AZ"},
			{Country: "IR", Note: `"One of the Iranian cities": the article does not name it.`},
		},
		ProposedBy:       []orgs.OfficialID{"mehdi-imanipur"},
		ProposalInferred: true,
		Meetings:         []events.MeetingID{"karimov-imanipur"},
		History: []cooperation.StatusChange{{Status: cooperation.StatusProposed, Date: amity.MustParseDate("2022-06"),
			Meeting: "karimov-imanipur", Sources: []amity.SourceID{"azernews-2022-06-22"}}},
		Sources:      []amity.SourceID{"azernews-2022-06-22"},
		FieldSources: amity.FieldSources{"proposed_by": {"apa-2022-06-21"}},
	}
	fmt.Println(in.Validate())
	fmt.Println(in.Status(), in.Places[1].City == "")
	// Output:
	// <nil>
	// proposed true
}

// StatusOn reads an initiative's history at a date.
func ExampleInitiative_StatusOn() {
	in := cooperation.Initiative{History: []cooperation.StatusChange{
		{Status: cooperation.StatusProposed, Date: amity.MustParseDate("2022")},
		{Status: cooperation.StatusDrafting, Date: amity.MustParseDate("2022-06-20")},
	}}
	for _, d := range []string{"2021", "2022-03", "2022-06-20", "2023"} {
		fmt.Println(in.StatusOn(amity.MustParseDate(d)))
	}
	fmt.Println(in.Status())
	// Output:
	//  false
	// proposed true
	// drafting true
	// drafting true
	// drafting
}

// A history must run forward in time and in the lifecycle.
func ExampleInitiative_Validate() {
	in := cooperation.Initiative{
		ID: "az-ir-culture-exchange", Title: "Draft culture exchange programme", Kind: cooperation.KindExchangeProgramme,
		Parties: []orgs.StateID{"AZ", "IR"},
		History: []cooperation.StatusChange{
			{Status: cooperation.StatusDrafting, Date: amity.MustParseDate("2022-06-20"), Sources: []amity.SourceID{"azernews-2022-06-22"}},
			{Status: cooperation.StatusProposed, Date: amity.MustParseDate("2022-06-01"), Sources: []amity.SourceID{"azernews-2022-06-22"}},
		},
		Sources: []amity.SourceID{"azernews-2022-06-22"},
	}
	for _, fe := range amity.Errors(in.Validate()) {
		fmt.Println(fe.Path, "|", fe.Kind)
	}
	// Output:
	// history[1].date | conflict
	// history[1].status | conflict
}

// The lifecycle of an initiative runs forward only.
func ExampleStatus_CanBecome() {
	fmt.Println(cooperation.StatusProposed.CanBecome(cooperation.StatusDrafting))
	fmt.Println(cooperation.StatusDrafting.CanBecome(cooperation.StatusProposed))
	fmt.Println(cooperation.StatusInProgress.CanBecome(cooperation.StatusAbandoned))
	fmt.Println(cooperation.StatusCompleted.CanBecome(cooperation.StatusAbandoned))
	// Output:
	// true
	// false
	// true
	// false
}

// Open tells whether an initiative is still open.
func ExampleStatus_Open() {
	for _, s := range []cooperation.Status{cooperation.StatusDrafting, cooperation.StatusInProgress, cooperation.StatusCompleted, cooperation.StatusAbandoned} {
		fmt.Println(s, s.Open())
	}
	// Output:
	// drafting true
	// in_progress true
	// completed false
	// abandoned false
}

// Diplomatic relations between Azerbaijan and Iran, established on
// 1992-03-12 (a date other reports give; the Azernews report gives only
// the anniversary). 2022 is the year of the 30th anniversary: the library
// computes it, it is never stored.
func ExampleTie() {
	tie := cooperation.Tie{
		ID: "az-ir-diplomatic-relations", Kind: cooperation.TieDiplomatic,
		States:       []orgs.StateID{"AZ", "IR"},
		Established:  amity.MustParseDate("1992-03-12"),
		Sources:      []amity.SourceID{"azernews-2022-06-22"},
		FieldSources: amity.FieldSources{"established": {"aliyev-heritage-az-ir-relations"}},
	}
	fmt.Println(tie.Validate())
	n, _ := tie.Anniversary(2022)
	fmt.Println(cooperation.Ordinal(n), "anniversary in 2022")
	fmt.Println(tie.Between("IR", "AZ"), tie.Between("AZ", "TR"))
	// Output:
	// <nil>
	// 30th anniversary in 2022
	// true false
}

// Anniversary counts calendar years; Age counts whole years on a date,
// and says whether the precision of the dates settles it.
func ExampleTie_Age() {
	tie := cooperation.Tie{Established: amity.MustParseDate("1992-03-12")}
	fmt.Println(tie.Age(amity.MustParseDate("2022-06-20")))
	fmt.Println(tie.Age(amity.MustParseDate("2022-03")))
	fmt.Println(tie.Anniversary(1992))
	// Output:
	// 30 true
	// 29 false
	// 0 false
}

// Ordinal writes English ordinals.
func ExampleOrdinal() {
	for _, n := range []int{1, 2, 3, 11, 22, 30, 113} {
		fmt.Print(cooperation.Ordinal(n), " ")
	}
	fmt.Println()
	// Output:
	// 1st 2nd 3rd 11th 22nd 30th 113th
}

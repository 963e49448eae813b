package cooperation_test

import (
	"fmt"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/orgs"
)

// The memorandum that Laos and Cambodia signed in Vientiane in December
// 2010, as KPL reported it: each minister signs for his ministry. The
// article gives the day and month only, so the year is marked inferred;
// it says nothing of entry into force, so the dates tell only that the
// memorandum is signed.
func ExampleAgreement() {
	la, kh := orgs.Body{Ministry: "la-information-culture"}, orgs.Body{Ministry: "kh-culture-art"}
	mou := cooperation.Agreement{
		ID:         "la-kh-mou-2010",
		Kind:       cooperation.AgreementMemorandum,
		Title:      "Memorandum of Understanding on cultural cooperation",
		ShortTitle: "MOU",
		Parties:    []orgs.Body{la, kh},
		Signatories: []cooperation.Signatory{
			{Official: "mounkeo-oraboun", For: la},
			{Official: "him-chhem", For: kh},
		},
		Signed:  amity.MustParseDate("2010-12-21"),
		Place:   orgs.Place{City: "Vientiane", Country: "LA"},
		Sources: []amity.SourceID{"kpl-2010-12-23"},
		Uncertain: amity.Uncertainty{"signed": {Basis: amity.BasisInferred,
			Reason: "The article gives the day and month; the year is that of its publication."}},
	}
	fmt.Println(mou.Validate())
	fmt.Println(mou.StatusOn(amity.MustParseDate("2011")))
	q, _ := mou.Uncertain.Of("signed")
	fmt.Println(q.Basis)
	// Output:
	// <nil>
	// signed
	// inferred
}

// An agreement in force on signature for five years, not renewed: its
// end is computed from its term, and its status follows its dates.
func ExampleAgreement_StatusOn() {
	a := cooperation.Agreement{
		Signed:             amity.MustParseDate("2015-05-04"),
		InForceOnSignature: true,
		Duration:           cooperation.Duration{Years: 5},
		Renewal:            cooperation.RenewalNone,
	}
	fmt.Println(a.End())
	for _, d := range []string{"2015-05-03", "2018", "2020-05-04", "2021"} {
		fmt.Println(d, a.StatusOn(amity.MustParseDate(d)))
	}
	// Output:
	// 2020-05-04
	// 2015-05-03 unsigned
	// 2018 in_force
	// 2020-05-04 in_force
	// 2021 expired
}

// A signatory signs for one of the parties; a body names exactly one
// state, ministry or organization.
func ExampleAgreement_Validate() {
	a := cooperation.Agreement{
		ID: "a", Kind: cooperation.AgreementTreaty, Title: "Agreement on cultural cooperation",
		Parties:     []orgs.Body{{State: "AZ"}, {State: "IR"}},
		Signatories: []cooperation.Signatory{{Official: "x", For: orgs.Body{State: "TR"}}},
		Sources:     []amity.SourceID{"s"},
	}
	fmt.Println(a.Validate())
	// Output:
	// signatories[0].for: conflict: "TR": not a party to the agreement
}

// A festival planned under an agreement, then held: its history follows
// the lifecycle announced, planned, held.
func ExampleCulturalEvent() {
	e := cooperation.CulturalEvent{
		ID: "film-festival-2023", Kind: cooperation.EventFestival, Title: "Days of Azerbaijani cinema", Edition: 3,
		States: []orgs.StateID{"AZ", "IR"}, Host: "IR",
		Held: cooperation.Span{Start: amity.MustParseDate("2023-05-10"), End: amity.MustParseDate("2023-05-14")},
		History: []cooperation.EventChange{
			{Status: cooperation.EventPlanned, Date: amity.MustParseDate("2023-01"), Sources: []amity.SourceID{"s"}},
			{Status: cooperation.EventHeld, Date: amity.MustParseDate("2023-05-10"), Sources: []amity.SourceID{"s"}},
		},
		Sources: []amity.SourceID{"s"},
	}
	fmt.Println(e.Validate(), e.Status())
	e.History[1].Status = cooperation.EventAnnounced
	fmt.Println(e.Validate())
	// Output:
	// <nil> held
	// 2 problems:
	// 	history[1].status: conflict: "announced": an event cannot go from planned to announced
	// 	held: conflict: "2023-05-10": the event's status is announced, not held
}

func ExampleDuration_After() {
	d := cooperation.Duration{Years: 3}
	fmt.Println(d, d.After(amity.MustParseDate("2010-12-21")), d.After(amity.MustParseDate("2010")))
	// Output:
	// 3 years 2013-12-21 2013
}

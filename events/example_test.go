package events_test

import (
	"encoding/json"
	"fmt"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// Anar Karimov's meeting with Mehdi Ismaili in Tehran, as the Azernews
// report of 2022-06-22 gives it. The article does not date it or name the
// city; the Mehr News Agency report of 2022-06-20 does, and is cited for
// those two fields alone.
func ExampleMeeting() {
	m := events.Meeting{
		ID:    "karimov-ismaili-2022",
		Title: "Anar Karimov meets Mehdi Ismaili",
		Date:  amity.MustParseDate("2022-06-20"),
		Place: orgs.Place{City: "Tehran", Country: "IR"},
		Host:  "IR",
		Participants: []events.Participant{
			{Official: "anar-karimov", State: "AZ", Post: "anar-karimov.minister-of-culture"},
			{Official: "mehdi-ismaili", State: "IR", Post: "mehdi-ismaili.minister"},
		},
		Topics: []events.Topic{events.TopicLiterature, events.TopicFestivals, events.TopicOther},
		Statements: []events.Statement{{
			Speakers: []orgs.OfficialID{"mehdi-ismaili"},
			Verb:     events.VerbSaid,
			Summary:  "there are wide opportunities for cooperation in the field of literature",
			Topics:   []events.Topic{events.TopicLiterature},
		}},
		Visit:        "karimov-visit-to-iran-2022",
		Codes:        []events.EventCode{{CAMEO: "043", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}},
		Sources:      []amity.SourceID{"azernews-2022-06-22"},
		FieldSources: amity.FieldSources{"date": {"mehr-2022-06-20"}, "place": {"mehr-2022-06-20"}},
	}
	fmt.Println(m.Validate())
	fmt.Println(m.Officials(), m.States(), m.Place)
	// Output:
	// <nil>
	// [anar-karimov mehdi-ismaili] [AZ IR] Tehran, IR
}

// Validate checks a meeting on its own: every speaker must take part, the
// host must be represented, and event codes must agree with each other.
func ExampleMeeting_Validate() {
	m := events.Meeting{
		ID:   "karimov-imanipur-2022",
		Date: amity.MustParseDate("2022-06"),
		Host: "IR",
		Participants: []events.Participant{
			{Official: "anar-karimov", State: "AZ"},
			{Official: "anar-karimov", State: "AZ"},
		},
		Statements: []events.Statement{{Speakers: []orgs.OfficialID{"mehdi-imanipur"}, Verb: events.VerbSaid,
			Summary: "Iran is interested in strengthening fraternal relations between Baku and Tehran"}},
		Codes:   []events.EventCode{{CAMEO: "043", PLOVER: events.PLOVERAgree}},
		Sources: []amity.SourceID{"azernews-2022-06-22"},
	}
	for _, fe := range amity.Errors(m.Validate()) {
		fmt.Println(fe.Path, "|", fe.Kind)
	}
	// Output:
	// participants[1].official | duplicate
	// host | conflict
	// statements[0].speakers[0] | conflict
	// codes[0].plover | conflict
}

// Involves tells whether a state is represented at a meeting.
func ExampleMeeting_Involves() {
	m := events.Meeting{Participants: []events.Participant{
		{Official: "anar-karimov", State: "AZ"},
		{Official: "mehdi-imanipur", State: "IR"},
	}}
	fmt.Println(m.Involves("AZ"), m.Involves("IR"), m.Involves("TR"))
	// Output:
	// true true false
}

// A meeting's Goldstein score is that of its first event code.
func ExampleMeeting_Goldstein() {
	m := events.Meeting{Codes: []events.EventCode{{CAMEO: "043"}}}
	fmt.Println(m.Goldstein())
	fmt.Println(events.Meeting{}.Goldstein())
	// Output:
	// 2.8 true
	// 0 false
}

// "The sides noted..." is one statement by both participants. "It was
// also suggested..." names no speaker: the speaker is read from context,
// and SpeakersInferred says so.
func ExampleStatement() {
	sides := events.Statement{
		Speakers: []orgs.OfficialID{"anar-karimov", "mehdi-ismaili"},
		Verb:     events.VerbNoted,
		Summary:  "work is underway on a draft culture exchange program",
		Topics:   []events.Topic{events.TopicExchange},
	}
	suggested := events.Statement{
		Speakers:         []orgs.OfficialID{"mehdi-imanipur"},
		SpeakersInferred: true,
		Verb:             events.VerbSuggested,
		Quote:            "It was also suggested that Azerbaijan's cultural capital - the city of Shusha - be twinned with one of the Iranian cities.",
		Topics:           []events.Topic{events.TopicTwinning},
	}
	for _, s := range []events.Statement{sides, suggested} {
		fmt.Println(s.Speakers, s.Verb, s.SpeakersInferred)
	}
	fmt.Println(suggested.Speaker())
	// Output:
	// [anar-karimov mehdi-ismaili] noted false
	// [mehdi-imanipur] suggested true
	// mehdi-imanipur
}

// Verbs are kept as the source reports them, and read as prose.
func ExampleVerb_String() {
	for _, v := range []events.Verb{events.VerbStressed, events.VerbUnderlined, events.VerbTouchedOn, events.VerbSpokeAbout} {
		fmt.Printf("%s (%q)\n", v, string(v))
	}
	fmt.Println(events.Verb("emphasised").Valid())
	// Output:
	// stressed ("stressed")
	// underlined ("underlined")
	// touched upon ("touched_upon")
	// spoke about ("spoke_about")
	// false
}

// TopicOther stands for "a number of other important issues": subjects
// the source mentions without naming them.
func ExampleTopics() {
	all := events.Topics()
	fmt.Println(len(all), all[0], all[len(all)-1], events.TopicOther.Valid())
	// Output:
	// 30 heritage_and_restoration other true
}

// Each topic belongs to a domain of UNESCO's Framework for Cultural
// Statistics, or to a transversal field.
func ExampleTopic_Domain() {
	fmt.Println(events.TopicPhotography.Domain(), events.TopicCopyright.Domain())
	fmt.Println(events.DomainHeritage.Topics())
	// Output:
	// visual_arts_and_crafts intellectual_property
	// [heritage_and_restoration museums archives libraries]
}

// A participant is an official and the state the official represents,
// in one of the official's posts.
func ExampleParticipant() {
	p := events.Participant{Official: "mehdi-imanipur", State: "IR", Post: "mehdi-imanipur.chairman-icro"}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	// Output:
	// {"official":"mehdi-imanipur","state":"IR","post":"mehdi-imanipur.chairman-icro"}
}

// Karimov's trip is CAMEO 042 "Make a visit"; each meeting Iran hosted is
// 043 "Host a visit". Both are PLOVER CONSULT in the visit mode.
func ExampleEventCode() {
	for _, c := range []events.EventCode{
		{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit},
		{CAMEO: "043", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit},
	} {
		g, _ := c.Goldstein()
		fmt.Printf("%s %q %s/%s %+.1f\n", c.CAMEO, c.CAMEO.Description(), c.PLOVER, c.Mode, g)
	}
	// Output:
	// 042 "Make a visit" CONSULT/visit +1.9
	// 043 "Host a visit" CONSULT/visit +2.8
}

// PLOVER returns the event type and mode a CAMEO code maps to; public
// statements (cue category 01) are not coded in PLOVER.
func ExampleCAMEOCode_PLOVER() {
	for _, c := range []events.CAMEOCode{"036", "043", "057", "010"} {
		e, m := c.PLOVER()
		fmt.Printf("%s: %q %q\n", c, e, m)
	}
	// Output:
	// 036: "AGREE" ""
	// 043: "CONSULT" "visit"
	// 057: "SUPPORT" ""
	// 010: "" ""
}

// The Goldstein score of a CAMEO code, from -10 to +10.
func ExampleCAMEOCode_Goldstein() {
	for _, c := range []events.CAMEOCode{"036", "057", "20"} {
		fmt.Println(c.Goldstein())
	}
	// Output:
	// 4 true
	// 8 true
	// 0 false
}

// CAMEOCodes lists the codebook this package knows.
func ExampleCAMEOCodes() {
	codes := events.CAMEOCodes()
	fmt.Println(len(codes), codes[0], codes[len(codes)-1])
	// Output:
	// 91 01 064
}

// A mode belongs to some event types only.
func ExamplePLOVERMode_ValidFor() {
	fmt.Println(events.PLOVERModeVisit.ValidFor(events.PLOVERConsult), events.PLOVERModeVisit.ValidFor(events.PLOVERAgree))
	fmt.Println(events.PLOVERMode("").ValidFor(events.PLOVERAgree), events.PLOVEREvent("consult").Valid())
	fmt.Println(len(events.PLOVEREvents()))
	// Output:
	// true false
	// true false
	// 16
}

// Karimov's visit to Iran. The article says it coincided with an
// anniversary of diplomatic relations; which anniversary is computed by
// package relations from the tie, and never stored.
func ExampleVisit() {
	v := events.Visit{
		ID:       "karimov-visit-to-iran-2022",
		Visitors: []orgs.OfficialID{"anar-karimov"},
		Guest:    "AZ",
		Host:     "IR",
		Start:    amity.MustParseDate("2022-06-20"),
		Places:   []orgs.Place{{City: "Tehran", Country: "IR"}},
		Occasion: events.OccasionTieAnniversary,
		Codes:    []events.EventCode{{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}},
		Sources:  []amity.SourceID{"azernews-2022-06-22"},
		FieldSources: amity.FieldSources{
			"start":  {"mehr-2022-06-20"},
			"places": {"mehr-2022-06-20"},
		},
	}
	fmt.Println(v.Validate())
	v.Host = "AZ"
	for _, fe := range amity.Errors(v.Validate()) {
		fmt.Println(fe.Path, fe.Kind)
	}
	// Output:
	// <nil>
	// host conflict
}

// Covers tells whether a meeting's date could fall within a visit: a
// meeting known only to the month may.
func ExampleVisit_Covers() {
	v := events.Visit{Start: amity.MustParseDate("2022-06-20"), End: amity.MustParseDate("2022-06-21")}
	fmt.Println(v.Start, v.End)
	for _, d := range []string{"2022-06-20", "2022-06", "2022-06-22", "2022-05"} {
		fmt.Println(d, v.Covers(amity.MustParseDate(d)))
	}
	// Output:
	// 2022-06-20 2022-06-21
	// 2022-06-20 true
	// 2022-06 true
	// 2022-06-22 false
	// 2022-05 false
}

// Occasions are a fixed vocabulary.
func ExampleOccasion_Valid() {
	fmt.Println(events.OccasionTieAnniversary, events.OccasionTieAnniversary.Valid(), events.Occasion("anniversary").Valid())
	// Output:
	// diplomatic_relations_anniversary true false
}

// A delegation taking part as a whole, beside the minister who leads it,
// and a statement the two sides made together.
func ExampleParticipant_Actor() {
	m := events.Meeting{
		ID: "m", Date: amity.MustParseDate("2010-12-16"),
		Participants: []events.Participant{
			{Official: "mounkeo-oraboun", State: "LA", Role: events.RoleHeadOfDelegation},
			{Group: "la-delegation", State: "LA"},
			{Group: "kh-delegation", State: "KH"},
		},
		Statements: []events.Statement{{
			Groups: []orgs.GroupID{"la-delegation", "kh-delegation"}, Verb: events.VerbExpressed,
			Summary: "The two sides expressed their willingness to strengthen relations.",
		}},
		Sources: []amity.SourceID{"kpl"},
	}
	fmt.Println(m.Validate())
	for _, p := range m.Participants {
		fmt.Printf("%s [%s]\n", p.Actor(), p.Role)
	}
	fmt.Println(m.Officials(), m.Groups())
	// Output:
	// <nil>
	// mounkeo-oraboun [head_of_delegation]
	// la-delegation []
	// kh-delegation []
	// [mounkeo-oraboun] [la-delegation kh-delegation]
}

// The source's own assessment has no speaker.
func ExampleStatement_bySource() {
	s := events.Statement{BySource: true, Verb: events.VerbNoted, Summary: "The talks were held in a warm atmosphere."}
	fmt.Println(s.Validate())
	s.Speakers = []orgs.OfficialID{"x"}
	fmt.Println(s.Validate())
	// Output:
	// <nil>
	// by_source: conflict: "true": a statement of the source's own has no speakers
}

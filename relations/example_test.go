package relations_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// New checks records as a whole and builds a Dataset: here, the first of
// the two meetings of the Azernews report of 2022-06-22, with the article
// as its source and the Mehr News Agency report that dates it.
func ExampleNew() {
	d, err := relations.New(relations.Records{
		Sources: []amity.Source{
			{ID: "azernews-2022-06-22", Publisher: "Azernews", Author: "Laman Ismayilova", Published: amity.MustParseDate("2022-06-22")},
			{ID: "mehr-2022-06-20", Publisher: "Mehr News Agency", Published: amity.MustParseDate("2022-06-20")},
		},
		States: []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Ministries: []orgs.Ministry{
			{ID: "az-culture", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Culture"}},
			{ID: "ir-culture", State: "IR", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Culture and Islamic Guidance"}},
		},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"},
				Posts: []orgs.Post{{ID: "karimov.minister", Title: "Minister of Culture", Ministry: "az-culture"}}},
			{ID: "ismaili", Names: amity.Names{Name: "Mehdi Ismaili", Aliases: []string{"Mohammad Mehdi Esmaeili"}},
				Posts:        []orgs.Post{{ID: "ismaili.minister", Title: "Minister of Culture and Islamic Guidance", Ministry: "ir-culture"}},
				FieldSources: amity.FieldSources{"aliases": {"mehr-2022-06-20"}}},
		},
		Meetings: []events.Meeting{{
			ID: "karimov-ismaili", Date: amity.MustParseDate("2022-06-20"), Place: orgs.Place{City: "Tehran", Country: "IR"}, Host: "IR",
			Participants: []events.Participant{
				{Official: "karimov", State: "AZ", Post: "karimov.minister"},
				{Official: "ismaili", State: "IR", Post: "ismaili.minister"},
			},
			Statements: []events.Statement{{ID: "literature", Speakers: []orgs.OfficialID{"ismaili"}, Verb: events.VerbSaid,
				Summary: "there are wide opportunities for cooperation in the field of literature"}},
			Sources:      []amity.SourceID{"azernews-2022-06-22"},
			FieldSources: amity.FieldSources{"date": {"mehr-2022-06-20"}, "place": {"mehr-2022-06-20"}},
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := d.Records()
	fmt.Println(r.Len(), "entities")
	kind, _ := d.KindOf("ismaili.minister")
	fmt.Println(kind)
	m, s, _ := d.Statement("literature")
	o, p, _ := d.Post("ismaili.minister")
	fmt.Printf("%s, %s, %s at %s: %s\n", o.Name, p.Title, s.Verb, m.ID, s.Summary)
	// Output:
	// 9 entities
	// post
	// Mehdi Ismaili, Minister of Culture and Islamic Guidance, said at karimov-ismaili: there are wide opportunities for cooperation in the field of literature
}

// New reports every problem at once, with the JSON path of each: an
// official nobody defined, a source nobody cited, a post of another
// official, a post that does not cover the meeting's date.
func ExampleNew_errors() {
	_, err := relations.New(relations.Records{
		Sources: []amity.Source{{ID: "azernews-2022-06-22", Publisher: "Azernews"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"},
				Posts: []orgs.Post{{ID: "karimov.minister", Title: "Minister of Culture", State: "AZ", Start: amity.MustParseDate("2023")}}},
			{ID: "imanipur", Names: amity.Names{Name: "Mehdi Imanipur"}},
		},
		Meetings: []events.Meeting{{
			ID: "karimov-imanipur", Date: amity.MustParseDate("2022-06"),
			Participants: []events.Participant{
				{Official: "karimov", State: "AZ", Post: "karimov.minister"},
				{Official: "mehdi-imanipour", State: "IR"},
			},
			Sources: []amity.SourceID{"apa-2022-06-21"},
		}},
	})
	for _, fe := range amity.Errors(err) {
		fmt.Println(fe.Path, "|", fe.Kind, "|", fe.Value)
	}
	// Output:
	// meetings[0].participants[0].post | conflict | karimov.minister
	// meetings[0].participants[1].official | not found | mehdi-imanipour
	// meetings[0].sources[0] | not found | apa-2022-06-21
}

// Validate checks records without building a Dataset.
func ExampleValidate() {
	r := relations.Records{
		States: []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}},
		Ties: []cooperation.Tie{{ID: "az-ir", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"},
			Established: amity.MustParseDate("1992-03-12"), Sources: []amity.SourceID{"AZ"}}},
	}
	for _, fe := range amity.Errors(relations.Validate(&r)) {
		fmt.Println(fe.Path, "|", fe.Kind)
	}
	// Output:
	// ties[0].states[1] | not found
	// ties[0].sources[0] | wrong kind
}

// ValidateJSONL checks an archive of JSON Lines as ReadJSONL does, with
// the same problems and their lines, without building a Dataset: what a
// data team runs on an archive too large to hold as one.
func ExampleValidateJSONL() {
	archive := `{"entity":"state","id":"AZ","name":"Azerbaijan"}
{"entity":"state","id":"IR","name":"Iran"}
{"entity":"meeting","id":"m1","date":"2022-06-20","participants":[{"official":"karimov","state":"AZ"},{"official":"ismaili","state":"IR"}],"sources":["azernews"]}
{"entity":"meeting","id":"m2","date":"2022-02-30","participants":[{"official":"karimov","state":"AZ"},{"official":"ismaili","state":"IR"}],"sources":["azernews"]}
`
	n, err := relations.ValidateJSONL(strings.NewReader(archive), relations.ReadOptions{})
	fmt.Println(n, "records")
	for _, fe := range amity.Errors(err) {
		fmt.Println(fe.Line, fe.Path, "|", fe.Kind)
	}
	// Output:
	// 3 records
	// 3 meetings[0].participants[0].official | not found
	// 3 meetings[0].participants[1].official | not found
	// 3 meetings[0].sources[0] | not found
	// 4 meetings[1].date | invalid
}

// The checks across entities find a reference to nothing once the
// entities' bytes are gone: Place reads the input again and finds the
// column of the value on the entity's line.
func ExamplePlace() {
	archive := `{"entity":"source","id":"azernews","publisher":"Azernews"}
{"entity":"state","id":"AZ","name":"Azerbaijan"}
{"entity":"state","id":"IR","name":"Iran"}
{"entity":"official","id":"karimov","name":"Adil Karimov"}
{"entity":"meeting","id":"m1","date":"2022-06-20","participants":[{"official":"karimov","state":"AZ"},{"official":"ismaili","state":"IR"}],"sources":["azernews"]}
`
	_, err := relations.ValidateJSONL(strings.NewReader(archive), relations.ReadOptions{})
	problems, _ := relations.Place(strings.NewReader(archive), true, amity.Errors(err))
	for _, fe := range problems {
		fmt.Println(fe)
	}
	// Output:
	// line 5, column 115: meetings[0].participants[1].official: not found: "ismaili": no official has this ID
}

// A sharded archive's reference file is read once; each shard is then
// checked against it, and its problems carry the shard's own lines and
// paths.
func ExampleNewShardReference() {
	reference := `{"entity":"source","id":"azernews","publisher":"Azernews"}
{"entity":"state","id":"AZ","name":"Azerbaijan"}
{"entity":"state","id":"IR","name":"Iran"}
{"entity":"official","id":"karimov","name":"Adil Karimov"}
{"entity":"official","id":"ismaili","name":"Mehdi Ismaili"}
`
	shards := []string{
		`{"entity":"meeting","id":"m1","date":"2022-06-20","participants":[{"official":"karimov","state":"AZ"},{"official":"ismaili","state":"IR"}],"sources":["azernews"]}
`,
		`{"entity":"meeting","id":"m2","date":"2022-06-21","participants":[{"official":"karimov","state":"AZ"},{"official":"esmaili","state":"IR"}],"sources":["azernews"]}
{"entity":"state","id":"AZ","name":"Azerbaijan"}
`,
	}
	ref := relations.NewShardReference([]byte(reference), relations.ReadOptions{})
	for i, shard := range shards {
		n, err := ref.Validate(strings.NewReader(shard))
		fmt.Printf("shard %d, records: %d\n", i+1, n)
		for _, fe := range amity.Errors(err) {
			fmt.Println(" ", fe)
		}
	}
	// Output:
	// shard 1, records: 1
	// shard 2, records: 2
	//   line 1: meetings[0].participants[1].official: not found: "esmaili": no official has this ID
	//   line 2: states[0].id: duplicate: "AZ": ID already used by states[0] on line 2 of the reference file
}

// Every ID in a dataset names an entity of one Kind.
func ExampleKinds() {
	for _, k := range relations.Kinds() {
		fmt.Print(k.Plural(), ":", k.TopLevel(), " ")
	}
	fmt.Println()
	// Output:
	// sources:true states:true ministries:true organizations:true officials:true posts:false groups:true visits:true meetings:true statements:false initiatives:true ties:true agreements:true events:true
}

// MeetingsBetween yields the meetings of two states in a period, in date
// order. The meeting known only to the month comes before the one on the
// 20th, and falls within a period that starts on the 20th: it may have
// been on or after that day.
func ExampleDataset_MeetingsBetween() {
	d, err := relations.New(relations.Records{
		Sources: []amity.Source{{ID: "azernews", Publisher: "Azernews"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"}},
			{ID: "ismaili", Names: amity.Names{Name: "Mehdi Ismaili"}},
			{ID: "imanipur", Names: amity.Names{Name: "Mehdi Imanipur"}},
		},
		Meetings: []events.Meeting{
			{ID: "karimov-ismaili", Date: amity.MustParseDate("2022-06-20"), Sources: []amity.SourceID{"azernews"},
				Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "ismaili", State: "IR"}}},
			{ID: "karimov-imanipur", Date: amity.MustParseDate("2022-06"), Sources: []amity.SourceID{"azernews"},
				Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "imanipur", State: "IR"}}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for m := range d.MeetingsBetween("IR", "AZ", relations.Period{From: amity.MustParseDate("2022-06-20")}) {
		fmt.Println(m.Date, m.ID)
	}
	for m := range d.MeetingsBetween("AZ", "IR", relations.Period{To: amity.MustParseDate("2022-05")}) {
		fmt.Println(m.Date, m.ID)
	}
	// Output:
	// 2022-06 karimov-imanipur
	// 2022-06-20 karimov-ismaili
}

// A Period includes a date that could fall within it.
func ExamplePeriod_Includes() {
	june := relations.Period{From: amity.MustParseDate("2022-06-01"), To: amity.MustParseDate("2022-06-30")}
	for _, d := range []string{"2022-06-20", "2022-06", "2022", "2022-07-01"} {
		fmt.Println(d, june.Includes(amity.MustParseDate(d)))
	}
	fmt.Println(relations.Period{}.Includes(amity.MustParseDate("1992-03-12")))
	// Output:
	// 2022-06-20 true
	// 2022-06 true
	// 2022 true
	// 2022-07-01 false
	// true
}

// Met and MeetingsOf find an official's meetings; Encounters pairs the
// officials who met.
func ExampleDataset_Met() {
	d, err := relations.New(relations.Records{
		Sources: []amity.Source{{ID: "azernews", Publisher: "Azernews"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"}},
			{ID: "ismaili", Names: amity.Names{Name: "Mehdi Ismaili"}},
			{ID: "imanipur", Names: amity.Names{Name: "Mehdi Imanipur"}},
		},
		Meetings: []events.Meeting{
			{ID: "karimov-ismaili", Date: amity.MustParseDate("2022-06-20"), Sources: []amity.SourceID{"azernews"},
				Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "ismaili", State: "IR"}}},
			{ID: "karimov-imanipur", Date: amity.MustParseDate("2022-06"), Sources: []amity.SourceID{"azernews"},
				Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "imanipur", State: "IR"}}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for m := range d.Met("ismaili", "karimov") {
		fmt.Println("met:", m.ID)
	}
	for m := range d.Met("ismaili", "imanipur") {
		fmt.Println("met:", m.ID)
	}
	for m := range d.MeetingsOf("karimov") {
		fmt.Println("karimov:", m.ID)
	}
	for e := range d.Encounters() {
		fmt.Println(e.A, e.B, e.Meetings)
	}
	// Output:
	// met: karimov-ismaili
	// karimov: karimov-imanipur
	// karimov: karimov-ismaili
	// imanipur karimov [karimov-imanipur]
	// ismaili karimov [karimov-ismaili]
}

// Timeline tells the story of a relationship in date order: the visit,
// the meeting, what was said there, and the status changes of the
// initiatives of both states. The visit's occasion is computed from the
// tie.
func ExampleDataset_Timeline() {
	d, err := relations.New(relations.Records{
		Sources: []amity.Source{{ID: "azernews", Publisher: "Azernews"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"}},
			{ID: "ismaili", Names: amity.Names{Name: "Mehdi Ismaili"}},
		},
		Visits: []events.Visit{{ID: "karimov-visit", Visitors: []orgs.OfficialID{"karimov"}, Guest: "AZ", Host: "IR",
			Start: amity.MustParseDate("2022-06-20"), Occasion: events.OccasionTieAnniversary, Sources: []amity.SourceID{"azernews"}}},
		Meetings: []events.Meeting{{ID: "karimov-ismaili", Title: "Karimov meets Ismaili", Date: amity.MustParseDate("2022-06-20"),
			Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "ismaili", State: "IR"}},
			Statements: []events.Statement{{Speakers: []orgs.OfficialID{"karimov", "ismaili"}, Verb: events.VerbNoted,
				Summary: "work is underway on a draft culture exchange program"}},
			Visit: "karimov-visit", Sources: []amity.SourceID{"azernews"}}},
		Initiatives: []cooperation.Initiative{{ID: "exchange", Title: "Draft culture exchange programme", Kind: cooperation.KindExchangeProgramme,
			Parties: []orgs.StateID{"AZ", "IR"}, Sources: []amity.SourceID{"azernews"},
			History: []cooperation.StatusChange{{Status: cooperation.StatusDrafting, Date: amity.MustParseDate("2022-06-20"),
				Meeting: "karimov-ismaili", Sources: []amity.SourceID{"azernews"}}}}},
		Ties: []cooperation.Tie{{ID: "az-ir", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"},
			Established: amity.MustParseDate("1992-03-12"), Sources: []amity.SourceID{"azernews"}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for e := range d.Timeline("AZ", "IR") {
		fmt.Println(e.Date, e.Kind, "|", e.Text)
	}
	// Output:
	// 2022-06-20 visit | Visit to IR by Anar Karimov (AZ): 30th anniversary of diplomatic relations
	// 2022-06-20 meeting | Karimov meets Ismaili
	// 2022-06-20 statement | Anar Karimov and Mehdi Ismaili noted: work is underway on a draft culture exchange program
	// 2022-06-20 status_change | Draft culture exchange programme: drafting
}

// Anniversary finds the diplomatic tie of a pair and which anniversary
// falls in a year; VisitOccasion puts it in words for a visit made on
// that occasion.
func ExampleDataset_Anniversary() {
	d, err := relations.New(relations.Records{
		Sources: []amity.Source{
			{ID: "azernews", Publisher: "Azernews"},
			{ID: "aliyev-heritage", Publisher: "Heydar Aliyev Heritage International Online Library"},
		},
		States:    []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Officials: []orgs.Official{{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"}}},
		Ties: []cooperation.Tie{{ID: "az-ir", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"},
			Established: amity.MustParseDate("1992-03-12"), Sources: []amity.SourceID{"azernews"},
			FieldSources: amity.FieldSources{"established": {"aliyev-heritage"}}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	tie, n, ok := d.Anniversary("IR", "AZ", 2022)
	fmt.Println(tie.ID, n, ok)
	visit := events.Visit{ID: "karimov-visit", Visitors: []orgs.OfficialID{"karimov"}, Guest: "AZ", Host: "IR",
		Start: amity.MustParseDate("2022-06-20"), Occasion: events.OccasionTieAnniversary}
	fmt.Println(d.VisitOccasion(visit))
	// Output:
	// az-ir 30 true
	// 30th anniversary of diplomatic relations true
}

// SharedMemberships answers "which organizations do both states belong
// to?" from the organizations' member lists and their dates.
func ExampleDataset_SharedMemberships() {
	d, err := relations.New(relations.Records{
		Sources: []amity.Source{{ID: "mfa-az", Publisher: "Ministry of Foreign Affairs of the Republic of Azerbaijan"}, {ID: "unesco-iran", Publisher: "UNESCO"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Organizations: []orgs.Organization{
			{ID: "unesco", Kind: orgs.KindIntergovernmental, Names: amity.Names{Name: "UNESCO"}, Members: []orgs.Membership{
				{State: "AZ", Since: amity.MustParseDate("1992-06-03"), Sources: []amity.SourceID{"mfa-az"}},
				{State: "IR", Since: amity.MustParseDate("1948-09-06"), Sources: []amity.SourceID{"unesco-iran"}},
			}},
			{ID: "icesco", Kind: orgs.KindIntergovernmental, Names: amity.Names{Name: "ICESCO"}, Members: []orgs.Membership{
				{State: "AZ", Since: amity.MustParseDate("1991")}, {State: "IR"},
			}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, on := range []string{"1992-03-12", "2022-06-20"} {
		fmt.Print(on, ":")
		for o := range d.SharedMemberships("AZ", "IR", amity.MustParseDate(on)) {
			fmt.Print(" ", o.Name)
		}
		fmt.Println()
	}
	// Output:
	// 1992-03-12: ICESCO
	// 2022-06-20: ICESCO UNESCO
}

// OfficialsOf finds the officials of a state through their posts: in
// ministries, organizations or the state itself.
func ExampleDataset_OfficialsOf() {
	d, err := relations.New(relations.Records{
		States:     []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Ministries: []orgs.Ministry{{ID: "ir-culture", State: "IR", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Culture and Islamic Guidance"}}},
		Organizations: []orgs.Organization{{ID: "icro", Kind: orgs.KindGovernmentAgency, State: "IR",
			Names: amity.Names{Name: "Islamic Culture and Relations Organization"}, ParentMinistry: "ir-culture"}},
		Officials: []orgs.Official{
			{ID: "aliyev", Names: amity.Names{Name: "Ilham Aliyev"}, Posts: []orgs.Post{{ID: "aliyev.president", Title: "President", State: "AZ"}}},
			{ID: "ismaili", Names: amity.Names{Name: "Mehdi Ismaili"}, Posts: []orgs.Post{{ID: "ismaili.minister", Title: "Minister of Culture and Islamic Guidance", Ministry: "ir-culture"}}},
			{ID: "imanipur", Names: amity.Names{Name: "Mehdi Imanipur"}, Posts: []orgs.Post{{ID: "imanipur.chairman", Title: "Chairman", Organization: "icro"}}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for o := range d.OfficialsOf("IR", amity.MustParseDate("2022-06")) {
		fmt.Println(o.Name)
	}
	// Output:
	// Mehdi Imanipur
	// Mehdi Ismaili
}

// Initiatives selects by status, kind, party and openness; InitiativesAt
// lists those raised at a meeting; Proposals says who proposed what, and
// whether the proposer is inferred.
func ExampleDataset_Proposals() {
	src := []amity.SourceID{"azernews"}
	at := func(s cooperation.Status, date string) []cooperation.StatusChange {
		return []cooperation.StatusChange{{Status: s, Date: amity.MustParseDate(date), Sources: src}}
	}
	d, err := relations.New(relations.Records{
		Sources: []amity.Source{{ID: "azernews", Publisher: "Azernews"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"}},
			{ID: "imanipur", Names: amity.Names{Name: "Mehdi Imanipur"}},
			{ID: "aliyev", Names: amity.Names{Name: "Ilham Aliyev"}},
		},
		Meetings: []events.Meeting{{ID: "karimov-imanipur", Date: amity.MustParseDate("2022-06"), Sources: src,
			Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "imanipur", State: "IR"}}}},
		Initiatives: []cooperation.Initiative{
			{ID: "cultural-centre", Title: "Azerbaijan Cultural Centre in Tehran", Kind: cooperation.KindCulturalCentre,
				Parties: []orgs.StateID{"AZ", "IR"}, ProposedBy: []orgs.OfficialID{"karimov"},
				Meetings: []events.MeetingID{"karimov-imanipur"}, History: at(cooperation.StatusProposed, "2022-06"), Sources: src},
			{ID: "shusha-twinning", Title: "Twinning of Shusha with an Iranian city", Kind: cooperation.KindTwinning,
				Parties: []orgs.StateID{"AZ", "IR"}, ProposedBy: []orgs.OfficialID{"imanipur"}, ProposalInferred: true,
				Meetings: []events.MeetingID{"karimov-imanipur"}, History: at(cooperation.StatusProposed, "2022-06"), Sources: src},
			{ID: "restoration", Title: "Restoration of Azerbaijan's liberated territories", Kind: cooperation.KindDomestic,
				Parties: []orgs.StateID{"AZ"}, LedBy: []orgs.OfficialID{"aliyev"},
				Meetings: []events.MeetingID{"karimov-imanipur"}, History: at(cooperation.StatusInProgress, "2022-06"), Sources: src},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for p := range d.Proposals() {
		fmt.Println(p.Official, "proposed", p.Initiative, "inferred:", p.Inferred)
	}
	for in := range d.Initiatives(relations.InitiativeFilter{Party: "IR", Status: cooperation.StatusProposed}) {
		fmt.Println("proposed with Iran:", in.Title)
	}
	for in := range d.Initiatives(relations.InitiativeFilter{Kind: cooperation.KindDomestic, Open: true}) {
		fmt.Println("domestic, open:", in.Title, in.Status())
	}
	n := 0
	for range d.InitiativesAt("karimov-imanipur") {
		n++
	}
	fmt.Println(n, "initiatives raised at karimov-imanipur")
	// Output:
	// imanipur proposed shusha-twinning inferred: true
	// karimov proposed cultural-centre inferred: false
	// proposed with Iran: Azerbaijan Cultural Centre in Tehran
	// proposed with Iran: Twinning of Shusha with an Iranian city
	// domestic, open: Restoration of Azerbaijan's liberated territories in_progress
	// 3 initiatives raised at karimov-imanipur
}

// An InitiativeFilter can also be applied to a single initiative.
func ExampleInitiativeFilter_Matches() {
	in := cooperation.Initiative{Kind: cooperation.KindExchangeProgramme, Parties: []orgs.StateID{"AZ", "IR"},
		History: []cooperation.StatusChange{{Status: cooperation.StatusDrafting}}}
	fmt.Println(relations.InitiativeFilter{Status: cooperation.StatusDrafting, Party: "IR"}.Matches(in))
	fmt.Println(relations.InitiativeFilter{Kind: cooperation.KindTwinning}.Matches(in))
	fmt.Println(relations.InitiativeFilter{}.Matches(in))
	// Output:
	// true
	// false
	// true
}

// IntensityOf sums the Goldstein scores of the events between two states
// in a year: here the visit (CAMEO 042, +1.9) and the meeting Iran hosted
// during it (043, +2.8).
func ExampleDataset_IntensityOf() {
	src := []amity.SourceID{"azernews"}
	d, err := relations.New(relations.Records{
		Sources: []amity.Source{{ID: "azernews", Publisher: "Azernews"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"}},
			{ID: "ismaili", Names: amity.Names{Name: "Mehdi Ismaili"}},
		},
		Visits: []events.Visit{{ID: "karimov-visit", Visitors: []orgs.OfficialID{"karimov"}, Guest: "AZ", Host: "IR",
			Start: amity.MustParseDate("2022-06-20"), Codes: []events.EventCode{{CAMEO: "042"}}, Sources: src}},
		Meetings: []events.Meeting{{ID: "karimov-ismaili", Date: amity.MustParseDate("2022-06-20"), Visit: "karimov-visit",
			Participants: []events.Participant{{Official: "karimov", State: "AZ"}, {Official: "ismaili", State: "IR"}},
			Codes:        []events.EventCode{{CAMEO: "043", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}}, Sources: src}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	in := d.IntensityOf("IR", "AZ", 2022)
	fmt.Printf("%s-%s %d: %d events, %+.1f\n", in.A, in.B, in.Year, in.Events, in.Goldstein)
	fmt.Println(d.IntensityOf("AZ", "IR", 2021).Events)
	for in := range d.Intensity() {
		fmt.Println(in.A, in.B, in.Year, in.Events)
	}
	// Output:
	// AZ-IR 2022: 2 events, +4.7
	// 0
	// AZ IR 2022 2
}

// Find looks entities up by any of their names, ignoring case, diacritics
// and spelling marks: the Azernews report's "Mehdi Ismaili" and other
// reports' "Mohammad Mehdi Esmaeili" are one official.
func ExampleDataset_Find() {
	d, err := relations.New(relations.Records{
		Sources: []amity.Source{{ID: "mehr", Publisher: "Mehr News Agency"}},
		States:  []orgs.State{{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}}, {ID: "IR", Names: amity.Names{Name: "Iran"}}},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov", LocalNames: map[string]string{"az": "Anar Kərimov"}}},
			{ID: "ismaili", Names: amity.Names{Name: "Mehdi Ismaili", Aliases: []string{"Mohammad Mehdi Esmaeili"}},
				FieldSources: amity.FieldSources{"aliases": {"mehr"}}},
			{ID: "imanipur", Names: amity.Names{Name: "Mehdi Imanipur", Aliases: []string{"Mehdi Imanipour"}}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range []string{"ESMAEILI", "Kərimov", "Mehdi", "Iran", "Esma"} {
		fmt.Print(q, ":")
		for m := range d.Find(q) {
			fmt.Print(" ", m.Kind, "/", m.ID)
		}
		fmt.Println()
	}
	// Output:
	// ESMAEILI: official/ismaili
	// Kərimov: official/karimov
	// Mehdi: official/imanipur official/ismaili
	// Iran: state/IR
	// Esma:
}

// A Dataset writes itself as JSON Lines: kind by kind, each in the order
// of IDs, the bytes [relations.WriteJSONL] writes for its records. It
// rebuilds one meeting at a time, where Records rebuilds them all: an
// archive of a million meetings is written in little more memory than
// the Dataset holds.
func ExampleDataset_WriteJSONL() {
	archive := `{"entity":"meeting","id":"karimov-ismaili","date":"2022-06-20","participants":[{"official":"karimov","state":"AZ"},{"official":"ismaili","state":"IR"}],"sources":["azernews-2022-06-22"],"field_sources":{"date":["mehr-2022-06-20"]}}
{"entity":"official","id":"karimov","name":"Anar Karimov"}
{"entity":"official","id":"ismaili","name":"Mehdi Ismaili"}
{"entity":"state","id":"IR","name":"Iran"}
{"entity":"state","id":"AZ","name":"Azerbaijan"}
{"entity":"source","id":"mehr-2022-06-20","publisher":"Mehr News Agency","published":"2022-06-20"}
{"entity":"source","id":"azernews-2022-06-22","publisher":"Azernews","published":"2022-06-22"}
`
	d, err := relations.ReadJSONL(strings.NewReader(archive), relations.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := d.WriteJSONL(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"entity":"source","id":"azernews-2022-06-22","publisher":"Azernews","published":"2022-06-22"}
	// {"entity":"source","id":"mehr-2022-06-20","publisher":"Mehr News Agency","published":"2022-06-20"}
	// {"entity":"state","id":"AZ","name":"Azerbaijan"}
	// {"entity":"state","id":"IR","name":"Iran"}
	// {"entity":"official","id":"ismaili","name":"Mehdi Ismaili"}
	// {"entity":"official","id":"karimov","name":"Anar Karimov"}
	// {"entity":"meeting","id":"karimov-ismaili","date":"2022-06-20","participants":[{"official":"karimov","state":"AZ"},{"official":"ismaili","state":"IR"}],"sources":["azernews-2022-06-22"],"field_sources":{"date":["mehr-2022-06-20"]}}
}

package popolo_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/popolo"
)

// popoloCounts is what a Popolo document holds, counted from its JSON as
// jq would, without Import, and what Import must make of it.
type popoloCounts struct {
	Persons           int
	Languages         map[string]int // person id -> the languages of its other names
	Organizations     map[string]int // by classification
	Memberships       int            // of persons
	OnBehalfOf        int            // memberships with an on_behalf_of_id
	OnBehalfOfNoParty int            // of them, those naming no party, nor the membership's organization
	PartyPosts        int            // distinct (person, party, start, end), the dates filled from the legislative period
	InParty           int            // memberships whose organization_id is a party
	AreaIDs           int            // memberships with an area_id
	Areas             int            // areas that are not countries
	Events            map[string]int // by classification
	Periods           int            // legislative periods whose dates a membership takes

	PeriodFilled   int // memberships that take a date of their legislative period
	PeriodRuledOut int // dates of a legislative period that the membership's own dates rule out
	PeriodUnneeded int // memberships in a legislative period that need none of its dates
}

// jsonObjects returns the objects of the list key of m.
func jsonObjects(m map[string]any, key string) []map[string]any {
	list, _ := m[key].([]any)
	var out []map[string]any
	for _, v := range list {
		if o, ok := v.(map[string]any); ok {
			out = append(out, o)
		}
	}
	return out
}

// jsonString returns the string member key of m, "" when there is none.
func jsonString(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

// jsonDate returns the date member key of m, zero when there is none.
func jsonDate(t *testing.T, m map[string]any, key string) amity.Date {
	s := jsonString(m, key)
	if s == "" {
		return amity.Date{}
	}
	d, err := amity.ParseDate(s)
	if err != nil {
		t.Fatalf("%s %q: %v", key, s, err)
	}
	return d
}

// countPopolo counts what the Popolo document data holds. A membership
// takes the start (end) of its legislative period when it gives none of
// its own and its own end (start) does not rule it out.
func countPopolo(t *testing.T, data []byte) popoloCounts {
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	c := popoloCounts{Languages: map[string]int{}, Organizations: map[string]int{}, Events: map[string]int{}}
	persons := map[string]bool{}
	for _, p := range jsonObjects(doc, "persons") {
		persons[jsonString(p, "id")] = true
		langs := map[string]bool{}
		for _, n := range jsonObjects(p, "other_names") {
			if l := jsonString(n, "lang"); l != "" {
				langs[l] = true
			}
		}
		c.Languages[jsonString(p, "id")] = len(langs)
		if len(jsonObjects(p, "memberships")) > 0 {
			t.Fatal("memberships embedded in persons: not counted")
		}
	}
	c.Persons = len(persons)
	parties := map[string]bool{}
	for _, o := range jsonObjects(doc, "organizations") {
		class := jsonString(o, "classification")
		c.Organizations[class]++
		if class == "party" || class == "political party" {
			parties[jsonString(o, "id")] = true
		}
	}
	for _, a := range jsonObjects(doc, "areas") {
		if class := jsonString(a, "type") + jsonString(a, "classification"); class != "country" {
			c.Areas++
		}
	}
	type period struct {
		start, end amity.Date
		used       bool
	}
	periods := map[string]*period{}
	for _, e := range jsonObjects(doc, "events") {
		c.Events[jsonString(e, "classification")]++
		if jsonString(e, "classification") == "legislative period" {
			periods[jsonString(e, "id")] = &period{start: jsonDate(t, e, "start_date"), end: jsonDate(t, e, "end_date")}
		}
	}
	partyPosts := map[[4]string]bool{}
	for _, m := range jsonObjects(doc, "memberships") {
		if !persons[jsonString(m, "person_id")] {
			continue
		}
		c.Memberships++
		if parties[jsonString(m, "organization_id")] {
			c.InParty++
		}
		if jsonString(m, "area_id") != "" {
			c.AreaIDs++
		}
		start, end := jsonDate(t, m, "start_date"), jsonDate(t, m, "end_date")
		if p, ok := periods[jsonString(m, "legislative_period_id")]; ok {
			took, ruledOut := false, 0
			if start.IsZero() && !p.start.IsZero() {
				if end.Before(p.start) {
					ruledOut++
				} else {
					start, took = p.start, true
				}
			}
			if end.IsZero() && !p.end.IsZero() {
				if p.end.Before(start) {
					ruledOut++
				} else {
					end, took = p.end, true
				}
			}
			switch {
			case took:
				c.PeriodFilled++
				p.used = true
			case ruledOut == 0:
				c.PeriodUnneeded++
			}
			c.PeriodRuledOut += ruledOut
		}
		if party := jsonString(m, "on_behalf_of_id"); party != "" {
			c.OnBehalfOf++
			switch {
			case party == jsonString(m, "organization_id"):
			case parties[party]:
				partyPosts[[4]string{jsonString(m, "person_id"), party, start.String(), end.String()}] = true
			default:
				c.OnBehalfOfNoParty++
			}
		}
	}
	c.PartyPosts = len(partyPosts)
	for _, p := range periods {
		if p.used {
			c.Periods++
		}
	}
	return c
}

// reportCounts counts the items of a report by list and by the last
// step of their path, indices left out: "unmapped area_id", "filled
// on_behalf_of_id", "unmapped events" for an event left out whole.
func reportCounts(rep popolo.Report) map[string]int {
	index := regexp.MustCompile(`\[[0-9]+\]$`)
	out := map[string]int{}
	for _, l := range []struct {
		name  string
		items []popolo.Item
	}{{"unmapped", rep.Unmapped}, {"filled", rep.Filled}, {"missing", rep.Missing}} {
		for _, it := range l.items {
			p := index.ReplaceAllString(it.Path.String(), "")
			out[l.name+" "+p[strings.LastIndexAny(p, ".]")+1:]]++
		}
	}
	return out
}

// TestEveryPolitician imports three real Popolo files of EveryPolitician
// (testdata/everypolitician), counts what each holds from its JSON, and
// checks the records and the report against the counts: every person an
// official; every organization a state, ministry, organization or group,
// each party a political party; a post for each membership and one in
// the party sat for, for each party and dates; and a line of the report
// for each area, area_id, legislative period and party. The records
// validate.
func TestEveryPolitician(t *testing.T) {
	for _, tt := range []struct {
		file                                            string
		persons, organizations, memberships, partyPosts int
		languages                                       int // the most languages a person is named in
	}{
		{"estonia-ep-popolo-v1.0.json", 193, 8, 299, 299, 84},
		{"kenya-ep-popolo-v1.0.json", 355, 23, 355, 355, 5},
		{"zimbabwe-senate-ep-popolo-v1.0.json", 67, 4, 68, 67, 0},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "everypolitician", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			c := countPopolo(t, data)
			organizations := 0
			for _, n := range c.Organizations {
				organizations += n
			}
			languages := 0
			for _, n := range c.Languages {
				languages = max(languages, n)
			}
			// The counts of the JSON, against those read by hand with jq.
			if got, want := [5]int{c.Persons, organizations, c.Memberships, c.PartyPosts, languages},
				[5]int{tt.persons, tt.organizations, tt.memberships, tt.partyPosts, tt.languages}; got != want {
				t.Errorf("the file holds %d persons, %d organizations, %d memberships, %d party posts and names in %d languages, want %v",
					got[0], got[1], got[2], got[3], got[4], want)
			}

			r, rep, err := popolo.ImportWith(bytes.NewReader(data), relations.ReadOptions{MaxProblems: 1 << 30})
			if err != nil {
				t.Fatal(err)
			}
			checkPositions(t, data, rep)
			if rep.Faults != 0 {
				t.Errorf("%d faults in a file that has none", rep.Faults)
			}
			if err := relations.Validate(&r); err != nil {
				t.Errorf("the imported records do not validate: %v", err)
			}
			if n := len(r.Officials); n != c.Persons {
				t.Errorf("%d officials, want the %d persons", n, c.Persons)
			}
			for _, o := range r.Officials {
				// Import keeps the IDs of persons, which are valid amity IDs.
				if n, ok := c.Languages[string(o.ID)]; !ok || len(o.LocalNames) != n {
					t.Errorf("official %s is named in %d languages, want the %d of person %s", o.ID, len(o.LocalNames), n, o.ID)
				}
			}
			if n := len(r.States) + len(r.Ministries) + len(r.Organizations) + len(r.Groups); n != organizations {
				t.Errorf("%d states, ministries, organizations and groups, want the %d organizations", n, organizations)
			}
			kinds := map[orgs.OrganizationKind]int{}
			isParty := map[orgs.OrganizationID]bool{}
			for _, o := range r.Organizations {
				kinds[o.Kind]++
				isParty[o.ID] = o.Kind == orgs.KindPoliticalParty
			}
			if n := c.Organizations["party"] + c.Organizations["political party"]; kinds[orgs.KindPoliticalParty] != n || n == 0 {
				t.Errorf("%d political parties, want the %d organizations classified party", kinds[orgs.KindPoliticalParty], n)
			}
			posts, partyPosts := 0, 0
			for _, o := range r.Officials {
				for _, p := range o.Posts {
					posts++
					if isParty[p.Organization] {
						partyPosts++
					}
				}
			}
			if want := c.Memberships + c.PartyPosts; posts != want {
				t.Errorf("%d posts, want %d: one for each of the %d memberships, and %d in parties", posts, want, c.Memberships, c.PartyPosts)
			}
			if want := c.InParty + c.PartyPosts; partyPosts != want {
				t.Errorf("%d posts in parties, want %d", partyPosts, want)
			}

			got := reportCounts(rep)
			notAmity := 0 // events that are no visit, meeting, signing or cultural event
			for class, n := range c.Events {
				if class != "visit" && class != "meeting" && !strings.Contains(class, ":") {
					notAmity += n
				}
			}
			want := map[string]int{
				"unmapped area_id":               c.AreaIDs,
				"unmapped areas":                 c.Areas,
				"filled on_behalf_of_id":         c.PartyPosts,
				"unmapped on_behalf_of_id":       c.OnBehalfOfNoParty,
				"filled legislative_period_id":   c.PeriodFilled,
				"unmapped legislative_period_id": c.PeriodRuledOut + c.PeriodUnneeded,
				"unmapped events":                notAmity,
				"filled classification":          0, // every classification of these files is one amity reads
			}
			gotSome := map[string]int{}
			for k := range want {
				gotSome[k] = got[k]
			}
			if diff := gocmp.Diff(want, gotSome); diff != "" {
				t.Errorf("report lines (-want +got):\n%s", diff)
			}
			if len(rep.Missing) > 0 || rep.Dropped > 0 {
				t.Errorf("the report lists %d missing values and drops %d items", len(rep.Missing), rep.Dropped)
			}
			t.Logf("%d persons, %d organizations %v, %d memberships (%d with on_behalf_of_id, %d with area_id), %d party posts, events %v; report: %v",
				c.Persons, organizations, c.Organizations, c.Memberships, c.OnBehalfOf, c.AreaIDs, c.PartyPosts, c.Events, want)
			periods := 0
			for _, it := range rep.Unmapped {
				if strings.HasPrefix(it.Detail, "amity has no legislative periods: the dates of this one were taken") {
					periods++
				}
			}
			if periods != c.Periods {
				t.Errorf("%d legislative periods reported as giving their dates, want %d", periods, c.Periods)
			}
		})
	}
}

package ftm_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/ftm"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// load reads a dataset of the schema's test data: example.json, the
// Azernews report of 2022-06-22 and the reports that complete it;
// all-fields.json, test values that set every field amity has.
func load(t *testing.T, name string) relations.Records {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "schema", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := relations.DecodeJSON(f, relations.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := relations.Validate(&r); err != nil {
		t.Fatal(err)
	}
	return r
}

func export(t *testing.T, r *relations.Records) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := ftm.Export(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestExportGolden writes the example as FollowTheMoney entities and
// compares them with the reviewed file.
func TestExportGolden(t *testing.T) {
	r := load(t, "example.json")
	got := export(t, &r)
	path := filepath.Join("testdata", "example.ftm.jsonl")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); run go test -update:\n%s", path, diff)
	}
}

// TestExportDeterministic checks that the order of the records does not
// change the bytes.
func TestExportDeterministic(t *testing.T) {
	r := load(t, "all-fields.json")
	want := export(t, &r)
	slices.Reverse(r.Sources)
	slices.Reverse(r.Organizations)
	slices.Reverse(r.Officials)
	slices.Reverse(r.Meetings)
	if got := export(t, &r); !bytes.Equal(want, got) {
		t.Error("the export depends on the order of the records")
	}
}

// entityProps are the properties of the schemas the export writes whose
// values are entity IDs.
var entityProps = []string{"member", "organization", "holder", "post", "organizer", "involved", "project", "participant", "subject", "object"}

// TestExportShape checks, without the model, what the model check checks
// with it: each line is one entity, IDs are unique and of the documented
// forms, every entity reference names an entity of the export, no value
// is empty, and every amity entity has its entity.
func TestExportShape(t *testing.T) {
	for _, name := range []string{"example.json", "all-fields.json"} {
		t.Run(name, func(t *testing.T) {
			r := load(t, name)
			b := export(t, &r)
			lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
			ids := map[string]string{}
			var all []ftm.Entity
			for i, line := range lines {
				var e ftm.Entity
				dec := json.NewDecoder(strings.NewReader(line))
				dec.DisallowUnknownFields()
				if err := dec.Decode(&e); err != nil {
					t.Fatalf("line %d: %v", i+1, err)
				}
				if _, dup := ids[e.ID]; dup {
					t.Errorf("line %d: ID %s twice", i+1, e.ID)
				}
				if !strings.HasPrefix(e.ID, "amity-") && !strings.HasPrefix(e.ID, "amity.") {
					t.Errorf("line %d: ID %s", i+1, e.ID)
				}
				ids[e.ID] = e.Schema
				all = append(all, e)
				for p, vs := range e.Properties {
					if len(vs) == 0 || slices.Contains(vs, "") {
						t.Errorf("%s: %s holds an empty value: %q", e.ID, p, vs)
					}
				}
			}
			for _, e := range all {
				for _, p := range entityProps {
					for _, ref := range e.Properties[p] {
						if _, ok := ids[ref]; !ok {
							t.Errorf("%s: %s names %s, which is not in the export", e.ID, p, ref)
						}
					}
				}
			}
			wantSchema := map[string]string{}
			for _, s := range r.States {
				wantSchema[ftm.ID(string(s.ID))] = "PublicBody"
			}
			for _, m := range r.Ministries {
				wantSchema[ftm.ID(string(m.ID))] = "PublicBody"
			}
			for _, o := range r.Organizations {
				wantSchema[ftm.ID(string(o.ID))] = "Organization"
			}
			for _, o := range r.Officials {
				wantSchema[ftm.ID(string(o.ID))] = "Person"
				for _, p := range o.Posts {
					wantSchema["amity.position."+string(p.ID)] = "Position"
					wantSchema["amity.occupancy."+string(p.ID)] = "Occupancy"
				}
			}
			for _, v := range r.Visits {
				wantSchema[ftm.ID(string(v.ID))] = "Event"
			}
			for _, m := range r.Meetings {
				wantSchema[ftm.ID(string(m.ID))] = "Event"
			}
			for _, in := range r.Initiatives {
				wantSchema[ftm.ID(string(in.ID))] = "Project"
			}
			for _, tie := range r.Ties {
				wantSchema[ftm.ID(string(tie.ID))] = "UnknownLink"
			}
			for id, schema := range wantSchema {
				if ids[id] != schema {
					t.Errorf("%s is a %q, want a %s", id, ids[id], schema)
				}
			}
		})
	}
}

// TestEntities checks single mappings of the example: the properties of
// an official, a ministry's membership of its state, a meeting, and the
// provenance of each.
func TestEntities(t *testing.T) {
	r := load(t, "example.json")
	byID := map[string]*ftm.Entity{}
	for _, e := range ftm.Entities(&r) {
		byID[e.ID] = e
	}
	tests := []struct {
		id     string
		schema string
		props  map[string][]string
	}{
		{"amity-mehdi-ismaili", "Person", map[string][]string{
			"name":      {"Mehdi Ismaili"},
			"alias":     {"Mohammed Mehdi Esmaili"},
			"position":  {"Minister of Culture and Islamic Guidance"},
			"country":   {"ir"},
			"sourceUrl": {"http://www.today.az/news/entertainment/222019.html", "https://en.trend.az/azerbaijan/3611629.html"},
			"publisher": {"Azernews", "Trend"},
		}},
		{"amity.part-of.az-ministry-of-culture", "Membership", map[string][]string{
			"member":       {"amity-az-ministry-of-culture"},
			"organization": {"amity-AZ"},
			"role":         {"ministry"},
			"sourceUrl":    {"http://www.today.az/news/entertainment/222019.html"},
			"publisher":    {"Azernews"},
		}},
		{"amity.occupancy.mehdi-imanipur.chairman", "Occupancy", map[string][]string{
			"holder":    {"amity-mehdi-imanipur"},
			"post":      {"amity.position.mehdi-imanipur.chairman"},
			"sourceUrl": {"http://www.today.az/news/entertainment/222019.html"},
			"publisher": {"Azernews"},
		}},
		{"amity.position.mehdi-imanipur.chairman", "Position", map[string][]string{
			"name":         {"Chairman, Islamic Culture and Relations Organization"},
			"organization": {"amity-icro"},
			"country":      {"ir"},
			"sourceUrl":    {"http://www.today.az/news/entertainment/222019.html"},
			"publisher":    {"Azernews"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			e, ok := byID[tt.id]
			if !ok {
				t.Fatal("not exported")
			}
			if diff := cmp.Diff(&ftm.Entity{ID: tt.id, Schema: tt.schema, Properties: tt.props}, e); diff != "" {
				t.Errorf("entity (-want +got):\n%s", diff)
			}
		})
	}
	meeting := byID["amity-karimov-ismaili-2022-06-20"]
	for prop, want := range map[string][]string{
		"organizer": {"amity-IR"},
		"involved":  {"amity-anar-karimov", "amity-mehdi-ismaili", "amity-AZ", "amity-IR"},
		"date":      {"2022-06-20"},
		"location":  {"Tehran, Iran"},
		"country":   {"ir", "az"},
	} {
		if diff := cmp.Diff(want, meeting.Properties[prop]); diff != "" {
			t.Errorf("meeting's %s (-want +got):\n%s", prop, diff)
		}
	}
	if notes := meeting.Properties["notes"]; len(notes) != 7 || notes[6] != `Anar Karimov said: "Taking advantage of friendly relations, we will develop cultural cooperation."` {
		t.Errorf("meeting's notes: %q", notes)
	}
}

// TestExportBroken checks that Export survives records that break
// amity's rules: references to nothing, a tie of one state, empty lists.
func TestExportBroken(t *testing.T) {
	r := relations.Records{
		Ministries:    []orgs.Ministry{{ID: "m"}},
		Organizations: []orgs.Organization{{ID: "o", ParentOrganization: "nowhere", Members: []orgs.Membership{{State: "ZZ"}, {State: "ZZ"}}}},
		Officials:     []orgs.Official{{ID: "p", Posts: []orgs.Post{{ID: "p.x", Organization: "nowhere"}}}},
		Visits:        []events.Visit{{ID: "v"}},
		Meetings:      []events.Meeting{{ID: "m2", Statements: []events.Statement{{}}}},
		Initiatives:   []relations.Initiative{{ID: "i", ProposedBy: []orgs.OfficialID{"nobody"}}},
		Ties:          []relations.Tie{{ID: "t", States: []orgs.StateID{"AZ"}}},
	}
	if got := len(ftm.Entities(&r)); got != 13 {
		t.Errorf("%d entities, want 13", got)
	}
}

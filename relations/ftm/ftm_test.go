package ftm_test

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/ftm"
)

// TestExport writes the story as FollowTheMoney entities, compares them
// with the reviewed file testdata/story.ftm.jsonl, and checks that the
// order of the records does not change the bytes.
func TestExport(t *testing.T) {
	formattest.CheckExport(t, ftm.Export, filepath.Join("testdata", "story.ftm.jsonl"))
}

// entityProps are the properties of the schemas the export writes whose
// values are entity IDs.
var entityProps = []string{"member", "organization", "holder", "post", "organizer", "involved", "project", "participant", "subject", "object", "agent", "client"}

// TestExportShape checks, without the model, what the model check checks
// with it: each line is one entity, IDs are unique and of the documented
// forms, every entity reference names an entity of the export, no value
// is empty, and every amity entity has its entity.
func TestExportShape(t *testing.T) {
	for _, d := range formattest.AllDatasets(t) {
		t.Run(d.Name, func(t *testing.T) {
			r := d.Records
			b := formattest.Write(t, ftm.Export, &r)
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
				if (e.Schema == "Person" || e.Schema == "Organization") && len(e.Properties["name"]) == 0 {
					t.Errorf("%s: a %s without a name", e.ID, e.Schema)
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
					wantSchema[ftm.DerivedID("position", string(p.ID))] = "Position"
					wantSchema[ftm.DerivedID("occupancy", string(p.ID))] = "Occupancy"
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
			for _, g := range r.Groups {
				wantSchema[ftm.ID(string(g.ID))] = "Organization"
			}
			for _, a := range r.Agreements {
				wantSchema[ftm.ID(string(a.ID))] = "Project"
			}
			for _, ev := range r.Events {
				wantSchema[ftm.ID(string(ev.ID))] = "Event"
			}
			for id, schema := range wantSchema {
				if ids[id] != schema {
					t.Errorf("%s is a %q, want a %s", id, ids[id], schema)
				}
			}
		})
	}
}

// TestEntities checks single mappings of the story: the properties of an
// official, an organization's membership of its parent ministry, a post
// as Position and Occupancy, an initiative's proposer, the meetings, and
// the provenance of each: the publisher of every source, the URL of those
// that have one (the Azernews article has none), and the sources cited
// for single fields.
func TestEntities(t *testing.T) {
	const (
		mehr     = "https://en.mehrnews.com/news/188223/Tehran-Baku-emphasize-deepening-cultural-artistic-relations"
		apa      = "https://apa.az/en/culture-policy/shusha-and-one-of-the-iranian-cities-be-twinned-iranian-minister-suggests-photo-378981"
		icroSite = "https://it.icro.ir/About-us"
	)
	r := formattest.Story(t)
	byID := map[string]*ftm.Entity{}
	var proposers []*ftm.Entity
	for _, e := range ftm.Entities(&r) {
		byID[e.ID] = e
		if e.Schema == "ProjectParticipant" && slices.Equal(e.Properties["project"], []string{ftm.ID(string(azernews.Twinning))}) &&
			slices.Equal(e.Properties["role"], []string{"proposer"}) {
			proposers = append(proposers, e)
		}
	}
	tests := []struct {
		id     string
		schema string
		props  map[string][]string
	}{
		{"amity-mehdi-ismaili", "Person", map[string][]string{
			"name":      {"Mehdi Ismaili"},
			"alias":     {"Mohammad Mehdi Esmaeili"},
			"position":  {"Minister of Culture and Islamic Guidance"},
			"country":   {"ir"},
			"sourceUrl": {mehr},
			"publisher": {"Azernews", "Mehr News Agency"},
		}},
		{ftm.DerivedID("part-of", "icro"), "Membership", map[string][]string{
			"member":       {"amity-icro"},
			"organization": {"amity-ir-ministry-of-culture-and-islamic-guidance"},
			"role":         {"part of"},
			"sourceUrl":    {icroSite},
			"publisher":    {"Azernews", "Islamic Culture and Relations Organization"},
		}},
		{ftm.DerivedID("occupancy", "mehdi-imanipur.chairman-icro"), "Occupancy", map[string][]string{
			"holder":    {"amity-mehdi-imanipur"},
			"post":      {ftm.DerivedID("position", "mehdi-imanipur.chairman-icro")},
			"publisher": {"Azernews"},
		}},
		{ftm.DerivedID("position", "mehdi-imanipur.chairman-icro"), "Position", map[string][]string{
			"name":         {"Chairman, Islamic Culture and Relations Organization"},
			"organization": {"amity-icro"},
			"country":      {"ir"},
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
	t.Run("proposer of the twinning", func(t *testing.T) {
		if len(proposers) != 1 {
			t.Fatalf("%d proposers, want 1", len(proposers))
		}
		want := map[string][]string{
			"project":     {"amity-shusha-twinning-iran"},
			"participant": {"amity-mehdi-imanipur"},
			"role":        {"proposer"},
			"sourceUrl":   {apa},
			"publisher":   {"Azernews", "APA"},
		}
		if diff := cmp.Diff(want, proposers[0].Properties); diff != "" {
			t.Errorf("properties (-want +got):\n%s", diff)
		}
	})
	meetings := []struct {
		id    string
		props map[string][]string
		note  string // the last line of notes
		notes int
	}{
		{"amity-karimov-ismaili-2022", map[string][]string{
			"organizer": {"amity-IR"},
			"involved":  {"amity-anar-karimov", "amity-mehdi-ismaili", "amity-AZ", "amity-IR"},
			"date":      {"2022-06-20"},
			"location":  {"Tehran, Iran"},
			"country":   {"ir", "az"},
		}, "Mehdi Ismaili stressed: the importance of holding film and music festivals, organizing cultural weeks, and exchange programs in the field of sculpture and painting", 7},
		{"amity-karimov-imanipur-2022", map[string][]string{
			"organizer": {"amity-IR"},
			"involved":  {"amity-anar-karimov", "amity-mehdi-imanipur", "amity-AZ", "amity-IR"},
			"date":      {"2022-06"},
			"location":  {"Iran"},
			"country":   {"ir", "az"},
		}, "Mehdi Imanipur (inferred) suggested: Azerbaijan's cultural capital, the city of Shusha, be twinned with one of the Iranian cities " +
			`"It was also suggested that Azerbaijan's cultural capital - the city of Shusha - be twinned with one of the Iranian cities."`, 5},
	}
	for _, m := range meetings {
		t.Run(m.id, func(t *testing.T) {
			e, ok := byID[m.id]
			if !ok {
				t.Fatal("not exported")
			}
			for prop, want := range m.props {
				if diff := cmp.Diff(want, e.Properties[prop]); diff != "" {
					t.Errorf("%s (-want +got):\n%s", prop, diff)
				}
			}
			notes := e.Properties["notes"]
			if len(notes) != m.notes || notes[len(notes)-1] != m.note {
				t.Errorf("notes: %q, want %d ending with %q", notes, m.notes, m.note)
			}
		})
	}
}

// TestExportBroken checks that Export survives records that break
// amity's rules: references to nothing, a tie of one state, empty lists,
// an official with neither name nor post, a group of no kind, a
// participant that names no one, an agreement with an empty party, and a
// signatory who signs for nothing; and that every Person, Organization
// and PublicBody still has a name.
func TestExportBroken(t *testing.T) {
	r := relations.Records{
		Ministries:    []orgs.Ministry{{ID: "m"}},
		Organizations: []orgs.Organization{{ID: "o", ParentOrganization: "nowhere", Members: []orgs.Membership{{State: "ZZ"}, {State: "ZZ"}}}},
		Officials:     []orgs.Official{{ID: "p", Posts: []orgs.Post{{ID: "p.x", Organization: "nowhere"}}}, {ID: "q"}},
		Groups:        []orgs.Group{{ID: "g", Leaders: []orgs.OfficialID{"nobody"}}},
		Visits:        []events.Visit{{ID: "v", Groups: []orgs.GroupID{"g"}}},
		Meetings: []events.Meeting{{ID: "m2", Statements: []events.Statement{{}, {BySource: true}},
			Participants: []events.Participant{{Group: "g", Role: events.RoleHost}, {Group: "nowhere"}, {}}}},
		Initiatives: []cooperation.Initiative{{ID: "i", ProposedBy: []orgs.OfficialID{"nobody"}}},
		Ties:        []cooperation.Tie{{ID: "t", States: []orgs.StateID{"AZ"}}},
		Agreements: []cooperation.Agreement{{ID: "a", Parties: []orgs.Body{{}}, Signatories: []cooperation.Signatory{{Official: "q"}},
			Parent: "nowhere"}},
		Events: []cooperation.CulturalEvent{{ID: "e", Organisers: []orgs.Body{{}}, Groups: []orgs.GroupID{"g"}}},
	}
	entities := ftm.Entities(&r)
	if got := len(entities); got != 20 {
		t.Errorf("%d entities, want 20", got)
	}
	for _, e := range entities {
		if (e.Schema == "Person" || e.Schema == "Organization" || e.Schema == "PublicBody") && len(e.Properties["name"]) == 0 {
			t.Errorf("%s: a %s without a name", e.ID, e.Schema)
		}
	}
}

// TestExportSigning writes the signing dataset of formattest, which holds
// groups, an agreement and a cultural event, and compares it with the
// reviewed file testdata/signing.ftm.jsonl; and checks single mappings:
// the official known only by post is a Person named by the post's title,
// the group that takes part in the meeting is involved in its Event, the
// agreement is a Project whose parties and signatories participate in
// it, and each signatory represents the ministry signed for.
func TestExportSigning(t *testing.T) {
	r := formattest.Signing(t)
	formattest.Golden(t, filepath.Join("testdata", "signing.ftm.jsonl"), formattest.Write(t, ftm.Export, &r))
	byID := map[string]*ftm.Entity{}
	for _, e := range ftm.Entities(&r) {
		byID[e.ID] = e
	}
	deputy := ftm.ID(string(formattest.SigningDeputy))
	agreement := ftm.ID(string(formattest.SigningAgreement))
	tests := []struct {
		id, schema, prop string
		want             []string
	}{
		{deputy, "Person", "name", []string{"Deputy Minister of Culture, Sports and Tourism"}},
		{ftm.ID(string(formattest.SigningAmbassador)), "Person", "title", []string{"H.E."}},
		{ftm.ID(string(formattest.SigningDelegation)), "Organization", "name", []string{"delegation (LA)"}},
		{ftm.ID(string(formattest.SigningDelegation)), "Organization", "classification", []string{"group", "delegation"}},
		{ftm.ID(string(formattest.SigningMeeting)), "Event", "involved", []string{
			ftm.ID(string(formattest.SigningDelegation)), ftm.ID(string(formattest.SigningAmbassador)), deputy, "amity-LA", "amity-VN",
			ftm.ID(string(formattest.SigningCommission))}},
		{agreement, "Project", "startDate", []string{"2024-03-12"}},
		{agreement, "Project", "endDate", []string{"2027-03-12"}},
		{ftm.ID(string(formattest.SigningEvent)), "Event", "organizer", []string{
			ftm.ID(string(formattest.SigningLaoCulture)), ftm.ID(string(formattest.SigningVNCulture))}},
	}
	for _, tt := range tests {
		e, ok := byID[tt.id]
		if !ok || e.Schema != tt.schema {
			t.Errorf("%s: %+v, want a %s", tt.id, e, tt.schema)
			continue
		}
		if diff := cmp.Diff(tt.want, e.Properties[tt.prop]); diff != "" {
			t.Errorf("%s: %s (-want +got):\n%s", tt.id, tt.prop, diff)
		}
	}
	roles := map[string][]string{} // participant -> roles in the agreement
	var represented []string
	for _, e := range byID {
		switch {
		case e.Schema == "ProjectParticipant" && slices.Equal(e.Properties["project"], []string{agreement}):
			p := e.Properties["participant"][0]
			roles[p] = append(roles[p], e.Properties["role"]...)
		case e.Schema == "Representation":
			represented = append(represented, e.Properties["agent"][0]+" for "+e.Properties["client"][0])
		}
	}
	wantRoles := map[string][]string{
		ftm.ID(string(formattest.SigningLaoCulture)): {"party"},
		ftm.ID(string(formattest.SigningVNCulture)):  {"party"},
		ftm.ID(string(formattest.SigningAmbassador)): {"signatory"},
		deputy: {"signatory"},
	}
	if diff := cmp.Diff(wantRoles, roles); diff != "" {
		t.Errorf("participants of the agreement (-want +got):\n%s", diff)
	}
	slices.Sort(represented)
	wantRepresented := []string{
		"amity-ada-example for amity-la-ministry-of-culture",
		"amity-vn-deputy-minister-culture for amity-vn-ministry-of-culture",
	}
	if diff := cmp.Diff(wantRepresented, represented); diff != "" {
		t.Errorf("representations (-want +got):\n%s", diff)
	}
}

// ftmIDRule is FollowTheMoney's rule of entity IDs.
var ftmIDRule = regexp.MustCompile(`^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$`)

// TestIDsSurviveFollowTheMoney checks every ID of the exports of both
// examples, of an archive and of IDs of every shape amity allows: each
// follows FollowTheMoney's rule, holds no "." (where FollowTheMoney puts
// a dataset's signature), is unique, and every reference to an entity
// names one that is there.
func TestIDsSurviveFollowTheMoney(t *testing.T) {
	// The story with IDs of every separator amity allows, and one that is
	// another's with its separators made hyphens.
	story := azernews.Records()
	var b strings.Builder
	if err := relations.WriteJSONL(&b, &story); err != nil {
		t.Fatal(err)
	}
	renamed := strings.NewReplacer(`"anar-karimov`, `"party_zanu:pf.x`, `"mehdi-ismaili`, `"party-zanu-pf-x`).Replace(b.String())
	odd, err := relations.DecodeJSONL(strings.NewReader(renamed), relations.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := relations.Validate(&odd); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		r    relations.Records
	}{
		{"azerbaijan-iran", azernews.Records()},
		{"laos-cambodia", kplnews.Records()},
		{"odd IDs", odd},
		{"archive", synth.Generate(synth.Config{Seed: 9, Meetings: 20000, States: 60, Ministries: 200, Organizations: 80, Officials: 3000})},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkIDs(t, ftm.Entities(&tt.r))
		})
	}
}

// checkIDs checks the IDs of the entities es: each follows
// FollowTheMoney's rule, holds no ".", and is unique; and every value of
// a property that refers to an entity (entityProps), and every other
// value that is an ID of the export's form, names an entity of es.
func checkIDs(t *testing.T, es []*ftm.Entity) {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range es {
		if !ftmIDRule.MatchString(e.ID) || strings.Contains(e.ID, ".") {
			t.Errorf("ID %q breaks FollowTheMoney's rule or holds a dot", e.ID)
		}
		if ids[e.ID] {
			t.Errorf("ID %q is given twice", e.ID)
		}
		ids[e.ID] = true
	}
	for _, e := range es {
		for prop, vs := range e.Properties {
			for _, v := range vs {
				ref := slices.Contains(entityProps, prop) || strings.HasPrefix(v, "amity-") && !strings.Contains(v, " ")
				if ref && !ids[v] {
					t.Errorf("%s.%s names %q, which is not there", e.ID, prop, v)
				}
			}
		}
	}
}

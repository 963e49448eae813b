package popolo_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/popolo"
)

// TestExport writes the story as Popolo and compares the output with the
// reviewed file testdata/story.popolo.json, and checks that the order of
// the records does not change the bytes.
func TestExport(t *testing.T) {
	formattest.CheckExport(t, popolo.Export, filepath.Join("testdata", "story.popolo.json"))
}

// eachSourceID calls f with a pointer to every source reference in v,
// whose fields it reaches by reflection: entities' sources, field
// sources, and the sources of posts, statements, memberships and status
// changes.
func eachSourceID(v reflect.Value, f func(*amity.SourceID)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			eachSourceID(v.Elem(), f)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[amity.Source]() {
			eachSourceID(v.FieldByName("Cites"), f)
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachSourceID(v.Field(i), f)
			}
		}
	case reflect.Slice:
		if v.Type().Elem() == reflect.TypeFor[amity.SourceID]() {
			for i := range v.Len() {
				f(v.Index(i).Addr().Interface().(*amity.SourceID))
			}
			return
		}
		for i := range v.Len() {
			eachSourceID(v.Index(i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			eachSourceID(v.MapIndex(k), f)
		}
	}
}

// sourceLists calls f with every list of sources in r that Popolo carries
// as links, and the field sources beside it, if any.
func sourceLists(r *relations.Records, f func(list *[]amity.SourceID, fs *amity.FieldSources)) {
	for i := range r.States {
		f(&r.States[i].Sources, &r.States[i].FieldSources)
	}
	for i := range r.Ministries {
		f(&r.Ministries[i].Sources, &r.Ministries[i].FieldSources)
	}
	for i := range r.Organizations {
		o := &r.Organizations[i]
		f(&o.Sources, &o.FieldSources)
		for k := range o.Members {
			f(&o.Members[k].Sources, nil)
		}
	}
	for i := range r.Officials {
		o := &r.Officials[i]
		f(&o.Sources, &o.FieldSources)
		for k := range o.Posts {
			f(&o.Posts[k].Sources, nil)
		}
	}
	for i := range r.Visits {
		f(&r.Visits[i].Sources, &r.Visits[i].FieldSources)
	}
	for i := range r.Meetings {
		m := &r.Meetings[i]
		f(&m.Sources, &m.FieldSources)
		for k := range m.Statements {
			f(&m.Statements[k].Sources, nil)
		}
	}
	for i := range r.Groups {
		f(&r.Groups[i].Sources, &r.Groups[i].FieldSources)
	}
	for i := range r.Agreements {
		f(&r.Agreements[i].Sources, &r.Agreements[i].FieldSources)
	}
	for i := range r.Events {
		e := &r.Events[i]
		f(&e.Sources, &e.FieldSources)
		for k := range e.History {
			f(&e.History[k].Sources, nil)
		}
	}
}

// forFields calls f with the field sources of every entity of r.
func forFields(r *relations.Records, f func(fs amity.FieldSources)) {
	sourceLists(r, func(_ *[]amity.SourceID, fs *amity.FieldSources) {
		if fs != nil {
			f(*fs)
		}
	})
}

// notCarried lists the facts of amity's records that Popolo cannot carry,
// each with the change that removes it from records, or turns it into
// what Import reads back, and whether the story (internal/azernews) holds
// it, that is, loses it on the way to Popolo: where it does not, only the
// every-field dataset holds it.
var notCarried = []struct {
	fact  string
	story bool
	drop  func(r *relations.Records)
}{
	{"initiatives (the story's ten: the exchange programme, the cultural centre, ...)", true,
		func(r *relations.Records) { r.Initiatives = nil }},
	{"ties (the story's diplomatic relations of 1992)", true,
		func(r *relations.Records) { r.Ties = nil }},
	{"event codes of visits and meetings (CAMEO, PLOVER), and the codebooks cited for them", true, func(r *relations.Records) {
		for i := range r.Visits {
			r.Visits[i].Codes = nil
			delete(r.Visits[i].FieldSources, "codes")
		}
		for i := range r.Meetings {
			r.Meetings[i].Codes = nil
			delete(r.Meetings[i].FieldSources, "codes")
		}
	}},
	{"topics of meetings and statements", true, func(r *relations.Records) {
		for i := range r.Meetings {
			r.Meetings[i].Topics = nil
			delete(r.Meetings[i].FieldSources, "topics")
			for k := range r.Meetings[i].Statements {
				r.Meetings[i].Statements[k].Topics = nil
			}
		}
	}},
	{"statements' reporting verbs (read back as said)", true, func(r *relations.Records) {
		for i := range r.Meetings {
			for k := range r.Meetings[i].Statements {
				r.Meetings[i].Statements[k].Verb = events.VerbSaid
			}
		}
	}},
	{"statements' speakers inferred from context (the story's twinning suggestion)", true, func(r *relations.Records) {
		for i := range r.Meetings {
			for k := range r.Meetings[i].Statements {
				r.Meetings[i].Statements[k].SpeakersInferred = false
			}
		}
	}},
	{"ministries' portfolios (read back as other)", true, func(r *relations.Records) {
		for i := range r.Ministries {
			r.Ministries[i].Portfolios = []orgs.Portfolio{orgs.PortfolioOther}
			delete(r.Ministries[i].FieldSources, "portfolios")
		}
	}},
	{"visits' occasions (the story's: the anniversary of diplomatic relations)", true, func(r *relations.Records) {
		for i := range r.Visits {
			r.Visits[i].Occasion = ""
			delete(r.Visits[i].FieldSources, "occasion")
		}
	}},
	{"groups taking part in meetings and visits, and what groups say (Popolo's attendees and speakers are persons)", false, func(r *relations.Records) {
		for i := range r.Visits {
			r.Visits[i].Groups = nil
			delete(r.Visits[i].FieldSources, "groups")
		}
		for i := range r.Meetings {
			m := &r.Meetings[i]
			m.Participants = slices.DeleteFunc(m.Participants, func(p events.Participant) bool { return p.Group != "" })
			m.Statements = slices.DeleteFunc(m.Statements, func(s events.Statement) bool { return s.Speakers == nil && s.Groups != nil })
			for k := range m.Statements {
				m.Statements[k].Groups = nil
			}
		}
	}},
	{"statements of the source's own, which no one speaks", false, func(r *relations.Records) {
		for i := range r.Meetings {
			r.Meetings[i].Statements = slices.DeleteFunc(r.Meetings[i].Statements, func(s events.Statement) bool { return s.BySource })
		}
	}},
	{"meetings' joint commissions and sessions", false, func(r *relations.Records) {
		for i := range r.Meetings {
			r.Meetings[i].Commission, r.Meetings[i].Session = "", 0
			delete(r.Meetings[i].FieldSources, "commission")
			delete(r.Meetings[i].FieldSources, "session")
		}
	}},
	{"notes, but those of visits, agreements and cultural events", false, func(r *relations.Records) {
		for i := range r.States {
			r.States[i].Note = ""
		}
		for i := range r.Ministries {
			r.Ministries[i].Note = ""
		}
		for i := range r.Organizations {
			r.Organizations[i].Note = ""
		}
		for i := range r.Officials {
			r.Officials[i].Note = ""
		}
		for i := range r.Groups {
			r.Groups[i].Note = ""
		}
		for i := range r.Meetings {
			r.Meetings[i].Note = ""
		}
		forFields(r, func(fs amity.FieldSources) { delete(fs, "note") })
		for i := range r.Visits {
			if f := r.Visits[i].FieldSources.For("note"); f != nil {
				r.Visits[i].FieldSources["note"] = f
			}
		}
	}},
	{"fields marked uncertain, and why", false, func(r *relations.Records) {
		for i := range r.States {
			r.States[i].Uncertain = nil
		}
		for i := range r.Ministries {
			r.Ministries[i].Uncertain = nil
		}
		for i := range r.Organizations {
			r.Organizations[i].Uncertain = nil
		}
		for i := range r.Officials {
			r.Officials[i].Uncertain = nil
		}
		for i := range r.Groups {
			r.Groups[i].Uncertain = nil
		}
		for i := range r.Visits {
			r.Visits[i].Uncertain = nil
		}
		for i := range r.Meetings {
			r.Meetings[i].Uncertain = nil
		}
		for i := range r.Agreements {
			r.Agreements[i].Uncertain = nil
		}
		for i := range r.Events {
			r.Events[i].Uncertain = nil
		}
		forFields(r, func(fs amity.FieldSources) { delete(fs, "uncertain") })
	}},
	{"diplomatic missions' host states", false, func(r *relations.Records) {
		for i := range r.Organizations {
			r.Organizations[i].HostState = ""
			delete(r.Organizations[i].FieldSources, "host_state")
		}
	}},
	{"groups' sizes", false, func(r *relations.Records) {
		for i := range r.Groups {
			r.Groups[i].Size = orgs.Size{}
			delete(r.Groups[i].FieldSources, "size")
		}
	}},
	{"agreements no one is recorded to have signed (Popolo has an agreement as the event of its signing, which its signatories attend)", false,
		func(r *relations.Records) {
			r.Agreements = slices.DeleteFunc(r.Agreements, func(a cooperation.Agreement) bool { return len(a.Signatories) == 0 })
		}},
	{"parties to an agreement that no signatory signs for, and the order of the parties (read back in the order of the signatories)", false,
		func(r *relations.Records) {
			for i := range r.Agreements {
				a := &r.Agreements[i]
				var parties []orgs.Body
				for _, s := range a.Signatories {
					if !slices.Contains(parties, s.For) {
						parties = append(parties, s.For)
					}
				}
				a.Parties = parties
			}
		}},
	{"agreements' short titles, entry into force, terms, renewals, expiry, termination, parents, topics, provisions, ties and publications", false,
		func(r *relations.Records) {
			for i := range r.Agreements {
				a := &r.Agreements[i]
				a.ShortTitle, a.InForceOnSignature, a.EntryIntoForce, a.Duration, a.Renewal = "", false, amity.Date{}, cooperation.Duration{}, ""
				a.Expires, a.Terminated, a.Parent, a.Relation, a.Topics = amity.Date{}, amity.Date{}, "", "", nil
				a.Provisions, a.Tie, a.Publications = nil, "", nil
				for _, f := range []string{"short_title", "in_force_on_signature", "entry_into_force", "duration", "renewal", "expires",
					"terminated", "parent", "relation", "topics", "provisions", "tie", "publications"} {
					delete(a.FieldSources, f)
				}
			}
		}},
	{"cultural events' editions, states, hosts, groups, recurrence, lengths, topics, agreements, initiatives and meetings", false,
		func(r *relations.Records) {
			for i := range r.Events {
				e := &r.Events[i]
				e.Edition, e.States, e.Host, e.Groups, e.Recurs, e.Length = 0, nil, "", nil, "", cooperation.Duration{}
				e.Topics, e.Agreement, e.Initiative, e.Meeting = nil, "", "", ""
				for _, f := range []string{"edition", "states", "host", "groups", "recurs", "length", "topics", "agreement", "initiative", "meeting"} {
					delete(e.FieldSources, f)
				}
			}
		}},
	{"cultural events' organisers but the first (Popolo's event has one organization)", false, func(r *relations.Records) {
		for i := range r.Events {
			if len(r.Events[i].Organisers) > 1 {
				r.Events[i].Organisers = r.Events[i].Organisers[:1]
			}
		}
	}},
	{"states' capitals", false, func(r *relations.Records) {
		for i := range r.States {
			r.States[i].Capital = ""
			delete(r.States[i].FieldSources, "capital")
		}
	}},
	{"places' subdivisions, Wikidata items and notes (the story's: that no report names the city of the second meeting)", true, func(r *relations.Records) {
		strip := func(p *orgs.Place) { p.Subdivision, p.Wikidata, p.Note = "", "", "" }
		for i := range r.Visits {
			for k := range r.Visits[i].Places {
				strip(&r.Visits[i].Places[k])
			}
		}
		for i := range r.Meetings {
			strip(&r.Meetings[i].Place)
		}
	}},
	{"sources' titles, authors, dates, languages, citations and notes", true, func(r *relations.Records) {
		for i, s := range r.Sources {
			r.Sources[i] = amity.Source{ID: s.ID, Publisher: s.Publisher, URL: s.URL}
		}
	}},
	{"which field a source is cited for (field sources join the entity's sources)", true, func(r *relations.Records) {
		sourceLists(r, func(list *[]amity.SourceID, fs *amity.FieldSources) {
			if fs == nil || *fs == nil {
				return
			}
			for _, f := range fs.Fields() {
				for _, id := range fs.For(f) {
					if !slices.Contains(*list, id) {
						*list = append(*list, id)
					}
				}
			}
			*fs = nil
		})
	}},
	{"sources without a URL, and the citations of them (the story's Azernews article and the ministry it cites)", true, func(r *relations.Records) {
		noURL := map[amity.SourceID]bool{}
		r.Sources = slices.DeleteFunc(r.Sources, func(s amity.Source) bool {
			noURL[s.ID] = s.URL == ""
			return s.URL == ""
		})
		sourceLists(r, func(list *[]amity.SourceID, _ *amity.FieldSources) {
			*list = slices.DeleteFunc(*list, func(id amity.SourceID) bool { return noURL[id] })
			if len(*list) == 0 {
				*list = nil
			}
		})
	}},
	{"the history of cultural events but the latest status (read back with the event's sources), and the dates planned for an event held", false,
		func(r *relations.Records) {
			for i := range r.Events {
				e := &r.Events[i]
				if len(e.History) == 0 {
					continue
				}
				e.History = []cooperation.EventChange{{Status: e.Status(), Sources: slices.Clone(e.Sources)}}
				if e.Status() == cooperation.EventHeld {
					e.Planned = cooperation.Span{}
				}
			}
		}},
}

// carried returns what of r Popolo carries, as Import reads it back:
// every fact of notCarried removed; sources named by their URL (see
// popolo.SourceID), the sources no fact cites left out, since Popolo has
// sources only as links; lists in order of ID, posts and memberships too,
// and statements' sources as given.
func carried(r relations.Records) relations.Records {
	r = clone(r)
	for _, nc := range notCarried {
		nc.drop(&r)
	}
	rename := map[amity.SourceID]amity.SourceID{}
	for i, s := range r.Sources {
		rename[s.ID] = popolo.SourceID(s.URL)
		r.Sources[i].ID = rename[s.ID]
	}
	cited := map[amity.SourceID]bool{}
	eachSourceID(reflect.ValueOf(&r), func(id *amity.SourceID) {
		*id = rename[*id]
		cited[*id] = true
	})
	r.Sources = slices.DeleteFunc(r.Sources, func(s amity.Source) bool { return !cited[s.ID] })
	slices.SortFunc(r.Sources, func(a, b amity.Source) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.States, func(a, b orgs.State) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Ministries, func(a, b orgs.Ministry) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Organizations, func(a, b orgs.Organization) int { return cmp.Compare(a.ID, b.ID) })
	for i := range r.Organizations {
		slices.SortStableFunc(r.Organizations[i].Members, func(a, b orgs.Membership) int {
			return cmp.Or(cmp.Compare(a.State, b.State), a.Since.Compare(b.Since))
		})
	}
	slices.SortFunc(r.Officials, func(a, b orgs.Official) int { return cmp.Compare(a.ID, b.ID) })
	for i := range r.Officials {
		slices.SortStableFunc(r.Officials[i].Posts, func(a, b orgs.Post) int { return cmp.Compare(postOrg(a), postOrg(b)) })
	}
	slices.SortFunc(r.Groups, func(a, b orgs.Group) int { return cmp.Compare(a.ID, b.ID) })
	for i := range r.Groups {
		slices.Sort(r.Groups[i].Leaders)
		slices.Sort(r.Groups[i].Members)
	}
	slices.SortFunc(r.Visits, func(a, b events.Visit) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Meetings, func(a, b events.Meeting) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Agreements, func(a, b cooperation.Agreement) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Events, func(a, b cooperation.CulturalEvent) int { return cmp.Compare(a.ID, b.ID) })
	return r
}

// postOrg orders posts as the export orders their memberships: by the
// organization, then the post.
func postOrg(p orgs.Post) string {
	org := string(p.State) + string(p.Ministry) + string(p.Organization)
	return org + "\x00" + string(p.ID)
}

// clone returns a deep copy of r, through its JSON.
func clone(r relations.Records) relations.Records {
	b, err := jsoncodec.Marshal(r)
	if err != nil {
		panic(err)
	}
	var out relations.Records
	if err := jsoncodec.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

// TestNotCarriedTableIsLive checks that every fact the round trip says
// Popolo cannot carry is in the test data, the every-field dataset or the
// signing dataset, so that the table is not stale, and that the table
// says rightly which of them the story holds.
func TestNotCarriedTableIsLive(t *testing.T) {
	holds := func(r relations.Records, drop func(*relations.Records)) bool {
		c := clone(r)
		drop(&c)
		return !gocmp.Equal(clone(r), c, cmpopts.EquateEmpty())
	}
	story, all, signing := formattest.Story(t), formattest.AllFields(t), formattest.Signing(t)
	for _, nc := range notCarried {
		t.Run(nc.fact, func(t *testing.T) {
			if got := holds(story, nc.drop); got != nc.story {
				t.Errorf("the story holds this fact: %t, the table says %t", got, nc.story)
			}
			if !holds(all, nc.drop) && !holds(signing, nc.drop) {
				t.Errorf("neither %s nor the signing dataset holds this fact", formattest.AllFieldsFile)
			}
		})
	}
}

// TestRoundTrip exports records to Popolo, imports them back, and
// compares with go-cmp: every fact Popolo can carry comes back, and the
// report lists only what Import had to fill in.
func TestRoundTrip(t *testing.T) {
	for _, d := range formattest.AllDatasets(t) {
		t.Run(d.Name, func(t *testing.T) {
			b := formattest.Write(t, popolo.Export, &d.Records)
			got, rep, err := popolo.Import(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			want := carried(d.Records)
			if diff := gocmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			if err := relations.Validate(&got); err != nil {
				t.Errorf("the imported records do not validate: %v", err)
			}
			if len(rep.Unmapped) > 0 || len(rep.Missing) > 0 {
				t.Errorf("the import of an export reports:\n%s", rep)
			}
			statements := 0
			for _, m := range want.Meetings {
				statements += len(m.Statements)
			}
			wantFilled := map[string]int{
				"source ID":        len(want.Sources),
				"ministry":         len(want.Ministries),
				"statement's verb": statements,
			}
			gotFilled := map[string]int{}
			for _, it := range rep.Filled {
				switch {
				case strings.HasPrefix(it.Detail, "source ID "):
					gotFilled["source ID"]++
				case strings.HasPrefix(it.Detail, "a ministry's portfolio"):
					gotFilled["ministry"]++
				case strings.HasPrefix(it.Detail, "a statement's verb"):
					gotFilled["statement's verb"]++
				default:
					t.Errorf("filled: %s", it)
				}
			}
			if diff := gocmp.Diff(wantFilled, gotFilled); diff != "" {
				t.Errorf("filled in (-want +got):\n%s", diff)
			}
		})
	}
}

// TestImportForeign imports a document in the layout of EveryPolitician,
// with what amity has no place for, and compares the records and the
// report with reviewed files.
func TestImportForeign(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "everypolitician.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, rep, err := popolo.Import(f)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := jsoncodec.MarshalEncode(jsoncodec.NewEncoder(&b, "  "), r); err != nil {
		t.Fatal(err)
	}
	formattest.Golden(t, filepath.Join("testdata", "everypolitician.records.json"), b.Bytes())
	formattest.Golden(t, filepath.Join("testdata", "everypolitician.report.txt"), []byte(rep.String()))
}

// TestImportReport checks what the report says of single faults, by list
// and path.
func TestImportReport(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		unmapped []string
		filled   []string
		missing  []string
	}{
		{"empty lists", `{"persons": []}`, nil, nil, nil},
		{"unknown list", `{"motions": [{"id": "m1"}]}`, []string{"motions"}, nil, nil},
		{"person with a birth date and a bad ID", `{"persons": [{"id": "person/1", "name": "A", "birth_date": "1960"}]}`,
			[]string{"persons[0].birth_date"}, []string{"persons[0].id"}, nil},
		{"person's name not a string", `{"persons": [{"id": "p", "name": 5}]}`, []string{"persons[0].name"}, nil, nil},
		{"two persons with one id", `{"persons": [{"id": "p", "name": "A"}, {"id": "p", "name": "B"}]}`, []string{"persons[1]"}, nil, nil},
		{"state without a code", `{"organizations": [{"id": "x", "name": "X", "classification": "state"}]}`, []string{"organizations[0]"}, nil, nil},
		{"unknown classification", `{"organizations": [{"id": "caucus", "name": "C", "classification": "caucus"}]}`, nil, []string{"organizations[0].classification"}, nil},
		{"parties", `{"organizations": [{"id": "p", "name": "P", "classification": "party"}, {"id": "q", "name": "Q", "classification": "political party"}]}`,
			nil, nil, nil},
		{"membership on behalf of no organization, in no legislative period", `{"persons": [{"id": "p", "name": "A"}], ` +
			`"organizations": [{"id": "l", "name": "L", "classification": "legislature"}], ` +
			`"memberships": [{"person_id": "p", "organization_id": "l", "role": "member", "on_behalf_of_id": "x", "legislative_period_id": "t"}]}`,
			[]string{"memberships[0].legislative_period_id", "memberships[0].on_behalf_of_id"}, []string{"memberships[0]"}, nil},
		{"membership on behalf of what is not a party", `{"persons": [{"id": "p", "name": "A"}], ` +
			`"organizations": [{"id": "l", "name": "L", "classification": "legislature"}, {"id": "AZ", "classification": "state"}], ` +
			`"memberships": [{"person_id": "p", "organization_id": "l", "role": "member", "on_behalf_of_id": "l2"}, {"person_id": "p", "organization_id": "l", "role": "member", "on_behalf_of_id": "AZ"}]}`,
			[]string{"memberships[0].on_behalf_of_id", "memberships[1].on_behalf_of_id"}, []string{"memberships[0]", "memberships[1]"}, nil},
		{"membership on behalf of a party, in a legislative period", `{"persons": [{"id": "p", "name": "A"}], ` +
			`"organizations": [{"id": "l", "name": "L", "classification": "legislature"}, {"id": "P", "name": "P", "classification": "party"}], ` +
			`"memberships": [{"person_id": "p", "organization_id": "l", "role": "member", "on_behalf_of_id": "P", "legislative_period_id": "t", "end_date": "2019"}], ` +
			`"events": [{"id": "t", "classification": "legislative period", "start_date": "2015", "end_date": "2019"}]}`,
			[]string{"events[0]"}, []string{"memberships[0]", "memberships[0].legislative_period_id", "memberships[0].on_behalf_of_id"}, nil},
		{"membership that ended before its legislative period began", `{"persons": [{"id": "p", "name": "A"}], ` +
			`"organizations": [{"id": "l", "name": "L", "classification": "legislature"}], ` +
			`"memberships": [{"person_id": "p", "organization_id": "l", "role": "member", "legislative_period_id": "t", "end_date": "2015-03-27"}], ` +
			`"events": [{"id": "t", "classification": "legislative period", "start_date": "2015-03-30"}]}`,
			[]string{"memberships[0].legislative_period_id", "events[0]"}, []string{"memberships[0]"}, nil},
		{"ministry without a state", `{"organizations": [{"id": "m", "name": "M", "classification": "ministry"}]}`, nil,
			[]string{"organizations[0].classification"}, []string{"organizations[0]"}},
		{"area that is not a country", `{"areas": [{"id": "ocd-division/x", "name": "X", "type": "constituency"}]}`, []string{"areas[0]"}, nil, nil},
		{"event that is an election", `{"events": [{"id": "e", "classification": "general election", "start_date": "2016"}]}`, []string{"events[0]"}, nil, nil},
		{"meeting with a time of day, without sources", `{"events": [{"id": "e", "classification": "meeting", "start_date": "2022-06-20T10:00Z"}]}`,
			[]string{"events[0].start_date"}, nil, []string{"events[0]"}},
		{"meeting without a date", `{"events": [{"id": "e", "classification": "meeting", "sources": [{"url": "https://a.example/", "note": "A"}]}]}`,
			nil, []string{"events[0].sources[0]"}, []string{"events[0]"}},
		{"source without a note", `{"persons": [{"id": "p", "name": "A", "sources": [{"url": "https://a.example/x"}]}]}`, nil,
			[]string{"persons[0].sources[0]", "persons[0].sources[0]"}, nil},
		{"source that is not a URL", `{"persons": [{"id": "p", "name": "A", "sources": [{"url": "a.example/x"}]}]}`, []string{"persons[0].sources[0].url"}, nil, nil},
		{"membership of no one", `{"memberships": [{"person_id": "nobody", "organization_id": "o"}]}`, []string{"memberships[0]"}, nil, nil},
		{"post no one holds", `{"posts": [{"id": "p", "label": "Chair"}]}`, []string{"posts[0]"}, nil, nil},
		{"speech at no meeting", `{"speeches": [{"event_id": "e", "text": "Hello."}]}`, []string{"speeches[0]"}, nil, nil},
		{"group of an unknown kind, without sources, with a chair", `{"organizations": [{"id": "g", "classification": "group:band"}], ` +
			`"persons": [{"id": "p", "name": "A"}], "memberships": [{"person_id": "p", "organization_id": "g", "role": "chair"}]}`,
			[]string{"memberships[0].role"}, []string{"organizations[0].classification"}, []string{"organizations[0]"}},
		{"signing of an agreement whose signatory signs for nothing", `{"persons": [{"id": "p", "name": "A"}], "events": [{"id": "a", ` +
			`"classification": "agreement:memorandum_of_understanding", "name": "M", "attendees": [{"id": "p", "memberships": [{"role": "signatory"}]}]}]}`,
			nil, nil, []string{"events[0].attendees[0]", "events[0]", "events[0]"}},
		{"signing of an agreement with an end, an organizer and a witness", `{"persons": [{"id": "p", "name": "A"}], ` +
			`"organizations": [{"id": "AZ", "classification": "state"}], "events": [{"id": "a", "classification": "agreement:protocol", "name": "P", ` +
			`"start_date": "2022", "end_date": "2023", "organization_id": "AZ", ` +
			`"attendees": [{"id": "p", "memberships": [{"role": "witness", "on_behalf_of_id": "AZ"}]}]}]}`,
			[]string{"events[0].end_date", "events[0].organization_id", "events[0].attendees[0].memberships[0].role"}, nil, []string{"events[0]"}},
		{"cultural event without a status, with attendees", `{"persons": [{"id": "p", "name": "A"}], "events": [{"id": "c", ` +
			`"classification": "cultural_event:festival", "name": "F", "attendees": [{"id": "p"}]}]}`,
			[]string{"events[0].attendees[0]"}, nil, []string{"events[0]", "events[0]"}},
		{"cultural event of an unknown kind and status", `{"events": [{"id": "c", "classification": "cultural_event:parade", "name": "F", "status": "tentative"}]}`,
			[]string{"events[0].status"}, []string{"events[0].classification"}, []string{"events[0]", "events[0]"}},
	}
	paths := func(items []popolo.Item) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.Path.String())
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, rep, err := popolo.Import(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkPositions(t, []byte(tt.in), rep)
			for _, c := range []struct {
				list      string
				want, got []string
			}{
				{"unmapped", tt.unmapped, paths(rep.Unmapped)},
				{"filled", tt.filled, paths(rep.Filled)},
				{"missing", tt.missing, paths(rep.Missing)},
			} {
				if diff := gocmp.Diff(c.want, c.got, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("%s (-want +got):\n%s\nreport:\n%s", c.list, diff, rep)
				}
			}
		})
	}
}

// TestImportErrors checks the inputs that are not a Popolo document at
// all.
func TestImportErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		kind amity.ErrorKind
	}{
		{"not JSON", `{"persons": [`, amity.KindSyntax},
		{"a list", `[]`, amity.KindSyntax},
		{"duplicate key", `{"persons": [], "persons": []}`, amity.KindSyntax},
		{"invalid UTF-8", "{\"persons\": [{\"id\": \"p\", \"name\": \"\xff\"}]}", amity.KindSyntax},
		{"trailing data", `{"persons": []} {}`, amity.KindSyntax},
		{"an empty object", `{}`, amity.KindSyntax},
		{"an amity document", `{"schema": "amity/v2", "states": []}`, amity.KindSyntax},
		{"nested too deep", `{"persons": [` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `]}`, amity.KindTooLarge},
		{"too large", `{"x": "` + strings.Repeat("a", popolo.MaxImportBytes) + `"}`, amity.KindTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := popolo.Import(strings.NewReader(tt.in))
			errs := amity.Errors(err)
			if len(errs) != 1 || errs[0].Kind != tt.kind {
				t.Fatalf("error %v, want one of kind %s", err, tt.kind)
			}
			if !errors.Is(err, tt.kind.Class()) {
				t.Errorf("errors.Is(err, %v) is false", tt.kind.Class())
			}
		})
	}
}

// broken returns records that break amity's rules in ways an exporter
// must survive: references to nothing, empty lists, zero dates, a group
// of no kind, participants that name no one, an agreement signed for
// nothing, an empty organiser.
func broken() relations.Records {
	return relations.Records{
		Organizations: []orgs.Organization{{ID: "o", ParentMinistry: "nowhere", Members: []orgs.Membership{{State: "ZZ"}}}},
		Officials:     []orgs.Official{{ID: "p", Posts: []orgs.Post{{ID: "p.x"}}}, {ID: "q"}},
		Groups:        []orgs.Group{{ID: "g", Leaders: []orgs.OfficialID{"nobody"}}},
		Visits:        []events.Visit{{ID: "v", Visitors: []orgs.OfficialID{"nobody"}, Groups: []orgs.GroupID{"g"}}},
		Meetings: []events.Meeting{{ID: "m", Participants: []events.Participant{{Official: "nobody"}, {Group: "g"}, {}},
			Statements: []events.Statement{{}, {Speakers: []orgs.OfficialID{"a", "b", "c"}}, {Groups: []orgs.GroupID{"g"}}, {BySource: true}},
			Sources:    []amity.SourceID{"none"}}},
		Initiatives: []cooperation.Initiative{{ID: "i"}},
		Ties:        []cooperation.Tie{{ID: "t", States: []orgs.StateID{"AZ"}}},
		Agreements:  []cooperation.Agreement{{ID: "a", Signatories: []cooperation.Signatory{{Official: "q"}, {Official: "nobody"}}}},
		Events:      []cooperation.CulturalEvent{{ID: "e", Organisers: []orgs.Body{{}}}},
	}
}

// TestExportBroken checks that Export writes records that break amity's
// rules without failing, and that Import reads the result back.
func TestExportBroken(t *testing.T) {
	r := broken()
	b := formattest.Write(t, popolo.Export, &r)
	if _, _, err := popolo.Import(bytes.NewReader(b)); err != nil {
		t.Errorf("Import of the export: %v", err)
	}
}

// FuzzImport checks that Import never panics, and that whatever it reads
// Export writes, and Import reads again.
func FuzzImport(f *testing.F) {
	for _, seed := range []string{
		`{"persons": [{"id": "p", "name": "A", "other_names": [{"name": "B"}, {"name": "C", "lang": "az", "note": "multilingual"}], "sources": [{"url": "https://a.example/", "note": "A"}]}]}`,
		`{"organizations": [{"id": "AZ", "name": "S", "classification": "state"}, {"id": "m", "name": "M", "classification": "ministry", "parent_id": "AZ"}], "areas": [{"id": "AZ", "classification": "country"}]}`,
		`{"posts": [{"id": "x", "label": "Chair", "role": "head", "organization_id": "m"}], "memberships": [{"person_id": "p", "post_id": "x", "start_date": "2020"}, {"member": {"@type": "Organization", "id": "AZ"}, "organization_id": "o"}]}`,
		`{"events": [{"id": "v", "classification": "visit", "start_date": "2022-06", "organization_id": "IR", "attendees": [{"id": "p", "memberships": [{"organization_id": "AZ"}]}]}, {"id": "e", "classification": "meeting", "parent_id": "v", "location": "Hall, Tehran, IR; IR"}]}`,
		`{"speeches": [{"event_id": "e", "creator_id": "p", "title": "T", "position": 1}, {"event_id": "e", "attribution_text": "A and B", "text": "Q"}]}`,
		`{"persons": [{"id": "", "memberships": [{"member": {"@type": "Organization", "id": 5}}]}], "events": [{"classification": "meeting", "attendees": [null, {}]}]}`,
		`{"organizations": [{"id": "g", "name": "delegation", "classification": "group:delegation", "parent_id": "g"}], "persons": [{"id": "p", "name": "A", "memberships": [{"organization_id": "g", "role": "leader"}]}], ` +
			`"events": [{"id": "a", "classification": "agreement:programme", "parent_id": "c", "attendees": [{"id": "p", "memberships": [{"on_behalf_of_id": "g"}, {}]}]}, ` +
			`{"id": "c", "classification": "cultural_event:fair", "status": "held", "organization_id": "g", "start_date": "2024"}]}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, _, err := popolo.Import(bytes.NewReader(data))
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := popolo.Export(&b, &r); err != nil {
			t.Fatalf("Export of what Import read: %v", err)
		}
		if _, _, err := popolo.Import(&b); err != nil {
			t.Fatalf("Import of the export: %v", err)
		}
	})
}

// TestExportSigning writes the signing dataset of formattest and compares
// it with the reviewed file testdata/signing.popolo.json; and checks
// single objects: the official known only by post is a person named by
// the post's title, and attends the meeting under that name; a group is
// an organization classified by its kind, whose leader is a member with
// the role leader; each signatory attends the signing with a membership
// on behalf of the party signed for; the cultural event has its status;
// and what groups say, and the source's own assessment, are no speeches.
func TestExportSigning(t *testing.T) {
	r := formattest.Signing(t)
	b := formattest.Write(t, popolo.Export, &r)
	formattest.Golden(t, filepath.Join("testdata", "signing.popolo.json"), b)
	type membership struct {
		Role           string `json:"role"`
		PersonID       string `json:"person_id"`
		OrganizationID string `json:"organization_id"`
		OnBehalfOfID   string `json:"on_behalf_of_id"`
	}
	var doc struct {
		Persons []struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"persons"`
		Organizations []struct {
			ID             string `json:"id"`
			Name           string `json:"name"`
			Classification string `json:"classification"`
			ParentID       string `json:"parent_id"`
			AreaID         string `json:"area_id"`
		} `json:"organizations"`
		Memberships []membership `json:"memberships"`
		Events      []struct {
			ID             string `json:"id"`
			Classification string `json:"classification"`
			Status         string `json:"status"`
			ParentID       string `json:"parent_id"`
			Attendees      []struct {
				ID          string       `json:"id"`
				Name        string       `json:"name"`
				Memberships []membership `json:"memberships"`
			} `json:"attendees"`
		} `json:"events"`
		Speeches []struct {
			CreatorID string `json:"creator_id"`
		} `json:"speeches"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, p := range doc.Persons {
		names[p.ID] = p.Name
		if p.Name == "" {
			t.Errorf("person %s has no name", p.ID)
		}
	}
	if got := names[string(formattest.SigningDeputy)]; got != "Deputy Minister of Culture, Sports and Tourism" {
		t.Errorf("the deputy minister is named %q", got)
	}
	for _, o := range doc.Organizations {
		if o.ID == string(formattest.SigningDelegation) {
			want := "delegation (LA) group:delegation la-ministry-of-culture LA"
			if got := strings.Join([]string{o.Name, o.Classification, o.ParentID, o.AreaID}, " "); got != want {
				t.Errorf("the delegation: %s, want %s", got, want)
			}
		}
	}
	if !slices.ContainsFunc(doc.Memberships, func(m membership) bool {
		return m.Role == "leader" && m.PersonID == string(formattest.SigningAmbassador) && m.OrganizationID == string(formattest.SigningDelegation)
	}) {
		t.Error("the ambassador is not the leader of the delegation")
	}
	signed := map[string]string{}
	for _, e := range doc.Events {
		for _, a := range e.Attendees {
			if a.Name == "" {
				t.Errorf("%s: attendee %s has no name", e.ID, a.ID)
			}
			if e.ID == string(formattest.SigningAgreement) {
				signed[a.ID] = a.Memberships[0].Role + " on behalf of " + a.Memberships[0].OnBehalfOfID
			}
		}
		switch e.ID {
		case string(formattest.SigningAgreement):
			if e.Classification != "agreement:programme" || e.ParentID != string(formattest.SigningMeeting) {
				t.Errorf("the signing: %+v", e)
			}
		case string(formattest.SigningParent):
			t.Error("the agreement no one is recorded to have signed is written")
		case string(formattest.SigningEvent):
			if e.Classification != "cultural_event:cultural_week" || e.Status != "held" {
				t.Errorf("the cultural event: %+v", e)
			}
		}
	}
	wantSigned := map[string]string{
		string(formattest.SigningAmbassador): "signatory on behalf of " + string(formattest.SigningLaoCulture),
		string(formattest.SigningDeputy):     "signatory on behalf of " + string(formattest.SigningVNCulture),
	}
	if diff := gocmp.Diff(wantSigned, signed); diff != "" {
		t.Errorf("signatories (-want +got):\n%s", diff)
	}
	if len(doc.Speeches) != 1 || doc.Speeches[0].CreatorID != string(formattest.SigningDeputy) {
		t.Errorf("speeches %+v, want the deputy minister's alone", doc.Speeches)
	}
}

// TestImportLimits checks that ImportWith lists at most MaxProblems items
// and counts the rest, and that its limits of size are those it is given.
func TestImportLimits(t *testing.T) {
	in := `{"persons": [{"id": "a", "name": "A", "birth_date": "1"}, {"id": "b", "name": "B", "birth_date": "2"}, {"id": "c", "name": "C", "birth_date": "3"}, {"id": "d", "name": "D", "birth_date": "4"}]}`
	_, rep, err := popolo.ImportWith(strings.NewReader(in), relations.ReadOptions{MaxProblems: 2})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(rep.Unmapped) + len(rep.Filled) + len(rep.Missing); n != 2 || rep.Dropped != 2 {
		t.Errorf("listed %d items and dropped %d, want 2 and 2:\n%s", n, rep.Dropped, rep)
	}
	if !strings.HasSuffix(rep.String(), "and 2 more items, not listed\n") {
		t.Errorf("the report does not count what it leaves out:\n%s", rep)
	}
	for _, tt := range []struct {
		name string
		opts relations.ReadOptions
	}{
		{"document size", relations.ReadOptions{MaxDocumentBytes: 20}},
		{"string size", relations.ReadOptions{MaxStringBytes: 1}},
		{"depth", relations.ReadOptions{MaxDepth: 2}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := popolo.ImportWith(strings.NewReader(in), tt.opts)
			if fes := amity.Errors(err); len(fes) != 1 || fes[0].Kind != amity.KindTooLarge || fes[0].Line != 1 {
				t.Errorf("error %v, want one problem of kind too large on line 1", err)
			}
		})
	}
}

// TestImportParties checks what Import makes of the party a member of a
// legislature sits for and of the legislative period of a membership:
// one post in the party for each party and dates, citing every
// membership that gives it; the period's dates where the membership has
// none of its own; no second post for a membership of the party itself;
// and that a party exported is classified "party" and read back as one.
func TestImportParties(t *testing.T) {
	in := `{
  "persons": [{"id": "p", "name": "A"}, {"id": "q", "name": "B"}],
  "organizations": [
    {"id": "l", "name": "L", "classification": "legislature"},
    {"id": "P", "name": "P", "classification": "party"},
    {"id": "Q", "name": "Q", "classification": "political party"}
  ],
  "memberships": [
    {"person_id": "p", "organization_id": "l", "role": "member", "on_behalf_of_id": "P", "legislative_period_id": "t1", "sources": [{"url": "https://a.example/1", "note": "A"}]},
    {"person_id": "p", "organization_id": "l", "role": "member", "on_behalf_of_id": "P", "legislative_period_id": "t1", "sources": [{"url": "https://a.example/2", "note": "A"}]},
    {"person_id": "p", "organization_id": "l", "role": "member", "on_behalf_of_id": "P", "legislative_period_id": "t2"},
    {"person_id": "p", "organization_id": "l", "role": "member", "on_behalf_of_id": "Q", "legislative_period_id": "t2", "start_date": "2020-06-01"},
    {"person_id": "q", "organization_id": "P", "role": "member", "on_behalf_of_id": "P", "start_date": "2019"}
  ],
  "events": [
    {"id": "t1", "classification": "legislative period", "start_date": "2015-03-30", "end_date": "2019-03-03"},
    {"id": "t2", "classification": "legislative period", "start_date": "2019-04-04"}
  ]
}`
	r, rep, err := popolo.Import(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if err := relations.Validate(&r); err != nil {
		t.Fatalf("the records do not validate: %v\nreport:\n%s", err, rep)
	}
	for _, o := range r.Organizations {
		if want := map[orgs.OrganizationID]orgs.OrganizationKind{"l": orgs.KindLegislature, "P": orgs.KindPoliticalParty, "Q": orgs.KindPoliticalParty}[o.ID]; o.Kind != want {
			t.Errorf("organization %s is of kind %s, want %s", o.ID, o.Kind, want)
		}
	}
	type post struct {
		Org, Start, End string
		Sources         []amity.SourceID
	}
	posts := func(r relations.Records) map[orgs.OfficialID][]post {
		out := map[orgs.OfficialID][]post{}
		ids := map[orgs.PostID]bool{}
		for _, o := range r.Officials {
			for _, p := range o.Posts {
				if ids[p.ID] {
					t.Errorf("post ID %s is given twice", p.ID)
				}
				ids[p.ID] = true
				if p.Title != "member" {
					t.Errorf("post %s is titled %q, want member", p.ID, p.Title)
				}
				out[o.ID] = append(out[o.ID], post{string(p.Organization), p.Start.String(), p.End.String(), p.Sources})
			}
			slices.SortFunc(out[o.ID], func(a, b post) int { return cmp.Compare(a.Org+a.Start+a.End, b.Org+b.Start+b.End) })
		}
		return out
	}
	one, two := []amity.SourceID{"a.example-1"}, []amity.SourceID{"a.example-2"}
	want := map[orgs.OfficialID][]post{
		"p": {
			{"P", "2015-03-30", "2019-03-03", []amity.SourceID{"a.example-1", "a.example-2"}},
			{"P", "2019-04-04", "", nil},
			{"Q", "2020-06-01", "", nil},
			{"l", "2015-03-30", "2019-03-03", one},
			{"l", "2015-03-30", "2019-03-03", two},
			{"l", "2019-04-04", "", nil},
			{"l", "2020-06-01", "", nil},
		},
		"q": {{"P", "2019", "", nil}},
	}
	if diff := gocmp.Diff(want, posts(r), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("posts (-want +got):\n%s\nreport:\n%s", diff, rep)
	}
	again, _, err := popolo.Import(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(r, again); diff != "" {
		t.Errorf("a second import differs (-first +second):\n%s", diff)
	}

	var b bytes.Buffer
	if err := popolo.Export(&b, &r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Organizations []struct {
			ID             string `json:"id"`
			Classification string `json:"classification"`
		} `json:"organizations"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, o := range doc.Organizations {
		if want := map[string]string{"l": "legislature", "P": "party", "Q": "party"}[o.ID]; o.Classification != want {
			t.Errorf("organization %s is classified %q, want %q", o.ID, o.Classification, want)
		}
	}
	back, rep, err := popolo.Import(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(r.Organizations, back.Organizations, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("organizations read back (-want +got):\n%s", diff)
	}
	if diff := gocmp.Diff(posts(r), posts(back), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("posts read back (-want +got):\n%s", diff)
	}
	if len(rep.Unmapped) > 0 || len(rep.Missing) > 0 {
		t.Errorf("the import of the export reports:\n%s", rep)
	}
}

// TestPartyRoundTrip checks that a political party is exported
// classified "party", as EveryPolitician classifies one, and read back
// as a political party, with nothing filled in.
func TestPartyRoundTrip(t *testing.T) {
	r := relations.Records{Organizations: []orgs.Organization{{ID: "sde", Kind: orgs.KindPoliticalParty, Names: amity.Names{Name: "SDE"}}}}
	var b bytes.Buffer
	if err := popolo.Export(&b, &r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"classification": "party"`) {
		t.Errorf("the party is not classified party:\n%s", b.String())
	}
	got, rep, err := popolo.Import(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(r, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if !rep.Empty() {
		t.Errorf("the import of the export reports:\n%s", rep)
	}
}

package relations_test

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// subjects are what the calls of callAll ask a dataset about.
type subjects struct {
	a, b           orgs.StateID
	official, peer orgs.OfficialID
	ministry       orgs.MinistryID
	organization   orgs.OrganizationID
	post           orgs.PostID
	source         amity.SourceID
	meeting        events.MeetingID
	statement      events.StatementID
	visit          events.Visit
	initiative     cooperation.InitiativeID
	tie            cooperation.TieID
	on             amity.Date
	name           string
	// The agreement, group, cultural event and signatory asked about,
	// and two states with an agreement in force between them on inForce.
	agreement cooperation.AgreementID
	group     orgs.GroupID
	event     cooperation.CulturalEventID
	signer    orgs.OfficialID
	pa, pb    orgs.StateID
	inForce   amity.Date
}

// storyRecords are the records of the example story, with the
// agreements of agreementRecords beside them.
func storyRecords() relations.Records {
	r, more := azernews.Records(), agreementRecords()
	r.Sources = append(r.Sources, more.Sources...)
	r.States = append(r.States, more.States...)
	r.Ministries = append(r.Ministries, more.Ministries...)
	r.Officials = append(r.Officials, more.Officials...)
	r.Groups = append(r.Groups, more.Groups...)
	r.Agreements = append(r.Agreements, more.Agreements...)
	r.Events = append(r.Events, more.Events...)
	return r
}

// storySubjects are subjects of the example story, of which every
// method of a Dataset has something to say.
func storySubjects() subjects {
	var visit events.Visit
	for _, v := range azernews.Records().Visits {
		if v.ID == azernews.Visit {
			visit = v
		}
	}
	return subjects{
		a: azernews.AZ, b: azernews.IR, official: azernews.Karimov, peer: azernews.Ismaili,
		ministry: azernews.CultureAZ, organization: azernews.UNESCO, post: azernews.KarimovPost,
		source: azernews.Azernews, meeting: azernews.MeetingIsmaili, statement: azernews.KarimovCentre,
		visit: visit, initiative: azernews.CulturalCentre, tie: azernews.DiplomaticTie,
		on: amity.MustParseDate("2022-06-20"), name: "Esmaeili",
		agreement: "programme-2011", group: "kh-delegation", event: "la-kh-festival", signer: "kh-minister",
		pa: "LA", pb: "KH", inForce: amity.MustParseDate("2011-06-01"),
	}
}

// recordSubjects are subjects taken from r: the first of each kind, and
// the states and officials of the first meeting with a statement.
func recordSubjects(r *relations.Records) subjects {
	var s subjects
	first := func(n int, set func(i int)) {
		if n > 0 {
			set(0)
		}
	}
	first(len(r.Ministries), func(i int) { s.ministry = r.Ministries[i].ID })
	first(len(r.Organizations), func(i int) { s.organization = r.Organizations[i].ID })
	first(len(r.Sources), func(i int) { s.source = r.Sources[i].ID })
	first(len(r.Visits), func(i int) { s.visit = r.Visits[i] })
	first(len(r.Initiatives), func(i int) { s.initiative = r.Initiatives[i].ID })
	first(len(r.Ties), func(i int) { s.tie = r.Ties[i].ID })
	first(len(r.Groups), func(i int) { s.group = r.Groups[i].ID })
	first(len(r.Events), func(i int) { s.event = r.Events[i].ID })
	first(len(r.Agreements), func(i int) {
		a := r.Agreements[i]
		s.agreement, s.inForce = a.ID, a.InForce()
		if len(a.Signatories) > 0 {
			s.signer = a.Signatories[0].Official
		}
		for _, p := range a.Parties {
			switch {
			case p.State != "" && s.pa == "":
				s.pa = p.State
			case p.State != "":
				s.pb = p.State
			}
		}
	})
	i := slices.IndexFunc(r.Meetings, func(m events.Meeting) bool { return len(m.Statements) > 0 })
	if i < 0 {
		return s
	}
	m := r.Meetings[i]
	s.meeting, s.statement, s.on = m.ID, m.Statements[0].ID, m.Date
	s.a, s.official, s.post = m.Participants[0].State, m.Participants[0].Official, m.Participants[0].Post
	for _, p := range m.Participants[1:] {
		if p.State != s.a {
			s.b, s.peer = p.State, p.Official
		}
	}
	for _, o := range r.Officials {
		if o.ID == s.official {
			s.name = o.Name
		}
	}
	return s
}

// methodCalls gives, for each exported method of *Dataset by name, the
// arguments of each call callAll makes.
var methodCalls = map[string]func(s subjects) [][]any{
	"Agreement":      func(s subjects) [][]any { return [][]any{{s.agreement}, {cooperation.AgreementID("")}} },
	"AgreementChain": func(s subjects) [][]any { return [][]any{{s.agreement}} },
	"AgreementsEnding": func(s subjects) [][]any {
		return [][]any{{relations.Period{}}, {relations.Period{From: s.inForce}}}
	},
	"AgreementsInForce": func(s subjects) [][]any { return [][]any{{s.pa, s.pb, s.inForce}, {s.a, s.a, s.on}} },
	"Anniversary":       func(s subjects) [][]any { return [][]any{{s.a, s.b, s.on.Year()}, {s.b, s.a, 1}} },
	"CulturalEvent":     func(s subjects) [][]any { return [][]any{{s.event}} },
	"CulturalEvents": func(s subjects) [][]any {
		return [][]any{{relations.EventFilter{}}, {relations.EventFilter{State: s.pa}}}
	},
	"Group":           func(s subjects) [][]any { return [][]any{{s.group}} },
	"Implementations": func(s subjects) [][]any { return [][]any{{cooperation.AgreementID("mou")}, {s.agreement}} },
	"SignedBy":        func(s subjects) [][]any { return [][]any{{s.signer}} },
	"Count": func(s subjects) [][]any {
		var calls [][]any
		for _, k := range append(relations.Kinds(), "nothing") {
			calls = append(calls, []any{k})
		}
		return calls
	},
	"Encounters": none,
	"Find":       func(s subjects) [][]any { return [][]any{{s.name}, {""}} },
	"Initiative": func(s subjects) [][]any { return [][]any{{s.initiative}, {cooperation.InitiativeID("")}} },
	"Initiatives": func(s subjects) [][]any {
		return [][]any{{relations.InitiativeFilter{}}, {relations.InitiativeFilter{Party: s.a}}}
	},
	"InitiativesAt": func(s subjects) [][]any { return [][]any{{s.meeting}} },
	"Intensity":     none,
	"IntensityOf":   func(s subjects) [][]any { return [][]any{{s.a, s.b, s.on.Year()}, {s.a, s.a, 0}} },
	"KindOf": func(s subjects) [][]any {
		return [][]any{{string(s.official)}, {string(s.statement)}, {string(s.post)}, {""}}
	},
	"Meeting":  func(s subjects) [][]any { return [][]any{{s.meeting}} },
	"Entities": none,
	"Meetings": none,
	"MeetingsBetween": func(s subjects) [][]any {
		return [][]any{{s.a, s.b, relations.Period{}}, {s.b, s.a, relations.Period{From: s.on, To: s.on}}}
	},
	"MeetingsOf":   func(s subjects) [][]any { return [][]any{{s.official}} },
	"Met":          func(s subjects) [][]any { return [][]any{{s.official, s.peer}} },
	"Ministry":     func(s subjects) [][]any { return [][]any{{s.ministry}} },
	"Official":     func(s subjects) [][]any { return [][]any{{s.official}} },
	"OfficialsOf":  func(s subjects) [][]any { return [][]any{{s.a, amity.Date{}}, {s.b, s.on}} },
	"Organization": func(s subjects) [][]any { return [][]any{{s.organization}} },
	"Post":         func(s subjects) [][]any { return [][]any{{s.post}} },
	"Proposals":    none,
	"Records":      none,
	"RecordsOf": func(subjects) [][]any {
		return [][]any{{}, {relations.KindOfficial}, {relations.KindMeeting, relations.KindState}}
	},
	"SharedMemberships": func(s subjects) [][]any { return [][]any{{s.a, s.b, amity.Date{}}, {s.a, s.a, s.on}} },
	"Source":            func(s subjects) [][]any { return [][]any{{s.source}} },
	"State":             func(s subjects) [][]any { return [][]any{{s.a}} },
	"Statement":         func(s subjects) [][]any { return [][]any{{s.statement}} },
	"Tie":               func(s subjects) [][]any { return [][]any{{s.tie}} },
	"Timeline":          func(s subjects) [][]any { return [][]any{{s.a, s.b}} },
	"Visit":             func(s subjects) [][]any { return [][]any{{s.visit.ID}} },
	"VisitOccasion":     func(s subjects) [][]any { return [][]any{{s.visit}} },
	"WriteJSON":         func(subjects) [][]any { return [][]any{{new(bytes.Buffer)}} },
	"WriteJSONL":        func(subjects) [][]any { return [][]any{{new(bytes.Buffer)}} },
}

// none is the calls of a method without arguments: one.
func none(subjects) [][]any { return [][]any{{}} }

// callAll calls every exported method of *Dataset on d, by reflection,
// with the arguments of methodCalls, and returns what each call gave,
// by method name: the results of each call in a list, each iterator
// collected into a slice, and what was written to a *bytes.Buffer
// argument after them. A method missing from methodCalls fails t.
func callAll(t testing.TB, d *relations.Dataset, s subjects) map[string][][]any {
	t.Helper()
	typ := reflect.TypeFor[*relations.Dataset]()
	got := make(map[string][][]any, typ.NumMethod())
	for m := range typ.Methods() {
		calls, ok := methodCalls[m.Name]
		if !ok {
			t.Fatalf("method %s has no arguments in methodCalls: add its calls there", m.Name)
		}
		for _, args := range calls(s) {
			in := []reflect.Value{reflect.ValueOf(d)}
			for _, a := range args {
				in = append(in, reflect.ValueOf(a))
			}
			var results []any
			for _, out := range m.Func.Call(in) {
				results = append(results, collect(out))
			}
			for _, a := range args {
				if b, ok := a.(*bytes.Buffer); ok {
					// What a writer wrote is its answer.
					results = append(results, b.String())
				}
			}
			got[m.Name] = append(got[m.Name], results)
		}
	}
	if len(got) != len(methodCalls) {
		t.Fatalf("methodCalls has %d methods, *Dataset %d: remove those it no longer has", len(methodCalls), len(got))
	}
	return got
}

// collect returns what v holds: for an iterator (iter.Seq[T] or
// iter.Seq2[K, V]), a []T of the values it yields, or a slice of pairs;
// v's value otherwise. It is slices.Collect for a type known only at run
// time.
func collect(v reflect.Value) any {
	t := v.Type()
	if t.Kind() != reflect.Func || t.NumIn() != 1 || t.NumOut() != 0 || t.In(0).Kind() != reflect.Func {
		return v.Interface()
	}
	yield := t.In(0)
	var out reflect.Value
	switch yield.NumIn() {
	case 1:
		out = reflect.MakeSlice(reflect.SliceOf(yield.In(0)), 0, 0)
	case 2:
		out = reflect.ValueOf([][2]any{})
	default:
		panic(fmt.Sprintf("collect: %v is not an iterator", t))
	}
	v.Call([]reflect.Value{reflect.MakeFunc(yield, func(args []reflect.Value) []reflect.Value {
		if len(args) == 1 {
			out = reflect.Append(out, args[0])
		} else {
			out = reflect.Append(out, reflect.ValueOf([2]any{args[0].Interface(), args[1].Interface()}))
		}
		return []reflect.Value{reflect.ValueOf(true)}
	})})
	return out.Interface()
}

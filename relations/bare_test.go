package relations

import (
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/meetingstore"
	"github.com/amitydata/amity/orgs"
)

// TestBareMeetingsAcrossEntities checks that the checks across entities
// lose nothing when they read a meeting bare (see meetingSource): what
// acrossEntities keeps of a meeting that sets every field is the same
// whether the meeting is whole or rebuilt bare from the store. A rule
// across entities that reads a field keeps it in acrossEntities; if the
// field is prose, or held in a tail of the store, this test fails.
func TestBareMeetingsAcrossEntities(t *testing.T) {
	st := events.Statement{ID: "m1-s1", Speakers: []orgs.OfficialID{"karimov", "ismaili"}, SpeakersInferred: true,
		Verb: events.VerbStressed, Summary: "Stressed the ties.", Quote: "A quote of words.", Topics: []events.Topic{events.TopicMusic},
		Sources: []amity.SourceID{"azernews"}, Groups: []orgs.GroupID{"az-delegation"}, BySource: true}
	m := events.Meeting{ID: "m1", Title: "Karimov meets Ismaili", Date: amity.MustParseDate("2022-06-20"),
		Place: orgs.Place{City: "Tehran", Country: "IR", Venue: "Ministry"}, Host: "IR",
		Participants: []events.Participant{{Official: "karimov", State: "AZ", Post: "karimov-minister", Group: "az-delegation", Role: events.RoleHeadOfDelegation},
			{Official: "ismaili", State: "IR"}},
		Topics: []events.Topic{events.TopicCinema}, Statements: []events.Statement{st, {ID: "other", Speakers: []orgs.OfficialID{"ismaili"}, Verb: events.VerbSaid}},
		Visit: "v", Codes: []events.EventCode{{CAMEO: "042", PLOVER: events.PLOVERConsult, Mode: events.PLOVERModeVisit}},
		Summary: "A summary of " + strings.Repeat("many words ", 20), Sources: []amity.SourceID{"azernews"},
		FieldSources: amity.FieldSources{"date": {"mehr"}, "place": {"mehr", "apa"}},
		Commission:   "joint-commission", Session: 3, Note: "A note.",
		Uncertain: amity.Uncertainty{"date": {Basis: amity.BasisInferred, Reason: "The year of the article."}},
	}
	for _, v := range []any{m, m.Participants[0], st} {
		rv := reflect.ValueOf(v)
		for f := range rv.Type().Fields() {
			if f.IsExported() && rv.FieldByIndex(f.Index).IsZero() {
				t.Errorf("%T.%s is not set: set it", v, f.Name)
			}
		}
	}

	e := meetingstore.NewEncoder(0)
	enc := meetingstore.Join([]*meetingstore.Encoder{e}, []meetingstore.Span{e.Encode(&m)})
	var (
		a    meetingstore.Arena
		bare events.Meeting
	)
	encodedMeetings{enc}.meeting(0, &a, &bare)
	if bare.Title != "" || bare.Uncertain != nil {
		t.Errorf("the meeting read is not bare: title %q, uncertain %v", bare.Title, bare.Uncertain)
	}
	want, _ := acrossEntities(&m, nil)
	got, _ := acrossEntities(&bare, nil)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("acrossEntities of the bare meeting (-of the whole +of the bare):\n%s", diff)
	}
}

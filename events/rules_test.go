package events_test

import (
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
)

// TestMeetingGroupRules has a failing case for each rule of groups taking
// part, roles and commission sessions in a meeting.
func TestMeetingGroupRules(t *testing.T) {
	withGroup := func(m *events.Meeting) {
		m.Participants = append(m.Participants, events.Participant{Group: "az-delegation", State: "AZ", Role: events.RoleGuest})
	}
	amitytest.CheckRules(t, validMeeting, []amitytest.Rule[events.Meeting]{
		{Name: "a group takes part", Change: withGroup},
		{Name: "a group speaks", Change: func(m *events.Meeting) {
			withGroup(m)
			m.Statements = append(m.Statements, events.Statement{Groups: []orgs.GroupID{"az-delegation"}, Verb: events.VerbExpressed, Summary: "Willing."})
		}},
		{Name: "a participant that is official and group", Change: func(m *events.Meeting) { m.Participants[0].Group = "az-delegation" },
			Want: []amitytest.Problem{{Path: "participants[0].official", Kind: amity.KindConflict}, {Path: "participants[0].post", Kind: amity.KindConflict}}},
		{Name: "a participant that is neither", Change: func(m *events.Meeting) {
			m.Participants[0].Official, m.Participants[0].Post, m.Statements = "", "", nil
		},
			Want: []amitytest.Problem{{Path: "participants[0].official", Kind: amity.KindRequired}}},
		{Name: "a group twice", Change: func(m *events.Meeting) { withGroup(m); withGroup(m) },
			Want: []amitytest.Problem{{Path: "participants[3].group", Kind: amity.KindDuplicate}}},
		{Name: "a speaking group that does not take part", Change: func(m *events.Meeting) {
			m.Statements = append(m.Statements, events.Statement{Groups: []orgs.GroupID{"az-delegation"}, Verb: events.VerbExpressed, Summary: "Willing."})
		}, Want: []amitytest.Problem{{Path: "statements[2].groups[0]", Kind: amity.KindConflict}}},
		{Name: "a role unknown", Change: func(m *events.Meeting) { m.Participants[0].Role = "speaker" },
			Want: []amitytest.Problem{{Path: "participants[0].role", Kind: amity.KindInvalid}}},
		{Name: "a session of a commission", Change: func(m *events.Meeting) { m.Commission, m.Session = "az-ir-commission", 5 }},
		{Name: "a session without a commission", Change: func(m *events.Meeting) { m.Session = 5 },
			Want: []amitytest.Problem{{Path: "session", Kind: amity.KindConflict}}},
		{Name: "a negative session", Change: func(m *events.Meeting) { m.Commission, m.Session = "az-ir-commission", -1 },
			Want: []amitytest.Problem{{Path: "session", Kind: amity.KindOutOfRange}}},
		{Name: "a statement of the source's own", Change: func(m *events.Meeting) {
			m.Statements = append(m.Statements, events.Statement{BySource: true, Verb: events.VerbNoted, Summary: "A warm atmosphere."})
		}},
		{Name: "a statement of no one", Change: func(m *events.Meeting) { m.Statements[0].Speakers = nil },
			Want: []amitytest.Problem{{Path: "statements[0].speakers", Kind: amity.KindRequired}}},
	})
}

package orgs_test

import (
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
)

func validGroup() orgs.Group {
	return orgs.Group{
		ID: "la-delegation", Kind: orgs.GroupDelegation, State: "LA", Ministry: "la-culture",
		Size: orgs.Size{Min: 3, Max: 5}, Leaders: []orgs.OfficialID{"mounkeo"}, Members: []orgs.OfficialID{"a", "b"},
		Sources: []amity.SourceID{"kpl"},
	}
}

// TestGroupValidate has a failing case for each rule of a group.
func TestGroupValidate(t *testing.T) {
	amitytest.CheckRules(t, validGroup, []amitytest.Rule[orgs.Group]{
		{Name: "valid", Change: func(*orgs.Group) {}},
		{Name: "unnamed", Change: func(g *orgs.Group) { g.Name = "" }},
		{Name: "kind missing", Change: func(g *orgs.Group) { g.Kind = "" }, Want: []amitytest.Problem{{Path: "kind", Kind: amity.KindRequired}}},
		{Name: "of a ministry and an organization", Change: func(g *orgs.Group) { g.Organization = "o" },
			Want: []amitytest.Problem{{Path: "ministry", Kind: amity.KindConflict}}},
		{Name: "a size from below", Change: func(g *orgs.Group) { g.Size = orgs.Size{Min: 21} }},
		{Name: "a size that is no range", Change: func(g *orgs.Group) { g.Size.Max = 2 }, Want: []amitytest.Problem{{Path: "size.max", Kind: amity.KindConflict}}},
		{Name: "a negative size", Change: func(g *orgs.Group) { g.Size.Min = -1 }, Want: []amitytest.Problem{{Path: "size.min", Kind: amity.KindOutOfRange}}},
		{Name: "a leader who is a member too", Change: func(g *orgs.Group) { g.Members = append(g.Members, "mounkeo") },
			Want: []amitytest.Problem{{Path: "members[2]", Kind: amity.KindDuplicate}}},
		{Name: "a member twice", Change: func(g *orgs.Group) { g.Members = append(g.Members, "a") },
			Want: []amitytest.Problem{{Path: "members", Kind: amity.KindDuplicate}}},
		{Name: "no source", Change: func(g *orgs.Group) { g.Sources = nil }, Want: []amitytest.Problem{{Path: "sources", Kind: amity.KindRequired}}},
	})
}

// TestOrganizationHostState checks that only a diplomatic mission is
// accredited to a host state, and never to its own.
func TestOrganizationHostState(t *testing.T) {
	amitytest.CheckRules(t, validOrganization, []amitytest.Rule[orgs.Organization]{
		{Name: "a mission", Change: func(o *orgs.Organization) { o.Kind, o.HostState = orgs.KindDiplomaticMission, "AZ" }},
		{Name: "a host state of another kind", Change: func(o *orgs.Organization) { o.HostState = "AZ" },
			Want: []amitytest.Problem{{Path: "host_state", Kind: amity.KindConflict}}},
		{Name: "a mission to its own state", Change: func(o *orgs.Organization) { o.Kind, o.HostState = orgs.KindDiplomaticMission, o.State },
			Want: []amitytest.Problem{{Path: "host_state", Kind: amity.KindConflict}}},
	})
}

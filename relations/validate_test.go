package relations_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// base returns a small valid dataset: the two meetings in Tehran of
// 20 June 2022, with what they refer to. Each call returns new slices.
func base() relations.Records {
	src := []amity.SourceID{"azernews"}
	return relations.Records{
		Sources: []amity.Source{
			{ID: "azernews", Publisher: "Azernews", Published: d("2022-06-22"), Cites: []amity.SourceID{"az-culture-ministry"}},
			{ID: "az-culture-ministry", Publisher: "Ministry of Culture of the Republic of Azerbaijan"},
		},
		States: []orgs.State{
			{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}},
			{ID: "IR", Names: amity.Names{Name: "Iran"}},
		},
		Ministries: []orgs.Ministry{
			{ID: "az-culture", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Culture"}},
			{ID: "ir-culture", State: "IR", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Culture and Islamic Guidance"}},
		},
		Organizations: []orgs.Organization{
			{ID: "icro", Kind: orgs.KindGovernmentAgency, State: "IR", ParentMinistry: "ir-culture", Names: amity.Names{Name: "Islamic Culture and Relations Organization"}},
			{ID: "unesco", Kind: orgs.KindIntergovernmental, Names: amity.Names{Name: "UNESCO"},
				Members: []orgs.Membership{{State: "AZ", Since: d("1992-06-03")}, {State: "IR", Since: d("1948-09-06")}}},
		},
		Officials: []orgs.Official{
			{ID: "karimov", Names: amity.Names{Name: "Anar Karimov"},
				Posts: []orgs.Post{{ID: "karimov-minister", Title: "Minister of Culture", Ministry: "az-culture", Start: d("2020-07-28")}}},
			{ID: "esmaeili", Names: amity.Names{Name: "Mehdi Ismaili"},
				Posts: []orgs.Post{{ID: "esmaeili-minister", Title: "Minister of Culture and Islamic Guidance", Ministry: "ir-culture", Start: d("2021-08-25")}}},
			{ID: "imanipur", Names: amity.Names{Name: "Mehdi Imanipur"},
				Posts: []orgs.Post{{ID: "imanipur-chair", Title: "Chairman", Organization: "icro", Start: d("2020")}}},
		},
		Visits: []events.Visit{
			{ID: "karimov-iran", Visitors: []orgs.OfficialID{"karimov"}, Guest: "AZ", Host: "IR", Start: d("2022-06-19"), End: d("2022-06-21"), Sources: src},
		},
		Meetings: []events.Meeting{
			{ID: "karimov-esmaeili", Date: d("2022-06-20"), Host: "IR", Visit: "karimov-iran", Sources: src,
				Participants: []events.Participant{
					{Official: "karimov", State: "AZ", Post: "karimov-minister"},
					{Official: "esmaeili", State: "IR", Post: "esmaeili-minister"},
				}},
			{ID: "karimov-imanipur", Date: d("2022-06-20"), Visit: "karimov-iran", Sources: src,
				Participants: []events.Participant{
					{Official: "karimov", State: "AZ", Post: "karimov-minister"},
					{Official: "imanipur", State: "IR", Post: "imanipur-chair"},
				},
				Statements: []events.Statement{
					{ID: "imanipur-twinning", Speakers: []orgs.OfficialID{"imanipur"}, Verb: events.VerbProposed, Summary: "Twin Shusha with an Iranian city.", Sources: src},
				}},
		},
		Initiatives: []cooperation.Initiative{
			{ID: "shusha-twinning", Title: "Twinning of Shusha", Kind: cooperation.KindTwinning, Parties: []orgs.StateID{"AZ", "IR"},
				Places:        []orgs.Place{{City: "Shusha", Country: "AZ"}, {Country: "IR"}},
				Organizations: []orgs.OrganizationID{"icro"}, ProposedBy: []orgs.OfficialID{"imanipur"}, LedBy: []orgs.OfficialID{"karimov"},
				Meetings: []events.MeetingID{"karimov-imanipur"}, Statements: []events.StatementID{"imanipur-twinning"},
				History: []cooperation.StatusChange{{Status: cooperation.StatusProposed, Date: d("2022-06-20"), Meeting: "karimov-imanipur", Sources: src}},
				Sources: src, FieldSources: amity.FieldSources{"places": {"azernews"}}},
		},
		Ties: []cooperation.Tie{
			{ID: "az-ir", Kind: cooperation.TieDiplomatic, States: []orgs.StateID{"AZ", "IR"}, Established: d("1992-03-12"), Sources: []amity.SourceID{"az-culture-ministry"}},
		},
	}
}

func TestValidateDataset(t *testing.T) {
	org := func(id orgs.OrganizationID, parent orgs.OrganizationID) orgs.Organization {
		return orgs.Organization{ID: id, Kind: orgs.KindOtherOrganization, Names: amity.Names{Name: string(id)}, ParentOrganization: parent}
	}
	tests := []struct {
		name   string
		change func(*relations.Records)
		want   []amitytest.Problem
	}{
		{"valid", func(*relations.Records) {}, nil},

		// Entities are checked on their own, with paths into the dataset.
		{"entity rule", func(r *relations.Records) { r.States[1].Name = "" }, []amitytest.Problem{{Path: "states[1].name", Kind: amity.KindRequired}}},
		{"meeting of one participant", func(r *relations.Records) {
			r.Meetings[0].Participants = r.Meetings[0].Participants[:1]
			r.Meetings[0].Host = ""
		}, []amitytest.Problem{{Path: "meetings[0].participants", Kind: amity.KindOutOfRange}}},
		{"initiative history out of order", func(r *relations.Records) {
			r.Initiatives[0].History = append(r.Initiatives[0].History,
				cooperation.StatusChange{Status: cooperation.StatusAgreed, Date: d("2022-06-19"), Sources: []amity.SourceID{"azernews"}})
		}, []amitytest.Problem{{Path: "initiatives[0].history[1].date", Kind: amity.KindConflict}}},
		{"initiative transition not allowed", func(r *relations.Records) {
			r.Initiatives[0].History[0].Status = cooperation.StatusCompleted
			r.Initiatives[0].History = append(r.Initiatives[0].History,
				cooperation.StatusChange{Status: cooperation.StatusProposed, Date: d("2022-07"), Sources: []amity.SourceID{"azernews"}})
		}, []amitytest.Problem{{Path: "initiatives[0].history[1].status", Kind: amity.KindConflict}}},
		{"membership interval reversed", func(r *relations.Records) { r.Organizations[1].Members[0].Until = d("1992-06-02") }, []amitytest.Problem{{Path: "organizations[1].members[0].until", Kind: amity.KindConflict}}},
		{"post interval reversed", func(r *relations.Records) {
			r.Officials[0].Posts = append(r.Officials[0].Posts, orgs.Post{ID: "karimov-deputy", Title: "Deputy", Ministry: "az-culture", Start: d("2010"), End: d("2009")})
		}, []amitytest.Problem{{Path: "officials[0].posts[1].end", Kind: amity.KindConflict}}},
		{"tie with one state", func(r *relations.Records) { r.Ties[0].States = r.Ties[0].States[:1] }, []amitytest.Problem{{Path: "ties[0].states", Kind: amity.KindOutOfRange}}},
		{"tie with the same state twice", func(r *relations.Records) { r.Ties[0].States[1] = "AZ" }, []amitytest.Problem{{Path: "ties[0].states", Kind: amity.KindDuplicate}}},

		// Duplicate IDs.
		{"duplicate ID within a kind", func(r *relations.Records) {
			r.Officials = append(r.Officials, orgs.Official{ID: "karimov", Names: amity.Names{Name: "Another Karimov"}})
		}, []amitytest.Problem{{Path: "officials[3].id", Kind: amity.KindDuplicate}}},
		{"duplicate state", func(r *relations.Records) {
			r.States = append(r.States, orgs.State{ID: "AZ", Names: amity.Names{Name: "Azerbaijan"}})
		}, []amitytest.Problem{{Path: "states[2].id", Kind: amity.KindDuplicate}}},
		{"duplicate ID across kinds", func(r *relations.Records) {
			r.Ties = append(r.Ties, cooperation.Tie{ID: "karimov", Kind: cooperation.TieCulturalAgreement, States: []orgs.StateID{"AZ", "IR"}, Established: d("1995"), Sources: []amity.SourceID{"azernews"}})
		}, []amitytest.Problem{{Path: "ties[1].id", Kind: amity.KindDuplicate}}},
		{"post ID used by a source", func(r *relations.Records) {
			r.Sources = append(r.Sources, amity.Source{ID: "karimov-other", Publisher: "x"})
			r.Officials[0].Posts = append(r.Officials[0].Posts, orgs.Post{ID: "karimov-other", Title: "Deputy", Ministry: "az-culture"})
		}, []amitytest.Problem{{Path: "officials[0].posts[1].id", Kind: amity.KindDuplicate}}},
		{"statement ID used by a post", func(r *relations.Records) { r.Meetings[1].Statements[0].ID = "karimov-minister" }, []amitytest.Problem{
			{Path: "meetings[1].statements[0].id", Kind: amity.KindDuplicate},
			{Path: "initiatives[0].statements[0]", Kind: amity.KindNotFound},
		}},

		// References to nothing.
		{"participant not found", func(r *relations.Records) {
			r.Meetings[0].Participants[1].Official, r.Meetings[0].Participants[1].Post = "mehdi-esmaili", ""
		}, []amitytest.Problem{
			{Path: "meetings[0].participants[1].official", Kind: amity.KindNotFound},
		}},
		{"state not found", func(r *relations.Records) { r.Ministries[0].State = "TR" }, []amitytest.Problem{{Path: "ministries[0].state", Kind: amity.KindNotFound}}},
		{"cited source not found", func(r *relations.Records) { r.Sources[0].Cites = []amity.SourceID{"reuters"} }, []amitytest.Problem{{Path: "sources[0].cites[0]", Kind: amity.KindNotFound}}},
		{"entity source not found", func(r *relations.Records) { r.States[0].Sources = []amity.SourceID{"azernews", "reuters"} }, []amitytest.Problem{{Path: "states[0].sources[1]", Kind: amity.KindNotFound}}},
		{"field source not found", func(r *relations.Records) { r.Officials[2].FieldSources = amity.FieldSources{"name": {"reuters"}} }, []amitytest.Problem{{Path: "officials[2].field_sources.name[0]", Kind: amity.KindNotFound}}},
		{"parent ministry not found", func(r *relations.Records) { r.Organizations[0].ParentMinistry = "ir-guidance" }, []amitytest.Problem{{Path: "organizations[0].parent_ministry", Kind: amity.KindNotFound}}},
		{"parent organization not found", func(r *relations.Records) { r.Organizations[1].ParentOrganization = "un" }, []amitytest.Problem{{Path: "organizations[1].parent_organization", Kind: amity.KindNotFound}}},
		{"member not found", func(r *relations.Records) { r.Organizations[1].Members[1].State = "TR" }, []amitytest.Problem{{Path: "organizations[1].members[1].state", Kind: amity.KindNotFound}}},
		{"membership source not found", func(r *relations.Records) { r.Organizations[1].Members[1].Sources = []amity.SourceID{"unesco-site"} }, []amitytest.Problem{{Path: "organizations[1].members[1].sources[0]", Kind: amity.KindNotFound}}},
		{"post ministry not found", func(r *relations.Records) { r.Officials[1].Posts[0].Ministry = "ir-guidance" }, []amitytest.Problem{{Path: "officials[1].posts[0].ministry", Kind: amity.KindNotFound}}},
		{"post source not found", func(r *relations.Records) { r.Officials[1].Posts[0].Sources = []amity.SourceID{"x"} }, []amitytest.Problem{{Path: "officials[1].posts[0].sources[0]", Kind: amity.KindNotFound}}},
		{"visitor not found", func(r *relations.Records) { r.Visits[0].Visitors = []orgs.OfficialID{"aliyev"} }, []amitytest.Problem{{Path: "visits[0].visitors[0]", Kind: amity.KindNotFound}}},
		{"visit host not found", func(r *relations.Records) {
			r.Visits[0].Host = "TR"
		}, []amitytest.Problem{{Path: "visits[0].host", Kind: amity.KindNotFound}}},
		{"visit place country not found", func(r *relations.Records) { r.Visits[0].Places = []orgs.Place{{City: "Ankara", Country: "TR"}} }, []amitytest.Problem{{Path: "visits[0].places[0].country", Kind: amity.KindNotFound}}},
		{"meeting place country not found", func(r *relations.Records) { r.Meetings[0].Place = orgs.Place{City: "Ankara", Country: "TR"} }, []amitytest.Problem{{Path: "meetings[0].place.country", Kind: amity.KindNotFound}}},
		{"meeting visit not found", func(r *relations.Records) { r.Meetings[0].Visit = "karimov-turkey" }, []amitytest.Problem{{Path: "meetings[0].visit", Kind: amity.KindNotFound}}},
		{"participant post not found", func(r *relations.Records) { r.Meetings[0].Participants[0].Post = "karimov-president" }, []amitytest.Problem{{Path: "meetings[0].participants[0].post", Kind: amity.KindNotFound}}},
		{"statement source not found", func(r *relations.Records) { r.Meetings[1].Statements[0].Sources = []amity.SourceID{"irna"} }, []amitytest.Problem{{Path: "meetings[1].statements[0].sources[0]", Kind: amity.KindNotFound}}},
		{"initiative references not found", func(r *relations.Records) {
			in := &r.Initiatives[0]
			in.ProposedBy = []orgs.OfficialID{"aliyev"}
			in.Meetings = []events.MeetingID{"karimov-aliyev"}
			in.Statements = []events.StatementID{"aliyev-said"}
			in.Organizations = []orgs.OrganizationID{"icesco"}
			in.History[0].Meeting = "karimov-aliyev"
			in.History[0].Sources = []amity.SourceID{"apa"}
		}, []amitytest.Problem{
			{Path: "initiatives[0].organizations[0]", Kind: amity.KindNotFound},
			{Path: "initiatives[0].proposed_by[0]", Kind: amity.KindNotFound},
			{Path: "initiatives[0].meetings[0]", Kind: amity.KindNotFound},
			{Path: "initiatives[0].statements[0]", Kind: amity.KindNotFound},
			{Path: "initiatives[0].history[0].meeting", Kind: amity.KindNotFound},
			{Path: "initiatives[0].history[0].sources[0]", Kind: amity.KindNotFound},
		}},
		{"initiative party not found", func(r *relations.Records) { r.Initiatives[0].Parties[1] = "TR" }, []amitytest.Problem{{Path: "initiatives[0].parties[1]", Kind: amity.KindNotFound}}},
		{"tie state not found", func(r *relations.Records) { r.Ties[0].States[1] = "TR" }, []amitytest.Problem{{Path: "ties[0].states[1]", Kind: amity.KindNotFound}}},
		{"malformed reference reported once", func(r *relations.Records) {
			r.Meetings[0].Participants[1].Official = "Mehdi Esmaili"
			r.Meetings[0].Participants[1].Post = ""
			r.Ministries[0].State = "az"
		}, []amitytest.Problem{
			{Path: "ministries[0].state", Kind: amity.KindInvalid},
			{Path: "meetings[0].participants[1].official", Kind: amity.KindInvalid},
		}},

		// References to the wrong kind.
		{"ministry ID where a state goes", func(r *relations.Records) {
			r.Ministries = append(r.Ministries, orgs.Ministry{ID: "TR", State: "AZ", Portfolios: []orgs.Portfolio{orgs.PortfolioOther}, Names: amity.Names{Name: "A ministry with a country code for an ID"}})
			r.Organizations[0].State = "TR"
		}, []amitytest.Problem{{Path: "organizations[0].state", Kind: amity.KindWrongKind}}},
		{"ministry ID where an official goes", func(r *relations.Records) {
			r.Meetings[0].Participants[1].Official, r.Meetings[0].Participants[1].Post = "ir-culture", ""
		}, []amitytest.Problem{
			{Path: "meetings[0].participants[1].official", Kind: amity.KindWrongKind},
		}},
		{"organization ID where a ministry goes", func(r *relations.Records) { r.Officials[1].Posts[0].Ministry = "icro" }, []amitytest.Problem{{Path: "officials[1].posts[0].ministry", Kind: amity.KindWrongKind}}},
		{"ministry ID where an organization goes", func(r *relations.Records) { r.Initiatives[0].Organizations = []orgs.OrganizationID{"ir-culture"} }, []amitytest.Problem{{Path: "initiatives[0].organizations[0]", Kind: amity.KindWrongKind}}},
		{"meeting ID where a post goes", func(r *relations.Records) { r.Meetings[0].Participants[0].Post = "karimov-imanipur" }, []amitytest.Problem{{Path: "meetings[0].participants[0].post", Kind: amity.KindWrongKind}}},
		{"post ID where a statement goes", func(r *relations.Records) { r.Initiatives[0].Statements = []events.StatementID{"imanipur-chair"} }, []amitytest.Problem{{Path: "initiatives[0].statements[0]", Kind: amity.KindWrongKind}}},
		{"official ID where a source goes", func(r *relations.Records) { r.Ties[0].Sources = []amity.SourceID{"karimov"} }, []amitytest.Problem{{Path: "ties[0].sources[0]", Kind: amity.KindWrongKind}}},
		{"visit ID where a meeting goes", func(r *relations.Records) { r.Initiatives[0].Meetings = []events.MeetingID{"karimov-iran"} }, []amitytest.Problem{{Path: "initiatives[0].meetings[0]", Kind: amity.KindWrongKind}}},
		{"meeting ID where a visit goes", func(r *relations.Records) { r.Meetings[0].Visit = "karimov-imanipur" }, []amitytest.Problem{{Path: "meetings[0].visit", Kind: amity.KindWrongKind}}},

		// Time.
		{"post starts after the meeting", func(r *relations.Records) { r.Officials[0].Posts[0].Start = d("2022-06-21") }, []amitytest.Problem{
			{Path: "meetings[0].participants[0].post", Kind: amity.KindConflict},
			{Path: "meetings[1].participants[0].post", Kind: amity.KindConflict},
		}},
		{"post ended before the meeting", func(r *relations.Records) { r.Officials[1].Posts[0].End = d("2022-06-19") }, []amitytest.Problem{{Path: "meetings[0].participants[1].post", Kind: amity.KindConflict}}},
		{"post starting in a coarser year covers the meeting", func(r *relations.Records) { r.Officials[0].Posts[0].Start = d("2020") }, nil},
		{"post starting the meeting's month covers it", func(r *relations.Records) { r.Officials[0].Posts[0].Start = d("2022-06") }, nil},
		{"post ending the meeting's month covers it", func(r *relations.Records) { r.Officials[1].Posts[0].End = d("2022-06") }, nil},
		{"post starting the meeting's year covers a meeting known to the year", func(r *relations.Records) {
			r.Officials[0].Posts[0].Start = d("2022-12-01")
			for i := range r.Meetings {
				r.Meetings[i].Date = d("2022")
			}
		}, nil},
		{"post of another official", func(r *relations.Records) { r.Meetings[0].Participants[0].Post = "esmaeili-minister" }, []amitytest.Problem{{Path: "meetings[0].participants[0].post", Kind: amity.KindConflict}}},
		// The visitor now represents the host, so no one the guest.
		{"participant's state not the post's", func(r *relations.Records) { r.Meetings[0].Participants[0].State = "IR" },
			[]amitytest.Problem{{Path: "meetings[0].participants[0].state", Kind: amity.KindConflict}, {Path: "meetings[0].visit", Kind: amity.KindConflict}}},
		{"meeting elsewhere than its visit", func(r *relations.Records) { r.Meetings[0].Host, r.Meetings[0].Place.Country = "AZ", "AZ" },
			[]amitytest.Problem{{Path: "meetings[0].host", Kind: amity.KindConflict}, {Path: "meetings[0].place.country", Kind: amity.KindConflict}}},
		{"history before the meeting it names", func(r *relations.Records) { r.Initiatives[0].History[0].Date = amity.MustParseDate("2022-06-19") },
			[]amitytest.Problem{{Path: "initiatives[0].history[0].date", Kind: amity.KindConflict}}},
		{"history long after the meeting it names", func(r *relations.Records) { r.Initiatives[0].History[0].Date = amity.MustParseDate("2024-01-01") },
			[]amitytest.Problem{{Path: "initiatives[0].history[0].date", Kind: amity.KindConflict}}},
		{"a proposer of no party", func(r *relations.Records) { r.Initiatives[0].Parties = []orgs.StateID{"AZ"} },
			[]amitytest.Problem{{Path: "initiatives[0].proposed_by[0]", Kind: amity.KindConflict}}},
		{"overlapping ties", func(r *relations.Records) {
			t := r.Ties[0]
			t.ID, t.States = "tie-again", []orgs.StateID{t.States[1], t.States[0]}
			r.Ties = append(r.Ties, t)
		}, []amitytest.Problem{{Path: "ties[1].established", Kind: amity.KindConflict}}},
		{"ties one after the other", func(r *relations.Records) {
			t := r.Ties[0]
			r.Ties[0].Ended = amity.MustParseDate("1995")
			t.ID, t.Established = "tie-again", amity.MustParseDate("1996")
			r.Ties = append(r.Ties, t)
		}, nil},
		// Ended in 1995 and established again in 1995: the second could
		// follow the first within the year.
		{"ties ending and beginning in the same year", func(r *relations.Records) {
			t := r.Ties[0]
			r.Ties[0].Ended = amity.MustParseDate("1995")
			t.ID, t.Established = "tie-again", amity.MustParseDate("1995-06")
			r.Ties = append(r.Ties, t)
		}, nil},
		// Established in 1995 at the latest, while the first runs into 1996.
		{"ties surely overlapping, by coarse dates", func(r *relations.Records) {
			t := r.Ties[0]
			r.Ties[0].Ended = amity.MustParseDate("1996")
			t.ID, t.Established = "tie-again", amity.MustParseDate("1995")
			r.Ties = append(r.Ties, t)
		}, []amitytest.Problem{{Path: "ties[1].established", Kind: amity.KindConflict}}},
		{"participant's state not the post's organization's", func(r *relations.Records) { r.Meetings[1].Participants[1].State = "AZ" }, []amitytest.Problem{{Path: "meetings[1].participants[1].state", Kind: amity.KindConflict}}},
		{"post of an intergovernmental organization", func(r *relations.Records) {
			r.Officials[2].Posts = append(r.Officials[2].Posts, orgs.Post{ID: "imanipur-unesco", Title: "Delegate", Organization: "unesco"})
			r.Meetings[1].Participants[1].Post = "imanipur-unesco"
		}, nil},
		{"meeting after its visit", func(r *relations.Records) { r.Meetings[0].Date = d("2022-06-22") }, []amitytest.Problem{{Path: "meetings[0].date", Kind: amity.KindConflict}}},
		{"meeting before its visit", func(r *relations.Records) { r.Meetings[1].Date = d("2022-06-18") }, []amitytest.Problem{{Path: "meetings[1].date", Kind: amity.KindConflict}}},
		{"meeting known to the month within its visit", func(r *relations.Records) { r.Meetings[1].Date = d("2022-06") }, nil},
		{"meeting in a visit of one day", func(r *relations.Records) { r.Visits[0].Start, r.Visits[0].End = d("2022-06-20"), amity.Date{} }, nil},
		{"meeting outside a visit of one day", func(r *relations.Records) { r.Visits[0].Start, r.Visits[0].End = d("2022-06-21"), amity.Date{} }, []amitytest.Problem{
			{Path: "meetings[0].date", Kind: amity.KindConflict},
			{Path: "meetings[1].date", Kind: amity.KindConflict},
		}},

		// Structure.
		{"organization its own parent", func(r *relations.Records) { r.Organizations[1].ParentOrganization = "unesco" }, []amitytest.Problem{{Path: "organizations[1].parent_organization", Kind: amity.KindConflict}}},
		{"organizations in a cycle of three", func(r *relations.Records) {
			r.Organizations = append(r.Organizations, org("c", "a"), org("a", "b"), org("b", "c"), org("d", "a"))
		}, []amitytest.Problem{{Path: "organizations[2].parent_organization", Kind: amity.KindConflict}}},
		{"two cycles", func(r *relations.Records) {
			r.Organizations = append(r.Organizations, org("x", "y"), org("y", "x"), org("z", "z"))
		}, []amitytest.Problem{
			{Path: "organizations[2].parent_organization", Kind: amity.KindConflict},
			{Path: "organizations[4].parent_organization", Kind: amity.KindConflict},
		}},
		{"a chain is not a cycle", func(r *relations.Records) {
			r.Organizations = append(r.Organizations, org("a", "b"), org("b", "c"), org("c", "unesco"))
		}, nil},
		{"source citing itself", func(r *relations.Records) { r.Sources[1].Cites = []amity.SourceID{"az-culture-ministry"} }, []amitytest.Problem{{Path: "sources[1].cites[0]", Kind: amity.KindConflict}}},
		{"twinning tie with places of other states", func(r *relations.Records) {
			r.Ties = append(r.Ties, cooperation.Tie{ID: "baku-tabriz", Kind: cooperation.TieTwinning, States: []orgs.StateID{"AZ", "IR"},
				Places:      []orgs.Place{{City: "Tabriz", Country: "IR"}, {City: "Baku", Country: "AZ"}},
				Established: d("1992"), Sources: []amity.SourceID{"azernews"}})
		}, []amitytest.Problem{
			{Path: "ties[1].places[0].country", Kind: amity.KindConflict},
			{Path: "ties[1].places[1].country", Kind: amity.KindConflict},
		}},
		{"twinning tie with places in order", func(r *relations.Records) {
			r.Ties = append(r.Ties, cooperation.Tie{ID: "baku-tabriz", Kind: cooperation.TieTwinning, States: []orgs.StateID{"AZ", "IR"},
				Places:      []orgs.Place{{City: "Baku", Country: "AZ"}, {City: "Tabriz", Country: "IR"}},
				Established: d("1992"), Sources: []amity.SourceID{"azernews"}})
		}, nil},
		{"twinning tie without places", func(r *relations.Records) {
			r.Ties = append(r.Ties, cooperation.Tie{ID: "baku-tabriz", Kind: cooperation.TieTwinning, States: []orgs.StateID{"AZ", "IR"},
				Established: d("1992"), Sources: []amity.SourceID{"azernews"}})
		}, []amitytest.Problem{{Path: "ties[1].places", Kind: amity.KindRequired}}},

		// All at once, in a stable order: entities, then duplicate IDs,
		// then references.
		{"several problems", func(r *relations.Records) {
			r.States[1].Name = ""
			r.Ties = append(r.Ties, cooperation.Tie{ID: "karimov", Kind: cooperation.TieCulturalAgreement, States: []orgs.StateID{"AZ", "IR"}, Established: d("1995"), Sources: []amity.SourceID{"azernews"}})
			r.Meetings[0].Participants[1].Official, r.Meetings[0].Participants[1].Post = "mehdi-esmaili", ""
			r.Organizations[1].ParentOrganization = "unesco"
		}, []amitytest.Problem{
			{Path: "states[1].name", Kind: amity.KindRequired},
			{Path: "ties[1].id", Kind: amity.KindDuplicate},
			{Path: "organizations[1].parent_organization", Kind: amity.KindConflict},
			{Path: "meetings[0].participants[1].official", Kind: amity.KindNotFound},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base()
			tt.change(&r)
			err := relations.Validate(&r)
			if diff := cmp.Diff(tt.want, amitytest.Problems(t, err)); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
			if err != nil && !errors.Is(err, amity.ErrInvalid) && !errors.Is(err, amity.ErrReference) {
				t.Errorf("error %v is neither ErrInvalid nor ErrReference", err)
			}

			r = base()
			tt.change(&r)
			ds, newErr := relations.New(r)
			if diff := cmp.Diff(amity.Errors(err), amity.Errors(newErr)); diff != "" {
				t.Errorf("New and Validate disagree (-Validate +New):\n%s", diff)
			}
			if (ds == nil) != (newErr != nil) {
				t.Errorf("New returned dataset %v with error %v", ds != nil, newErr)
			}
		})
	}
}

func TestValidateDatasetMessages(t *testing.T) {
	r := base()
	r.Meetings[0].Participants[1].Official, r.Meetings[0].Participants[1].Post = "mehdi-esmaili", ""
	r.Ministries[0].State = "TR"
	r.Officials[0].Posts[0].Start = d("2022-06-21")
	r.Meetings[1].Participants[0].Post = ""
	want := []amity.FieldError{
		{Path: amity.MustParsePath("ministries[0].state"), Kind: amity.KindNotFound, Value: "TR", Detail: "no state has this ID"},
		{Path: amity.MustParsePath("meetings[0].participants[0].post"), Kind: amity.KindConflict, Value: "karimov-minister",
			Detail: "the post runs 2022-06-21 to ..., not covering the meeting's date 2022-06-20"},
		{Path: amity.MustParsePath("meetings[0].participants[1].official"), Kind: amity.KindNotFound, Value: "mehdi-esmaili", Detail: "no official has this ID"},
	}
	if diff := cmp.Diff(want, amity.Errors(relations.Validate(&r))); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	got := amity.Errors(relations.Validate(&r))[2].Error()
	if want := `meetings[0].participants[1].official: not found: "mehdi-esmaili": no official has this ID`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestNewValid(t *testing.T) {
	r := base()
	ds, err := relations.New(r)
	if err != nil {
		t.Fatalf("New(base): %v", err)
	}
	if err := relations.Validate(&r); err != nil {
		t.Errorf("Validate(base): %v", err)
	}
	if diff := cmp.Diff(base(), ds.Records()); diff != "" {
		t.Errorf("Records (-want +got):\n%s", diff)
	}
	if k, ok := ds.KindOf("imanipur-twinning"); !ok || k != relations.KindStatement {
		t.Errorf("KindOf(imanipur-twinning) = %v, %v", k, ok)
	}
	if o, p, ok := ds.Post("esmaeili-minister"); !ok || o.ID != "esmaeili" || p.ID != "esmaeili-minister" {
		t.Errorf("Post(esmaeili-minister) = %v, %v, %v", o.ID, p.ID, ok)
	}
	if _, ok := ds.State("karimov"); ok {
		t.Errorf("State(karimov) found an official")
	}
}

func TestNewEmpty(t *testing.T) {
	ds, err := relations.New(relations.Records{})
	if err != nil || ds == nil {
		t.Errorf("New(empty) = %v, %v", ds, err)
	}
}

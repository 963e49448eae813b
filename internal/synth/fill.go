package synth

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// The values of Config.EveryField: what the first entity of each kind
// gets of the fields an archive otherwise leaves unset. Each is valid, and
// a reference names the archive's first source or its own entities.

// fillWorld fills the first source, state, ministry, organization with
// members, official and tie of w.
func fillWorld(w *world) {
	src := []amity.SourceID{w.sources[0].ID}
	w.sources[0].Note = "A note on the source."
	st := &w.states[0]
	st.Capital, st.Wikidata, st.Sources = "Capital", "Q1", src
	st.FieldSources = amity.FieldSources{"capital": src}
	mi := &w.ministries[0]
	mi.Wikidata, mi.Sources, mi.FieldSources = "Q2", src, amity.FieldSources{"name": src}
	for i := range w.organizations {
		if o := &w.organizations[i]; len(o.Members) > 0 {
			o.Members[0].Sources = src
			o.Dissolved = amity.MustParseDate("2100")
			o.Wikidata, o.FieldSources = "Q3", amity.FieldSources{"name": src}
			break
		}
	}
	of := &w.officials[0]
	of.Wikidata, of.FieldSources = "Q4", amity.FieldSources{"name": src}
	// A post of a state, besides the ministries' posts the archive draws.
	of.Posts = append(of.Posts, orgs.Post{ID: orgs.PostID(string(of.ID) + ".envoy"), Title: "Envoy", State: w.ministries[0].State,
		Start: amity.MustParseDate("1990"), Sources: src})
	if len(w.ties) > 0 {
		w.ties[0].FieldSources = amity.FieldSources{"established": src}
	}
}

// fillVisit fills visit v, the first.
func fillVisit(v *events.Visit) {
	v.FieldSources = amity.FieldSources{"start": {v.Sources[0]}}
}

// fillMeeting fills meeting m, the first: a place with every field, and
// sources for its first statement.
func fillMeeting(m *events.Meeting) {
	m.Place = orgs.Place{City: "Baku", Subdivision: "AZ-BA", Country: "AZ", Venue: "The ministry", Wikidata: "Q9248", Note: "A place with every field."}
	if len(m.Statements) > 0 {
		m.Statements[0].Sources = []amity.SourceID{m.Sources[0]}
	}
}

// fillInitiative fills initiative in, the first, led by official o,
// within organization org.
func fillInitiative(in *cooperation.Initiative, o orgs.OfficialID, org orgs.OrganizationID) {
	in.Summary = "What the source says of the initiative."
	in.MoreOrganizations, in.ProposalInferred = true, true
	in.LedBy = []orgs.OfficialID{o}
	if len(in.Organizations) == 0 {
		in.Organizations = []orgs.OrganizationID{org}
	}
	in.FieldSources = amity.FieldSources{"title": {in.Sources[0]}}
}

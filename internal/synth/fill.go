package synth

import (
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
)

// The values of Config.EveryField: what the first entity of each kind
// (and the last agreement) gets of the fields an archive otherwise leaves
// unset. Each is valid, and a reference names the archive's first source
// or its own entities. Besides, the first visit always has a delegation,
// and the second agreement implements the first if there is room for it
// (see drawAgreement).

// fillWorld fills the first source, state, ministry, organization with
// members, official and tie of w.
func fillWorld(w *world) {
	src := []amity.SourceID{w.sources[0].ID}
	w.sources[0].Note = "A note on the source."
	w.sources[0].Time = "09:30+04:00"
	st := &w.states[0]
	st.Capital, st.Wikidata, st.Sources = "Capital", "Q1", src
	st.FieldSources = amity.FieldSources{"capital": src}
	st.Note = "A note on the state."
	st.Uncertain = amity.Uncertainty{"capital": {Basis: amity.BasisInferred, Reason: "The report names the city where the government sits."}}
	mi := &w.ministries[0]
	mi.Wikidata, mi.Sources, mi.FieldSources = "Q2", src, amity.FieldSources{"name": src}
	mi.Note = "A note on the ministry."
	mi.Uncertain = amity.Uncertainty{"name": {Basis: amity.BasisApproximate, Reason: "The name is an English rendering."}}
	for i := range w.organizations {
		if o := &w.organizations[i]; len(o.Members) > 0 {
			o.Members[0].Sources = src
			o.Dissolved = amity.MustParseDate("2100")
			o.Wikidata, o.FieldSources = "Q3", amity.FieldSources{"name": src}
			o.Note = "A note on the organization."
			o.Uncertain = amity.Uncertainty{"founded": {Basis: amity.BasisDisputed, Reason: "Sources give two years of foundation."}}
			break
		}
	}
	of := &w.officials[0]
	of.Wikidata, of.FieldSources = "Q4", amity.FieldSources{"name": src}
	of.Honorific, of.Note = "H.E.", "A note on the official."
	of.Uncertain = amity.Uncertainty{"name": {Basis: amity.BasisDisputed, Reason: "Sources spell the name in two ways."}}
	// A post of a state, besides the ministries' posts the archive draws.
	of.Posts = append(of.Posts, orgs.Post{ID: orgs.PostID(string(of.ID) + ".envoy"), Title: "Envoy", State: w.ministries[0].State,
		Start: amity.MustParseDate("1990"), Sources: src})
	if len(w.ties) > 0 {
		t := &w.ties[0]
		t.FieldSources = amity.FieldSources{"established": src}
		t.Note = "A note on the tie."
		t.Uncertain = amity.Uncertainty{"established": {Basis: amity.BasisInferred, Reason: "The date is that of the first embassy."}}
	}
}

// fillGroup fills gr, the delegation of the first visit, planned as vp:
// names in every form, an organization it comes from, a member, a size.
func fillGroup(w *world, gr *orgs.Group, vp *visitPlan) {
	gr.Name = "Delegation of " + w.states[vp.guest].Name
	gr.LocalNames = map[string]string{"fr": "Délégation de " + w.states[vp.guest].Name}
	gr.Aliases = []string{w.states[vp.guest].Name + " delegation"}
	if os := w.stateOrgs[vp.guest]; len(os) > 0 {
		gr.Ministry, gr.Organization = "", w.organizations[os[0]].ID
	} else {
		gr.Organization = ""
	}
	if gr.Members == nil {
		for o := range w.officials {
			if id := w.officials[o].ID; id != gr.Leaders[0] {
				gr.Members = []orgs.OfficialID{id}
				break
			}
		}
	}
	gr.Size = orgs.Size{Min: 3, Max: 5}
	gr.Note = "A note on the group."
	gr.FieldSources = amity.FieldSources{"size": gr.Sources[:1:1]}
	gr.Uncertain = amity.Uncertainty{"size": {Basis: amity.BasisApproximate, Reason: "The report says three to five."}}
}

// fillVisit fills visit v, the first, whose delegation is group.
func fillVisit(v *events.Visit, group orgs.GroupID) {
	v.FieldSources = amity.FieldSources{"start": {v.Sources[0]}}
	v.Groups = []orgs.GroupID{group}
	v.Uncertain = amity.Uncertainty{"start": {Basis: amity.BasisInferred, Reason: "The report gives the day of the first talks."}}
}

// fillMeeting fills meeting m, the first, a meeting of the first visit,
// whose delegation is group: a place with every field, the delegation as
// a participant with a statement of its own, cited, a statement of the
// source's own, roles, the session of a commission, a note and an
// uncertain date.
func fillMeeting(w *world, m *events.Meeting, group orgs.GroupID) {
	// In the country of its visit's host, which it names.
	country := m.Place.Country
	if country == "" {
		country = m.Participants[len(m.Participants)-1].State
	}
	sub := ""
	for _, s := range iso3166.Subdivisions() {
		if strings.HasPrefix(s, string(country)+"-") {
			sub = s
			break
		}
	}
	m.Place = orgs.Place{City: "Baku", Subdivision: sub, Country: country, Venue: "The ministry", Wikidata: "Q9248", Note: "A place with every field."}
	if len(m.Groups()) == 0 {
		m.Participants = append(m.Participants, events.Participant{Group: group, State: m.Participants[0].State})
	}
	m.Participants[0].Role = events.RoleHeadOfDelegation
	m.Participants[len(m.Participants)-1].Role = events.RoleAttendee
	n := len(m.Statements)
	m.Statements = append(m.Statements,
		events.Statement{ID: events.StatementID(string(m.ID) + "-s" + strconv.Itoa(n+1)), Groups: []orgs.GroupID{group},
			Verb: events.VerbExpressed, Summary: "The delegation expressed its thanks.", Sources: m.Sources[:1:1]},
		events.Statement{ID: events.StatementID(string(m.ID) + "-s" + strconv.Itoa(n+2)), BySource: true,
			Verb: events.VerbNoted, Summary: "The talks were held in a warm atmosphere."})
	if m.Commission == "" {
		for i := range w.organizations {
			if o := &w.organizations[i]; o.Kind == orgs.KindJointCommission {
				m.Commission, m.Session = o.ID, 1
				break
			}
		}
	}
	m.Note = "A note on the meeting."
	m.Uncertain = amity.Uncertainty{"date": {Basis: amity.BasisInferred, Reason: "The year is that of the report."}}
}

// fillInitiative fills initiative in, the first: led by the first
// official, within the first organization, proposed by the first
// group, under the first agreement, serving the first tie, going with
// the second initiative.
func fillInitiative(g *generator, in *cooperation.Initiative) {
	w := g.w
	in.Summary = "What the source says of the initiative."
	in.MoreOrganizations, in.ProposalInferred = true, true
	in.LedBy = []orgs.OfficialID{w.officials[0].ID}
	if len(in.Organizations) == 0 {
		in.Organizations = []orgs.OrganizationID{w.organizations[0].ID}
	}
	in.FieldSources = amity.FieldSources{"title": {in.Sources[0]}}
	in.ProposedByGroups = []orgs.GroupID{g.groupID(0)}
	if len(in.Agreements) == 0 && g.agreements > 0 {
		in.Agreements = []cooperation.AgreementID{g.agreementID(0)}
	}
	if len(in.Ties) == 0 && len(w.ties) > 0 {
		in.Ties = []cooperation.TieID{w.ties[0].ID}
	}
	if len(in.Related) == 0 && g.initiatives > 1 {
		in.Related = []cooperation.InitiativeID{g.initiativeID(1)}
	}
	in.Note = "A note on the initiative."
	in.Uncertain = amity.Uncertainty{"title": {Basis: amity.BasisApproximate, Reason: "The report does not name the plan."}}
}

// fillAgreement fills agreement a, the first, which came of meeting:
// entry into force the day after signing, a term of years, months and
// days renewed automatically (so that it does not end before the
// executive programmes under it), a provision quoted, a publication, a
// tie, the date of a signature.
func fillAgreement(w *world, a *cooperation.Agreement, meeting events.MeetingID) {
	a.ShortTitle = "Agreement"
	if a.Meeting == "" {
		a.Meeting = meeting
	}
	if a.EntryIntoForce.IsZero() {
		a.InForceOnSignature = false
		a.EntryIntoForce = w.cal.day(w.cal.last(a.Signed) + 1)
	}
	a.Duration = cooperation.Duration{Years: max(a.Duration.Years, 1), Months: 6, Days: 15}
	a.Renewal = cooperation.RenewalAutomatic
	a.Signatories[0].Date = a.Signed
	a.Provisions = append(a.Provisions, cooperation.Provision{Summary: "The parties will exchange exhibitions.",
		Quote: "The Parties shall encourage exchanges of exhibitions.", Topics: []events.Topic{events.TopicVisualArts}})
	a.Publications = append(a.Publications, cooperation.Publication{In: "Treaty Series", Date: w.cal.day(w.cal.last(a.Signed) + 1),
		Language: "en", URL: "https://treaties.example/" + string(a.ID)})
	if a.Tie == "" && len(w.ties) > 0 {
		a.Tie = w.ties[0].ID
	}
	a.Note = "A note on the agreement."
	a.FieldSources = amity.FieldSources{"signed": a.Sources[:1:1]}
	a.Uncertain = amity.Uncertainty{"duration": {Basis: amity.BasisApproximate, Reason: "The report says about five years."}}
}

// fillLastAgreement fills agreement a, the last, under which no other
// runs: a date of expiry, and an end before its term.
func fillLastAgreement(w *world, a *cooperation.Agreement) {
	if a.Expires.IsZero() {
		a.Expires = cooperation.Duration{Years: 5}.After(a.Signed)
	}
	a.Terminated = cooperation.Duration{Years: 1}.After(a.Signed)
}

// fillEvent fills cultural event ev, the first: an edition, organisers of
// every sort, the first group, recurrence and length, the first
// agreement and initiative, a note on its first change, planned dates
// from start to end.
func fillEvent(w *world, ev *cooperation.CulturalEvent, group orgs.GroupID, agreement func(int) cooperation.AgreementID,
	initiative func(int) cooperation.InitiativeID, agreements, initiatives int) {
	ev.Edition = max(ev.Edition, 1)
	ev.Organisers = []orgs.Body{{State: ev.Host}, {Ministry: w.ministries[0].ID}, {Organization: w.organizations[0].ID}}
	if ev.Groups == nil {
		ev.Groups = []orgs.GroupID{group}
	}
	if ev.Planned.End.IsZero() {
		ev.Planned.End = ev.Planned.Start
	}
	ev.Recurs, ev.Length = cooperation.EveryYear, cooperation.Duration{Days: 7}
	if ev.Agreement == "" && agreements > 0 {
		ev.Agreement = agreement(0)
	}
	if ev.Initiative == "" && initiatives > 0 {
		ev.Initiative = initiative(0)
	}
	ev.History[0].Note = "The sides agreed to hold it."
	ev.Note = "A note on the event."
	ev.FieldSources = amity.FieldSources{"planned": ev.Sources[:1:1]}
	ev.Uncertain = amity.Uncertainty{"title": {Basis: amity.BasisApproximate, Reason: "The report describes the event without naming it."}}
}

package synth

import (
	"slices"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

func (g *generator) initiativeID(i int) cooperation.InitiativeID {
	return cooperation.InitiativeID(id("ini-", i, g.initiativeW))
}

// initiative returns initiative i.
func (g *generator) initiative(i int) cooperation.Initiative {
	in := g.drawInitiative(i)
	if i == 0 && g.c.EveryField {
		fillInitiative(g, &in)
	}
	return in
}

// initiativeStart draws with x, from the start of the stream of
// initiative i, the meeting at which the initiative was raised: one of
// the meetings of its stride; or, now and then, the meeting at which the
// agreement whose stride holds that meeting was signed, and then that
// agreement; or the meeting of the initiative before it, if that one was
// raised at a meeting of its own stride, and then that initiative. It
// returns -1 for no agreement and no initiative.
func (g *generator) initiativeStart(x *rng, i int) (meeting, agreement, related int) {
	x.reset(tagInitiatives, i)
	meeting, agreement, related = i*InitiativeStride+x.IntN(InitiativeStride), -1, -1
	switch x.weighted([]int{80, 10, 10}) {
	case 1:
		if a := meeting / AgreementStride; a < g.agreements {
			if p := g.agreementPlan(g.pr, a); p.atMeeting {
				meeting, agreement = p.meeting, a
			}
		}
	case 2:
		if i > 0 {
			if j, a, r := g.initiativeStart(g.pr, i-1); a < 0 && r < 0 {
				meeting, related = j, i-1
			}
		}
	}
	return meeting, agreement, related
}

// initiativeKind returns the meeting at which initiative i was raised
// and the initiative's kind, without drawing the rest of it. It uses
// the initiatives' stream, and so cannot be called while an initiative
// is drawn.
func (g *generator) initiativeKind(i int) (int, cooperation.InitiativeKind) {
	j, _, _ := g.initiativeStart(g.ir, i)
	return j, g.kindOfInitiative(g.ir)
}

// kindOfInitiative draws the kind of an initiative with x, at its place
// in the initiative's stream: the first draw after initiativeStart.
func (g *generator) kindOfInitiative(x *rng) cooperation.InitiativeKind {
	kind := initiativeKinds[x.weighted(initiativeWeights)]
	if kind == "joint_work" && len(g.w.igos) == 0 {
		kind = "other"
	}
	return cooperation.InitiativeKind(kind)
}

// drawInitiative draws initiative i.
func (g *generator) drawInitiative(i int) cooperation.Initiative {
	x := g.ir
	j, agreement, related := g.initiativeStart(x, i)
	m := g.meeting(j)
	in := g.newInitiative(x, i, &m)
	proposal(x, &in, &m)
	g.history(x, &in, &m)
	if agreement >= 0 && inPerson(&m) {
		in.Agreements = []cooperation.AgreementID{g.agreementID(agreement)}
	}
	if related >= 0 {
		in.Related = []cooperation.InitiativeID{g.initiativeID(related)}
	}
	if x.chance(0.03) {
		in.Note = "The report gives no timetable."
	}
	if x.chance(0.03) {
		in.Uncertain = amity.Uncertainty{"title": {Basis: amity.BasisApproximate,
			Reason: "The report describes the plan without naming it; the title describes it."}}
	}
	return in
}

// newInitiative returns initiative i as it was raised at meeting m: its
// kind, title, topics, parties, places and organizations.
func (g *generator) newInitiative(x *rng, i int, m *events.Meeting) cooperation.Initiative {
	w := g.w
	states := m.States()
	a, b := w.stateIndex(states[0]), w.stateIndex(states[1])
	kind := string(g.kindOfInitiative(x))
	t := pick(x, m.Topics)
	city := pick(x, w.cities[b])
	in := cooperation.Initiative{
		ID:       g.initiativeID(i),
		Title:    initiativeTitle(kind, w.states[a].Name, w.states[b].Name, t, city),
		Kind:     cooperation.InitiativeKind(kind),
		Topics:   []events.Topic{t},
		Parties:  []orgs.StateID{states[0], states[1]},
		Meetings: []events.MeetingID{m.ID},
		Sources:  m.Sources[:1:1],
	}
	switch kind {
	case "domestic_programme":
		in.Parties = in.Parties[:1]
	case "cultural_centre", "festival", "heritage_and_restoration":
		in.Places = []orgs.Place{{City: city, Country: states[1]}}
	case "twinning":
		in.Topics = append(in.Topics, events.TopicTwinning)
		if in.Topics[0] == events.TopicTwinning {
			in.Topics = in.Topics[:1]
		}
		in.Places = []orgs.Place{{City: city, Country: states[1]}, {Country: states[0], Note: "A city not yet named."}}
	case "joint_work":
		in.Organizations = []orgs.OrganizationID{w.organizations[pick(x, w.igos)].ID}
		if o := w.organizations[pick(x, w.igos)].ID; o != in.Organizations[0] && x.chance(0.5) {
			in.Organizations = append(in.Organizations, o)
		}
		in.MoreOrganizations = x.chance(0.3)
	}
	// The tie it serves: the twinning of the pair's cities, or now and
	// then their diplomatic relations, as for an anniversary.
	if t, ok := w.tieOf(int32(a), int32(b), cooperation.TieTwinning); ok && kind == "twinning" {
		in.Ties = []cooperation.TieID{w.ties[t].ID}
	} else if t, ok := w.tieOf(int32(a), int32(b), cooperation.TieDiplomatic); ok && x.chance(0.1) {
		in.Ties = []cooperation.TieID{w.ties[t].ID}
	}
	return in
}

// proposal draws who proposed initiative in at meeting m, in which
// statement, and who leads it. A proposer represents one of the
// initiative's parties at the meeting.
func proposal(x *rng, in *cooperation.Initiative, m *events.Meeting) {
	ofParty := func(o orgs.OfficialID) bool {
		for _, p := range m.Participants {
			if p.Official == o && slices.Contains(in.Parties, p.State) {
				return true
			}
		}
		return false
	}
	for _, s := range m.Statements {
		if proposes(s.Verb) && (len(s.Groups) > 0 || len(s.Speakers) > 0 && !slices.ContainsFunc(s.Speakers, func(o orgs.OfficialID) bool { return !ofParty(o) })) {
			in.ProposedBy, in.ProposedByGroups = s.Speakers, s.Groups
			in.ProposalInferred = s.SpeakersInferred
			in.Statements = []events.StatementID{s.ID}
			break
		}
	}
	if in.ProposedBy == nil && in.ProposedByGroups == nil && x.chance(0.6) {
		// A delegation that took part, or an official of a party: the
		// participants that are groups come last.
		var officials []orgs.OfficialID
		for _, o := range m.Officials() {
			if ofParty(o) {
				officials = append(officials, o)
			}
		}
		if gs := m.Groups(); gs != nil && (x.chance(0.5) || len(officials) == 0) {
			in.ProposedByGroups = gs
		} else if len(officials) > 0 {
			in.ProposedBy = []orgs.OfficialID{officials[x.IntN(len(officials))]}
		}
	}
	if in.Statements == nil && len(m.Statements) > 0 && x.chance(0.3) {
		in.Statements = []events.StatementID{pick(x, m.Statements).ID}
	}
	if x.chance(0.1) {
		in.LedBy = []orgs.OfficialID{m.Participants[0].Official}
	}
}

// history draws the history of initiative in: raised at meeting m, then
// forward in the lifecycle, until it closes or the archive ends.
func (g *generator) history(x *rng, in *cooperation.Initiative, m *events.Meeting) {
	w := g.w
	status := cooperation.StatusProposed
	if x.chance(0.3) {
		status = cooperation.StatusAgreed
	}
	in.History = []cooperation.StatusChange{{Status: status, Date: m.Date, Meeting: m.ID, Sources: m.Sources[:1:1]}}
	for range x.weighted([]int{40, 30, 20, 10}) {
		if !status.Open() {
			break
		}
		day := w.cal.last(in.History[len(in.History)-1].Date) + 1 + int32(x.between(30, 700))
		if day > w.lastDay {
			break
		}
		switch {
		case x.chance(0.1):
			status = cooperation.StatusAbandoned
		case x.chance(0.1):
			// restated
		default:
			status = lifecycle[min(slices.Index(lifecycle, status)+x.between(1, 2), len(lifecycle)-1)]
		}
		h := cooperation.StatusChange{Status: status, Date: w.cal.at(day, x.precision(0.15, 0)),
			Sources: []amity.SourceID{w.sourceID(int(x.source.Uint64()))}}
		if x.chance(0.3) {
			h.Note = statusNote(status)
		}
		in.History = append(in.History, h)
	}
}

// lifecycle is the order of the open statuses and completion.
var lifecycle = []cooperation.Status{cooperation.StatusProposed, cooperation.StatusAgreed, cooperation.StatusDrafting,
	cooperation.StatusSigned, cooperation.StatusInProgress, cooperation.StatusCompleted}

// statusNote returns what a source says of an initiative reaching status.
func statusNote(status cooperation.Status) string {
	switch status {
	case cooperation.StatusProposed:
		return "The proposal was repeated."
	case cooperation.StatusAgreed:
		return "The sides agreed on the plan."
	case cooperation.StatusDrafting:
		return "Work is under way on a draft."
	case cooperation.StatusSigned:
		return "The document was signed."
	case cooperation.StatusInProgress:
		return "The first events took place."
	case cooperation.StatusCompleted:
		return "The project was completed."
	}
	return "The project was not pursued."
}

package synth

import (
	"strconv"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

func (g *generator) agreementID(i int) cooperation.AgreementID {
	return cooperation.AgreementID(id("agr-", i, g.agreementW))
}

// agreementPlan is what others need to know of agreement i before it is
// drawn: whether it is meant to implement an earlier agreement, the
// meeting of its stride it comes from, and whether it was signed there.
type agreementPlan struct {
	exec      bool
	meeting   int
	atMeeting bool
}

// agreementPlan draws the plan of agreement i with x, from the start of
// the agreement's stream; x may go on to draw the agreement.
func (g *generator) agreementPlan(x *rng, i int) agreementPlan {
	x.reset(tagAgreements, i)
	p := agreementPlan{exec: i > 0 && x.chance(0.35)}
	p.meeting = i*AgreementStride + x.IntN(AgreementStride)
	p.atMeeting = !p.exec && x.chance(0.5)
	return p
}

// signedAt reports whether an agreement was signed at meeting j, if the
// meeting is in person. It remembers the plan it drew last, which the
// next meetings, of the same stride, ask for again.
func (g *generator) signedAt(j int) bool {
	a := j / AgreementStride
	if a >= g.agreements {
		return false
	}
	if a != g.planned {
		g.plan, g.planned = g.agreementPlan(g.pr, a), a
	}
	return g.plan.atMeeting && g.plan.meeting == j
}

// inPerson reports whether meeting m took place in person: it has a
// place, where a call by phone has none.
func inPerson(m *events.Meeting) bool { return m.Place.Country != "" }

// agreement returns agreement i.
func (g *generator) agreement(i int) cooperation.Agreement {
	a := g.drawAgreement(i)
	if g.c.EveryField {
		switch i {
		case 0:
			fillAgreement(g.w, &a, g.meetingID(g.agreementPlan(g.pr, 0).meeting))
		case g.agreements - 1:
			fillLastAgreement(g.w, &a)
		}
	}
	return a
}

// drawAgreement draws agreement i: an executive programme under the
// nearest of the three agreements before it that is not one, within that
// agreement's term, if it is meant to be one and there is room for it;
// otherwise an agreement of the states of the meeting of its plan.
func (g *generator) drawAgreement(i int) cooperation.Agreement {
	x := g.ar
	p := g.agreementPlan(x, i)
	if i == 1 && g.c.EveryField {
		// The second agreement of an archive with every field set
		// implements the first, if there is room for it.
		parent := g.framework(g.par, 0, g.agreementPlan(g.par, 0))
		if a, ok := g.executive(x, i, &parent); ok {
			return a
		}
	}
	if p.exec {
		for k := i - 1; k >= max(0, i-3); k-- {
			if g.framed(k) {
				parent := g.framework(g.par, k, g.agreementPlan(g.par, k))
				if a, ok := g.executive(x, i, &parent); ok {
					return a
				}
				break
			}
		}
	}
	return g.framework(x, i, p)
}

// framed reports whether agreement k is drawn by framework: whether it
// is not meant to be an executive programme.
func (g *generator) framed(k int) bool {
	return !g.agreementPlan(g.pr, k).exec && (k != 1 || !g.c.EveryField)
}

// framework draws agreement i, planned as p, with x, which has drawn the
// plan: an agreement, a memorandum of understanding or a programme of the
// first two states of the meeting of the plan, signed at the meeting, on
// its topics, or on a day of its own.
func (g *generator) framework(x *rng, i int, p agreementPlan) cooperation.Agreement {
	w := g.w
	s := g.sketch(p.meeting)
	sa, sb := s.states[0], s.states[1]
	a := cooperation.Agreement{ID: g.agreementID(i)}
	kind := x.weighted([]int{30, 45, 25})
	a.Kind = []cooperation.AgreementKind{cooperation.AgreementTreaty, cooperation.AgreementMemorandum, cooperation.AgreementProgramme}[kind]
	a.Parties = g.parties(x, sa, sb)
	var day int32
	var topics []events.Topic
	if p.atMeeting && inPerson(&s.m) {
		// Signed at the meeting by the first participants of its first
		// two states, whose posts cover its date.
		m := g.meeting(p.meeting)
		a.Signed, a.Meeting, a.Place = m.Date, m.ID, orgs.Place{City: m.Place.City, Country: m.Place.Country}
		day = w.cal.last(m.Date)
		b := m.Participants[firstOf(m.Participants, w.states[sb].ID)]
		for k, pt := range []events.Participant{m.Participants[0], b} {
			a.Signatories = append(a.Signatories, cooperation.Signatory{Official: pt.Official, Post: pt.Post, For: a.Parties[k]})
		}
		a.Sources = m.Sources[:1:1]
		topics = m.Topics
	} else {
		day = x.growing(w.firstDay, w.lastDay)
		a.Signed = w.cal.at(day, x.precision(0.1, 0.02))
		if x.chance(0.7) {
			host := []int32{sa, sb}[x.IntN(2)]
			a.Place = orgs.Place{City: w.cities[host][0], Country: w.states[host].ID}
		}
		a.Signatories = g.signatories(x, a.Parties, []int32{sa, sb}, day)
		a.Sources = []amity.SourceID{w.sourceID(int(x.source.Uint64()))}
		topics = []events.Topic{allTopics[x.weighted(topicWeights)]}
		if x.chance(0.05) {
			a.Uncertain = amity.Uncertainty{"signed": {Basis: amity.BasisInferred,
				Reason: "The report does not give the date of signature; it is taken to be that of the report."}}
		}
	}
	g.term(x, &a, day)
	first := w.cal.day(day).Year()
	if d := a.Duration; a.Kind == cooperation.AgreementProgramme && !d.IsZero() {
		a.Title = "Programme of cultural cooperation between " + partyNames(w, a.Parties) + " for " + span(first, d.Years)
	} else {
		a.Title = agreementTitle(a.Kind, partyNames(w, a.Parties))
	}
	if a.Kind == cooperation.AgreementMemorandum && x.chance(0.3) {
		a.ShortTitle = "MOU"
	}
	g.contents(x, &a, topics)
	if t, ok := w.tieOf(sa, sb, cooperation.TieCulturalAgreement); ok && a.Kind == cooperation.AgreementTreaty && x.chance(0.6) {
		a.Tie = w.ties[t].ID
	}
	if x.chance(0.1) && day+200 <= w.lastDay {
		s := &w.states[sa]
		a.Publications = []cooperation.Publication{{In: "Official Gazette of " + s.Name,
			Date: w.cal.day(day + int32(x.between(30, 200)))}}
	}
	if x.chance(0.03) {
		a.Note = "The text of the agreement has not been published."
	}
	return a
}

// firstOf returns the index of the first participant of ps who
// represents state s.
func firstOf(ps []events.Participant, s orgs.StateID) int {
	for i, p := range ps {
		if p.State == s {
			return i
		}
	}
	return 0
}

// parties draws the parties of an agreement of states a and b: the states
// themselves, or their ministries of culture.
func (g *generator) parties(x *rng, a, b int32) []orgs.Body {
	w := g.w
	if x.chance(0.5) {
		return []orgs.Body{{State: w.states[a].ID}, {State: w.states[b].ID}}
	}
	return []orgs.Body{{Ministry: w.ministries[w.stateMinistries[a][0]].ID}, {Ministry: w.ministries[w.stateMinistries[b][0]].ID}}
}

// bodyState returns the index of the state of body b, a state or a
// ministry of w.
func (w *world) bodyState(b orgs.Body) int32 {
	if b.State != "" {
		return int32(w.stateIndex(b.State))
	}
	// Ministry IDs are "min-" and the ministry's index.
	i, _ := strconv.Atoi(string(b.Ministry[len("min-"):]))
	return int32(w.stateIndex(w.ministries[i].State))
}

// signatories draws who signed an agreement of parties, the bodies of
// states, on day: for each party, the holder on that day of the post of
// minister of its ministry or, for a state, of its ministry of culture or
// now and then of foreign affairs.
func (g *generator) signatories(x *rng, parties []orgs.Body, states []int32, day int32) []cooperation.Signatory {
	w := g.w
	out := make([]cooperation.Signatory, len(parties))
	for k, p := range parties {
		rank := 0
		if p.State != "" && x.chance(0.3) {
			rank = min(1, len(w.stateMinistries[states[k]])-1)
		}
		o := &w.officials[w.holderAt(g.slotAt(states[k], rank, 0), day)]
		out[k] = cooperation.Signatory{Official: o.ID, Post: o.Posts[0].ID, For: p}
	}
	return out
}

// term draws when agreement a, signed on day, enters into force and for
// how long: programmes for a few years, not renewed; memoranda and
// agreements for five or ten years, often renewed, or with no term.
func (g *generator) term(x *rng, a *cooperation.Agreement, day int32) {
	w := g.w
	switch x.weighted([]int{50, 30, 20}) {
	case 0:
		a.InForceOnSignature = true
	case 1:
		if d := day + int32(x.between(30, 400)); d <= w.lastDay {
			a.EntryIntoForce = w.cal.day(d)
		} else {
			a.InForceOnSignature = true
		}
	}
	switch a.Kind {
	case cooperation.AgreementProgramme:
		a.Duration, a.Renewal = cooperation.Duration{Years: x.between(2, 4)}, cooperation.RenewalNone
		if x.chance(0.3) {
			a.Expires = a.Duration.After(a.InForce())
		}
	case cooperation.AgreementMemorandum:
		a.Duration = cooperation.Duration{Years: []int{3, 5}[x.IntN(2)]}
		a.Renewal = []cooperation.Renewal{cooperation.RenewalAutomatic, cooperation.RenewalByAgreement, cooperation.RenewalNone}[x.weighted([]int{5, 3, 2})]
	default:
		if x.chance(0.8) {
			a.Duration, a.Renewal = cooperation.Duration{Years: []int{5, 10}[x.weighted([]int{3, 1})]}, cooperation.RenewalAutomatic
		}
	}
	if a.Kind != cooperation.AgreementProgramme && x.chance(0.02) && day+400 < w.lastDay {
		a.Terminated = w.cal.day(day + 365 + int32(x.IntN(int(w.lastDay-day-365))))
	}
}

// contents draws the topics and provisions of agreement a, from topics,
// those of the meeting it comes from.
func (g *generator) contents(x *rng, a *cooperation.Agreement, topics []events.Topic) {
	a.Topics = []events.Topic{pick(x, topics)}
	if t := allTopics[x.weighted(topicWeights)]; t != a.Topics[0] && x.chance(0.5) {
		a.Topics = append(a.Topics, t)
	}
	for _, t := range a.Topics {
		if x.chance(0.4) {
			a.Provisions = append(a.Provisions, cooperation.Provision{Summary: "The parties will encourage " + topicPhrase(t) + ".",
				Topics: []events.Topic{t}})
		}
	}
}

// executive draws agreement i with x as an executive programme under
// parent: of the same parties, in force on signature for one to three
// years within the parent's term, and false if the parent's term leaves
// no room for one before the archive ends.
func (g *generator) executive(x *rng, i int, parent *cooperation.Agreement) (cooperation.Agreement, bool) {
	w := g.w
	start := parent.InForce()
	if start.IsZero() {
		start = parent.Signed
	}
	lo, hi := w.cal.last(start)+30, w.lastDay
	end := parent.End()
	if !end.IsZero() && end.Year() <= calLastYear {
		hi = min(hi, w.cal.dayOf(end.Year(), max(int(end.Month()), 1), max(end.Day(), 1))-365)
	}
	if lo >= hi {
		return cooperation.Agreement{}, false
	}
	day := lo + int32(x.IntN(int(hi-lo)))
	signed := w.cal.day(day)
	years := x.between(1, 3)
	for years > 0 && !end.IsZero() && (cooperation.Duration{Years: years}).After(signed).After(end) {
		years--
	}
	if years == 0 {
		return cooperation.Agreement{}, false
	}
	states := make([]int32, len(parent.Parties))
	for k, p := range parent.Parties {
		states[k] = w.bodyState(p)
	}
	a := cooperation.Agreement{
		ID:                 g.agreementID(i),
		Kind:               cooperation.AgreementExecutive,
		Title:              "Executive programme for " + span(signed.Year(), years) + " of cooperation in culture between " + partyNames(w, parent.Parties),
		Parties:            append([]orgs.Body(nil), parent.Parties...),
		Signed:             signed,
		InForceOnSignature: true,
		Duration:           cooperation.Duration{Years: years},
		Renewal:            cooperation.RenewalNone,
		Parent:             parent.ID,
		Relation:           cooperation.RelationImplements,
	}
	a.Signatories = g.signatories(x, a.Parties, states, day)
	if x.chance(0.5) {
		a.Place = orgs.Place{City: w.cities[states[0]][0], Country: w.states[states[0]].ID}
	}
	g.contents(x, &a, parent.Topics)
	a.Sources = []amity.SourceID{w.sourceID(int(x.source.Uint64()))}
	return a, true
}

// span returns the years of a term of n years from year first: "2019",
// "2019 to 2021".
func span(first, n int) string {
	if n <= 1 {
		return strconv.Itoa(first)
	}
	return strconv.Itoa(first) + " to " + strconv.Itoa(first+n-1)
}

// partyNames names the parties of an agreement: "Azerbaijan and Iran", or
// "the Ministry of Culture of Azerbaijan and the Ministry of Culture of
// Iran".
func partyNames(w *world, parties []orgs.Body) string {
	name := func(b orgs.Body) string {
		s := w.states[w.bodyState(b)].Name
		if b.State != "" {
			return s
		}
		return "the Ministry of Culture of " + s
	}
	return name(parties[0]) + " and " + name(parties[1])
}

// agreementTitle returns the title of an agreement of kind k between
// parties named as names.
func agreementTitle(k cooperation.AgreementKind, names string) string {
	switch k {
	case cooperation.AgreementTreaty:
		return "Agreement between " + names + " on cooperation in the fields of culture and art"
	case cooperation.AgreementMemorandum:
		return "Memorandum of Understanding on cultural cooperation between " + names
	}
	return "Programme of cultural cooperation between " + names
}

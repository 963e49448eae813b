package synth

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

func (g *generator) visitID(k int) events.VisitID { return events.VisitID(id("v-", k, g.visitW)) }
func (g *generator) meetingID(j int) events.MeetingID {
	return events.MeetingID(id("m-", j, g.meetingW))
}

// visitPlan is what the meetings of a visit need to know of it.
type visitPlan struct {
	guest, host int32 // states
	pair        int32 // the rank of the pair
	start       int32 // the first day
	days        int32 // at least 1
	month       bool  // known to the month only
	slots       [2]int
	visitors    int // slots in use
	city        string
	meetings    int  // the first meetings of the visit's block that belong to it
	delegation  bool // the visitors come with a delegation, a group of its own
}

// visitPlan draws the plan of visit k, from the start of its stream.
func (g *generator) visitPlan(k int) visitPlan {
	w, x := g.w, g.vr
	x.reset(tagVisits, k)
	p := visitPlan{}
	p.pair = int32(x.pair.Uint64())
	pair := w.pairs[p.pair]
	p.guest, p.host = pair[0], pair[1]
	if x.chance(0.5) {
		p.guest, p.host = p.host, p.guest
	}
	p.days = int32(1 + x.weighted([]int{25, 30, 25, 10, 6, 4}))
	p.start = x.growing(w.firstDay, w.lastDay-p.days+1)
	p.month = x.chance(0.05)
	if x.chance(0.7) {
		p.slots[0] = g.cultureSlot(p.guest, 0)
	} else {
		p.slots[0] = g.drawnSlot(x, p.guest, 0)
	}
	p.visitors = 1
	if x.chance(0.3) {
		p.slots[1] = g.drawnSlot(x, p.guest, min(1, w.positions-1))
		if p.slots[1] != p.slots[0] {
			p.visitors = 2
		}
	}
	p.city = w.cities[p.host][0]
	if x.chance(0.3) {
		p.city = pick(x, w.cities[p.host])
	}
	p.meetings = min(x.between(1, 3), g.c.Meetings-k*VisitBlock)
	p.delegation = g.withDelegation(k)
	return p
}

// withDelegation reports whether the visitors of visit k come with a
// delegation: for a quarter of the visits, chosen by a hash of the seed
// and k, so that the groups of an archive are found without planning
// every visit.
func (g *generator) withDelegation(k int) bool {
	return mix(g.c.Seed^mix(tagGroups<<56^uint64(k))) < 1<<62
}

// cultureSlot returns the slot of position pos in the ministry of
// culture of state s.
func (g *generator) cultureSlot(s int32, pos int) int { return g.slotAt(s, 0, pos) }

// drawnSlot returns the slot of position pos in a ministry of state s
// drawn with most weight on culture and foreign affairs.
func (g *generator) drawnSlot(x *rng, s int32, pos int) int {
	ms := g.w.stateMinistries[s]
	rank := 0
	switch x.weighted([]int{55, 20, 25}) {
	case 1:
		rank = min(1, len(ms)-1)
	case 2:
		rank = x.IntN(len(ms))
	}
	return g.slotAt(s, rank, pos)
}

// slotAt returns the slot of position pos in the ministry of state s of
// the given rank.
func (g *generator) slotAt(s int32, rank, pos int) int {
	return pos*len(g.w.ministries) + int(g.w.stateMinistries[s][rank])
}

// visit returns visit k.
func (g *generator) visit(k int) events.Visit {
	v := g.drawVisit(k)
	if k == 0 && g.c.EveryField {
		fillVisit(&v, g.groupID(0))
	}
	return v
}

// drawVisit draws visit k.
func (g *generator) drawVisit(k int) events.Visit {
	w, p := g.w, g.visitPlan(k)
	x := g.vr
	v := events.Visit{
		ID:     g.visitID(k),
		Guest:  w.states[p.guest].ID,
		Host:   w.states[p.host].ID,
		Places: []orgs.Place{{City: p.city, Country: w.states[p.host].ID}},
	}
	v.Visitors = make([]orgs.OfficialID, p.visitors)
	for i := range v.Visitors {
		v.Visitors[i] = w.officials[w.holderAt(p.slots[i], p.start)].ID
	}
	if p.month {
		v.Start = w.cal.month(p.start)
	} else {
		v.Start = w.cal.day(p.start)
		if p.days > 1 {
			v.End = w.cal.day(p.start + p.days - 1)
		}
	}
	switch x.weighted([]int{50, 15, 10, 5, 20}) {
	case 0:
		v.Occasion = events.OccasionOfficialVisit
	case 1:
		v.Occasion = events.OccasionEvent
		v.Note = "The " + syllables(x, 2) + " International Film Festival."
	case 2:
		v.Occasion = events.OccasionCommission
		v.Note = "A session of the joint intergovernmental commission."
	case 3:
		v.Occasion = events.OccasionStateVisit
	}
	if x.chance(0.5) {
		v.Codes = []events.EventCode{eventCode("042")}
	}
	v.Sources = []amity.SourceID{w.sourceID(int(x.source.Uint64()))}
	if p.delegation {
		v.Groups = []orgs.GroupID{g.groupID(k)}
	}
	if v.End.IsZero() && !p.month && x.chance(0.1) {
		v.Uncertain = amity.Uncertainty{"start": {Basis: amity.BasisInferred, Reason: "The report gives the day of the first talks, not of the arrival."}}
	}
	return v
}

// eventCode returns the code of CAMEO c with the PLOVER type and mode it
// maps to.
func eventCode(c events.CAMEOCode) events.EventCode {
	e, m := c.PLOVER()
	return events.EventCode{CAMEO: c, PLOVER: e, Mode: m}
}

// The CAMEO codes of meetings in person that are not visits, with weights,
// and the codes that may follow the first.
var (
	meetingCodes       = []events.CAMEOCode{"040", "036", "046", "057", "051", "030", "032", "061", "050", "0311", "04", "03"}
	meetingCodeWeights = []int{20, 10, 8, 8, 6, 8, 6, 6, 6, 4, 4, 4}
	secondCodes        = []events.CAMEOCode{"036", "057", "030", "051", "032"}
)

// meetingSetting is where and how the states of a meeting that is not
// part of a visit meet.
type meetingSetting int

// The settings of meetings that are not part of a visit.
const (
	settingHosted       meetingSetting = iota // in one of the states, its host
	settingMultilateral                       // three states, in one of them
	settingThirdParty                         // in a third state, with no host
	settingPhone                              // by phone: no host, no place
)

// scene is who meets, when and where: what the participants and codes of
// a meeting are drawn for.
type scene struct {
	visit   *visitPlan // the visit the meeting is part of; nil if none
	states  [3]int32   // the states that meet, the first nStates of them
	nStates int
	pair    int32          // the rank of the pair of the first two states
	day     int32          // the day the participants are in office
	setting meetingSetting // settingHosted for a meeting of a visit
	// delegation is true if the visit's delegation takes part as a whole.
	// Its ID goes apart from the scene, which holds no string, so that
	// the visit's plan, to which it points, stays off the heap.
	delegation bool
}

// cast is who takes part in a meeting, as indexes of the world's
// officials: chosen in the order of the meeting's participants, a and b
// the first participants of its first two states, b the participant at
// index bAt; and the group that takes part, if one does, after them.
type cast struct {
	chosen []int32
	a, b   int32
	bAt    int
	group  orgs.GroupID
}

// meeting returns meeting j.
func (g *generator) meeting(j int) events.Meeting {
	m := g.drawMeeting(j)
	if j == 0 && g.c.EveryField {
		fillMeeting(g.w, &m, g.groupID(0))
	}
	return m
}

// drawMeeting draws meeting j.
func (g *generator) drawMeeting(j int) events.Meeting {
	var vp visitPlan
	m, sc := g.openMeeting(j, &vp)
	x := g.mr
	var group orgs.GroupID
	if sc.delegation {
		group = g.groupID(j / VisitBlock)
	}
	c := g.participants(x, &m, sc, group)
	g.roles(x, &m, sc, c)
	g.discussion(x, &m, c)
	m.Codes = meetingCodesOf(x, sc)
	g.session(x, &m, sc)
	g.qualify(x, &m)
	if sc.setting != settingPhone && g.signedAt(j) {
		signing(&m, c)
	}
	return m
}

// openMeeting starts to draw meeting j, from the start of the meetings'
// stream: its scene (date, host, place and visit) and its sources, all
// that a sketch of it needs. vp receives the plan of the visit of the
// meeting's block, to which the scene of a meeting of the visit points.
func (g *generator) openMeeting(j int, vp *visitPlan) (events.Meeting, scene) {
	k := j / VisitBlock
	inVisit := false
	if k < g.visits {
		*vp = g.visitPlan(k)
		inVisit = j%VisitBlock < vp.meetings
	}
	x := g.mr
	x.reset(tagMeetings, j)
	m := events.Meeting{ID: g.meetingID(j)}
	var sc scene
	if inVisit {
		sc = g.visitScene(x, &m, k, vp)
	} else {
		sc = g.ownScene(x, &m)
	}
	g.cite(x, &m)
	return m, sc
}

// sketch is a meeting as its scene and sources tell it, without its
// participants and what they said: what the agreements and cultural
// events that come of a meeting need of it, at a fraction of the cost of
// the meeting.
type sketch struct {
	// m holds the meeting's ID, date, host, place, visit and sources.
	m events.Meeting
	// states are the first two states of the meeting, guest and host
	// for a meeting of a visit: the states of its first participants.
	states [2]int32
	// group is the visit's delegation, if it takes part.
	group orgs.GroupID
}

// sketch returns the sketch of meeting j, as [generator.meeting] would
// draw the meeting (but for the values of Config.EveryField).
func (g *generator) sketch(j int) sketch {
	var vp visitPlan
	m, sc := g.openMeeting(j, &vp)
	s := sketch{m: m, states: [2]int32{sc.states[0], sc.states[1]}}
	if sc.delegation {
		s.group = g.groupID(j / VisitBlock)
	}
	return s
}

// visitScene sets the date, host, place and visit of meeting m, part of
// visit k planned as vp: the visit's states, on one of its days, in its
// city.
func (g *generator) visitScene(x *rng, m *events.Meeting, k int, vp *visitPlan) scene {
	w := g.w
	sc := scene{visit: vp, nStates: 2, setting: settingHosted}
	sc.states[0], sc.states[1], sc.pair = vp.guest, vp.host, vp.pair
	sc.day = vp.start + int32(x.IntN(int(vp.days)))
	if vp.month {
		// Dated by the visit's month: the day that chooses the
		// participants stays in it, so that their posts cover it.
		m.Date = w.cal.month(vp.start)
		sc.day = min(sc.day, w.cal.last(m.Date))
	} else {
		m.Date = w.cal.day(sc.day)
	}
	m.Host = w.states[vp.host].ID
	m.Place = orgs.Place{City: vp.city, Country: w.states[vp.host].ID}
	m.Visit = g.visitID(k)
	sc.delegation = vp.delegation && x.chance(0.5)
	return sc
}

// ownScene draws the states, date, setting, host and place of meeting m,
// which is not part of a visit.
func (g *generator) ownScene(x *rng, m *events.Meeting) scene {
	w := g.w
	sc := scene{nStates: 2}
	sc.pair = int32(x.pair.Uint64())
	pair := w.pairs[sc.pair]
	sc.states[0], sc.states[1] = pair[0], pair[1]
	if x.chance(0.5) {
		sc.states[0], sc.states[1] = sc.states[1], sc.states[0]
	}
	sc.day = x.growing(w.firstDay, w.lastDay)
	m.Date = w.cal.at(sc.day, x.precision(0.07, 0.03))
	sc.setting = meetingSetting(x.weighted([]int{75, 8, 7, 10}))
	if sc.setting == settingMultilateral || sc.setting == settingThirdParty {
		t, ok := g.otherState(x, sc.states[:2])
		switch {
		case !ok:
			sc.setting = settingHosted
		case sc.setting == settingMultilateral:
			sc.states[2] = t
			sc.nStates = 3
		default:
			m.Place = orgs.Place{City: pick(x, w.cities[t]), Country: w.states[t].ID}
		}
	}
	if sc.setting == settingHosted || sc.setting == settingMultilateral {
		host := sc.states[x.IntN(sc.nStates)]
		city := w.cities[host][0]
		if x.chance(0.3) {
			city = pick(x, w.cities[host])
		}
		m.Place = orgs.Place{City: city, Country: w.states[host].ID}
		m.Host = w.states[host].ID
	}
	return sc
}

// participants draws the participants of meeting m: at least one of each
// state, the visitor first, and group, the visit's delegation, last if it
// takes part.
func (g *generator) participants(x *rng, m *events.Meeting, sc scene, group orgs.GroupID) cast {
	w := g.w
	total := max(2+x.weighted([]int{50, 25, 13, 8, 4}), sc.nStates)
	var count [3]int
	for s := range sc.nStates {
		count[s] = 1
	}
	for range total - sc.nStates {
		count[x.IntN(sc.nStates)]++
	}
	chosen := make([]int32, 0, total)
	m.Participants = make([]events.Participant, 0, total)
	first := [3]int{}
	for s := range sc.nStates {
		first[s] = len(chosen)
		for n := range count[s] {
			var o int32
			ok := true
			if n == 0 && sc.visit != nil && s == 0 {
				o = w.holderAt(sc.visit.slots[0], sc.day)
			} else if o, ok = g.official(x, sc.states[s], sc.day, chosen); !ok {
				continue
			}
			chosen = append(chosen, o)
			m.Participants = append(m.Participants, events.Participant{
				Official: w.officials[o].ID, State: w.states[sc.states[s]].ID, Post: w.officials[o].Posts[0].ID,
			})
		}
	}
	if group != "" {
		m.Participants = append(m.Participants, events.Participant{Group: group, State: w.states[sc.states[0]].ID})
	}
	return cast{chosen: chosen, a: chosen[first[0]], b: chosen[first[1]], bAt: first[1], group: group}
}

// roles draws the roles of the first participant of each side of a
// meeting of a visit, m: the visitor is the guest, or the head of the
// delegation when the delegation takes part and the visitor leads it;
// the host's first participant is the host. Some meetings of visits
// state no roles, unless the delegation takes part.
func (g *generator) roles(x *rng, m *events.Meeting, sc scene, c cast) {
	if sc.visit == nil || c.group == "" && !x.chance(0.3) {
		return
	}
	m.Participants[0].Role = events.RoleGuest
	if c.group != "" && c.a == g.w.holderAt(sc.visit.slots[0], sc.visit.start) {
		m.Participants[0].Role = events.RoleHeadOfDelegation
	}
	m.Participants[c.bAt].Role = events.RoleHost
}

// session makes meeting m, of a pair with a joint commission founded
// before it, now and then a session of the commission, numbered by the
// years since the commission's foundation.
func (g *generator) session(x *rng, m *events.Meeting, sc scene) {
	if sc.nStates != 2 || sc.setting == settingPhone {
		return
	}
	o := g.w.commissions[sc.pair]
	if o < 0 || !x.chance(0.25) {
		return
	}
	cm := &g.w.organizations[o]
	if !m.Date.Before(cm.Founded) {
		m.Commission, m.Session = cm.ID, m.Date.Year()-cm.Founded.Year()+1
	}
}

// qualify draws what a reader of meeting m should know of its facts: now
// and then a year inferred from the date of the report, or a note.
func (g *generator) qualify(x *rng, m *events.Meeting) {
	if m.Date.Precision() == amity.PrecisionDay && x.chance(0.02) {
		m.Uncertain = amity.Uncertainty{"date": {Basis: amity.BasisInferred,
			Reason: "The report gives the day and the month; the year is that of its publication."}}
	}
	if x.chance(0.01) {
		m.Note = "The report names only the heads of the delegations."
	}
}

// signing marks meeting m, at which an agreement was signed: its
// signatories, the first participants of its first two states, take the
// role of signatory, and the meeting the code of signing an agreement.
func signing(m *events.Meeting, c cast) {
	m.Participants[0].Role = events.RoleSignatory
	m.Participants[c.bAt].Role = events.RoleSignatory
	for _, e := range m.Codes {
		if e.CAMEO == signCode {
			return
		}
	}
	m.Codes = append(m.Codes, eventCode(signCode))
}

// signCode is the CAMEO code of signing a formal agreement.
const signCode events.CAMEOCode = "057"

// discussion draws what the participants c of meeting m discussed and
// said, and the meeting's title and summary.
func (g *generator) discussion(x *rng, m *events.Meeting, c cast) {
	w := g.w
	m.Topics = make([]events.Topic, 0, 4)
	for range 1 + x.weighted([]int{35, 35, 20, 10}) {
		t := allTopics[x.weighted(topicWeights)]
		if !slices.Contains(m.Topics, t) {
			m.Topics = append(m.Topics, t)
		}
	}
	if n := x.weighted([]int{30, 38, 24, 8}); n > 0 {
		m.Statements = make([]events.Statement, n)
		for i := range m.Statements {
			m.Statements[i] = g.statement(x, m, i, c)
		}
	}
	if x.chance(0.6) {
		m.Title = w.family[c.a] + " meets " + w.family[c.b]
	}
	if x.chance(0.1) {
		if len(m.Topics) > 1 {
			m.Summary = "The meeting discussed " + topicPhrase(m.Topics[0]) + " and " + topicPhrase(m.Topics[1]) + "."
		} else {
			m.Summary = "The meeting focused on " + topicPhrase(m.Topics[0]) + "."
		}
	}
}

// meetingCodesOf draws the event codes of a meeting of scene sc: one that
// says how the states met, and now and then a second.
func meetingCodesOf(x *rng, sc scene) []events.EventCode {
	var code events.CAMEOCode
	switch {
	case sc.visit != nil:
		code = "042"
		if x.chance(0.5) {
			code = "043"
		}
	case sc.setting == settingPhone:
		code = "041"
	case sc.setting == settingThirdParty:
		code = "044"
	default:
		code = meetingCodes[x.weighted(meetingCodeWeights)]
	}
	codes := []events.EventCode{eventCode(code)}
	if c := pick(x, secondCodes); c != code && x.chance(0.25) {
		codes = append(codes, eventCode(c))
	}
	return codes
}

// cite draws the sources of meeting m: one or two, and now and then one
// cited for its date.
func (g *generator) cite(x *rng, m *events.Meeting) {
	w := g.w
	src := w.sourceID(int(x.source.Uint64()))
	m.Sources = []amity.SourceID{src}
	if x.chance(0.2) {
		if s := w.sourceID(int(x.source.Uint64())); s != src {
			m.Sources = append(m.Sources, s)
		}
	}
	if x.chance(0.03) {
		m.FieldSources = amity.FieldSources{"date": {w.sourceID(x.IntN(Sources))}}
	}
}

// otherState draws a state that is none of states, and false if there is
// none.
func (g *generator) otherState(x *rng, states []int32) (int32, bool) {
	if len(g.w.states) <= len(states) {
		return 0, false
	}
	for {
		t := g.w.stateRank[x.state.Uint64()]
		if !slices.Contains(states, t) {
			return t, true
		}
	}
}

// official draws an official of state s in office on day d who is not
// among chosen, and false if a few draws find none.
func (g *generator) official(x *rng, s int32, d int32, chosen []int32) (int32, bool) {
	for range 8 {
		pos := x.weighted(positionWeights[:g.w.positions])
		o := g.w.holderAt(g.drawnSlot(x, s, pos), d)
		if !slices.Contains(chosen, o) {
			return o, true
		}
	}
	return 0, false
}

var positionWeights = []int{50, 25, 15, 10}

// statement returns statement i of meeting m, whose participants are c.
func (g *generator) statement(x *rng, m *events.Meeting, i int, c cast) events.Statement {
	w := g.w
	s := events.Statement{ID: events.StatementID(string(m.ID) + "-s" + strconv.Itoa(i+1))}
	if x.chance(0.02) {
		// The source's own assessment.
		s.BySource, s.Verb, s.Summary = true, events.VerbNoted, pick(x, assessments)
		return s
	}
	v := verbs[x.weighted(verbWeights)]
	t := pick(x, m.Topics)
	s.Verb = v
	switch {
	case c.group != "" && !bySides(v) && x.chance(0.3):
		s.Groups = []orgs.GroupID{c.group}
		s.Summary = statementText(v, "The delegation", w.family[c.b], topicPhrase(t))
	case bySides(v):
		s.Speakers = []orgs.OfficialID{w.officials[c.a].ID, w.officials[c.b].ID}
		s.Summary = statementText(v, "", "", topicPhrase(t))
	default:
		speaker := pick(x, c.chosen)
		other := c.b
		if m.Participants[slices.Index(c.chosen, speaker)].State == m.Participants[slices.Index(c.chosen, c.b)].State {
			other = c.a
		}
		s.Speakers = []orgs.OfficialID{w.officials[speaker].ID}
		s.Summary = statementText(v, w.family[speaker], w.family[other], topicPhrase(t))
		s.SpeakersInferred = proposes(v) && x.chance(0.05)
	}
	if x.chance(0.25) {
		s.Topics = []events.Topic{t}
	}
	if x.chance(0.05) {
		s.Quote = pick(x, quotes)
	}
	return s
}

// stateIndex returns the index of state id in w.states.
func (w *world) stateIndex(id orgs.StateID) int {
	i, _ := slices.BinarySearchFunc(w.states, id, func(s orgs.State, id orgs.StateID) int { return cmp.Compare(s.ID, id) })
	return i
}

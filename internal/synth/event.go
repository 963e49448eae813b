package synth

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

func (g *generator) eventID(e int) cooperation.CulturalEventID {
	return cooperation.CulturalEventID(id("evt-", e, g.eventW))
}

// event returns cultural event e.
func (g *generator) event(e int) cooperation.CulturalEvent {
	ev := g.drawEvent(e)
	if e == 0 && g.c.EveryField {
		fillEvent(g.w, &ev, g.groupID(0), g.agreementID, g.initiativeID, g.agreements, g.initiatives)
	}
	return ev
}

// The kinds of cultural events drawn, with their weights.
var (
	eventKinds = []cooperation.CulturalEventKind{cooperation.EventFestival, cooperation.EventWeek, cooperation.EventDay,
		cooperation.EventYear, cooperation.EventExhibition, cooperation.EventFair, cooperation.EventPerformance,
		cooperation.EventConference, cooperation.EventDesignation, cooperation.EventExchange, cooperation.EventTraining}
	eventWeights = []int{28, 18, 6, 2, 18, 10, 7, 5, 2, 2, 2}
)

// drawEvent draws cultural event e, announced or planned at a meeting:
// the meeting where the agreement of its stretch was signed, and then
// under that agreement; or the meeting of the initiative of its stretch,
// and then part of it if the initiative is of its kind; or one of the
// meetings of its stride.
func (g *generator) drawEvent(e int) cooperation.CulturalEvent {
	x := g.er
	x.reset(tagEvents, e)
	ev := cooperation.CulturalEvent{ID: g.eventID(e)}
	var s sketch
	kind := eventKinds[x.weighted(eventWeights)]
	switch x.weighted([]int{25, 35, 40}) {
	case 0:
		if a := e * EventStride / AgreementStride; a < g.agreements {
			if p := g.agreementPlan(g.pr, a); p.atMeeting {
				if s = g.sketch(p.meeting); inPerson(&s.m) {
					ev.Agreement = g.agreementID(a)
				}
			}
		}
	case 1:
		if i := e * EventStride / InitiativeStride; i < g.initiatives {
			j, k := g.initiativeKind(i)
			s = g.sketch(j)
			if k, ok := eventKindOf(k); ok {
				ev.Initiative, kind = g.initiativeID(i), k
			}
		}
	}
	if s.m.ID == "" {
		s = g.sketch(e*EventStride + x.IntN(EventStride))
	}
	ev.Kind = kind
	ev.Meeting = s.m.ID
	guest, host := s.states[0], s.states[1]
	if x.chance(0.3) {
		guest, host = host, guest
	}
	g.eventScene(x, &ev, guest, host)
	g.eventHistory(x, &ev, &s.m)
	if s.group != "" && guest == s.states[0] && x.chance(0.5) {
		// The visit's delegation, of the guest state, takes part.
		ev.Groups = []orgs.GroupID{s.group}
	}
	if x.chance(0.03) {
		ev.Note = "The report does not say who organises the event."
	}
	return ev
}

// eventKindOf returns the kind of cultural event an initiative of kind k
// brings about, and false if it brings about none.
func eventKindOf(k cooperation.InitiativeKind) (cooperation.CulturalEventKind, bool) {
	switch k {
	case cooperation.KindFestival:
		return cooperation.EventFestival, true
	case cooperation.KindCulturalWeek:
		return cooperation.EventWeek, true
	case cooperation.KindArtsExchange:
		return cooperation.EventExhibition, true
	}
	return "", false
}

// eventScene draws the title, edition, organisers, states, place, topics
// and recurrence of cultural event ev, of state guest in state host.
func (g *generator) eventScene(x *rng, ev *cooperation.CulturalEvent, guest, host int32) {
	w := g.w
	gs, hs := &w.states[guest], &w.states[host]
	city := w.cities[host][0]
	if x.chance(0.4) {
		city = pick(x, w.cities[host])
	}
	ev.States = []orgs.StateID{gs.ID, hs.ID}
	ev.Host = hs.ID
	ev.Places = []orgs.Place{{City: city, Country: hs.ID}}
	recurring := false
	switch ev.Kind {
	case cooperation.EventFestival:
		art := x.IntN(len(festivalArts))
		ev.Title = syllables(x, 2) + " International " + festivalArts[art] + " Festival"
		ev.Topics = []events.Topic{events.TopicFestivals, festivalTopics[art]}
		recurring = true
	case cooperation.EventWeek:
		ev.Title = "Days of " + gs.Name + " culture in " + hs.Name
		ev.Topics = []events.Topic{events.TopicCulturalWeeks}
	case cooperation.EventDay:
		ev.Title = "Day of " + gs.Name + " culture in " + city
		ev.Topics = []events.Topic{events.TopicCulturalWeeks}
	case cooperation.EventYear:
		ev.Title = "Year of " + gs.Name + " culture in " + hs.Name
		ev.Topics = []events.Topic{events.TopicCulturalWeeks, events.TopicBilateral}
	case cooperation.EventExhibition:
		t := []events.Topic{events.TopicVisualArts, events.TopicPhotography, events.TopicCrafts, events.TopicMuseums}[x.weighted([]int{5, 2, 2, 1})]
		ev.Title = "Exhibition of " + gs.Name + " " + exhibitionArt(t) + " in " + city
		ev.Topics = []events.Topic{t}
	case cooperation.EventFair:
		ev.Title = city + " International Book Fair"
		ev.Topics = []events.Topic{events.TopicBooks, events.TopicLiterature}
		recurring = true
	case cooperation.EventPerformance:
		ev.Title = "Tour of the " + syllables(x, 2) + " State Ensemble in " + hs.Name
		ev.Topics = []events.Topic{[]events.Topic{events.TopicMusic, events.TopicDance, events.TopicTheatre}[x.IntN(3)]}
	case cooperation.EventConference:
		t := allTopics[x.weighted(topicWeights)]
		ev.Title = "Conference on " + topicPhrase(t) + " in " + city
		ev.Topics = []events.Topic{t}
		recurring = x.chance(0.3)
	case cooperation.EventDesignation:
		ev.Title = city + ", cultural capital of the region"
		ev.States = ev.States[1:]
		ev.Topics = []events.Topic{events.TopicHeritage, events.TopicBilateral}
	case cooperation.EventExchange:
		ev.Title = "Exchange of artists between " + gs.Name + " and " + hs.Name
		ev.Topics = []events.Topic{events.TopicExchange}
		recurring = x.chance(0.5)
	default:
		ev.Title = "Course for " + gs.Name + " museum staff in " + city
		ev.Topics = []events.Topic{events.TopicMuseums, events.TopicEducation}
	}
	if recurring {
		if ev.Kind != cooperation.EventConference && ev.Kind != cooperation.EventExchange && x.chance(0.7) {
			ev.Edition = x.between(1, 30)
		}
		ev.Recurs = []cooperation.Frequency{cooperation.EveryYear, cooperation.EveryTwoYears, cooperation.Irregular}[x.weighted([]int{7, 2, 1})]
		if x.chance(0.5) {
			ev.Length = cooperation.Duration{Days: x.between(3, 10)}
		}
	}
	switch x.weighted([]int{50, 25, 25}) {
	case 0:
		ev.Organisers = []orgs.Body{{Ministry: w.ministries[w.stateMinistries[host][0]].ID}}
	case 1:
		ev.Organisers = []orgs.Body{{Ministry: w.ministries[w.stateMinistries[host][0]].ID}, {Ministry: w.ministries[w.stateMinistries[guest][0]].ID}}
	default:
		if len(w.stateOrgs[host]) > 0 {
			ev.Organisers = []orgs.Body{{Organization: w.organizations[pick(x, w.stateOrgs[host])].ID}}
		}
	}
}

// The arts of festivals, and their topics.
var (
	festivalArts   = []string{"Film", "Music", "Theatre", "Folk Dance"}
	festivalTopics = []events.Topic{events.TopicCinema, events.TopicMusic, events.TopicTheatre, events.TopicDance}
)

// exhibitionArt names the art of an exhibition on topic t.
func exhibitionArt(t events.Topic) string {
	switch t {
	case events.TopicPhotography:
		return "photography"
	case events.TopicCrafts:
		return "carpets and crafts"
	case events.TopicMuseums:
		return "museum treasures"
	}
	return "painting"
}

// eventHistory draws the history of cultural event ev, announced or
// planned at meeting m: when it was to be held, whether it was planned,
// and then held or cancelled if the archive's span reaches that far.
func (g *generator) eventHistory(x *rng, ev *cooperation.CulturalEvent, m *events.Meeting) {
	w := g.w
	first := cooperation.EventAnnounced
	if x.chance(0.4) {
		first = cooperation.EventPlanned
	}
	ev.History = []cooperation.EventChange{{Status: first, Date: m.Date, Sources: m.Sources[:1:1]}}
	ev.Sources = m.Sources[:1:1]
	day := w.cal.last(m.Date)
	// The event is to open within about a year, and to last a few days;
	// designations and years run a whole year.
	start := min(day+int32(x.between(30, 400)), w.lastDay+300)
	days := int32(x.between(1, 10))
	if ev.Length.Days > 0 {
		days = int32(ev.Length.Days)
	}
	switch ev.Kind {
	case cooperation.EventDesignation, cooperation.EventYear:
		start = w.cal.dayOf(w.cal.day(start).Year(), 1, 1)
		if start <= day {
			start = w.cal.dayOf(w.cal.day(day).Year()+1, 1, 1)
		}
		ev.Planned = cooperation.Span{Start: w.cal.year(start)}
		days = 365
	case cooperation.EventWeek:
		days = 7
		fallthrough
	default:
		switch {
		case x.chance(0.1):
			ev.Planned = cooperation.Span{Start: w.cal.month(start)}
			ev.Uncertain = amity.Uncertainty{"planned": {Basis: amity.BasisApproximate, Reason: "The report gives only the month the event is to open."}}
		case days > 1:
			ev.Planned = cooperation.Span{Start: w.cal.day(start), End: w.cal.day(start + days - 1)}
		default:
			ev.Planned = cooperation.Span{Start: w.cal.day(start)}
		}
	}
	if first == cooperation.EventAnnounced && x.chance(0.4) {
		if d := day + (start-day)/2; d > day && d <= w.lastDay {
			ev.History = append(ev.History, cooperation.EventChange{Status: cooperation.EventPlanned, Date: w.cal.day(d),
				Sources: []amity.SourceID{w.sourceID(int(x.source.Uint64()))}})
		}
	}
	end := start + days - 1
	if end > w.lastDay {
		return
	}
	last := w.cal.last(ev.History[len(ev.History)-1].Date)
	switch {
	case x.chance(0.08):
		d := max(last, start-int32(x.between(1, 30)))
		ev.History = append(ev.History, cooperation.EventChange{Status: cooperation.EventCancelled, Date: w.cal.day(d),
			Note: "The event was called off.", Sources: []amity.SourceID{w.sourceID(int(x.source.Uint64()))}})
	case x.chance(0.85):
		held := ev.Planned
		if held.Start.Precision() != amity.PrecisionDay {
			held = cooperation.Span{Start: w.cal.day(start), End: w.cal.day(end)}
		}
		if held.End.IsZero() && days > 1 {
			held.End = w.cal.day(end)
		}
		ev.Held = held
		h := cooperation.EventChange{Status: cooperation.EventHeld, Date: w.cal.day(max(start, last)),
			Sources: []amity.SourceID{w.sourceID(int(x.source.Uint64()))}}
		if x.chance(0.2) {
			h.Note = "The event drew a large audience."
		}
		ev.History = append(ev.History, h)
		ev.Sources = append(ev.Sources, h.Sources[0])
		if ev.Sources[1] == ev.Sources[0] {
			ev.Sources = ev.Sources[:1]
		}
	}
}

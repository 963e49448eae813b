// Package synth generates synthetic archives of cultural relations, for
// tests and benchmarks at scale: states, ministries, organizations,
// officials with their posts, delegations, visits, meetings, initiatives,
// ties, agreements and cultural events, every record valid on its own and
// against the others.
//
// An archive is a pure function of its [Config]: the same Config gives the
// same records, byte for byte once written. The world of the archive
// (sources, states, ministries, organizations, officials, ties) depends on
// the seed and the sizes of the world only; the delegation and visit k,
// meeting j, initiative i, agreement a and cultural event e are each drawn
// from a random stream of their own, so that [Stream] can produce a
// million meetings without holding them.
//
// The data are synthetic. State IDs and names are the real ISO 3166-1
// codes and short names, so that the archive passes the same checks as
// real data; every other name, date, city and text is made up from
// syllable tables and templates and says nothing about the real states.
//
// # Shape
//
// Ministries are dealt to states in turn, so each state has about the same
// number; the first ministry of each state is its ministry of culture, the
// second its ministry of foreign affairs. Each ministry has up to four
// positions (minister, deputy minister, first deputy minister, head of
// international relations), each held by a succession of officials whose
// terms run without gaps from before 1995 to the present, so that every
// post of every meeting covers the meeting's date. Some officials also held
// an earlier post in a national organization, and some have aliases and a
// name in Cyrillic.
//
// Pairs of states meet with a Zipf-like skew: pairs are ranked by the
// product of the two states' activity, with noise, and each meeting or
// visit draws its pair's rank from a Zipf distribution, so that a few pairs
// meet thousands of times in a million meetings and most pairs rarely or
// never. Meetings grow more frequent over time, from 1995 to 2024, and
// have mostly day precision, some month or year.
//
// Meetings come in blocks of [VisitBlock]: visit k holds the first one to
// three meetings of block k (meetings k*VisitBlock onward), which fall
// within its dates, take place in its host state and include its first
// visitor, or whoever has taken over that visitor's post by the day.
// Initiative i was raised at one of the meetings
// i*[InitiativeStride] to i*InitiativeStride+InitiativeStride-1, and
// names it, its states and, often, the statement that proposed it; or,
// now and then, at the meeting where an agreement was signed, and then
// runs under that agreement, or at the meeting of the initiative before
// it, and then goes with that initiative. An initiative serves a tie of
// its states now and then: the twinning of their cities, or their
// diplomatic relations.
//
// Organizations include embassies, accredited to another state, and joint
// commissions of the most active pairs; a quarter of the meetings of a
// pair in person after its commission was founded are sessions of the
// commission, numbered by the years since. Sources give the time of day
// now and then, some officials an honorific, and some facts are marked
// uncertain: a year inferred from the date of the report, an approximate
// size of a delegation, a year of foundation.
//
// # Groups
//
// A quarter of the visits come with a delegation: a group of the guest
// state, led by the first visitor, from the visitor's ministry or now and
// then from a national organization, with the second visitor as its
// member or, often, only a size, exact or a range. The visit names the
// delegation, and half of the visit's meetings have it as a participant,
// after the officials; the delegation then speaks now and then as one,
// and its statements may propose initiatives. The meetings of visits
// state the roles of the first participants of each side: guest, or head
// of delegation, and host. Two in a hundred statements are the source's
// own assessment, with no speaker. Group k is the delegation of visit k,
// and has its number: the groups of an archive are sparse.
//
// # Agreements
//
// Agreement a comes of one of the meetings a*[AgreementStride] to
// a*AgreementStride+AgreementStride-1, of its first two states: an
// agreement, a memorandum of understanding or a programme, whose parties
// are the two states or their ministries of culture. Half are signed at
// the meeting, by its first participant of each state, who then have the
// role of signatory, and the meeting the code of signing; the others on a
// day of their own, by the holders on that day of the post of minister of
// the party or, for a state, of its ministry of culture or of foreign
// affairs. Half enter into force on signature, some later; programmes run
// for a few years, memoranda and agreements for five or ten, most of
// them renewed automatically. About a third are executive programmes
// implementing the nearest earlier agreement of the three before them
// that is not one, of the same parties, signed within its term and
// ending before it ends.
//
// # Cultural events
//
// Cultural event e is announced or planned at a meeting: where the
// agreement of its stretch was signed, and then under that agreement; or
// where the initiative of its stretch was raised, and then part of that
// initiative if the initiative is a festival, cultural week or exchange
// of arts; or one of the meetings e*[EventStride] to
// e*EventStride+EventStride-1. Events are festivals with their editions,
// cultural weeks and days, exhibitions, book fairs, performances and a
// few others, between the meeting's states, in a city of the host, to
// open within about a year. Their history runs in the order of the
// lifecycle: announced, then planned, then held or cancelled once their
// dates are past, as far as the archive's span reaches.
package synth

import (
	"iter"

	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/relations"
)

// The defaults and limits of [Config].
const (
	DefaultStates        = 200
	DefaultMinistries    = 1000
	DefaultOrganizations = 500
	DefaultOfficials     = 20000

	// MaxOfficials bounds Config.Officials, and through it Ministries.
	MaxOfficials = 1_000_000
	// MaxOfficialsPerMinistry bounds Config.Officials by Ministries: a
	// ministry has at most four positions, each held in turn by at most
	// one official for each day from 1995-07-01 to 2024-06-30.
	MaxOfficialsPerMinistry = 4 * 10_593
	// MaxMeetings bounds Config.Meetings.
	MaxMeetings = 100_000_000

	// Sources is the number of sources every archive has.
	Sources = 300
	// VisitBlock is the number of meetings per visit: an archive of N
	// meetings has ceil(N/VisitBlock) visits.
	VisitBlock = 10
	// InitiativeStride is the number of meetings per initiative: an
	// archive of N meetings has N/InitiativeStride initiatives, rounded
	// down.
	InitiativeStride = 20
	// AgreementStride is the number of meetings per agreement: an
	// archive of N meetings has N/AgreementStride agreements, rounded
	// down.
	AgreementStride = 50
	// EventStride is the number of meetings per cultural event: an
	// archive of N meetings has N/EventStride cultural events, rounded
	// down.
	EventStride = 40
)

// Config says what to generate. A field that is zero or negative takes its
// default, except Meetings, which is the number of meetings (zero gives an
// archive with no visits, meetings or initiatives). Values out of range
// are brought into it, as [Config.Resolve] states.
type Config struct {
	// Seed chooses the archive: the same Config gives the same records.
	Seed uint64
	// Meetings is the number of meetings, from 0 to [MaxMeetings].
	Meetings int
	// States is the number of states, from 2 to the number of ISO 3166-1
	// codes (249); default [DefaultStates]. AZ and IR, the states of the
	// seed article, are always among them.
	States int
	// Ministries is the number of ministries, at least States so that each
	// state has one; default [DefaultMinistries].
	Ministries int
	// Organizations is the number of organizations; default
	// [DefaultOrganizations]. The first is always intergovernmental.
	Organizations int
	// Officials is the number of officials, from Ministries (one per
	// ministry) to [MaxOfficials] and to [MaxOfficialsPerMinistry] times
	// Ministries; default [DefaultOfficials].
	Officials int
	// EveryField, if set, gives the first entity of each kind a value of
	// every field the archive would otherwise leave unset (a note, a
	// Wikidata ID, field sources, a venue...), so that tests find a value
	// of every field of every type in one archive: the first visit has a
	// delegation, the second agreement implements the first, and the last
	// agreement ends before its term. Off, the archive is as it is
	// without this field.
	EveryField bool
}

// Resolve returns c with every default filled in and every value brought
// into range: States to 2..249, Ministries to States..MaxOfficials,
// Officials to Ministries..min(MaxOfficials,
// Ministries*MaxOfficialsPerMinistry), Meetings to 0..MaxMeetings.
func (c Config) Resolve() Config {
	def := func(v, d int) int {
		if v <= 0 {
			return d
		}
		return v
	}
	c.States = min(max(def(c.States, DefaultStates), 2), len(isoCodes()))
	c.Ministries = min(max(def(c.Ministries, DefaultMinistries), c.States), MaxOfficials)
	c.Organizations = def(c.Organizations, DefaultOrganizations)
	c.Officials = min(max(def(c.Officials, DefaultOfficials), c.Ministries), MaxOfficials, c.Ministries*MaxOfficialsPerMinistry)
	c.Meetings = min(max(c.Meetings, 0), MaxMeetings)
	return c
}

// Visits returns the number of visits an archive of c has:
// ceil(Meetings/VisitBlock).
func (c Config) Visits() int {
	c = c.Resolve()
	return (c.Meetings + VisitBlock - 1) / VisitBlock
}

// Initiatives returns the number of initiatives an archive of c has:
// Meetings/InitiativeStride, rounded down.
func (c Config) Initiatives() int {
	c = c.Resolve()
	return c.Meetings / InitiativeStride
}

// Agreements returns the number of agreements an archive of c has:
// Meetings/AgreementStride, rounded down.
func (c Config) Agreements() int {
	c = c.Resolve()
	return c.Meetings / AgreementStride
}

// Events returns the number of cultural events an archive of c has:
// Meetings/EventStride, rounded down.
func (c Config) Events() int {
	c = c.Resolve()
	return c.Meetings / EventStride
}

// Generate returns the archive c describes, every kind in ID order. The
// records are valid: [relations.New] accepts them. Generate holds every
// record in memory; for large archives use [Stream].
func Generate(c Config) relations.Records {
	g := newGenerator(c)
	w := g.w
	r := relations.Records{
		Sources:       w.sources,
		States:        w.states,
		Ministries:    w.ministries,
		Organizations: w.organizations,
		Officials:     w.officials,
		Visits:        list[events.Visit](g.visits),
		Meetings:      list[events.Meeting](g.c.Meetings),
		Initiatives:   list[cooperation.Initiative](g.initiatives),
		Ties:          w.ties,
		Agreements:    list[cooperation.Agreement](g.agreements),
		Events:        list[cooperation.CulturalEvent](g.events),
	}
	for k := range g.visits {
		if gr, ok := g.group(k); ok {
			r.Groups = append(r.Groups, gr)
		}
	}
	for k := range r.Visits {
		r.Visits[k] = g.visit(k)
	}
	for j := range r.Meetings {
		r.Meetings[j] = g.meeting(j)
	}
	for i := range r.Initiatives {
		r.Initiatives[i] = g.initiative(i)
	}
	for i := range r.Agreements {
		r.Agreements[i] = g.agreement(i)
	}
	for e := range r.Events {
		r.Events[e] = g.event(e)
	}
	return r
}

// Stream yields the archive c describes, one record at a time, in the
// order [relations.Kinds] gives the kinds — sources, states, ministries,
// organizations, officials, groups, visits, meetings, initiatives, ties,
// agreements, cultural events — and within each kind in ID order, which
// is the order of generation: IDs are a prefix and a zero-padded number
// ("m-000042"). It yields the same records as [Generate], in the same
// order.
//
// Each value is the entity itself, not a pointer: an [amity.Source],
// [orgs.State], [orgs.Ministry], [orgs.Organization], [orgs.Official],
// [orgs.Group], [events.Visit], [events.Meeting],
// [cooperation.Initiative], [cooperation.Tie], [cooperation.Agreement] or
// [cooperation.CulturalEvent], with the matching kind. Stream holds the
// world of the archive (sources, states, ministries, organizations,
// officials, ties) but never more than one group, visit, meeting,
// initiative, agreement or cultural event at a time; the values are
// fresh, and the caller may keep them.
func Stream(c Config) iter.Seq2[relations.Kind, any] {
	return func(yield func(relations.Kind, any) bool) {
		g := newGenerator(c)
		w := g.w
		if !yieldAll(yield, relations.KindSource, w.sources) ||
			!yieldAll(yield, relations.KindState, w.states) ||
			!yieldAll(yield, relations.KindMinistry, w.ministries) ||
			!yieldAll(yield, relations.KindOrganization, w.organizations) ||
			!yieldAll(yield, relations.KindOfficial, w.officials) {
			return
		}
		for k := range g.visits {
			if gr, ok := g.group(k); ok && !yield(relations.KindGroup, gr) {
				return
			}
		}
		for k := range g.visits {
			if !yield(relations.KindVisit, g.visit(k)) {
				return
			}
		}
		for j := range g.c.Meetings {
			if !yield(relations.KindMeeting, g.meeting(j)) {
				return
			}
		}
		for i := range g.initiatives {
			if !yield(relations.KindInitiative, g.initiative(i)) {
				return
			}
		}
		if !yieldAll(yield, relations.KindTie, w.ties) {
			return
		}
		for i := range g.agreements {
			if !yield(relations.KindAgreement, g.agreement(i)) {
				return
			}
		}
		for e := range g.events {
			if !yield(relations.KindEvent, g.event(e)) {
				return
			}
		}
	}
}

// list returns a list of n records, nil for none, as Stream gives none.
func list[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, n)
}

func yieldAll[T any](yield func(relations.Kind, any) bool, k relations.Kind, items []T) bool {
	for _, it := range items {
		if !yield(k, it) {
			return false
		}
	}
	return true
}

// generator draws the records of one archive.
type generator struct {
	c                                       Config
	w                                       *world
	visits, initiatives, agreements, events int
	// One random stream per record kind, each reseeded for every record,
	// so that a meeting can regenerate its visit, and an initiative its
	// meeting, without disturbing its own draws; par draws the agreement
	// an executive programme implements, and pr the plans of other
	// records that a record looks at, a few draws at a time.
	vr, mr, ir, gr, ar, par, er, pr *rng
	// ID widths, in digits.
	visitW, meetingW, initiativeW, agreementW, eventW int
	// plan is the plan of agreement planned, the last signedAt drew.
	plan    agreementPlan
	planned int
}

func newGenerator(c Config) *generator {
	c = c.Resolve()
	w := newWorld(c)
	g := &generator{
		c:           c,
		w:           w,
		visits:      c.Visits(),
		initiatives: c.Initiatives(),
		agreements:  c.Agreements(),
		events:      c.Events(),
		vr:          w.newRNG(),
		mr:          w.newRNG(),
		ir:          w.newRNG(),
		gr:          w.newRNG(),
		ar:          w.newRNG(),
		par:         w.newRNG(),
		er:          w.newRNG(),
		pr:          w.newRNG(),
		planned:     -1,
	}
	g.visitW = width(g.visits)
	g.meetingW = width(c.Meetings)
	g.initiativeW = width(g.initiatives)
	g.agreementW = width(g.agreements)
	g.eventW = width(g.events)
	if c.EveryField {
		fillWorld(w)
	}
	return g
}

package relations

import (
	"slices"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// withinVisit checks meeting i against its visit v: a host and a place
// the visit's, and a participant of the visit's guest state.
func (c *checker) withinVisit(i int, m *events.Meeting, v *events.Visit) {
	mp := amity.NewPath("meetings").Index(i)
	// A state that is not in the dataset is reported where it is named,
	// and compared with nothing here.
	known := func(s orgs.StateID) bool { at, ok := c.ids.get(string(s)); return ok && at.kind == KindState }
	if !known(v.Host) {
		return
	}
	if m.Host != "" && known(m.Host) && m.Host != v.Host {
		c.add(mp.Child("host"), amity.KindConflict, string(m.Host), "the meeting's visit "+string(v.ID)+" is to "+string(v.Host))
	}
	if country := m.Place.Country; known(country) && country != v.Host &&
		!slices.ContainsFunc(v.Places, func(p orgs.Place) bool { return p.Country == country }) {
		c.add(mp.Child("place").Child("country"), amity.KindConflict, string(country), "the meeting's visit "+string(v.ID)+" is to "+string(v.Host))
	}
	if known(v.Guest) && !m.Involves(v.Guest) {
		c.add(mp.Child("visit"), amity.KindConflict, string(v.ID), "no participant represents the visit's guest state "+string(v.Guest))
	}
}

// historyAtMeetings reports an entry of initiative i's history that names
// a meeting and is dated before it, or more than a year after it.
func (c *checker) historyAtMeetings(i int, in *cooperation.Initiative) {
	for k, h := range in.History {
		if h.Meeting == "" || h.Date.IsZero() {
			continue
		}
		at, ok := c.ids.get(string(h.Meeting))
		if !ok || at.kind != KindMeeting {
			continue
		}
		md := c.ms.date(at.i)
		p := amity.NewPath("initiatives").Index(i).Child("history").Index(k).Child("date")
		switch years, known := amity.YearsBetween(md, h.Date); {
		case h.Date.Before(md):
			c.add(p, amity.KindConflict, h.Date.String(), "before the meeting it names, "+string(h.Meeting)+" on "+md.String())
		case known && years >= 1:
			c.add(p, amity.KindConflict, h.Date.String(), "more than a year after the meeting it names, "+string(h.Meeting)+" on "+md.String())
		}
	}
}

// proposersOfParties reports a proposer of initiative i who neither holds
// a post of a party to it nor represents a party at one of its meetings.
func (c *checker) proposersOfParties(i int, in *cooperation.Initiative) {
	for k, o := range in.ProposedBy {
		at, ok := c.ids.get(string(o))
		if !ok || at.kind != KindOfficial {
			continue
		}
		states := c.lookups.postStates[at.i]
		if len(states) == 0 || slices.ContainsFunc(in.Parties, func(s orgs.StateID) bool { at, ok := c.ids.get(string(s)); return !ok || at.kind != KindState }) || slices.ContainsFunc(states, func(s orgs.StateID) bool { return s == "" || slices.Contains(in.Parties, s) }) ||
			c.representsParty(o, in) {
			continue
		}
		c.add(amity.NewPath("initiatives").Index(i).Child("proposed_by").Index(k), amity.KindConflict, string(o),
			"holds no post of a party ("+joinStates(in.Parties)+")")
	}
}

// representsParty reports whether official o represents a party to in
// at one of the meetings in names.
func (c *checker) representsParty(o orgs.OfficialID, in *cooperation.Initiative) bool {
	for _, id := range in.Meetings {
		at, ok := c.ids.get(string(id))
		if !ok || at.kind != KindMeeting {
			continue
		}
		for _, p := range c.ms.meeting(at.i, &c.arena, &c.scratch).Participants {
			if p.Official == o && slices.Contains(in.Parties, p.State) {
				return true
			}
		}
	}
	return false
}

// signatoryOfParty reports a signatory whose post belongs to a state that
// is not the state of any party; sp is the signatory's path.
func (c *checker) signatoryOfParty(a *cooperation.Agreement, s cooperation.Signatory, post ref, sp func() amity.Path) {
	ps := c.lookups.postStates[post.i][post.j]
	if ps == "" {
		return
	}
	var parties []orgs.StateID
	for _, p := range a.Parties {
		s := c.stateOfPost(orgs.Post{State: p.State, Ministry: p.Ministry, Organization: p.Organization})
		if s == "" {
			return // a party of no known state: nothing to compare
		}
		parties = append(parties, s)
	}
	if !slices.Contains(parties, ps) {
		c.add(sp().Child("post"), amity.KindConflict, string(s.Post), "a post of "+string(ps)+", which is no party's state ("+joinStates(parties)+")")
	}
}

func joinStates(states []orgs.StateID) string {
	var b strings.Builder
	for i, s := range states {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(s))
	}
	return b.String()
}

// surelyNotAfter reports whether every day d stands for is on or before
// every day e stands for.
func surelyNotAfter(d, e amity.Date) bool {
	return !d.IsZero() && !e.IsZero() && !d.Last().After(e.First())
}

// overlappingTies reports a tie that overlaps an earlier one (in list
// order) of the same kind between the same states, and for a twinning
// the same cities: two ties cannot both be open at once.
func (c *checker) overlappingTies() {
	type key struct {
		kind   cooperation.TieKind
		a, b   orgs.StateID
		places string
	}
	byKey := map[key][]int{}
	for i, t := range c.r.Ties {
		if len(t.States) != 2 || t.Established.IsZero() {
			continue
		}
		a, b := t.States[0], t.States[1]
		var places []string
		for _, p := range t.Places {
			places = append(places, p.String())
		}
		if b < a {
			a, b = b, a
			slices.Reverse(places)
		}
		k := key{t.Kind, a, b, strings.Join(places, "\x00")}
		for _, j := range byKey[k] {
			u := c.r.Ties[j]
			// [Established, Ended] of each, an open end running on; by
			// coarse dates, only where every day they may stand for
			// overlaps: a tie ended in 1995 may be followed by one
			// established in 1995.
			if surelyNotAfter(t.Established, u.Ended) || u.Ended.IsZero() {
				if surelyNotAfter(u.Established, t.Ended) || t.Ended.IsZero() {
					c.add(amity.NewPath("ties").Index(i).Child("established"), amity.KindConflict, t.Established.String(),
						"overlaps tie "+string(u.ID)+" ("+term(u.Established, u.Ended)+") of the same kind between the same states")
					break
				}
			}
		}
		byKey[k] = append(byKey[k], i)
	}
}

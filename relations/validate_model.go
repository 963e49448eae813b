package relations

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/orgs"
)

// body checks that a state, ministry or organization named as a party,
// an organiser or the body a signatory signs for is in the dataset.
func (c *checker) body(b orgs.Body, path func() amity.Path) {
	c.resolve(string(b.State), KindState, func() amity.Path { return path().Child("state") })
	c.resolve(string(b.Ministry), KindMinistry, func() amity.Path { return path().Child("ministry") })
	c.resolve(string(b.Organization), KindOrganization, func() amity.Path { return path().Child("organization") })
}

// groups checks the references of every group.
func (c *checker) groups() {
	for i, g := range c.r.Groups {
		c.resolve(string(g.State), KindState, at("groups", i, "state"))
		c.resolve(string(g.Ministry), KindMinistry, at("groups", i, "ministry"))
		c.resolve(string(g.Organization), KindOrganization, at("groups", i, "organization"))
		refs(c, g.Leaders, KindOfficial, at("groups", i, "leaders"))
		refs(c, g.Members, KindOfficial, at("groups", i, "members"))
		c.sources(g.Sources, g.FieldSources, at("groups", i, ""))
	}
}

// agreements checks the references of every agreement, that each
// signatory's post is the signatory's own and covers the date of
// signing, and that an implementing agreement runs within its parent and
// no agreement is its own ancestor.
func (c *checker) agreements() {
	for i := range c.r.Agreements {
		a := &c.r.Agreements[i]
		for k, p := range a.Parties {
			c.body(p, at("agreements", i, "parties", k))
		}
		for k, s := range a.Signatories {
			sp := at("agreements", i, "signatories", k)
			c.signatory(a, s, sp)
			c.body(s.For, func() amity.Path { return sp().Child("for") })
		}
		c.resolve(string(a.Place.Country), KindState, func() amity.Path { return at("agreements", i, "place")().Child("country") })
		c.resolve(string(a.Meeting), KindMeeting, at("agreements", i, "meeting"))
		c.resolve(string(a.Tie), KindTie, at("agreements", i, "tie"))
		if p, ok := c.resolve(string(a.Parent), KindAgreement, at("agreements", i, "parent")); ok {
			c.withinParent(i, &c.r.Agreements[p.i])
		}
		c.sources(a.Sources, a.FieldSources, at("agreements", i, ""))
	}
	c.agreementAncestry()
}

// signatory checks the official and post of signatory s of agreement a.
func (c *checker) signatory(a *cooperation.Agreement, s cooperation.Signatory, sp func() amity.Path) {
	off, ok := c.resolve(string(s.Official), KindOfficial, func() amity.Path { return sp().Child("official") })
	post, okPost := c.resolve(string(s.Post), KindPost, func() amity.Path { return sp().Child("post") })
	if !ok || !okPost {
		return
	}
	if post.i != off.i {
		c.add(sp().Child("post"), amity.KindConflict, string(s.Post), "a post of "+string(c.r.Officials[post.i].ID)+", not of "+string(s.Official))
		return
	}
	date := s.Date
	if date.IsZero() {
		date = a.Signed
	}
	if ps := &c.r.Officials[post.i].Posts[post.j]; !date.IsZero() && !ps.Covers(date) {
		c.add(sp().Child("post"), amity.KindConflict, string(s.Post),
			"the post runs "+term(ps.Start, ps.End)+", not covering the date of signing "+date.String())
	}
	c.signatoryOfParty(a, s, post, sp)
}

// withinParent reports an agreement i that implements parent but enters
// into force before it, or ends after it.
func (c *checker) withinParent(i int, parent *cooperation.Agreement) {
	a := &c.r.Agreements[i]
	if a.Relation != cooperation.RelationImplements {
		return
	}
	if start, pstart := a.InForce(), parent.InForce(); start.Before(pstart) {
		c.add(amity.NewPath("agreements").Index(i).Child("entry_into_force"), amity.KindConflict, start.String(),
			"before its parent "+string(parent.ID)+" enters into force ("+pstart.String()+")")
	}
	if end, pend := a.End(), parent.End(); end.After(pend) {
		c.add(amity.NewPath("agreements").Index(i).Child("expires"), amity.KindConflict, end.String(),
			"after its parent "+string(parent.ID)+" ends ("+pend.String()+")")
	}
}

// agreementAncestry reports an agreement that is its own ancestor
// through parent, once, at the first agreement of the cycle in list
// order.
func (c *checker) agreementAncestry() {
	list := c.r.Agreements
	parent := func(i int) int {
		if at, ok := c.ids.get(string(list[i].Parent)); ok && at.kind == KindAgreement && list[i].Parent != "" {
			return int(at.i)
		}
		return -1
	}
	for start := range list {
		// Walk at most len(list) steps: a longer walk has met a cycle.
		i, steps, first := parent(start), 0, start
		for i >= 0 && i != start && steps < len(list) {
			first = min(first, i)
			i, steps = parent(i), steps+1
		}
		if i == start && first == start {
			c.add(amity.NewPath("agreements").Index(start).Child("parent"), amity.KindConflict, string(list[start].Parent),
				"the agreement is its own ancestor")
		}
	}
}

// culturalEvents checks the references of every cultural event.
func (c *checker) culturalEvents() {
	for i, e := range c.r.Events {
		for k, o := range e.Organisers {
			c.body(o, at("events", i, "organisers", k))
		}
		refs(c, e.States, KindState, at("events", i, "states"))
		c.resolve(string(e.Host), KindState, at("events", i, "host"))
		c.places(e.Places, at("events", i, "places"))
		refs(c, e.Groups, KindGroup, at("events", i, "groups"))
		c.resolve(string(e.Agreement), KindAgreement, at("events", i, "agreement"))
		c.resolve(string(e.Initiative), KindInitiative, at("events", i, "initiative"))
		c.resolve(string(e.Meeting), KindMeeting, at("events", i, "meeting"))
		for k, h := range e.History {
			refs(c, h.Sources, KindSource, func() amity.Path { return at("events", i, "history", k)().Child("sources") })
		}
		c.sources(e.Sources, e.FieldSources, at("events", i, ""))
	}
}

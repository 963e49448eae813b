package synth

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

func (g *generator) groupID(k int) orgs.GroupID { return orgs.GroupID(id("grp-", k, g.visitW)) }

// group returns the delegation of visit k, and false if the visitors of
// visit k come without one.
func (g *generator) group(k int) (orgs.Group, bool) {
	filled := k == 0 && g.c.EveryField
	if !g.withDelegation(k) && !filled {
		return orgs.Group{}, false
	}
	vp := g.visitPlan(k)
	gr := g.delegation(k, &vp)
	if filled {
		fillGroup(g.w, &gr, &vp)
	}
	return gr, true
}

// delegation draws the delegation of visit k, planned as vp: a
// delegation of the guest state, led by the first visitor, from the
// visitor's ministry or now and then from a national organization; its
// members are the second visitor if there is one, and otherwise, often,
// only counted.
func (g *generator) delegation(k int, vp *visitPlan) orgs.Group {
	w, x := g.w, g.gr
	x.reset(tagGroups, k)
	guest := &w.states[vp.guest]
	leader := w.holderAt(vp.slots[0], vp.start)
	gr := orgs.Group{
		ID:      g.groupID(k),
		Kind:    orgs.GroupDelegation,
		State:   guest.ID,
		Leaders: []orgs.OfficialID{w.officials[leader].ID},
	}
	named := x.chance(0.4)
	switch ministry := &w.ministries[vp.slots[0]%len(w.ministries)]; {
	case x.chance(0.7):
		gr.Ministry = ministry.ID
		if named {
			gr.Name = "Delegation of the " + ministry.Name + " of " + guest.Name
		}
	case len(w.stateOrgs[vp.guest]) > 0 && x.chance(0.5):
		o := &w.organizations[pick(x, w.stateOrgs[vp.guest])]
		gr.Organization = o.ID
		if named {
			gr.Name = "Delegation of the " + o.Name
		}
	case named:
		gr.Name = guest.Name + " delegation"
	}
	if vp.visitors == 2 {
		if m := w.holderAt(vp.slots[1], vp.start); m != leader {
			gr.Members = []orgs.OfficialID{w.officials[m].ID}
		}
	}
	if gr.Members == nil && x.chance(0.7) || x.chance(0.1) {
		switch x.weighted([]int{40, 45, 15}) {
		case 0:
			n := x.between(3, 15)
			gr.Size = orgs.Size{Min: n, Max: n}
		case 1:
			n := x.between(3, 10)
			gr.Size = orgs.Size{Min: n, Max: n + x.between(2, 5)}
			if x.chance(0.3) {
				gr.Uncertain = amity.Uncertainty{"size": {Basis: amity.BasisApproximate, Reason: "The report gives the size of the delegation as a range."}}
			}
		default:
			gr.Size = orgs.Size{Min: 21}
		}
	}
	if x.chance(0.03) {
		gr.Note = "The report names only the head of the delegation."
	}
	gr.Sources = []amity.SourceID{w.sourceID(int(x.source.Uint64()))}
	return gr
}

package popolo

import (
	"slices"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
)

// kind of an organization of the input, once classified.
type orgKind uint8

const (
	orgNone orgKind = iota
	orgState
	orgMinistry
	orgOrganization
	orgGroup
)

// area reads an area: a country is a state, whose code is the area's
// identifier or id.
func (im *importer) area(a *obj) {
	id := a.str("id")
	class := a.str("classification")
	if class == "" {
		class = a.str("type") // EveryPolitician's name for it
	}
	code := a.str("identifier")
	if !iso3166.Valid(code) {
		code = id
	}
	if class != ClassCountry && class != ClassState || !iso3166.Valid(code) {
		a.whole(id, "an area that is not a country with an ISO 3166-1 alpha-2 code has no place in amity")
		return
	}
	state := orgs.StateID(code)
	im.areaState[id] = state
	name := a.str("name")
	if !slices.ContainsFunc(im.r.States, func(s orgs.State) bool { return s.ID == state }) {
		im.r.States = append(im.r.States, orgs.State{ID: state, Names: amity.Names{Name: name}})
		im.taken[code] = true
	}
	a.rest("state")
}

// classify gives an organization of the input its kind and amity ID.
func (im *importer) classify(o *obj) {
	pid, _ := o.m["id"].(string)
	if _, dup := im.orgKinds[pid]; dup {
		o.faulty(pid, "a second organization with this id")
		return
	}
	switch class, _ := o.m["classification"].(string); class {
	case ClassState, ClassCountry:
		code := im.stateCode(o, pid)
		if code == "" {
			o.whole(pid, "a state needs an ISO 3166-1 alpha-2 code: as its id, an identifier, or its area's identifier")
			return
		}
		if im.hasStateOrg(code) {
			o.faulty(pid, "a second state with the code "+code)
			return
		}
		im.orgKinds[pid] = orgState
		im.orgIDs[pid] = code
		im.taken[code] = true
	case ClassMinistry:
		im.orgKinds[pid] = orgMinistry
		im.orgIDs[pid] = im.newID(o.path, pid)
	default:
		if _, ok := strings.CutPrefix(class, ClassGroup+":"); ok {
			im.orgKinds[pid] = orgGroup
			im.orgIDs[pid] = im.newID(o.path, pid)
			break
		}
		im.orgKinds[pid] = orgOrganization
		im.orgIDs[pid] = im.newID(o.path, pid)
	}
	im.accepted[o] = true
}

// hasStateOrg reports whether an organization of the input is already the
// state with this code.
func (im *importer) hasStateOrg(code string) bool {
	for pid, kind := range im.orgKinds {
		if kind == orgState && im.orgIDs[pid] == code {
			return true
		}
	}
	return false
}

// stateCode finds the ISO 3166-1 code of a state organization.
func (im *importer) stateCode(o *obj, id string) string {
	if iso3166.Valid(id) {
		return id
	}
	if ids, ok := o.m["identifiers"].([]any); ok {
		for _, v := range ids {
			if m, ok := v.(map[string]any); ok {
				if code, _ := m["identifier"].(string); iso3166.Valid(code) {
					return code
				}
			}
		}
	}
	if area, ok := o.m["area_id"].(string); ok {
		return string(im.areaState[area])
	}
	return ""
}

// organization reads a state, a ministry or an organization.
func (im *importer) organization(o *obj) {
	if !im.accepted[o] {
		return // reported by classify
	}
	pid := o.str("id")
	kind := im.orgKinds[pid]
	id := im.orgIDs[pid]
	class := o.str("classification")
	switch kind {
	case orgState:
		im.asState(o, id)
	case orgMinistry:
		im.asMinistry(o, id, class)
	case orgOrganization:
		im.asOrganization(o, id, class)
	case orgGroup:
		im.asGroup(o, id, strings.TrimPrefix(class, ClassGroup+":"))
	}
}

// asState reads o, an organization classified as a state whose code is
// id, as that state, in place of the state an area gave.
func (im *importer) asState(o *obj, id string) {
	s := orgs.State{ID: orgs.StateID(id), Names: im.names(o)}
	s.Wikidata = im.identifiers(o, id)
	s.Sources = im.sourcesOf(o)
	o.str("area_id")
	if i := slices.IndexFunc(im.r.States, func(x orgs.State) bool { return x.ID == s.ID }); i >= 0 {
		im.r.States[i] = s // the area gave only a name
	} else {
		im.r.States = append(im.r.States, s)
	}
	o.rest("state")
}

// asMinistry reads o, an organization classified "ministry", as the
// ministry id of the state that is its parent or area.
func (im *importer) asMinistry(o *obj, id, class string) {
	m := orgs.Ministry{ID: orgs.MinistryID(id), Portfolios: []orgs.Portfolio{orgs.PortfolioOther}, Names: im.names(o)}
	im.rep.filled(o.at("classification"), class, "a ministry's portfolio: other (Popolo has none)")
	parent, area := o.str("parent_id"), o.str("area_id")
	switch {
	case im.orgKinds[parent] == orgState:
		m.State = orgs.StateID(im.orgIDs[parent])
	case parent != "":
		o.rep.unmapped(o.at("parent_id"), parent, "a ministry's parent is its state")
	}
	if s, ok := im.stateOf(area); ok && m.State == "" {
		m.State = s
	} else if ok && s != m.State {
		o.rep.unmapped(o.at("area_id"), area, "not the ministry's state "+string(m.State))
	}
	if m.State == "" {
		im.missing(o.path, "a ministry's state: give it as parent_id or area_id")
	}
	m.Wikidata = im.identifiers(o, "")
	m.URL = im.website(o)
	m.Sources = im.sourcesOf(o)
	o.rest("ministry")
	im.r.Ministries = append(im.r.Ministries, m)
}

// asOrganization reads o as the organization id, of the kind its
// classification class names (see organizationKind), or "other".
func (im *importer) asOrganization(o *obj, id, class string) {
	g := orgs.Organization{ID: orgs.OrganizationID(id), Kind: organizationKind(class), Names: im.names(o)}
	if !g.Kind.Valid() {
		g.Kind = orgs.KindOtherOrganization
		im.rep.filled(o.at("classification"), class, "not a kind of amity organization: other")
	}
	if s, ok := im.stateOf(o.str("area_id")); ok {
		g.State = s
	} else if a := o.str("area_id"); a != "" {
		o.rep.unmapped(o.at("area_id"), a, "not a country")
	}
	switch parent := o.str("parent_id"); im.orgKinds[parent] {
	case orgNone:
		if parent != "" {
			o.rep.fault(o.at("parent_id"), parent, "no organization has this id")
		}
	case orgMinistry:
		g.ParentMinistry = orgs.MinistryID(im.orgIDs[parent])
	case orgOrganization:
		g.ParentOrganization = orgs.OrganizationID(im.orgIDs[parent])
	case orgState:
		if g.State == "" {
			g.State = orgs.StateID(im.orgIDs[parent])
		} else if string(g.State) != im.orgIDs[parent] {
			o.rep.unmapped(o.at("parent_id"), parent, "not the organization's state "+string(g.State))
		}
	}
	g.Founded = im.date(o, "founding_date")
	g.Dissolved = im.date(o, "dissolution_date")
	g.Wikidata = im.identifiers(o, "")
	g.URL = im.website(o)
	g.Sources = im.sourcesOf(o)
	o.rest("organization")
	im.orgIndex[id] = len(im.r.Organizations)
	im.r.Organizations = append(im.r.Organizations, g)
}

// organizationKind returns the kind of organization the classification
// class names: a political party for "party" and "political party", and
// otherwise the kind of that name, which may be no kind.
func organizationKind(class string) orgs.OrganizationKind {
	switch class {
	case ClassParty, "political party":
		return orgs.KindPoliticalParty
	}
	return orgs.OrganizationKind(class)
}

// stateOf returns the state an area or a state organization of the
// input stands for.
func (im *importer) stateOf(id string) (orgs.StateID, bool) {
	if s, ok := im.areaState[id]; ok {
		return s, true
	}
	if im.orgKinds[id] == orgState {
		return orgs.StateID(im.orgIDs[id]), true
	}
	return "", false
}

// asGroup reads o, an organization classified "group:" and a kind, as
// the group id. A name that is the label amity gives a group without one
// ("delegation (LA)") is no name.
func (im *importer) asGroup(o *obj, id, kind string) {
	g := orgs.Group{ID: orgs.GroupID(id), Kind: orgs.GroupKind(kind), Names: im.names(o)}
	if !g.Kind.Valid() {
		g.Kind = orgs.GroupOther
		im.rep.filled(o.at("classification"), o.str("classification"), "not a kind of amity group: other")
	}
	if s, ok := im.stateOf(o.str("area_id")); ok {
		g.State = s
	} else if a := o.str("area_id"); a != "" {
		o.rep.unmapped(o.at("area_id"), a, "not a country")
	}
	switch parent := o.str("parent_id"); im.orgKinds[parent] {
	case orgMinistry:
		g.Ministry = orgs.MinistryID(im.orgIDs[parent])
	case orgOrganization:
		g.Organization = orgs.OrganizationID(im.orgIDs[parent])
	case orgState:
		if g.State == "" {
			g.State = orgs.StateID(im.orgIDs[parent])
		} else if string(g.State) != im.orgIDs[parent] {
			o.rep.unmapped(o.at("parent_id"), parent, "not the group's state "+string(g.State))
		}
	default:
		if parent != "" {
			o.rep.unmapped(o.at("parent_id"), parent, "a group's parent is a ministry or an organization")
		}
	}
	if unnamed := (orgs.Group{Kind: g.Kind, State: g.State}); g.Name == unnamed.Label() {
		g.Name = ""
	}
	g.Sources = im.sourcesOf(o)
	if len(g.Sources) == 0 {
		im.missing(o.path, "the sources of the group: at least one")
	}
	o.rest("group")
	im.groupIndex[id] = len(im.r.Groups)
	im.r.Groups = append(im.r.Groups, g)
}

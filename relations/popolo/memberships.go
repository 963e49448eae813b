package popolo

import (
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

// membership reads a membership: a post of an official, or a state's
// membership of an organization. holder is the id of the person that
// embeds it, if one does.
func (im *importer) membership(m *obj, holder string) {
	personID := m.str("person_id")
	if holder != "" && personID == "" {
		personID = holder
	}
	if mem := m.child("member"); mem != nil {
		typ, id := mem.str("@type"), mem.str("id")
		mem.rest("member")
		switch {
		case typ == "Person" && (personID == "" || personID == id):
			personID = id
		case typ == "Organization" && personID == "":
			im.stateMembership(m, id)
			return
		default:
			mem.faulty(id, "a member that is neither the person of the membership nor an organization")
		}
	}
	pi, ok := im.persons[personID]
	if !ok {
		m.faulty(personID, "a membership of no known person or state")
		return
	}
	if org, _ := m.m["organization_id"].(string); im.orgKinds[org] == orgGroup {
		im.inGroup(m, pi, org)
		return
	}
	im.holds(m, pi)
}

// inGroup reads membership m of official pi in the group org: as a
// leader when its role is "leader", and as a member otherwise.
func (im *importer) inGroup(m *obj, pi int, org string) {
	m.str("organization_id")
	g := &im.r.Groups[im.groupIndex[im.orgIDs[org]]]
	id := im.r.Officials[pi].ID
	list := &g.Members
	switch role := m.str("role"); role {
	case RoleLeader:
		list = &g.Leaders
	case RoleMember, "":
	default:
		m.rep.unmapped(m.at("role"), role, "a group has leaders and members: read as a member")
	}
	if slices.Contains(g.Leaders, id) || slices.Contains(g.Members, id) {
		m.faulty(string(id), "a second membership of the official in the group")
		return
	}
	*list = append(*list, id)
	im.mergeSources(&g.Sources, im.sourcesOf(m), m.at("sources"))
	m.rest("group membership")
}

// postFacts is what a membership of an official says of the post held,
// besides its dates, from the membership and the Popolo post it names.
type postFacts struct {
	org      string           // the Popolo id of the state, ministry or organization
	label    string           // the post's label
	role     string           // the post's role
	rolePath amity.Path       // the path of role in the input
	sources  []amity.SourceID // the post's sources
}

// holds reads membership m as a post that official pi holds.
func (im *importer) holds(m *obj, pi int) {
	post := orgs.Post{Start: im.date(m, "start_date"), End: im.date(m, "end_date")}
	facts := postFacts{org: m.str("organization_id")}
	if postID := m.str("post_id"); postID != "" {
		post.ID = im.namedPost(m, pi, postID, &facts)
	}
	if post.ID == "" {
		post.ID = im.madePostID(m, pi, facts.org)
	}
	im.periodDates(m, &post)
	post.Title = im.postTitle(m, facts.label)
	if orgs.Role(facts.role).Valid() {
		post.Role = orgs.Role(facts.role)
	} else if facts.role != "" {
		m.rep.unmapped(facts.rolePath, facts.role, "not an amity role")
	}
	im.postHolder(m, &post, facts.org)
	own := im.sourcesOf(m)
	for _, s := range own {
		if !slices.Contains(facts.sources, s) {
			facts.sources = append(facts.sources, s)
		}
	}
	post.Sources = facts.sources
	im.r.Officials[pi].Posts = append(im.r.Officials[pi].Posts, post)
	im.partyPost(m, pi, facts.org, post.Start, post.End, own)
	m.rest("post")
}

// period is a legislative period of the input, an event classified
// "legislative period": the term of a legislature, which amity has no
// place for, but whose dates are those of the memberships in it that
// give none of their own.
type period struct {
	o          *obj
	start, end amity.Date
	used       bool // whether a membership took its dates
}

// legislativePeriod keeps event e, if it is a legislative period, with
// its dates, for the memberships that name it; the first of an id.
// eventID reports the event itself.
func (im *importer) legislativePeriod(e *obj) {
	class, _ := e.m["classification"].(string)
	id, _ := e.m["id"].(string)
	if class != ClassLegislativePeriod || id == "" {
		return
	}
	if _, dup := im.periods[id]; !dup {
		im.periods[id] = &period{o: e, start: day(e.m["start_date"]), end: day(e.m["end_date"])}
	}
}

// day returns the date of a Popolo date or date and time; zero when v
// is none.
func day(v any) amity.Date {
	s, _ := v.(string)
	d, _, _ := strings.Cut(s, "T")
	date, err := amity.ParseDate(d)
	if err != nil {
		return amity.Date{}
	}
	return date
}

// periodDates reads the legislative_period_id of membership m, whose
// post is post: where the membership gives no start_date or end_date,
// the post takes those of the legislative period, since a membership of
// a term runs, unless it says otherwise, from the term's start to its
// end;
// but not a date of the period that the membership's own dates rule out
// (a start after its end, an end before its start).
func (im *importer) periodDates(m *obj, post *orgs.Post) {
	id := m.str("legislative_period_id")
	if id == "" {
		return
	}
	p, ok := im.periods[id]
	if !ok {
		m.rep.fault(m.at("legislative_period_id"), id, "no legislative period has this id")
		return
	}
	lacks := func(key string) bool { v, own := m.m[key]; return !own || v == nil }
	var took, ruledOut []string
	if lacks("start_date") && !p.start.IsZero() {
		if post.End.Before(p.start) {
			ruledOut = append(ruledOut, "its start "+p.start.String()+" is after the membership's end "+post.End.String())
		} else {
			post.Start = p.start
			took = append(took, "start "+p.start.String())
		}
	}
	if lacks("end_date") && !p.end.IsZero() {
		if p.end.Before(post.Start) {
			ruledOut = append(ruledOut, "its end "+p.end.String()+" is before the membership's start "+post.Start.String())
		} else {
			post.End = p.end
			took = append(took, "end "+p.end.String())
		}
	}
	at := m.at("legislative_period_id")
	if len(took) > 0 {
		p.used = true
		im.rep.filled(at, id, "dates the membership does not give, taken from its legislative period: "+strings.Join(took, ", "))
	}
	for _, r := range ruledOut {
		m.rep.unmapped(at, id, "the legislative period's date is not the membership's: "+r)
	}
	if len(took) == 0 && len(ruledOut) == 0 {
		m.rep.unmapped(at, id, "amity's post has no legislative period, and the membership needs none of its dates")
	}
}

// partyPost reads the on_behalf_of_id of membership m of official pi in
// the Popolo organization org: the political party the official sat for
// from start to end, citing sources. The official holds a post titled
// "member" in the party for those dates, one for each party and dates
// however many memberships (terms) name them.
func (im *importer) partyPost(m *obj, pi int, org string, start, end amity.Date, sources []amity.SourceID) {
	party := m.str("on_behalf_of_id")
	if party == "" || party == org {
		return // the membership's own post is in the party
	}
	at := m.at("on_behalf_of_id")
	i, ok := im.orgIndex[im.orgIDs[party]]
	switch {
	case im.orgKinds[party] == orgNone:
		m.rep.fault(at, party, "no organization has this id")
		return
	case im.orgKinds[party] != orgOrganization || !ok || im.r.Organizations[i].Kind != orgs.KindPoliticalParty:
		m.rep.unmapped(at, party, "not a political party: amity's post is in the organization of the membership")
		return
	}
	id := im.orgIDs[party]
	key := id + "\x00" + start.String() + "\x00" + end.String()
	o := &im.r.Officials[pi]
	if k, seen := im.sitsFor[pi][key]; seen {
		im.mergeSources(&o.Posts[k].Sources, sources, m.at("sources"))
		return
	}
	made := string(o.ID) + "." + id
	if !amity.ValidID(made) || im.taken[made] {
		made = hashID("post", at.String(), im.taken)
	}
	im.taken[made] = true
	im.rep.filled(at, party, "the party the member sat for: post ID "+made+", titled "+RoleMember+", with the membership's dates")
	if im.sitsFor[pi] == nil {
		im.sitsFor[pi] = map[string]int{}
	}
	im.sitsFor[pi][key] = len(o.Posts)
	o.Posts = append(o.Posts, orgs.Post{ID: orgs.PostID(made), Title: RoleMember, Organization: orgs.OrganizationID(id),
		Start: start, End: end, Sources: slices.Clone(sources)})
}

// namedPost reads the Popolo post postID that membership m of official pi
// names into facts, and returns the ID of the official's post: the post's
// id, or, when an earlier membership holds the post, one made from it and
// the official's ID. It returns "" when no post has the id.
func (im *importer) namedPost(m *obj, pi int, postID string, facts *postFacts) orgs.PostID {
	info, ok := im.posts[postID]
	if !ok {
		m.rep.fault(m.at("post_id"), postID, "no post has this id")
		return ""
	}
	p := info.o
	var id orgs.PostID
	if info.used {
		id = orgs.PostID(im.newID(p.path, postID+"-"+string(im.r.Officials[pi].ID)))
	} else {
		id = orgs.PostID(im.newID(p.path, postID))
	}
	info.used = true
	if im.postOf[pi] == nil {
		im.postOf[pi] = map[string]orgs.PostID{}
	}
	im.postOf[pi][postID] = id
	facts.label, facts.role = p.str("label"), p.str("role")
	facts.rolePath = p.at("role")
	if po := p.str("organization_id"); facts.org == "" {
		facts.org = po
	} else if po != "" && po != facts.org {
		m.rep.unmapped(m.at("organization_id"), facts.org, "not the organization of the post: "+po)
	}
	facts.sources = im.sourcesOf(p)
	p.rest("post")
	return id
}

// madePostID returns the ID of the post of official pi in the
// organization org, for a membership m that names no post.
func (im *importer) madePostID(m *obj, pi int, org string) orgs.PostID {
	made := string(im.r.Officials[pi].ID) + "." + im.orgIDs[org]
	if !amity.ValidID(made) || im.taken[made] {
		made = hashID("post", m.path.String(), im.taken)
	}
	im.taken[made] = true
	im.rep.filled(m.path, "", "a membership without a post: post ID "+made)
	return orgs.PostID(made)
}

// postTitle returns the title of the post of membership m: the post's
// label, or else the membership's role or label, or else "Member".
func (im *importer) postTitle(m *obj, label string) string {
	if r := m.str("role"); label == "" {
		label = r
	} else if r != "" && r != label {
		m.rep.unmapped(m.at("role"), r, "the post's title is its label: "+label)
	}
	if l := m.str("label"); label == "" {
		label = l
	} else if l != "" && l != label {
		m.rep.unmapped(m.at("label"), l, "the post's title is its label: "+label)
	}
	if label == "" {
		label = "Member"
		im.rep.filled(m.path, "", "a post without a label or role: titled Member")
	}
	return label
}

// postHolder sets the state, ministry or organization of post to the one
// the Popolo organization org stands for.
func (im *importer) postHolder(m *obj, post *orgs.Post, org string) {
	switch im.orgKinds[org] {
	case orgState:
		post.State = orgs.StateID(im.orgIDs[org])
	case orgMinistry:
		post.Ministry = orgs.MinistryID(im.orgIDs[org])
	case orgOrganization:
		post.Organization = orgs.OrganizationID(im.orgIDs[org])
	default:
		im.missing(m.path, "the state, ministry or organization of the post: no organization has the id "+strconv.Quote(org))
	}
}

// stateMembership reads a state's membership of an organization.
func (im *importer) stateMembership(m *obj, member string) {
	state, ok := im.stateOf(member)
	if !ok {
		m.whole(member, "a member organization that is not a state")
		return
	}
	org := m.str("organization_id")
	i, ok := im.orgIndex[im.orgIDs[org]]
	if !ok || im.orgKinds[org] != orgOrganization {
		m.whole(org, "a state's membership of what is not an amity organization")
		return
	}
	ms := orgs.Membership{State: state, Since: im.date(m, "start_date"), Until: im.date(m, "end_date"), Sources: im.sourcesOf(m)}
	m.rest("membership")
	im.r.Organizations[i].Members = append(im.r.Organizations[i].Members, ms)
}

// officialPost finds the post of official i that came from the Popolo
// post id.
func (im *importer) officialPost(i int, id string) (orgs.PostID, bool) {
	p, ok := im.postOf[i][id]
	return p, ok
}

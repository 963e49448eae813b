package popolo

import (
	"slices"
	"strconv"

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
			mem.whole(id, "a member that is neither the person of the membership nor an organization")
		}
	}
	pi, ok := im.persons[personID]
	if !ok {
		m.whole(personID, "a membership of no known person or state")
		return
	}
	post := orgs.Post{Start: im.date(m, "start_date"), End: im.date(m, "end_date")}
	org := m.str("organization_id")
	var label, role, rolePath string
	var sources []amity.SourceID
	if postID := m.str("post_id"); postID != "" {
		info, ok := im.posts[postID]
		if !ok {
			m.rep.unmapped(m.at("post_id"), postID, "no post has this id")
		} else {
			p := info.o
			if info.used {
				post.ID = orgs.PostID(im.newID(p.path, postID+"-"+string(im.r.Officials[pi].ID)))
			} else {
				post.ID = orgs.PostID(im.newID(p.path, postID))
			}
			info.used = true
			if im.postOf[pi] == nil {
				im.postOf[pi] = map[string]orgs.PostID{}
			}
			im.postOf[pi][postID] = post.ID
			label, role = p.str("label"), p.str("role")
			rolePath = p.at("role")
			if po := p.str("organization_id"); org == "" {
				org = po
			} else if po != "" && po != org {
				m.rep.unmapped(m.at("organization_id"), org, "not the organization of the post: "+po)
			}
			sources = im.sourcesOf(p)
			p.rest("post")
		}
	}
	if post.ID == "" {
		made := string(im.r.Officials[pi].ID) + "." + im.orgIDs[org]
		if !amity.ValidID(made) || im.taken[made] {
			made = hashID("post", m.path, im.taken)
		}
		im.taken[made] = true
		post.ID = orgs.PostID(made)
		im.rep.filled(m.path, "", "a membership without a post: post ID "+made)
	}
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
	post.Title = label
	if orgs.Role(role).Valid() {
		post.Role = orgs.Role(role)
	} else if role != "" {
		m.rep.unmapped(rolePath, role, "not an amity role")
	}
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
	for _, s := range im.sourcesOf(m) {
		if !slices.Contains(sources, s) {
			sources = append(sources, s)
		}
	}
	post.Sources = sources
	m.rest("post")
	im.r.Officials[pi].Posts = append(im.r.Officials[pi].Posts, post)
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

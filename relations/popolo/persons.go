package popolo

import (
	"slices"

	"github.com/amitydata/amity/orgs"
)

// postInfo is a post of the input, and whether a membership has made it
// an official's post.
type postInfo struct {
	o    *obj
	used bool
}

// post keeps a post of the input, by id, for the memberships that name
// it.
func (im *importer) post(p *obj) {
	id := p.str("id")
	if id == "" {
		p.faulty("", "a post without an id cannot be held")
		return
	}
	if _, dup := im.posts[id]; dup {
		p.faulty(id, "a second post with this id")
		return
	}
	im.posts[id] = &postInfo{o: p}
}

// person reads a person as an official, without the posts, which its
// memberships give.
func (im *importer) person(p *obj) {
	pid := p.str("id")
	if _, dup := im.persons[pid]; dup {
		p.faulty(pid, "a second person with this id")
		return
	}
	im.accepted[p] = true
	o := orgs.Official{ID: orgs.OfficialID(im.newID(p.path, pid)), Names: im.names(p), Honorific: p.str("honorific_prefix")}
	o.Wikidata = im.identifiers(p, "")
	o.Sources = im.sourcesOf(p)
	im.persons[pid] = len(im.r.Officials)
	im.written[len(im.r.Officials)] = o.Name
	im.r.Officials = append(im.r.Officials, o)
}

// unnamed takes the name of each official that is the title of one of
// the official's posts for no name: amity writes an official the source
// names only by post with the post's title as name.
func (im *importer) unnamed() {
	for i := range im.r.Officials {
		o := &im.r.Officials[i]
		if o.Name != "" && slices.ContainsFunc(o.Posts, func(p orgs.Post) bool { return p.Title == o.Name }) {
			o.Name = ""
		}
	}
}

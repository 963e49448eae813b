package popolo

import (
	"cmp"
	"slices"
	"strings"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// positioned is a statement of a meeting with its place among the
// meeting's speeches: its position, if it has one, then its order in the
// input.
type positioned struct {
	s     events.Statement
	pos   float64
	has   bool
	order int
}

// speech reads a speech at a meeting as a statement of it, placed among
// the meeting's statements once all are read.
func (im *importer) speech(s *obj) {
	ev := s.str("event_id")
	mi, ok := im.meetings[ev]
	if !ok {
		s.whole(ev, "a speech at no meeting has no place in amity")
		return
	}
	st := events.Statement{Summary: s.str("title"), Quote: s.str("text"), Verb: events.VerbSaid}
	if id := s.str("id"); id != "" {
		st.ID = events.StatementID(im.newID(s.path, id))
	}
	im.rep.filled(s.path, "", "a statement's verb: said (Popolo has none)")
	creator := s.str("creator_id")
	attribution := s.str("attribution_text")
	switch {
	case creator != "":
		if i, ok := im.persons[creator]; ok {
			st.Speakers = []orgs.OfficialID{im.r.Officials[i].ID}
		} else {
			s.rep.fault(s.at("creator_id"), creator, "not among the persons")
		}
		if attribution != "" {
			s.rep.unmapped(s.at("attribution_text"), attribution, "the speaker is the creator")
		}
	case attribution != "":
		st.Speakers = im.speakers(s, attribution)
	}
	if len(st.Speakers) == 0 {
		im.missing(s.path, "the speakers: creator_id, or attribution_text naming persons")
	}
	if st.Summary == "" && st.Quote == "" {
		im.missing(s.path, "what was said: title or text")
	}
	p := positioned{order: len(im.statement[mi])}
	if v, ok := s.get("position"); ok {
		if f, isNum := v.(float64); isNum {
			p.pos, p.has = f, true
		} else {
			s.rep.fault(s.at("position"), text(v), "not a number")
		}
	}
	st.Sources = im.sourcesOf(s)
	s.rest("statement")
	p.s = st
	im.statement[mi] = append(im.statement[mi], p)
}

// speakers reads the names of attribution_text, "A, B and C", as the
// persons of those names.
func (im *importer) speakers(s *obj, attribution string) []orgs.OfficialID {
	var names []string
	head, last, ok := strings.Cut(attribution, " and ")
	if ok {
		names = append(strings.Split(head, ", "), last)
	} else {
		names = []string{attribution}
	}
	var out []orgs.OfficialID
	for _, name := range names {
		i := slices.IndexFunc(im.r.Officials, func(o orgs.Official) bool { return o.Name == name })
		if i < 0 {
			i = im.writtenAs(name)
		}
		if i < 0 {
			s.rep.fault(s.at("attribution_text"), name, "no person has this name")
			continue
		}
		out = append(out, im.r.Officials[i].ID)
	}
	return out
}

// placeStatements gives each meeting its statements: first those with a
// position, in order of position, then the others, each in the order of
// the input.
func (im *importer) placeStatements() {
	for i, list := range im.statement {
		slices.SortStableFunc(list, func(a, b positioned) int {
			switch {
			case a.has && !b.has:
				return -1
			case !a.has && b.has:
				return +1
			}
			return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.order, b.order))
		})
		for _, p := range list {
			im.r.Meetings[i].Statements = append(im.r.Meetings[i].Statements, p.s)
		}
	}
}

// writtenAs returns the index of the first official whose person the
// input names name, or -1.
func (im *importer) writtenAs(name string) int {
	for i := range im.r.Officials {
		if im.written[i] == name {
			return i
		}
	}
	return -1
}

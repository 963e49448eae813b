package popolo

import (
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/orgs"
)

// names reads name and other_names.
func (im *importer) names(o *obj) amity.Names {
	n := amity.Names{Name: o.str("name")}
	for _, on := range o.objects("other_names") {
		name := on.str("name")
		lang := on.str("lang")
		note := on.str("note")
		switch {
		case name == "":
			on.whole("", "an other name without a name")
			continue
		case lang != "":
			if _, dup := n.LocalNames[lang]; dup {
				on.whole(name, "a second name in language "+lang)
				continue
			}
			if n.LocalNames == nil {
				n.LocalNames = map[string]string{}
			}
			n.LocalNames[lang] = name
			if note != "" && note != NoteLocalName {
				on.rep.unmapped(on.at("note"), note, "amity's local names have no notes")
			}
		default:
			n.Aliases = append(n.Aliases, name)
			if note != "" {
				on.rep.unmapped(on.at("note"), note, "amity's aliases have no notes")
			}
		}
		on.rest("name")
	}
	return n
}

// identifiers reads identifiers: a Wikidata item, and the state's code,
// which code names.
func (im *importer) identifiers(o *obj, code string) (qid string) {
	for _, id := range o.objects("identifiers") {
		value := id.str("identifier")
		scheme := id.str("scheme")
		switch {
		case strings.EqualFold(scheme, SchemeWikidata) && qid == "":
			qid = value
		case code != "" && value == code:
		default:
			id.whole(value, "amity keeps no identifiers but a Wikidata item")
			continue
		}
		id.rest("identifier")
	}
	return qid
}

// links reads the "links" of an organization: its website.
func (im *importer) website(o *obj) string {
	site := ""
	for _, l := range o.objects("links") {
		u := l.str("url")
		if l.str("note") == NoteWebsite && site == "" {
			site = u
			l.rest("website")
			continue
		}
		l.whole(u, "amity keeps no links but a website")
	}
	return site
}

// sourcesOf reads the "sources" of o, links, into source IDs.
func (im *importer) sourcesOf(o *obj) []amity.SourceID {
	var ids []amity.SourceID
	for _, l := range o.objects("sources") {
		u := l.str("url")
		note := l.str("note")
		l.rest("source")
		if !amity.ValidHTTPURL(u) {
			l.rep.unmapped(l.at("url"), u, "not an http or https URL")
			continue
		}
		id, seen := im.sources[u]
		if !seen {
			id = SourceID(u)
			for im.taken[string(id)] {
				id = amity.SourceID(hashID("url", u, im.taken))
			}
			im.taken[string(id)] = true
			im.sources[u] = id
			src := amity.Source{ID: id, Publisher: note, URL: u}
			if note == "" {
				pu, _ := url.Parse(u)
				src.Publisher = pu.Hostname()
				im.rep.filled(l.path, u, "a source without a note: publisher "+src.Publisher+" from the URL")
			}
			im.rep.filled(l.path, u, "source ID "+string(id)+" made from the URL")
			im.r.Sources = append(im.r.Sources, src)
		} else if i := slices.IndexFunc(im.r.Sources, func(s amity.Source) bool { return s.ID == id }); note != "" && note != im.r.Sources[i].Publisher {
			l.rep.unmapped(l.at("note"), note, "another publisher for the same URL: "+im.r.Sources[i].Publisher)
		}
		im.mergeSources(&ids, []amity.SourceID{id}, l.path)
	}
	return ids
}

// maxSources is the most sources a record holds, as the rule of a post's
// sources says; TestMaxSources checks that every list of sources in the
// model says the same.
var maxSources = sync.OnceValue(func() int { return ruleMax(reflect.TypeFor[orgs.Post](), "Sources") })

// ruleMax returns the max= of the rule of field name of struct type t,
// before any dive: the most items of a list.
func ruleMax(t reflect.Type, name string) int {
	f, ok := t.FieldByName(name)
	rule, _, _ := strings.Cut(f.Tag.Get("validate"), ",dive")
	for r := range strings.SplitSeq(rule, ",") {
		if v, found := strings.CutPrefix(r, "max="); ok && found {
			if n, err := strconv.Atoi(v); err == nil {
				return n
			}
		}
	}
	panic("popolo: no max= in the rule of " + t.String() + "." + name)
}

// mergeSources adds to *list each source of add it does not hold, while
// it holds fewer than a record may: the report names each left out, at
// path. A record's sources may come from several places (the terms of a
// party post, the memberships of a group).
func (im *importer) mergeSources(list *[]amity.SourceID, add []amity.SourceID, path amity.Path) {
	for _, s := range add {
		switch {
		case slices.Contains(*list, s):
		case len(*list) >= maxSources():
			im.rep.unmapped(path, string(s), fmt.Sprintf("a record holds at most %d sources: left out", maxSources()))
		default:
			*list = append(*list, s)
		}
	}
}

// date reads a date member; an event's date may carry a time of day,
// which is dropped.
func (im *importer) date(o *obj, key string) amity.Date {
	s := o.str(key)
	if s == "" {
		return amity.Date{}
	}
	day, clock, hasClock := strings.Cut(s, "T")
	d, err := amity.ParseDate(day)
	if err != nil {
		o.rep.fault(o.at(key), s, "not a date")
		return amity.Date{}
	}
	if hasClock {
		o.rep.unmapped(o.at(key), s, "amity's dates have no time of day: "+clock)
	}
	return d
}

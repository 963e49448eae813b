package popolo

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// MaxImportBytes is the largest Popolo document [Import] reads: 64 MiB.
const MaxImportBytes = 64 << 20

// Import reads one Popolo JSON document from rd and maps it into amity's
// records, the reverse of [Export]:
//
//   - persons are officials; organizations classified "state" (or
//     "country") are states, whose ID is an ISO 3166-1 alpha-2 code (the
//     organization's id, an identifier, or its area's identifier);
//     "ministry" ministries, whose state is their parent or area; any
//     other organizations, of the kind their classification names, or
//     "other"; areas classified "country" are states too;
//   - a membership of a person, with or without a post, is a post the
//     official holds, titled by the post's label or the membership's role;
//     a membership of a state in an organization is a member of it;
//   - events classified "visit" and "meeting" are visits and meetings,
//     their attendees the visitors or participants, and the state and post
//     of each taken from the attendee's embedded membership;
//   - speeches at meetings are statements;
//   - links in "sources" are sources, one per URL, with the link's note as
//     publisher.
//
// IDs are kept where they are valid amity IDs; others are made valid, and
// a source's ID is made from its URL's host and path. Records come sorted
// by ID, statements in the order of their positions.
//
// Everything of the input that has no place in amity, or that Import
// cannot read (a date that is not a date, a reference to nothing), is
// listed in the report's Unmapped; every value Import filled in (an ID, a
// publisher, a statement's verb "said", a ministry's portfolio "other") in
// its Filled; and every value amity requires that the input lacks (a
// meeting's date, a visit's guest) in its Missing, where the records will
// not validate until it is given. Import checks the shape of the input,
// not amity's rules on values: run relations.Validate on the records.
//
// The error is not nil only when the input is not one JSON object, or is
// larger than [MaxImportBytes]: a [*amity.ValidationError] of kind
// amity.KindSyntax or amity.KindTooLarge, or the error of rd.
func Import(rd io.Reader) (relations.Records, Report, error) {
	data, err := io.ReadAll(io.LimitReader(rd, MaxImportBytes+1))
	if err != nil {
		return relations.Records{}, Report{}, err
	}
	if len(data) > MaxImportBytes {
		return relations.Records{}, Report{}, amity.AsError([]amity.FieldError{{Kind: amity.KindTooLarge,
			Detail: "a Popolo document of more than " + strconv.Itoa(MaxImportBytes) + " bytes"}})
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		var se *json.SemanticError
		detail := err.Error()
		if errors.As(err, &se) && se.Err != nil {
			detail = se.Err.Error()
		}
		return relations.Records{}, Report{}, amity.AsError([]amity.FieldError{{Kind: amity.KindSyntax, Detail: detail}})
	}
	top, ok := v.(map[string]any)
	if !ok {
		return relations.Records{}, Report{}, amity.AsError([]amity.FieldError{{Kind: amity.KindSyntax, Detail: "a Popolo document is a JSON object"}})
	}
	im := newImporter()
	im.read(&obj{m: top, used: map[string]bool{}, rep: &im.rep})
	return im.r, im.rep, nil
}

// obj is an object of the input, which remembers the members read so that
// the rest can be reported.
type obj struct {
	m    map[string]any
	path amity.Path
	used map[string]bool
	rep  *Report
}

func (o *obj) at(key string) amity.Path { return o.path.Child(key) }

// get returns the member key, and false when it is absent or null.
func (o *obj) get(key string) (any, bool) {
	o.used[key] = true
	v, ok := o.m[key]
	return v, ok && v != nil
}

// str returns the string member key, "" when absent; a value of another
// type is reported and read as "".
func (o *obj) str(key string) string {
	v, ok := o.get(key)
	if !ok {
		return ""
	}
	s, isStr := v.(string)
	if !isStr {
		o.rep.unmapped(o.at(key), text(v), "not a string")
	}
	return s
}

// objects returns the objects of the list member key; values that are not
// objects are reported.
func (o *obj) objects(key string) []*obj {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	list, isList := v.([]any)
	if !isList {
		o.rep.unmapped(o.at(key), text(v), "not a list")
		return nil
	}
	out := make([]*obj, 0, len(list))
	for i, e := range list {
		path := o.at(key).Index(i)
		m, isObj := e.(map[string]any)
		if !isObj {
			if e != nil {
				o.rep.unmapped(path, text(e), "not an object")
			}
			continue
		}
		out = append(out, &obj{m: m, path: path, used: map[string]bool{}, rep: o.rep})
	}
	return out
}

// child returns the object member key, or nil.
func (o *obj) child(key string) *obj {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	m, isObj := v.(map[string]any)
	if !isObj {
		o.rep.unmapped(o.at(key), text(v), "not an object")
		return nil
	}
	return &obj{m: m, path: o.at(key), used: map[string]bool{}, rep: o.rep}
}

// rest reports every member that was not read, in order of name, as
// having no place in amity.
func (o *obj) rest(what string) {
	keys := make([]string, 0, len(o.m))
	for k, v := range o.m {
		if !o.used[k] && v != nil {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		o.rep.unmapped(o.at(k), text(o.m[k]), "amity's "+what+" has no "+strconv.Quote(k))
	}
}

// whole reports the object as left out, and marks its members read.
func (o *obj) whole(value, detail string) {
	for k := range o.m {
		o.used[k] = true
	}
	o.rep.unmapped(o.path, value, detail)
}

// text returns a scalar JSON value as text, "" for an object or a list.
func text(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

// kind of an organization of the input, once classified.
type orgKind uint8

const (
	orgNone orgKind = iota
	orgState
	orgMinistry
	orgOrganization
)

type postInfo struct {
	o    *obj
	used bool
}

type importer struct {
	r        relations.Records
	rep      Report
	taken    map[string]bool                // amity IDs given out
	accepted map[*obj]bool                  // organizations, persons and events not left out as repeated
	postOf   map[int]map[string]orgs.PostID // official's index -> Popolo post id -> post ID

	orgIDs    map[string]string // Popolo organization id -> amity ID
	orgKinds  map[string]orgKind
	areaState map[string]orgs.StateID // Popolo area id -> state
	persons   map[string]int          // Popolo person id -> index in r.Officials
	posts     map[string]*postInfo    // Popolo post id -> post
	events    map[string]string       // Popolo event id -> amity ID
	visits    map[string]bool         // amity IDs of visits
	meetings  map[string]int          // Popolo event id -> index in r.Meetings
	sources   map[string]amity.SourceID
	orgIndex  map[string]int // amity ID -> index in r.Organizations
	statement map[int][]positioned
}

type positioned struct {
	s     events.Statement
	pos   float64
	has   bool
	order int
}

func newImporter() *importer {
	return &importer{
		accepted:  map[*obj]bool{},
		postOf:    map[int]map[string]orgs.PostID{},
		taken:     map[string]bool{},
		orgIDs:    map[string]string{},
		orgKinds:  map[string]orgKind{},
		areaState: map[string]orgs.StateID{},
		persons:   map[string]int{},
		posts:     map[string]*postInfo{},
		events:    map[string]string{},
		visits:    map[string]bool{},
		meetings:  map[string]int{},
		sources:   map[string]amity.SourceID{},
		orgIndex:  map[string]int{},
		statement: map[int][]positioned{},
	}
}

func (im *importer) missing(path amity.Path, detail string) {
	im.rep.Missing = append(im.rep.Missing, Item{Path: path, Detail: detail})
}

// newID returns the amity ID for an object whose Popolo id is id, made
// valid and unique where it is not, with the change reported.
func (im *importer) newID(path amity.Path, id string) string {
	if amity.ValidID(id) && !im.taken[id] {
		im.taken[id] = true
		return id
	}
	made := slug(id)
	if made == "" || im.taken[made] || len(made) > 128 {
		made = hashID("popolo", path.String()+"\x00"+id, im.taken)
	}
	im.taken[made] = true
	switch {
	case id == "":
		im.rep.filled(path, "", "no id: "+made)
	case im.taken[id] && amity.ValidID(id):
		im.rep.filled(path.Child("id"), id, "ID used already: "+made)
	default:
		im.rep.filled(path.Child("id"), id, "not an amity ID: "+made)
	}
	return made
}

// slug turns s into an amity ID where it can: runs of characters an ID
// cannot hold become '-', and the ends are trimmed to a letter or digit.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '_', c == '.', c == ':':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteByte(c)
		default:
			dash = true
		}
	}
	return strings.Trim(b.String(), "-_.:")
}

// hashID returns prefix and 16 hex digits of the hash of s, not yet taken.
func hashID(prefix, s string, taken map[string]bool) string {
	for i := 0; ; i++ {
		sum := sha256.Sum256([]byte(s + strconv.Itoa(i)))
		id := prefix + "-" + hex.EncodeToString(sum[:8])
		if !taken[id] {
			return id
		}
	}
}

// SourceID returns the ID Import gives the source at rawURL: its host
// and path, with characters an ID cannot hold made '-' ("it.icro.ir-About-us"
// for "https://it.icro.ir/About-us"); a hash of the URL when that is empty
// or longer than 128 bytes.
func SourceID(rawURL string) amity.SourceID {
	s := rawURL
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		s = u.Host + u.EscapedPath()
		if u.RawQuery != "" {
			s += "-" + u.RawQuery
		}
	}
	id := slug(s)
	if id == "" || len(id) > 128 {
		sum := sha256.Sum256([]byte(rawURL))
		id = "url-" + hex.EncodeToString(sum[:8])
	}
	return amity.SourceID(id)
}

func (im *importer) read(top *obj) {
	for _, a := range top.objects("areas") {
		im.area(a)
	}
	orgsIn := top.objects("organizations")
	for _, o := range orgsIn {
		im.classify(o)
	}
	for _, o := range orgsIn {
		im.organization(o)
	}
	for _, p := range top.objects("posts") {
		im.post(p)
	}
	persons := top.objects("persons")
	for _, p := range persons {
		im.person(p)
	}
	for _, p := range persons {
		if !im.accepted[p] {
			continue
		}
		for _, m := range p.objects("memberships") {
			im.membership(m, p.str("id"))
		}
		p.rest("official")
	}
	for _, m := range top.objects("memberships") {
		im.membership(m, "")
	}
	for _, id := range sortedKeys(im.posts) {
		if p := im.posts[id]; !p.used {
			p.o.whole(id, "a post no one holds has no place in amity")
		}
	}
	evs := top.objects("events")
	for _, e := range evs {
		im.eventID(e)
	}
	for _, e := range evs {
		im.event(e)
	}
	for _, s := range top.objects("speeches") {
		im.speech(s)
	}
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
	top.rest("document")
	im.sort()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// sort orders every list of the records by ID.
func (im *importer) sort() {
	r := &im.r
	slices.SortStableFunc(r.Sources, func(a, b amity.Source) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.States, func(a, b orgs.State) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Ministries, func(a, b orgs.Ministry) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Organizations, func(a, b orgs.Organization) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Officials, func(a, b orgs.Official) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Visits, func(a, b events.Visit) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Meetings, func(a, b events.Meeting) int { return cmp.Compare(a.ID, b.ID) })
}

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
		o.whole(pid, "a second organization with this id")
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
			o.whole(pid, "a second state with the code "+code)
			return
		}
		im.orgKinds[pid] = orgState
		im.orgIDs[pid] = code
		im.taken[code] = true
	case ClassMinistry:
		im.orgKinds[pid] = orgMinistry
		im.orgIDs[pid] = im.newID(o.path, pid)
	default:
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
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
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
		o.rep.unmapped(o.at(key), s, "not a date")
		return amity.Date{}
	}
	if hasClock {
		o.rep.unmapped(o.at(key), s, "amity's dates have no time of day: "+clock)
	}
	return d
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
	case orgMinistry:
		m := orgs.Ministry{ID: orgs.MinistryID(id), Portfolio: orgs.PortfolioOther, Names: im.names(o)}
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
	case orgOrganization:
		g := orgs.Organization{ID: orgs.OrganizationID(id), Kind: orgs.OrganizationKind(class), Names: im.names(o)}
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
				o.rep.unmapped(o.at("parent_id"), parent, "no organization has this id")
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

func (im *importer) post(p *obj) {
	id := p.str("id")
	if id == "" {
		p.whole("", "a post without an id cannot be held")
		return
	}
	if _, dup := im.posts[id]; dup {
		p.whole(id, "a second post with this id")
		return
	}
	im.posts[id] = &postInfo{o: p}
}

func (im *importer) person(p *obj) {
	pid := p.str("id")
	if _, dup := im.persons[pid]; dup {
		p.whole(pid, "a second person with this id")
		return
	}
	im.accepted[p] = true
	o := orgs.Official{ID: orgs.OfficialID(im.newID(p.path, pid)), Names: im.names(p)}
	o.Wikidata = im.identifiers(p, "")
	o.Sources = im.sourcesOf(p)
	im.persons[pid] = len(im.r.Officials)
	im.r.Officials = append(im.r.Officials, o)
}

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
	var label, role string
	var rolePath amity.Path
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
			made = hashID("post", m.path.String(), im.taken)
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

// eventID gives a visit or a meeting its amity ID.
func (im *importer) eventID(e *obj) {
	id, _ := e.m["id"].(string)
	class, _ := e.m["classification"].(string)
	if class != ClassVisit && class != ClassMeeting {
		e.whole(id, "an event that is neither a visit nor a meeting has no place in amity")
		return
	}
	if _, dup := im.events[id]; dup {
		e.whole(id, "a second event with this id")
		return
	}
	im.accepted[e] = true
	im.events[id] = im.newID(e.path, id)
	if class == ClassVisit {
		im.visits[im.events[id]] = true
	}
}

// attendee is an attendee of an event: an official, with the state and
// post of the embedded membership.
type attendee struct {
	official orgs.OfficialID
	state    orgs.StateID
	post     orgs.PostID
	path     amity.Path
}

func (im *importer) attendees(e *obj) []attendee {
	var out []attendee
	for _, a := range e.objects("attendees") {
		pid := a.str("id")
		a.str("name")
		i, ok := im.persons[pid]
		if !ok {
			a.whole(pid, "an attendee who is not among the persons")
			continue
		}
		at := attendee{official: im.r.Officials[i].ID, path: a.path}
		for k, m := range a.objects("memberships") {
			if k > 0 {
				m.whole("", "an attendee acts for one state, in one post")
				continue
			}
			if s, ok := im.stateOf(m.str("organization_id")); ok {
				at.state = s
			} else if org := m.str("organization_id"); org != "" {
				m.rep.unmapped(m.at("organization_id"), org, "not a state")
			}
			if post := m.str("post_id"); post != "" {
				if p, ok := im.officialPost(i, post); ok {
					at.post = p
				} else {
					m.rep.unmapped(m.at("post_id"), post, "not a post of the attendee")
				}
			}
			m.rest("participant")
		}
		a.rest("participant")
		out = append(out, at)
	}
	return out
}

// officialPost finds the post of official i that came from the Popolo
// post id.
func (im *importer) officialPost(i int, id string) (orgs.PostID, bool) {
	p, ok := im.postOf[i][id]
	return p, ok
}

// places reads a location written as "Venue, City, CC; ...".
func (im *importer) places(e *obj) []orgs.Place {
	loc := e.str("location")
	if loc == "" {
		return nil
	}
	var out []orgs.Place
	for part := range strings.SplitSeq(loc, "; ") {
		fields := strings.Split(part, ", ")
		cc := fields[len(fields)-1]
		if !iso3166.Valid(cc) || len(fields) > 3 {
			e.rep.unmapped(e.at("location"), part, "not a place written as Venue, City, CC")
			continue
		}
		p := orgs.Place{Country: orgs.StateID(cc)}
		switch len(fields) {
		case 2:
			p.City = fields[0]
		case 3:
			p.Venue, p.City = fields[0], fields[1]
		}
		out = append(out, p)
	}
	return out
}

func (im *importer) event(e *obj) {
	if !im.accepted[e] {
		return // reported by eventID
	}
	pid := e.str("id")
	id := im.events[pid]
	e.str("classification")
	host, hostOK := im.stateOf(e.str("organization_id"))
	if org := e.str("organization_id"); org != "" && !hostOK {
		e.rep.unmapped(e.at("organization_id"), org, "the organizer of a visit or meeting is its host state")
	}
	people := im.attendees(e)
	places := im.places(e)
	sources := im.sourcesOf(e)
	if len(sources) == 0 {
		im.missing(e.path, "the sources of the "+e.m["classification"].(string)+": at least one")
	}
	if im.visits[id] {
		v := events.Visit{ID: events.VisitID(id), Host: host, Start: im.date(e, "start_date"), End: im.date(e, "end_date"),
			Places: places, Note: e.str("description"), Sources: sources}
		for _, a := range people {
			v.Visitors = append(v.Visitors, a.official)
			switch {
			case a.state == "":
			case v.Guest == "":
				v.Guest = a.state
			case a.state != v.Guest:
				im.rep.unmapped(a.path, string(a.state), "a visitor of another state than "+string(v.Guest))
			}
			if a.post != "" {
				im.rep.unmapped(a.path, string(a.post), "amity's visitors have no posts")
			}
		}
		if v.Guest == "" {
			im.missing(e.path, "the guest state: the state of an attendee's membership")
		}
		if v.Host == "" {
			im.missing(e.path, "the host state: the organization_id")
		}
		if v.Start.IsZero() {
			im.missing(e.path, "the start_date")
		}
		if name := e.str("name"); name != "" {
			e.rep.unmapped(e.at("name"), name, "amity's visits have no names")
		}
		e.rest("visit")
		im.r.Visits = append(im.r.Visits, v)
		return
	}
	m := events.Meeting{ID: events.MeetingID(id), Title: e.str("name"), Date: im.date(e, "start_date"), Host: host,
		Summary: e.str("description"), Sources: sources}
	if end := im.date(e, "end_date"); !end.IsZero() && end != m.Date {
		e.rep.unmapped(e.at("end_date"), end.String(), "amity's meetings have one date")
	}
	if m.Date.IsZero() {
		im.missing(e.path, "the meeting's date: start_date")
	}
	if len(places) > 0 {
		m.Place = places[0]
		for _, p := range places[1:] {
			e.rep.unmapped(e.at("location"), p.String(), "amity's meetings have one place")
		}
	}
	if parent := e.str("parent_id"); parent != "" {
		if pv, ok := im.events[parent]; ok && im.visits[pv] {
			m.Visit = events.VisitID(pv)
		} else {
			e.rep.unmapped(e.at("parent_id"), parent, "a meeting's parent is a visit")
		}
	}
	for _, a := range people {
		p := events.Participant{Official: a.official, State: a.state, Post: a.post}
		if p.State == "" {
			im.missing(a.path, "the state the participant represents: the organization_id of its membership")
		}
		m.Participants = append(m.Participants, p)
	}
	e.rest("meeting")
	im.meetings[pid] = len(im.r.Meetings)
	im.r.Meetings = append(im.r.Meetings, m)
}

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
			s.rep.unmapped(s.at("creator_id"), creator, "not among the persons")
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
			s.rep.unmapped(s.at("position"), text(v), "not a number")
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
			s.rep.unmapped(s.at("attribution_text"), name, "no person has this name")
			continue
		}
		out = append(out, im.r.Officials[i].ID)
	}
	return out
}

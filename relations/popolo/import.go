package popolo

import (
	"cmp"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// MaxImportBytes is the largest Popolo document [Import] reads: 64 MiB.
const MaxImportBytes = 64 << 20

// Import reads one Popolo JSON document from rd and maps it into amity's
// records, the reverse of [Export]:
//
//   - persons are officials, with their honorific_prefix as honorific; a
//     person whose name is the title of one of its posts is an official
//     known only by post, without a name; organizations classified
//     "state" (or "country") are states, whose ID is an ISO 3166-1 alpha-2
//     code (the organization's id, an identifier, or its area's
//     identifier); "ministry" ministries, whose state is their parent or
//     area; "group:" and a kind groups, whose state is their area and
//     whose ministry or organization their parent, and whose name is no
//     name when it is the label amity gives a group without one; any
//     other organizations, of the kind their classification names
//     ("party" and "political party" political parties), or "other";
//     areas classified "country" are states too, other areas
//     (constituencies) have no place in amity;
//   - a membership of a person, with or without a post, is a post the
//     official holds, titled by the post's label or the membership's role;
//     a membership of a person in a group makes the official its leader
//     (role "leader") or a member; a membership of a state in an
//     organization is a member of it;
//   - the on_behalf_of_id of a person's membership that names a political
//     party (EveryPolitician's party a member sits for) is a second post,
//     titled "member", in the party, with the dates and sources of the
//     membership: one for each official, party and dates, however many
//     memberships (terms) give it. A membership's area_id (the
//     constituency) has no place in amity;
//   - the events classified "legislative period" (the terms of a
//     legislature) have no place in amity, but their dates do: a
//     membership that names one by legislative_period_id and gives no
//     start_date or end_date of its own takes the period's, since a
//     membership of a term runs, unless it says otherwise, from the
//     term's start to its end (but not a date its own dates rule out: a
//     start after its own end, an end before its own start);
//   - events classified "visit" and "meeting" are visits and meetings,
//     their attendees the visitors or participants, and the state, post
//     and role of each taken from the attendee's embedded membership;
//   - events classified "agreement:" and a kind are agreements, signed on
//     their start_date at their location and their parent meeting, their
//     attendees the signatories, each signing for the on_behalf_of_id (or
//     else the organization_id) of the embedded membership, in its post,
//     on its start_date; the parties are those signed for;
//   - events classified "cultural_event:" and a kind are cultural events,
//     their status a history of one entry, their dates held if the status
//     is "held" and planned otherwise, their organization_id an
//     organiser;
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
// publisher, a statement's verb "said", a ministry's portfolio "other", a
// post in a party, the dates of a legislative period) in its Filled; and
// every value amity requires that the input lacks (a meeting's date, a
// visit's guest, an agreement's parties) in its Missing, where the
// records will not validate until it is given. Each item has its path in
// the input, and the line and column where its value starts. Import
// checks the shape of the input, not amity's rules on values: run
// relations.Validate on the records.
//
// The error is not nil only when the input is not a Popolo document
// (not one JSON object, an amity document, or an object with none of
// Popolo's collections), or breaks a limit of [ImportWith]: a
// [*amity.ValidationError] of kind amity.KindSyntax or
// amity.KindTooLarge, with its line and column, or the error of rd. Past
// the limit of problems, the records are empty and the report lists what
// was found (see [Report.Faults]).
func Import(rd io.Reader) (relations.Records, Report, error) {
	return ImportWith(rd, relations.ReadOptions{})
}

// collections are the members of a Popolo document that hold its
// objects; a document has at least one.
var collections = []string{"persons", "organizations", "memberships", "posts", "areas", "events", "speeches", "motions", "vote_events", "counts", "votes"}

// ImportWith is [Import] with the limits of opts, those amity's own
// readers take: a document of at most MaxDocumentBytes (but never more
// than [MaxImportBytes]), nested at most MaxDepth deep, with strings of at
// most MaxStringBytes; and a report of at most MaxProblems items, past
// which the report counts the rest in Dropped. When the input holds more
// than MaxProblems faults (see [Report.Faults]) ImportWith fails as
// amity's readers do past that many problems, with an error of kind
// amity.KindTooLarge, and returns no records. Zero limits take the
// defaults of [relations.ReadOptions].
func ImportWith(rd io.Reader, opts relations.ReadOptions) (relations.Records, Report, error) {
	opts = opts.WithDefaults()
	limit := min(opts.MaxDocumentBytes, MaxImportBytes)
	data, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if err != nil {
		return relations.Records{}, Report{}, err
	}
	fail := func(fe amity.FieldError) (relations.Records, Report, error) {
		return relations.Records{}, Report{}, amity.AsError([]amity.FieldError{fe})
	}
	if int64(len(data)) > limit {
		return fail(amity.FieldError{Kind: amity.KindTooLarge, Line: 1,
			Detail: "a Popolo document of more than " + strconv.FormatInt(limit, 10) + " bytes"})
	}
	o := jsoncodec.Options{MaxDepth: opts.MaxDepth, MaxStringBytes: opts.MaxStringBytes}
	if err := o.CheckLimits(data); err != nil {
		return relations.Records{}, Report{}, err
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return fail(o.Locate(err, data, nil))
	}
	// at places a problem of the document at the value at path p.
	at := func(fe amity.FieldError) amity.FieldError {
		off := max(jsoncodec.ValueOffsets(data, []string{jsoncodec.Pointer(fe.Path)})[0], 0)
		fe.Line, fe.Column = jsoncodec.LineColumn(data, off, 1)
		return fe
	}
	top, ok := v.(map[string]any)
	if !ok {
		return fail(at(amity.FieldError{Kind: amity.KindSyntax, Detail: "a Popolo document is a JSON object"}))
	}
	if s, ok := top["schema"].(string); ok && strings.HasPrefix(s, "amity/") {
		return fail(at(amity.FieldError{Kind: amity.KindSyntax, Path: amity.NewPath("schema"), Value: s,
			Detail: "an amity document, not Popolo: read it with relations.ReadJSON"}))
	}
	if !slices.ContainsFunc(collections, func(c string) bool { _, ok := top[c]; return ok }) {
		return fail(at(amity.FieldError{Kind: amity.KindSyntax,
			Detail: "not a Popolo document: it has none of " + strings.Join(collections, ", ")}))
	}
	im := newImporter()
	im.rep.limit = opts.MaxProblems
	im.read(&obj{m: top, used: map[string]bool{}, rep: &im.rep})
	im.rep.locate(data)
	if im.rep.Faults > opts.MaxProblems {
		return relations.Records{}, im.rep, amity.AsError([]amity.FieldError{{Kind: amity.KindTooLarge,
			Detail: "more than " + strconv.Itoa(opts.MaxProblems) + " faults in the input (references to no object, repeated ids, values of the wrong type): " +
				strconv.Itoa(im.rep.Faults) + " in all; the report lists the first"}})
	}
	return im.r, im.rep, nil
}

// locate gives each item of the report the line and column of its value
// in data, the document it was made from, in one pass over data.
func (r *Report) locate(data []byte) {
	var items []*Item
	var ptrs []string
	for _, list := range [][]Item{r.Unmapped, r.Filled, r.Missing} {
		for i := range list {
			items = append(items, &list[i])
			ptrs = append(ptrs, jsoncodec.Pointer(list[i].Path))
		}
	}
	for i, off := range jsoncodec.ValueOffsets(data, ptrs) {
		if off >= 0 {
			items[i].Line, items[i].Column = jsoncodec.LineColumn(data, off, 1)
		}
	}
}

// importer maps one Popolo document into records, and keeps what the
// objects read so far tell the ones still to read.
type importer struct {
	r        relations.Records
	rep      Report
	taken    map[string]bool                // amity IDs given out
	accepted map[*obj]bool                  // organizations, persons and events not left out as repeated
	postOf   map[int]map[string]orgs.PostID // official's index -> Popolo post id -> post ID
	periods  map[string]*period             // Popolo event id -> legislative period
	sitsFor  map[int]map[string]int         // official's index -> party and dates -> index in the official's posts

	orgIDs     map[string]string // Popolo organization id -> amity ID
	orgKinds   map[string]orgKind
	areaState  map[string]orgs.StateID // Popolo area id -> state
	persons    map[string]int          // Popolo person id -> index in r.Officials
	posts      map[string]*postInfo    // Popolo post id -> post
	events     map[string]string       // Popolo event id -> amity ID
	visits     map[string]bool         // amity IDs of visits
	meetings   map[string]int          // Popolo event id -> index in r.Meetings
	sources    map[string]amity.SourceID
	orgIndex   map[string]int    // amity ID -> index in r.Organizations
	groupIndex map[string]int    // amity ID -> index in r.Groups
	eventClass map[string]string // Popolo event id -> its class: visit, meeting, agreement or cultural_event
	written    map[int]string    // index in r.Officials -> the person's name as the input writes it
	statement  map[int][]positioned
}

// newImporter returns an importer that has read nothing.
func newImporter() *importer {
	return &importer{
		accepted:   map[*obj]bool{},
		postOf:     map[int]map[string]orgs.PostID{},
		periods:    map[string]*period{},
		sitsFor:    map[int]map[string]int{},
		taken:      map[string]bool{},
		orgIDs:     map[string]string{},
		orgKinds:   map[string]orgKind{},
		areaState:  map[string]orgs.StateID{},
		persons:    map[string]int{},
		posts:      map[string]*postInfo{},
		events:     map[string]string{},
		visits:     map[string]bool{},
		meetings:   map[string]int{},
		sources:    map[string]amity.SourceID{},
		orgIndex:   map[string]int{},
		groupIndex: map[string]int{},
		eventClass: map[string]string{},
		written:    map[int]string{},
		statement:  map[int][]positioned{},
	}
}

// missing reports that the object at path lacks a value amity requires.
func (im *importer) missing(path amity.Path, detail string) {
	if !im.rep.room() {
		return
	}
	im.rep.Missing = append(im.rep.Missing, Item{Path: path, Detail: detail})
}

// read maps the document top, in the order its objects refer to each
// other: areas and organizations, legislative periods, posts and
// persons, memberships, events, speeches.
func (im *importer) read(top *obj) {
	for _, a := range top.objects("areas") {
		im.area(a)
	}
	evs := top.objects("events")
	for _, e := range evs {
		im.legislativePeriod(e)
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
	im.unnamed()
	for _, id := range sortedKeys(im.posts) {
		if p := im.posts[id]; !p.used {
			p.o.whole(id, "a post no one holds has no place in amity")
		}
	}
	for _, e := range evs {
		im.eventID(e)
	}
	for _, e := range evs {
		im.event(e)
	}
	for _, s := range top.objects("speeches") {
		im.speech(s)
	}
	im.placeStatements()
	top.rest("document")
	im.sort()
}

// sortedKeys returns the keys of m in order.
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
	slices.SortStableFunc(r.Groups, func(a, b orgs.Group) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Visits, func(a, b events.Visit) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Meetings, func(a, b events.Meeting) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Agreements, func(a, b cooperation.Agreement) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Events, func(a, b cooperation.CulturalEvent) int { return cmp.Compare(a.ID, b.ID) })
}

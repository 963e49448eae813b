// Package popolo writes amity's records as Popolo JSON and reads Popolo
// JSON into them.
//
// Popolo (https://www.popoloproject.com) is the open standard of civic-tech
// projects for people, organizations, posts, memberships and events; the
// file layout follows EveryPolitician's: one object with the lists
// "persons", "organizations", "areas", "posts", "memberships", "events",
// and, for statements, "speeches".
//
// # Mapping
//
//   - An official is a person, named by the name, or by the title of the
//     first post when the source gives no name (orgs.Official.Label), with
//     the honorific as honorific_prefix: aliases are other_names, local
//     names are other_names with "lang" (EveryPolitician's practice; the
//     note is "multilingual"), the Wikidata item an identifier with scheme
//     "wikidata".
//   - States, ministries and organizations are all organizations, told
//     apart by classification: "state", "ministry", or the organization's
//     kind ("intergovernmental", "government_agency", "diplomatic_mission",
//     ...), but a political party is classified "party", as EveryPolitician
//     has it. A ministry's parent_id is its state; an organization's is its
//     parent ministry or organization. Each state is also an area
//     (classification "country", identifier its ISO 3166-1 code), and the
//     area_id of a ministry or national organization is its state. A
//     website is a link with note "website".
//   - A group is an organization too, classified "group:" and its kind
//     ("group:delegation"), named by orgs.Group.Label; its parent_id is
//     its ministry or organization and its area_id its state. Its leaders
//     and members are memberships of the persons in it, with the role
//     "leader" or "member".
//   - Each post an official holds is a Popolo post (label the title, role
//     the amity role, organization_id the state, ministry or
//     organization), and a membership of the official in that
//     organization through the post, with the term as start_date and
//     end_date. A state's membership of an organization is a membership
//     whose member is {"@type": "Organization", "id": state}.
//   - Visits and meetings are events (classification "visit" or
//     "meeting"), with their amity IDs as id (the event schema of the
//     Popolo repository has no id, but parent_id refers to events by it,
//     its own example uses it, and EveryPolitician writes it). The host
//     state is the organization_id, the organizer; the officials are
//     attendees, embedded persons {"id", "name"} as the Popolo event
//     example has them, each with one embedded membership that names the
//     state they represent (organization_id), the post they act in
//     (post_id) and their role in a meeting ("head_of_delegation",
//     "signatory", ...). A meeting's parent_id is its visit. Places are
//     the location, as "Venue, City, CC", several joined by "; ". Dates
//     keep their precision: Popolo allows "2022", "2022-06" and
//     "2022-06-20".
//   - The signing of an agreement is an event classified "agreement:"
//     and its kind ("agreement:programme"): name its title, description
//     its note, start_date its date of signature, location its place,
//     parent_id the meeting it was signed at. Its signatories attend it,
//     each with a membership of the role "signatory" whose on_behalf_of_id
//     is the party signed for, post_id the post signed in, and start_date
//     the signatory's own date; the parties are those the signatories sign
//     for.
//   - A cultural event is an event classified "cultural_event:" and its
//     kind ("cultural_event:festival"): name its title, description its
//     note, status its latest status ("announced", "planned", "held",
//     "cancelled"), start_date and end_date the days it was held on or,
//     until it is held, planned for, location its places, organization_id
//     its first organiser.
//   - Statements are speeches (the Popolo class for remarks at events):
//     event_id the meeting, position the statement's index in it,
//     creator_id the speaker, or attribution_text the speakers' names for
//     a statement by several, title the summary and text the quote.
//   - Sources are links in "sources": url the source's URL, note its
//     publisher. A fact's sources include those cited for its single
//     fields, but not for the fields Popolo cannot carry (the CAMEO
//     codebook cited for a meeting's event codes is no source of the
//     Popolo event). Sources without a URL cannot be links and are left
//     out.
//
// What Popolo cannot carry is left out of the export, and listed in the
// round-trip test:
//
//   - initiatives and ties; event codes; topics; statements' verbs and
//     inferred speakers; ministries' portfolios; visits' occasions;
//     states' capitals; meetings' joint commissions and sessions;
//   - groups taking part in meetings and visits, and what groups say:
//     Popolo's attendees and speakers are persons; statements of the
//     source's own, which no one speaks;
//   - groups' sizes, and diplomatic missions' host states;
//   - agreements no one is recorded to have signed, the parties no
//     signatory signs for, and agreements' short titles, entry into
//     force, terms, renewals, expiry, termination, parents, topics,
//     provisions, ties and publications;
//   - cultural events' editions, states, hosts, groups, recurrence,
//     lengths, topics, agreements, initiatives and meetings, their
//     organisers but the first, their history but the latest status, and
//     the dates an event held was planned for;
//   - notes, but those of visits, agreements and cultural events, and the
//     marks of fields that are uncertain;
//   - sources' titles, authors, dates, languages and citations, sources
//     without a URL, and places' subdivisions, Wikidata items and notes.
//
// [Import] reads Popolo JSON, from amity or from elsewhere, maps what
// maps, and lists in a [Report] everything it could not map and every
// value it had to fill in. It never drops a value without saying so.
package popolo

import (
	"strconv"
	"strings"

	"github.com/amitydata/amity"
)

// The classifications of organizations and events that amity writes and
// reads, besides the kinds of organization (orgs.OrganizationKind).
const (
	ClassState    = "state"    // an organization that is a state
	ClassMinistry = "ministry" // an organization that is a ministry
	ClassCountry  = "country"  // an area that is a state's territory
	ClassVisit    = "visit"    // an event that is a visit
	ClassMeeting  = "meeting"  // an event that is a meeting

	// ClassParty classifies an organization that is a political party
	// (orgs.KindPoliticalParty), as EveryPolitician does; Import reads
	// "political party" and "political_party" as one too.
	ClassParty = "party"
	// ClassLegislativePeriod classifies an event that is a term of a
	// legislature, which memberships name by legislative_period_id.
	ClassLegislativePeriod = "legislative period"

	// ClassGroup, before ":" and the group's kind ("group:delegation"),
	// classifies an organization that is a group.
	ClassGroup = "group"
	// ClassAgreement, before ":" and the agreement's kind
	// ("agreement:programme"), classifies an event that is the signing of
	// an agreement.
	ClassAgreement = "agreement"
	// ClassCulturalEvent, before ":" and the event's kind
	// ("cultural_event:festival"), classifies an event that is a cultural
	// event.
	ClassCulturalEvent = "cultural_event"
)

// The roles of memberships that are not posts: a group's leaders and
// members, and an agreement's signatories.
const (
	RoleLeader    = "leader"    // a leader of a group
	RoleMember    = "member"    // a member of a group
	RoleSignatory = "signatory" // a signatory of an agreement, on behalf of a party
)

// classify returns class and kind as a classification: "group:delegation".
func classify(class, kind string) string { return class + ":" + kind }

// The schemes and notes amity gives identifiers and links.
const (
	SchemeWikidata = "wikidata" // an identifier that is a Wikidata item
	NoteWebsite    = "website"  // a link to an organization's website
	NoteLocalName  = "multilingual"
)

// document is the Popolo file.
type document struct {
	Persons       []person       `json:"persons"`
	Organizations []organization `json:"organizations,omitempty"`
	Areas         []area         `json:"areas,omitempty"`
	Posts         []post         `json:"posts,omitempty"`
	Memberships   []membership   `json:"memberships,omitempty"`
	Events        []event        `json:"events,omitempty"`
	Speeches      []speech       `json:"speeches,omitempty"`
}

type person struct {
	ID              string       `json:"id"`
	Name            string       `json:"name,omitempty"`
	HonorificPrefix string       `json:"honorific_prefix,omitempty"`
	OtherNames      []otherName  `json:"other_names,omitempty"`
	Identifiers     []identifier `json:"identifiers,omitempty"`
	Memberships     []membership `json:"memberships,omitempty"`
	Sources         []link       `json:"sources,omitempty"`
}

type otherName struct {
	Name string `json:"name"`
	Lang string `json:"lang,omitempty"`
	Note string `json:"note,omitempty"`
}

type identifier struct {
	Identifier string `json:"identifier"`
	Scheme     string `json:"scheme,omitempty"`
}

type link struct {
	URL  string `json:"url"`
	Note string `json:"note,omitempty"`
}

type organization struct {
	ID              string       `json:"id"`
	Name            string       `json:"name,omitempty"`
	OtherNames      []otherName  `json:"other_names,omitempty"`
	Identifiers     []identifier `json:"identifiers,omitempty"`
	Classification  string       `json:"classification,omitempty"`
	ParentID        string       `json:"parent_id,omitempty"`
	AreaID          string       `json:"area_id,omitempty"`
	FoundingDate    string       `json:"founding_date,omitempty"`
	DissolutionDate string       `json:"dissolution_date,omitempty"`
	Links           []link       `json:"links,omitempty"`
	Sources         []link       `json:"sources,omitempty"`
}

type area struct {
	ID             string `json:"id"`
	Name           string `json:"name,omitempty"`
	Identifier     string `json:"identifier,omitempty"`
	Classification string `json:"classification,omitempty"`
}

type post struct {
	ID             string `json:"id"`
	Label          string `json:"label,omitempty"`
	Role           string `json:"role,omitempty"`
	OrganizationID string `json:"organization_id,omitempty"`
	Sources        []link `json:"sources,omitempty"`
}

type membership struct {
	Role           string  `json:"role,omitempty"`
	Member         *member `json:"member,omitempty"`
	PersonID       string  `json:"person_id,omitempty"`
	OrganizationID string  `json:"organization_id,omitempty"`
	PostID         string  `json:"post_id,omitempty"`
	OnBehalfOfID   string  `json:"on_behalf_of_id,omitempty"`
	StartDate      string  `json:"start_date,omitempty"`
	EndDate        string  `json:"end_date,omitempty"`
	Sources        []link  `json:"sources,omitempty"`
}

type member struct {
	Type string `json:"@type"`
	ID   string `json:"id"`
}

type event struct {
	ID             string   `json:"id"`
	Name           string   `json:"name,omitempty"`
	Description    string   `json:"description,omitempty"`
	StartDate      string   `json:"start_date,omitempty"`
	EndDate        string   `json:"end_date,omitempty"`
	Location       string   `json:"location,omitempty"`
	Status         string   `json:"status,omitempty"`
	Classification string   `json:"classification,omitempty"`
	OrganizationID string   `json:"organization_id,omitempty"`
	Attendees      []person `json:"attendees,omitempty"`
	ParentID       string   `json:"parent_id,omitempty"`
	Sources        []link   `json:"sources,omitempty"`
}

type speech struct {
	ID              string `json:"id,omitempty"`
	CreatorID       string `json:"creator_id,omitempty"`
	AttributionText string `json:"attribution_text,omitempty"`
	Title           string `json:"title,omitempty"`
	Text            string `json:"text,omitempty"`
	EventID         string `json:"event_id,omitempty"`
	Position        *int   `json:"position,omitempty"`
	Sources         []link `json:"sources,omitempty"`
}

// Report lists what [Import] could not carry from Popolo into amity, and
// what it filled in that the input does not state. Paths are JSON paths in
// the Popolo input ("persons[2].birth_date").
type Report struct {
	// Unmapped lists the values of the input that have no place in
	// amity's records, or that break amity's rules, and were left out.
	Unmapped []Item
	// Filled lists the values of the records that the input does not
	// state as amity needs them, and how Import filled them in: an ID
	// made valid, a source's ID made from its URL, a required value
	// defaulted.
	Filled []Item
	// Missing lists the values amity requires that the input does not
	// give (a meeting's date, a visit's guest), by the path of the object
	// that lacks them. The records do not validate until they are given.
	Missing []Item
	// Dropped counts the items past the limit of a report (see
	// [ImportWith]), which are not listed.
	Dropped int
	// Faults counts the items of Unmapped, listed or not, that are faults
	// of the input rather than what amity has no place for: a reference
	// to no object, a second object with one id, a value of the wrong
	// JSON type or a date that is not a date. Past the limit of problems,
	// ImportWith gives up (see [ImportWith]).
	Faults int
	// limit is the most items listed; 0 for no limit.
	limit int
}

// room reports whether the report may list one more item, and counts it
// as dropped if not.
func (r *Report) room() bool {
	if r.limit > 0 && len(r.Unmapped)+len(r.Filled)+len(r.Missing) >= r.limit {
		r.Dropped++
		return false
	}
	return true
}

// Item is one entry of a [Report].
type Item struct {
	// Path is where the value lies in the input.
	Path amity.Path
	// Value is the value, as text, cut to at most amity.MaxValueLen
	// bytes; empty for an object or a list.
	Value string
	// Detail says why the value was left out, or what was filled in.
	Detail string
	// Line and Column are the 1-based line and byte column where the
	// value starts in the input (for an object or a list, its opening
	// bracket), as in amity.FieldError; 0 when not known.
	Line, Column int
}

// String returns the item as "path: "value": detail".
func (it Item) String() string {
	var b strings.Builder
	b.WriteString(it.Path.String())
	if it.Value != "" {
		b.WriteString(": ")
		b.WriteString(strconv.Quote(it.Value))
	}
	b.WriteString(": ")
	b.WriteString(it.Detail)
	return b.String()
}

// Empty reports whether the report lists nothing: the input mapped
// completely.
func (r Report) Empty() bool {
	return len(r.Unmapped) == 0 && len(r.Filled) == 0 && len(r.Missing) == 0 && r.Dropped == 0
}

// String lists the report, one item a line: "unmapped: ...", then
// "filled: ...", then "missing: ...", each in the order of the input.
func (r Report) String() string {
	var b strings.Builder
	for _, it := range r.Unmapped {
		b.WriteString("unmapped: ")
		b.WriteString(it.String())
		b.WriteByte('\n')
	}
	for _, it := range r.Filled {
		b.WriteString("filled: ")
		b.WriteString(it.String())
		b.WriteByte('\n')
	}
	for _, it := range r.Missing {
		b.WriteString("missing: ")
		b.WriteString(it.String())
		b.WriteByte('\n')
	}
	if r.Dropped > 0 {
		b.WriteString("and " + strconv.Itoa(r.Dropped) + " more items, not listed\n")
	}
	return b.String()
}

// fault lists a value left out because the input is at fault, and
// counts it in Faults.
func (r *Report) fault(path amity.Path, value, detail string) {
	r.Faults++
	r.unmapped(path, value, detail)
}

func (r *Report) unmapped(path amity.Path, value, detail string) {
	if !r.room() {
		return
	}
	r.Unmapped = append(r.Unmapped, Item{Path: path, Value: amity.Clip(value), Detail: detail})
}

func (r *Report) filled(path amity.Path, value, detail string) {
	if !r.room() {
		return
	}
	r.Filled = append(r.Filled, Item{Path: path, Value: amity.Clip(value), Detail: detail})
}

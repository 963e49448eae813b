// Package fastcheck holds compiled checks of the rules of amity's most
// numerous entities — meetings, visits, officials, ministries and
// organizations, and the parts package relations uses for initiatives and
// ties — for reading archives in bulk.
//
// The rules of an entity are written once, in its validate tags and its
// Validate method, and go-playground/validator runs the tags. That costs
// about 10 µs a meeting, more than decoding it: the validator parses tag
// parameters, counts runes and boxes values through reflection on every
// call. A [Checker] runs the same rules as plain Go and answers only
// whether an entity passes them all. When it does not, the caller asks
// the entity's Validate method, which reports the problems; so the
// problems, their kinds and their paths are always Validate's own, and a
// Checker decides only how fast a valid entity goes through.
//
// The differential tests and fuzz targets of this package check, for
// every input they make, that a Checker's verdict is Validate's: that
// Checker.Meeting(m) holds exactly when m.Validate() returns nil, and so
// for the other kinds, and that [Problems] returns what Validate returns.
package fastcheck

import (
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/jsonfield"
	"github.com/amitydata/amity/orgs"
)

// Checker runs compiled checks. It remembers the verdicts of the small
// values that repeat (event codes), so it is not safe for concurrent use:
// give each goroutine its own.
type Checker struct {
	codeOK map[events.EventCode]bool
	// The JSON field names of the entities, for the keys of field_sources.
	meetingFields, visitFields, officialFields, ministryFields, organizationFields map[string]bool
}

// New returns a Checker.
func New() *Checker {
	return &Checker{
		codeOK:             map[events.EventCode]bool{},
		meetingFields:      jsonfield.Names(reflect.TypeFor[events.Meeting]()),
		visitFields:        jsonfield.Names(reflect.TypeFor[events.Visit]()),
		officialFields:     jsonfield.Names(reflect.TypeFor[orgs.Official]()),
		ministryFields:     jsonfield.Names(reflect.TypeFor[orgs.Ministry]()),
		organizationFields: jsonfield.Names(reflect.TypeFor[orgs.Organization]()),
	}
}

// Problems returns nil if ok, and otherwise the problems v's Validate
// method reports: how a caller turns a Checker's verdict into the errors
// of v.
func Problems[T interface{ Validate() error }](ok bool, v T) []amity.FieldError {
	if ok {
		return nil
	}
	return amity.Errors(v.Validate())
}

// ID reports whether s passes "required,id".
func ID(s string) bool { return amity.ValidID(s) }

// Country reports whether s passes "required,country".
func Country[T ~string](s T) bool { return iso3166.Valid(string(s)) }

// Line reports whether s passes "max=N,line": at most max characters, one
// line of printable text.
func Line(s string, max int) bool {
	if len(s) <= max && asciiPrintable(s, false) {
		return s == "" || s[0] != ' ' && s[len(s)-1] != ' '
	}
	return utf8.RuneCountInString(s) <= max && amity.ValidLine(s)
}

// Text reports whether s passes "max=N,text": at most max characters of
// printable text, where line feeds and tabs may stand inside.
func Text(s string, max int) bool {
	if len(s) <= max && asciiPrintable(s, true) {
		return s == "" || !asciiSpace(s[0]) && !asciiSpace(s[len(s)-1])
	}
	return utf8.RuneCountInString(s) <= max && amity.ValidText(s)
}

// asciiPrintable reports whether s is ASCII without control characters
// (but line feeds and tabs if text is set): a string whose checks need no
// decoding of UTF-8.
func asciiPrintable(s string, text bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x7f || c < 0x20 && !(text && (c == '\n' || c == '\t')) {
			return false
		}
	}
	return true
}

func asciiSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// IDs reports whether ids pass "omitempty,max=N,dive,required,id", or,
// if required is set, "required,min=1,max=N,dive,required,id".
func IDs[T ~string](ids []T, max int, required bool) bool {
	if ids == nil {
		return !required
	}
	if len(ids) > max || required && len(ids) == 0 {
		return false
	}
	for _, id := range ids {
		if !amity.ValidID(string(id)) {
			return false
		}
	}
	return true
}

// Unique reports whether the elements of s are distinct.
func Unique[T comparable](s []T) bool {
	for i := 1; i < len(s); i++ {
		for j := range i {
			if s[i] == s[j] {
				return false
			}
		}
	}
	return true
}

// Enums reports whether vs pass "omitempty,max=N,dive,enum".
func Enums[T amity.Valider](vs []T, max int) bool {
	if len(vs) > max {
		return false
	}
	for _, v := range vs {
		if !v.Valid() {
			return false
		}
	}
	return true
}

// FieldSources reports whether fs passes the rules of an entity's
// field_sources, "omitempty,dive,keys,fieldname,endkeys,required,min=1,
// max=64,dive,required,id", where fields holds the entity's JSON field
// names.
func FieldSources(fs amity.FieldSources, fields map[string]bool) bool {
	for k, ids := range fs {
		if !fields[k] || !IDs(ids, 64, true) {
			return false
		}
	}
	return true
}

// Place reports whether p passes the rules of [orgs.Place].
func Place(p *orgs.Place) bool {
	return Line(p.City, 512) &&
		(p.Subdivision == "" || iso3166.ValidSubdivision(p.Subdivision) && strings.HasPrefix(p.Subdivision, string(p.Country)+"-")) &&
		iso3166.Valid(string(p.Country)) &&
		Line(p.Venue, 512) &&
		(p.Wikidata == "" || amity.ValidQID(p.Wikidata)) &&
		Text(p.Note, 4096)
}

// Places reports whether ps pass "omitempty,max=N,dive".
func Places(ps []orgs.Place, max int) bool {
	if len(ps) > max {
		return false
	}
	for i := range ps {
		if !Place(&ps[i]) {
			return false
		}
	}
	return true
}

// Names reports whether n passes the rules of [amity.Names].
func Names(n *amity.Names) bool {
	if n.Name == "" || !Line(n.Name, 512) {
		return false
	}
	if n.LocalNames != nil {
		if len(n.LocalNames) > 64 {
			return false
		}
		for lang, name := range n.LocalNames {
			if !amity.ValidLanguageTag(lang) || name == "" || !Line(name, 512) {
				return false
			}
		}
	}
	if n.Aliases != nil {
		if len(n.Aliases) > 64 {
			return false
		}
		for _, a := range n.Aliases {
			if a == "" || !Line(a, 512) {
				return false
			}
		}
	}
	return true
}

// code reports whether c passes the rules of [events.EventCode], its tags
// and the agreement of its PLOVER type and mode with the CAMEO code. The
// verdict is EventCode.Validate's, remembered for each code.
func (k *Checker) code(c events.EventCode) bool {
	ok, seen := k.codeOK[c]
	if !seen {
		ok = c.Validate() == nil
		k.codeOK[c] = ok
	}
	return ok
}

// codes reports whether cs pass "omitempty,max=8,dive" and the rules of
// each code.
func (k *Checker) codes(cs []events.EventCode) bool {
	if len(cs) > 8 {
		return false
	}
	for _, c := range cs {
		if !k.code(c) {
			return false
		}
	}
	return true
}

// Meeting reports whether m passes every rule [events.Meeting.Validate]
// checks.
func (k *Checker) Meeting(m *events.Meeting) bool {
	if !ID(string(m.ID)) || !Line(m.Title, 512) || m.Date.IsZero() ||
		m.Place != (orgs.Place{}) && !Place(&m.Place) ||
		m.Host != "" && !Country(m.Host) ||
		m.Participants == nil || len(m.Participants) < 2 || len(m.Participants) > 256 ||
		!Enums(m.Topics, 32) || len(m.Statements) > 256 ||
		m.Visit != "" && !ID(string(m.Visit)) ||
		!k.codes(m.Codes) || !Text(m.Summary, 4096) ||
		!IDs(m.Sources, 64, true) || !FieldSources(m.FieldSources, k.meetingFields) {
		return false
	}
	hosted := m.Host == ""
	for i := range m.Participants {
		p := &m.Participants[i]
		if !ID(string(p.Official)) || !Country(p.State) || p.Post != "" && !ID(string(p.Post)) {
			return false
		}
		for j := range i {
			if m.Participants[j].Official == p.Official {
				return false // an official twice
			}
		}
		hosted = hosted || p.State == m.Host
	}
	if !hosted {
		return false
	}
	for i := range m.Statements {
		s := &m.Statements[i]
		if !statement(s) {
			return false
		}
		for _, sp := range s.Speakers {
			if !participates(m.Participants, sp) {
				return false
			}
		}
	}
	return true
}

func participates(ps []events.Participant, o orgs.OfficialID) bool {
	for i := range ps {
		if ps[i].Official == o {
			return true
		}
	}
	return false
}

// statement reports whether s passes the rules of [events.Statement].
func statement(s *events.Statement) bool {
	return (s.ID == "" || ID(string(s.ID))) &&
		s.Speakers != nil && len(s.Speakers) >= 1 && len(s.Speakers) <= 64 && Unique(s.Speakers) && IDs(s.Speakers, 64, true) &&
		s.Verb.Valid() &&
		(s.Summary != "" || s.Quote != "") && Text(s.Summary, 4096) && Text(s.Quote, 4096) &&
		Enums(s.Topics, 32) && IDs(s.Sources, 64, false)
}

// Visit reports whether v passes every rule [events.Visit.Validate]
// checks.
func (k *Checker) Visit(v *events.Visit) bool {
	return ID(string(v.ID)) &&
		v.Visitors != nil && len(v.Visitors) >= 1 && len(v.Visitors) <= 256 && Unique(v.Visitors) && IDs(v.Visitors, 256, true) &&
		Country(v.Guest) && Country(v.Host) && v.Host != v.Guest &&
		!v.Start.IsZero() && !v.End.Before(v.Start) &&
		Places(v.Places, 64) &&
		(v.Occasion == "" || v.Occasion.Valid()) &&
		Text(v.Note, 4096) &&
		k.codes(v.Codes) &&
		IDs(v.Sources, 64, true) && FieldSources(v.FieldSources, k.visitFields)
}

// Official reports whether o passes every rule [orgs.Official.Validate]
// checks.
func (k *Checker) Official(o *orgs.Official) bool {
	if !ID(string(o.ID)) || !Names(&o.Names) || len(o.Posts) > 256 ||
		o.Wikidata != "" && !amity.ValidQID(o.Wikidata) ||
		!IDs(o.Sources, 64, false) || !FieldSources(o.FieldSources, k.officialFields) {
		return false
	}
	for i := range o.Posts {
		if !post(&o.Posts[i]) {
			return false
		}
	}
	return true
}

// post reports whether p passes the rules of [orgs.Post.Validate]: its
// tags, and exactly one holder.
func post(p *orgs.Post) bool {
	holders := 0
	for _, h := range [...]string{string(p.State), string(p.Ministry), string(p.Organization)} {
		if h != "" {
			holders++
		}
	}
	return holders == 1 && ID(string(p.ID)) && p.Title != "" && Line(p.Title, 512) &&
		(p.Role == "" || p.Role.Valid()) &&
		(p.State == "" || Country(p.State)) &&
		(p.Ministry == "" || ID(string(p.Ministry))) &&
		(p.Organization == "" || ID(string(p.Organization))) &&
		!p.End.Before(p.Start) &&
		IDs(p.Sources, 64, false)
}

// URL reports whether s passes "omitempty,max=2048,httpurl".
func URL(s string) bool {
	return s == "" || utf8.RuneCountInString(s) <= 2048 && amity.ValidHTTPURL(s)
}

// Ministry reports whether m passes every rule [orgs.Ministry.Validate]
// checks.
func (k *Checker) Ministry(m *orgs.Ministry) bool {
	return ID(string(m.ID)) && Country(m.State) && m.Portfolio.Valid() && Names(&m.Names) &&
		(m.Wikidata == "" || amity.ValidQID(m.Wikidata)) && URL(m.URL) &&
		IDs(m.Sources, 64, false) && FieldSources(m.FieldSources, k.ministryFields)
}

// Organization reports whether o passes every rule
// [orgs.Organization.Validate] checks.
func (k *Checker) Organization(o *orgs.Organization) bool {
	if !ID(string(o.ID)) || !o.Kind.Valid() || !Names(&o.Names) ||
		o.State != "" && !Country(o.State) ||
		o.ParentMinistry != "" && (!ID(string(o.ParentMinistry)) || o.ParentOrganization != "") ||
		o.ParentOrganization != "" && !ID(string(o.ParentOrganization)) ||
		o.Dissolved.Before(o.Founded) || len(o.Members) > 1000 ||
		o.Wikidata != "" && !amity.ValidQID(o.Wikidata) || !URL(o.URL) ||
		!IDs(o.Sources, 64, false) || !FieldSources(o.FieldSources, k.organizationFields) {
		return false
	}
	for i := range o.Members {
		m := &o.Members[i]
		if !Country(m.State) || m.Until.Before(m.Since) || !IDs(m.Sources, 64, false) {
			return false
		}
	}
	return true
}

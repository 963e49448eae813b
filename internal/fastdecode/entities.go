package fastdecode

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// The entities of events and orgs. Each decoder reads the members its
// type's JSON tags name, and declines any other. Strings that records
// share (references, vocabularies, cities) are interned; those of the
// record's own (its ID, title, summary, names) are not, except the IDs of
// officials and posts, which meetings then share.

// buffers holds the lists of objects being decoded.
type buffers struct {
	participants List[events.Participant]
	statements   List[events.Statement]
	codes        List[events.EventCode]
	places       List[orgs.Place]
	posts        List[orgs.Post]
	members      List[orgs.Membership]
}

// Meeting decodes data into m, which must be zero, as an
// [events.Meeting]; depth and prefix are as for [Decoder.Begin]. It
// reports false when it declines data; m then holds part of it.
func (d *Decoder) Meeting(m *events.Meeting, data []byte, depth int, prefix string) bool {
	if d.Begin(data, depth, prefix) {
		var seen uint64
		for {
			switch k := d.Key(); string(k) {
			case "id":
				d.Once(&seen, 0)
				m.ID = events.MeetingID(d.String())
			case "title":
				d.Once(&seen, 1)
				m.Title = d.String()
			case "date":
				d.Once(&seen, 2)
				m.Date = d.Date()
			case "place":
				d.Once(&seen, 3)
				if d.Object() {
					d.place(&m.Place)
				}
			case "host":
				d.Once(&seen, 4)
				m.Host = orgs.StateID(d.Country())
			case "participants":
				d.Once(&seen, 5)
				m.Participants = Objects(d, &d.buf.participants, (*Decoder).participant)
			case "topics":
				d.Once(&seen, 6)
				m.Topics = Strings[events.Topic](d, Words)
			case "statements":
				d.Once(&seen, 7)
				m.Statements = Objects(d, &d.buf.statements, (*Decoder).statement)
			case "visit":
				d.Once(&seen, 8)
				m.Visit = events.VisitID(d.String())
			case "codes":
				d.Once(&seen, 9)
				m.Codes = Objects(d, &d.buf.codes, (*Decoder).code)
			case "summary":
				d.Once(&seen, 10)
				m.Summary = d.String()
			case "sources":
				d.Once(&seen, 11)
				m.Sources = Strings[amity.SourceID](d, Shared)
			case "field_sources":
				d.Once(&seen, 12)
				m.FieldSources = d.FieldSources()
			default:
				d.Fail()
			}
			if d.bad || !d.More('}') {
				break
			}
		}
	}
	return d.End()
}

func (d *Decoder) participant(p *events.Participant) {
	var seen uint64
	for {
		switch k := d.Key(); string(k) {
		case "official":
			d.Once(&seen, 0)
			p.Official = orgs.OfficialID(d.String())
		case "state":
			d.Once(&seen, 1)
			p.State = orgs.StateID(d.Country())
		case "post":
			d.Once(&seen, 2)
			p.Post = orgs.PostID(d.String())
		default:
			d.Fail()
		}
		if d.bad || !d.More('}') {
			return
		}
	}
}

func (d *Decoder) statement(s *events.Statement) {
	var seen uint64
	for {
		switch k := d.Key(); string(k) {
		case "id":
			d.Once(&seen, 0)
			s.ID = events.StatementID(d.String())
		case "speakers":
			d.Once(&seen, 1)
			s.Speakers = Strings[orgs.OfficialID](d, Own)
		case "speakers_inferred":
			d.Once(&seen, 2)
			s.SpeakersInferred = d.Bool()
		case "verb":
			d.Once(&seen, 3)
			s.Verb = events.Verb(d.Word())
		case "summary":
			d.Once(&seen, 4)
			s.Summary = d.String()
		case "quote":
			d.Once(&seen, 5)
			s.Quote = d.Intern()
		case "topics":
			d.Once(&seen, 6)
			s.Topics = Strings[events.Topic](d, Words)
		case "sources":
			d.Once(&seen, 7)
			s.Sources = Strings[amity.SourceID](d, Shared)
		default:
			d.Fail()
		}
		if d.bad || !d.More('}') {
			return
		}
	}
}

func (d *Decoder) code(c *events.EventCode) {
	var seen uint64
	for {
		switch k := d.Key(); string(k) {
		case "cameo":
			d.Once(&seen, 0)
			c.CAMEO = events.CAMEOCode(d.Word())
		case "plover":
			d.Once(&seen, 1)
			c.PLOVER = events.PLOVEREvent(d.Word())
		case "plover_mode":
			d.Once(&seen, 2)
			c.Mode = events.PLOVERMode(d.Word())
		default:
			d.Fail()
		}
		if d.bad || !d.More('}') {
			return
		}
	}
}

// place reads the members of a place, whose opening brace is read.
func (d *Decoder) place(p *orgs.Place) {
	var seen uint64
	for {
		switch k := d.Key(); string(k) {
		case "city":
			d.Once(&seen, 0)
			p.City = d.Intern()
		case "subdivision":
			d.Once(&seen, 1)
			p.Subdivision = d.Intern()
		case "country":
			d.Once(&seen, 2)
			p.Country = orgs.StateID(d.Country())
		case "venue":
			d.Once(&seen, 3)
			p.Venue = d.Intern()
		case "wikidata":
			d.Once(&seen, 4)
			p.Wikidata = d.Intern()
		case "note":
			d.Once(&seen, 5)
			p.Note = d.Intern()
		default:
			d.Fail()
		}
		if d.bad || !d.More('}') {
			return
		}
	}
}

// Places reads a list of places that is not empty.
func (d *Decoder) Places() []orgs.Place {
	return Objects(d, &d.buf.places, (*Decoder).place)
}

// Visit decodes data into v, which must be zero, as an [events.Visit];
// depth and prefix are as for [Decoder.Begin]. It reports false when it
// declines data; v then holds part of it.
func (d *Decoder) Visit(v *events.Visit, data []byte, depth int, prefix string) bool {
	if d.Begin(data, depth, prefix) {
		var seen uint64
		for {
			switch k := d.Key(); string(k) {
			case "id":
				d.Once(&seen, 0)
				v.ID = events.VisitID(d.String())
			case "visitors":
				d.Once(&seen, 1)
				v.Visitors = Strings[orgs.OfficialID](d, Own)
			case "guest":
				d.Once(&seen, 2)
				v.Guest = orgs.StateID(d.Country())
			case "host":
				d.Once(&seen, 3)
				v.Host = orgs.StateID(d.Country())
			case "start":
				d.Once(&seen, 4)
				v.Start = d.Date()
			case "end":
				d.Once(&seen, 5)
				v.End = d.Date()
			case "places":
				d.Once(&seen, 6)
				v.Places = d.Places()
			case "occasion":
				d.Once(&seen, 7)
				v.Occasion = events.Occasion(d.Word())
			case "note":
				d.Once(&seen, 8)
				v.Note = d.Intern()
			case "codes":
				d.Once(&seen, 9)
				v.Codes = Objects(d, &d.buf.codes, (*Decoder).code)
			case "sources":
				d.Once(&seen, 10)
				v.Sources = Strings[amity.SourceID](d, Shared)
			case "field_sources":
				d.Once(&seen, 11)
				v.FieldSources = d.FieldSources()
			default:
				d.Fail()
			}
			if d.bad || !d.More('}') {
				break
			}
		}
	}
	return d.End()
}

// Official decodes data into o, which must be zero, as an
// [orgs.Official]; depth and prefix are as for [Decoder.Begin]. It
// reports false when it declines data; o then holds part of it.
func (d *Decoder) Official(o *orgs.Official, data []byte, depth int, prefix string) bool {
	if d.Begin(data, depth, prefix) {
		var seen uint64
		for {
			switch k := d.Key(); string(k) {
			case "id":
				d.Once(&seen, 0)
				o.ID = orgs.OfficialID(d.String())
			case "posts":
				d.Once(&seen, 4)
				o.Posts = Objects(d, &d.buf.posts, (*Decoder).post)
			case "wikidata":
				d.Once(&seen, 5)
				o.Wikidata = d.String()
			case "sources":
				d.Once(&seen, 6)
				o.Sources = Strings[amity.SourceID](d, Shared)
			case "field_sources":
				d.Once(&seen, 7)
				o.FieldSources = d.FieldSources()
			default:
				if !d.names(k, &o.Names, &seen, 1) {
					d.Fail()
				}
			}
			if d.bad || !d.More('}') {
				break
			}
		}
	}
	return d.End()
}

// localNames reads the local_names of [amity.Names]: an object that is
// not empty, of strings.
func (d *Decoder) localNames() map[string]string {
	return objectMap[map[string]string](d, d.String)
}

func (d *Decoder) post(p *orgs.Post) {
	var seen uint64
	for {
		switch k := d.Key(); string(k) {
		case "id":
			d.Once(&seen, 0)
			p.ID = orgs.PostID(d.String())
		case "title":
			d.Once(&seen, 1)
			p.Title = d.Intern()
		case "role":
			d.Once(&seen, 2)
			p.Role = orgs.Role(d.Word())
		case "state":
			d.Once(&seen, 3)
			p.State = orgs.StateID(d.Country())
		case "ministry":
			d.Once(&seen, 4)
			p.Ministry = orgs.MinistryID(d.Intern())
		case "organization":
			d.Once(&seen, 5)
			p.Organization = orgs.OrganizationID(d.Intern())
		case "start":
			d.Once(&seen, 6)
			p.Start = d.Date()
		case "end":
			d.Once(&seen, 7)
			p.End = d.Date()
		case "sources":
			d.Once(&seen, 8)
			p.Sources = Strings[amity.SourceID](d, Shared)
		default:
			d.Fail()
		}
		if d.bad || !d.More('}') {
			return
		}
	}
}

// names reads the member k of [amity.Names] into n, marking seen from
// bit on, and reports whether k is one.
func (d *Decoder) names(k []byte, n *amity.Names, seen *uint64, bit uint) bool {
	switch string(k) {
	case "name":
		d.Once(seen, bit)
		n.Name = d.String()
	case "local_names":
		d.Once(seen, bit+1)
		n.LocalNames = d.localNames()
	case "aliases":
		d.Once(seen, bit+2)
		n.Aliases = Strings[string](d, Own)
	default:
		return false
	}
	return true
}

// Ministry decodes data into m, which must be zero, as an
// [orgs.Ministry]; depth and prefix are as for [Decoder.Begin]. It
// reports false when it declines data; m then holds part of it.
func (d *Decoder) Ministry(m *orgs.Ministry, data []byte, depth int, prefix string) bool {
	if d.Begin(data, depth, prefix) {
		var seen uint64
		for {
			switch k := d.Key(); string(k) {
			case "id":
				d.Once(&seen, 0)
				m.ID = orgs.MinistryID(d.Intern())
			case "state":
				d.Once(&seen, 1)
				m.State = orgs.StateID(d.Country())
			case "portfolio":
				d.Once(&seen, 2)
				m.Portfolio = orgs.Portfolio(d.Word())
			case "wikidata":
				d.Once(&seen, 3)
				m.Wikidata = d.String()
			case "url":
				d.Once(&seen, 4)
				m.URL = d.String()
			case "sources":
				d.Once(&seen, 5)
				m.Sources = Strings[amity.SourceID](d, Shared)
			case "field_sources":
				d.Once(&seen, 6)
				m.FieldSources = d.FieldSources()
			default:
				if !d.names(k, &m.Names, &seen, 7) {
					d.Fail()
				}
			}
			if d.bad || !d.More('}') {
				break
			}
		}
	}
	return d.End()
}

// Organization decodes data into o, which must be zero, as an
// [orgs.Organization]; depth and prefix are as for [Decoder.Begin]. It
// reports false when it declines data; o then holds part of it.
func (d *Decoder) Organization(o *orgs.Organization, data []byte, depth int, prefix string) bool {
	if d.Begin(data, depth, prefix) {
		var seen uint64
		for {
			switch k := d.Key(); string(k) {
			case "id":
				d.Once(&seen, 0)
				o.ID = orgs.OrganizationID(d.Intern())
			case "kind":
				d.Once(&seen, 1)
				o.Kind = orgs.OrganizationKind(d.Word())
			case "state":
				d.Once(&seen, 2)
				o.State = orgs.StateID(d.Country())
			case "parent_ministry":
				d.Once(&seen, 3)
				o.ParentMinistry = orgs.MinistryID(d.Intern())
			case "parent_organization":
				d.Once(&seen, 4)
				o.ParentOrganization = orgs.OrganizationID(d.Intern())
			case "founded":
				d.Once(&seen, 5)
				o.Founded = d.Date()
			case "dissolved":
				d.Once(&seen, 6)
				o.Dissolved = d.Date()
			case "members":
				d.Once(&seen, 7)
				o.Members = Objects(d, &d.buf.members, (*Decoder).membership)
			case "wikidata":
				d.Once(&seen, 8)
				o.Wikidata = d.String()
			case "url":
				d.Once(&seen, 9)
				o.URL = d.String()
			case "sources":
				d.Once(&seen, 10)
				o.Sources = Strings[amity.SourceID](d, Shared)
			case "field_sources":
				d.Once(&seen, 11)
				o.FieldSources = d.FieldSources()
			default:
				if !d.names(k, &o.Names, &seen, 12) {
					d.Fail()
				}
			}
			if d.bad || !d.More('}') {
				break
			}
		}
	}
	return d.End()
}

func (d *Decoder) membership(m *orgs.Membership) {
	var seen uint64
	for {
		switch k := d.Key(); string(k) {
		case "state":
			d.Once(&seen, 0)
			m.State = orgs.StateID(d.Country())
		case "since":
			d.Once(&seen, 1)
			m.Since = d.Date()
		case "until":
			d.Once(&seen, 2)
			m.Until = d.Date()
		case "sources":
			d.Once(&seen, 3)
			m.Sources = Strings[amity.SourceID](d, Shared)
		default:
			d.Fail()
		}
		if d.bad || !d.More('}') {
			return
		}
	}
}

package relations

import (
	"reflect"
	"sync"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/fastcheck"
	"github.com/amitydata/amity/internal/fastdecode"
	"github.com/amitydata/amity/internal/jsonfield"
	"github.com/amitydata/amity/orgs"
)

// The fast path of reading initiatives and ties in bulk: decoders of the
// JSON amity writes, and compiled checks of their Validate methods, on
// the terms of packages internal/fastdecode and internal/fastcheck.

// decodeInitiative decodes data into in, which must be zero; depth and
// prefix are as for [fastdecode.Decoder.Begin]. It reports false when it
// declines data, which the strict decoder then reads.
func decodeInitiative(d *fastdecode.Decoder, in *cooperation.Initiative, data []byte, depth int, prefix string) bool {
	if d.Begin(data, depth, prefix) {
		var seen uint64
		for {
			switch k := d.Key(); string(k) {
			case "id":
				d.Once(&seen, 0)
				in.ID = cooperation.InitiativeID(d.String())
			case "title":
				d.Once(&seen, 1)
				in.Title = d.String()
			case "kind":
				d.Once(&seen, 2)
				in.Kind = cooperation.InitiativeKind(d.Word())
			case "topics":
				d.Once(&seen, 3)
				in.Topics = fastdecode.Strings[events.Topic](d, fastdecode.Words)
			case "parties":
				d.Once(&seen, 4)
				in.Parties = fastdecode.Strings[orgs.StateID](d, fastdecode.Countries)
			case "places":
				d.Once(&seen, 5)
				in.Places = d.Places()
			case "organizations":
				d.Once(&seen, 6)
				in.Organizations = fastdecode.Strings[orgs.OrganizationID](d, fastdecode.Shared)
			case "more_organizations":
				d.Once(&seen, 7)
				in.MoreOrganizations = d.Bool()
			case "proposed_by":
				d.Once(&seen, 8)
				in.ProposedBy = fastdecode.Strings[orgs.OfficialID](d, fastdecode.Own)
			case "proposal_inferred":
				d.Once(&seen, 9)
				in.ProposalInferred = d.Bool()
			case "led_by":
				d.Once(&seen, 10)
				in.LedBy = fastdecode.Strings[orgs.OfficialID](d, fastdecode.Own)
			case "meetings":
				d.Once(&seen, 11)
				in.Meetings = fastdecode.Strings[events.MeetingID](d, fastdecode.Own)
			case "statements":
				d.Once(&seen, 12)
				in.Statements = fastdecode.Strings[events.StatementID](d, fastdecode.Own)
			case "history":
				d.Once(&seen, 13)
				in.History = fastdecode.Objects(d, fastdecode.ListOf[cooperation.StatusChange](d), decodeStatusChange)
			case "summary":
				d.Once(&seen, 14)
				in.Summary = d.String()
			case "sources":
				d.Once(&seen, 15)
				in.Sources = fastdecode.Strings[amity.SourceID](d, fastdecode.Shared)
			case "field_sources":
				d.Once(&seen, 16)
				in.FieldSources = d.FieldSources()
			default:
				d.Fail()
			}
			if d.Failed() || !d.More('}') {
				break
			}
		}
	}
	return d.End()
}

// decodeStatusChange reads the members of a status change.
func decodeStatusChange(d *fastdecode.Decoder, h *cooperation.StatusChange) {
	var seen uint64
	for {
		switch k := d.Key(); string(k) {
		case "status":
			d.Once(&seen, 0)
			h.Status = cooperation.Status(d.Word())
		case "date":
			d.Once(&seen, 1)
			h.Date = d.Date()
		case "meeting":
			d.Once(&seen, 2)
			h.Meeting = events.MeetingID(d.String())
		case "note":
			d.Once(&seen, 3)
			h.Note = d.Intern()
		case "sources":
			d.Once(&seen, 4)
			h.Sources = fastdecode.Strings[amity.SourceID](d, fastdecode.Shared)
		default:
			d.Fail()
		}
		if d.Failed() || !d.More('}') {
			return
		}
	}
}

// initiativeFields are the JSON field names of Initiative, the keys its
// field_sources may have.
var initiativeFields = sync.OnceValue(func() map[string]bool {
	return jsonfield.Names(reflect.TypeFor[cooperation.Initiative]())
})

// initiativeOK reports whether in passes every rule [cooperation.Initiative.Validate]
// checks.
func initiativeOK(_ *fastcheck.Checker, in *cooperation.Initiative) bool {
	if !fastcheck.ID(string(in.ID)) || in.Title == "" || !fastcheck.Line(in.Title, 512) || !in.Kind.Valid() ||
		!fastcheck.Enums(in.Topics, 32) ||
		in.Parties == nil || len(in.Parties) < 1 || len(in.Parties) > 256 || !fastcheck.Unique(in.Parties) ||
		!fastcheck.Places(in.Places, 64) ||
		!fastcheck.IDs(in.Organizations, 64, false) || !fastcheck.IDs(in.ProposedBy, 64, false) || !fastcheck.IDs(in.LedBy, 64, false) ||
		!fastcheck.IDs(in.Meetings, 256, false) || !fastcheck.IDs(in.Statements, 256, false) ||
		in.History == nil || len(in.History) < 1 || len(in.History) > 256 ||
		!fastcheck.Text(in.Summary, 4096) || !fastcheck.IDs(in.Sources, 64, true) ||
		!fastcheck.FieldSources(in.FieldSources, initiativeFields()) {
		return false
	}
	for _, s := range in.Parties {
		if !fastcheck.Country(s) {
			return false
		}
	}
	for i := range in.History {
		h := &in.History[i]
		if !h.Status.Valid() || h.Date.IsZero() || h.Meeting != "" && !fastcheck.ID(string(h.Meeting)) ||
			!fastcheck.Text(h.Note, 4096) || !fastcheck.IDs(h.Sources, 64, true) {
			return false
		}
		if i > 0 {
			prev := &in.History[i-1]
			if h.Date.Before(prev.Date) || !prev.Status.CanBecome(h.Status) {
				return false
			}
		}
	}
	return true
}

// decodeTie decodes data into t, which must be zero; depth and prefix are
// as for [fastdecode.Decoder.Begin]. It reports false when it declines
// data, which the strict decoder then reads.
func decodeTie(d *fastdecode.Decoder, t *cooperation.Tie, data []byte, depth int, prefix string) bool {
	if d.Begin(data, depth, prefix) {
		var seen uint64
		for {
			switch k := d.Key(); string(k) {
			case "id":
				d.Once(&seen, 0)
				t.ID = cooperation.TieID(d.String())
			case "kind":
				d.Once(&seen, 1)
				t.Kind = cooperation.TieKind(d.Word())
			case "states":
				d.Once(&seen, 2)
				t.States = fastdecode.Strings[orgs.StateID](d, fastdecode.Countries)
			case "places":
				d.Once(&seen, 3)
				t.Places = d.Places()
			case "established":
				d.Once(&seen, 4)
				t.Established = d.Date()
			case "ended":
				d.Once(&seen, 5)
				t.Ended = d.Date()
			case "sources":
				d.Once(&seen, 6)
				t.Sources = fastdecode.Strings[amity.SourceID](d, fastdecode.Shared)
			case "field_sources":
				d.Once(&seen, 7)
				t.FieldSources = d.FieldSources()
			default:
				d.Fail()
			}
			if d.Failed() || !d.More('}') {
				break
			}
		}
	}
	return d.End()
}

// tieFields are the JSON field names of Tie.
var tieFields = sync.OnceValue(func() map[string]bool {
	return jsonfield.Names(reflect.TypeFor[cooperation.Tie]())
})

// tieOK reports whether t passes every rule [cooperation.Tie.Validate] checks.
func tieOK(_ *fastcheck.Checker, t *cooperation.Tie) bool {
	if !fastcheck.ID(string(t.ID)) || !t.Kind.Valid() ||
		t.States == nil || len(t.States) != 2 || !fastcheck.Unique(t.States) ||
		!fastcheck.Country(t.States[0]) || !fastcheck.Country(t.States[1]) ||
		t.Established.IsZero() || t.Ended.Before(t.Established) ||
		!fastcheck.IDs(t.Sources, 64, true) || !fastcheck.FieldSources(t.FieldSources, tieFields()) {
		return false
	}
	// Places are required for a twinning, two of them, and absent for
	// any other kind.
	if t.Kind != cooperation.TieTwinning {
		return t.Places == nil
	}
	return len(t.Places) == 2 && fastcheck.Places(t.Places, 2)
}

package relations

import (
	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/fastdecode"
	"github.com/amitydata/amity/orgs"
)

// The fast path of reading initiatives and ties in bulk: decoders of the
// JSON amity writes, on the terms of package internal/fastdecode.

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

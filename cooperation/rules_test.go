package cooperation_test

import (
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
)

func validAgreement() cooperation.Agreement {
	la, kh := orgs.Body{Ministry: "la-culture"}, orgs.Body{Ministry: "kh-culture"}
	return cooperation.Agreement{
		ID: "mou", Kind: cooperation.AgreementMemorandum, Title: "Memorandum of Understanding on cultural cooperation",
		Parties:     []orgs.Body{la, kh},
		Signatories: []cooperation.Signatory{{Official: "mounkeo", For: la}, {Official: "him-chhem", For: kh}},
		Signed:      d("2010-12-21"), EntryIntoForce: d("2011-01"), Duration: cooperation.Duration{Years: 3},
		Topics:  []events.Topic{events.TopicFestivals},
		Sources: []amity.SourceID{"kpl"},
	}
}

// TestAgreementValidate has a failing case for each rule of an agreement.
func TestAgreementValidate(t *testing.T) {
	amitytest.CheckRules(t, validAgreement, []amitytest.Rule[cooperation.Agreement]{
		{Name: "valid", Change: func(*cooperation.Agreement) {}},
		{Name: "no parties", Change: func(a *cooperation.Agreement) { a.Parties, a.Signatories = nil, nil },
			Want: []amitytest.Problem{{Path: "parties", Kind: amity.KindRequired}}},
		{Name: "a party twice", Change: func(a *cooperation.Agreement) { a.Parties[1] = a.Parties[0]; a.Signatories = nil },
			Want: []amitytest.Problem{{Path: "parties", Kind: amity.KindDuplicate}}},
		{Name: "a party of two bodies", Change: func(a *cooperation.Agreement) { a.Parties[0].State = "LA"; a.Signatories = nil },
			Want: []amitytest.Problem{{Path: "parties[0]", Kind: amity.KindConflict}}},
		{Name: "a signatory for no party", Change: func(a *cooperation.Agreement) { a.Signatories[0].For = orgs.Body{State: "VN"} },
			Want: []amitytest.Problem{{Path: "signatories[0].for", Kind: amity.KindConflict}}},
		{Name: "in force before signature", Change: func(a *cooperation.Agreement) { a.EntryIntoForce = d("2010-11") },
			Want: []amitytest.Problem{{Path: "entry_into_force", Kind: amity.KindConflict}}},
		{Name: "in force on signature and on a date", Change: func(a *cooperation.Agreement) { a.InForceOnSignature = true },
			Want: []amitytest.Problem{{Path: "entry_into_force", Kind: amity.KindConflict}}},
		{Name: "a term out of range", Change: func(a *cooperation.Agreement) { a.Duration = cooperation.Duration{Years: -1, Days: 40000} },
			Want: []amitytest.Problem{{Path: "duration.years", Kind: amity.KindOutOfRange}, {Path: "duration.days", Kind: amity.KindOutOfRange}}},
		{Name: "a relation without a parent", Change: func(a *cooperation.Agreement) { a.Relation = cooperation.RelationImplements },
			Want: []amitytest.Problem{{Path: "relation", Kind: amity.KindConflict}}},
		{Name: "a parent without a relation", Change: func(a *cooperation.Agreement) { a.Parent = "earlier" },
			Want: []amitytest.Problem{{Path: "relation", Kind: amity.KindRequired}}},
		{Name: "a topic twice", Change: func(a *cooperation.Agreement) { a.Topics = append(a.Topics, a.Topics[0]) },
			Want: []amitytest.Problem{{Path: "topics", Kind: amity.KindDuplicate}}},
	})
}

func validEvent() cooperation.CulturalEvent {
	return cooperation.CulturalEvent{
		ID: "film-days", Kind: cooperation.EventFestival, Title: "Days of Lao cinema", Edition: 2,
		States: []orgs.StateID{"LA", "KH"}, Host: "KH",
		Held: cooperation.Span{Start: d("2011-05-10"), End: d("2011-05-14")},
		History: []cooperation.EventChange{
			{Status: cooperation.EventPlanned, Date: d("2011-01"), Sources: []amity.SourceID{"kpl"}},
			{Status: cooperation.EventHeld, Date: d("2011-05-10"), Sources: []amity.SourceID{"kpl"}},
		},
		Sources: []amity.SourceID{"kpl"},
	}
}

// TestCulturalEventValidate has a failing case for each rule of a
// cultural event.
func TestCulturalEventValidate(t *testing.T) {
	amitytest.CheckRules(t, validEvent, []amitytest.Rule[cooperation.CulturalEvent]{
		{Name: "valid", Change: func(*cooperation.CulturalEvent) {}},
		{Name: "a negative edition", Change: func(e *cooperation.CulturalEvent) { e.Edition = -1 },
			Want: []amitytest.Problem{{Path: "edition", Kind: amity.KindOutOfRange}}},
		{Name: "a host not among the states", Change: func(e *cooperation.CulturalEvent) { e.Host = "VN" },
			Want: []amitytest.Problem{{Path: "host", Kind: amity.KindConflict}}},
		{Name: "an organiser of no body", Change: func(e *cooperation.CulturalEvent) { e.Organisers = []orgs.Body{{}} },
			Want: []amitytest.Problem{{Path: "organisers[0]", Kind: amity.KindRequired}}},
		{Name: "a length out of range", Change: func(e *cooperation.CulturalEvent) { e.Length = cooperation.Duration{Months: -2} },
			Want: []amitytest.Problem{{Path: "length.months", Kind: amity.KindOutOfRange}}},
		{Name: "history back in time", Change: func(e *cooperation.CulturalEvent) { e.History[1].Date = d("2010") },
			Want: []amitytest.Problem{{Path: "history[1].date", Kind: amity.KindConflict}}},
		{Name: "history back in the lifecycle", Change: func(e *cooperation.CulturalEvent) {
			e.History[0].Status, e.History[1].Status, e.Held = cooperation.EventHeld, cooperation.EventPlanned, cooperation.Span{}
		}, Want: []amitytest.Problem{{Path: "history[1].status", Kind: amity.KindConflict}}},
		{Name: "held dates of an event not held", Change: func(e *cooperation.CulturalEvent) { e.History = e.History[:1] },
			Want: []amitytest.Problem{{Path: "held", Kind: amity.KindConflict}}},
		{Name: "held ends before it starts", Change: func(e *cooperation.CulturalEvent) { e.Held.End = d("2011-05-01") },
			Want: []amitytest.Problem{{Path: "held.end", Kind: amity.KindConflict}}},
		{Name: "no history", Change: func(e *cooperation.CulturalEvent) { e.History, e.Held = nil, cooperation.Span{} },
			Want: []amitytest.Problem{{Path: "history", Kind: amity.KindRequired}}},
	})
}

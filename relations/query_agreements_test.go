package relations_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// agreementRecords holds a memorandum between the culture ministries of
// two states, a programme that implements it, and an agreement of one of
// them with a third state.
func agreementRecords() relations.Records {
	src := []amity.SourceID{"s"}
	minister := func(id, ministry string, start string) orgs.Official {
		return orgs.Official{ID: orgs.OfficialID(id), Posts: []orgs.Post{{
			ID: orgs.PostID(id + ".minister"), Title: "Minister of Culture", Role: orgs.RoleMinister,
			Ministry: orgs.MinistryID(ministry), Start: d(start),
		}}}
	}
	la, kh := orgs.Body{Ministry: "la-culture"}, orgs.Body{Ministry: "kh-culture"}
	return relations.Records{
		Sources: []amity.Source{{ID: "s", Publisher: "KPL"}},
		States: []orgs.State{
			{ID: "LA", Names: amity.Names{Name: "Laos"}}, {ID: "KH", Names: amity.Names{Name: "Cambodia"}},
			{ID: "VN", Names: amity.Names{Name: "Vietnam"}},
		},
		Ministries: []orgs.Ministry{
			{ID: "la-culture", State: "LA", Portfolios: []orgs.Portfolio{orgs.PortfolioInformation, orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Information and Culture"}},
			{ID: "kh-culture", State: "KH", Portfolios: []orgs.Portfolio{orgs.PortfolioCulture}, Names: amity.Names{Name: "Ministry of Culture and Fine Arts"}},
		},
		Officials: []orgs.Official{minister("la-minister", "la-culture", "2006"), minister("kh-minister", "kh-culture", "2008")},
		Groups:    []orgs.Group{{ID: "kh-delegation", Kind: orgs.GroupDelegation, State: "KH", Leaders: []orgs.OfficialID{"kh-minister"}, Sources: src}},
		Events: []cooperation.CulturalEvent{{
			ID: "la-kh-festival", Kind: cooperation.EventFestival, Title: "Film festival", States: []orgs.StateID{"LA", "KH"},
			Agreement: "mou", Groups: []orgs.GroupID{"kh-delegation"},
			History: []cooperation.EventChange{{Status: cooperation.EventAnnounced, Sources: src}}, Sources: src,
		}},
		Agreements: []cooperation.Agreement{
			{
				ID: "mou", Kind: cooperation.AgreementMemorandum, Title: "Memorandum of Understanding on cultural cooperation", ShortTitle: "MOU",
				Parties: []orgs.Body{la, kh}, Signed: d("2010-12-21"), InForceOnSignature: true, Duration: cooperation.Duration{Years: 3},
				Signatories: []cooperation.Signatory{
					{Official: "la-minister", Post: "la-minister.minister", For: la},
					{Official: "kh-minister", Post: "kh-minister.minister", For: kh},
				},
				Topics:  []events.Topic{events.TopicFestivals, events.TopicMuseums},
				Sources: src,
			},
			{
				ID: "programme-2011", Kind: cooperation.AgreementExecutive, Title: "Programme for 2011 and 2012",
				Parties: []orgs.Body{la, kh}, Signed: d("2011-03"), EntryIntoForce: d("2011-04-01"), Expires: d("2012-12-31"),
				Signatories: []cooperation.Signatory{{Official: "kh-minister", For: kh}},
				Parent:      "mou", Relation: cooperation.RelationImplements, Sources: src,
			},
			{
				ID: "la-vn", Kind: cooperation.AgreementTreaty, Title: "Agreement on cultural cooperation",
				Parties: []orgs.Body{{State: "LA"}, {State: "VN"}}, Signed: d("2005"), InForceOnSignature: true, Sources: src,
			},
		},
	}
}

func ids(as []cooperation.Agreement) []string {
	var out []string
	for _, a := range as {
		out = append(out, string(a.ID))
	}
	return out
}

func TestAgreementQueries(t *testing.T) {
	dset, err := relations.New(agreementRecords())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		got  []cooperation.Agreement
		want []string
	}{
		{"in force between the pair", slices.Collect(dset.AgreementsInForce("KH", "LA", d("2011-06-01"))), []string{"mou", "programme-2011"}},
		{"in force, before signature", slices.Collect(dset.AgreementsInForce("LA", "KH", d("2010-12-20"))), nil},
		{"in force, on the day of signature", slices.Collect(dset.AgreementsInForce("LA", "KH", d("2010-12-21"))), []string{"mou"}},
		{"in force, after the term", slices.Collect(dset.AgreementsInForce("LA", "KH", d("2014"))), nil},
		{"in force, another pair", slices.Collect(dset.AgreementsInForce("LA", "VN", d("2011"))), []string{"la-vn"}},
		{"in force, no agreement", slices.Collect(dset.AgreementsInForce("KH", "VN", d("2011"))), nil},
		{"in force, one state", slices.Collect(dset.AgreementsInForce("LA", "LA", d("2011"))), nil},
		{"ending in a period", slices.Collect(dset.AgreementsEnding(relations.Period{From: d("2012"), To: d("2013-12")})), []string{"programme-2011", "mou"}},
		{"ending, none", slices.Collect(dset.AgreementsEnding(relations.Period{To: d("2011")})), nil},
		{"signed by", slices.Collect(dset.SignedBy("kh-minister")), []string{"mou", "programme-2011"}},
		{"signed by, nobody", slices.Collect(dset.SignedBy("nobody")), nil},
		{"implementations", slices.Collect(dset.Implementations("mou")), []string{"programme-2011"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ids(tt.got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	chain, ok := dset.AgreementChain("programme-2011")
	if diff := cmp.Diff([]string{"mou", "programme-2011"}, ids(chain)); !ok || diff != "" {
		t.Errorf("AgreementChain = %v (-want +got):\n%s", ok, diff)
	}
	if _, ok := dset.AgreementChain("nope"); ok {
		t.Errorf("AgreementChain of an unknown ID reports one")
	}
	if a, ok := dset.Agreement("mou"); !ok || a.End() != d("2013-12-21") {
		t.Errorf("Agreement(mou) = %v, end %v", ok, a.End())
	}
}

func TestAgreementRules(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(r *relations.Records)
		want   []amitytest.Problem
	}{
		{"valid", func(*relations.Records) {}, nil},
		{"programme before its parent", func(r *relations.Records) {
			r.Agreements[1].EntryIntoForce = d("2010-06")
			r.Agreements[1].Signed = d("2010-05")
		},
			[]amitytest.Problem{{Path: "agreements[1].entry_into_force", Kind: amity.KindConflict}}},
		{"programme after its parent", func(r *relations.Records) { r.Agreements[1].Expires = d("2015") },
			[]amitytest.Problem{{Path: "agreements[1].expires", Kind: amity.KindConflict}}},
		{"signatory's post not his", func(r *relations.Records) { r.Agreements[0].Signatories[0].Post = "kh-minister.minister" },
			[]amitytest.Problem{{Path: "agreements[0].signatories[0].post", Kind: amity.KindConflict}}},
		{"post not yet held", func(r *relations.Records) { r.Officials[1].Posts[0].Start = d("2011") },
			[]amitytest.Problem{{Path: "agreements[0].signatories[1].post", Kind: amity.KindConflict}}},
		{"party unknown", func(r *relations.Records) { r.Agreements[2].Parties[1] = orgs.Body{Ministry: "vn-culture"} },
			[]amitytest.Problem{{Path: "agreements[2].parties[1].ministry", Kind: amity.KindNotFound}}},
		{"own ancestor", func(r *relations.Records) {
			r.Agreements[0].Parent, r.Agreements[0].Relation = "programme-2011", cooperation.RelationExtends
		},
			[]amitytest.Problem{{Path: "agreements[0].parent", Kind: amity.KindConflict}}},
		{"a signatory of no party's state", func(r *relations.Records) {
			r.Agreements[2].Signed = d("2011")
			r.Agreements[2].Signatories = []cooperation.Signatory{{Official: "kh-minister", Post: "kh-minister.minister", For: orgs.Body{State: "VN"}}}
		}, []amitytest.Problem{{Path: "agreements[2].signatories[0].post", Kind: amity.KindConflict}}},
		{"signs for no party", func(r *relations.Records) { r.Agreements[1].Signatories[0].For = orgs.Body{State: "KH"} },
			[]amitytest.Problem{{Path: "agreements[1].signatories[0].for", Kind: amity.KindConflict}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := agreementRecords()
			tt.change(&r)
			if diff := cmp.Diff(tt.want, amitytest.Problems(t, relations.Validate(&r))); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAgreementPlaceUnknown checks that an agreement signed in a state
// that is not in the dataset is reported at the place's country.
func TestAgreementPlaceUnknown(t *testing.T) {
	r := agreementRecords()
	r.Agreements[0].Place = orgs.Place{City: "Hanoi", Country: "VN"}
	r.States = r.States[:2]
	r.Agreements = r.Agreements[:2]
	got := amitytest.Problems(t, relations.Validate(&r))
	want := []amitytest.Problem{{Path: "agreements[0].place.country", Kind: amity.KindNotFound}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

package relations

import (
	"reflect"
	"sync"

	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/internal/fastcheck"
	"github.com/amitydata/amity/internal/jsonfield"
)

// The fast path of checking initiatives and ties in bulk: compiled checks
// of their Validate methods, on the terms of package internal/fastcheck.

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

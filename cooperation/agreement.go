package cooperation

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// AgreementID identifies an [Agreement]; see [amity.ValidID].
type AgreementID string

// AgreementKind is what sort of text an [Agreement] is. The zero value
// is not valid.
type AgreementKind string

// The kinds of agreement.
const (
	AgreementTreaty      AgreementKind = "agreement"                   // an agreement or treaty binding the parties
	AgreementMemorandum  AgreementKind = "memorandum_of_understanding" // a memorandum of understanding
	AgreementProgramme   AgreementKind = "programme"                   // a programme of cooperation or exchange for a span of years
	AgreementExecutive   AgreementKind = "executive_programme"         // an executive or implementation programme under another agreement
	AgreementProtocol    AgreementKind = "protocol"                    // a protocol to another agreement, or of talks
	AgreementDeclaration AgreementKind = "joint_declaration"           // a joint declaration or statement signed by the parties
	AgreementOther       AgreementKind = "other"                       // any other; the title says which
)

// Valid reports whether k is one of the AgreementKind constants.
func (k AgreementKind) Valid() bool {
	switch k {
	case AgreementTreaty, AgreementMemorandum, AgreementProgramme, AgreementExecutive, AgreementProtocol,
		AgreementDeclaration, AgreementOther:
		return true
	}
	return false
}

// Renewal is how an agreement is renewed at the end of its term. The zero
// value means not stated.
type Renewal string

// The kinds of renewal.
const (
	RenewalAutomatic   Renewal = "automatic"    // renewed for a like term unless a party gives notice
	RenewalByAgreement Renewal = "by_agreement" // renewed if the parties agree
	RenewalNone        Renewal = "none"         // not renewed
)

// Valid reports whether r is one of the Renewal constants.
func (r Renewal) Valid() bool {
	switch r {
	case RenewalAutomatic, RenewalByAgreement, RenewalNone:
		return true
	}
	return false
}

// Relation is how an agreement stands to the one it names as its parent.
// The zero value is not valid.
type Relation string

// The relations between agreements.
const (
	RelationImplements Relation = "implements" // carries out the parent: an executive programme under an agreement
	RelationExtends    Relation = "extends"    // prolongs the parent's term
	RelationAmends     Relation = "amends"     // changes the parent's text
	RelationReplaces   Relation = "replaces"   // takes the parent's place
)

// Valid reports whether r is one of the Relation constants.
func (r Relation) Valid() bool {
	switch r {
	case RelationImplements, RelationExtends, RelationAmends, RelationReplaces:
		return true
	}
	return false
}

// Duration is a term in years, months and days: "for five years" is
// Duration{Years: 5}. The zero Duration is not given.
type Duration struct {
	// Years of the term. Optional; 0 to 100.
	Years int `json:"years,omitzero"`
	// Months of the term. Optional; 0 to 1200.
	Months int `json:"months,omitzero"`
	// Days of the term. Optional; 0 to 36500.
	Days int `json:"days,omitzero"`
}

// IsZero reports whether no part of the term is given.
func (d Duration) IsZero() bool { return d == Duration{} }

// String returns the term as prose: "3 years", "1 year 6 months".
func (d Duration) String() string {
	var s string
	for _, p := range []struct {
		n    int
		unit string
	}{{d.Years, "year"}, {d.Months, "month"}, {d.Days, "day"}} {
		if p.n == 0 {
			continue
		}
		if s != "" {
			s += " "
		}
		s += strconv.Itoa(p.n) + " " + p.unit
		if p.n != 1 {
			s += "s"
		}
	}
	return s
}

// After returns the date from plus the term, at from's precision: for a
// day, the day the term ends; for a month or a year, the month or year.
// The term's days count only for a day, and its months for a year only in
// whole years. It returns the zero Date for the zero Date, and when the
// end lies past [amity.MaxYear].
func (d Duration) After(from amity.Date) amity.Date {
	var s string
	switch from.Precision() {
	case amity.PrecisionYear:
		s = fmt.Sprintf("%04d", from.Year()+d.Years+d.Months/12)
	case amity.PrecisionMonth:
		m := from.Year()*12 + int(from.Month()-1) + d.Years*12 + d.Months
		s = fmt.Sprintf("%04d-%02d", m/12, m%12+1)
	case amity.PrecisionDay:
		t := time.Date(from.Year()+d.Years, from.Month()+time.Month(d.Months), from.Day()+d.Days, 0, 0, 0, 0, time.UTC)
		s = t.Format("2006-01-02")
	}
	end, err := amity.ParseDate(s)
	if err != nil {
		return amity.Date{}
	}
	return end
}

// check reports parts out of range.
func (d Duration) check(p amity.Path) []amity.FieldError {
	var errs []amity.FieldError
	for _, part := range []struct {
		name  string
		n, hi int
	}{{"years", d.Years, 100}, {"months", d.Months, 1200}, {"days", d.Days, 36500}} {
		if part.n < 0 || part.n > part.hi {
			errs = append(errs, amity.OutOfRange(p.Child(part.name), strconv.Itoa(part.n), "not between 0 and "+strconv.Itoa(part.hi)))
		}
	}
	return errs
}

// Signatory is who signed an agreement, in which post, and for which
// party.
type Signatory struct {
	// Official is who signed. Required.
	Official orgs.OfficialID `json:"official" validate:"required,id"`
	// Post is the post the official held when signing, one of the
	// official's posts. Optional.
	Post orgs.PostID `json:"post,omitzero" validate:"omitempty,id"`
	// For is the party the official signed for: one of the agreement's
	// parties. It may be a body where the official holds no post: a
	// foreign minister signing for the ministry of culture, a minister
	// signing for the government. Required.
	For orgs.Body `json:"for" validate:"required"`
	// Date is when the official signed, where the parties signed on
	// different days. Optional: the agreement's date of signature
	// otherwise.
	Date amity.Date `json:"date,omitzero"`
}

// Provision is something an agreement's text provides, as a source
// reports or quotes it.
type Provision struct {
	// Summary says what it provides, in the words of whoever encodes it.
	// Required unless Quote is given; at most 4096 characters.
	Summary string `json:"summary,omitzero" validate:"required_without=Quote,omitempty,max=4096,text"`
	// Quote is the text word for word, as the source gives it. Optional;
	// at most 4096 characters.
	Quote string `json:"quote,omitzero" validate:"omitempty,max=4096,text"`
	// Topics are the fields of cooperation it concerns. Optional; at most
	// 32, each once.
	Topics []events.Topic `json:"topics,omitzero" validate:"omitempty,max=32,unique,dive,enum"`
}

// Publication is where an agreement's text was officially published.
type Publication struct {
	// In is the gazette, collection or register: "Official Gazette of the
	// Republic of Azerbaijan", "United Nations Treaty Series". Required;
	// one line, at most 512 characters.
	In string `json:"in" validate:"required,max=512,line"`
	// Date is when it was published. Optional.
	Date amity.Date `json:"date,omitzero"`
	// Language is the BCP 47 tag of the language of the published text.
	// Optional.
	Language string `json:"language,omitzero" validate:"omitempty,lang"`
	// URL locates the publication. Optional.
	URL string `json:"url,omitzero" validate:"omitempty,max=2048,httpurl"`
}

// Agreement is a signed text of cultural relations: an agreement, a
// memorandum of understanding, a programme of cooperation for a span of
// years, an executive programme under an earlier agreement.
type Agreement struct {
	// ID identifies the agreement. Required; see [amity.ValidID].
	ID AgreementID `json:"id" validate:"required,id"`
	// Kind is what sort of text it is. Required.
	Kind AgreementKind `json:"kind" validate:"required,enum"`
	// Title is the title as published, or as the source gives it:
	// "Memorandum of Understanding on cultural cooperation". Required; one
	// line, at most 512 characters.
	Title string `json:"title" validate:"required,max=512,line"`
	// ShortTitle is the short name or acronym sources use: "MOU".
	// Optional; one line, at most 64 characters.
	ShortTitle string `json:"short_title,omitzero" validate:"omitempty,max=64,line"`
	// Parties are the states, governments, ministries or organizations
	// bound by it. Required: 1 to 256, each once; a party appears once
	// however it is named.
	Parties []orgs.Body `json:"parties,omitzero" validate:"required,min=1,max=256,unique,dive"`
	// Signatories are who signed it. Optional; at most 64; each signs
	// for one of the parties.
	Signatories []Signatory `json:"signatories,omitzero" validate:"omitempty,max=64,dive"`
	// Signed is the date of signature. Optional: zero when no source
	// gives it.
	Signed amity.Date `json:"signed,omitzero"`
	// Place is where it was signed. Optional.
	Place orgs.Place `json:"place,omitzero" validate:"omitempty"`
	// Meeting is the meeting at which it was signed, or which produced
	// it. Optional.
	Meeting events.MeetingID `json:"meeting,omitzero" validate:"omitempty,id"`
	// InForceOnSignature is true when it entered into force on signature.
	InForceOnSignature bool `json:"in_force_on_signature,omitzero"`
	// EntryIntoForce is when it entered into force, if later than
	// signature. Optional; not before Signed; not with
	// InForceOnSignature.
	EntryIntoForce amity.Date `json:"entry_into_force,omitzero" validate:"notbefore=Signed,excluded_with=InForceOnSignature"`
	// Duration is its term from entry into force: "for five years".
	// Optional.
	Duration Duration `json:"duration,omitzero"`
	// Renewal is how it is renewed at the end of its term. Optional.
	Renewal Renewal `json:"renewal,omitzero" validate:"omitempty,enum"`
	// Expires is when it expires, if a source says. Optional; not before
	// Signed.
	Expires amity.Date `json:"expires,omitzero" validate:"notbefore=Signed"`
	// Terminated is when a party ended it before its term. Optional; not
	// before Signed.
	Terminated amity.Date `json:"terminated,omitzero" validate:"notbefore=Signed"`
	// Parent is the agreement this one implements, extends, amends or
	// replaces. Optional; with Relation.
	Parent AgreementID `json:"parent,omitzero" validate:"omitempty,id"`
	// Relation is how it stands to Parent. Required with Parent, and only
	// with it.
	Relation Relation `json:"relation,omitzero" validate:"required_with=Parent,excluded_without=Parent,omitempty,enum"`
	// Topics are the fields of cooperation it covers. Optional; at most
	// 32, each once.
	Topics []events.Topic `json:"topics,omitzero" validate:"omitempty,max=32,unique,dive,enum"`
	// Provisions are what its text provides, as sources report or quote
	// it. Optional; at most 256.
	Provisions []Provision `json:"provisions,omitzero" validate:"omitempty,max=256,dive"`
	// Tie is the tie it rests on or creates. Optional.
	Tie TieID `json:"tie,omitzero" validate:"omitempty,id"`
	// Publications are where its text was officially published. Optional;
	// at most 16.
	Publications []Publication `json:"publications,omitzero" validate:"omitempty,max=16,dive"`
	// Note says what a reader should know that no field holds. Optional;
	// at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Sources cite the agreement. Required: 1 to 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"required,min=1,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields. Optional; keys are
	// JSON field names of Agreement.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed: a year of signature taken from the date of publication, a
	// term read from "over the next three years". Optional; keys are JSON
	// field names of Agreement.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Validate checks the rules stated on each field, that each party and
// each signatory's party is one body, that each signatory signs for a
// party, and that the term is in range, and returns a
// [*amity.ValidationError] listing every problem, or nil. Whether an
// implementing agreement's period lies within its parent's is checked by
// the dataset.
func (a Agreement) Validate() error { return amity.AsError(append(amity.CheckStruct(a), a.check()...)) }

// check reports parties and signatories' bodies without exactly one field
// set, signatories who sign for no party, and a term out of range.
func (a Agreement) check() []amity.FieldError {
	var errs []amity.FieldError
	for i, p := range a.Parties {
		errs = append(errs, p.Check(amity.NewPath("parties").Index(i))...)
	}
	for i, s := range a.Signatories {
		p := amity.NewPath("signatories").Index(i).Child("for")
		if e := s.For.Check(p); e != nil {
			errs = append(errs, e...)
		} else if !a.HasParty(s.For) {
			errs = append(errs, amity.Conflict(p, s.For.ID(), "not a party to the agreement"))
		}
	}
	return append(errs, a.Duration.check(amity.NewPath("duration"))...)
}

// HasParty reports whether b is one of the parties.
func (a Agreement) HasParty(b orgs.Body) bool {
	return slices.Contains(a.Parties, b)
}

// InForce returns when the agreement entered into force: EntryIntoForce,
// or the date of signature if it entered into force on signature; zero if
// no source says.
func (a Agreement) InForce() amity.Date {
	if a.InForceOnSignature {
		return a.Signed
	}
	return a.EntryIntoForce
}

// End returns when the agreement ends or ended: Terminated, or Expires,
// or the end of its term from entry into force when it is not renewed
// automatically; zero when none of these is known, and then it is taken
// to run on.
func (a Agreement) End() amity.Date {
	switch {
	case !a.Terminated.IsZero():
		return a.Terminated
	case !a.Expires.IsZero():
		return a.Expires
	case !a.Duration.IsZero() && a.Renewal != RenewalAutomatic:
		return a.Duration.After(a.InForce())
	}
	return amity.Date{}
}

// AgreementStatus is where an agreement stands on a date, as its dates
// tell.
type AgreementStatus string

// The statuses of an agreement.
const (
	AgreementUnknown    AgreementStatus = "unknown"    // the dates do not tell
	AgreementUnsigned   AgreementStatus = "unsigned"   // before signature
	AgreementSigned     AgreementStatus = "signed"     // signed, not yet in force
	AgreementInForce    AgreementStatus = "in_force"   // in force
	AgreementExpired    AgreementStatus = "expired"    // its term has run out
	AgreementTerminated AgreementStatus = "terminated" // ended by a party
)

// StatusOn returns where the agreement stands on d, as its dates tell.
// A date that may fall on either side of d (a month against a day within
// it) counts as not yet passed for termination and the end of the term,
// and as passed for entry into force.
func (a Agreement) StatusOn(d amity.Date) AgreementStatus {
	if d.IsZero() {
		return AgreementUnknown
	}
	if t := a.Terminated; t.Before(d) {
		return AgreementTerminated
	}
	if e := a.End(); e.Before(d) {
		return AgreementExpired
	}
	start := a.InForce()
	switch {
	case !start.IsZero() && !d.Before(start):
		return AgreementInForce
	case d.Before(a.Signed):
		return AgreementUnsigned
	case !a.Signed.IsZero():
		return AgreementSigned
	}
	return AgreementUnknown
}

// InForceOn reports whether the agreement is in force on d.
func (a Agreement) InForceOn(d amity.Date) bool { return a.StatusOn(d) == AgreementInForce }

package orgs

import (
	"slices"

	"github.com/amitydata/amity"
)

// State is a sovereign state, a party to cultural relations.
type State struct {
	// ID is the state's ISO 3166-1 alpha-2 code, upper case: "AZ". Required.
	ID StateID `json:"id" validate:"required,country"`
	// Names are the state's names: "Azerbaijan", local name "Azərbaycan".
	// Name is required.
	amity.Names `json:",inline" validate:"named"`
	// Wikidata is the state's Wikidata item, "Q227" for Azerbaijan.
	// Optional; "Q" and digits.
	Wikidata string `json:"wikidata,omitzero" validate:"omitempty,qid"`
	// Capital is the English name of the capital city: "Baku". Optional;
	// one line, at most 512 characters.
	Capital string `json:"capital,omitzero" validate:"omitempty,max=512,line"`
	// Sources cite what is said of the state. Optional; at most 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields. Optional; keys are
	// JSON field names of State.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Note says what a reader should know that no field holds, in a
	// sentence or two. Optional; at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed, with the reason. Optional; keys are JSON field names of
	// State.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Validate checks the rules stated on each field and returns a
// [*amity.ValidationError] listing every problem, or nil.
func (s State) Validate() error { return amity.ValidateStruct(s) }

// Portfolio is the field a ministry is responsible for. The zero value is
// not valid.
type Portfolio string

// The portfolios of ministries.
const (
	PortfolioCulture          Portfolio = "culture"           // culture, and with it often heritage, arts and cinema
	PortfolioForeignAffairs   Portfolio = "foreign_affairs"   // foreign affairs and diplomacy
	PortfolioEducation        Portfolio = "education"         // schools and universities
	PortfolioScience          Portfolio = "science"           // science and research
	PortfolioTourism          Portfolio = "tourism"           // tourism
	PortfolioYouthSports      Portfolio = "youth_and_sports"  // youth and sports
	PortfolioReligiousAffairs Portfolio = "religious_affairs" // religious affairs and endowments
	PortfolioInformation      Portfolio = "information"       // media, press and information
	PortfolioEconomy          Portfolio = "economy"           // economy, trade and finance
	PortfolioOther            Portfolio = "other"             // any other field; the ministry's names say which
)

// Valid reports whether p is one of the Portfolio constants.
func (p Portfolio) Valid() bool {
	switch p {
	case PortfolioCulture, PortfolioForeignAffairs, PortfolioEducation, PortfolioScience,
		PortfolioTourism, PortfolioYouthSports, PortfolioReligiousAffairs, PortfolioInformation,
		PortfolioEconomy, PortfolioOther:
		return true
	}
	return false
}

// Ministry is a ministry of a state's government.
type Ministry struct {
	// ID identifies the ministry. Required; see [amity.ValidID].
	ID MinistryID `json:"id" validate:"required,id"`
	// State is the state whose government the ministry belongs to. Required.
	State StateID `json:"state" validate:"required,country"`
	// Portfolios are the fields the ministry is responsible for, its main
	// field first: a "Ministry of Information and Culture" holds
	// information and culture. Required: 1 to 8, each once.
	Portfolios []Portfolio `json:"portfolios,omitzero" validate:"required,min=1,max=8,unique,dive,required,enum"`
	// Names are the ministry's names: "Ministry of Culture and Islamic
	// Guidance". Name is required.
	amity.Names `json:",inline" validate:"named"`
	// Wikidata is the ministry's Wikidata item. Optional; "Q" and digits.
	Wikidata string `json:"wikidata,omitzero" validate:"omitempty,qid"`
	// URL is the ministry's website. Optional; an absolute http(s) URL.
	URL string `json:"url,omitzero" validate:"omitempty,max=2048,httpurl"`
	// Sources cite what is said of the ministry. Optional; at most 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields. Optional; keys are
	// JSON field names of Ministry.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Note says what a reader should know that no field holds, in a
	// sentence or two. Optional; at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed, with the reason. Optional; keys are JSON field names of
	// Ministry.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Validate checks the rules stated on each field and returns a
// [*amity.ValidationError] listing every problem, or nil.
func (m Ministry) Validate() error { return amity.ValidateStruct(m) }

// Holds reports whether p is one of the ministry's portfolios.
func (m Ministry) Holds(p Portfolio) bool { return slices.Contains(m.Portfolios, p) }

// Portfolio returns the ministry's main field: the first of its
// portfolios, "" if it has none.
func (m Ministry) Portfolio() Portfolio {
	if len(m.Portfolios) == 0 {
		return ""
	}
	return m.Portfolios[0]
}

// OrganizationKind is the kind of an [Organization]. The zero value is not
// valid.
type OrganizationKind string

// The kinds of organization.
const (
	KindIntergovernmental    OrganizationKind = "intergovernmental"     // founded by states: UNESCO, ICESCO
	KindGovernmentAgency     OrganizationKind = "government_agency"     // a state body outside the ministries: Iran's Islamic Culture and Relations Organization
	KindCulturalInstitution  OrganizationKind = "cultural_institution"  // museums, theatres, libraries, cultural centres
	KindEducational          OrganizationKind = "educational"           // universities, academies, schools
	KindNonGovernmental      OrganizationKind = "non_governmental"      // NGOs, foundations, associations
	KindMedia                OrganizationKind = "media"                 // news agencies, broadcasters, newspapers
	KindReligious            OrganizationKind = "religious"             // religious bodies
	KindBusiness             OrganizationKind = "business"              // companies
	KindOtherOrganization    OrganizationKind = "other"                 // any other kind
	KindLegislature          OrganizationKind = "legislature"           // parliaments and their committees
	KindSubnationalAuthority OrganizationKind = "subnational_authority" // city and regional governments
	KindDiplomaticMission    OrganizationKind = "diplomatic_mission"    // an embassy or consulate; HostState is the state it is accredited to
	KindJointCommission      OrganizationKind = "joint_commission"      // a joint commission of two or more states, meeting in numbered sessions
	KindEnsemble             OrganizationKind = "ensemble"              // a named art troupe, orchestra, choir or company
	KindGovernment           OrganizationKind = "government"            // a state's government as a body, where it acts as one: signs, hosts
	KindPoliticalParty       OrganizationKind = "political_party"       // a political party: the party a member of parliament sits for
)

// Valid reports whether k is one of the OrganizationKind constants.
func (k OrganizationKind) Valid() bool {
	switch k {
	case KindIntergovernmental, KindGovernmentAgency, KindCulturalInstitution, KindEducational,
		KindNonGovernmental, KindMedia, KindReligious, KindBusiness, KindOtherOrganization,
		KindLegislature, KindSubnationalAuthority, KindDiplomaticMission, KindJointCommission,
		KindEnsemble, KindGovernment, KindPoliticalParty:
		return true
	}
	return false
}

// Organization is any body other than a state or a ministry: an
// intergovernmental organization (UNESCO), a government agency (Iran's
// Islamic Culture and Relations Organization), a cultural institution.
type Organization struct {
	// ID identifies the organization. Required; see [amity.ValidID].
	ID OrganizationID `json:"id" validate:"required,id"`
	// Kind is what sort of body it is. Required.
	Kind OrganizationKind `json:"kind" validate:"required,enum"`
	// Names are the organization's names; aliases hold acronyms and long
	// forms. Name is required.
	amity.Names `json:",inline" validate:"named"`
	// State is the state the organization belongs to, for a national
	// body. Optional; empty for an intergovernmental organization.
	State StateID `json:"state,omitzero" validate:"omitempty,country"`
	// HostState is, for a diplomatic mission, the state it is accredited
	// to: an embassy of Azerbaijan in Tehran has State "AZ" and HostState
	// "IR". Optional; only for the kind diplomatic_mission; not State.
	HostState StateID `json:"host_state,omitzero" validate:"omitempty,country,nefield=State,excluded_unless=Kind diplomatic_mission"`
	// ParentMinistry is the ministry the organization is part of or
	// affiliated with. Optional; at most one of ParentMinistry and
	// ParentOrganization.
	ParentMinistry MinistryID `json:"parent_ministry,omitzero" validate:"omitempty,id,excluded_with=ParentOrganization"`
	// ParentOrganization is the organization this one is part of or
	// affiliated with. Optional; at most one of ParentMinistry and
	// ParentOrganization. An organization cannot be its own ancestor.
	ParentOrganization OrganizationID `json:"parent_organization,omitzero" validate:"omitempty,id"`
	// Founded is the date the organization was founded. Optional.
	Founded amity.Date `json:"founded,omitzero"`
	// Dissolved is the date the organization ceased. Optional; not before
	// Founded.
	Dissolved amity.Date `json:"dissolved,omitzero" validate:"notbefore=Founded"`
	// Members are the states that belong to the organization, each with
	// the period of membership. Optional; at most 1000.
	Members []Membership `json:"members,omitzero" validate:"omitempty,max=1000,dive"`
	// Wikidata is the organization's Wikidata item. Optional.
	Wikidata string `json:"wikidata,omitzero" validate:"omitempty,qid"`
	// URL is the organization's website. Optional; an absolute http(s) URL.
	URL string `json:"url,omitzero" validate:"omitempty,max=2048,httpurl"`
	// Sources cite what is said of the organization. Optional; at most 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields. Optional; keys are
	// JSON field names of Organization.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Note says what a reader should know that no field holds, in a
	// sentence or two. Optional; at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed, with the reason. Optional; keys are JSON field names of
	// Organization.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Validate checks the rules stated on each field, and that no membership
// begins before the organization was founded or ends after it was
// dissolved, and returns a [*amity.ValidationError] listing every
// problem, or nil. Whether the parent and member states exist is checked
// by the dataset.
func (o Organization) Validate() error {
	return amity.AsError(append(amity.CheckStruct(o), o.check()...))
}

// check reports memberships outside the organization's lifetime; nil if
// there are none.
func (o Organization) check() []amity.FieldError {
	var errs []amity.FieldError
	for i, m := range o.Members {
		p := amity.NewPath("members").Index(i)
		switch {
		case m.Since.Before(o.Founded):
			errs = append(errs, amity.Conflict(p.Child("since"), m.Since.String(), "before the organization was founded, "+o.Founded.String()))
		case m.Since.After(o.Dissolved):
			errs = append(errs, amity.Conflict(p.Child("since"), m.Since.String(), "after the organization was dissolved, "+o.Dissolved.String()))
		}
		switch {
		case m.Until.After(o.Dissolved):
			errs = append(errs, amity.Conflict(p.Child("until"), m.Until.String(), "after the organization was dissolved, "+o.Dissolved.String()))
		case m.Until.Before(o.Founded):
			errs = append(errs, amity.Conflict(p.Child("until"), m.Until.String(), "before the organization was founded, "+o.Founded.String()))
		}
	}
	return errs
}

// MemberOn reports whether state s is a member of o on date d, as far as
// the dates of its memberships tell: a membership with no Since counts as
// begun, and one with no Until as not ended.
func (o Organization) MemberOn(s StateID, d amity.Date) bool {
	for _, m := range o.Members {
		if m.State == s && m.Covers(d) {
			return true
		}
	}
	return false
}

// Membership is a state's membership of an organization, for a period.
type Membership struct {
	// State is the member. Required.
	State StateID `json:"state" validate:"required,country"`
	// Since is when the membership began. Optional: zero when unknown.
	Since amity.Date `json:"since,omitzero"`
	// Until is when it ended. Optional: zero while it lasts; not before Since.
	Until amity.Date `json:"until,omitzero" validate:"notbefore=Since"`
	// Sources cite the membership. Optional; at most 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
}

// Validate checks the rules stated on each field and returns a
// [*amity.ValidationError] listing every problem, or nil.
func (m Membership) Validate() error { return amity.ValidateStruct(m) }

// Covers reports whether the membership could be in force on d: d is not
// wholly before Since nor wholly after Until. Unknown dates do not limit
// it, so a coarse date that may fall either side counts as covered.
func (m Membership) Covers(d amity.Date) bool {
	return covers(m.Since, m.Until, d)
}

func covers(start, end, d amity.Date) bool {
	return !d.Before(start) && !d.After(end)
}

// Official is a person who acts for a state, a ministry or an
// organization: a minister, a chairman, a president.
type Official struct {
	// ID identifies the official. Required; see [amity.ValidID].
	ID OfficialID `json:"id" validate:"required,id"`
	// Names are the person's names, as sources spell them: primary name
	// "Mehdi Ismaili", alias "Mohammad Mehdi Esmaeili". Name is required
	// unless the official has a post: an official the source names only
	// by post ("the visiting culture minister") has no name, and is shown
	// by post (see [Official.Label]).
	amity.Names `json:",inline"`
	// Honorific is the form of address or title that sources put before
	// the name, apart from it: "H.E.", "Dr.", "Sheikh". Optional; one
	// line, at most 64 characters.
	Honorific string `json:"honorific,omitzero" validate:"omitempty,max=64,line"`
	// Posts are the offices the person has held, in any order. Optional;
	// at most 256.
	Posts []Post `json:"posts,omitzero" validate:"omitempty,max=256,dive"`
	// Wikidata is the person's Wikidata item. Optional.
	Wikidata string `json:"wikidata,omitzero" validate:"omitempty,qid"`
	// Sources cite what is said of the person. Optional; at most 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// FieldSources cite sources for single fields, such as an alias taken
	// from another report. Optional; keys are JSON field names of Official.
	FieldSources amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,max=64,unique,dive,required,id"`
	// Note says what a reader should know that no field holds, in a
	// sentence or two. Optional; at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
	// Uncertain marks fields whose values are inferred, approximate or
	// disputed, with the reason. Optional; keys are JSON field names of
	// Official.
	Uncertain amity.Uncertainty `json:"uncertain,omitzero" validate:"omitempty,max=64,dive,keys,fieldname,endkeys"`
}

// Validate checks the rules stated on each field, and that each post
// belongs to exactly one state, ministry or organization, and returns a
// [*amity.ValidationError] listing every problem, or nil.
func (o Official) Validate() error { return amity.AsError(append(amity.CheckStruct(o), o.check()...)) }

// check reports an official with neither a name nor a post, and posts
// without exactly one holder; nil if there are none.
func (o Official) check() []amity.FieldError {
	var errs []amity.FieldError
	if o.Name == "" && len(o.Posts) == 0 {
		errs = append(errs, amity.Required(amity.NewPath("name"), "required when the official has no post"))
	}
	for i, p := range o.Posts {
		if e := p.check(); e != nil {
			errs = append(errs, amity.Prefix(amity.NewPath("posts").Index(i), e)...)
		}
	}
	return errs
}

// Label returns how the official is shown: the name, or for an official
// known only by post the title of the first post ("Minister of Culture"),
// or the ID if there is neither.
func (o Official) Label() string {
	switch {
	case o.Name != "":
		return o.Name
	case len(o.Posts) > 0 && o.Posts[0].Title != "":
		return o.Posts[0].Title
	}
	return string(o.ID)
}

// Post returns the official's post with the given ID, and whether there
// is one.
func (o Official) Post(id PostID) (Post, bool) {
	for _, p := range o.Posts {
		if p.ID == id {
			return p, true
		}
	}
	return Post{}, false
}

// PostsOn returns the posts o could hold on d (see [Post.Covers]), in the
// order of o.Posts.
func (o Official) PostsOn(d amity.Date) []Post {
	var out []Post
	for _, p := range o.Posts {
		if p.Covers(d) {
			out = append(out, p)
		}
	}
	return out
}

// Role is the standing of a post, for queries across titles that differ
// from state to state. The zero value means not stated.
type Role string

// The roles of posts.
const (
	RoleHeadOfState      Role = "head_of_state"      // president, monarch
	RoleHeadOfGovernment Role = "head_of_government" // prime minister
	RoleMinister         Role = "minister"           // a member of the government heading a ministry
	RoleDeputyMinister   Role = "deputy_minister"    // deputy or vice minister
	RoleHead             Role = "head"               // chair, director or president of an organization
	RoleDeputyHead       Role = "deputy_head"        // deputy chair or director
	RoleAmbassador       Role = "ambassador"         // head of a diplomatic mission
	RoleDiplomat         Role = "diplomat"           // other diplomatic staff
	RoleLegislator       Role = "legislator"         // member of a parliament
	RoleStaff            Role = "staff"              // other officials
)

// Valid reports whether r is one of the Role constants.
func (r Role) Valid() bool {
	switch r {
	case RoleHeadOfState, RoleHeadOfGovernment, RoleMinister, RoleDeputyMinister, RoleHead,
		RoleDeputyHead, RoleAmbassador, RoleDiplomat, RoleLegislator, RoleStaff:
		return true
	}
	return false
}

// Post is an office an official holds in a state, a ministry or an
// organization, for a period.
type Post struct {
	// ID identifies the post, so that a meeting can say in which post an
	// official took part. Required; see [amity.ValidID].
	ID PostID `json:"id" validate:"required,id"`
	// Title is the title as sources give it: "Minister of Culture",
	// "Chairman". Required; one line, at most 512 characters.
	Title string `json:"title" validate:"required,max=512,line"`
	// Role is the standing of the post. Optional.
	Role Role `json:"role,omitzero" validate:"omitempty,enum"`
	// State is the state the post belongs to directly (a head of state).
	// Exactly one of State, Ministry and Organization is set.
	State StateID `json:"state,omitzero" validate:"omitempty,country"`
	// Ministry is the ministry the post belongs to. Exactly one of State,
	// Ministry and Organization is set.
	Ministry MinistryID `json:"ministry,omitzero" validate:"omitempty,id"`
	// Organization is the organization the post belongs to. Exactly one of
	// State, Ministry and Organization is set.
	Organization OrganizationID `json:"organization,omitzero" validate:"omitempty,id"`
	// Start is when the official took up the post. Optional: zero when
	// unknown.
	Start amity.Date `json:"start,omitzero"`
	// End is when the official left it. Optional: zero while in office;
	// not before Start.
	End amity.Date `json:"end,omitzero" validate:"notbefore=Start"`
	// Sources cite the post. Optional; at most 64 source IDs.
	Sources []amity.SourceID `json:"sources,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
}

// Covers reports whether the official could hold the post on d: d is not
// wholly before Start nor wholly after End. A post starting in "2020"
// covers "2022-06-20"; one ending "2022-06" covers "2022-06-20" too, since
// the month may run past the day.
func (p Post) Covers(d amity.Date) bool {
	return covers(p.Start, p.End, d)
}

// Validate checks the rules stated on each field, and that the post
// belongs to exactly one state, ministry or organization, and returns a
// [*amity.ValidationError] listing every problem, or nil.
func (p Post) Validate() error {
	return amity.AsError(append(amity.CheckStruct(p), p.check()...))
}

// check reports a post that belongs to none of a state, a ministry
// and an organization (at "state"), or to more than one (at each holder
// after the first).
func (p Post) check() []amity.FieldError {
	holders := [...]struct{ field, id string }{
		{"state", string(p.State)}, {"ministry", string(p.Ministry)}, {"organization", string(p.Organization)},
	}
	var errs []amity.FieldError
	first := ""
	for _, h := range holders {
		switch {
		case h.id == "":
		case first == "":
			first = h.field
		default:
			errs = append(errs, amity.Conflict(amity.NewPath(h.field), h.id,
				"set together with "+first+": a post belongs to only one of a state, a ministry and an organization"))
		}
	}
	if first == "" {
		errs = append(errs, amity.Required(amity.NewPath("state"),
			"a post belongs to a state, a ministry or an organization: one of them is required"))
	}
	return errs
}

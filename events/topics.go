package events

import "slices"

// Topic is a subject of cultural relations, from a fixed vocabulary, so
// that meetings, agreements and initiatives can be counted by subject.
// Each topic belongs to one [Domain] of UNESCO's Framework for Cultural
// Statistics (2009), or to one of the transversal fields that articles
// on cultural relations use; [Topic.Domain] tells which. The zero value
// is not valid.
type Topic string

// The topics of cultural relations, grouped by domain.
const (
	// Cultural and natural heritage.
	TopicHeritage  Topic = "heritage_and_restoration" // cultural heritage, monuments, sites, restoration and reconstruction
	TopicMuseums   Topic = "museums"                  // museums and their collections
	TopicArchives  Topic = "archives"                 // archives and records
	TopicLibraries Topic = "libraries"                // libraries

	// Performance and celebration.
	TopicMusic     Topic = "music"     // music and musicians
	TopicTheatre   Topic = "theatre"   // theatre and opera
	TopicDance     Topic = "dance"     // dance and ballet
	TopicFestivals Topic = "festivals" // film, music and other festivals, fairs and feasts

	// Visual arts and crafts.
	TopicVisualArts  Topic = "visual_arts" // painting, sculpture, exhibitions
	TopicPhotography Topic = "photography" // photography
	TopicCrafts      Topic = "crafts"      // folk and applied arts, handicrafts

	// Books and press.
	TopicLiterature Topic = "literature" // literature, translation, writers
	TopicBooks      Topic = "books"      // the book industry, publishing, book fairs

	// Audiovisual and interactive media.
	TopicCinema Topic = "cinema" // film production and cinema
	TopicMedia  Topic = "media"  // press, broadcasting, news agencies

	// Design and creative services.
	TopicDesign Topic = "design" // architecture, fashion, graphic and other design

	// Intangible cultural heritage.
	TopicIntangibleHeritage Topic = "intangible_heritage" // oral traditions, rituals, customs, traditional knowledge
	TopicLanguage           Topic = "language"            // language teaching and promotion

	// Education and training.
	TopicEducation Topic = "education" // education, training, scholarships, universities

	// Intellectual property.
	TopicCopyright Topic = "copyright" // copyright and related rights, their protection

	// Tourism.
	TopicTourism Topic = "tourism" // tourism

	// Youth and sport.
	TopicSports Topic = "sports" // sports and youth

	// Cultural relations as such.
	TopicTwinning        Topic = "twinning"                    // twin and sister cities
	TopicCulturalCentres Topic = "cultural_centres"            // cultural centres abroad
	TopicCulturalWeeks   Topic = "cultural_weeks"              // cultural weeks, days and seasons
	TopicExchange        Topic = "exchange_programmes"         // exchange programmes and agreements on them
	TopicIntlOrgs        Topic = "international_organizations" // cooperation within UNESCO, ICESCO and the like
	TopicReligion        Topic = "religion"                    // religious heritage and dialogue
	TopicBilateral       Topic = "bilateral_relations"         // the relationship as a whole, anniversaries
	// TopicOther stands for subjects a source mentions without naming
	// them: "a number of other important issues were also discussed".
	TopicOther Topic = "other"
)

// Domain is a domain of cultural activity. The first six are the
// cultural domains of UNESCO's Framework for Cultural Statistics (2009),
// A to F; the rest are the transversal and related fields the Framework
// and articles on cultural relations add. The zero value is not valid.
type Domain string

// The domains, in the Framework's order.
const (
	// DomainHeritage (A): museums, archaeological and historical places,
	// cultural landscapes, natural heritage; archives and libraries are
	// counted here too.
	DomainHeritage Domain = "cultural_and_natural_heritage"
	// DomainPerformance (B): performing arts, music, festivals, fairs and
	// feasts.
	DomainPerformance Domain = "performance_and_celebration"
	// DomainVisualArts (C): fine arts, photography, crafts.
	DomainVisualArts Domain = "visual_arts_and_crafts"
	// DomainBooks (D): books, newspapers and magazines, book fairs.
	DomainBooks Domain = "books_and_press"
	// DomainAudiovisual (E): film and video, television and radio,
	// internet broadcasting, video games.
	DomainAudiovisual Domain = "audiovisual_and_interactive_media"
	// DomainDesign (F): fashion, graphic and interior design, architecture,
	// advertising.
	DomainDesign Domain = "design_and_creative_services"
	// DomainIntangible: intangible cultural heritage (oral traditions and
	// expressions, rituals, languages, social practices), transversal to
	// the domains A to F.
	DomainIntangible Domain = "intangible_cultural_heritage"
	// DomainEducation: education and training, transversal.
	DomainEducation Domain = "education_and_training"
	// DomainIntellectualProperty: copyright and related rights,
	// transversal.
	DomainIntellectualProperty Domain = "intellectual_property"
	// DomainTourism: tourism, a related domain of the Framework.
	DomainTourism Domain = "tourism"
	// DomainSports: sports and recreation, a related domain of the
	// Framework; youth with them.
	DomainSports Domain = "sports_and_recreation"
	// DomainRelations: cultural relations as such, outside the
	// Framework: exchanges, cultural centres, twinning, the relationship
	// as a whole.
	DomainRelations Domain = "cultural_relations"
)

// topicTable lists every topic with its domain, in the order of
// declaration; it is the one list the vocabulary is read from.
var topicTable = [...]struct {
	t Topic
	d Domain
}{
	{TopicHeritage, DomainHeritage}, {TopicMuseums, DomainHeritage}, {TopicArchives, DomainHeritage}, {TopicLibraries, DomainHeritage},
	{TopicMusic, DomainPerformance}, {TopicTheatre, DomainPerformance}, {TopicDance, DomainPerformance}, {TopicFestivals, DomainPerformance},
	{TopicVisualArts, DomainVisualArts}, {TopicPhotography, DomainVisualArts}, {TopicCrafts, DomainVisualArts},
	{TopicLiterature, DomainBooks}, {TopicBooks, DomainBooks},
	{TopicCinema, DomainAudiovisual}, {TopicMedia, DomainAudiovisual},
	{TopicDesign, DomainDesign},
	{TopicIntangibleHeritage, DomainIntangible}, {TopicLanguage, DomainIntangible},
	{TopicEducation, DomainEducation},
	{TopicCopyright, DomainIntellectualProperty},
	{TopicTourism, DomainTourism},
	{TopicSports, DomainSports},
	{TopicTwinning, DomainRelations}, {TopicCulturalCentres, DomainRelations}, {TopicCulturalWeeks, DomainRelations},
	{TopicExchange, DomainRelations}, {TopicIntlOrgs, DomainRelations}, {TopicReligion, DomainRelations},
	{TopicBilateral, DomainRelations}, {TopicOther, DomainRelations},
}

var domains = [...]Domain{
	DomainHeritage, DomainPerformance, DomainVisualArts, DomainBooks, DomainAudiovisual, DomainDesign,
	DomainIntangible, DomainEducation, DomainIntellectualProperty, DomainTourism, DomainSports, DomainRelations,
}

// Topics returns every Topic, in the order of their declaration.
func Topics() []Topic {
	out := make([]Topic, len(topicTable))
	for i, e := range topicTable {
		out[i] = e.t
	}
	return out
}

// Valid reports whether t is one of the Topic constants.
func (t Topic) Valid() bool { return t.Domain() != "" }

// Domain returns the domain t belongs to, "" if t is not a topic.
func (t Topic) Domain() Domain {
	for _, e := range topicTable {
		if e.t == t {
			return e.d
		}
	}
	return ""
}

// Domains returns every Domain, in the Framework's order.
func Domains() []Domain { return slices.Clone(domains[:]) }

// Valid reports whether d is one of the Domain constants.
func (d Domain) Valid() bool { return slices.Contains(domains[:], d) }

// Topics returns the topics of domain d, in the order of their
// declaration.
func (d Domain) Topics() []Topic {
	var out []Topic
	for _, e := range topicTable {
		if e.d == d {
			out = append(out, e.t)
		}
	}
	return out
}

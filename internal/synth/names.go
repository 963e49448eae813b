package synth

import (
	"slices"
	"strings"

	"github.com/amitydata/amity/events"
)

// The syllable tables names are made of.
var (
	onsets = []string{"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
		"sh", "kh", "ch", "y", "", "", "r", "l", "n", "m", "t"}
	nuclei = []string{"a", "a", "e", "i", "o", "u", "a", "e", "i", "o", "ia"}
	codas  = []string{"", "", "", "", "n", "r", "l", "s", "m", "d"}
	// familySuffixes end family names; a few carry diacritics, so that
	// names fold ("Petrović", "Aydınoğlu").
	familySuffixes = []string{"ov", "ev", "ova", "ian", "yan", "i", "ani", "ez", "escu", "sson",
		"ović", "ski", "zadeh", "oğlu", "ou", "ez", "", "", "", ""}
	citySuffixes = []string{"abad", "grad", "ville", "burg", "pol", "kent", "a", "", "", "ia"}
)

// syllables returns n syllables of the tables, the last closed by a coda
// now and then, the first letter in upper case.
func syllables(x *rng, n int) string {
	var b strings.Builder
	b.Grow(4 * n)
	for range n {
		b.WriteString(pick(x, onsets))
		b.WriteString(pick(x, nuclei))
	}
	b.WriteString(pick(x, codas))
	return capitalize(b.String())
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// givenName, familyName and cityName draw names of their kind.
func givenName(x *rng) string  { return syllables(x, x.between(2, 3)) }
func familyName(x *rng) string { return syllables(x, x.between(1, 2)) + pick(x, familySuffixes) }
func cityName(x *rng) string   { return syllables(x, 2) + pick(x, citySuffixes) }

// alias returns another spelling of name, as transliterations give:
// "ou" for "u", "y" for "i", "h" for "kh", "off" for a final "ov"; or, if
// none applies, the given name shortened to its initial.
func alias(name string) string {
	for _, r := range [...][2]string{{"kh", "h"}, {"u", "ou"}, {"i", "y"}, {"sh", "sch"}, {"ov", "off"}} {
		if strings.Contains(name[1:], r[0]) {
			i := 1 + strings.Index(name[1:], r[0])
			return name[:i] + r[1] + name[i+len(r[0]):]
		}
	}
	if given, family, ok := strings.Cut(name, " "); ok {
		return given[:1] + ". " + family
	}
	return name + "e"
}

// cyrillic transliterates a name of the syllable tables into Cyrillic,
// leaving other letters as they are.
func cyrillic(name string) string {
	var b strings.Builder
	b.Grow(2 * len(name))
	for i := 0; i < len(name); i++ {
		if i+1 < len(name) {
			k := slices.IndexFunc(cyrillicPairs, func(p [2]string) bool { return p[0] == name[i:i+2] })
			if k >= 0 {
				b.WriteString(cyrillicPairs[k][1])
				i++
				continue
			}
		}
		c := name[i]
		upper := 'A' <= c && c <= 'Z'
		if upper {
			c += 'a' - 'A'
		}
		r := ""
		if 'a' <= c && c <= 'z' {
			r = cyrillicLetters[c-'a']
		}
		switch {
		case r == "":
			b.WriteByte(name[i])
		case upper:
			b.WriteString(strings.ToUpper(r))
		default:
			b.WriteString(r)
		}
	}
	return b.String()
}

var (
	cyrillicPairs = [][2]string{{"sh", "ш"}, {"Sh", "Ш"}, {"kh", "х"}, {"Kh", "Х"}, {"ch", "ч"}, {"Ch", "Ч"},
		{"ou", "у"}, {"ia", "я"}, {"ya", "я"}, {"Ya", "Я"}}
	// cyrillicLetters holds the letters a to z, "" for none.
	cyrillicLetters = [26]string{"а", "б", "к", "д", "е", "ф", "г", "х", "и", "дж", "к", "л", "м", "н", "о",
		"п", "", "р", "с", "т", "у", "в", "в", "", "й", "з"}
)

// slug returns s in lower case with runs of other characters than ASCII
// letters and digits turned into one hyphen, for URLs.
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteByte(c)
		default:
			hyphen = true
		}
	}
	return b.String()
}

// acronym returns the initials of the words of name that begin with an
// upper-case letter: "International Theatre Council" gives "ITC".
func acronym(name string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// topicWeight weighs the topics: the arts and the relationship as a
// whole most, "other" least. Every topic of events.Topics has a weight.
var topicWeight = map[events.Topic]int{
	events.TopicHeritage: 7, events.TopicMuseums: 4, events.TopicArchives: 2, events.TopicLibraries: 2,
	events.TopicMusic: 8, events.TopicTheatre: 5, events.TopicDance: 3, events.TopicFestivals: 7,
	events.TopicVisualArts: 6, events.TopicPhotography: 2, events.TopicCrafts: 3,
	events.TopicLiterature: 8, events.TopicBooks: 5,
	events.TopicCinema: 9, events.TopicMedia: 3,
	events.TopicDesign:             2,
	events.TopicIntangibleHeritage: 3, events.TopicLanguage: 3,
	events.TopicEducation: 6,
	events.TopicCopyright: 1,
	events.TopicTourism:   5,
	events.TopicSports:    3,
	events.TopicTwinning:  2, events.TopicCulturalCentres: 3, events.TopicCulturalWeeks: 4, events.TopicExchange: 8,
	events.TopicIntlOrgs: 4, events.TopicReligion: 2, events.TopicBilateral: 10, events.TopicOther: 1,
}

// allTopics are the topics of events.Topics, and topicWeights their
// weights, in that order.
var allTopics, topicWeights = func() ([]events.Topic, []int) {
	ts := events.Topics()
	ws := make([]int, len(ts))
	for i, t := range ts {
		ws[i] = topicWeight[t]
	}
	return ts, ws
}()

// topicPhrase says what a topic is about, for statements and summaries.
func topicPhrase(t events.Topic) string {
	switch t {
	case events.TopicLiterature:
		return "literary translation and exchanges of writers"
	case events.TopicCinema:
		return "joint film production"
	case events.TopicMusic:
		return "tours of musicians and joint concerts"
	case events.TopicFestivals:
		return "film and music festivals"
	case events.TopicBooks:
		return "the book industry and book fairs"
	case events.TopicVisualArts:
		return "exhibitions of painting and sculpture"
	case events.TopicTheatre:
		return "theatre tours and joint productions"
	case events.TopicHeritage:
		return "the restoration of historical monuments"
	case events.TopicTwinning:
		return "the twinning of cities"
	case events.TopicCulturalCentres:
		return "opening cultural centres"
	case events.TopicCulturalWeeks:
		return "holding cultural weeks"
	case events.TopicExchange:
		return "the programme of cultural exchange"
	case events.TopicIntlOrgs:
		return "joint work within international organizations"
	case events.TopicEducation:
		return "scholarships and university exchanges"
	case events.TopicLanguage:
		return "teaching each other's languages"
	case events.TopicMedia:
		return "cooperation between news agencies"
	case events.TopicTourism:
		return "cultural tourism"
	case events.TopicReligion:
		return "dialogue between religious communities"
	case events.TopicSports:
		return "youth and sports exchanges"
	case events.TopicBilateral:
		return "the development of bilateral relations"
	case events.TopicMuseums:
		return "exchanges between museums"
	case events.TopicArchives:
		return "cooperation between state archives"
	case events.TopicLibraries:
		return "exchanges of books between national libraries"
	case events.TopicDance:
		return "tours of dance ensembles"
	case events.TopicPhotography:
		return "joint photography exhibitions"
	case events.TopicCrafts:
		return "folk and applied arts"
	case events.TopicDesign:
		return "architecture and design"
	case events.TopicIntangibleHeritage:
		return "safeguarding intangible cultural heritage"
	case events.TopicCopyright:
		return "the protection of copyright"
	}
	return "a number of other issues"
}

// verbs are the reporting verbs of statements, with their weights.
var (
	verbs = []events.Verb{events.VerbSaid, events.VerbStressed, events.VerbUnderlined, events.VerbNoted,
		events.VerbTouchedOn, events.VerbSpokeAbout, events.VerbDiscussed, events.VerbSuggested,
		events.VerbProposed, events.VerbAgreed, events.VerbAnnounced, events.VerbExpressed,
		events.VerbInvited, events.VerbThanked}
	verbWeights = []int{10, 10, 6, 8, 4, 6, 6, 7, 7, 5, 3, 5, 3, 3}
)

// bySides reports whether statements with verb v are made by "the sides",
// with a speaker of each state.
func bySides(v events.Verb) bool { return v == events.VerbDiscussed || v == events.VerbAgreed }

// proposes reports whether statements with verb v put something forward.
func proposes(v events.Verb) bool { return v == events.VerbProposed || v == events.VerbSuggested }

// statementText returns the summary of a statement by speaker, with other
// the speaker's counterpart, about the topic phrase p.
func statementText(v events.Verb, speaker, other, p string) string {
	switch v {
	case events.VerbSaid:
		return speaker + " said that cooperation in " + p + " was developing successfully."
	case events.VerbStressed:
		return speaker + " stressed the importance of " + p + "."
	case events.VerbUnderlined:
		return speaker + " underlined the potential of " + p + "."
	case events.VerbNoted:
		return speaker + " noted the progress made in " + p + "."
	case events.VerbTouchedOn:
		return speaker + " touched upon " + p + "."
	case events.VerbSpokeAbout:
		return speaker + " spoke about " + p + "."
	case events.VerbDiscussed:
		return "The sides discussed " + p + "."
	case events.VerbSuggested:
		return speaker + " suggested expanding " + p + "."
	case events.VerbProposed:
		return speaker + " proposed a joint plan on " + p + "."
	case events.VerbAgreed:
		return "The sides agreed to continue " + p + "."
	case events.VerbAnnounced:
		return speaker + " announced new projects in " + p + "."
	case events.VerbExpressed:
		return speaker + " expressed interest in " + p + "."
	case events.VerbInvited:
		return speaker + " invited " + other + " to take part in " + p + "."
	}
	return speaker + " thanked " + other + " for the hospitality."
}

// quotes are what speakers are quoted as saying.
var quotes = []string{
	"We are ready to expand our cooperation in every field of culture.",
	"Culture brings our peoples closer together.",
	"This year will open a new page in our cultural relations.",
	"We attach great importance to these projects.",
}

// Portfolios of ministries by their rank in the state, with the field the
// ministry's name gives; ranks beyond the list take otherFields.
var (
	ministryFields = []string{"Culture", "Foreign Affairs", "Education", "Tourism", "Youth and Sports",
		"Science", "Information", "Religious Affairs", "Economy"}
	otherFields = []string{"Labour", "Health", "Justice", "Finance", "Agriculture", "Transport",
		"Energy", "Environment", "Digital Development", "Family Affairs"}
)

// The titles of the positions of a ministry, by position, with their
// field appended.
var positionTitles = []string{"Minister of ", "Deputy Minister of ", "First Deputy Minister of ",
	"Head of International Relations, Ministry of "}

// Patterns of the names of organizations, by kind; "#" is a made-up name.
var (
	igoPatterns = []string{"International # Council for Culture", "# Union of Cultural Cooperation",
		"Organization of # States for Culture", "# Heritage Foundation", "# Forum of Cultural Ministers",
		"International Organization for # Studies"}
	// nationalKinds are the kinds of national organizations, with
	// weights and the patterns of their names.
	nationalKinds = []string{"government_agency", "cultural_institution", "educational", "non_governmental", "media", "religious",
		"legislature", "subnational_authority", "diplomatic_mission", "ensemble", "government"}
	nationalWeights  = []int{3, 6, 3, 3, 2, 1, 1, 1, 2, 1, 1}
	nationalPatterns = [][]string{
		{"# Agency for Cultural Relations", "# Cultural Heritage Authority", "# Film Agency"},
		{"# National Library", "# State Theatre", "# Museum of Fine Arts", "# Philharmonic"},
		{"# University of Arts", "# Conservatory", "# Academy of Sciences"},
		{"# Cultural Foundation", "# Writers' Union", "# Society of Friendship"},
		{"# News Agency", "# Broadcasting Company", "# Daily"},
		{"# Council of Religious Affairs", "# Religious Board"},
		{"# Parliament Committee on Culture"},
		{"# City Council", "# Regional Administration"},
		{"Embassy of #"}, // named by its states
		{"# State Dance Ensemble", "# Chamber Orchestra", "# Folk Choir"},
		{"Government of #"}, // named by its state
	}
)

// honorifics are the forms of address sources put before a name.
var honorifics = []string{"H.E.", "Dr.", "Prof."}

// clock draws a time of day of publication: "09:40", and now and then
// with seconds or a UTC offset.
func clock(x *rng) string {
	b := make([]byte, 0, 14)
	two := func(n int) { b = append(b, byte('0'+n/10), byte('0'+n%10)) }
	two(x.between(6, 22))
	b = append(b, ':')
	two(x.IntN(60))
	if x.chance(0.1) {
		b = append(b, ':')
		two(x.IntN(60))
	}
	switch x.weighted([]int{6, 1, 3}) {
	case 1:
		b = append(b, 'Z')
	case 2:
		b = append(b, '+')
		two(x.between(1, 5))
		b = append(b, ":00"...)
	}
	return string(b)
}

// Publishers of sources, "#" a made-up name, and their languages.
var (
	publisherPatterns = []string{"# News", "The # Times", "# Press Agency", "# Daily", "# Telegraph", "# Herald",
		"# Review", "# Observer"}
	languages       = []string{"en", "en", "en", "en", "fr", "ru", "ar", "es", "fa", "az", "tr", "zh"}
	headlineAfter   = []string{" on the agenda", " discussed in talks", ": new prospects", " to be expanded"}
	headlineSubject = []string{"Cultural cooperation", "Film cooperation", "Heritage projects", "Cultural exchange",
		"Book fair plans", "Cultural weeks", "Music festival plans"}
)

// Initiatives: the kinds drawn, with weights, and the titles of each.
var (
	initiativeKinds   = []string{"exchange_programme", "cultural_centre", "festival", "cultural_week", "arts_exchange", "sectoral_cooperation", "twinning", "joint_work", "agreement", "heritage_and_restoration", "domestic_programme", "other"}
	initiativeWeights = []int{12, 6, 10, 10, 6, 8, 4, 5, 8, 5, 2, 2}
)

// initiativeTitle returns the title of an initiative of kind k between
// states named a and b, about topic t; city is a city of b.
func initiativeTitle(k, a, b string, t events.Topic, city string) string {
	switch k {
	case "exchange_programme":
		return "Programme of cultural exchange between " + a + " and " + b
	case "cultural_centre":
		return a + " Cultural Centre in " + city
	case "festival":
		return "Festival of " + a + " culture in " + city
	case "cultural_week":
		return "Days of " + a + " culture in " + b
	case "arts_exchange":
		return "Exchange of exhibitions between " + a + " and " + b
	case "twinning":
		return "Twinning of " + city + " with a city of " + a
	case "joint_work":
		return "Joint work of " + a + " and " + b + " in international organizations"
	case "agreement":
		return "Agreement on cooperation in " + topicPhrase(t) + " between " + a + " and " + b
	case "heritage_and_restoration":
		return "Joint restoration of monuments in " + city
	case "domestic_programme":
		return "Programme of " + a + " for " + topicPhrase(t)
	}
	return "Cooperation of " + a + " and " + b + " in " + topicPhrase(t)
}

// assessments are what sources say of talks in their own voice.
var assessments = []string{
	"The talks were held in a warm and friendly atmosphere.",
	"The meeting took place in a constructive spirit.",
	"The visit opened a new stage in the cultural relations of the two states.",
}

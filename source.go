package amity

import (
	"cmp"
	"maps"
	"net/url"
	"slices"
	"strings"
)

// SourceID identifies a [Source]. Like every ID in amity it is 1 to 128
// bytes of ASCII letters, digits and the separators '-', '_', '.' and ':',
// beginning and ending with a letter or digit (see [ValidID]).
type SourceID string

// Source is a citation: an article, a report, a press release, or an
// institution whose statement an article relays. Entities, statements and
// initiatives cite sources by ID, so one source serves many facts.
//
// The seed article of this project is a Source with publisher "Azernews",
// author "Laman Ismayilova", published "2022-06-22", which Cites the
// Source for the Azerbaijani Culture Ministry it relays.
type Source struct {
	// ID identifies the source. Required; see [SourceID].
	ID SourceID `json:"id" validate:"required,id"`
	// Title is the headline or title. Optional; one line, at most 512 characters.
	Title string `json:"title,omitzero" validate:"omitempty,max=512,line"`
	// Publisher is the outlet or institution that published the source, or
	// that made the statement: "Azernews", "Ministry of Culture of the
	// Republic of Azerbaijan". Required; one line, at most 512 characters.
	Publisher string `json:"publisher" validate:"required,max=512,line"`
	// Author is the byline. Optional; one line, at most 512 characters.
	Author string `json:"author,omitzero" validate:"omitempty,max=512,line"`
	// URL locates the source. Optional; an absolute http or https URL, at
	// most 2048 bytes.
	URL string `json:"url,omitzero" validate:"omitempty,max=2048,httpurl"`
	// Published is the date of publication. Optional.
	Published Date `json:"published,omitzero"`
	// Time is the time of day of publication, when the source gives it:
	// "14:05", "14:05:30", with a UTC offset "14:05+04:00" or "14:05Z"
	// where the source gives the zone. Optional; only with Published;
	// see [ValidClock].
	Time string `json:"time,omitzero" validate:"excluded_without=Published,omitempty,clock"`
	// Language is the BCP 47 tag of the source's language ("en"). Optional.
	Language string `json:"language,omitzero" validate:"omitempty,lang"`
	// Cites lists the sources this one relays, in the order it gives them:
	// "Azernews reports citing the Azerbaijani Culture Ministry". Optional;
	// each must be the ID of another source in the dataset.
	Cites []SourceID `json:"cites,omitzero" validate:"omitempty,max=64,unique,dive,required,id"`
	// Note says what a reader should know about the source, in a sentence
	// or two. Optional; at most 4096 characters.
	Note string `json:"note,omitzero" validate:"omitempty,max=4096,text"`
}

// Validate checks the rules stated on each field and returns a
// [*ValidationError] listing every problem, or nil.
func (s Source) Validate() error {
	return AsError(CheckStruct(s))
}

// FieldSources cite sources for single fields of an entity, where those
// facts come from other sources than the entity's own: a meeting whose
// article does not give the date, dated by another report, has
// FieldSources{"date": {"other-report"}}. Keys are the JSON names of the
// entity's fields; each must name a field the entity has. Values are
// source IDs, at least one each.
type FieldSources map[string][]SourceID

// Fields returns the field names in sorted order.
func (fs FieldSources) Fields() []string { return sortedKeys(fs) }

// AppendFields appends the field names to dst in sorted order, and
// returns the extended slice: the names of Fields, in memory the caller
// may use again for the next entity.
func (fs FieldSources) AppendFields(dst []string) []string {
	n := len(dst)
	for f := range fs {
		dst = append(dst, f)
	}
	slices.Sort(dst[n:])
	return dst
}

// For returns the sources cited for field, nil if none.
func (fs FieldSources) For(field string) []SourceID { return fs[field] }

// ValidID reports whether s is a valid ID: 1 to 128 bytes of ASCII letters,
// digits and the separators '-', '_', '.' and ':', beginning and ending
// with a letter or digit. IDs are case-sensitive.
func ValidID(s string) bool {
	if len(s) == 0 || len(s) > 128 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-' || c == '_' || c == '.' || c == ':':
			if i == 0 || i == len(s)-1 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// ValidHTTPURL reports whether s is an absolute http or https URL with a
// host, with no spaces or control characters.
func ValidHTTPURL(s string) bool {
	if !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] == 0x7f {
			return false
		}
	}
	u, err := url.Parse(s)
	return err == nil && u.Host != "" && u.Hostname() != ""
}

// ValidLanguageTag reports whether s has the form of a BCP 47 language
// tag: a primary language subtag of 2 or 3 lower-case letters, then
// subtags of 1 to 8 letters or digits joined by hyphens ("az", "fa",
// "az-Cyrl", "en-GB"). It checks the form only, not the registry.
func ValidLanguageTag(s string) bool {
	if len(s) < 2 || len(s) > 35 {
		return false
	}
	for i, part := range strings.Split(s, "-") {
		if i == 0 {
			if len(part) < 2 || len(part) > 3 {
				return false
			}
			for j := 0; j < len(part); j++ {
				if part[j] < 'a' || part[j] > 'z' {
					return false
				}
			}
			continue
		}
		if len(part) < 1 || len(part) > 8 {
			return false
		}
		for j := 0; j < len(part); j++ {
			c := part[j]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				return false
			}
		}
	}
	return true
}

// ValidClock reports whether s is a time of day as ISO 8601 writes it in
// extended format: hours and minutes "14:05", or with seconds
// "14:05:30", then optionally "Z" or a UTC offset "+04:00".
func ValidClock(s string) bool {
	hm := func(s string, hi byte) bool {
		return len(s) == 2 && s[0] >= '0' && s[0] <= hi && s[1] >= '0' && s[1] <= '9' && (s[0] < hi || hi != '2' || s[1] <= '3')
	}
	zone := ""
	if i := strings.IndexAny(s, "Z+-"); i >= 0 {
		s, zone = s[:i], s[i:]
	}
	switch {
	case zone == "" || zone == "Z":
	case len(zone) == 6 && zone[3] == ':' && hm(zone[1:3], '2') && hm(zone[4:6], '5'):
	default:
		return false
	}
	switch len(s) {
	case 5:
		return s[2] == ':' && hm(s[:2], '2') && hm(s[3:5], '5')
	case 8:
		return s[2] == ':' && s[5] == ':' && hm(s[:2], '2') && hm(s[3:5], '5') && hm(s[6:8], '5')
	}
	return false
}

// ValidQID reports whether s is a Wikidata item ID: "Q" and a number
// without leading zeros ("Q227" for Azerbaijan).
func ValidQID(s string) bool {
	if len(s) < 2 || len(s) > 12 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func sortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}

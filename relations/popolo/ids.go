package popolo

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
)

// newID returns the amity ID for an object whose Popolo id is id, made
// valid and unique where it is not, with the change reported.
func (im *importer) newID(path amity.Path, id string) string {
	if amity.ValidID(id) && !im.taken[id] {
		im.taken[id] = true
		return id
	}
	made := slug(id)
	if made == "" || im.taken[made] || len(made) > 128 {
		made = hashID("popolo", path.String()+"\x00"+id, im.taken)
	}
	im.taken[made] = true
	switch {
	case id == "":
		im.rep.filled(path, "", "no id: "+made)
	case im.taken[id] && amity.ValidID(id):
		im.rep.filled(path.Child("id"), id, "ID used already: "+made)
	default:
		im.rep.filled(path.Child("id"), id, "not an amity ID: "+made)
	}
	return made
}

// slug turns s into an amity ID where it can: runs of characters an ID
// cannot hold become '-', and the ends are trimmed to a letter or digit.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '_', c == '.', c == ':':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteByte(c)
		default:
			dash = true
		}
	}
	return strings.Trim(b.String(), "-_.:")
}

// hashID returns prefix and 16 hex digits of the hash of s, not yet taken.
func hashID(prefix, s string, taken map[string]bool) string {
	for i := 0; ; i++ {
		sum := sha256.Sum256([]byte(s + strconv.Itoa(i)))
		id := prefix + "-" + hex.EncodeToString(sum[:8])
		if !taken[id] {
			return id
		}
	}
}

// SourceID returns the ID Import gives the source at rawURL: its host
// and path, with characters an ID cannot hold made '-' ("it.icro.ir-About-us"
// for "https://it.icro.ir/About-us"); a hash of the URL when that is empty
// or longer than 128 bytes.
func SourceID(rawURL string) amity.SourceID {
	s := rawURL
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		s = u.Host + u.EscapedPath()
		if u.RawQuery != "" {
			s += "-" + u.RawQuery
		}
	}
	id := slug(s)
	if id == "" || len(id) > 128 {
		sum := sha256.Sum256([]byte(rawURL))
		id = "url-" + hex.EncodeToString(sum[:8])
	}
	return amity.SourceID(id)
}

package main

import (
	"fmt"

	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/relations"
)

// known checks that id names an entity of kind k in d, the dataset read
// from file. If not, it says so on standard error, with the entity it
// may have meant, and returns false.
func known(e env, d *relations.Dataset, file string, k relations.Kind, id string) bool {
	if got, ok := d.KindOf(id); ok && got == k {
		return true
	}
	msg := fmt.Sprintf("amity: %s: no %s has the ID %q", file, k, id)
	if s := suggest(d, k, id); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	fmt.Fprintln(e.stderr, msg)
	return false
}

// suggest returns the ID of an entity of kind k that id may have meant:
// one named id (in any case, spelling or language its names have), or
// one whose ID is a short edit away; "" if there is none.
func suggest(d *relations.Dataset, k relations.Kind, id string) string {
	for m := range d.Find(id) {
		if m.Kind == k {
			return m.ID
		}
	}
	r := d.Records()
	var ids []string
	switch k {
	case relations.KindState:
		for _, s := range r.States {
			ids = append(ids, string(s.ID))
		}
	case relations.KindOfficial:
		for _, o := range r.Officials {
			ids = append(ids, string(o.ID))
		}
	}
	return jsoncodec.Nearest(id, ids)
}

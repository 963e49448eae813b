package popolo_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/rulegen"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/popolo"
)

// TestImportSourcesCapped checks that a record whose sources come from
// more places than a record may hold — a party post given by many terms,
// a group by many memberships, a membership listing many — keeps as many
// as it may, in the order they come, and the report names each source
// left out: the records validate.
func TestImportSourcesCapped(t *testing.T) {
	const n = 70
	var persons, members []string
	sources := func(i, k int) string {
		var s []string
		for j := range k {
			s = append(s, fmt.Sprintf(`{"url": "https://a.example/%d-%d", "note": "A"}`, i, j))
		}
		return "[" + strings.Join(s, ",") + "]"
	}
	for i := range n {
		persons = append(persons, fmt.Sprintf(`{"id": "g%d", "name": "G%d"}`, i, i))
		// each term of p, on behalf of party P, with a source of its own
		members = append(members, fmt.Sprintf(`{"person_id": "p", "organization_id": "l", "role": "member", "on_behalf_of_id": "P", "legislative_period_id": "t1", "sources": %s}`, sources(i, 1)))
		// each member of group d, with a source of its own
		members = append(members, fmt.Sprintf(`{"person_id": "g%d", "organization_id": "d", "role": "member", "sources": %s}`, i, sources(100+i, 1)))
	}
	// one membership with n sources of its own
	members = append(members, fmt.Sprintf(`{"person_id": "q", "organization_id": "l", "role": "member", "sources": %s}`, sources(200, n)))
	in := `{
  "persons": [{"id": "p", "name": "A"}, {"id": "q", "name": "B"}, ` + strings.Join(persons, ",") + `],
  "organizations": [
    {"id": "l", "name": "L", "classification": "legislature"},
    {"id": "P", "name": "P", "classification": "party"},
    {"id": "d", "name": "D", "classification": "group:delegation"}
  ],
  "memberships": [` + strings.Join(members, ",\n") + `],
  "events": [{"id": "t1", "classification": "legislative period", "start_date": "2015-03-30", "end_date": "2019-03-03"}]
}`
	r, rep, err := popolo.Import(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if err := relations.Validate(&r); err != nil {
		t.Fatalf("the records do not validate: %v", err)
	}
	// The first 64 of each record's sources, in the order they come.
	first := func(id func(j int) string) []amity.SourceID {
		var l []amity.SourceID
		for j := range 64 {
			l = append(l, amity.SourceID(id(j)))
		}
		return l
	}
	want := map[string][]amity.SourceID{
		"party post of p": first(func(j int) string { return fmt.Sprintf("a.example-%d-0", j) }),
		"group d":         first(func(j int) string { return fmt.Sprintf("a.example-%d-0", 100+j) }),
		"post of q":       first(func(j int) string { return fmt.Sprintf("a.example-200-%d", j) }),
	}
	got := map[string][]amity.SourceID{"group d": r.Groups[0].Sources}
	for _, o := range r.Officials {
		for _, p := range o.Posts {
			switch {
			case o.ID == "p" && p.Organization == "P":
				got["party post of p"] = p.Sources
			case o.ID == "q":
				got["post of q"] = p.Sources
			}
		}
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	var left []string
	for _, it := range rep.Unmapped {
		if strings.HasSuffix(it.Detail, "left out") {
			left = append(left, it.Path.String()+" "+it.Value)
		}
	}
	var wantLeft []string
	for i := 64; i < n; i++ {
		wantLeft = append(wantLeft, fmt.Sprintf("memberships[%d].sources a.example-%d-0", 2*i, i),
			fmt.Sprintf("memberships[%d].sources a.example-%d-0", 2*i+1, 100+i))
	}
	for j := 64; j < n; j++ {
		wantLeft = append(wantLeft, fmt.Sprintf("memberships[%d].sources[%d] a.example-200-%d", 2*n, j, j))
	}
	slices.Sort(left)
	slices.Sort(wantLeft)
	if diff := gocmp.Diff(wantLeft, left); diff != "" {
		t.Errorf("sources left out, by the report (-want +got):\n%s", diff)
	}
}

// TestMaxSources checks that every list of sources in the model holds at
// most as many as Import keeps: the cap it reads from one rule is that of
// every record.
func TestMaxSources(t *testing.T) {
	want := popolo.MaxSources()
	n := 0
	for _, typ := range rulegen.Reachable() {
		if typ.Kind() != reflect.Struct {
			continue
		}
		for f := range typ.Fields() {
			if f.Type != reflect.TypeFor[[]amity.SourceID]() {
				continue
			}
			n++
			rule, _, _ := strings.Cut(f.Tag.Get("validate"), ",dive")
			if !slices.Contains(strings.Split(rule, ","), fmt.Sprintf("max=%d", want)) {
				t.Errorf("%s.%s: rule %q, want max=%d", typ, f.Name, f.Tag.Get("validate"), want)
			}
		}
	}
	if n < 10 {
		t.Errorf("%d lists of sources found in the model, want many more", n)
	}
}

package naive_test

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/naive"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// jsonl returns r as amity writes it.
func jsonl(t *testing.T, r *relations.Records) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := relations.WriteJSONL(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestValidateLikeAmity checks that the baseline finds valid the
// archives amity finds valid, reads every record, and indexes each
// meeting under every pair of its states, as amity's MeetingsBetween
// finds them.
func TestValidateLikeAmity(t *testing.T) {
	for name, r := range archives() {
		t.Run(name, func(t *testing.T) {
			data := jsonl(t, &r)
			d, err := relations.ReadJSONL(bytes.NewReader(data), relations.ReadOptions{})
			if err != nil {
				t.Fatalf("ReadJSONL: %v", err)
			}
			a, problems, err := naive.Validate(bytes.NewReader(data))
			if err != nil || len(problems) > 0 {
				t.Fatalf("naive.Validate: %v %v", problems, err)
			}
			if a.Records.Len() != r.Len() {
				t.Errorf("naive.Validate reads %d records, want %d", a.Records.Len(), r.Len())
			}
			for _, s := range r.States {
				for _, u := range r.States {
					if s.ID >= u.ID {
						continue
					}
					var want []string
					for m := range d.MeetingsBetween(s.ID, u.ID, relations.Period{}) {
						want = append(want, string(m.ID))
					}
					var got []string
					for _, i := range a.Between(u.ID, s.ID) {
						got = append(got, string(a.Records.Meetings[i].ID))
					}
					slices.Sort(want)
					slices.Sort(got)
					if !slices.Equal(want, got) {
						t.Fatalf("meetings between %s and %s: naive %v, amity %v", s.ID, u.ID, got, want)
					}
				}
			}
		})
	}
}

// corruption changes the first line of an entity kind that it changes,
// so that the line breaks one check; the baseline must report it there
// with a message holding want.
type corruption struct {
	name string
	kind relations.Kind
	edit func(string) string
	want string
}

// replace returns an edit that replaces the first match of pattern with
// repl, which may refer to the groups of the match as $1.
func replace(pattern, repl string) func(string) string {
	re := regexp.MustCompile(pattern)
	return func(line string) string {
		loc := re.FindStringSubmatchIndex(line)
		if loc == nil {
			return line
		}
		return line[:loc[0]] + string(re.ExpandString(nil, repl, line, loc)) + line[loc[1]:]
	}
}

// absentState returns a state code that is valid but not a state of r.
func absentState(t *testing.T, r *relations.Records) string {
	for _, code := range iso3166.Codes() {
		if !slices.ContainsFunc(r.States, func(s orgs.State) bool { return string(s.ID) == code }) {
			return code
		}
	}
	t.Fatal("every state is in the archive")
	return ""
}

func corruptions(absent string) []corruption {
	const m, none = relations.KindMeeting, "no "
	return []corruption{
		{"meeting participant official", m, replace(`"official":"off-`, `"official":"nobody-`), "participant official: " + none + "official"},
		{"meeting participant official of the wrong kind", m, replace(`"official":"(off-[0-9]+)"`, `"official":"$1-p1"`), `names a post, not an official`},
		{"meeting participant post", m, replace(`"post":"off-`, `"post":"nobody-`), "participant post: " + none + "post"},
		{"meeting participant post of another official", m, replace(`"post":"off-[0-9]+-p1"`, `"post":"off-0000-p1"`), "participant post: off-0000-p1 is a post of off-0000"},
		{"meeting participant state", m, replace(`("official":"[^"]+","state":)"[A-Z]{2}"`, `$1"`+absent+`"`), "participant state: " + none + "state"},
		{"meeting participant state not the post's", m, replace(`"state":"([A-Z]{2})","post":"(off-[0-9]+-p1)"\},\{"official":"(off-[0-9]+)","state":"([A-Z]{2})","post":"(off-[0-9]+-p1)"`, `"state":"$4","post":"$2"},{"official":"$3","state":"$1","post":"$5"`), "participant state: "},
		{"meeting participant group", m, replace(`"group":"grp-`, `"group":"nobody-`), "participant group: " + none + "group"},
		{"meeting host", m, replace(`"host":"[A-Z]{2}"`, `"host":"`+absent+`"`), "host: " + none + "state"},
		{"meeting place", m, replace(`("place":\{[^}]*"country":)"[A-Z]{2}"`, `$1"`+absent+`"`), "place country: " + none + "state"},
		{"meeting visit", m, replace(`"visit":"v-`, `"visit":"nobody-`), "visit: " + none + "visit"},
		{"meeting source", m, replace(`"sources":\["src-`, `"sources":["nobody-`), "sources: " + none + "source"},
		{"meeting speaker not a participant", m, replace(`"speakers":\["`, `"speakers":["off-9999","`), "not a participant of the meeting"},
		{"meeting outside its visit and posts", m, replace(`"date":"[0-9-]+"(.*"visit":)`, `"date":"1950-01-01"$1`), "is outside visit"},
		{"meeting ID of a visit", m, replace(`"id":"m-[0-9]+"`, `"id":"v-0000"`), `ID "v-0000" already used by a visit on line `},
		{"ministry state", relations.KindMinistry, replace(`"state":"[A-Z]{2}"`, `"state":"`+absent+`"`), "state: " + none + "state"},
		{"organization member", relations.KindOrganization, replace(`"members":\[\{"state":"[A-Z]{2}"`, `"members":[{"state":"`+absent+`"`), "members state: " + none + "state"},
		{"official post ministry", relations.KindOfficial, replace(`"ministry":"min-`, `"ministry":"nobody-`), "posts ministry: " + none + "ministry"},
		{"official post source", relations.KindOfficial, replace(`"sources":\["src-`, `"sources":["nobody-`), "posts sources: " + none + "source"},
		{"group leader", relations.KindGroup, replace(`"leaders":\["off-`, `"leaders":["nobody-`), "leaders: " + none + "official"},
		{"visit visitor", relations.KindVisit, replace(`"visitors":\["off-`, `"visitors":["nobody-`), "visitors: " + none + "official"},
		{"visit host", relations.KindVisit, replace(`"host":"[A-Z]{2}"`, `"host":"`+absent+`"`), "host: " + none + "state"},
		{"initiative proposer", relations.KindInitiative, replace(`"proposed_by":\["off-`, `"proposed_by":["nobody-`), "proposed_by: " + none + "official"},
		{"initiative meeting", relations.KindInitiative, replace(`"meetings":\["m-`, `"meetings":["nobody-`), "meetings: " + none + "meeting"},
		{"initiative history meeting", relations.KindInitiative, replace(`"meeting":"m-`, `"meeting":"nobody-`), "history meeting: " + none + "meeting"},
		{"initiative agreement", relations.KindInitiative, replace(`"agreements":\["agr-`, `"agreements":["nobody-`), "agreements: " + none + "agreement"},
		{"tie state", relations.KindTie, replace(`"states":\["[A-Z]{2}"`, `"states":["`+absent+`"`), "states: " + none + "state"},
		{"agreement signatory official", relations.KindAgreement, replace(`"official":"off-`, `"official":"nobody-`), "signatories official: " + none + "official"},
		{"agreement signatory post", relations.KindAgreement, replace(`"post":"off-`, `"post":"nobody-`), "signatories post: " + none + "post"},
		{"agreement party", relations.KindAgreement, replace(`"parties":\[\{"ministry":"min-`, `"parties":[{"ministry":"nobody-`), "parties ministry: " + none + "ministry"},
		{"agreement meeting", relations.KindAgreement, replace(`"meeting":"m-`, `"meeting":"nobody-`), "meeting: " + none + "meeting"},
		{"event organiser", relations.KindEvent, replace(`"organisers":\[\{"ministry":"min-`, `"organisers":[{"ministry":"nobody-`), "organisers ministry: " + none + "ministry"},
		{"event meeting", relations.KindEvent, replace(`"meeting":"m-`, `"meeting":"nobody-`), "meeting: " + none + "meeting"},
		{"event history source", relations.KindEvent, replace(`("history":\[\{[^]]*"sources":\[)"src-`, `$1"nobody-`), "history sources: " + none + "source"},
	}
}

// corruptFirst applies c to the first line of its kind that c changes,
// and returns the lines and the number of the line changed.
func corruptFirst(t *testing.T, data []byte, c corruption) ([]byte, int) {
	t.Helper()
	lines := strings.Split(string(data), "\n")
	for i, line := range lines {
		if !strings.HasPrefix(line, `{"entity":"`+string(c.kind)+`"`) {
			continue
		}
		if edited := c.edit(line); edited != line {
			lines[i] = edited
			return []byte(strings.Join(lines, "\n")), i + 1
		}
	}
	t.Fatalf("no %s line to corrupt", c.kind)
	return nil, 0
}

// TestValidateFindsReferences corrupts a valid archive once per kind of
// reference, and checks that the baseline reports the corrupted line,
// and agrees with amity that the archive is no longer valid.
func TestValidateFindsReferences(t *testing.T) {
	r := archives()["generated"]
	data := jsonl(t, &r)
	for _, c := range corruptions(absentState(t, &r)) {
		t.Run(c.name, func(t *testing.T) {
			bad, n := corruptFirst(t, data, c)
			_, problems, err := naive.Validate(bytes.NewReader(bad))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(problems, func(p naive.Problem) bool {
				return p.Line == n && strings.Contains(p.Err.Error(), c.want)
			}) {
				t.Errorf("no problem on line %d holding %q: %v", n, c.want, problems)
			}
			_, err = relations.ReadJSONL(bytes.NewReader(bad), relations.ReadOptions{})
			if err == nil {
				t.Fatalf("ReadJSONL finds valid what naive.Validate does not: %v", problems)
			}
			// Both find problems on the corrupted line, and on no other.
			for _, fe := range amity.Errors(err) {
				if fe.Line != n {
					t.Errorf("ReadJSONL reports line %d, not line %d: %v", fe.Line, n, fe)
				}
			}
			for _, p := range problems {
				if p.Line != n {
					t.Errorf("naive.Validate reports line %d, not line %d: %v", p.Line, n, p.Err)
				}
			}
		})
	}
}

package plover_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/plover"
)

// manualFile is the PLOVER manual the package follows: draft version 2.0,
// openeventdata/PLOVER PLOVER_MANUAL.tex at commit 5e0c24f (see
// testdata/README.md).
const manualFile = "testdata/PLOVER_MANUAL-2.0.tex"

// manual holds the tables of the PLOVER manual that records must conform
// to, as readManual reads them from the LaTeX source.
type manual struct {
	fields     map[string]bool // table "PLOVER JSON": the fields, and whether each is required
	entity     set             // table "Information object for entities"
	location   set             // table "Location object"
	citation   set             // table "Information object for citations"
	categories []string        // the sections of chapter "Event Categories", in order
	quad       map[string]int  // each category's quad category, by its section
	modes      map[string]set  // each category's modes, by its table "CATEGORY modes"
	summary    map[string]int  // each category's quad category, by the table "Quad categories in PLOVER"
	contexts   set             // table "General contexts"
	sectors    set             // table "Sector Codes"
	nonState   set             // table "International Non-state actor names"
}

type set map[string]bool

// The least the manual's tables hold; the manual holds more of each (23
// fields, 16 categories, 37 contexts...), so that a parse that misses
// rows fails.
const (
	minFields     = 20
	minRequired   = 4
	minEntity     = 8
	minLocation   = 12
	minCitation   = 10
	minCategories = 16
	minModes      = 50
	minContexts   = 30
	minSectors    = 20
	minNonState   = 7
)

// extensions are the fields the package writes beyond the manual's, which
// the manual allows and the package documents.
var extensions = set{"cameo": true, "topics": true, "date_precision": true}

var (
	texMacro     = regexp.MustCompile(`\\(?:textbf|plcat|texttt|emph|txt)\{([^{}]*)\}`)
	texHyperref  = regexp.MustCompile(`\\hyperref\[[^\]]*\]\{([^{}]*)\}`)
	texRule      = regexp.MustCompile(`\\(?:hline|cline\{[^}]*\}|endhead|endfoot|endlastfoot|toprule|midrule|bottomrule)`)
	fieldName    = regexp.MustCompile(`^[a-z][a-z_]*$`)
	modeName     = regexp.MustCompile(`^[a-z][a-z-]*$`)
	codeName     = regexp.MustCompile(`^[A-Z]{3}$`)
	categoryName = regexp.MustCompile(`^[A-Z]+$`)
	quadHeading  = regexp.MustCompile(`\\subsection\{Quad category: ([A-Za-z ]+?)\s*\}`)
	modesCaption = regexp.MustCompile(`\\caption\{(?:\\plcat\{)?([A-Z]+)\}? modes`)
	isoDate      = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	iso639       = regexp.MustCompile(`^[a-z]{2}$`)
)

// uncomment removes LaTeX comments: from an unescaped % to the end of its
// line.
func uncomment(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		for j := 0; j < len(l); j++ {
			if l[j] == '%' && (j == 0 || l[j-1] != '\\') {
				lines[i] = l[:j]
				break
			}
		}
	}
	return strings.Join(lines, "\n")
}

// cell returns the text of a table cell: macros such as \textbf{x} and
// \hyperref[...]{x} replaced by x, \_ by _, spaces and ~ trimmed.
func cell(s string) string {
	s = texHyperref.ReplaceAllString(s, "$1")
	s = texMacro.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, `\_`, "_")
	return strings.Trim(s, " \t\n~")
}

// only returns the text of s from its only occurrence of marker; the test
// fails if marker occurs no time or more than once.
func only(t *testing.T, s, marker string) string {
	t.Helper()
	if n := strings.Count(s, marker); n != 1 {
		t.Fatalf("%s: %q occurs %d times, want once", manualFile, marker, n)
	}
	return s[strings.Index(s, marker):]
}

// table returns the rows of the table that starts in s, up to its
// \end{tabular} or \end{longtable}: each row's cells, for rows of two
// cells or more.
func table(t *testing.T, s string) [][]string {
	t.Helper()
	end := len(s)
	for _, e := range []string{`\end{tabular}`, `\end{longtable}`} {
		if i := strings.Index(s, e); i >= 0 && i < end {
			end = i
		}
	}
	if end == len(s) {
		t.Fatalf("%s: a table without end", manualFile)
	}
	s = s[:end]
	// Rows start after the environment's column specification, so that
	// the caption is not part of the first row.
	for _, b := range []string{`\begin{tabular}`, `\begin{longtable}`} {
		if i := strings.Index(s, b); i >= 0 {
			s = s[i+len(b):]
			depth := 0
			for j, ch := range s {
				if ch == '{' {
					depth++
				} else if ch == '}' {
					depth--
				}
				if depth == 0 {
					s = s[j+1:]
					break
				}
			}
		}
	}
	var rows [][]string
	for r := range strings.SplitSeq(s, `\\`) {
		cells := strings.Split(texRule.ReplaceAllString(r, ""), "&")
		if len(cells) < 2 {
			continue
		}
		for i := range cells {
			cells[i] = cell(cells[i])
		}
		rows = append(rows, cells)
	}
	return rows
}

// firsts returns the first cells of rows that match name, each once; the
// test fails if one comes twice.
func firsts(t *testing.T, what string, rows [][]string, name *regexp.Regexp) set {
	t.Helper()
	out := set{}
	for _, r := range rows {
		if !name.MatchString(r[0]) {
			continue
		}
		if out[r[0]] {
			t.Fatalf("%s: %s %q twice", manualFile, what, r[0])
		}
		out[r[0]] = true
	}
	return out
}

// chapter returns the text of the chapter named name, up to the next.
func chapter(t *testing.T, s, name string) string {
	t.Helper()
	s = only(t, s, `\chapter{`+name+`}`)
	if i := strings.Index(s[1:], `\chapter`); i >= 0 {
		s = s[:i+1]
	}
	return s
}

// readManual reads the manual's tables from [manualFile], and fails the
// test if any holds fewer entries than it should.
func readManual(t *testing.T) *manual {
	t.Helper()
	b, err := os.ReadFile(filepath.FromSlash(manualFile))
	if err != nil {
		t.Fatal(err)
	}
	tex := uncomment(string(b))
	m := &manual{fields: map[string]bool{}, quad: map[string]int{}, modes: map[string]set{}, summary: map[string]int{}}

	data := chapter(t, tex, "Data Fields")
	for _, r := range table(t, only(t, data, `\caption{PLOVER JSON`)) {
		if !fieldName.MatchString(r[0]) {
			continue
		}
		req := r[len(r)-1]
		if req != "Y" && req != "N" {
			t.Fatalf("%s: field %s: Required? %q, want Y or N", manualFile, r[0], req)
		}
		if _, dup := m.fields[r[0]]; dup {
			t.Fatalf("%s: field %s twice", manualFile, r[0])
		}
		m.fields[r[0]] = req == "Y"
	}
	m.entity = firsts(t, "entity field", table(t, only(t, data, `\caption{Information object for entities`)), fieldName)
	m.citation = firsts(t, "citation field", table(t, only(t, data, `\caption{Information object for citations`)), fieldName)
	m.location = firsts(t, "location field", table(t, only(t, data, `\caption{Location object`)), fieldName)

	m.contexts = firsts(t, "context", table(t, only(t, tex, `\label{tab:general-contexts}`)), fieldName)

	names := chapter(t, tex, "Country Names and Sector Codes")
	m.sectors = firsts(t, "sector", table(t, only(t, names, `\label{tab:roles}`)), codeName)
	m.nonState = firsts(t, "non-state code", table(t, only(t, names, `\caption{International Non-state actor names}`)), codeName)

	// The quad categories' numbers, and the categories the summary table
	// lists under each.
	numbers := map[string]int{}
	for _, r := range table(t, only(t, tex, `\caption{Quad categories in PLOVER}`)) {
		if len(r) != 3 || r[0] == "Quad category" {
			continue
		}
		var n int
		if _, err := fmt.Sscanf(r[2], "%d", &n); err != nil || n < 1 || n > 4 {
			t.Fatalf("%s: quad category %q numbered %q", manualFile, r[0], r[2])
		}
		numbers[strings.ToLower(r[0])] = n
		for c := range strings.SplitSeq(r[1], ",") {
			m.summary[strings.TrimSpace(c)] = n
		}
	}
	if len(numbers) != 4 || len(slices.Compact(slices.Sorted(maps.Values(numbers)))) != 4 {
		t.Fatalf("%s: quad categories %v, want four numbered 1 to 4", manualFile, numbers)
	}

	cats := chapter(t, tex, "Event Categories")
	for _, sec := range strings.Split(cats, `\section{`)[1:] {
		name, body, _ := strings.Cut(sec, "}")
		if !categoryName.MatchString(name) || m.quad[name] != 0 {
			t.Fatalf("%s: event category %q", manualFile, name)
		}
		m.categories = append(m.categories, name)
		q := quadHeading.FindAllStringSubmatch(body, -1)
		if len(q) != 1 {
			t.Fatalf("%s: %s: %d quad categories, want one", manualFile, name, len(q))
		}
		n, ok := numbers[strings.ToLower(q[0][1])]
		if !ok {
			t.Fatalf("%s: %s: quad category %q is not in the table of quad categories", manualFile, name, q[0][1])
		}
		m.quad[name] = n
		m.modes[name] = set{}
		for _, loc := range modesCaption.FindAllStringSubmatchIndex(body, -1) {
			if of := body[loc[2]:loc[3]]; of != name {
				t.Fatalf("%s: the section %s has the table of %s modes", manualFile, name, of)
			}
			for mode := range firsts(t, name+" mode", table(t, body[loc[0]:]), modeName) {
				m.modes[name][mode] = true
			}
		}
	}

	modes := 0
	for _, s := range m.modes {
		modes += len(s)
	}
	required := 0
	for _, r := range m.fields {
		if r {
			required++
		}
	}
	for _, c := range []struct {
		what     string
		got, min int
	}{
		{"PLOVER JSON fields", len(m.fields), minFields},
		{"required fields", required, minRequired},
		{"entity fields", len(m.entity), minEntity},
		{"location fields", len(m.location), minLocation},
		{"citation fields", len(m.citation), minCitation},
		{"event categories", len(m.categories), minCategories},
		{"modes", modes, minModes},
		{"general contexts", len(m.contexts), minContexts},
		{"sector codes", len(m.sectors), minSectors},
		{"non-state codes", len(m.nonState), minNonState},
	} {
		if c.got < c.min {
			t.Fatalf("%s: %d %s, want at least %d: the manual was not read right", manualFile, c.got, c.what, c.min)
		}
	}
	return m
}

// TestManual checks what readManual reads of the manual against facts of
// the manual stated here by hand, so that a parse that reads the wrong
// rows fails; and that amity's PLOVER event categories are the manual's.
func TestManual(t *testing.T) {
	m := readManual(t)
	var required []string
	for f, r := range m.fields {
		if r {
			required = append(required, f)
		}
	}
	slices.Sort(required)
	fields := set{}
	for f := range m.fields {
		fields[f] = true
	}
	if diff := cmp.Diff([]string{"actor", "date", "event", "id"}, required); diff != "" {
		t.Errorf("required fields (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		what string
		s    set
		in   []string
		out  []string
	}{
		{"fields", fields, []string{"actor", "recipient", "event_loc", "quad_code", "cite_info", "has_event", "coded_time"}, []string{"source", "target", "Name"}},
		{"entity fields", m.entity, []string{"code", "sector", "entity_text", "identifier_id", "office", "age"}, []string{"actor_text", "Name"}},
		{"location fields", m.location, []string{"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "country", "country_code", "feature_code", "resolution"}, []string{"name", "country code", "cc3"}},
		{"citation fields", m.citation, []string{"corpus", "citation", "url", "title", "language", "publication", "version"}, nil},
		{"contexts", m.contexts, []string{"military", "reparations", "human_rights", "diplomatic", "illegal_drugs", "trafficking"}, []string{"humanitarian", "democracy", "human\\_rights"}},
		{"sectors", m.sectors, []string{"COP", "GOV", "PTY", "UNK", "AGR", "CVL", "SOC", "REL"}, []string{"IGO", "HLH"}},
		{"non-state codes", m.nonState, []string{"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}, nil},
		{"CONSULT modes", m.modes["CONSULT"], []string{"visit", "third-party", "multilateral", "phone"}, nil},
		{"THREATEN modes", m.modes["THREATEN"], []string{"restrict", "violence"}, []string{"ban"}},
		{"RETREAT modes", m.modes["RETREAT"], []string{"withdraw", "resign"}, []string{"return"}},
		{"ASSAULT modes", m.modes["ASSAULT"], []string{"abduct", "suicide-attack", "crowd-control", "unconventional"}, []string{"execute", "sideAB", "cleansing"}},
	} {
		for _, v := range c.in {
			if !c.s[v] {
				t.Errorf("%s: %q missing", c.what, v)
			}
		}
		for _, v := range c.out {
			if c.s[v] {
				t.Errorf("%s: %q read", c.what, v)
			}
		}
	}
	for _, cat := range []string{"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID"} {
		if len(m.modes[cat]) != 0 {
			t.Errorf("%s has modes %v; the manual lists none", cat, m.modes[cat])
		}
	}
	var ours []string
	for _, e := range events.PLOVEREvents() {
		ours = append(ours, string(e))
	}
	if diff := cmp.Diff(ours, m.categories); diff != "" {
		t.Errorf("event categories: events.PLOVEREvents() (-) and the manual's (+):\n%s", diff)
	}
	want := map[string]int{
		"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
		"COOPERATE": 2, "AID": 2, "RETREAT": 2,
		"REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
		"PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
	}
	if diff := cmp.Diff(want, m.quad); diff != "" {
		t.Errorf("quad categories of the sections (-want +got):\n%s", diff)
	}
	// The manual's summary table puts SANCTION under verbal conflict, while
	// its section says material conflict; the package follows the section.
	// Every other category is where its section puts it.
	want["SANCTION"] = 3
	if diff := cmp.Diff(want, m.summary); diff != "" {
		t.Errorf("quad categories of the summary table (-want +got):\n%s", diff)
	}
}

// record is one record as written, decoded without the package's types.
type record = map[string]any

// decode returns the records of JSON Lines b, one JSON object a line.
func decode(t *testing.T, b []byte) []record {
	t.Helper()
	if len(b) == 0 {
		return nil
	}
	if !bytes.HasSuffix(b, []byte("\n")) {
		t.Fatal("the last line does not end in a newline")
	}
	var out []record
	for i, line := range bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n")) {
		var rec record
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		out = append(out, rec)
	}
	return out
}

// checker checks records against the manual, and counts the keys and
// values it has seen, so that a test can tell that every check ran.
type checker struct {
	m      *manual
	alpha3 set
	seen   set // "key", "actor.key", "event_loc.key", "cite_info.key", "event=X", "sector=X"
}

func newChecker(m *manual) *checker {
	c := &checker{m: m, alpha3: set{}, seen: set{}}
	for _, a2 := range iso3166.Codes() {
		a3, _ := iso3166.Alpha3(a2)
		c.alpha3[a3] = true
	}
	return c
}

func strs(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, len(list))
	for i, e := range list {
		if out[i], ok = e.(string); !ok {
			return nil, false
		}
	}
	return out, true
}

func date(v any) bool {
	s, ok := v.(string)
	if !ok || !isoDate.MatchString(s) {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// check returns what is wrong with rec, each problem a string.
func (c *checker) check(rec record) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	for f, required := range c.m.fields {
		v, ok := rec[f]
		if !required {
			continue
		}
		if list, isList := v.([]any); !ok || v == nil || v == "" || isList && len(list) == 0 {
			bad("required field %s is missing or empty", f)
		}
	}
	for k := range rec {
		c.seen[k] = true
		if _, ok := c.m.fields[k]; !ok && !extensions[k] {
			bad("field %q is neither the manual's nor a documented extension", k)
		}
	}
	if id, ok := rec["id"].(string); !ok || id == "" {
		bad("id %v", rec["id"])
	}
	for _, f := range []string{"date", "enddate"} {
		if v, ok := rec[f]; ok && !date(v) {
			bad("%s %v is not a date as YYYY-MM-DD", f, v)
		}
	}
	for _, f := range []string{"actor", "recipient"} {
		v, ok := rec[f]
		if !ok {
			continue
		}
		list, isList := v.([]any)
		if !isList {
			bad("%s %v is not a list", f, v)
			continue
		}
		for _, e := range list {
			ent, isObj := e.(map[string]any)
			if !isObj {
				bad("%s: %v is not an entity object", f, e)
				continue
			}
			for k := range ent {
				c.seen["entity."+k] = true
				if !c.m.entity[k] {
					bad("%s: key %q is not a field of the entity object", f, k)
				}
			}
			code, _ := ent["code"].(string)
			if !c.alpha3[code] && !c.m.nonState[code] {
				bad("%s: code %q is neither ISO 3166-1 alpha-3 nor one of the manual's non-state codes", f, code)
			}
			if c.m.nonState[code] {
				c.seen["code="+code] = true
			}
			if s, ok := ent["sector"]; ok {
				sector, _ := s.(string)
				c.seen["sector="+sector] = true
				if !c.m.sectors[sector] {
					bad("%s: sector %v is not one of the manual's", f, s)
				}
			}
		}
	}
	evs, ok := strs(rec["event"])
	if !ok {
		bad("event %v is not a list of strings", rec["event"])
	}
	quads := set{}
	for _, e := range evs {
		c.seen["event="+e] = true
		if _, ok := c.m.quad[e]; !ok {
			bad("event %q is not a category of the manual", e)
			continue
		}
		quads[fmt.Sprint(c.m.quad[e])] = true
	}
	if v, ok := rec["mode"]; ok {
		modes, isList := strs(v)
		if !isList {
			bad("mode %v is not a list of strings", v)
		}
		for _, mode := range modes {
			c.seen["mode="+mode] = true
			if !slices.ContainsFunc(evs, func(e string) bool { return c.m.modes[e][mode] }) {
				bad("mode %q is a mode of none of %v", mode, evs)
			}
		}
	}
	q, hasQuad := rec["quad_code"]
	switch {
	case len(quads) == 1 && !hasQuad:
		bad("no quad_code, but the events %v share one quad category", evs)
	case len(quads) == 1 && fmt.Sprint(q) != slices.Collect(maps.Keys(quads))[0]:
		bad("quad_code %v, but the events %v are of quad category %v", q, evs, slices.Collect(maps.Keys(quads)))
	case len(quads) != 1 && hasQuad:
		bad("quad_code %v, but the events %v do not share one quad category", q, evs)
	}
	if v, ok := rec["context"]; ok {
		ctxs, isList := strs(v)
		if !isList {
			bad("context %v is not a list of strings", v)
		}
		for _, ctx := range ctxs {
			c.seen["context="+ctx] = true
			if !c.m.contexts[ctx] {
				bad("context %q is not a general context of the manual", ctx)
			}
		}
	}
	if v, ok := rec["event_loc"]; ok {
		loc, isObj := v.(map[string]any)
		if !isObj {
			bad("event_loc %v is not an object", v)
		}
		for k := range loc {
			c.seen["event_loc."+k] = true
			if !c.m.location[k] {
				bad("event_loc: key %q is not a field of the location object", k)
			}
		}
		if cc, _ := loc["country_code"].(string); !c.alpha3[cc] {
			bad("event_loc: country_code %v is not ISO 3166-1 alpha-3", loc["country_code"])
		}
		if r, ok := loc["resolution"]; ok && r != 1.0 && r != 2.0 && r != 3.0 && r != 4.0 && r != 5.0 {
			bad("event_loc: resolution %v is not one of the manual's levels 1 to 5", r)
		}
	}
	if v, ok := rec["cite_info"]; ok {
		cite, isObj := v.(map[string]any)
		if !isObj {
			bad("cite_info %v is not an object", v)
		}
		for k := range cite {
			c.seen["cite_info."+k] = true
			if !c.m.citation[k] {
				bad("cite_info: key %q is not a field of the citation object", k)
			}
		}
		if l, ok := cite["language"]; ok && !iso639.MatchString(fmt.Sprint(l)) {
			bad("cite_info: language %v is not a two-letter ISO 639-1 code", l)
		}
	}
	return errs
}

// checkAll exports r, decodes the bytes and checks every record; it
// returns the number of records.
func (c *checker) checkAll(t *testing.T, r *relations.Records) int {
	t.Helper()
	recs := decode(t, formattest.Write(t, plover.Export, r))
	ids := set{}
	failed := 0
	for _, rec := range recs {
		id := fmt.Sprint(rec["id"])
		errs := c.check(rec)
		if ids[id] {
			errs = append(errs, "id given twice")
		}
		ids[id] = true
		for _, e := range errs {
			if failed++; failed <= 20 {
				t.Errorf("%s: %s", id, e)
			}
		}
	}
	if failed > 20 {
		t.Errorf("and %d problems more", failed-20)
	}
	return len(recs)
}

// archiveMeetings is the size of the synthetic archive TestConformance
// checks, and archiveMeetingsShort its size with -short.
const (
	archiveMeetings      = 20000
	archiveMeetingsShort = 2000
)

// TestConformance exports datasets as PLOVER and checks every record, as
// written and decoded without the package's types, against the tables of
// the manual: the required fields are there; every field is the manual's
// or a documented extension (cameo, topics, date_precision); entity,
// location and citation objects use only the keys of their tables; codes
// are ISO 3166-1 alpha-3 or the manual's non-state codes; sectors, event
// categories, contexts are the manual's; each mode is one the manual
// lists for one of the record's categories; quad_code is there exactly
// when the categories share a quad category, and is its number;
// event_loc's country_code is alpha-3; dates are YYYY-MM-DD; ids are
// unique. The datasets are the two examples' (the Azernews and KPL
// stories), the every-field and signing datasets, a meeting coded with
// each CAMEO code amity knows, a meeting of an official of each kind of
// organization, and a synthetic archive of 20,000 meetings (2,000 with
// -short). Then it checks that every key the package's types can write,
// and every sector the package gives, was seen, so that no check went
// unexercised.
func TestConformance(t *testing.T) {
	m := readManual(t)
	c := newChecker(m)
	validated := func(t *testing.T, name string, r relations.Records) relations.Records {
		t.Helper()
		if err := relations.Validate(&r); err != nil {
			t.Fatalf("%s does not validate: %v", name, err)
		}
		return r
	}
	n := archiveMeetings
	if testing.Short() {
		n = archiveMeetingsShort
	}
	datasets := []struct {
		name string
		r    func(t *testing.T) relations.Records
		min  int // the least number of records
	}{
		{"azerbaijan-iran", func(t *testing.T) relations.Records { return validated(t, "azernews", azernews.Records()) }, 5},
		{"laos-cambodia", func(t *testing.T) relations.Records { return validated(t, "kplnews", kplnews.Records()) }, 1},
		{"all fields", formattestDataset(formattest.AllFields), 1},
		{"signing", formattestDataset(formattest.Signing), 3},
		{"every CAMEO code", func(t *testing.T) relations.Records { return validated(t, "every CAMEO code", everyCAMEOCode()) }, len(events.CAMEOCodes())},
		{"every sector", func(t *testing.T) relations.Records { return validated(t, "every sector", everySector()) }, 1},
		{"archive", func(t *testing.T) relations.Records {
			return synth.Generate(synth.Config{Seed: 13, Meetings: n, States: 60, Ministries: 200, Organizations: 80, Officials: 3000})
		}, n},
	}
	for _, d := range datasets {
		t.Run(d.name, func(t *testing.T) {
			r := d.r(t)
			if got := c.checkAll(t, &r); got < d.min {
				t.Errorf("%d records, want at least %d", got, d.min)
			}
		})
	}
	want := set{}
	for _, k := range jsonKeys(reflect.TypeFor[plover.Record]()) {
		want[k] = true
	}
	for _, k := range jsonKeys(reflect.TypeFor[plover.Actor]()) {
		want["entity."+k] = true
	}
	for _, k := range jsonKeys(reflect.TypeFor[plover.Location]()) {
		want["event_loc."+k] = true
	}
	for _, k := range jsonKeys(reflect.TypeFor[plover.CiteInfo]()) {
		want["cite_info."+k] = true
	}
	for _, v := range []string{"event=CONSULT", "event=AGREE", "event=SUPPORT", "event=REQUEST", "event=COOPERATE",
		"mode=visit", "code=IGO", "context=diplomatic", "context=economic",
		"sector=GOV", "sector=LEG", "sector=EDU", "sector=JRN", "sector=REL", "sector=BUS", "sector=SOC", "sector=PTY"} {
		want[v] = true
	}
	for k := range want {
		if !c.seen[k] {
			t.Errorf("no record has %s: the check of it did not run", k)
		}
	}
}

// formattestDataset returns a dataset of internal/formattest.
func formattestDataset(f func(testing.TB) relations.Records) func(t *testing.T) relations.Records {
	return func(t *testing.T) relations.Records { return f(t) }
}

// jsonKeys returns the JSON names of the fields of struct type typ.
func jsonKeys(typ reflect.Type) []string {
	var out []string
	for f := range typ.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		out = append(out, name)
	}
	return out
}

// everyCAMEOCode returns valid records with a meeting coded with each
// CAMEO code amity knows, with the PLOVER category and mode the code maps
// to, between an official of each of two states, the second the host,
// and an official of an intergovernmental organization.
func everyCAMEOCode() relations.Records {
	src := []amity.SourceID{"s"}
	r := relations.Records{
		Sources:       []amity.Source{{ID: "s", Publisher: "Example News"}},
		States:        []orgs.State{{ID: "LA", Names: amity.Names{Name: "Laos"}, Sources: src}, {ID: "VN", Names: amity.Names{Name: "Vietnam"}, Sources: src}},
		Organizations: []orgs.Organization{{ID: "igo", Kind: orgs.KindIntergovernmental, Names: amity.Names{Name: "An IGO"}, Sources: src}},
		Officials: []orgs.Official{
			{ID: "a", Names: amity.Names{Name: "A"}, Sources: src},
			{ID: "b", Names: amity.Names{Name: "B"}, Sources: src},
			{ID: "c", Names: amity.Names{Name: "C"}, Sources: src,
				Posts: []orgs.Post{{ID: "c.dg", Title: "Director-General", Organization: "igo", Sources: src}}},
		},
	}
	for i, code := range events.CAMEOCodes() {
		ev, mode := code.PLOVER()
		r.Meetings = append(r.Meetings, events.Meeting{
			ID: events.MeetingID(fmt.Sprintf("m-%03d", i)), Date: amity.MustParseDate("2024-03-12"),
			Place: orgs.Place{City: "Hanoi", Country: "VN"}, Host: "VN",
			Participants: []events.Participant{{Official: "a", State: "LA"}, {Official: "b", State: "VN"}, {Official: "c", State: "LA", Post: "c.dg"}},
			Codes:        []events.EventCode{{CAMEO: code, PLOVER: ev, Mode: mode}},
			Sources:      src,
		})
	}
	return r
}

// TestQuadCode checks quad_code, as written, for a record of each of the
// manual's event categories, and for records of two categories: the
// number of the quad category the manual gives the category, or of the
// one both share; none when they do not share one.
func TestQuadCode(t *testing.T) {
	m := readManual(t)
	var r relations.Records
	want := map[string]any{}
	meeting := func(id string, cats ...string) {
		mt := events.Meeting{ID: events.MeetingID(id), Date: amity.MustParseDate("2024-03-12"),
			Participants: []events.Participant{{Official: "a", State: "LA"}}}
		for _, c := range cats {
			mt.Codes = append(mt.Codes, events.EventCode{CAMEO: "040", PLOVER: events.PLOVEREvent(c)})
		}
		r.Meetings = append(r.Meetings, mt)
	}
	for _, cat := range m.categories {
		meeting(cat, cat)
		want[cat] = float64(m.quad[cat])
	}
	for _, pair := range [][2]string{{"AGREE", "SUPPORT"}, {"AGREE", "COOPERATE"}, {"PROTEST", "SANCTION"}, {"REQUEST", "SANCTION"}, {"COOPERATE", "ACCUSE"}} {
		id := pair[0] + "+" + pair[1]
		meeting(id, pair[0], pair[1])
		if m.quad[pair[0]] == m.quad[pair[1]] {
			want[id] = float64(m.quad[pair[0]])
		} else {
			want[id] = nil
		}
	}
	got := map[string]any{}
	for _, rec := range decode(t, formattest.Write(t, plover.Export, &r)) {
		got[fmt.Sprint(rec["id"])] = rec["quad_code"]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quad_code by record (-want +got):\n%s", diff)
	}
}

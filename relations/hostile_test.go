package relations_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/azernews"
	"github.com/amitydata/amity/relations"
)

// hostileDir holds the files of the hostile suite: one file a case, each
// a small valid dataset (valid.json, valid.jsonl) with one thing wrong.
const hostileDir = "testdata/hostile"

// hostileProblem is what the suite checks of a FieldError: the line, the
// JSON path and the kind.
type hostileProblem struct {
	Line int
	Path string
	Kind amity.ErrorKind
}

// hostileCase is a file that others made badly, and every problem
// reading it must report.
type hostileCase struct {
	// file is the name of the file in hostileDir, or the name of the
	// file gen makes; ".json" is a document, ".jsonl" JSON Lines.
	file string
	// gen makes the content of a file too large to commit.
	gen func(t *testing.T) []byte
	// opts are the reading limits: the defaults unless set. The command
	// reads with the defaults only.
	opts relations.ReadOptions
	want []hostileProblem
	// says, if set, is what the detail of the last problem must say.
	says string
}

// read reads the case's content with the reader of its format.
func (c hostileCase) read(data []byte) (*relations.Dataset, error) {
	if strings.HasSuffix(c.file, ".jsonl") {
		return relations.ReadJSONL(bytes.NewReader(data), c.opts)
	}
	return relations.ReadJSON(bytes.NewReader(data), c.opts)
}

// content returns the case's bytes: the file's, or gen's.
func (c hostileCase) content(t *testing.T) []byte {
	t.Helper()
	if c.gen != nil {
		return c.gen(t)
	}
	data, err := os.ReadFile(filepath.Join(hostileDir, c.file))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// hostileBase returns the lines of the valid file of the suite in the
// format of ext, "json" or "jsonl", each without its line end.
func hostileBase(t *testing.T, ext string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(hostileDir, "valid."+ext))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

// hostileWith returns the valid file of format ext with extra inserted
// so that it begins line n; for a document, extra is an element of the
// list of states, which it ends.
func hostileWith(t *testing.T, ext string, n int, extra string) []byte {
	lines := hostileBase(t, ext)
	if ext == "json" {
		// The list of states ends on line 4: make it end on the new line.
		lines[3] = strings.TrimSuffix(lines[3], "],") + ","
		extra += "],"
	}
	lines = slices.Insert(lines, n-1, extra)
	return []byte(strings.Join(lines, "\n") + "\n")
}

// hostileMember returns the valid document with member, a list and the
// comma after it, inserted so that it begins line n.
func hostileMember(t *testing.T, n int, member string) []byte {
	lines := slices.Insert(hostileBase(t, "json"), n-1, member)
	return []byte(strings.Join(lines, "\n") + "\n")
}

// hostileTurkey is a state that nothing in the valid files refers to,
// with its remaining members (e.g. `,"aliases":[...]`) appended, so that
// its failure to decode leaves no reference dangling.
func hostileTurkey(ext, more string) string {
	if ext == "json" {
		return `  {"id": "TR", "name": "Türkiye"` + more + `}`
	}
	return `{"entity":"state","id":"TR","name":"Türkiye"` + more + `}`
}

// hostileCases returns the hostile suite. Each file is the valid file of
// its format with one thing wrong (valid.json and valid.jsonl), so the
// problems listed are all of them; the lines are those of the files.
func hostileCases() []hostileCase {
	p := func(line int, path string, kind amity.ErrorKind) hostileProblem {
		return hostileProblem{line, path, kind}
	}
	const (
		syntax    = amity.KindSyntax
		tooLarge  = amity.KindTooLarge
		invalid   = amity.KindInvalid
		required  = amity.KindRequired
		notFound  = amity.KindNotFound
		wrongKind = amity.KindWrongKind
		duplicate = amity.KindDuplicate
		conflict  = amity.KindConflict
		outOfRng  = amity.KindOutOfRange
	)
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	mib := strings.Repeat("x", 1<<20)
	return []hostileCase{
		// Syntax.
		{file: "syntax-truncated.json", want: []hostileProblem{p(7, "officials[0].name", syntax)}},
		{file: "syntax-trailing-data.json", want: []hostileProblem{p(15, "", syntax)}},
		{file: "syntax-trailing-data.jsonl", want: []hostileProblem{p(9, "states[2]", syntax)}},
		{file: "syntax-bom.json", want: []hostileProblem{p(1, "", syntax)}},
		{file: "syntax-bom.jsonl", want: []hostileProblem{p(1, "", syntax)}},
		{file: "syntax-utf16.json", want: []hostileProblem{p(1, "", syntax)}},
		// Windows line ends are white space: the lines still count right.
		{file: "syntax-crlf.jsonl", want: []hostileProblem{p(7, "meetings[0].date", invalid)}},
		{file: "syntax-crlf.json", want: []hostileProblem{p(10, "meetings[0].date", invalid)}},
		{file: "syntax-empty.json", want: []hostileProblem{p(1, "", syntax)}},
		{file: "syntax-empty.jsonl", want: []hostileProblem{p(1, "", syntax)}},
		{file: "syntax-empty-line.jsonl", want: []hostileProblem{p(4, "", syntax), p(10, "", syntax)}},
		{file: "syntax-not-object.json", want: []hostileProblem{p(1, "", syntax)}},
		{file: "syntax-no-schema.json", want: []hostileProblem{p(1, "schema", required)}},
		// The document says it is of amity/v1: the problem says how to
		// upgrade it.
		{file: "syntax-other-schema.json", want: []hostileProblem{p(1, "schema", invalid)}, says: "upgrade"},
		{file: "syntax-missing-comma.json", want: []hostileProblem{p(8, "officials[1]", syntax)}},
		{file: "syntax-malformed-line.jsonl", want: []hostileProblem{p(9, "states[2]", syntax)}},
		{file: "syntax-no-entity.jsonl", want: []hostileProblem{p(9, "entity", required)}},
		{file: "syntax-unknown-entity.jsonl", want: []hostileProblem{p(9, "entity", invalid)}},
		{file: "syntax-post-line.jsonl", want: []hostileProblem{p(9, "entity", invalid)}},
		{file: "syntax-line-too-long.jsonl", gen: func(t *testing.T) []byte {
			// Over 1 MiB of short aliases: the line is too long, no string is.
			return hostileWith(t, "jsonl", 4, hostileTurkey("jsonl", `,"aliases":[`+strings.Repeat(`"Turkey",`, 120000)+`"Turkey"]`))
		}, want: []hostileProblem{p(4, "states[2]", tooLarge)}},
		{file: "syntax-document-too-large.json", gen: func(t *testing.T) []byte {
			lines := hostileBase(t, "json")
			lines[12] += strings.Repeat(" ", 64<<10)
			return []byte(strings.Join(lines, "\n") + "\n")
		}, opts: relations.ReadOptions{MaxDocumentBytes: 64 << 10}, want: []hostileProblem{p(13, "", tooLarge)}},
		{file: "syntax-deep.json", gen: func(t *testing.T) []byte {
			return hostileWith(t, "json", 5, hostileTurkey("json", `, "aliases": `+deep))
		},
			want: []hostileProblem{p(5, "states[2]", tooLarge)}},
		{file: "syntax-deep.jsonl", gen: func(t *testing.T) []byte {
			return hostileWith(t, "jsonl", 9, hostileTurkey("jsonl", `,"aliases":`+deep))
		},
			want: []hostileProblem{p(9, "states[2].aliases[0]", tooLarge)}},

		// Encoding traps.
		{file: "enc-duplicate-key.json", want: []hostileProblem{p(5, "states[2].id", syntax)}},
		{file: "enc-duplicate-key.jsonl", want: []hostileProblem{p(8, "ties[0].id", syntax)}},
		{file: "enc-case-keys.json", want: []hostileProblem{p(13, "ties[0].ID", syntax)}},
		// The official fails to decode, so the meeting's references to
		// it and its post name nothing: one cause, one problem, which
		// counts them.
		{file: "enc-case-keys.jsonl", want: []hostileProblem{
			p(5, "officials[0].ID", syntax),
		}},
		{file: "enc-invalid-utf8.json", want: []hostileProblem{p(5, "states[2].name", syntax)}},
		{file: "enc-invalid-utf8.jsonl", want: []hostileProblem{p(9, "states[2].name", syntax)}},
		{file: "enc-nul-raw.jsonl", want: []hostileProblem{p(9, "states[2].name", syntax)}},
		{file: "enc-nul-escaped.jsonl", want: []hostileProblem{p(9, "states[2].name", invalid)}},
		{file: "enc-control-raw.json", want: []hostileProblem{p(5, "states[2].name", syntax)}},
		{file: "enc-control-escaped.json", want: []hostileProblem{p(4, "states[1].name", invalid)}},
		{file: "enc-unknown-top.json", want: []hostileProblem{p(2, "colour", syntax)}},
		{file: "enc-unknown-top.jsonl", want: []hostileProblem{p(8, "ties[0].colour", syntax)}},
		// A member name is quoted in a path when it is not plain, as
		// validation quotes map keys: a name with a line break or a
		// terminal escape must not break the one line of its message.
		{file: "enc-control-in-key.jsonl", want: []hostileProblem{p(9, `states[2]["colour\n\x1b[31m"]`, syntax)}},
		{file: "enc-control-in-key.json", want: []hostileProblem{p(2, `["colour\r\nvalid.json:1: all is well"]`, syntax)}},
		{file: "enc-control-in-duplicate-key.json", want: []hostileProblem{
			p(2, `["col\x1b[8mour"]`, syntax),
			p(3, `["col\x1b[8mour"]`, syntax),
		}},
		{file: "enc-unknown-nested.json", want: []hostileProblem{p(11, "meetings[0].participants[1].colour", syntax)}},
		{file: "enc-wrong-type.jsonl", want: []hostileProblem{p(9, "meetings[1].participants", syntax)}},
		{file: "enc-null-object.json", want: []hostileProblem{p(10, "meetings[0].place", syntax)}},
		{file: "enc-null-list.jsonl", want: []hostileProblem{p(8, "ties[0].states", syntax)}},
		{file: "enc-number-for-string.jsonl", want: []hostileProblem{p(8, "ties[0].established", syntax)}},
		{file: "enc-huge-number.json", want: []hostileProblem{p(13, "ties[0].established", syntax)}},
		{file: "enc-bool-for-list.json", want: []hostileProblem{p(12, "meetings[0].topics", syntax)}},

		// Values.
		{file: "value-impossible-date.jsonl", want: []hostileProblem{p(7, "meetings[0].date", invalid)}},
		{file: "value-year-0.json", want: []hostileProblem{p(13, "ties[0].established", invalid)}},
		{file: "value-year-10000.jsonl", want: []hostileProblem{p(8, "ties[0].established", invalid)}},
		{file: "value-date-format.jsonl", want: []hostileProblem{p(8, "ties[0].established", invalid)}},
		{file: "value-country-lower-case.jsonl", want: []hostileProblem{p(7, "meetings[0].place.country", invalid)}},
		{file: "value-country-unknown.json", want: []hostileProblem{p(4, "states[2].id", invalid)}},
		{file: "value-unknown-topic.jsonl", want: []hostileProblem{p(7, "meetings[0].topics[1]", invalid)}},
		{file: "value-unknown-status.jsonl", want: []hostileProblem{p(9, "initiatives[0].history[0].status", invalid)}},
		{file: "value-unknown-kind.json", want: []hostileProblem{p(6, "organizations[0].kind", invalid)}},
		{file: "value-unknown-cameo.jsonl", want: []hostileProblem{p(7, "meetings[0].codes[0].cameo", invalid)}},
		{file: "value-unknown-plover.jsonl", want: []hostileProblem{p(7, "meetings[0].codes[0].plover", invalid)}},
		{file: "value-empty-name.json", want: []hostileProblem{p(4, "states[1].name", required)}},
		{file: "value-name-spaces.jsonl", want: []hostileProblem{p(3, "states[1].name", invalid)}},
		{file: "value-name-1mib.json", gen: func(t *testing.T) []byte { return hostileWith(t, "json", 5, `  {"id": "TR", "name": "`+mib+`"}`) },
			want: []hostileProblem{p(5, "states[2].name", tooLarge)}},
		// On a line, the line's limit (1 MiB) comes first.
		{file: "value-name-1mib.jsonl", gen: func(t *testing.T) []byte {
			return hostileWith(t, "jsonl", 9, `{"entity":"state","id":"TR","name":"`+mib+`"}`)
		},
			want: []hostileProblem{p(9, "states[2]", tooLarge)}},
		{file: "value-bad-url.jsonl", want: []hostileProblem{p(1, "sources[0].url", invalid)}},
		{file: "value-bad-qid.json", want: []hostileProblem{p(3, "states[0].wikidata", invalid)}},

		// The graph.
		{file: "graph-duplicate-id.jsonl", want: []hostileProblem{p(9, "officials[2].id", duplicate)}},
		{file: "graph-duplicate-id-across-kinds.json", want: []hostileProblem{p(13, "ties[1].id", duplicate)}},
		{file: "graph-dangling-reference.jsonl", want: []hostileProblem{p(7, "meetings[0].participants[1].official", notFound)}},
		{file: "graph-wrong-kind.json", want: []hostileProblem{p(10, "meetings[0].visit", wrongKind)}},
		{file: "graph-own-ancestor.jsonl", want: []hostileProblem{p(5, "organizations[0].parent_organization", conflict)}},
		// A malformed ID is quoted in another problem's detail, never
		// written raw: its line break would break the message in two.
		{file: "graph-own-ancestor-bad-id.jsonl", want: []hostileProblem{
			p(9, "organizations[0].id", invalid),
			p(9, "organizations[0].parent_organization", invalid),
			p(9, "organizations[0].parent_organization", conflict),
		}},
		{file: "graph-one-participant.json", want: []hostileProblem{p(11, "meetings[0].participants", outOfRng)}},
		{file: "graph-tie-self.jsonl", want: []hostileProblem{p(8, "ties[0].states", duplicate)}},
		{file: "graph-status-back.jsonl", want: []hostileProblem{p(9, "initiatives[0].history[1].status", conflict)}},
		{file: "graph-outside-visit.json", want: []hostileProblem{p(11, "meetings[0].date", conflict)}},
		{file: "graph-post-before-start.jsonl", want: []hostileProblem{p(7, "meetings[0].participants[0].post", conflict)}},
		{file: "graph-post-other-official.jsonl", want: []hostileProblem{p(7, "meetings[0].participants[0].post", conflict)}},
		// Structure: the shape of the lists and lines, and the encoding of
		// the new kinds of entity.

		// The list of meetings is an object keyed by ID.
		{file: "syntax-list-is-object.json", want: []hostileProblem{p(9, "meetings", syntax)}},
		// A line holds a list with the entity in it.
		{file: "syntax-line-is-array.jsonl", want: []hostileProblem{p(9, "", syntax)}},
		// A byte-order mark inside a line, before a member.
		{file: "syntax-bom-mid-line.jsonl", want: []hostileProblem{p(9, "states[2]", syntax)}},
		// A line of four spaces.
		{file: "syntax-blank-line.jsonl", want: []hostileProblem{p(9, "", syntax)}},
		// Lines end with a carriage return alone, which does not end a
		// line of JSON Lines: the file is one line, whose first entity
		// has data after it.
		{file: "syntax-cr-only.jsonl", want: []hostileProblem{p(1, "sources[0]", syntax)}},
		// The document twice, one after the other.
		{file: "syntax-two-documents.json", want: []hostileProblem{p(15, "", syntax)}},
		// A member name with an escaped NUL in it.
		{file: "enc-nul-escaped-key.jsonl", want: []hostileProblem{p(9, `states[2]["na\x00me"]`, syntax)}},
		// A group's state is a number, Azerbaijan's numeric code.
		{file: "enc-number-for-string-group.jsonl", want: []hostileProblem{p(9, "groups[0].state", syntax)}},
		// An agreement's date of signature is a number, 20220620.
		{file: "enc-number-for-string-agreement.json", want: []hostileProblem{p(13, "agreements[0].signed", syntax)}},
		// An event's host is a number, Iran's numeric code.
		{file: "enc-number-for-string-event.jsonl", want: []hostileProblem{p(9, "events[0].host", syntax)}},
		// A signatory has "official" twice.
		{file: "enc-duplicate-key-signatory.json", want: []hostileProblem{p(13, "agreements[0].signatories[0].official", syntax)}},
		// A provision's quote holds a Latin-1 byte, invalid UTF-8.
		{file: "enc-invalid-utf8-quote.json", want: []hostileProblem{p(13, "agreements[0].provisions[0].quote", syntax)}},
		// An agreement's title is spelt "titel".
		{file: "enc-unknown-member-agreement.jsonl", want: []hostileProblem{p(9, "agreements[0].titel", syntax)}, says: `did you mean "title"?`},
		// An event's title is spelt "titel".
		{file: "enc-unknown-member-event.json", want: []hostileProblem{p(13, "events[0].titel", syntax)}, says: `did you mean "title"?`},
		// An agreement's provisions nest 10,000 lists deep.
		{file: "syntax-deep-provisions.json", gen: func(t *testing.T) []byte {
			return hostileMember(t, 13, `"agreements": [{"id": "az-ir-mou", "kind": "memorandum_of_understanding", "title": "Memorandum of Understanding", "parties": [{"state": "AZ"}, {"state": "IR"}], "provisions": `+deep+`, "sources": ["azernews"]}],`)
		}, want: []hostileProblem{p(13, "agreements[0].provisions[0]", tooLarge)}},
		// An event's title of 2,000 bytes, past a limit of 1,000 on strings.
		{file: "syntax-long-string.jsonl", gen: func(t *testing.T) []byte {
			return hostileWith(t, "jsonl", 9, `{"entity":"event","id":"az-film-days","kind":"cultural_week","title":"`+strings.Repeat("x", 2000)+`","history":[{"status":"announced","sources":["azernews"]}],"sources":["azernews"]}`)
		}, opts: relations.ReadOptions{MaxStringBytes: 1000}, want: []hostileProblem{p(9, "events[0].title", tooLarge)}},
		// A provision's summary of 1 MiB, past the default limit on strings.
		{file: "syntax-long-string.json", gen: func(t *testing.T) []byte {
			return hostileMember(t, 13, `"agreements": [{"id": "az-ir-mou", "kind": "memorandum_of_understanding", "title": "Memorandum of Understanding", "parties": [{"state": "AZ"}, {"state": "IR"}], "provisions": [{"summary": "`+mib+`"}], "sources": ["azernews"]}],`)
		}, want: []hostileProblem{p(13, "agreements[0].provisions[0].summary", tooLarge)}},

		// Semantics: the rules of one entity, and those across entities.

		// An official with neither a name nor a post.
		{file: "value-official-no-name.jsonl", want: []hostileProblem{p(9, "officials[2].name", required)}},
		// A participant is both an official and a group.
		{file: "value-participant-official-and-group.json", want: []hostileProblem{p(12, "meetings[0].participants[0].official", conflict)}},
		// A statement without speakers that is not the source's own.
		{file: "value-statement-no-speakers.jsonl", want: []hostileProblem{p(7, "meetings[0].statements[0].speakers", required)}},
		// A statement of the source's own, with a speaker.
		{file: "value-statement-by-source-speakers.json", want: []hostileProblem{p(12, "meetings[0].statements[0].by_source", conflict)}},
		// A group of at least 5 and at most 3 people.
		{file: "value-group-size.jsonl", want: []hostileProblem{p(9, "groups[0].size.max", conflict)}},
		// A signatory signs for a ministry that is not a party.
		{file: "value-signatory-no-party.json", want: []hostileProblem{p(13, "agreements[0].signatories[1].for", conflict)}},
		// An agreement enters into force before it is signed.
		{file: "value-entry-before-signature.jsonl", want: []hostileProblem{p(9, "agreements[0].entry_into_force", conflict)}},
		// An agreement implements no parent.
		{file: "value-relation-without-parent.json", want: []hostileProblem{p(13, "agreements[0].relation", conflict)}},
		// An event only planned has dates it was held.
		{file: "value-event-held-but-planned.json", want: []hostileProblem{p(13, "events[0].held", conflict)}},
		// A state became a member three years before the organization
		// was founded.
		{file: "value-membership-before-founded.jsonl", want: []hostileProblem{p(5, "organizations[0].members[1].since", conflict)}},
		// A tie cites the same source twice.
		{file: "value-source-twice.json", want: []hostileProblem{p(13, "ties[0].sources", duplicate)}},
		// A ministry has the portfolio culture twice.
		{file: "value-portfolio-twice.json", want: []hostileProblem{p(5, "ministries[0].portfolios", duplicate)}},
		// A tie cites a source for its ID, which no source can be cited
		// for.
		{file: "value-field-sources-id.jsonl", want: []hostileProblem{p(8, "ties[0].field_sources.id", invalid)}},
		// A meeting marks its city uncertain: the city is its place's.
		{file: "value-uncertain-unknown-field.json", want: []hostileProblem{p(12, "meetings[0].uncertain.city", invalid)}},
		// An alias starts with a right-to-left override: "yekruT" shows
		// as "Turkey".
		{file: "value-name-rlo.jsonl", want: []hostileProblem{p(9, "states[2].aliases[0]", invalid)}},
		// A name holds a zero-width space.
		{file: "value-name-zwsp.json", want: []hostileProblem{p(7, "officials[0].name", invalid)}},
		// A name starts with a combining acute accent.
		{file: "value-name-combining.jsonl", want: []hostileProblem{p(4, "ministries[0].name", invalid)}},
		// A place in the subdivision IR-ZZZ, which ISO 3166-2 does not
		// assign.
		{file: "value-subdivision-unassigned.json", want: []hostileProblem{p(10, "meetings[0].place.subdivision", invalid)}},
		// A source gives the time of publication, but not the date.
		{file: "value-source-time-no-date.jsonl", want: []hostileProblem{p(1, "sources[0].time", conflict)}},
		// An executive programme runs a year past the agreement it
		// implements.
		{file: "graph-implements-outside-parent.jsonl", want: []hostileProblem{p(10, "agreements[1].expires", conflict)}},
		// Two agreements amend each other: each is its own ancestor, and
		// the cycle is reported once.
		{file: "graph-agreement-own-ancestor.json", want: []hostileProblem{p(13, "agreements[0].parent", conflict)}},
		// An event held, then planned.
		{file: "graph-event-status-back.jsonl", want: []hostileProblem{p(9, "events[0].history[1].status", conflict)}},
		// A meeting hosted by Azerbaijan, during a visit to Iran.
		{file: "graph-meeting-host-not-visit.jsonl", want: []hostileProblem{p(8, "meetings[0].host", conflict)}},
		// An initiative was proposed at a meeting 19 days before the
		// meeting.
		{file: "graph-history-before-meeting.json", want: []hostileProblem{p(13, "initiatives[0].history[0].date", conflict)}},
		// An initiative of Azerbaijan alone, proposed by Iran's minister.
		{file: "graph-proposer-no-party.jsonl", want: []hostileProblem{p(9, "initiatives[0].proposed_by[0]", conflict)}},
		// A second tie of diplomatic relations between the same states,
		// while the first still runs.
		{file: "graph-ties-overlap.json", want: []hostileProblem{p(14, "ties[1].established", conflict)}},

		// Input and its limits.

		// A file of a byte-order mark alone: the mark, and a file empty
		// without it.
		{file: "io-only-bom.json", want: []hostileProblem{p(1, "", syntax), p(1, "", syntax)}},
		{file: "io-only-bom.jsonl", want: []hostileProblem{p(1, "", syntax), p(1, "", syntax)}},
		// A file of one line end.
		{file: "io-only-line-end.jsonl", want: []hostileProblem{p(1, "", syntax)}},
		// A file of white space.
		{file: "io-only-spaces.json", want: []hostileProblem{p(1, "", syntax)}},
		// The valid document, of 1,161 bytes, read with a limit of 1,024:
		// byte 1,025 is on line 13.
		{file: "io-document-too-large.json", gen: func(t *testing.T) []byte {
			return []byte(strings.Join(hostileBase(t, "json"), "\n") + "\n")
		}, opts: relations.ReadOptions{MaxDocumentBytes: 1024}, want: []hostileProblem{p(13, "", tooLarge)}},
		// The valid lines read with a limit of 256 bytes a line: the
		// meeting's, of 300 bytes, is the only one past it.
		{file: "io-line-too-long.jsonl", gen: func(t *testing.T) []byte {
			return []byte(strings.Join(hostileBase(t, "jsonl"), "\n") + "\n")
		}, opts: relations.ReadOptions{MaxLineBytes: 256}, want: []hostileProblem{p(7, "meetings[0]", tooLarge)}},
		// A signatory's party is an object at depth 4 of its line, past a
		// limit of 3.
		{file: "io-depth.jsonl", gen: func(t *testing.T) []byte {
			return hostileWith(t, "jsonl", 9, `{"entity":"agreement","id":"az-ir-mou","kind":"memorandum_of_understanding","title":"Memorandum of Understanding","parties":[{"state":"AZ"},{"state":"IR"}],"signatories":[{"official":"karimov","for":{"state":"AZ"}}],"sources":["azernews"]}`)
		}, opts: relations.ReadOptions{MaxDepth: 3}, want: []hostileProblem{p(9, "agreements[0].signatories[0].for", tooLarge)}},
		// Five states with a misspelt member, three problems allowed:
		// reading stops at the fourth, and says so on its line.
		{file: "io-max-problems.jsonl", gen: func(t *testing.T) []byte {
			var extra []string
			for _, s := range []string{`"GE","name":"Georgia","capitol":"Tbilisi"`, `"AM","name":"Armenia","capitol":"Yerevan"`, `"TR","name":"Türkiye","capitol":"Ankara"`,
				`"KZ","name":"Kazakhstan","capitol":"Astana"`, `"UZ","name":"Uzbekistan","capitol":"Tashkent"`} {
				extra = append(extra, `{"entity":"state","id":`+s+`}`)
			}
			return hostileWith(t, "jsonl", 9, strings.Join(extra, "\n"))
		}, opts: relations.ReadOptions{MaxProblems: 3}, want: []hostileProblem{
			p(9, "states[2].capitol", syntax), p(10, "states[3].capitol", syntax), p(11, "states[4].capitol", syntax), p(12, "", tooLarge),
		}, says: "more than 3 problems"},
		// Four topics not of the vocabulary, two problems allowed: they
		// are found in what decoded, and the first two are kept.
		{file: "io-max-problems.json", gen: func(t *testing.T) []byte {
			lines := hostileBase(t, "json")
			lines[11] = strings.Replace(lines[11], `["cinema"]`, `["kino", "film", "movies", "theatre"]`, 1)
			return []byte(strings.Join(lines, "\n") + "\n")
		}, opts: relations.ReadOptions{MaxProblems: 2}, want: []hostileProblem{
			p(12, "meetings[0].topics[0]", invalid), p(12, "meetings[0].topics[1]", invalid), p(12, "", tooLarge),
		}, says: "more than 2 problems"},
		// Iran's line fails to decode: the five references to it, by a
		// post, the meeting and the tie, are counted in its problem.
		{file: "io-unread-reference.jsonl", want: []hostileProblem{p(3, "states[1].nmae", syntax)}, says: "; and 5 references to it, not reported on their own"},
		// The source fails to decode: the meeting and the tie cite it.
		{file: "io-unread-reference.json", want: []hostileProblem{p(2, "sources[0].published", invalid)}, says: "; and 2 references to it, not reported on their own"},
		// Iran fails to decode on a line after its first: the references
		// are counted in its problem, on the line of the bad value.
		{file: "io-unread-reference-pretty.json", want: []hostileProblem{p(8, "states[1].nmae", syntax)}, says: "; and 2 references to it, not reported on their own"},
		// A document of amity/v1, which says so first or last: the
		// ministries' "portfolio" of that format, and the reference to
		// one, follow from it.
		{file: "io-schema-v1.json", want: []hostileProblem{p(2, "schema", invalid)},
			says: `; and the 2 ministries' "portfolio", the field of amity/v1, and 1 reference to them, not reported on their own`},
		{file: "io-schema-v1-last.json", want: []hostileProblem{p(11, "schema", invalid)},
			says: `; and the 2 ministries' "portfolio", the field of amity/v1, and 1 reference to them, not reported on their own`},
		// A line of JSON Lines cannot say its format: its problem says how
		// to upgrade.
		{file: "io-portfolio-v1.jsonl", want: []hostileProblem{p(3, "ministries[0].portfolio", syntax)},
			says: "(the field of amity/v1: upgrade the file with UpgradeJSONL or UpgradeJSON, or amity convert -upgrade)"},
	}
}

// hostileValid holds the story as a document and as JSON Lines, and the
// records each reads as.
type hostileValid struct {
	doc, lines       []byte
	docRec, linesRec relations.Records
}

func newHostileValid(t *testing.T) hostileValid {
	t.Helper()
	r := azernews.Records()
	var v hostileValid
	var doc, lines bytes.Buffer
	if err := relations.WriteJSON(&doc, &r); err != nil {
		t.Fatal(err)
	}
	if err := relations.WriteJSONL(&lines, &r); err != nil {
		t.Fatal(err)
	}
	v.doc, v.lines = doc.Bytes(), lines.Bytes()
	v.docRec, v.linesRec = v.check(t)
	if diff := cmp.Diff(v.docRec, v.linesRec); diff != "" {
		t.Fatalf("the story reads differently as a document and as lines (-doc +lines):\n%s", diff)
	}
	return v
}

// check reads the valid files and returns their records, failing the
// test if either does not read whole.
func (v hostileValid) check(t *testing.T) (doc, lines relations.Records) {
	t.Helper()
	d, err := relations.ReadJSON(bytes.NewReader(v.doc), relations.ReadOptions{})
	if err != nil {
		t.Fatalf("valid document: %v", err)
	}
	l, err := relations.ReadJSONL(bytes.NewReader(v.lines), relations.ReadOptions{})
	if err != nil {
		t.Fatalf("valid lines: %v", err)
	}
	return d.Records(), l.Records()
}

// TestHostileBase checks that the files the hostile cases are made from
// are valid and hold the same records, so that each case's problems are
// those of the one thing it changes.
func TestHostileBase(t *testing.T) {
	var recs []relations.Records
	for _, c := range []hostileCase{{file: "valid.json"}, {file: "valid.jsonl"}} {
		d, err := c.read(c.content(t))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		recs = append(recs, d.Records())
	}
	if diff := cmp.Diff(recs[0], recs[1]); diff != "" {
		t.Errorf("valid.json and valid.jsonl differ (-json +jsonl):\n%s", diff)
	}
}

// TestHostileEveryFileHasACase checks that every file in testdata/hostile
// is a case or a valid base, and every case without a generator has a
// file.
func TestHostileEveryFileHasACase(t *testing.T) {
	entries, err := os.ReadDir(hostileDir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]bool{}
	for _, e := range entries {
		files[e.Name()] = true
	}
	cases := map[string]bool{"valid.json": true, "valid.jsonl": true}
	for _, c := range hostileCases() {
		if cases[c.file] {
			t.Errorf("%s: two cases", c.file)
		}
		cases[c.file] = true
		if c.gen == nil && !files[c.file] {
			t.Errorf("%s: no such file in %s", c.file, hostileDir)
		}
		if c.gen != nil && files[c.file] {
			t.Errorf("%s: a generated case with a file of the same name", c.file)
		}
	}
	for f := range files {
		if !cases[f] {
			t.Errorf("%s: a file with no case", f)
		}
	}
	if n := len(hostileCases()); n < 40 {
		t.Errorf("%d cases, want at least 40", n)
	}
}

// TestHostile reads every hostile file and checks that it is rejected
// with exactly the problems of its case, that each problem reads well,
// and that a valid file read after it loads completely.
func TestHostile(t *testing.T) {
	valid := newHostileValid(t)
	for _, c := range hostileCases() {
		t.Run(c.file, func(t *testing.T) {
			d, err := c.read(c.content(t))
			if d != nil {
				t.Error("a dataset despite problems")
			}
			verr, ok := errors.AsType[*amity.ValidationError](err)
			if !ok {
				t.Fatalf("error %v (%T) is not a *amity.ValidationError", err, err)
			}
			var got []hostileProblem
			for _, fe := range verr.Errors {
				got = append(got, hostileProblem{fe.Line, fe.Path.String(), fe.Kind})
				checkProblemReads(t, fe)
				t.Logf("%s", fe.Error())
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s\nerror: %v", diff, err)
			}
			if n := len(verr.Errors); c.says != "" && (n == 0 || !strings.Contains(verr.Errors[n-1].Detail, c.says)) {
				t.Errorf("the last problem does not say %q:\n%v", c.says, err)
			}
			for _, w := range c.want {
				if !errors.Is(err, w.Kind.Class()) {
					t.Errorf("errors.Is(err, %v) is false for a problem of kind %q", w.Kind.Class(), w.Kind)
				}
			}

			// No state is left behind: the valid files read as before.
			doc, lines := valid.check(t)
			if diff := cmp.Diff(valid.docRec, doc); diff != "" {
				t.Errorf("the valid document reads differently after this file (-before +after):\n%s", diff)
			}
			if diff := cmp.Diff(valid.linesRec, lines); diff != "" {
				t.Errorf("the valid lines read differently after this file (-before +after):\n%s", diff)
			}
		})
	}
}

// hostileJargon is what a message for a data curator must not hold: the
// words of Go and its JSON packages, and the signs of a crash or of a
// formatting mistake.
var hostileJargon = []string{
	"json:", "jsontext", "reflect", "struct", "Go type", "unmarshal", "Unmarshal", "interface", "[]", "*",
	"orgs.", "events.", "relations.", "amity.", "0x", "panic", "goroutine", "%!", "<nil>", "unexpected EOF",
}

// hostileQuoted matches a string quoted in Go syntax.
var hostileQuoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// checkProblemReads checks that fe says where and why in one line a
// data curator reads: a line, a detail, its path first, no jargon, and
// one class of error for errors.Is.
func checkProblemReads(t *testing.T, fe amity.FieldError) {
	t.Helper()
	msg := fe.Message()
	if fe.Line <= 0 {
		t.Errorf("%q: no line", msg)
	}
	if fe.Detail == "" && fe.Kind != amity.KindRequired {
		t.Errorf("%q: no detail saying what is wrong", msg)
	}
	if strings.ContainsAny(msg, "\n\r") {
		t.Errorf("%q: more than one line", msg)
	}
	if !fe.Path.IsZero() && !strings.HasPrefix(msg, fe.Path.String()+": ") {
		t.Errorf("%q does not start with its path %q", msg, fe.Path)
	}
	// The path, the value and what the detail quotes come from the file,
	// and may hold anything: the rest are amity's words.
	words := hostileQuoted.ReplaceAllString(fe.Detail, `""`)
	for _, j := range hostileJargon {
		if strings.Contains(words, j) {
			t.Errorf("%q: says %q", msg, j)
		}
	}
	classes := 0
	for _, class := range []error{amity.ErrSyntax, amity.ErrTooLarge, amity.ErrInvalid, amity.ErrReference} {
		if errors.Is(fe, class) {
			classes++
		}
	}
	if classes != 1 || !errors.Is(fe, fe.Kind.Class()) {
		t.Errorf("%q: matches %d classes of error, want 1, %v", msg, classes, fe.Kind.Class())
	}
}

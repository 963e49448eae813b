package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/jsoncodec"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// query is a subcommand of amity query.
type query struct {
	name, args, summary, example string
	run                          func(e env, args []string) int
}

// queries returns the subcommands of amity query.
func queries() []query {
	return []query{
		{"between", "[-from DATE] [-to DATE] [-json] STATE STATE FILE", "meetings between two states, by date",
			"amity query between -from 2022 -to 2022-12 AZ IR story.json", queryBetween},
		{"timeline", "[-json] STATE STATE FILE", "visits, meetings, statements and initiative changes of a pair, by date",
			"amity query timeline AZ IR story.json", queryTimeline},
		{"shared-memberships", "-on DATE [-json] STATE STATE FILE", "organizations both states belong to on a date",
			"amity query shared-memberships -on 2022-06-20 AZ IR story.json", querySharedMemberships},
		{"anniversary", "-year YEAR [-json] STATE STATE FILE", "which anniversary of diplomatic relations falls in a year",
			"amity query anniversary -year 2022 AZ IR story.json", queryAnniversary},
		{"agreements", "-on DATE [-json] STATE STATE FILE", "agreements in force between two states on a date",
			"amity query agreements -on 2011-06 LA KH story.json", queryAgreements},
		{"ending", "[-from DATE] [-to DATE] [-json] FILE", "agreements that end, expire or are terminated in a period, by date",
			"amity query ending -from 2025 -to 2026 archive.jsonl", queryEnding},
		{"signed-by", "[-json] OFFICIAL FILE", "agreements an official signed, by date",
			"amity query signed-by him-chhem story.json", querySignedBy},
		{"find", "[-json] NAME FILE", "states, ministries, organizations and officials by any of their names",
			"amity query find Esmaeili story.json", queryFind},
	}
}

func runQuery(e env, args []string) int {
	if len(args) > 0 {
		for _, q := range queries() {
			if q.name == args[0] {
				return q.run(e, args[1:])
			}
		}
	}
	help := len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help")
	if len(args) > 0 && !help {
		fmt.Fprintf(e.stderr, "amity query: unknown query %q\n", args[0])
	}
	fmt.Fprintln(e.stderr, "usage: amity query QUERY [flags] ARGS FILE\n\nqueries:")
	for _, q := range queries() {
		fmt.Fprintf(e.stderr, "  %-19s %s\n", q.name, q.summary)
	}
	fmt.Fprintln(e.stderr, "\nRun 'amity query QUERY -h' for its flags and an example.")
	if help {
		return exitOK
	}
	return exitUsage
}

// queryFlags returns the flag set of query name, with the flags of the
// limits of reading and its -json flag.
func queryFlags(e env, name string) (queryFlagSet, *bool) {
	for _, q := range queries() {
		if q.name == name {
			fs, rd := newReadFlags(e, "query "+name, q.args, q.example)
			return queryFlagSet{fs, rd}, fs.Bool("json", false, "write JSON instead of text")
		}
	}
	panic("no query " + name)
}

// queryFlagSet is the flag set of a query, and the limits of reading its
// flags set.
type queryFlagSet struct {
	*flag.FlagSet
	read *reading
}

// pairArgs checks that the arguments are two states and a file.
func pairArgs(e env, fs queryFlagSet) (a, b orgs.StateID, file string, ok bool) {
	if fs.NArg() != 3 {
		fs.Usage()
		return "", "", "", false
	}
	return orgs.StateID(strings.ToUpper(fs.Arg(0))), orgs.StateID(strings.ToUpper(fs.Arg(1))), fs.Arg(2), true
}

// dateFlag parses a -from, -to or -on value; empty is the zero Date.
func dateFlag(e env, name, value string) (amity.Date, bool) {
	if value == "" {
		return amity.Date{}, true
	}
	d, err := amity.ParseDate(value)
	if err != nil {
		fmt.Fprintf(e.stderr, "amity: -%s: %v\n", name, err)
		return amity.Date{}, false
	}
	return d, true
}

// writeJSON writes v as one JSON value and a newline.
func writeJSON(w io.Writer, v any) int {
	b, err := jsoncodec.Marshal(v)
	if err != nil {
		return exitUsage
	}
	w.Write(append(b, '\n'))
	return exitOK
}

func queryBetween(e env, args []string) int {
	fs, asJSON := queryFlags(e, "between")
	from := fs.String("from", "", "only meetings not wholly before `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "only meetings not wholly after `DATE`")
	if status, ok := parse(fs.FlagSet, args); !ok {
		return status
	}
	a, b, file, ok := pairArgs(e, fs)
	if !ok {
		return exitUsage
	}
	var p relations.Period
	if p.From, ok = dateFlag(e, "from", *from); !ok {
		return exitUsage
	}
	if p.To, ok = dateFlag(e, "to", *to); !ok {
		return exitUsage
	}
	d, status := loadValid(e, file, fs.read)
	if d == nil {
		return status
	}
	if !known(e, d, file, relations.KindState, string(a)) || !known(e, d, file, relations.KindState, string(b)) {
		return exitUsage
	}
	meetings := slices.Collect(d.MeetingsBetween(a, b, p))
	if *asJSON {
		return writeJSON(e.stdout, nonNil(meetings))
	}
	for _, m := range meetings {
		var who []string
		for _, p := range m.Participants {
			who = append(who, actorOf(d, p)+" ("+string(p.State)+")")
		}
		fmt.Fprintf(e.stdout, "%-10s  %s  %s", m.Date, m.ID, strings.Join(who, ", "))
		if !m.Place.IsZero() {
			fmt.Fprintf(e.stdout, "  in %s", m.Place)
		}
		fmt.Fprintln(e.stdout)
	}
	if len(meetings) == 0 {
		fmt.Fprintf(e.stderr, "no meetings between %s and %s\n", a, b)
	}
	return exitOK
}

func queryTimeline(e env, args []string) int {
	fs, asJSON := queryFlags(e, "timeline")
	if status, ok := parse(fs.FlagSet, args); !ok {
		return status
	}
	a, b, file, ok := pairArgs(e, fs)
	if !ok {
		return exitUsage
	}
	d, status := loadValid(e, file, fs.read)
	if d == nil {
		return status
	}
	if !known(e, d, file, relations.KindState, string(a)) || !known(e, d, file, relations.KindState, string(b)) {
		return exitUsage
	}
	entries := slices.Collect(d.Timeline(a, b))
	if *asJSON {
		return writeJSON(e.stdout, nonNil(entries))
	}
	for _, t := range entries {
		fmt.Fprintf(e.stdout, "%-10s  %-13s  %s\n", t.Date, t.Kind, t.Text)
	}
	if len(entries) == 0 {
		fmt.Fprintf(e.stderr, "nothing between %s and %s\n", a, b)
	}
	return exitOK
}

func querySharedMemberships(e env, args []string) int {
	fs, asJSON := queryFlags(e, "shared-memberships")
	on := fs.String("on", "", "the `DATE` on which both are members (required)")
	if status, ok := parse(fs.FlagSet, args); !ok {
		return status
	}
	a, b, file, ok := pairArgs(e, fs)
	if !ok {
		return exitUsage
	}
	date, ok := dateFlag(e, "on", *on)
	if !ok || date.IsZero() {
		if ok {
			fmt.Fprintln(e.stderr, "amity: -on DATE is required")
		}
		return exitUsage
	}
	d, status := loadValid(e, file, fs.read)
	if d == nil {
		return status
	}
	if !known(e, d, file, relations.KindState, string(a)) || !known(e, d, file, relations.KindState, string(b)) {
		return exitUsage
	}
	orgsList := slices.Collect(d.SharedMemberships(a, b, date))
	if *asJSON {
		return writeJSON(e.stdout, nonNil(orgsList))
	}
	for _, o := range orgsList {
		fmt.Fprintf(e.stdout, "%s  %s\n", o.ID, o.Name)
	}
	if len(orgsList) == 0 {
		fmt.Fprintf(e.stderr, "no organization that both %s and %s belong to on %s\n", a, b, date)
	}
	return exitOK
}

func queryAnniversary(e env, args []string) int {
	fs, asJSON := queryFlags(e, "anniversary")
	year := fs.Int("year", 0, "the `YEAR` to look at (required)")
	if status, ok := parse(fs.FlagSet, args); !ok {
		return status
	}
	a, b, file, ok := pairArgs(e, fs)
	if !ok {
		return exitUsage
	}
	if *year < amity.MinYear || *year > amity.MaxYear {
		fmt.Fprintln(e.stderr, "amity: -year YEAR is required, from 1 to 9999")
		return exitUsage
	}
	d, status := loadValid(e, file, fs.read)
	if d == nil {
		return status
	}
	if !known(e, d, file, relations.KindState, string(a)) || !known(e, d, file, relations.KindState, string(b)) {
		return exitUsage
	}
	tie, n, found := d.Anniversary(a, b, *year)
	if *asJSON {
		type answer struct {
			Tie         cooperation.TieID `json:"tie,omitzero"`
			Established amity.Date        `json:"established,omitzero"`
			Year        int               `json:"year"`
			Anniversary int               `json:"anniversary"`
		}
		return writeJSON(e.stdout, answer{Tie: tie.ID, Established: tie.Established, Year: *year, Anniversary: n})
	}
	if !found {
		fmt.Fprintf(e.stdout, "no anniversary of diplomatic relations between %s and %s in %d\n", a, b, *year)
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%d: %s anniversary of diplomatic relations between %s and %s (established %s)\n",
		*year, cooperation.Ordinal(n), a, b, tie.Established)
	return exitOK
}

func queryFind(e env, args []string) int {
	fs, asJSON := queryFlags(e, "find")
	if status, ok := parse(fs.FlagSet, args); !ok {
		return status
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return exitUsage
	}
	d, status := loadValid(e, fs.Arg(1), fs.read)
	if d == nil {
		return status
	}
	matches := slices.Collect(d.Find(fs.Arg(0)))
	if *asJSON {
		return writeJSON(e.stdout, nonNil(matches))
	}
	for _, m := range matches {
		fmt.Fprintf(e.stdout, "%-12s  %s  %s\n", m.Kind, m.ID, m.Name)
	}
	if len(matches) == 0 {
		fmt.Fprintf(e.stderr, "nothing is named %q\n", fs.Arg(0))
	}
	return exitOK
}

// nameOf returns the primary name of an official, or the ID if unknown.
func nameOf(d *relations.Dataset, id orgs.OfficialID) string {
	if o, ok := d.Official(id); ok {
		return o.Label()
	}
	return string(id)
}

// actorOf names the official or group a participant is.
func actorOf(d *relations.Dataset, p events.Participant) string {
	if p.Group != "" {
		if g, ok := d.Group(p.Group); ok {
			return g.Label()
		}
		return string(p.Group)
	}
	return nameOf(d, p.Official)
}

// nonNil returns s, or an empty slice for nil, so that JSON shows [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

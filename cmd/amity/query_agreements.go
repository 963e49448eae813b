package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// printAgreements writes one line per agreement: its dates, ID, kind and
// title, and its parties.
func printAgreements(e env, as []cooperation.Agreement) {
	for _, a := range as {
		var parties []string
		for _, p := range a.Parties {
			parties = append(parties, p.ID())
		}
		end := a.End().String()
		if end == "" {
			end = "..."
		}
		fmt.Fprintf(e.stdout, "%-10s  %-10s  %s  %s: %s  (%s)\n", a.Signed, end, a.ID, a.Kind, a.Title, strings.Join(parties, ", "))
	}
}

func queryAgreements(e env, args []string) int {
	fs, asJSON := queryFlags(e, "agreements")
	on := fs.String("on", "", "the `DATE` on which the agreements are in force (required)")
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
	as := slices.Collect(d.AgreementsInForce(a, b, date))
	if *asJSON {
		return writeJSON(e.stdout, nonNil(as))
	}
	printAgreements(e, as)
	if len(as) == 0 {
		fmt.Fprintf(e.stderr, "no agreement between %s and %s known to be in force on %s\n", a, b, date)
	}
	return exitOK
}

func queryEnding(e env, args []string) int {
	fs, asJSON := queryFlags(e, "ending")
	from := fs.String("from", "", "only agreements that end not wholly before `DATE`")
	to := fs.String("to", "", "only agreements that end not wholly after `DATE`")
	if status, ok := parse(fs.FlagSet, args); !ok {
		return status
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	var p relations.Period
	var ok bool
	if p.From, ok = dateFlag(e, "from", *from); !ok {
		return exitUsage
	}
	if p.To, ok = dateFlag(e, "to", *to); !ok {
		return exitUsage
	}
	d, status := loadValid(e, fs.Arg(0), fs.read)
	if d == nil {
		return status
	}
	as := slices.Collect(d.AgreementsEnding(p))
	if *asJSON {
		return writeJSON(e.stdout, nonNil(as))
	}
	printAgreements(e, as)
	if len(as) == 0 {
		fmt.Fprintln(e.stderr, "no agreement ends in that period")
	}
	return exitOK
}

func querySignedBy(e env, args []string) int {
	fs, asJSON := queryFlags(e, "signed-by")
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
	o := orgs.OfficialID(fs.Arg(0))
	if !known(e, d, fs.Arg(1), relations.KindOfficial, string(o)) {
		return exitUsage
	}
	as := slices.Collect(d.SignedBy(o))
	if *asJSON {
		return writeJSON(e.stdout, nonNil(as))
	}
	printAgreements(e, as)
	if len(as) == 0 {
		fmt.Fprintf(e.stderr, "no agreement signed by %s\n", o)
	}
	return exitOK
}

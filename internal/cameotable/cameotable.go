// Package cameotable reads the official CAMEO-to-PLOVER conversion table
// (CAMEO2PLOVER-2021.txt, edited by Philip Schrodt for the PLOVER manual
// 0.8), whose lines read "0311: AGREE,  ,   economic # Express intent to
// cooperate economically": a CAMEO code, then the PLOVER event type, mode
// and contexts, then a comment.
package cameotable

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Row is one line of the table.
type Row struct {
	// Code is the CAMEO code: "0311".
	Code string
	// Event and Mode are the PLOVER event type and mode, "" where the
	// table gives none.
	Event, Mode string
	// Contexts are the PLOVER contexts, in the table's order; none where
	// the table gives none.
	Contexts []string
}

// Parse reads the table from r, up to the line of tildes that ends it.
// Lines that start with "#" and blank lines are skipped.
func Parse(r io.Reader) ([]Row, error) {
	var rows []Row
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "~") {
			break // the line of tildes that ends the table
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line, _, _ = strings.Cut(line, "#")
		code, rest, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("cameotable: line %d: no colon after the code", n)
		}
		fields := strings.Split(rest, ",")
		row := Row{Code: strings.TrimSpace(code), Event: strings.TrimSpace(fields[0])}
		if len(fields) > 1 {
			row.Mode = strings.TrimSpace(fields[1])
		}
		if len(fields) > 2 {
			for c := range strings.SplitSeq(fields[2], ";") {
				if c = strings.TrimSpace(c); c != "" {
					row.Contexts = append(row.Contexts, c)
				}
			}
		}
		rows = append(rows, row)
	}
	return rows, sc.Err()
}

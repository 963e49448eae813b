package relations

import (
	"slices"
	"strconv"
	"strings"

	"github.com/amitydata/amity"
)

// The one field amity/v1 has that amity/v2 does not is a ministry's
// "portfolio", now the list "portfolios" (see [UpgradeJSON]). Read as
// amity/v2, a file of amity/v1 has one problem per ministry for it. A
// document says it is of amity/v1 in its schema member, which is then a
// problem that tells how to upgrade it: the ministries' problems follow
// from it and are folded into it. A line of JSON Lines cannot say which
// format it is in; its problem says how to upgrade the file.

// v1Hint is what a problem of a ministry's "portfolio" adds where it is
// reported.
const v1Hint = ` (the field of amity/v1: upgrade the file with UpgradeJSONL or UpgradeJSON, or amity convert -upgrade)`

// isV1Portfolio reports whether fe is the problem of a ministry's
// "portfolio", the field of amity/v1.
func isV1Portfolio(fe amity.FieldError) bool {
	if fe.Kind != amity.KindSyntax || !strings.HasPrefix(fe.Detail, `unknown field "portfolio"`) || fe.Path.Len() != 3 {
		return false
	}
	list, _ := fe.Path.Elem(0)
	at, _ := fe.Path.Elem(1)
	name, _ := fe.Path.Elem(2)
	return list.Name == "ministries" && at.IsIndex() && name.Name == "portfolio"
}

// v1Problems keeps the problems of a reading that follow from a document
// of amity/v1.
type v1Problems struct {
	// declared is set once the document's schema member says amity/v1.
	declared bool
	// lines are the lines of the ministries' problems folded.
	lines []int
}

// filter returns fes without the problems of ministries' "portfolio"
// once the document has declared amity/v1, noting their lines; before
// that, or in JSON Lines, it tells how to upgrade in each. It returns fes
// itself when it holds none of them.
func (v *v1Problems) filter(fes []amity.FieldError) []amity.FieldError {
	if !slices.ContainsFunc(fes, isV1Portfolio) {
		return fes
	}
	out := make([]amity.FieldError, 0, len(fes))
	for _, fe := range fes {
		switch {
		case !isV1Portfolio(fe):
		case v.declared:
			v.lines = append(v.lines, fe.Line)
			continue
		case !strings.HasSuffix(fe.Detail, v1Hint):
			fe.Detail += v1Hint
		}
		out = append(out, fe)
	}
	return out
}

// declare notes that the document is of amity/v1, and returns errs
// without the problems of ministries' "portfolio" already found.
func (v *v1Problems) declare(errs []amity.FieldError) []amity.FieldError {
	v.declared = true
	return v.filter(errs)
}

// fold tells, in the problem of the schema, how many problems of
// ministries were folded into it since it last told, and how many
// references to those ministries, by the lines of their problems in
// followOn (which may be nil).
func (v *v1Problems) fold(errs []amity.FieldError, followOn map[int]int) {
	if len(v.lines) == 0 {
		return
	}
	refs := 0
	for _, l := range v.lines {
		refs += followOn[l]
		delete(followOn, l)
	}
	n := len(v.lines)
	v.lines = nil
	for i := range errs {
		if errs[i].Path.String() == "schema" && errs[i].Value == SchemaV1 {
			errs[i].Detail += "; and the " + strconv.Itoa(n) + " ministr" + map[bool]string{true: "ies'", false: "y's"}[n > 1] +
				` "portfolio", the field of amity/v1`
			if refs > 0 {
				errs[i].Detail += ", and " + strconv.Itoa(refs) + " reference" + map[bool]string{true: "s"}[refs > 1] + " to them"
			}
			errs[i].Detail += ", not reported on their own"
			return
		}
	}
}

package naive

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// Archive is a JSON Lines archive as [Validate] reads it: the records,
// the line of each, and the index of the meetings by pair of states.
type Archive struct {
	// Records holds the records of the lines that decoded, valid or not,
	// in the order of the lines.
	Records relations.Records
	// Lines holds the line of each record, by kind, in the order of the
	// kind's list in Records.
	Lines map[relations.Kind][]int
	// Pairs maps each unordered pair of states to the indexes, in
	// Records.Meetings, of the meetings at which both were represented,
	// in the order of the meetings.
	Pairs map[Pair][]int
}

// Pair is an unordered pair of states, A before B.
type Pair struct{ A, B orgs.StateID }

// NewPair returns the pair of a and b, in either order.
func NewPair(a, b orgs.StateID) Pair {
	if b < a {
		a, b = b, a
	}
	return Pair{a, b}
}

// Between returns the indexes, in a.Records.Meetings, of the meetings
// between states x and y.
func (a *Archive) Between(x, y orgs.StateID) []int { return a.Pairs[NewPair(x, y)] }

// Validate reads the JSON Lines archive r and checks it the way a
// program written by hand would: each line decoded with encoding/json
// into amity's type for its kind and checked with that type's Validate
// method ([Read]); then a map of the IDs, every reference of every record
// checked against it, with the rules of meetings and signatories that
// follow references (as [Check] does); then the index of the meetings by
// pair of states, which a program answering questions about two states
// builds. It returns the archive, and its problems in the order of their
// lines; the error is one of r.
func Validate(r io.Reader) (*Archive, []Problem, error) {
	a, problems, err := Read(r)
	if err != nil {
		return nil, nil, err
	}
	c := newChecker(&a.Records, a.Lines)
	c.index()
	c.references()
	problems = append(problems, c.problems...)
	slices.SortStableFunc(problems, func(p, q Problem) int { return p.Line - q.Line })
	a.index()
	return a, problems, nil
}

// index builds a.Pairs.
func (a *Archive) index() {
	a.Pairs = map[Pair][]int{}
	for i, m := range a.Records.Meetings {
		states := m.States()
		for j, s := range states {
			for _, t := range states[j+1:] {
				p := NewPair(s, t)
				a.Pairs[p] = append(a.Pairs[p], i)
			}
		}
	}
}

// Read reads the JSON Lines archive r a line at a time: it decodes each
// line with encoding/json into amity's type for the kind the line
// starts with, rejecting members the type does not have, and checks the
// record with its Validate method. It keeps every record that decodes,
// valid or not, and returns the problems of the lines that do not decode
// and of the records that are not valid. The error is one of r.
func Read(r io.Reader) (*Archive, []Problem, error) {
	a := &Archive{Lines: map[relations.Kind][]int{}}
	var problems []Problem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLineBytes)
	for n := 1; sc.Scan(); n++ {
		for _, err := range a.decodeLine(sc.Bytes(), n) {
			problems = append(problems, Problem{Line: n, Err: err})
		}
	}
	return a, problems, sc.Err()
}

// decodeLine decodes line n, an entity whose kind the line starts with,
// appends it to its list, and checks it. It returns the error of the
// decoding, or the problems of the record.
func (a *Archive) decodeLine(line []byte, n int) []error {
	k, body, err := split(line)
	if err != nil {
		return []error{err}
	}
	r := &a.Records
	switch k {
	case relations.KindSource:
		return decode(a, k, &r.Sources, sourceID, body, n)
	case relations.KindState:
		return decode(a, k, &r.States, stateID, body, n)
	case relations.KindMinistry:
		return decode(a, k, &r.Ministries, ministryID, body, n)
	case relations.KindOrganization:
		return decode(a, k, &r.Organizations, organizationID, body, n)
	case relations.KindOfficial:
		return decode(a, k, &r.Officials, officialID, body, n)
	case relations.KindGroup:
		return decode(a, k, &r.Groups, groupID, body, n)
	case relations.KindVisit:
		return decode(a, k, &r.Visits, visitID, body, n)
	case relations.KindMeeting:
		return decode(a, k, &r.Meetings, meetingID, body, n)
	case relations.KindInitiative:
		return decode(a, k, &r.Initiatives, initiativeID, body, n)
	case relations.KindTie:
		return decode(a, k, &r.Ties, tieID, body, n)
	case relations.KindAgreement:
		return decode(a, k, &r.Agreements, agreementID, body, n)
	case relations.KindEvent:
		return decode(a, k, &r.Events, eventID, body, n)
	}
	return []error{fmt.Errorf("unknown entity kind %q", k)}
}

// split cuts the kind off a line that starts {"entity":"KIND", as amity
// writes it, and returns the kind and the rest of the object, starting
// at a brace of its own.
func split(line []byte) (relations.Kind, []byte, error) {
	const prefix = `{"` + relations.EntityKey + `":"`
	rest, ok := bytes.CutPrefix(line, []byte(prefix))
	if !ok {
		return "", nil, fmt.Errorf("the line does not start with %s", prefix)
	}
	k, rest, ok := bytes.Cut(rest, []byte{'"'})
	if !ok || len(rest) == 0 {
		return "", nil, errors.New("the line ends within its kind")
	}
	switch rest[0] {
	case ',':
		// Reuse the comma's byte for the object's brace.
		rest[0] = '{'
	case '}':
		rest = []byte("{}")
	default:
		return "", nil, fmt.Errorf("unexpected %q after the kind", rest[0])
	}
	return relations.Kind(k), rest, nil
}

// decode decodes body, the members of line n, into a T, which it appends
// to list, and then checks with its Validate method; id returns a T's ID.
// It returns the error of the decoding, or the problems of the record.
func decode[T validator](a *Archive, k relations.Kind, list *[]T, id func(*T) string, body []byte, n int) []error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var v T
	if err := dec.Decode(&v); err != nil {
		return []error{fmt.Errorf("%s: %w", k, err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return []error{fmt.Errorf("%s: data after the object", k)}
	}
	*list = append(*list, v)
	a.Lines[k] = append(a.Lines[k], n)
	var errs []error
	for _, fe := range invalid(v) {
		errs = append(errs, fmt.Errorf("%s %q: %v", k, id(&v), fe))
	}
	return errs
}

package relations

import (
	"errors"
	"fmt"
	"io"
	"regexp"

	"github.com/go-json-experiment/json/jsontext"
)

// SchemaV1 is the name and version of the first document format, which
// [UpgradeJSON] and [UpgradeJSONL] read. It differs from [Schema] in one
// member: a ministry's one "portfolio" is now a list, "portfolios".
// Everything else [Schema] adds is optional.
const SchemaV1 = "amity/v1"

// UpgradeJSON reads a document of [SchemaV1] from src and writes it to dst
// as a document of [Schema], changing only what the versions name
// differently: the schema member, and each ministry's "portfolio" (and
// the key "portfolio" of its field sources), which becomes
// "portfolios". It checks nothing else: read its output with [ReadJSON]
// to validate it. Members keep their order; the output is compact.
func UpgradeJSON(dst io.Writer, src io.Reader) error {
	return upgrade(dst, src, false)
}

// UpgradeJSONL is [UpgradeJSON] for JSON Lines, which carry no schema
// member: it writes each line of src to dst, a ministry's "portfolio"
// made "portfolios", and keeps one entity to a line, so that the lines
// of problems found in the output are those of the input.
func UpgradeJSONL(dst io.Writer, src io.Reader) error {
	return upgrade(dst, src, true)
}

var (
	// v1Portfolio matches the JSON pointers of a ministry's portfolio,
	// on a line of JSON Lines or in a document; v1PortfolioSource those
	// of its key in the ministry's field sources.
	v1Portfolio       = regexp.MustCompile(`^(/ministries/[0-9]+)?/portfolio$`)
	v1PortfolioSource = regexp.MustCompile(`^(/ministries/[0-9]+)?/field_sources/portfolio$`)
)

func upgrade(dst io.Writer, src io.Reader, lines bool) error {
	dec := jsontext.NewDecoder(src, jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	enc := jsontext.NewEncoder(dst, jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	fail := func(err error) error {
		return fmt.Errorf("relations: upgrading %s: at byte %d: %w", SchemaV1, dec.InputOffset(), err)
	}
	sawSchema := false
	for {
		tok, err := dec.ReadToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fail(err)
		}
		if k, n := dec.StackIndex(dec.StackDepth()); tok.Kind() == '"' && k == '{' && n%2 == 1 {
			err = upgradeMember(dec, enc, tok.String(), lines, &sawSchema)
		} else {
			err = enc.WriteToken(tok)
		}
		if err != nil {
			return fail(err)
		}
	}
	if !lines && !sawSchema {
		return fail(errors.New(`no "schema" member`))
	}
	return nil
}

// upgradeMember writes the member whose name dec has just read, renamed or
// changed if the versions differ on it.
func upgradeMember(dec *jsontext.Decoder, enc *jsontext.Encoder, name string, lines bool, sawSchema *bool) error {
	p := string(dec.StackPointer())
	switch {
	case !lines && p == "/schema":
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		if s := unquote(v); s != SchemaV1 {
			return fmt.Errorf("schema %s: want %q", v, SchemaV1)
		}
		*sawSchema = true
		return writeTokens(enc, jsontext.String(name), jsontext.String(Schema))
	case v1Portfolio.MatchString(p):
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		if err := writeTokens(enc, jsontext.String("portfolios"), jsontext.BeginArray); err != nil {
			return err
		}
		if err := enc.WriteValue(v); err != nil {
			return err
		}
		return enc.WriteToken(jsontext.EndArray)
	case v1PortfolioSource.MatchString(p):
		return enc.WriteToken(jsontext.String("portfolios"))
	}
	return enc.WriteToken(jsontext.String(name))
}

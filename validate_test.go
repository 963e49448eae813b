package amity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/amitytest"
)

func validSource() amity.Source {
	return amity.Source{
		ID:        "azernews-2022-06-22",
		Title:     "Azerbaijan, Iran discuss cultural cooperation",
		Publisher: "Azernews",
		Author:    "Laman Ismayilova",
		URL:       "https://www.azernews.az/culture/195474.html",
		Published: amity.MustParseDate("2022-06-22"),
		Language:  "en",
		Cites:     []amity.SourceID{"az-culture-ministry"},
		Note:      "Relays a press release.\nThe ministry's own text is not archived.",
	}
}

func TestSourceValidate(t *testing.T) {
	long := strings.Repeat("x", 1<<20) // 1 MiB
	amitytest.CheckRules(t, validSource, []amitytest.Rule[amity.Source]{
		{Name: "valid", Change: func(*amity.Source) {}, Want: nil},
		{Name: "only the required fields", Change: func(s *amity.Source) { *s = amity.Source{ID: "s", Publisher: "P"} }, Want: nil},
		{Name: "id missing", Change: func(s *amity.Source) { s.ID = "" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindRequired}}},
		{Name: "id with a space", Change: func(s *amity.Source) { s.ID = "azernews 2022" }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "id too long", Change: func(s *amity.Source) { s.ID = amity.SourceID(strings.Repeat("a", 129)) }, Want: []amitytest.Problem{{Path: "id", Kind: amity.KindInvalid}}},
		{Name: "title with NUL", Change: func(s *amity.Source) { s.Title = "a\x00b" }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindInvalid}}},
		{Name: "title of two lines", Change: func(s *amity.Source) { s.Title = "a\nb" }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindInvalid}}},
		{Name: "title too long", Change: func(s *amity.Source) { s.Title = strings.Repeat("ə", 513) }, Want: []amitytest.Problem{{Path: "title", Kind: amity.KindOutOfRange}}},
		{Name: "title of 512 characters", Change: func(s *amity.Source) { s.Title = strings.Repeat("ə", 512) }, Want: nil},
		{Name: "publisher missing", Change: func(s *amity.Source) { s.Publisher = "" }, Want: []amitytest.Problem{{Path: "publisher", Kind: amity.KindRequired}}},
		{Name: "publisher of 1 MiB", Change: func(s *amity.Source) { s.Publisher = long }, Want: []amitytest.Problem{{Path: "publisher", Kind: amity.KindOutOfRange}}},
		{Name: "publisher with a space at the end", Change: func(s *amity.Source) { s.Publisher = "Azernews " }, Want: []amitytest.Problem{{Path: "publisher", Kind: amity.KindInvalid}}},
		{Name: "author with an escape", Change: func(s *amity.Source) { s.Author = "\x1b[31mred" }, Want: []amitytest.Problem{{Path: "author", Kind: amity.KindInvalid}}},
		{Name: "url not http", Change: func(s *amity.Source) { s.URL = "ftp://azernews.az/" }, Want: []amitytest.Problem{{Path: "url", Kind: amity.KindInvalid}}},
		{Name: "url relative", Change: func(s *amity.Source) { s.URL = "/culture/195474.html" }, Want: []amitytest.Problem{{Path: "url", Kind: amity.KindInvalid}}},
		{Name: "url too long", Change: func(s *amity.Source) { s.URL = "https://a.az/" + strings.Repeat("a", 2048) }, Want: []amitytest.Problem{{Path: "url", Kind: amity.KindOutOfRange}}},
		{Name: "language upper case", Change: func(s *amity.Source) { s.Language = "EN" }, Want: []amitytest.Problem{{Path: "language", Kind: amity.KindInvalid}}},
		{Name: "language not a tag", Change: func(s *amity.Source) { s.Language = "english" }, Want: []amitytest.Problem{{Path: "language", Kind: amity.KindInvalid}}},
		{Name: "cites an empty ID", Change: func(s *amity.Source) { s.Cites = []amity.SourceID{"ok", ""} }, Want: []amitytest.Problem{{Path: "cites[1]", Kind: amity.KindRequired}}},
		{Name: "cites a bad ID", Change: func(s *amity.Source) { s.Cites = []amity.SourceID{"-bad"} }, Want: []amitytest.Problem{{Path: "cites[0]", Kind: amity.KindInvalid}}},
		{Name: "cites too many", Change: func(s *amity.Source) { s.Cites = make([]amity.SourceID, 65) }, Want: []amitytest.Problem{{Path: "cites", Kind: amity.KindOutOfRange}}},
		{Name: "note with a carriage return", Change: func(s *amity.Source) { s.Note = "a\r\nb" }, Want: []amitytest.Problem{{Path: "note", Kind: amity.KindInvalid}}},
		{Name: "note too long", Change: func(s *amity.Source) { s.Note = strings.Repeat("a", 4097) }, Want: []amitytest.Problem{{Path: "note", Kind: amity.KindOutOfRange}}},
		{Name: "everything wrong at once", Change: func(s *amity.Source) {
			*s = amity.Source{Title: " t", URL: "x", Language: "x", Cites: []amity.SourceID{"", "a b"}, Note: "\x00"}
		}, Want: []amitytest.Problem{
			{Path: "cites[0]", Kind: amity.KindRequired},
			{Path: "cites[1]", Kind: amity.KindInvalid},
			{Path: "id", Kind: amity.KindRequired},
			{Path: "language", Kind: amity.KindInvalid},
			{Path: "note", Kind: amity.KindInvalid},
			{Path: "publisher", Kind: amity.KindRequired},
			{Path: "title", Kind: amity.KindInvalid},
			{Path: "url", Kind: amity.KindInvalid},
		}},
	})
}

func TestSourceValidateValue(t *testing.T) {
	// The bad value is quoted, clipped; a missing one is not.
	s := validSource()
	s.Publisher = strings.Repeat("x", 1<<20)
	s.Language = "EN"
	s.ID = ""
	want := []amity.FieldError{
		{Path: amity.MustParsePath("id"), Kind: amity.KindRequired},
		{Path: amity.MustParsePath("language"), Kind: amity.KindInvalid, Value: "EN", Detail: "not a BCP 47 language tag"},
		{Path: amity.MustParsePath("publisher"), Kind: amity.KindOutOfRange, Value: strings.Repeat("x", 80) + "...", Detail: "longer than 512 characters"},
	}
	if diff := cmp.Diff(want, amity.Errors(s.Validate())); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

func TestFieldSources(t *testing.T) {
	fs := amity.FieldSources{"date": {"a", "b"}, "aliases": {"c"}}
	if diff := cmp.Diff([]string{"aliases", "date"}, fs.Fields()); diff != "" {
		t.Errorf("Fields (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]amity.SourceID{"a", "b"}, fs.For("date")); diff != "" {
		t.Errorf("For (-want +got):\n%s", diff)
	}
	if got := fs.For("place"); got != nil {
		t.Errorf("For(place) = %v, want nil", got)
	}
	if got := amity.FieldSources(nil).Fields(); len(got) != 0 {
		t.Errorf("Fields of nil = %v", got)
	}
	// AppendFields sorts what it appends, not what dst held.
	buf := make([]string, 1, 4)
	buf[0] = "zz"
	got := fs.AppendFields(buf)
	if diff := cmp.Diff([]string{"zz", "aliases", "date"}, got); diff != "" {
		t.Errorf("AppendFields (-want +got):\n%s", diff)
	}
	if &got[0] != &buf[0] {
		t.Error("AppendFields did not append in dst's array, which had room")
	}
	if allocs := testing.AllocsPerRun(100, func() { fs.AppendFields(buf[:0]) }); allocs != 0 {
		t.Errorf("AppendFields into room allocates %v times", allocs)
	}
}

// record is a struct of a Go service that embeds amity's types and uses
// its tags, to test the validator's plumbing: paths through inline
// structs, map keys, the tags that refer to other fields.
type record struct {
	ID          string `json:"id" validate:"required,id"`
	amity.Names `json:",inline" validate:"named"`
	Start       amity.Date         `json:"start,omitzero"`
	End         amity.Date         `json:"end,omitzero" validate:"notbefore=Start"`
	Country     string             `json:"country,omitzero" validate:"omitempty,country"`
	Region      string             `json:"region,omitzero" validate:"omitempty,subdivision,subdivision_of=Country"`
	Wikidata    string             `json:"wikidata,omitzero" validate:"omitempty,qid"`
	Level       level              `json:"level,omitzero" validate:"omitempty,enum"`
	NotEnum     string             `json:"not_enum,omitzero" validate:"omitempty,enum"`
	Sources     amity.FieldSources `json:"field_sources,omitzero" validate:"omitempty,dive,keys,fieldname,endkeys,required,min=1,dive,required,id"`
	Child       *child             `json:"child,omitzero"`
	Children    []child            `json:"children,omitzero" validate:"omitempty,dive"`
	Skipped     string             `json:"-" validate:"required"`
	NoJSONName  string             `validate:"omitempty,line"`
}

type child struct {
	Name string `json:"name" validate:"required,line"`
}

type level string

func (l level) Valid() bool { return l == "high" || l == "low" }

func validRecord() record {
	return record{
		ID:       "r1",
		Names:    amity.Names{Name: "Shusha", LocalNames: map[string]string{"az": "Şuşa"}, Aliases: []string{"Shushi"}},
		Start:    amity.MustParseDate("2022-06"),
		End:      amity.MustParseDate("2022-06-20"),
		Country:  "AZ",
		Region:   "AZ-SUS",
		Wikidata: "Q216",
		Level:    "high",
		Sources:  amity.FieldSources{"name": {"s1"}, "aliases": {"s2"}, "local_names": {"s3"}},
		Child:    &child{Name: "c"},
		Children: []child{{Name: "d"}},
		Skipped:  "x",
	}
}

func TestValidateStruct(t *testing.T) {
	tests := []struct {
		name   string
		change func(*record)
		want   []amitytest.Problem
	}{
		{"valid", func(*record) {}, nil},
		{"end in the start's month", func(r *record) { r.End = amity.MustParseDate("2022-06-01") }, nil},
		{"end the start's month", func(r *record) { r.End = amity.MustParseDate("2022-06") }, nil},
		{"end before start", func(r *record) { r.End = amity.MustParseDate("2022-05-31") }, []amitytest.Problem{{Path: "end", Kind: amity.KindConflict}}},
		{"end without start", func(r *record) { r.Start = amity.Date{} }, nil},
		{"start without end", func(r *record) { r.End = amity.Date{} }, nil},
		{"country lower case", func(r *record) { r.Country, r.Region = "az", "" }, []amitytest.Problem{{Path: "country", Kind: amity.KindInvalid}}},
		{"country not assigned", func(r *record) { r.Country, r.Region = "XX", "" }, []amitytest.Problem{{Path: "country", Kind: amity.KindInvalid}}},
		{"region of another country", func(r *record) { r.Region = "IR-23" }, []amitytest.Problem{{Path: "region", Kind: amity.KindInvalid}}},
		{"region not a code", func(r *record) { r.Region = "AZ-XYZ1" }, []amitytest.Problem{{Path: "region", Kind: amity.KindInvalid}}},
		{"region without country", func(r *record) { r.Country = "" }, []amitytest.Problem{{Path: "region", Kind: amity.KindInvalid}}},
		{"wikidata not a QID", func(r *record) { r.Wikidata = "216" }, []amitytest.Problem{{Path: "wikidata", Kind: amity.KindInvalid}}},
		{"enum unknown", func(r *record) { r.Level = "medium" }, []amitytest.Problem{{Path: "level", Kind: amity.KindInvalid}}},
		{"enum on a type without Valid", func(r *record) { r.NotEnum = "x" }, []amitytest.Problem{{Path: "not_enum", Kind: amity.KindInvalid}}},
		{"inline name missing", func(r *record) { r.Name = "" }, []amitytest.Problem{{Path: "name", Kind: amity.KindRequired}}},
		{"local name key upper case", func(r *record) { r.LocalNames = map[string]string{"AZ": "Şuşa"} }, []amitytest.Problem{{Path: "local_names.AZ", Kind: amity.KindInvalid}}},
		{"local name key with a dot", func(r *record) { r.LocalNames = map[string]string{"a.b": "x"} }, []amitytest.Problem{{Path: `local_names["a.b"]`, Kind: amity.KindInvalid}}},
		{"local name key with brackets", func(r *record) { r.LocalNames = map[string]string{"a]b[c": "x"} }, []amitytest.Problem{{Path: `local_names["a]b[c"]`, Kind: amity.KindInvalid}}},
		{"local name empty", func(r *record) { r.LocalNames = map[string]string{"az": ""} }, []amitytest.Problem{{Path: "local_names.az", Kind: amity.KindRequired}}},
		{"local name with NUL", func(r *record) { r.LocalNames = map[string]string{"az": "a\x00"} }, []amitytest.Problem{{Path: "local_names.az", Kind: amity.KindInvalid}}},
		{"local name key and value bad", func(r *record) { r.LocalNames = map[string]string{"AZ": "a\x00"} }, []amitytest.Problem{{Path: "local_names.AZ", Kind: amity.KindInvalid}, {Path: "local_names.AZ", Kind: amity.KindInvalid}}},
		{"alias empty", func(r *record) { r.Aliases = []string{"a", ""} }, []amitytest.Problem{{Path: "aliases[1]", Kind: amity.KindRequired}}},
		{"too many aliases", func(r *record) { r.Aliases = make([]string, 65) }, []amitytest.Problem{{Path: "aliases", Kind: amity.KindOutOfRange}}},
		{"field_sources key not a field", func(r *record) { r.Sources = amity.FieldSources{"nope": {"s1"}} }, []amitytest.Problem{{Path: "field_sources.nope", Kind: amity.KindInvalid}}},
		{"field_sources key the Go name", func(r *record) { r.Sources = amity.FieldSources{"Wikidata": {"s1"}} }, []amitytest.Problem{{Path: "field_sources.Wikidata", Kind: amity.KindInvalid}}},
		{"field_sources key of a field without a JSON name", func(r *record) { r.Sources = amity.FieldSources{"NoJSONName": {"s1"}} }, nil},
		{"field_sources key of a skipped field", func(r *record) { r.Sources = amity.FieldSources{"Skipped": {"s1"}} }, []amitytest.Problem{{Path: "field_sources.Skipped", Kind: amity.KindInvalid}}},
		{"field_sources empty list", func(r *record) { r.Sources = amity.FieldSources{"name": {}} }, []amitytest.Problem{{Path: "field_sources.name", Kind: amity.KindOutOfRange}}},
		{"field_sources nil list", func(r *record) { r.Sources = amity.FieldSources{"name": nil} }, []amitytest.Problem{{Path: "field_sources.name", Kind: amity.KindRequired}}},
		{"field_sources bad ID", func(r *record) { r.Sources = amity.FieldSources{"name": {"ok", "a b"}} }, []amitytest.Problem{{Path: "field_sources.name[1]", Kind: amity.KindInvalid}}},
		{"pointer to a struct", func(r *record) { r.Child = &child{} }, []amitytest.Problem{{Path: "child.name", Kind: amity.KindRequired}}},
		{"nil pointer", func(r *record) { r.Child = nil }, nil},
		{"slice of structs", func(r *record) { r.Children = []child{{Name: "a"}, {Name: "\n"}} }, []amitytest.Problem{{Path: "children[1].name", Kind: amity.KindInvalid}}},
		{"field without JSON name uses the Go name", func(r *record) { r.NoJSONName = " x" }, []amitytest.Problem{{Path: "NoJSONName", Kind: amity.KindInvalid}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := validRecord()
			tt.change(&r)
			if diff := cmp.Diff(tt.want, amitytest.Problems(t, amity.ValidateStruct(r))); diff != "" {
				t.Errorf("ValidateStruct (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, amitytest.Problems(t, amity.ValidateStruct(&r))); diff != "" {
				t.Errorf("ValidateStruct of a pointer (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidateStructOrder checks that problems come out sorted by path,
// the same every time, though validator walks maps in random order.
func TestValidateStructOrder(t *testing.T) {
	r := validRecord()
	r.LocalNames = map[string]string{}
	r.Sources = amity.FieldSources{}
	var want []amitytest.Problem
	for _, k := range []string{"AA", "BB", "CC", "DD", "EE", "FF", "GG", "HH"} {
		r.LocalNames[k] = "x"
		r.Sources[strings.ToLower(k)] = []amity.SourceID{"-"}
	}
	for _, k := range []string{"aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh"} {
		want = append(want, amitytest.Problem{Path: "field_sources." + k, Kind: amity.KindInvalid}, amitytest.Problem{Path: "field_sources." + k + "[0]", Kind: amity.KindInvalid})
	}
	for _, k := range []string{"AA", "BB", "CC", "DD", "EE", "FF", "GG", "HH"} {
		want = append(want, amitytest.Problem{Path: "local_names." + k, Kind: amity.KindInvalid})
	}
	for range 20 {
		if diff := cmp.Diff(want, amitytest.Problems(t, amity.ValidateStruct(r))); diff != "" {
			t.Fatalf("ValidateStruct (-want +got):\n%s", diff)
		}
	}
}

func TestValidateStructOtherTags(t *testing.T) {
	// Structs of programs that embed amity's types may use any of
	// validator's tags; their failures are reported, never a panic.
	type order struct {
		Count  int               `json:"count" validate:"min=1,max=10"`
		Exact  uint8             `json:"exact" validate:"len=3"`
		Ratio  float64           `json:"ratio" validate:"gt=0"`
		Colour string            `json:"colour" validate:"oneof=red green"`
		Tags   map[string]string `json:"tags" validate:"max=1"`
	}
	got := amity.Errors(amity.ValidateStruct(order{Count: 11, Exact: 2, Colour: "blue", Tags: map[string]string{"a": "", "b": ""}}))
	want := []amity.FieldError{
		{Path: amity.MustParsePath("colour"), Kind: amity.KindInvalid, Value: "blue", Detail: "breaks rule oneof"},
		{Path: amity.MustParsePath("count"), Kind: amity.KindOutOfRange, Value: "11", Detail: "more than 10"},
		{Path: amity.MustParsePath("exact"), Kind: amity.KindOutOfRange, Value: "2", Detail: "not 3"},
		{Path: amity.MustParsePath("ratio"), Kind: amity.KindInvalid, Detail: "breaks rule gt"},
		{Path: amity.MustParsePath("tags"), Kind: amity.KindOutOfRange, Detail: "2 items, more than 1"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ValidateStruct (-want +got):\n%s", diff)
	}
}

func TestValidateStructNotAStruct(t *testing.T) {
	var nilRecord *record
	for _, v := range []any{nil, 42, "x", nilRecord, []record{}} {
		err := amity.ValidateStruct(v)
		errs := amity.Errors(err)
		if len(errs) != 1 || errs[0].Kind != amity.KindInvalid || !errs[0].Path.IsZero() {
			t.Errorf("ValidateStruct(%#v) = %v, want one whole-input invalid error", v, err)
		}
	}
}

func TestCheckStruct(t *testing.T) {
	if errs := amity.CheckStruct(validRecord()); errs != nil {
		t.Errorf("CheckStruct(valid) = %v, want nil", errs)
	}
	r := validRecord()
	r.ID = ""
	got := amity.CheckStruct(r)
	if diff := cmp.Diff([]amity.FieldError{{Path: amity.MustParsePath("id"), Kind: amity.KindRequired}}, got); diff != "" {
		t.Errorf("CheckStruct (-want +got):\n%s", diff)
	}
}

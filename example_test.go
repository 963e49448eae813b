package amity_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/amitydata/amity"
)

// The Azernews report of 2022-06-22 does not date the meetings it
// describes; another report dates the first to 2022-06-20, and the second
// is known only to the month. The three precisions are three facts.
func ExampleParseDate() {
	for _, s := range []string{"2022", "2022-06", "2022-06-20", "2022-02-30"} {
		d, err := amity.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s precision, year %d\n", d, d.Precision(), d.Year())
	}
	// Output:
	// 2022: year precision, year 2022
	// 2022-06: month precision, year 2022
	// 2022-06-20: day precision, year 2022
	// "2022-02-30" is not a date: not a calendar date
}

// A date known to the month stands for every day in it: the meeting dated
// "2022-06" may have been on the 20th, but is not known to be.
func ExampleDate_Contains() {
	june := amity.MustParseDate("2022-06")
	june20 := amity.MustParseDate("2022-06-20")
	fmt.Println(june.Contains(june20), june20.Contains(june))
	fmt.Println(june == june20, june.Overlaps(june20))
	// Output:
	// true false
	// false true
}

// Before and After hold only when they hold for every day a date stands
// for.
func ExampleDate_Before() {
	established := amity.MustParseDate("1992-03-12")
	june := amity.MustParseDate("2022-06")
	june20 := amity.MustParseDate("2022-06-20")
	fmt.Println(established.Before(june20))
	fmt.Println(june.Before(june20), june.After(june20))
	// Output:
	// true
	// false false
}

// Compare sorts dates by their first day, coarser dates first.
func ExampleDate_Compare() {
	dates := []amity.Date{
		amity.MustParseDate("2022-06-22"),
		amity.MustParseDate("2022-06-20"),
		amity.MustParseDate("2022-06"),
		amity.MustParseDate("1992-03-12"),
	}
	slices.SortFunc(dates, amity.Date.Compare)
	fmt.Println(dates)
	// Output:
	// [1992-03-12 2022-06 2022-06-20 2022-06-22]
}

// First and Last are the days a coarse date runs between.
func ExampleDate_Last() {
	june := amity.MustParseDate("2022-06")
	fmt.Println(june.First(), june.Last())
	// Output:
	// 2022-06-01 2022-06-30
}

// Dates encode as their text; the zero Date, the unknown date, is left out
// of JSON by omitzero.
func ExampleDate_MarshalText() {
	type meeting struct {
		Date amity.Date `json:"date"`
		End  amity.Date `json:"end,omitzero"`
	}
	b, _ := json.Marshal(meeting{Date: amity.MustParseDate("2022-06")})
	fmt.Println(string(b))
	var m meeting
	if err := json.Unmarshal([]byte(`{"date":"2022-06-20"}`), &m); err != nil {
		fmt.Println(err)
	}
	fmt.Println(m.Date, m.Date.Precision(), m.End.IsZero())
	// Output:
	// {"date":"2022-06"}
	// 2022-06-20 day true
}

// Diplomatic relations between Azerbaijan and Iran were established on
// 1992-03-12: on 2022-06-20 they were 30 years old, exactly. Had only the
// year been known, the age would not be determined.
func ExampleYearsBetween() {
	meeting := amity.MustParseDate("2022-06-20")
	fmt.Println(amity.YearsBetween(amity.MustParseDate("1992-03-12"), meeting))
	fmt.Println(amity.YearsBetween(amity.MustParseDate("1992"), meeting))
	// Output:
	// 30 true
	// 29 false
}

// The Azernews report writes "Mehdi Ismaili"; other reports write
// "Mohammad Mehdi Esmaeili". Both are names of one official.
func ExampleNames_Matches() {
	n := amity.Names{Name: "Mehdi Ismaili", Aliases: []string{"Mohammad Mehdi Esmaeili"}}
	fmt.Println(n.Matches("MEHDI ISMAILI"))
	fmt.Println(n.Matches("Mohammad-Mehdi Esmaeili"))
	fmt.Println(n.Matches("Mehdi Imanipur"))
	// Output:
	// true
	// true
	// false
}

// All lists the primary name, then the aliases, then the local names.
func ExampleNames_All() {
	n := amity.Names{Name: "Mehdi Imanipur", Aliases: []string{"Mehdi Imanipour"}}
	fmt.Println(n.All())
	// Output:
	// [Mehdi Imanipur Mehdi Imanipour]
}

// FoldName is the form names are compared in: the Azerbaijani spelling
// Kərimov folds to the English Karimov.
func ExampleFoldName() {
	fmt.Println(amity.FoldName("Anar Kərimov"))
	fmt.Println(amity.FoldName("  ŞUŞA "))
	// Output:
	// anar karimov
	// susa
}

// The seed article as a Source: Azernews, by Laman Ismayilova, citing the
// Azerbaijani Culture Ministry. The article gives no URL, so none is set.
func ExampleSource() {
	article := amity.Source{
		ID:        "azernews-2022-06-22",
		Publisher: "Azernews",
		Author:    "Laman Ismayilova",
		Published: amity.MustParseDate("2022-06-22"),
		Language:  "en",
		Cites:     []amity.SourceID{"az-culture-ministry"},
	}
	fmt.Println(article.Validate())
	b, _ := json.Marshal(article)
	fmt.Println(string(b))
	// Output:
	// <nil>
	// {"id":"azernews-2022-06-22","publisher":"Azernews","author":"Laman Ismayilova","published":"2022-06-22","language":"en","cites":["az-culture-ministry"]}
}

// Validate lists every problem, each with the JSON path of the bad value.
func ExampleSource_Validate() {
	bad := amity.Source{ID: "mehr 2022", URL: "en.mehrnews.com/news/188223"}
	for _, fe := range amity.Errors(bad.Validate()) {
		fmt.Println(fe.Path, fe.Kind)
	}
	// Output:
	// id invalid
	// publisher required
	// url invalid
}

// FieldSources cite a report for the fields an article leaves out: the
// Azernews report does not date the first meeting or name its city, and
// the Mehr News Agency report of 2022-06-20 does.
func ExampleFieldSources() {
	fs := amity.FieldSources{
		"place": {"mehr-2022-06-20"},
		"date":  {"mehr-2022-06-20"},
	}
	fmt.Println(fs.Fields())
	fmt.Println(fs.For("date"), fs.For("participants") == nil)
	// Output:
	// [date place]
	// [mehr-2022-06-20] true
}

// A ValidationError holds every problem; errors.AsType finds it, and each
// FieldError matches its class with errors.Is.
func ExampleValidationError() {
	err := amity.AsError([]amity.FieldError{
		{Path: amity.MustParsePath("meetings[1].participants[1].official"), Kind: amity.KindNotFound, Value: "mehdi-imanipour"},
		{Path: amity.MustParsePath("meetings[1].date"), Kind: amity.KindRequired},
	})
	if verr, ok := errors.AsType[*amity.ValidationError](err); ok {
		for _, fe := range verr.Errors {
			fmt.Println(fe.Path, "|", fe.Kind)
		}
	}
	fmt.Println(errors.Is(err, amity.ErrReference), errors.Is(err, amity.ErrInvalid), errors.Is(err, amity.ErrSyntax))
	// Output:
	// meetings[1].participants[1].official | not found
	// meetings[1].date | required
	// true true false
}

// FieldError reads as one line: path, kind, value, detail.
func ExampleFieldError_Error() {
	fe := amity.FieldError{
		Path:   amity.NewPath("meetings").Index(0).Child("date"),
		Kind:   amity.KindInvalid,
		Value:  "2022-06-31",
		Detail: "not a calendar date",
	}
	fmt.Println(fe)
	fe.Line = 4
	fmt.Println(fe)
	fmt.Println(fe.Message())
	// Output:
	// meetings[0].date: invalid: "2022-06-31": not a calendar date
	// line 4: meetings[0].date: invalid: "2022-06-31": not a calendar date
	// meetings[0].date: invalid: "2022-06-31": not a calendar date
}

// Each kind of problem belongs to one class of error.
func ExampleErrorKind_Class() {
	for _, k := range []amity.ErrorKind{amity.KindRequired, amity.KindNotFound, amity.KindSyntax, amity.KindTooLarge} {
		fmt.Printf("%s: %v\n", k, k.Class())
	}
	// Output:
	// required: invalid
	// not found: reference error
	// syntax: syntax error
	// too large: too large
}

// A Path is built from the root down; Prefix puts one in front of the
// paths of problems found below it.
func ExamplePath() {
	p := amity.NewPath("meetings").Index(1).Child("statements").Index(4).Child("speakers")
	fmt.Println(p)
	first, _ := p.Elem(0)
	second, _ := p.Elem(1)
	fmt.Println(p.Len(), first.Name, second.Index)
	errs := amity.Prefix(amity.NewPath("meetings").Index(1), []amity.FieldError{amity.Required(amity.NewPath("date"), "")})
	fmt.Println(errs[0].Path)
	fmt.Println(amity.NewPath("local_names").Key("az-Cyrl"), amity.NewPath("field_sources").Key("a.b"))
	// Output:
	// meetings[1].statements[4].speakers
	// 5 meetings 1
	// meetings[1].date
	// local_names.az-Cyrl field_sources["a.b"]
}

// A Go service can embed amity's types in its own and check them with
// amity's validator; paths use the JSON names.
func ExampleValidateStruct() {
	type report struct {
		Source amity.Source `json:"source"`
		Topic  string       `json:"topic" validate:"required,line"`
	}
	err := amity.ValidateStruct(report{Source: amity.Source{ID: "azernews-2022-06-22"}})
	for _, fe := range amity.Errors(err) {
		fmt.Println(fe.Path, fe.Kind)
	}
	// Output:
	// source.publisher required
	// topic required
}

// The checks behind amity's own validate tags are exported, for code that
// reads its own input.
func ExampleValidID() {
	fmt.Println(amity.ValidID("karimov-ismaili-2022"), amity.ValidID("-karimov"), amity.ValidID("mehdi ismaili"))
	fmt.Println(amity.ValidLanguageTag("az-Cyrl"), amity.ValidQID("Q227"), amity.ValidHTTPURL("apa.az/en"))
	fmt.Println(amity.ValidLine("Shusha"), amity.ValidLine("Shusha\n"), amity.ValidText("Baku\nTehran"))
	// Output:
	// true false false
	// true true false
	// true false true
}

// Clip shortens a bad value for an error message.
func ExampleClip() {
	quote := "It was also suggested that Azerbaijan's cultural capital - the city of Shusha - be twinned with one of the Iranian cities."
	fmt.Println(amity.Clip(quote))
	fmt.Println(len(amity.Clip(quote)) <= amity.MaxValueLen+3)
	// Output:
	// It was also suggested that Azerbaijan's cultural capital - the city of Shusha - ...
	// true
}

// A date the article gives by day and month only: the year is read from
// the date of publication, and the entity says so.
func ExampleUncertainty() {
	u := amity.Uncertainty{"date": {Basis: amity.BasisInferred,
		Reason: "The article gives the day and month; the year is that of its publication."}}
	q, ok := u.Of("date")
	fmt.Println(ok, q.Basis, u.Fields())
	_, ok = u.Of("place")
	fmt.Println(ok)
	// Output:
	// true inferred [date]
	// false
}

func ExampleValidClock() {
	for _, s := range []string{"14:05", "02:47+04:00", "24:00", "2pm"} {
		fmt.Println(s, amity.ValidClock(s))
	}
	// Output:
	// 14:05 true
	// 02:47+04:00 true
	// 24:00 false
	// 2pm false
}

package amity

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/amitydata/amity/internal/iso3166"
	"github.com/amitydata/amity/internal/jsonfield"
)

// Valider is implemented by the typed strings that form amity's
// vocabularies (topics, statuses, kinds, codes). The validate tag "enum"
// calls Valid.
type Valider interface {
	Valid() bool
}

// tags are the custom validate tags amity registers, with the detail each
// gives when it fails.
var tags = map[string]struct {
	fn     func(validator.FieldLevel) bool
	detail string
}{
	"id":          {stringCheck(ValidID), "not an ID: 1 to 128 letters, digits, '-', '_', '.' or ':', starting and ending with a letter or digit"},
	"country":     {stringCheck(iso3166.Valid), "not an ISO 3166-1 alpha-2 country code (upper case)"},
	"subdivision": {stringCheck(iso3166.ValidSubdivision), "not an ISO 3166-2 subdivision code"},
	"lang":        {stringCheck(ValidLanguageTag), "not a BCP 47 language tag"},
	"line":        {stringCheck(ValidLine), "not one line of printable text (no control characters, no spaces at either end)"},
	"text":        {stringCheck(ValidText), "not printable text (no control characters but line feed and tab, no spaces at either end)"},
	"httpurl":     {stringCheck(ValidHTTPURL), "not an absolute http or https URL"},
	"qid":         {stringCheck(ValidQID), "not a Wikidata item ID (Q and digits)"},
	"clock":       {stringCheck(ValidClock), "not a time of day: hh:mm or hh:mm:ss, then optionally Z or an offset such as +04:00"},
	"enum":        {validEnum, ""},
	// subdivision_of=F: the ISO 3166-2 code lies in the country held by
	// field F of the same struct.
	"subdivision_of": {subdivisionOf, "not a subdivision of the place's country"},
	// notbefore=F: a Date is not before the Date in field F of the same
	// struct (either may be zero).
	"notbefore": {notBefore, ""},
	// fieldname: a map key names a JSON field of the struct holding the map.
	"fieldname": {isFieldName, "not a field of this entity that a source can be cited for or marked uncertain"},
	// named: on an embedded [Names], the Name is given.
	"named": {isNamed, ""},
}

func subdivisionOf(fl validator.FieldLevel) bool {
	f, ok := sibling(fl, fl.Param())
	return ok && f.Kind() == reflect.String && strings.HasPrefix(fl.Field().String(), f.String()+"-")
}

// sibling returns the field of the struct holding fl's field that Go
// names name, and false if there is none.
func sibling(fl validator.FieldLevel, name string) (reflect.Value, bool) {
	p := fl.Parent()
	for p.Kind() == reflect.Pointer || p.Kind() == reflect.Interface {
		p = p.Elem()
	}
	if p.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	f := p.FieldByName(name)
	return f, f.IsValid()
}

func notBefore(fl validator.FieldLevel) bool {
	f, ok := sibling(fl, fl.Param())
	if !ok || !fl.Field().CanInterface() || !f.CanInterface() {
		return false
	}
	end, ok1 := fl.Field().Interface().(Date)
	start, ok2 := f.Interface().(Date)
	return ok1 && ok2 && !end.Before(start)
}

func isNamed(fl validator.FieldLevel) bool {
	n, ok := fl.Field().Interface().(Names)
	return ok && n.Name != ""
}

func isFieldName(fl validator.FieldLevel) bool {
	p := fl.Parent()
	for p.Kind() == reflect.Pointer || p.Kind() == reflect.Interface {
		p = p.Elem()
	}
	return p.Kind() == reflect.Struct && fl.Field().Kind() == reflect.String && jsonFields(p.Type())[fl.Field().String()]
}

var fieldNames sync.Map // reflect.Type -> map[string]bool

// jsonFields returns the JSON names of the fields of struct type t,
// including those of structs it inlines, that the keys of field sources
// and uncertainty may name (see jsonfield.Keys), remembering them for the
// next call. The map is shared: callers must not change it.
func jsonFields(t reflect.Type) map[string]bool {
	if m, ok := fieldNames.Load(t); ok {
		return m.(map[string]bool)
	}
	m := jsonfield.Keys(t)
	fieldNames.Store(t, m)
	return m
}

func stringCheck(f func(string) bool) func(validator.FieldLevel) bool {
	return func(fl validator.FieldLevel) bool {
		v := fl.Field()
		return v.Kind() == reflect.String && f(v.String())
	}
}

func validEnum(fl validator.FieldLevel) bool {
	v := fl.Field()
	if !v.CanInterface() {
		return false
	}
	e, ok := v.Interface().(Valider)
	return ok && e.Valid()
}

// inline marks, in validator namespaces, a struct embedded with the JSON
// option inline, whose fields sit in the enclosing object.
const inline = "~"

var theValidator = sync.OnceValue(func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-" && opts == "":
			return "-"
		case name == "" && f.Anonymous && strings.Contains(","+opts+",", ",inline,"):
			return inline
		case name == "":
			return f.Name
		}
		return name
	})
	for tag, t := range tags {
		if err := v.RegisterValidation(tag, t.fn); err != nil {
			panic("amity: registering validate tag " + tag + ": " + err.Error())
		}
	}
	return v
})

// Prefix puts p in front of the path of each error, in place, and returns
// errs: with p meetings[3], the path date becomes meetings[3].date.
func Prefix(p Path, errs []FieldError) []FieldError {
	for i := range errs {
		errs[i].Path = p.Join(errs[i].Path)
	}
	return errs
}

// ValidateStruct checks the validate tags of v, a struct or a pointer to
// one, with amity's validator: go-playground/validator with required
// structs enabled and amity's own tags registered ("id", "country",
// "subdivision", "subdivision_of", "lang", "line", "text", "httpurl",
// "qid", "clock", "enum", "notbefore", "fieldname", "named"). It returns a
// [*ValidationError] listing every problem, sorted by path (see
// [Path.Compare]), with paths made of JSON field names, or nil. A Go
// service that embeds amity's types in its own structs can check them, and
// its own fields, the same way.
//
// ValidateStruct checks only the rules written in tags; the Validate
// methods of amity's entities also check the rules that tie several fields
// together.
func ValidateStruct(v any) error {
	return AsError(CheckStruct(v))
}

// CheckStruct is like [ValidateStruct] but returns the problems as a list,
// nil if there are none, for callers that collect problems from several
// checks.
func CheckStruct(v any) []FieldError {
	err := theValidator().Struct(v)
	if err == nil {
		return nil
	}
	verrs, ok := errors.AsType[validator.ValidationErrors](err)
	if !ok {
		// InvalidValidationError: v is not a struct.
		return []FieldError{{Kind: KindInvalid, Detail: err.Error()}}
	}
	out := make([]FieldError, 0, len(verrs))
	for _, fe := range verrs {
		out = append(out, translate(fe))
	}
	sortByPath(out)
	return out
}

func translate(fe validator.FieldError) FieldError {
	out := FieldError{Path: jsonPath(fe.Namespace()), Kind: KindInvalid}
	kind := fe.Kind()
	switch tag := fe.Tag(); tag {
	case "required", "required_with", "required_without", "required_if", "required_unless":
		out.Kind = KindRequired
		if p := fe.Param(); p != "" && tag != "required" {
			f, v, _ := strings.Cut(p, " ")
			out.Detail = map[string]string{
				"required_with":    "required when " + snake(f) + " is set",
				"required_without": "required when " + snake(f) + " is not set",
				"required_if":      "required when " + snake(f) + " is " + v,
				"required_unless":  "required unless " + snake(f) + " is " + v,
			}[tag]
		}
		return out
	case "named":
		out.Path = out.Path.Child("name")
		out.Kind = KindRequired
		return out
	case "max", "min", "len":
		out.Kind = KindOutOfRange
		n := fe.Param()
		switch kind {
		case reflect.String:
			out.Value = Clip(fmt.Sprint(fe.Value()))
			unit := "characters"
			out.Detail = map[string]string{"max": "longer than " + n + " " + unit, "min": "shorter than " + n + " " + unit, "len": "not " + n + " " + unit + " long"}[tag]
		case reflect.Slice, reflect.Array, reflect.Map:
			count := items(reflect.ValueOf(fe.Value()).Len())
			out.Detail = map[string]string{"max": count + ", more than " + n, "min": count + ", fewer than " + n, "len": count + ", not " + n}[tag]
		default: // numbers, in the structs of programs that use ValidateStruct
			out.Value = Clip(fmt.Sprint(fe.Value()))
			out.Detail = map[string]string{"max": "more than " + n, "min": "less than " + n, "len": "not " + n}[tag]
		}
		return out
	case "excluded_with":
		out.Kind = KindConflict
		out.Detail = "set together with " + snake(fe.Param())
	case "excluded_without":
		out.Kind = KindConflict
		out.Detail = "set without " + snake(fe.Param())
	case "excluded_unless":
		out.Kind = KindConflict
		f, v, _ := strings.Cut(fe.Param(), " ")
		out.Detail = "only allowed when " + snake(f) + " is " + v
		return out
	case "nefield":
		out.Kind = KindConflict
		out.Detail = "equal to " + snake(fe.Param())
	case "unique":
		out.Kind = KindDuplicate
		out.Detail = "a value is repeated"
		return out
	case "notbefore":
		out.Kind = KindConflict
		out.Detail = "before " + snake(fe.Param())
	case "enum":
		out.Detail = "not a known " + typeWords(fe.Type().Name())
	default:
		if t, ok := tags[tag]; ok {
			out.Detail = t.detail
			if s, isString := fe.Value().(string); isString && (tag == "line" || tag == "text") {
				if why := textProblem(s, tag == "text"); why != "" {
					out.Detail = "not printable text: " + why
				}
			}
		} else {
			out.Detail = "breaks rule " + tag
		}
	}
	if kind == reflect.String {
		out.Value = Clip(fmt.Sprint(fe.Value()))
	} else if s, ok := fe.Value().(fmt.Stringer); ok {
		out.Value = Clip(s.String())
	}
	return out
}

// typeWords turns a Go type name into words a reader knows: "Topic" to
// "topic", "InitiativeKind" to "initiative kind", "CAMEOCode" to "CAMEO
// code". Acronyms keep their capitals.
func typeWords(name string) string {
	var words []string
	start := 0
	for i := 1; i <= len(name); i++ {
		boundary := i == len(name) ||
			isUpper(name[i]) && (!isUpper(name[i-1]) || i+1 < len(name) && !isUpper(name[i+1]))
		if !boundary {
			continue
		}
		w := name[start:i]
		if len(w) == 1 || !isUpper(w[1]) {
			w = strings.ToLower(w)
		}
		words = append(words, w)
		start = i
	}
	return strings.Join(words, " ")
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// items returns "1 item" or "n items".
func items(n int) string {
	if n == 1 {
		return "1 item"
	}
	return strconv.Itoa(n) + " items"
}

// snake turns a Go field name into the snake_case JSON name amity gives
// it: "ParentOrganization" to "parent_organization".
func snake(s string) string {
	b := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			if i > 0 {
				b = append(b, '_')
			}
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// sortByPath sorts errs by [Path.Compare], keeping the order validator
// gives errors of the same path. Validator walks a map's entries in random
// order; sorting makes the errors of a map, and of everything else, come
// out in the same order every time.
func sortByPath(errs []FieldError) {
	slices.SortStableFunc(errs, func(a, b FieldError) int { return a.Path.Compare(b.Path) })
}

// jsonPath turns a validator namespace ("Meeting.participants[0].official",
// "State.~.local_names[fa]") into the path it names within the struct
// validated (participants[0].official, local_names.fa). A key of digits
// reads as an index.
func jsonPath(ns string) Path {
	_, rest, _ := strings.Cut(ns, ".")
	var p Path
	for rest != "" {
		// A field name runs to the next '.' or '['.
		i := strings.IndexAny(rest, ".[")
		if i < 0 {
			i = len(rest)
		}
		if head := rest[:i]; head != "" && head != inline {
			p = p.Child(head)
		}
		rest = rest[i:]
		if rest != "" && rest[0] == '.' {
			rest = rest[1:]
			continue
		}
		// Brackets: a key runs to the first ']' that ends the namespace
		// or is followed by '.' or '[', so that keys may hold any of them.
		for rest != "" && rest[0] == '[' {
			end := -1
			for j := 1; j < len(rest); j++ {
				if rest[j] == ']' && (j+1 == len(rest) || rest[j+1] == '.' || rest[j+1] == '[') {
					end = j
					break
				}
			}
			if end < 0 {
				end = len(rest) // unterminated: take the rest as the key
			}
			key := rest[1:min(end, len(rest))]
			rest = rest[min(end+1, len(rest)):]
			if n, err := strconv.Atoi(key); err == nil && isIndex(key) {
				p = p.Index(n)
			} else {
				p = p.Key(key)
			}
		}
		rest = strings.TrimPrefix(rest, ".")
	}
	return p
}

func isIndex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isPlainKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

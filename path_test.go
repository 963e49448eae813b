package amity_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
)

func TestPathString(t *testing.T) {
	tests := []struct {
		path amity.Path
		want string
	}{
		{amity.Path{}, ""},
		{amity.NewPath("meetings"), "meetings"},
		{amity.NewPath("meetings").Index(3).Child("date"), "meetings[3].date"},
		{amity.NewPath("meetings", "x", "y"), "meetings.x.y"},
		{amity.Path{}.Index(12), "[12]"},
		{amity.Path{}.Index(0).Child("id"), "[0].id"},
		{amity.NewPath("local_names").Key("fa"), "local_names.fa"},
		{amity.NewPath("field_sources").Key("a.b"), `field_sources["a.b"]`},
		{amity.NewPath("states").Index(2).Key("colour\r\nvalid.json:1: all is well"), `states[2]["colour\r\nvalid.json:1: all is well"]`},
		{amity.NewPath("x").Key("12"), `x["12"]`},
		{amity.NewPath("x").Key(""), `x[""]`},
		{amity.NewPath("a b"), `["a b"]`},
		{amity.NewPath("meetings").Index(1).Join(amity.NewPath("participants").Index(0).Child("official")), "meetings[1].participants[0].official"},
		{amity.NewPath("meetings").Join(amity.Path{}), "meetings"},
		{amity.Path{}.Join(amity.NewPath("date")), "date"},
		{amity.NewPath("meetings").Index(1).Set(1, amity.PathElem{Index: 7}), "meetings[7]"},
	}
	for _, tt := range tests {
		if got := tt.path.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
		back, err := amity.ParsePath(tt.want)
		if err != nil || back != tt.path {
			t.Errorf("ParsePath(%q) = %v, %v; want the path back", tt.want, back, err)
		}
	}
}

func TestParsePathErrors(t *testing.T) {
	for _, s := range []string{".a", "a.", "a..b", "[", "[x]", "[-1]", `["a"`, `["a"x`, "a[1", "12", "a.12", "a b", "a]", `[""]x`} {
		if p, err := amity.ParsePath(s); err == nil {
			t.Errorf("ParsePath(%q) = %v, want an error", s, p)
		}
	}
}

// A Path is a value: extending one path in two ways gives two paths, and
// leaves the first as it was.
func TestPathImmutable(t *testing.T) {
	base := amity.NewPath("meetings").Index(1)
	a := base.Child("date")
	b := base.Child("title")
	c := base.Set(1, amity.PathElem{Index: 2})
	got := []string{base.String(), a.String(), b.String(), c.String()}
	if diff := cmp.Diff([]string{"meetings[1]", "meetings[1].date", "meetings[1].title", "meetings[2]"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	elems := a.Elems()
	elems[0].Name = "changed"
	if a.String() != "meetings[1].date" {
		t.Errorf("changing Elems changed the path: %s", a)
	}
}

func TestPrefix(t *testing.T) {
	errs := []amity.FieldError{{Path: amity.NewPath("date")}, {}, {Path: amity.Path{}.Index(2)}}
	got := amity.Prefix(amity.NewPath("meetings").Index(3), errs)
	var paths []string
	for _, fe := range got {
		paths = append(paths, fe.Path.String())
	}
	if diff := cmp.Diff([]string{"meetings[3].date", "meetings[3]", "meetings[3][2]"}, paths); diff != "" {
		t.Errorf("Prefix (-want +got):\n%s", diff)
	}
	if errs[0].Path.String() != "meetings[3].date" {
		t.Errorf("Prefix did not work in place")
	}
}

func TestPathCompare(t *testing.T) {
	// Each path sorts before the next.
	ordered := []string{
		"",
		"aliases",
		"aliases[0]",
		"aliases[2]",
		"aliases[10]",
		"aliases[10].x",
		"date",
		"local_names.az",
		"local_names.fa",
		"posts[2].end",
		"posts[2].start",
		"posts[10]",
	}
	for i := range ordered {
		for j := range ordered {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = +1
			}
			if got := amity.MustParsePath(ordered[i]).Compare(amity.MustParsePath(ordered[j])); got != want {
				t.Errorf("Compare(%q, %q) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
}

// A FieldError's path encodes in JSON as its string, and reads back.
func TestPathJSON(t *testing.T) {
	fe := amity.FieldError{Path: amity.NewPath("meetings").Index(2).Key("a b"), Kind: amity.KindInvalid}
	b, err := json.Marshal(fe)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"path":"meetings[2][\"a b\"]","kind":"invalid"}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var back amity.FieldError
	if err := json.Unmarshal(b, &back); err != nil || back.Path != fe.Path {
		t.Errorf("Unmarshal = %v, %v", back, err)
	}
	b, _ = json.Marshal(amity.FieldError{Kind: amity.KindSyntax})
	if want := `{"kind":"syntax"}`; string(b) != want {
		t.Errorf("Marshal of the root path = %s, want %s", b, want)
	}
}

// The constructors give each kind, and clip the value.
func TestConstructors(t *testing.T) {
	p := amity.NewPath("x")
	long := string(make([]byte, 200))
	got := []amity.FieldError{
		amity.Required(p, "d"), amity.Invalid(p, long, "d"), amity.OutOfRange(p, "v", "d"), amity.Duplicate(p, "v", "d"),
		amity.NotFound(p, "v", "d"), amity.WrongKind(p, "v", "d"), amity.Conflict(p, "v", "d"),
	}
	want := []amity.ErrorKind{amity.KindRequired, amity.KindInvalid, amity.KindOutOfRange, amity.KindDuplicate,
		amity.KindNotFound, amity.KindWrongKind, amity.KindConflict}
	for i, fe := range got {
		if fe.Kind != want[i] || fe.Path != p || fe.Detail != "d" || len(fe.Value) > amity.MaxValueLen+3 {
			t.Errorf("constructor %d = %+v", i, fe)
		}
	}
}

package iso3166_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"

	"github.com/amitydata/amity/internal/iso3166"
)

// validatorExtraAlpha2 lists the codes that validator/v10 accepts as
// iso3166_1_alpha2 although ISO 3166-1 does not officially assign them.
// "XK" is a user-assigned code, commonly used for Kosovo.
var validatorExtraAlpha2 = map[string]bool{"XK": true}

// validatorExtraAlpha3 lists the codes that validator/v10 accepts as
// iso3166_1_alpha3 although ISO 3166-1 does not assign them. "UNK" is the
// code the United Nations use for Kosovo in travel documents; it is not part
// of ISO 3166-1.
var validatorExtraAlpha3 = map[string]bool{"UNK": true}

const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

func accepts(v *validator.Validate, s, tag string) bool {
	return v.Var(s, tag) == nil
}

// TestAlpha2MatchesValidator checks that Valid accepts exactly the
// two-letter codes validator/v10 accepts, apart from the codes listed in
// validatorExtraAlpha2, so the table cannot drift from an independent list.
func TestAlpha2MatchesValidator(t *testing.T) {
	v := validator.New()
	for code := range validatorExtraAlpha2 {
		if !accepts(v, code, "iso3166_1_alpha2") {
			t.Errorf("validator no longer accepts %q; drop it from validatorExtraAlpha2", code)
		}
	}
	n := 0
	for _, a := range upper {
		for _, b := range upper {
			code := string([]rune{a, b})
			want := accepts(v, code, "iso3166_1_alpha2") && !validatorExtraAlpha2[code]
			if got := iso3166.Valid(code); got != want {
				t.Errorf("Valid(%q) = %v, want %v", code, got, want)
			}
			if want {
				n++
			}
		}
	}
	if got := len(iso3166.Codes()); got != n {
		t.Errorf("len(Codes()) = %d, want %d", got, n)
	}
}

// TestAlpha3MatchesValidator checks that every alpha-3 code in the table is
// accepted by validator/v10 and that the validator accepts no other
// three-letter code apart from those in validatorExtraAlpha3.
func TestAlpha3MatchesValidator(t *testing.T) {
	v := validator.New()
	ours := make(map[string]bool)
	for _, code := range iso3166.Codes() {
		a3, ok := iso3166.Alpha3(code)
		if !ok {
			t.Errorf("Alpha3(%q) not ok", code)
			continue
		}
		if ours[a3] {
			t.Errorf("alpha-3 code %q appears twice", a3)
		}
		ours[a3] = true
		if !accepts(v, a3, "iso3166_1_alpha3") {
			t.Errorf("Alpha3(%q) = %q, which validator rejects", code, a3)
		}
	}
	for code := range validatorExtraAlpha3 {
		if !accepts(v, code, "iso3166_1_alpha3") {
			t.Errorf("validator no longer accepts %q; drop it from validatorExtraAlpha3", code)
		}
		if ours[code] {
			t.Errorf("%q is in the table but listed in validatorExtraAlpha3", code)
		}
	}
	n := 0
	for _, a := range upper {
		for _, b := range upper {
			for _, c := range upper {
				code := string([]rune{a, b, c})
				if accepts(v, code, "iso3166_1_alpha3") && !validatorExtraAlpha3[code] {
					n++
				}
			}
		}
	}
	if n != len(ours) {
		t.Errorf("validator accepts %d alpha-3 codes (not counting %d known extras), table has %d",
			n, len(validatorExtraAlpha3), len(ours))
	}
}

func TestLookups(t *testing.T) {
	tests := []struct {
		alpha2 string
		valid  bool
		alpha3 string
		name   string
	}{
		{"AZ", true, "AZE", "Azerbaijan"},
		{"IR", true, "IRN", "Iran (Islamic Republic of)"},
		{"US", true, "USA", "United States of America"},
		{"GB", true, "GBR", "United Kingdom of Great Britain and Northern Ireland"},
		{"RU", true, "RUS", "Russian Federation"},
		{"TR", true, "TUR", "Türkiye"},
		{"FR", true, "FRA", "France"},
		{"CN", true, "CHN", "China"},
		{"AD", true, "AND", "Andorra"},
		{"ZW", true, "ZWE", "Zimbabwe"},
		{"XK", false, "", ""},
		{"XX", false, "", ""},
		{"AA", false, "", ""},
		{"ZZ", false, "", ""},
		{"UK", false, "", ""},
		{"az", false, "", ""},
		{"Az", false, "", ""},
		{"aZ", false, "", ""},
		{"", false, "", ""},
		{"A", false, "", ""},
		{"AZE", false, "", ""},
		{"A@", false, "", ""},
		{"[Z", false, "", ""},
		{"\xffZ", false, "", ""},
		{" AZ", false, "", ""},
	}
	for _, tt := range tests {
		if got := iso3166.Valid(tt.alpha2); got != tt.valid {
			t.Errorf("Valid(%q) = %v, want %v", tt.alpha2, got, tt.valid)
		}
		a3, ok := iso3166.Alpha3(tt.alpha2)
		if a3 != tt.alpha3 || ok != tt.valid {
			t.Errorf("Alpha3(%q) = %q, %v, want %q, %v", tt.alpha2, a3, ok, tt.alpha3, tt.valid)
		}
		if got := iso3166.Name(tt.alpha2); got != tt.name {
			t.Errorf("Name(%q) = %q, want %q", tt.alpha2, got, tt.name)
		}
	}
}

func TestCodes(t *testing.T) {
	codes := iso3166.Codes()
	if len(codes) != 249 {
		t.Errorf("len(Codes()) = %d, want 249", len(codes))
	}
	if !slices.IsSorted(codes) {
		t.Error("Codes() is not sorted")
	}
	if len(slices.Compact(slices.Clone(codes))) != len(codes) {
		t.Error("Codes() has duplicates")
	}
	for _, code := range codes {
		if !iso3166.Valid(code) {
			t.Errorf("Valid(%q) = false for a code from Codes()", code)
		}
		if iso3166.Name(code) == "" {
			t.Errorf("Name(%q) is empty", code)
		}
		a3, _ := iso3166.Alpha3(code)
		if len(a3) != 3 || a3[0] < 'A' || a3[0] > 'Z' || a3[1] < 'A' || a3[1] > 'Z' || a3[2] < 'A' || a3[2] > 'Z' {
			t.Errorf("Alpha3(%q) = %q, want three upper-case letters", code, a3)
		}
	}
	codes[0] = "changed"
	if got := iso3166.Codes()[0]; got != "AD" {
		t.Errorf("Codes()[0] = %q after changing an earlier result, want \"AD\"", got)
	}
}

func TestValidSubdivision(t *testing.T) {
	tests := []struct {
		code string
		want bool
	}{
		{"AZ-SUS", true},
		{"IR-23", true},
		{"US-CA", true},
		{"FR-75", true},
		{"GB-ENG", true},
		{"CN-BJ", true},
		{"AZ-ZZZ", false}, // well formed, not assigned
		{"CN-1", false},   // well formed, not assigned
		{"FR-75C", false}, // assigned after the version of the table
		{"az-sus", false},
		{"AZ-sus", false},
		{"AZ-", false},
		{"AZ-SUSX", false},
		{"XX-AB", false},
		{"XK-01", false},
		{"AZSUS", false},
		{"AZ_SUS", false},
		{"AZ-S S", false},
		{"AZ--SU", false},
		{"AZ-SU-", false},
		{"", false},
		{"AZ", false},
		{"-SUS", false},
	}
	for _, tt := range tests {
		if got := iso3166.ValidSubdivision(tt.code); got != tt.want {
			t.Errorf("ValidSubdivision(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

// TestSubdivisionTable checks the generated table: sorted, each code once,
// each of an assigned country, a hyphen and one to three upper-case
// letters or digits.
func TestSubdivisionTable(t *testing.T) {
	all := iso3166.Subdivisions()
	if len(all) < 5000 {
		t.Fatalf("%d subdivisions, want the full table", len(all))
	}
	if !slices.IsSorted(all) {
		t.Error("the table is not sorted")
	}
	for i, c := range all {
		if i > 0 && all[i-1] == c {
			t.Errorf("%s twice", c)
		}
		if len(c) < 4 || len(c) > 6 || c[2] != '-' || !iso3166.Valid(c[:2]) || strings.ContainsFunc(c[3:], func(r rune) bool { return (r < 'A' || r > 'Z') && (r < '0' || r > '9') }) {
			t.Errorf("%q is not a well-formed subdivision of an assigned country", c)
		}
	}
}

func TestLookupsDoNotAllocate(t *testing.T) {
	// Build the inputs outside the measured functions so only the lookups
	// are counted.
	inputs := []string{"AZ", "IR", "XK", "az", "", "AZE"}
	var sink int
	tests := []struct {
		name string
		fn   func(string)
	}{
		{"Valid", func(s string) {
			if iso3166.Valid(s) {
				sink++
			}
		}},
		{"Alpha3", func(s string) {
			a3, _ := iso3166.Alpha3(s)
			sink += len(a3)
		}},
		{"Name", func(s string) { sink += len(iso3166.Name(s)) }},
		{"ValidSubdivision", func(s string) {
			if iso3166.ValidSubdivision(s) {
				sink++
			}
		}},
	}
	for _, tt := range tests {
		allocs := testing.AllocsPerRun(100, func() {
			for _, s := range inputs {
				tt.fn(s)
			}
		})
		if allocs != 0 {
			t.Errorf("%s allocates %v times per run, want 0", tt.name, allocs)
		}
	}
	_ = sink
}

var benchSink bool

func BenchmarkValid(b *testing.B) {
	inputs := []string{"AZ", "IR", "US", "XK", "az", "ZZ", "", "AZE"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			benchSink = iso3166.Valid(s)
		}
	}
}

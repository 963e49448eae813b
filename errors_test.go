package amity_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
)

func TestFieldErrorText(t *testing.T) {
	tests := []struct {
		name         string
		fe           amity.FieldError
		err, message string
	}{
		{
			name:    "all parts",
			fe:      amity.FieldError{Path: amity.MustParsePath("meetings[1].participants[0].official"), Kind: amity.KindNotFound, Value: "mehdi-esmaili", Detail: "no official has this ID", Line: 4},
			err:     `line 4: meetings[1].participants[0].official: not found: "mehdi-esmaili": no official has this ID`,
			message: `meetings[1].participants[0].official: not found: "mehdi-esmaili": no official has this ID`,
		},
		{
			name:    "no line",
			fe:      amity.FieldError{Path: amity.MustParsePath("meetings[3].date"), Kind: amity.KindInvalid, Value: "2022-02-30", Detail: "not a calendar date"},
			err:     `meetings[3].date: invalid: "2022-02-30": not a calendar date`,
			message: `meetings[3].date: invalid: "2022-02-30": not a calendar date`,
		},
		{
			name:    "no value",
			fe:      amity.FieldError{Path: amity.MustParsePath("name"), Kind: amity.KindRequired},
			err:     `name: required`,
			message: `name: required`,
		},
		{
			name:    "no path",
			fe:      amity.FieldError{Kind: amity.KindSyntax, Detail: "unexpected end of input", Line: 7},
			err:     `line 7: syntax: unexpected end of input`,
			message: `syntax: unexpected end of input`,
		},
		{
			name:    "value quoted",
			fe:      amity.FieldError{Path: amity.MustParsePath("name"), Kind: amity.KindInvalid, Value: "a\x00b\n\"c\""},
			err:     `name: invalid: "a\x00b\n\"c\""`,
			message: `name: invalid: "a\x00b\n\"c\""`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{tt.fe.Error(), tt.fe.Message()}
			if diff := cmp.Diff([]string{tt.err, tt.message}, got); diff != "" {
				t.Errorf("Error, Message (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValidationErrorText(t *testing.T) {
	one := amity.FieldError{Path: amity.MustParsePath("id"), Kind: amity.KindRequired}
	two := amity.FieldError{Path: amity.MustParsePath("states[1].id"), Kind: amity.KindDuplicate, Value: "AZ", Line: 3}
	three := amity.FieldError{Path: amity.MustParsePath("date"), Kind: amity.KindInvalid, Value: "2022-13", Detail: "month out of range 01 to 12"}
	tests := []struct {
		name string
		errs []amity.FieldError
		want string
	}{
		{"none", nil, "no errors"},
		{"one", []amity.FieldError{one}, "id: required"},
		{"three", []amity.FieldError{one, two, three}, "3 problems:\n\tid: required\n\tline 3: states[1].id: duplicate: \"AZ\"\n\tdate: invalid: \"2022-13\": month out of range 01 to 12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := (&amity.ValidationError{Errors: tt.errs}).Error()
			if got != tt.want {
				t.Errorf("Error() =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestErrorKindClass(t *testing.T) {
	classes := []error{amity.ErrSyntax, amity.ErrTooLarge, amity.ErrInvalid, amity.ErrReference}
	tests := []struct {
		kind amity.ErrorKind
		want error
	}{
		{amity.KindRequired, amity.ErrInvalid},
		{amity.KindInvalid, amity.ErrInvalid},
		{amity.KindOutOfRange, amity.ErrInvalid},
		{amity.KindDuplicate, amity.ErrReference},
		{amity.KindNotFound, amity.ErrReference},
		{amity.KindWrongKind, amity.ErrReference},
		{amity.KindConflict, amity.ErrReference},
		{amity.KindSyntax, amity.ErrSyntax},
		{amity.KindTooLarge, amity.ErrTooLarge},
		{"made up", amity.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			if got := tt.kind.Class(); got != tt.want {
				t.Errorf("Class() = %v, want %v", got, tt.want)
			}
			fe := amity.FieldError{Path: amity.MustParsePath("x"), Kind: tt.kind}
			verr := error(&amity.ValidationError{Errors: []amity.FieldError{fe}})
			wrapped := fmt.Errorf("reading: %w", verr)
			// Every error matches exactly its own class.
			for _, class := range classes {
				want := class == tt.want
				for _, err := range []error{fe, verr, wrapped} {
					if got := errors.Is(err, class); got != want {
						t.Errorf("errors.Is(%T, %v) = %v, want %v", err, class, got, want)
					}
				}
			}
		})
	}
}

func TestErrorsIsMixed(t *testing.T) {
	err := amity.AsError([]amity.FieldError{
		{Path: amity.MustParsePath("a"), Kind: amity.KindRequired},
		{Path: amity.MustParsePath("b"), Kind: amity.KindNotFound},
	})
	for _, class := range []error{amity.ErrInvalid, amity.ErrReference} {
		if !errors.Is(err, class) {
			t.Errorf("errors.Is(err, %v) = false, want true", class)
		}
	}
	for _, class := range []error{amity.ErrSyntax, amity.ErrTooLarge} {
		if errors.Is(err, class) {
			t.Errorf("errors.Is(err, %v) = true, want false", class)
		}
	}
}

func TestErrorsAs(t *testing.T) {
	errs := []amity.FieldError{
		{Path: amity.MustParsePath("participants[0].official"), Kind: amity.KindNotFound, Value: "mehdi-esmaili"},
		{Path: amity.MustParsePath("date"), Kind: amity.KindRequired},
	}
	err := fmt.Errorf("meeting m1: %w", amity.AsError(errs))

	verr, ok := errors.AsType[*amity.ValidationError](err)
	if !ok {
		t.Fatalf("errors.AsType[*ValidationError] found nothing in %v", err)
	}
	if diff := cmp.Diff(errs, verr.Errors); diff != "" {
		t.Errorf("ValidationError.Errors (-want +got):\n%s", diff)
	}
	var verr2 *amity.ValidationError
	if !errors.As(err, &verr2) || verr2 != verr {
		t.Errorf("errors.As(*ValidationError) = %v, %v", verr2, verr)
	}
	fe, ok := errors.AsType[amity.FieldError](err)
	if !ok {
		t.Fatalf("errors.AsType[FieldError] found nothing in %v", err)
	}
	if diff := cmp.Diff(errs[0], fe); diff != "" {
		t.Errorf("errors.AsType[FieldError] (-want +got):\n%s", diff)
	}
}

func TestErrors(t *testing.T) {
	list := []amity.FieldError{{Path: amity.MustParsePath("a"), Kind: amity.KindRequired}, {Path: amity.MustParsePath("b"), Kind: amity.KindInvalid}}
	lone := amity.FieldError{Path: amity.MustParsePath("c"), Kind: amity.KindConflict}
	tests := []struct {
		name string
		err  error
		want []amity.FieldError
	}{
		{"nil", nil, nil},
		{"validation error", amity.AsError(list), list},
		{"wrapped", fmt.Errorf("x: %w", amity.AsError(list)), list},
		{"lone field error", lone, []amity.FieldError{lone}},
		{"wrapped field error", fmt.Errorf("x: %w", lone), []amity.FieldError{lone}},
		{"other error", errors.New("boom"), nil},
		{"date error", func() error { _, err := amity.ParseDate("x"); return err }(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, amity.Errors(tt.err)); diff != "" {
				t.Errorf("Errors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAsError(t *testing.T) {
	if err := amity.AsError(nil); err != nil {
		t.Errorf("AsError(nil) = %v, want nil", err)
	}
	if err := amity.AsError([]amity.FieldError{}); err != nil {
		t.Errorf("AsError(empty) = %v, want nil", err)
	}
	errs := []amity.FieldError{{Path: amity.MustParsePath("a"), Kind: amity.KindRequired}}
	verr, ok := amity.AsError(errs).(*amity.ValidationError)
	if !ok {
		t.Fatalf("AsError returned %T, want *ValidationError", amity.AsError(errs))
	}
	if diff := cmp.Diff(errs, verr.Errors); diff != "" {
		t.Errorf("AsError (-want +got):\n%s", diff)
	}
	unwrapped := verr.Unwrap()
	if len(unwrapped) != 1 || unwrapped[0] != error(errs[0]) {
		t.Errorf("Unwrap() = %v", unwrapped)
	}
}

func TestClip(t *testing.T) {
	ascii80 := strings.Repeat("a", 80)
	tests := []struct {
		name, in, want string
	}{
		{"short", "abc", "abc"},
		{"empty", "", ""},
		{"exactly 80", ascii80, ascii80},
		{"81", ascii80 + "b", ascii80 + "..."},
		// "ə" is 2 bytes: 79 ASCII bytes and "ə" would end at byte 81, so
		// the cut falls before it.
		{"two-byte at the boundary", strings.Repeat("a", 79) + "əz", strings.Repeat("a", 79) + "..."},
		{"two-byte ending at 80", strings.Repeat("a", 78) + "əz", strings.Repeat("a", 78) + "ə..."},
		// "𝄞" is 4 bytes; at 78 it would end at byte 82.
		{"four-byte at the boundary", strings.Repeat("a", 78) + "𝄞", strings.Repeat("a", 78) + "..."},
		{"all Persian", strings.Repeat("ی", 100), strings.Repeat("ی", 40) + "..."},
		{"invalid UTF-8", strings.Repeat("\x80", 100), "..."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := amity.Clip(tt.in)
			if got != tt.want {
				t.Errorf("Clip = %q, want %q", got, tt.want)
			}
			if len(got) > amity.MaxValueLen+3 {
				t.Errorf("Clip returned %d bytes", len(got))
			}
			if utf8.ValidString(tt.in) && !utf8.ValidString(got) {
				t.Errorf("Clip split a character: %q", got)
			}
		})
	}
}

// A message stays on one line and carries no terminal escapes, whatever
// the data held.
func TestFieldErrorEscapesControls(t *testing.T) {
	fe := amity.FieldError{Path: amity.MustParsePath("organizations[0].parent_organization"), Kind: amity.KindConflict,
		Value: "icro\nfake.jsonl:1: ok", Detail: "cycle: icro\nfake.jsonl:1: ok -> \x1b[31m\u2028\xff \uFFFD"}
	want := `organizations[0].parent_organization: conflict: "icro\nfake.jsonl:1: ok": cycle: icro\nfake.jsonl:1: ok -> \x1b[31m\u2028\xff ` + "\uFFFD"
	if got := fe.Error(); got != want {
		t.Errorf("Error() =\n%s\nwant\n%s", got, want)
	}
}

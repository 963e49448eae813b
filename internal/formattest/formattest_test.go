package formattest

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
	"github.com/amitydata/amity/relations"
)

// TestReverse checks that Reverse reverses every top-level list, and
// that reversing twice gives the records back.
func TestReverse(t *testing.T) {
	for i, d := range Datasets(t) {
		t.Run(d.Name, func(t *testing.T) {
			want := d.Records
			r := Datasets(t)[i].Records
			Reverse(&r)
			for _, k := range relations.Kinds() {
				if !k.TopLevel() {
					continue
				}
				before, after := list(t, &want, k), list(t, &r, k)
				if n := before.Len(); n > 0 {
					if first, last := id(after.Index(0)), id(before.Index(n-1)); first != last {
						t.Errorf("%s: first %s after Reverse, want %s", k.Plural(), first, last)
					}
				}
			}
			Reverse(&r)
			if diff := cmp.Diff(want, r); diff != "" {
				t.Errorf("reversed twice (-want +got):\n%s", diff)
			}
		})
	}
}

// list returns the list of kind k in r: the field of Records whose JSON
// name is the kind's plural.
func list(t *testing.T, r *relations.Records, k relations.Kind) reflect.Value {
	t.Helper()
	v := reflect.ValueOf(r).Elem()
	for i := range v.NumField() {
		if name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ","); name == k.Plural() {
			return v.Field(i)
		}
	}
	t.Fatalf("Records has no list of %s", k.Plural())
	return reflect.Value{}
}

// id returns the ID of entity v.
func id(v reflect.Value) string { return v.FieldByName("ID").String() }

// TestModuleRoot checks that ModuleRoot finds amity's go.mod from this
// package's directory.
func TestModuleRoot(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(ModuleRoot(t), "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("module github.com/amitydata/amity\n")) {
		t.Errorf("go.mod begins %q", b[:min(len(b), 40)])
	}
}

// TestJSONReads checks that what JSON writes of each dataset reads back
// as records that JSON writes as the same bytes.
func TestJSONReads(t *testing.T) {
	for _, d := range Datasets(t) {
		t.Run(d.Name, func(t *testing.T) {
			want := JSON(t, &d.Records)
			got, err := relations.DecodeJSON(bytes.NewReader(want), relations.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(JSON(t, &got))); diff != "" {
				t.Errorf("read back (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSigning checks that the signing dataset holds what it is for: a
// group taking part in a meeting and speaking, an official without a
// name, an agreement signed by two officials for ministries, one of them
// a ministry the official holds no post in, another that no one is
// recorded to have signed, and a cultural event.
func TestSigning(t *testing.T) {
	r := Signing(t)
	if len(r.Groups) == 0 || len(r.Agreements) != 2 || len(r.Events) == 0 {
		t.Fatalf("%d groups, %d agreements, %d events", len(r.Groups), len(r.Agreements), len(r.Events))
	}
	m := r.Meetings[0]
	if len(m.Groups()) == 0 || !slices.ContainsFunc(m.Statements, func(s events.Statement) bool { return len(s.Groups) > 0 }) {
		t.Error("no group takes part in the meeting and speaks")
	}
	if !slices.ContainsFunc(r.Officials, func(o orgs.Official) bool { return o.Name == "" }) {
		t.Error("every official has a name")
	}
	if len(r.Agreements[1].Signatories) != 0 {
		t.Error("every agreement has signatories")
	}
	a := r.Agreements[0]
	if len(a.Signatories) != 2 || a.Signatories[0].For.Ministry == "" || a.Signatories[1].For.Ministry == "" {
		t.Errorf("signatories %+v, want two signing for ministries", a.Signatories)
	}
	for _, o := range r.Officials {
		if o.ID != a.Signatories[0].Official {
			continue
		}
		if p, _ := o.Post(a.Signatories[0].Post); p.Ministry == a.Signatories[0].For.Ministry {
			t.Error("the first signatory signs for the ministry of the post")
		}
	}
}

package formattest

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
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
			for _, tt := range []struct {
				list        string
				first, last string
			}{
				{"sources", string(r.Sources[0].ID), string(want.Sources[len(want.Sources)-1].ID)},
				{"states", string(r.States[0].ID), string(want.States[len(want.States)-1].ID)},
				{"organizations", string(r.Organizations[0].ID), string(want.Organizations[len(want.Organizations)-1].ID)},
				{"officials", string(r.Officials[0].ID), string(want.Officials[len(want.Officials)-1].ID)},
				{"meetings", string(r.Meetings[0].ID), string(want.Meetings[len(want.Meetings)-1].ID)},
				{"initiatives", string(r.Initiatives[0].ID), string(want.Initiatives[len(want.Initiatives)-1].ID)},
				{"ties", string(r.Ties[0].ID), string(want.Ties[len(want.Ties)-1].ID)},
			} {
				if tt.first != tt.last {
					t.Errorf("%s: first %s after Reverse, want %s", tt.list, tt.first, tt.last)
				}
			}
			Reverse(&r)
			if diff := cmp.Diff(want, r); diff != "" {
				t.Errorf("reversed twice (-want +got):\n%s", diff)
			}
		})
	}
}

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

package ftm_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/amitydata/amity/relations"
	"github.com/amitydata/amity/relations/ftm"
	"github.com/amitydata/amity/relations/popolo"
)

// TestEveryPoliticianIDs imports the three real Popolo files of
// EveryPolitician (relations/popolo/testdata/everypolitician), whose
// persons have UUIDs as IDs and whose posts, made by the import, join
// an official's ID and an organization's with a ".", and checks the IDs
// of their export as TestIDsSurviveFollowTheMoney does: FollowTheMoney's
// rule, no ".", unique, and no reference to an entity that is not there.
// It checks too that every official, post and organization has its
// entity.
func TestEveryPoliticianIDs(t *testing.T) {
	for _, file := range []string{"estonia-ep-popolo-v1.0.json", "kenya-ep-popolo-v1.0.json", "zimbabwe-senate-ep-popolo-v1.0.json"} {
		t.Run(file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("..", "popolo", "testdata", "everypolitician", file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			r, _, err := popolo.Import(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := relations.Validate(&r); err != nil {
				t.Fatalf("the imported records do not validate: %v", err)
			}
			es := ftm.Entities(&r)
			checkIDs(t, es)
			schemas := map[string]string{}
			for _, e := range es {
				schemas[e.ID] = e.Schema
			}
			want := map[string]string{}
			posts := 0
			for _, o := range r.Officials {
				want[ftm.ID(string(o.ID))] = "Person"
				for _, p := range o.Posts {
					posts++
					want[ftm.DerivedID("position", string(p.ID))] = "Position"
					want[ftm.DerivedID("occupancy", string(p.ID))] = "Occupancy"
				}
			}
			for _, o := range r.Organizations {
				want[ftm.ID(string(o.ID))] = "Organization"
			}
			for id, schema := range want {
				if schemas[id] != schema {
					t.Errorf("entity %s is a %q, want a %s", id, schemas[id], schema)
				}
			}
			if n := len(r.Officials) + 2*posts + len(r.Organizations); len(want) != n || len(es) != n {
				t.Errorf("%d entities, %d of them distinct officials, posts and organizations, want %d", len(es), len(want), n)
			}
		})
	}
}

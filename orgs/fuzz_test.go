package orgs_test

import (
	"testing"

	"github.com/amitydata/amity/internal/amitytest"
	"github.com/amitydata/amity/orgs"
)

// The seed corpora of the fuzz targets are in testdata/fuzz/<target>/:
// the entities of the example story and of relations' hostile suite.
//
// Each FuzzDecode target checks, for one entity type, the promises of
// [amitytest.FuzzEntity]: reading and writing one entity.

func FuzzDecodeState(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { amitytest.FuzzEntity[orgs.State](t, data) })
}

func FuzzDecodeMinistry(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { amitytest.FuzzEntity[orgs.Ministry](t, data) })
}

func FuzzDecodeOrganization(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { amitytest.FuzzEntity[orgs.Organization](t, data) })
}

func FuzzDecodeOfficial(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { amitytest.FuzzEntity[orgs.Official](t, data) })
}

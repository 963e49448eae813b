package cooperation_test

import (
	"testing"

	"github.com/amitydata/amity/cooperation"
	"github.com/amitydata/amity/internal/amitytest"
)

// The seed corpora of the fuzz targets are in testdata/fuzz/<target>/:
// the entities of the example story and of relations' hostile suite.
//
// Each FuzzDecode target checks, for one entity type, the promises of
// [amitytest.FuzzEntity]: reading and writing one entity.

func FuzzDecodeInitiative(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { amitytest.FuzzEntity[cooperation.Initiative](t, data) })
}

func FuzzDecodeTie(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { amitytest.FuzzEntity[cooperation.Tie](t, data) })
}

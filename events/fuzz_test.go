package events_test

import (
	"testing"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/internal/amitytest"
)

// The seed corpora of the fuzz targets are in testdata/fuzz/<target>/:
// the entities of the example story and of relations' hostile suite.
//
// Each FuzzDecode target checks, for one entity type, the promises of
// [amitytest.FuzzEntity]: reading and writing one entity.

func FuzzDecodeVisit(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { amitytest.FuzzEntity[events.Visit](t, data) })
}

func FuzzDecodeMeeting(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { amitytest.FuzzEntity[events.Meeting](t, data) })
}

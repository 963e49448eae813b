package relations

import (
	"testing"
	"unsafe"

	"github.com/amitydata/amity/events"
	"github.com/amitydata/amity/orgs"
)

// BenchMeetings returns the number of meetings of the benchmark datasets,
// AMITY_BENCH_MEETINGS or 20,000, for the benchmarks of package
// relations_test.
func BenchMeetings(b *testing.B) int { return benchMeetings(b) }

// Footprint returns the bytes that d's meeting store and ID table hold,
// counted from their arrays and strings (the tables of words, places and
// lists that the store's segments share are counted with it).
func Footprint(d *Dataset) (store, ids int) {
	s := d.meetings
	store = 4*len(s.first) + 4*len(s.at) + len(s.seg) + 4*len(s.dates) + 4*len(s.stmtStart)
	for _, c := range s.chunks {
		store += 16 + len(c)
	}
	for _, t := range s.tables {
		for _, x := range t.strs {
			store += 16 + len(x)
		}
		store += len(t.places) * int(unsafe.Sizeof(orgs.Place{}))
		for _, l := range t.topicLists {
			store += 24 + 16*len(l)
		}
		for _, l := range t.sourceLists {
			store += 24 + 16*len(l)
		}
		for _, l := range t.codeLists {
			store += 24 + int(unsafe.Sizeof(events.EventCode{}))*len(l)
		}
		for _, fs := range t.fieldSources {
			for _, l := range fs {
				store += 16 + 24 + 16*len(l)
			}
		}
	}
	t := d.ids
	ids = 8*len(t.slots) + 4*len(t.postStart) // stmtStart and mOrder are the store's and the index's
	return store, ids
}

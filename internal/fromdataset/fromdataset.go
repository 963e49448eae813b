// Package fromdataset holds what the exporters of a relations.Dataset
// share: they copy its entities other than meetings, and rebuild its
// meetings one at a time.
package fromdataset

import "github.com/amitydata/amity/relations"

// AllButMeetings returns a copy of d's records of every kind but
// meetings, whose list is nil.
func AllButMeetings(d *relations.Dataset) relations.Records {
	var kinds []relations.Kind
	for _, k := range relations.Kinds() {
		if k != relations.KindMeeting {
			kinds = append(kinds, k)
		}
	}
	return d.RecordsOf(kinds...)
}

package relations_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// TestRecordsOf checks that RecordsOf gives the lists of Records of the
// kinds asked for, and nil lists of the others: each kind alone, every
// kind but meetings, every kind, none, and kinds without lists.
func TestRecordsOf(t *testing.T) {
	var none *relations.Dataset
	for _, tt := range []struct {
		name string
		d    *relations.Dataset
	}{
		{"story", mustNew(t, storyRecords())},
		{"archive", mustNew(t, synth.Generate(synth.Config{Seed: 4, Meetings: 300, EveryField: true}))},
		{"nil", none},
	} {
		all := tt.d.Records()
		var butMeetings []relations.Kind
		for _, k := range relations.Kinds() {
			if k != relations.KindMeeting {
				butMeetings = append(butMeetings, k)
			}
		}
		asks := [][]relations.Kind{nil, relations.Kinds(), butMeetings, {relations.KindPost, relations.KindStatement, "nothing"}}
		for _, k := range relations.Kinds() {
			asks = append(asks, []relations.Kind{k})
		}
		for _, kinds := range asks {
			want := only(all, kinds)
			if diff := cmp.Diff(want, tt.d.RecordsOf(kinds...)); diff != "" {
				t.Errorf("%s: RecordsOf(%v) (-want +got):\n%s", tt.name, kinds, diff)
			}
		}
	}
}

// only returns r with the lists of the kinds not in kinds set to nil,
// by the JSON names of the fields of Records, which are the plurals of
// the kinds.
func only(r relations.Records, kinds []relations.Kind) relations.Records {
	v := reflect.ValueOf(&r).Elem()
	for i := range v.NumField() {
		name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
		keep := false
		for _, k := range kinds {
			if k.Plural() == name {
				keep = true
			}
		}
		if !keep {
			v.Field(i).SetZero()
		}
	}
	return r
}

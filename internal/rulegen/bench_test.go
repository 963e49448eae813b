package rulegen_test

import (
	"testing"

	"github.com/amitydata/amity/internal/synth"
)

// BenchmarkMeetingRules checks the meetings of a synthetic archive with
// the generated Valid and with Validate, which runs go-playground/
// validator over the tags; both find every meeting valid.
func BenchmarkMeetingRules(b *testing.B) {
	ms := synth.Generate(synth.Config{Seed: 1, Meetings: 2000}).Meetings
	b.Run("check=Valid", func(b *testing.B) {
		for b.Loop() {
			for i := range ms {
				if !ms[i].Valid() {
					b.Fatal("invalid")
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ms)), "ns/meeting")
	})
	b.Run("check=Validate", func(b *testing.B) {
		for b.Loop() {
			for i := range ms {
				if ms[i].Validate() != nil {
					b.Fatal("invalid")
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ms)), "ns/meeting")
	})
}

package orgs_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/internal/jsonx"
	"github.com/amitydata/amity/orgs"
)

// The seed corpora of the fuzz targets are in testdata/fuzz/<target>/:
// the entities of the example story and of relations' hostile suite.

// fuzzEntity decodes data as a T with amity's strict reader, and checks
// the promises of reading and writing one entity: no panic; an error is
// one problem of decoding, with a line; whatever decodes validates
// without panicking and encodes; what is encoded decodes to an equal
// value; and encoding that again gives the same bytes.
func fuzzEntity[T interface{ Validate() error }](t *testing.T, data []byte) {
	var v T
	if err := jsonx.Unmarshal(data, &v); err != nil {
		fes := amity.Errors(err)
		if len(fes) != 1 || fes[0].Line < 1 || fes[0].Kind.Class() == amity.ErrReference {
			t.Fatalf("error %v: want one problem of decoding, with a line", err)
		}
		return
	}
	_ = v.Validate()
	b, err := jsonx.Marshal(v)
	if err != nil {
		t.Fatalf("decoded %+v, which does not encode: %v", v, err)
	}
	var w T
	if err := jsonx.Unmarshal(b, &w); err != nil {
		t.Fatalf("%q encodes as\n%s\nwhich does not decode: %v", data, b, err)
	}
	if diff := cmp.Diff(v, w); diff != "" {
		t.Fatalf("decode(encode(v)) differs from v (-v +decoded):\n%s", diff)
	}
	if again, err := jsonx.Marshal(w); err != nil || !bytes.Equal(b, again) {
		t.Fatalf("encoding is not stable:\n%s\n%s (%v)", b, again, err)
	}
}

func FuzzDecodeState(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { fuzzEntity[orgs.State](t, data) })
}

func FuzzDecodeMinistry(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { fuzzEntity[orgs.Ministry](t, data) })
}

func FuzzDecodeOrganization(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { fuzzEntity[orgs.Organization](t, data) })
}

func FuzzDecodeOfficial(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) { fuzzEntity[orgs.Official](t, data) })
}

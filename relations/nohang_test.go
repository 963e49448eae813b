package relations_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// stalling yields its data, then blocks until released: a producer that
// stops writing without closing its end.
type stalling struct {
	data    *bytes.Reader
	release chan struct{}
}

func (s *stalling) Read(p []byte) (int, error) {
	if s.data.Len() > 0 {
		return s.data.Read(p)
	}
	<-s.release
	return 0, io.EOF
}

// noProgress returns nothing and no error, for ever.
type noProgress struct{}

func (noProgress) Read([]byte) (int, error) { return 0, nil }

// endless is a line that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestNoHang checks that reading returns promptly on inputs that could
// keep it waiting for ever: a producer that stalls once the limit of
// problems is reached, a reader that makes no progress, and a line that
// never ends.
func TestNoHang(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	tests := []struct {
		name string
		read func() error
		want func(error) bool
	}{
		{"a producer that stalls after the limit of problems", func() error {
			r := &stalling{data: bytes.NewReader([]byte(strings.Repeat("x\n", 1100))), release: release}
			_, err := relations.ReadJSONL(r, relations.ReadOptions{})
			return err
		}, func(err error) bool { return len(amity.Errors(err)) == 1001 }},
		{"a document reader that makes no progress", func() error {
			_, err := relations.ReadJSON(noProgress{}, relations.ReadOptions{})
			return err
		}, func(err error) bool { return errors.Is(err, io.ErrNoProgress) }},
		{"a JSON Lines reader that makes no progress", func() error {
			_, err := relations.ReadJSONL(noProgress{}, relations.ReadOptions{})
			return err
		}, func(err error) bool { return errors.Is(err, io.ErrNoProgress) }},
		{"a line that never ends", func() error {
			_, err := relations.ReadJSONL(endless{}, relations.ReadOptions{MaxLineBytes: 1 << 10})
			return err
		}, func(err error) bool {
			fes := amity.Errors(err)
			return len(fes) == 1 && fes[0].Kind == amity.KindTooLarge && fes[0].Line == 1
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { done <- tt.read() }()
			select {
			case err := <-done:
				if !tt.want(err) {
					t.Errorf("error %v", err)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("no answer in 30 s")
			}
		})
	}
}

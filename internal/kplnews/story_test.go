package kplnews_test

import (
	"testing"

	"github.com/amitydata/amity/internal/kplnews"
	"github.com/amitydata/amity/relations"
)

func TestValid(t *testing.T) {
	if _, err := relations.New(kplnews.Records()); err != nil {
		t.Fatal(err)
	}
}

package popolo_test

import (
	"testing"

	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/relations/popolo"
)

// TestExportDataset checks that a Dataset exports the bytes Export
// writes for its records.
func TestExportDataset(t *testing.T) {
	formattest.CheckDatasetExport(t, popolo.Export, popolo.ExportDataset)
}

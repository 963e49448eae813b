package ftm_test

import (
	"testing"

	"github.com/amitydata/amity/internal/formattest"
	"github.com/amitydata/amity/relations/ftm"
)

// TestExportDataset checks that a Dataset exports the bytes Export
// writes for its records.
func TestExportDataset(t *testing.T) {
	formattest.CheckDatasetExport(t, ftm.Export, ftm.ExportDataset)
}

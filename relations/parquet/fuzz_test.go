package parquet

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/azernews"
)

// FuzzReadDir reads the story's tables with one file replaced by the
// fuzzer's bytes: ReadDir never panics, and what it reads without an
// error, written and read again, is the same.
func FuzzReadDir(f *testing.F) {
	r := azernews.Records()
	dir := f.TempDir()
	if err := WriteRecords(dir, &r); err != nil {
		f.Fatal(err)
	}
	tables := plan().tables
	files := make([][]byte, len(tables))
	for i, t := range tables {
		b, err := os.ReadFile(filepath.Join(dir, t.name+".parquet"))
		if err != nil {
			f.Fatal(err)
		}
		files[i] = b
		if t.name == "meetings" || t.name == "meetings_participants" || t.name == "officials" {
			f.Add(uint8(i), b)
			f.Add(uint8(i), b[:len(b)/2])
		}
	}
	// Each input replaces one file of dir, which is put back after.
	f.Fuzz(func(t *testing.T, table uint8, data []byte) {
		k := int(table) % len(tables)
		file := filepath.Join(dir, tables[k].name+".parquet")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		defer func() {
			if err := os.WriteFile(file, files[k], 0o644); err != nil {
				t.Fatal(err)
			}
		}()
		got, err := ReadDir(dir)
		if err != nil {
			return
		}
		again := t.TempDir()
		if err := WriteRecords(again, &got); err != nil {
			t.Fatal(err)
		}
		back, err := ReadDir(again)
		if err != nil {
			t.Fatalf("the records read, written again, do not read: %v", err)
		}
		if diff := cmp.Diff(got, back); diff != "" {
			t.Errorf("read, written and read again (-first +second):\n%s", diff)
		}
	})
}

// Command rulegen writes the Valid methods of amity's entity types from
// their validate tags: the file valid_generated.go of each entity package.
// Run it through go generate in internal/rulegen.
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/amitydata/amity/internal/rulegen"
)

func main() {
	root := flag.String("root", "../..", "the directory of the module's source")
	flag.Parse()
	files, err := rulegen.Files(*root)
	if err != nil {
		log.Fatal(err)
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(*root, name), src, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

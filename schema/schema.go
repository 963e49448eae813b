// Package schema publishes the JSON Schema of amity's document format,
// amity/v1: the file amity-v1.schema.json in this directory (JSON Schema
// draft 2020-12), derived from the Go types of packages amity, orgs,
// events and relations, so that it cannot drift from them. A test
// regenerates it and fails when the file is stale; run
//
//	go test ./schema -update
//
// after changing a type, a json or validate tag, or a doc comment.
//
// The schema states the shape of the document (every member, its type,
// which are required, no unknown members) and the rules of single fields
// (lengths, counts, patterns of IDs, codes, dates and text, the values of
// each vocabulary). It cannot state the rules across fields and entities —
// unique IDs, references to entities of the right kind, dates ordered and
// within terms and visits, no organization its own ancestor, dates on the
// calendar — which relations.Validate and `amity validate` check. See
// README.md in this directory.
package schema

import (
	_ "embed"
)

//go:embed amity-v1.schema.json
var amityV1 []byte

// FileName is the name of the schema file.
const FileName = "amity-v1.schema.json"

// AmityV1 returns the JSON Schema of the amity/v1 document format, as
// indented JSON. The slice is new on every call; the caller may change it.
func AmityV1() []byte { return append([]byte(nil), amityV1...) }

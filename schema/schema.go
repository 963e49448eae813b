// Package schema publishes the JSON Schema of amity's document format,
// amity/v2: the file amity-v2.schema.json in this directory (JSON Schema
// draft 2020-12), derived from the Go types of packages amity, orgs,
// events, cooperation and relations, so that it cannot drift from them. A
// test regenerates it and fails when the file is stale; run
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
// within terms and visits, no organization or agreement its own ancestor
// — which relations.Validate and `amity validate` check. README.md in
// this directory lists each difference between the schema and amity.
//
// The schema of the first format, amity/v1, stays beside it as it was
// last generated, amity-v1.schema.json, for documents not yet upgraded
// (relations.UpgradeJSON upgrades them); it no longer changes.
package schema

import (
	_ "embed"
)

var (
	//go:embed amity-v2.schema.json
	amityV2 []byte
	//go:embed amity-v1.schema.json
	amityV1 []byte
)

// FileName is the name of the schema file of the current format,
// amity/v2.
const FileName = "amity-v2.schema.json"

// FileNameV1 is the name of the schema file of the first format,
// amity/v1.
const FileNameV1 = "amity-v1.schema.json"

// AmityV2 returns the JSON Schema of the amity/v2 document format, the
// format relations reads and writes, as indented JSON. The slice is new
// on every call; the caller may change it.
func AmityV2() []byte { return append([]byte(nil), amityV2...) }

// AmityV1 returns the JSON Schema of the amity/v1 document format, the
// first, as indented JSON: the schema of documents to upgrade with
// relations.UpgradeJSON. It is the file as last generated from the types
// of that format, and no longer changes. The slice is new on every call;
// the caller may change it.
func AmityV1() []byte { return append([]byte(nil), amityV1...) }

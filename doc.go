// Package amity models international cultural relations as typed,
// validated, serializable data: the states, ministries, organizations and
// officials involved; the visits, meetings and statements in which they
// act; and the initiatives and ties that make up a relationship.
//
// This root package holds the vocabulary every other package shares: the
// partial-precision [Date], [Names] with aliases and a matcher that ignores
// case and diacritics, [Source] citations, and the [ValidationError] and
// [FieldError] types through which every check reports.
//
// # Packages
//
// Imports run one way: amity <- orgs <- events <- cooperation <- relations.
//
//   - [github.com/amitydata/amity/orgs]: states, ministries, organizations,
//     officials and the posts they hold.
//   - [github.com/amitydata/amity/events]: meetings, visits, statements, and
//     their CAMEO and PLOVER event codes.
//   - [github.com/amitydata/amity/cooperation]: initiatives with their
//     status over time, and ties such as diplomatic relations.
//   - [github.com/amitydata/amity/relations]: the Dataset that holds
//     everything, checks cross-references, answers queries, and reads and
//     writes JSON and JSON Lines.
//
// # Validation
//
// Each entity has a Validate method that checks its own rules and returns
// a [*ValidationError] listing every problem, never just the first. Each
// problem is a [FieldError] with the [Path] of the bad value
// (participants[0].official), its [ErrorKind], the value and a detail,
// in the shape of Kubernetes' field.ErrorList. Rules on single fields are
// written as validate tags and checked by one go-playground/validator
// instance, built once, with amity's own tags registered (see
// [ValidateStruct]); rules that tie fields together are code. Rules that
// span entities — unique IDs, references that name an entity of the right
// kind, an official's term covering a meeting's date — are checked by
// relations.Validate and relations.New.
//
// Each entity also has a Valid method, generated from the same tags, that
// reports whether Validate would find no problem, more than ten times faster,
// without building a report: for callers that need only a verdict.
//
// Errors are classed for errors.Is: [ErrSyntax], [ErrTooLarge],
// [ErrInvalid] and [ErrReference].
//
// # JSON
//
// Every type has explicit JSON tags in snake_case; fields whose zero value
// means absent are tagged omitzero. Dates encode as "2022", "2022-06" or
// "2022-06-20". The same value always encodes to the same bytes, with
// encoding/json as with amity's own writers.
//
// # Concurrency
//
// Entity values are plain data. The validator is safe for concurrent use,
// and so is every method of relations.Dataset.
package amity

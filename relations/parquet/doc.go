// Package parquet writes a dataset as Parquet tables, the columnar files
// that DuckDB, Spark, BigQuery and pandas read, and reads them back:
// amity validates; the engines scale the joins.
//
// A dataset is a directory holding a file NAME.parquet for each table of
// [Tables], every table there even when it has no rows. The tables are
// derived from the Go types of the entities, by these rules, so that they
// change with the model and need no list of columns kept by hand
// (docs/parquet.md lists them all):
//
//   - Each top-level kind has a table named as its list in
//     relations.Records: sources, states, ministries, organizations,
//     officials, groups, visits, meetings, initiatives, ties, agreements,
//     events. A row is an entity.
//   - A field is a column named by its JSON name; the fields of a nested
//     struct are columns too, their names joined by "_" (place_city,
//     planned_start). IDs, codes and text are VARCHAR, numbers BIGINT,
//     flags BOOLEAN.
//   - A date is two columns: NAME, a DATE holding the date's first day,
//     and NAME_precision, "year", "month" or "day": "2022-06" is
//     2022-06-01 and "month".
//   - A list of IDs, codes or words is a VARCHAR[] column (a Parquet LIST).
//   - A list of structs is a table of its own, named by the holder's table
//     and the list (meetings_participants, meetings_statements,
//     officials_posts, organizations_members, initiatives_history,
//     agreements_signatories, meetings_codes): a row is an element,
//     tied to its holder by KIND_id (meeting_id) and position (from 0),
//     and the holder's table has a column LIST_count, its length.
//   - A map is a MAP column: local_names MAP(VARCHAR, VARCHAR),
//     field_sources MAP(VARCHAR, VARCHAR[]), uncertain MAP(VARCHAR,
//     STRUCT(basis VARCHAR, reason VARCHAR)).
//   - A field the JSON form leaves out when it is zero is null when zero;
//     so is an absent list or map, while an empty one is empty.
//
// Beside the records, the table cameo_codes ([CAMEOTable]) holds the
// CAMEO event codes amity knows with their Goldstein scores and PLOVER
// event types, so that SQL can score events as
// relations.Dataset.Intensity does.
//
// The files are compressed with zstd, in row groups of at most
// [RowGroupRows] rows. Reading them back with [ReadDir] gives the same
// records: JSON Lines written from them is the same, byte for byte.
//
// The question "which states met in 2022" is then SQL:
//
//	SELECT p.state, count(DISTINCT m.id)
//	FROM 'meetings.parquet' m
//	JOIN 'meetings_participants.parquet' p ON p.meeting_id = m.id
//	WHERE year(m.date) = 2022 GROUP BY p.state
//
// [Writer] writes entities as they come, holding at most a row group of
// each table and a few batches of rows on their way to it, each table
// written by a goroutine of its own, so an archive larger than memory
// converts from a stream:
// relations.ScanJSONL hands over the entities of JSON Lines one at a
// time, and [WriteDataset] those of a Dataset.
package parquet

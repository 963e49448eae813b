// read.cjs reads amity's Parquet tables with Polars: node read.cjs DIR
// writes, for each table of DIR (DIR/NAME.parquet) in the order of the
// names, a line {"table": NAME, "columns": [...], "rows": N} and then its
// N rows as Polars writes them in JSON Lines: lists as arrays, maps as
// arrays of {"key", "value"}, dates as "YYYY-MM-DD", nulls as null.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const pl = require("nodejs-polars");

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node read.cjs DIR");
  process.exit(2);
}
for (const f of fs.readdirSync(dir).sort()) {
  if (!f.endsWith(".parquet")) continue;
  const df = pl.readParquet(path.join(dir, f));
  const head = { table: f.slice(0, -".parquet".length), columns: df.columns, rows: df.height };
  fs.writeSync(1, JSON.stringify(head) + "\n");
  if (df.height > 0) {
    let lines = df.writeJSON({ format: "lines" }).toString();
    if (!lines.endsWith("\n")) lines += "\n";
    fs.writeSync(1, lines);
  }
}

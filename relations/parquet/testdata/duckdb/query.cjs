// query.cjs reads amity's Parquet tables with DuckDB and answers SQL
// queries: node query.cjs DIR reads a JSON list of queries on standard
// input, makes a view of each table of DIR (DIR/NAME.parquet as NAME), and
// writes a JSON list of the answers, each a list of rows, each a list of
// values as DuckDB's JSON form of them gives them.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { DuckDBInstance } = require("@duckdb/node-api");

async function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node query.cjs DIR < queries.json");
    process.exit(2);
  }
  const queries = JSON.parse(fs.readFileSync(0, "utf8"));
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith(".parquet")) continue;
    const name = f.slice(0, -".parquet".length);
    const file = path.join(dir, f).replaceAll("'", "''");
    await conn.run(`CREATE VIEW "${name}" AS SELECT * FROM read_parquet('${file}')`);
  }
  const answers = [];
  for (const q of queries) {
    const reader = await conn.runAndReadAll(q);
    answers.push(reader.getRowsJson());
  }
  process.stdout.write(JSON.stringify(answers));
}

main().catch((err) => {
  console.error(err && err.message ? err.message : err);
  process.exit(1);
});

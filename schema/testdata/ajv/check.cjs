// Compiles a JSON Schema (draft 2020-12) with Ajv in strict mode and
// validates JSON documents against it:
//
//   - the schema must compile with every rule of strict mode on
//     (strictSchema, strictNumbers, strictTypes, strictTuples,
//     strictRequired) and without a word from Ajv's logger: a warning is
//     a failure, as an error is;
//   - each document is read with JSON.parse, which keeps what the file
//     holds (an escaped lone surrogate stays one), and validated with
//     allErrors, so that every error is reported.
//
// Usage: node check.cjs [-loose] SCHEMA [DOCUMENT...]. -loose compiles
// with strict mode off, for schemas known not to pass it.
//
// It prints JSON lines: first {"schema": SCHEMA, "compiled": true|false,
// "error": ..., "warnings": [...]}, then, if the schema compiled, one
// line a document: {"document": DOCUMENT, "valid": true|false,
// "errors": [{"instancePath", "keyword", "message"}, ...]}. It exits 1
// if the schema does not compile or Ajv warned, 2 on a usage error, and
// 0 otherwise, whatever the documents' verdicts.
'use strict';

const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020').default;

function main(args) {
  let strict = true;
  if (args[0] === '-loose') {
    strict = false;
    args = args.slice(1);
  }
  if (args.length < 1) {
    console.error('usage: node check.cjs [-loose] SCHEMA [DOCUMENT...]');
    return 2;
  }
  const [schemaFile, ...documents] = args;
  const warnings = [];
  const say = (...parts) => warnings.push(parts.map(String).join(' '));
  const ajv = new Ajv2020({ strict, allErrors: true, logger: { log: say, warn: say, error: say } });
  let validate;
  try {
    validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  } catch (err) {
    console.log(JSON.stringify({ schema: schemaFile, compiled: false, error: err.message, warnings }));
    return 1;
  }
  console.log(JSON.stringify({ schema: schemaFile, compiled: true, warnings }));
  for (const file of documents) {
    const valid = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
    const errors = (validate.errors || []).map(({ instancePath, keyword, message }) => ({ instancePath, keyword, message }));
    console.log(JSON.stringify({ document: file, valid, errors }));
  }
  return warnings.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

// Loads a FollowTheMoney export (one JSON entity a line) with the model of
// @alephdata/followthemoney and checks each entity strictly, which the
// model's getEntity alone does not:
//
//   - the schema exists and is not abstract, and the id is a non-empty
//     string used by no other entity;
//   - every property exists on the schema (inherited ones included), and
//     its values are a non-empty list of non-empty strings;
//   - every property required by the schema or a schema it extends is
//     present;
//   - values fit their type: dates are ISO 8601 prefixes, countries and
//     topics are in the model's lists, URLs are http(s), and a value of
//     an entity property is the id of an entity of the export whose
//     schema is, or extends, the property's range.
//
// Usage: node check.cjs FILE. It prints the number of entities of each
// schema, and exits 1 after printing every problem, if there is one.
'use strict';

const fs = require('fs');
const { Model, defaultModel } = require('@alephdata/followthemoney');

const model = new Model(defaultModel);
const datePattern = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

function check(file) {
  const problems = [];
  const entities = new Map();
  const counts = {};
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    const where = `line ${i + 1}`;
    let raw;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      problems.push(`${where}: not JSON: ${err.message}`);
      return;
    }
    const id = raw.id;
    if (typeof id !== 'string' || id === '') {
      problems.push(`${where}: no id`);
      return;
    }
    if (entities.has(id)) {
      problems.push(`${where}: id ${id} used already`);
      return;
    }
    let entity;
    let schema;
    try {
      entity = model.getEntity(raw);
      schema = model.getSchema(raw.schema);
    } catch (err) {
      problems.push(`${where}: ${id}: the model rejects it: ${err.message}`);
      return;
    }
    if (schema.abstract) problems.push(`${where}: ${id}: abstract schema ${schema.name}`);
    const props = schema.getProperties();
    const given = raw.properties || {};
    for (const [name, values] of Object.entries(given)) {
      const prop = props.get(name);
      if (!prop) {
        problems.push(`${where}: ${id}: ${schema.name} has no property ${name}`);
        continue;
      }
      if (!Array.isArray(values) || values.length === 0) {
        problems.push(`${where}: ${id}: ${name} is not a non-empty list`);
        continue;
      }
      for (const v of values) {
        if (typeof v !== 'string' || v.trim() === '') {
          problems.push(`${where}: ${id}: ${name} holds ${JSON.stringify(v)}, not a non-empty string`);
          continue;
        }
        checkValue(problems, `${where}: ${id}: ${name}`, prop, v);
      }
    }
    const required = new Set(schema.required);
    for (const parent of schema.getParents()) for (const r of parent.required) required.add(r);
    for (const r of required) {
      if (!given[r] || given[r].length === 0) problems.push(`${where}: ${id}: ${schema.name} requires ${r}`);
    }
    if (entity.getProperties().length === 0) problems.push(`${where}: ${id}: the model loaded no property`);
    entities.set(id, { schema, raw, where });
    counts[schema.name] = (counts[schema.name] || 0) + 1;
  });
  // References, once every entity is known.
  for (const [id, { schema, raw, where }] of entities) {
    const props = schema.getProperties();
    for (const [name, values] of Object.entries(raw.properties || {})) {
      const prop = props.get(name);
      if (!prop || prop.type.name !== 'entity' || !Array.isArray(values)) continue;
      for (const ref of values) {
        const target = entities.get(ref);
        if (!target) {
          problems.push(`${where}: ${id}: ${name} names ${ref}, which is not in the export`);
        } else if (prop.hasRange && !target.schema.isA(prop.getRange())) {
          problems.push(`${where}: ${id}: ${name} names ${ref}, a ${target.schema.name}, not a ${prop.getRange().name}`);
        }
      }
    }
  }
  return { problems, counts, total: entities.size };
}

function checkValue(problems, where, prop, v) {
  const type = prop.type;
  switch (type.name) {
    case 'date':
      if (!datePattern.test(v)) problems.push(`${where}: ${JSON.stringify(v)} is not a date`);
      break;
    case 'country':
    case 'topic':
    case 'gender':
      if (!type.values.has(v)) problems.push(`${where}: ${JSON.stringify(v)} is not a ${type.name} of the model`);
      break;
    case 'url':
      if (!/^https?:\/\/[^\s]+$/.test(v)) problems.push(`${where}: ${JSON.stringify(v)} is not an http(s) URL`);
      break;
  }
  if (type.maxLength && v.length > type.maxLength) {
    problems.push(`${where}: ${JSON.stringify(v).slice(0, 40)}... is longer than ${type.maxLength}`);
  }
}

if (require.main === module) {
  if (process.argv.length !== 3) {
    console.error('usage: node check.cjs FILE');
    process.exit(2);
  }
  const { problems, counts, total } = check(process.argv[2]);
  for (const name of Object.keys(counts).sort()) console.log(`${name}: ${counts[name]}`);
  console.log(`${total} entities`);
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`${problems.length} problems`);
    process.exit(1);
  }
}

module.exports = { check };

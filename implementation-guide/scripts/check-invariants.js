#!/usr/bin/env node
// Offline sanity check of the compiled package (not a replacement for the HAPI validator):
//  1. every cdr-* invariant of our StructureDefinitions holds on every example (and on each resource
//     inside example Bundles), evaluated with fhirpath.js and the R4 model;
//  2. every invalid example's JSON Patch applies to its base example (only add/replace/remove), changes
//     the document, and, when its expected error names an invariant key, makes exactly that invariant
//     fail (otherwise it must break no cdr-* invariant: the rule it breaks is a cardinality, fixed value
//     or binding, which only the real validator checks).
// Usage: node check-invariants.js <profiles-dir>
'use strict';
const fs = require('fs');
const path = require('path');
const fhirpath = require('fhirpath');
const r4model = require('fhirpath/fhir-context/r4');

const profilesDir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'profiles'));
const pkgDir = path.join(profilesDir, 'package');
const exampleDir = path.join(pkgDir, 'example');

const readJson = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const sds = fs.readdirSync(pkgDir).filter((f) => f.startsWith('StructureDefinition-')).map((f) => readJson(path.join(pkgDir, f)));
const byUrl = new Map(sds.map((sd) => [sd.url, sd]));
const invariantKeys = new Set(sds.flatMap((sd) => sd.snapshot.element.flatMap((el) => (el.constraint || []).map((c) => c.key))));

// Our invariants per StructureDefinition: [{key, severity, expression, path}]
function invariantsOf(sd) {
  const out = [];
  const seen = new Set();
  for (const el of sd.snapshot.element) {
    if (el.id.includes(':')) continue; // slices: none of our invariants sit on slices
    for (const c of el.constraint || []) {
      if (!c.key.startsWith('cdr-')) continue;
      const k = c.key + '@' + el.path;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ key: c.key, severity: c.severity, expression: c.expression, path: el.path });
    }
  }
  return out;
}

// JSON nodes at an element path such as MeasureReport.group.population
function nodesAt(resource, elementPath) {
  let nodes = [resource];
  for (const name of elementPath.split('.').slice(1)) {
    const next = [];
    for (const n of nodes) {
      const v = n[name];
      if (v === undefined) continue;
      for (const x of Array.isArray(v) ? v : [v]) next.push(x);
    }
    nodes = next;
  }
  return nodes;
}

function evaluate(node, basePath, expression, resource) {
  return fhirpath.evaluate(node, { base: basePath, expression }, { resource, rootResource: resource }, r4model);
}

function holds(result) {
  return result.length === 1 && result[0] === true;
}

// All failures of cdr-* invariants on a resource and the resources inside it.
function check(resource, where, failures) {
  for (const url of (resource.meta && resource.meta.profile) || []) {
    const sd = byUrl.get(url);
    if (!sd) continue;
    for (const inv of invariantsOf(sd)) {
      for (const node of nodesAt(resource, inv.path)) {
        let result;
        try {
          result = evaluate(node, inv.path, inv.expression, resource);
        } catch (e) {
          failures.push({ key: inv.key, severity: 'error', where, message: 'evaluation error: ' + e.message });
          continue;
        }
        if (!holds(result)) failures.push({ key: inv.key, severity: inv.severity, where, message: JSON.stringify(result) });
      }
    }
  }
  // extensions defined by us, wherever they sit in this resource (not inside nested resources)
  (function walk(n, p) {
    if (Array.isArray(n)) return n.forEach((x, i) => walk(x, p + '[' + i + ']'));
    if (!n || typeof n !== 'object') return;
    for (const [k, v] of Object.entries(n)) {
      if (k === 'resource' && v && v.resourceType) continue;
      if ((k === 'extension' || k === 'modifierExtension') && Array.isArray(v)) {
        v.forEach((ext, i) => {
          const sd = byUrl.get(ext.url);
          if (!sd) return;
          for (const inv of invariantsOf(sd)) {
            if (inv.path !== 'Extension') continue;
            const result = evaluate(ext, 'Extension', inv.expression, resource);
            if (!holds(result)) failures.push({ key: inv.key, severity: inv.severity, where: where + p + '.' + k + '[' + i + ']', message: JSON.stringify(result) });
          }
        });
      }
      walk(v, p + '.' + k);
    }
  })(resource, '');
  // resources inside a Bundle
  if (resource.resourceType === 'Bundle') {
    (resource.entry || []).forEach((e, i) => {
      if (e.resource) check(e.resource, where + '/entry[' + i + ']', failures);
    });
  }
  return failures;
}

// Minimal RFC 6902 (add, replace, remove) with RFC 6901 pointers.
function applyPatch(doc, ops) {
  const out = JSON.parse(JSON.stringify(doc));
  for (const op of ops) {
    if (!['add', 'replace', 'remove'].includes(op.op)) throw new Error('unsupported op ' + op.op);
    const parts = op.path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    let parent = out;
    for (const p of parts) {
      parent = Array.isArray(parent) ? parent[Number(p)] : parent[p];
      if (parent === undefined) throw new Error('path not found: ' + op.path);
    }
    if (Array.isArray(parent)) {
      const idx = last === '-' ? parent.length : Number(last);
      if (!(idx >= 0 && idx <= parent.length)) throw new Error('bad index: ' + op.path);
      if (op.op === 'add') parent.splice(idx, 0, op.value);
      else {
        if (idx >= parent.length) throw new Error('path not found: ' + op.path);
        if (op.op === 'replace') parent[idx] = op.value;
        else parent.splice(idx, 1);
      }
    } else {
      if (op.op !== 'add' && !(last in parent)) throw new Error('path not found: ' + op.path);
      if (op.op === 'remove') delete parent[last];
      else parent[last] = op.value;
    }
  }
  return out;
}

let problems = 0;
let passed = 0;
const fail = (msg) => { problems++; console.error('FAIL ' + msg); };

// 1. examples
for (const f of fs.readdirSync(exampleDir).filter((x) => x.endsWith('.json') && !x.startsWith('.')).sort()) {
  const failures = check(readJson(path.join(exampleDir, f)), f, []);
  const errors = failures.filter((x) => x.severity === 'error');
  for (const w of failures.filter((x) => x.severity !== 'error')) console.log(`warn ${w.where}: ${w.key}`);
  if (errors.length) errors.forEach((x) => fail(`${x.where}: ${x.key} ${x.message}`));
  else passed++;
}

// 2. invalid examples
const manifestFile = path.join(profilesDir, 'invalid-examples', 'manifest.json');
const manifest = fs.existsSync(manifestFile) ? readJson(manifestFile) : [];
for (const item of manifest) {
  const label = 'invalid example ' + item.name;
  try {
    for (const k of ['name', 'base', 'patch', 'breaks', 'expectedError']) if (!(k in item)) throw new Error('missing ' + k);
    const base = readJson(path.join(exampleDir, item.base));
    const patched = applyPatch(base, item.patch);
    if (JSON.stringify(patched) === JSON.stringify(base)) throw new Error('patch changes nothing');
    JSON.parse(JSON.stringify(patched));
    const errors = check(patched, item.name, []).filter((x) => x.severity === 'error');
    const keys = [...new Set(errors.map((x) => x.key))];
    const expected = item.expectedError.messageContains;
    if (invariantKeys.has(expected)) {
      if (!keys.includes(expected)) throw new Error(`expected invariant ${expected} to fail; failing: ${keys.join(', ') || 'none'}`);
      if (keys.length !== 1) throw new Error(`breaks more than one invariant: ${keys.join(', ')}`);
    } else if (keys.length) {
      throw new Error(`expected no invariant to fail (the rule broken is checked by the validator), but: ${keys.join(', ')}`);
    }
    passed++;
  } catch (e) {
    fail(`${label}: ${e.message}`);
  }
}

console.log(`${passed} passed, ${problems} failed`);
process.exit(problems ? 1 : 0);

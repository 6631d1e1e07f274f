#!/usr/bin/env node
// Regenerates <repo>/profiles/ from SUSHI's output (fsh-generated/resources) and the IG sources.
// Output is deterministic: files are written as JSON.stringify(resource, null, 2) + '\n', the
// ImplementationGuide's `date` is dropped, and listings are sorted.
// Usage: node package-profiles.js <implementation-guide-dir> <profiles-dir>
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('yaml');
const { sourceHash } = require('./source-hash');

const igDir = path.resolve(process.argv[2] || path.join(__dirname, '..'));
const outDir = path.resolve(process.argv[3] || path.join(igDir, '..', 'profiles'));
const generated = path.join(igDir, 'fsh-generated', 'resources');

const config = yaml.parse(fs.readFileSync(path.join(igDir, 'sushi-config.yaml'), 'utf8'));

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

function byteOrder(a, b) {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function copyTree(from, to) {
  if (!fs.existsSync(from)) return;
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => byteOrder(a.name, b.name))) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(src, dst);
    else if (entry.isFile()) fs.copyFileSync(src, dst);
  }
}

// Read SUSHI's output.
const resources = fs.readdirSync(generated)
  .filter((f) => f.endsWith('.json'))
  .sort(byteOrder)
  .map((f) => JSON.parse(fs.readFileSync(path.join(generated, f), 'utf8')));

const ig = resources.find((r) => r.resourceType === 'ImplementationGuide');
if (!ig) throw new Error('SUSHI produced no ImplementationGuide resource: cannot tell examples from definitions');
const exampleKeys = new Set(
  ((ig.definition || {}).resource || [])
    .filter((r) => r.exampleBoolean === true || r.exampleCanonical)
    .map((r) => r.reference.reference)
);
delete ig.date; // the only value SUSHI may vary between runs

// SUSHI leaves `version` to the IG Publisher: give our own conformance resources the package version
// (right after `url`), so that versioned canonicals (url|0.1.0) resolve. The UK Core stand-ins keep none.
function withVersion(r) {
  if (exampleKeys.has(r.resourceType + '/' + r.id) || r.resourceType === 'ImplementationGuide') return r;
  if (typeof r.url !== 'string' || !r.url.startsWith(config.canonical + '/') || r.version) return r;
  const out = {};
  for (const [k, v] of Object.entries(r)) {
    out[k] = v;
    if (k === 'url') out.version = config.version;
  }
  return out;
}
for (let i = 0; i < resources.length; i++) resources[i] = withVersion(resources[i]);

const manifest = {
  name: config.id,
  version: config.version,
  canonical: config.canonical,
  url: config.canonical,
  title: config.title,
  description: config.description,
  fhirVersions: [config.fhirVersion],
  dependencies: { 'hl7.fhir.r4.core': '4.0.1' },
  author: config.publisher && config.publisher.name ? config.publisher.name : config.publisher,
  jurisdiction: 'urn:iso:std:iso:3166#GB',
  license: config.license,
  type: 'fhir.ig'
};

fs.rmSync(outDir, { recursive: true, force: true });
const pkgDir = path.join(outDir, 'package');
const exampleDir = path.join(pkgDir, 'example');
const index = { package: [], example: [] };

for (const r of resources) {
  const key = r.resourceType + '/' + r.id;
  const isExample = exampleKeys.has(key);
  const filename = r.resourceType + '-' + r.id + '.json';
  writeJson(path.join(isExample ? exampleDir : pkgDir, filename), r);
  const entry = { filename, resourceType: r.resourceType, id: r.id };
  for (const k of ['url', 'version', 'kind', 'type']) {
    if (typeof r[k] === 'string') entry[k] = r[k];
  }
  (isExample ? index.example : index.package).push(entry);
}
writeJson(path.join(pkgDir, 'package.json'), manifest);
writeJson(path.join(pkgDir, '.index.json'), { 'index-version': 1, files: index.package });
writeJson(path.join(exampleDir, '.index.json'), { 'index-version': 1, files: index.example });

copyTree(path.join(igDir, 'input', 'pagecontent'), path.join(outDir, 'pages'));
copyTree(path.join(igDir, 'input', 'invalid-examples'), path.join(outDir, 'invalid-examples'));

fs.writeFileSync(path.join(outDir, 'sources.sha256'), sourceHash(igDir) + '\n');
fs.writeFileSync(path.join(outDir, 'README.md'),
  '# profiles/ (generated: do not edit)\n\n' +
  'Compiled by `implementation-guide/build.sh` from the FSH sources in `implementation-guide/`.\n\n' +
  '- `package/`: the FHIR package `' + config.id + '#' + config.version + '` (conformance resources with snapshots, `package.json`, `.index.json`).\n' +
  '- `package/example/`: the example instances.\n' +
  '- `pages/`: the narrative pages of the implementation guide (Markdown).\n' +
  '- `invalid-examples/`: patches to the examples that each break one rule, with the error expected.\n' +
  '- `sources.sha256`: SHA-256 of the sources this folder was built from (see `implementation-guide/scripts/source-hash.js`).\n');

console.log(`profiles/: ${index.package.length} conformance resources, ${index.example.length} examples`);

#!/usr/bin/env node
// Prints the SHA-256 (lowercase hex) of the implementation guide's sources, the value kept in
// profiles/sources.sha256 so that a stale profiles/ folder can be detected.
//
// Procedure (the Java side recomputes exactly this):
//   1. take every regular file under implementation-guide/input/ plus implementation-guide/sushi-config.yaml;
//   2. name each by its path relative to implementation-guide/, with '/' separators;
//   3. sort the paths by plain byte order of their UTF-8 encoding;
//   4. for each path in that order, feed the digest: the path's UTF-8 bytes, one '\n' (0x0A),
//      the file's raw bytes, one '\n' (0x0A).
// Usage: node source-hash.js [implementation-guide-dir]
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

function listRegularFiles(root, rel, out) {
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const childRel = rel === '' ? entry.name : rel + '/' + entry.name;
    if (entry.isDirectory()) listRegularFiles(root, childRel, out);
    else if (entry.isFile()) out.push(childRel);
  }
  return out;
}

function sourceHash(igDir) {
  const files = listRegularFiles(igDir, 'input', []);
  files.push('sushi-config.yaml');
  files.sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
  const hash = crypto.createHash('sha256');
  const nl = Buffer.from('\n', 'utf8');
  for (const rel of files) {
    hash.update(Buffer.from(rel, 'utf8'));
    hash.update(nl);
    hash.update(fs.readFileSync(path.join(igDir, ...rel.split('/'))));
    hash.update(nl);
  }
  return hash.digest('hex');
}

module.exports = { sourceHash };

if (require.main === module) {
  const igDir = path.resolve(process.argv[2] || path.join(__dirname, '..'));
  process.stdout.write(sourceHash(igDir) + '\n');
}

'use strict';

const { readFileSync, unlinkSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * 'writable', or the error code writing into `dir` fails with. Checked in the child itself,
 * so the read-only scenario proves the folder really was read-only where the app ran
 * (a bind mount in a private namespace for root, permissions for anyone else).
 */
function probeReadOnly(dir) {
  const probe = join(dir, '.lifecycle-probe');
  try {
    writeFileSync(probe, '');
  } catch (error) {
    return error.code;
  }
  unlinkSync(probe);
  return 'writable';
}

/** The text of each named file in `dir`, null for one that is missing. */
function snapshotFiles(dir, names) {
  const files = {};
  for (const name of names) {
    try {
      files[name] = readFileSync(join(dir, name), 'utf8');
    } catch {
      files[name] = null;
    }
  }
  return files;
}

module.exports = { probeReadOnly, snapshotFiles };

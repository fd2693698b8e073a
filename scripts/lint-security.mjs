// `npm run lint:security` (part of `npm test`): two security scanners, each failing the run.
//
// 1. Electronegativity over what ships (electron/, renderer/, shared/ and package.json, copied
//    to a scratch folder so tests, scripts and build output are not scanned). It always exits
//    0 on its own; here any finding fails the run, as does any file it could not parse,
//    unless the finding is listed in scripts/electronegativity-reviewed.json with the reason
//    it is safe. A reviewed entry that no longer matches a finding fails the run too, so the
//    list cannot go stale.
// 2. ESLint's electron-security rules (eslint-plugin-electron-security, strict and
//    type-checked, configured in eslint.config.js) over electron/: any message fails.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { ESLint } from 'eslint';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const reviewed = JSON.parse(readFileSync(join(root, 'scripts', 'electronegativity-reviewed.json'), 'utf8'));
const SHIPPED = ['electron', 'renderer', 'shared', 'package.json'];

let failed = false;
const fail = (line) => {
  failed = true;
  console.error(`lint:security: ${line}`);
};

// ── Electronegativity ──────────────────────────────────────────────────
const stage = mkdtempSync(join(tmpdir(), 'gapwise-electronegativity-'));
try {
  for (const part of SHIPPED) cpSync(join(root, part), join(stage, part), { recursive: true });
  const run = require('@doyensec/electronegativity');
  const electronVersion = String(pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(
    /^[^\d]*/,
    '',
  );
  const result = await run(
    { input: stage, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] },
    false,
  );
  const where = (file) => (file === 'N/A' ? file : relative(stage, resolve(stage, file)).split(sep).join('/'));

  for (const error of result.errors) fail(`Electronegativity could not parse ${where(error.file)}: ${error.message}`);

  const used = new Set();
  const unreviewed = [];
  for (const issue of result.issues) {
    const file = where(issue.file);
    const sample = String(issue.sample ?? '');
    const entry = reviewed.findIndex((r) => r.check === issue.id && r.file === file && sample.includes(r.sample));
    if (entry >= 0) used.add(entry);
    else unreviewed.push(issue);
  }
  for (const issue of unreviewed) {
    fail(
      `${issue.id} (${issue.severity?.name ?? issue.severity}) in ${where(issue.file)} at ${issue.location?.line}:${issue.location?.column}: ${String(issue.sample ?? issue.description).trim()}`,
    );
  }
  reviewed.forEach((r, i) => {
    if (!used.has(i)) fail(`a reviewed finding no longer occurs (remove it from the list): ${r.check} in ${r.file}`);
  });
  console.log(
    `lint:security: Electronegativity ${pkg.devDependencies?.['@doyensec/electronegativity']} (Electron ${electronVersion}), ` +
      `${result.globalChecks + result.atomicChecks} checks: ${unreviewed.length} findings, ${used.size} reviewed, ` +
      `${result.errors.length} files not parsed.`,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}

// ── eslint-plugin-electron-security ────────────────────────────────────
const eslint = new ESLint({ cwd: root });
const results = await eslint.lintFiles(['electron/**/*.ts']);
let findings = 0;
for (const file of results) {
  for (const message of file.messages) {
    if (message.fatal || message.ruleId?.startsWith('electron-security/')) {
      findings += 1;
      fail(
        `${relative(root, file.filePath)}:${message.line}:${message.column} ${message.ruleId ?? 'parse error'}: ${message.message}`,
      );
    }
  }
}
console.log(
  `lint:security: eslint-plugin-electron-security ${pkg.devDependencies?.['eslint-plugin-electron-security']} over ${results.length} files: ${findings} findings.`,
);

process.exitCode = failed ? 1 : 0;

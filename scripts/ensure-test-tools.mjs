#!/usr/bin/env node
// The programs the test suite uses as real users would, from Debian's packages: Chromium for
// the end-to-end suite (never a browser downloaded by playwright), and LibreOffice Calc with
// its Python bridge, which fills in a returned self-assessment form in the forms' round-trip
// tests. `npm test` runs this first: what is missing is installed with apt-get when it can be
// (as root), and otherwise it says how to get it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Keep in step with test/e2e/harness/chromium.ts.
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function chromium() {
  const configured = process.env.GAPWISE_CHROMIUM;
  if (configured) return existsSync(configured) ? configured : null;
  return CHROMIUM.find((path) => existsSync(path)) ?? null;
}

const runs = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
// Keep in step with the forms' LibreOffice tests (GAPWISE_SOFFICE, a Python with `uno`).
const libreOffice = () =>
  runs(process.env.GAPWISE_SOFFICE ?? 'soffice', ['--version']) &&
  ['/usr/bin/python3', 'python3'].some((python) => runs(python, ['-c', 'import uno']));

if (process.env.GAPWISE_CHROMIUM && !chromium()) {
  console.error(`ensure-test-tools: GAPWISE_CHROMIUM is ${process.env.GAPWISE_CHROMIUM}, which does not exist`);
  process.exit(1);
}

const missing = [
  ...(chromium() ? [] : ['chromium']),
  ...(libreOffice() ? [] : ['libreoffice-calc-nogui', 'python3-uno']),
];
if (missing.length === 0) process.exit(0);

const canInstall = process.getuid?.() === 0 && runs('apt-get', ['--version']);
if (!canInstall) {
  console.error(
    `ensure-test-tools: the tests need ${missing.join(', ')}. Install them (Debian/Ubuntu: ` +
      `\`sudo apt-get install ${missing.join(' ')}\`), or point GAPWISE_CHROMIUM at a Chromium or Chrome binary.`,
  );
  process.exit(1);
}

console.log(`ensure-test-tools: installing Debian’s ${missing.join(', ')} for the tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', ...missing],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`ensure-test-tools: apt-get ${args.join(' ')} failed`);
    process.exit(1);
  }
}
if (!chromium()) {
  console.error('ensure-test-tools: chromium was installed but no binary was found at ' + CHROMIUM.join(', '));
  process.exit(1);
}
if (!libreOffice()) {
  console.error('ensure-test-tools: LibreOffice was installed but soffice or Python’s uno bridge does not run');
  process.exit(1);
}

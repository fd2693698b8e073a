#!/usr/bin/env node
// The end-to-end suite drives Debian's Chromium (never a browser downloaded by playwright).
// `npm test` runs this first: when no Chromium is found it installs Debian's package if it
// can (as root, with apt-get), and otherwise says how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Keep in step with test/e2e/harness/chromium.ts.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function found() {
  const configured = process.env.GAPWISE_CHROMIUM;
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

if (found()) process.exit(0);

if (process.env.GAPWISE_CHROMIUM) {
  console.error(`ensure-chromium: GAPWISE_CHROMIUM is ${process.env.GAPWISE_CHROMIUM}, which does not exist`);
  process.exit(1);
}

const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!canInstall) {
  console.error(
    'ensure-chromium: the end-to-end tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`)\n' +
      'or point GAPWISE_CHROMIUM at a Chromium or Chrome binary.',
  );
  process.exit(1);
}

console.log('ensure-chromium: installing Debian’s chromium package for the end-to-end tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', 'chromium'],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`ensure-chromium: apt-get ${args.join(' ')} failed`);
    process.exit(1);
  }
}
if (!found()) {
  console.error('ensure-chromium: chromium was installed but no binary was found at ' + CANDIDATES.join(', '));
  process.exit(1);
}

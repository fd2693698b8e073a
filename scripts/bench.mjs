#!/usr/bin/env node
// `npm run bench [-- --quick]`. A full run builds the app, measures the Node figures, then
// the renderer's in Chromium, and writes the README's tables from the results. `--quick`
// measures the Node figures at 1,000 members only (about a minute, for development): no app
// build, no Chromium, and the README and bench/results.json keep the last full run's.
import { spawnSync } from 'node:child_process';

const quick = process.argv.includes('--quick');

function step(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`bench: ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (!quick) {
  step('node', ['scripts/ensure-test-tools.mjs']);
  step(npm, ['run', 'build']);
}
step('node', ['scripts/build-bench.mjs']);
step('node', ['--expose-gc', 'out/bench/run.cjs', ...(quick ? ['--quick'] : [])]);
if (quick) {
  console.log('bench --quick: renderer figures (Chromium) and the README tables come from a full run: npm run bench');
} else {
  step(npx, ['vitest', 'run', '--config', 'vitest.bench.mts']);
  step('node', ['out/bench/run.cjs', '--readme']);
}

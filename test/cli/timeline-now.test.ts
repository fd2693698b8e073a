import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialData } from '@shared/data';
import type { Scenario } from '@shared/domain';
import { builtinFramework, ROOT, sampleTeam } from '../support/fixtures';
import { nineMembers, nineOrganisation } from '../support/nine-person-team';

/*
 * The summary's timeline from the real CLI: dated from GAPWISE_NOW when it is set, so the
 * output is the same on any day; the lead times of the app's data file are used.
 */

const BIN = join(ROOT, 'bin', 'gapwise.cjs');
let dir: string;
let dataFile: string;

function gapwise(args: string[], now: string | undefined) {
  const env = { ...process.env };
  if (now === undefined) delete env.GAPWISE_NOW;
  else env.GAPWISE_NOW = now;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, text: readable(r.stdout) };
}

/** Markdown's escapes taken out, to read the text as a reader sees it. */
const readable = (markdown: string) => markdown.replaceAll('&#x3A;', ':').replace(/\\(.)/g, '$1');

const femiLeaves: Scenario = {
  id: 'femi-leaves',
  name: 'The data engineer leaves',
  plannedHires: [],
  roleMoves: [],
  departures: ['femi'],
  dates: { femi: '2026-08-15' },
};

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'gapwise-timeline-'));
  const framework = builtinFramework();
  const data = initialData(sampleTeam(), framework);
  dataFile = join(dir, 'gapwise-data.json');
  writeFileSync(
    dataFile,
    JSON.stringify({
      ...data,
      sample: false,
      organisation: nineOrganisation(),
      members: nineMembers(framework),
      scenarios: [femiLeaves],
      settings: { ...data.settings, planning: { leadTimeMonths: { 'data-engineer': 6 } } },
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gapwise analyze --kind summary|detail: the timeline', () => {
  it('is dated from GAPWISE_NOW, the same on every run, with the data file’s lead times', () => {
    const summary = gapwise(['analyze', dataFile, '--kind', 'summary'], '2026-07-06');
    expect(summary.stderr).toBe('');
    expect(summary.code).toBe(0);
    expect(summary.text).toContain('Made 2026-07-06');
    // A 6-month lead time from July: the data engineers start in Q1 2027; the leaver goes in August.
    expect(summary.text).toMatch(/\| 1 \| Data engineer \|.*\| Q1 2027 \|/);
    expect(summary.text).toContain('One data engineer leaves; at risk Q3 2026 to Q4 2026 (2 quarters)');
    expect(summary.text).not.toContain('Femi');
    expect(gapwise(['analyze', dataFile, '--kind', 'summary'], '2026-07-06').stdout).toBe(summary.stdout);

    const detail = gapwise(['analyze', dataFile, '--kind', 'detail'], '2026-07-06');
    expect(detail.code).toBe(0);
    expect(detail.text).toContain('## Timeline');
    expect(detail.text).toContain('Dated from 2026-07-06');
    expect(detail.text).toContain('Data engineer 6 months');
    expect(detail.text).toContain('Femi Adeyemi leaves in Q3 2026; the replacement starts 2027-01-06 (Q1 2027)');
  });

  it('takes a moment with its offset, and starts from its quarter', () => {
    const r = gapwise(['analyze', dataFile, '--kind', 'detail'], '2027-01-02T09:00:00+01:00');
    expect(r.code).toBe(0);
    expect(r.text).toContain('| Q1 2027 |');
    expect(r.text).not.toContain('| Q4 2026 |');
  });

  it('refuses a GAPWISE_NOW that is not a day or a moment, or far out of range, naming it', () => {
    for (const bad of ['yesterday', '2026-02-30', '2026-07-06T09:00', '9999-12-31', '0001-01-01']) {
      const r = gapwise(['analyze', dataFile, '--kind', 'summary'], bad);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain(`GAPWISE_NOW must be a day such as 2026-07-06`);
      expect(r.stdout).toBe('');
    }
  });

  it('uses the clock when GAPWISE_NOW is not set', () => {
    const r = gapwise(['analyze', dataFile, '--kind', 'detail'], undefined);
    expect(r.code).toBe(0);
    expect(r.text).toContain(`Dated from ${new Date().toISOString().slice(0, 10)}`);
  });
});

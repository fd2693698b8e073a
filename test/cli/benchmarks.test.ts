import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedBenchmarks } from '@shared/io';
import { ROOT, sampleTeam } from '../support/fixtures';

/* The benchmarks section of the reports, from the real CLI (built as `npm run build` builds it). */

const BIN = join(ROOT, 'bin', 'gapwise.cjs');
const SAMPLE = join(ROOT, 'resources', 'sample-team.json');
let dir: string;

function gapwise(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'gapwise-benchmarks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gapwise analyze: published benchmarks', () => {
  it('the Markdown report sets the team figures beside the published ones, with source and year', () => {
    const r = gapwise('analyze', SAMPLE, '--format', 'md');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('## Published benchmarks'));
    expect(section).toMatch(/^## Published benchmarks\n/);
    expect(section).toMatch(
      /^\| Data engineers per data scientist \| 0\.14 data engineers per data scientist \| 2–5 data engineers per data scientist \(Practitioner's advice\) \| Jesse Anderson, .*Apress, 2020/m,
    );
    expect(section).toMatch(/\| 45 % \(Survey of data professionals, data preparation only\) \| .*Anaconda, 2020 \|/);
    expect(section).toMatch(/Enter company headcount in Settings/);
  });

  it('the JSON report carries the team figures and the published figures with their sources', () => {
    const r = gapwise('analyze', SAMPLE, '--format', 'json');
    expect(r.code).toBe(0);
    const { benchmarks } = JSON.parse(r.stdout);
    expect(benchmarks.team).toMatchObject({
      scientists: 7,
      engineers: 1,
      engineersPerScientist: 0.14,
      companyHeadcount: null,
    });
    expect(benchmarks.published).toEqual(shippedBenchmarks().anchors);
    expect(benchmarks.omitted.map((o: { id: string }) => o.id)).toEqual(['data-team-share-of-company']);
  });

  it('uses the company headcount of the team file', () => {
    const team = sampleTeam();
    const file = join(dir, 'with-headcount.json');
    writeFileSync(file, JSON.stringify({ ...team, organisation: { ...team.organisation, companyHeadcount: 400 } }));
    const md = gapwise('analyze', file, '--format', 'md');
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(
      /\| Data team size against the company's headcount \| 2 % of the company \(8 people of 400\) \|/,
    );
    const json = JSON.parse(gapwise('analyze', file, '--format', 'json').stdout);
    expect(json.benchmarks.team).toMatchObject({ companyHeadcount: 400, dataTeamPercentOfCompany: 2 });
  });
});

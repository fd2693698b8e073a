import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { builtinFramework, ROOT, sampleTeam } from '../support/fixtures';
import { nineMembers, nineOrganisation } from '../support/nine-person-team';

/* The documents a manager forwards, from the real CLI (built as `npm run build` builds it). */

const BIN = join(ROOT, 'bin', 'gapwise.cjs');
let dir: string;
let nine: string;

function gapwise(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SAMPLE = join(ROOT, 'resources', 'sample-team.json');

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'gapwise-kinds-'));
  nine = join(dir, 'nine.json');
  const team = {
    ...sampleTeam(),
    organisation: nineOrganisation(),
    members: nineMembers(builtinFramework()),
    scenarios: [],
  };
  writeFileSync(nine, JSON.stringify(team));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gapwise analyze --kind', () => {
  for (const [label, file, names] of [
    ['the sample team', () => SAMPLE, () => sampleTeam().members.map((m) => m.name)],
    ['the nine-person mixed team', () => nine, () => nineMembers(builtinFramework()).map((m) => m.name)],
  ] as const) {
    it(`writes the summary and the job briefs of ${label} naming nobody, and the detail naming people`, () => {
      const summary = gapwise(['analyze', file(), '--kind', 'summary']);
      expect(summary.stderr).toBe('');
      expect(summary.code).toBe(0);
      expect(summary.stdout).toMatch(/^# /);
      expect(summary.stdout).toContain(new Date().toISOString().slice(0, 10));
      expect(names().filter((name) => summary.stdout.includes(name))).toEqual([]);

      const briefs = gapwise(['analyze', file(), '--kind', 'brief']);
      expect(briefs.code).toBe(0);
      expect(briefs.stdout).toMatch(/Job brief/);
      expect(names().filter((name) => briefs.stdout.includes(name))).toEqual([]);

      const detail = gapwise(['analyze', file(), '-k', 'detail', '--format', 'md']);
      expect(detail.code).toBe(0);
      expect(detail.stdout.slice(0, 600)).toMatch(/personal data/i);
      expect(names().some((name) => detail.stdout.includes(name))).toBe(true);
    });
  }

  it('prints a kind as PDF with the Chromium on the machine, pages numbered', async () => {
    const out = join(dir, 'briefs.pdf');
    const r = gapwise(['analyze', SAMPLE, '--kind', 'brief', '--format', 'pdf', '--out', out]);
    expect(r.stderr).toBe(`gapwise: wrote ${out}\n`);
    expect(r.code).toBe(0);
    const { pages, text } = await pdfText(new Uint8Array(readFileSync(out)));
    const hires = JSON.parse(gapwise(['analyze', SAMPLE, '--format', 'json']).stdout).analysis.plan.hires.length;
    expect(pages).toBeGreaterThanOrEqual(hires);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('Job brief');
  });

  it('prints the summary for leadership in one or two pages, for the sample and the nine-person team', async () => {
    for (const team of [SAMPLE, nine]) {
      const out = join(dir, 'summary.pdf');
      expect(gapwise(['analyze', team, '--kind', 'summary', '--format', 'pdf', '--out', out]).code).toBe(0);
      const { pages, text } = await pdfText(new Uint8Array(readFileSync(out)));
      expect(pages, team).toBeLessThanOrEqual(2);
      expect(text).toContain('Gaps per skill');
    }
  });

  it('refuses a kind on the full report, an unknown kind, and says what to do without a Chromium', () => {
    expect(gapwise(['analyze', SAMPLE, '--kind', 'summary', '--format', 'csv'])).toMatchObject({
      code: 2,
      stderr: 'gapwise: --kind is for --format md or pdf; --format csv is the full report\n',
    });
    expect(gapwise(['analyze', SAMPLE, '--kind', 'memo']).stderr).toMatch(
      /--kind must be one of summary, brief, detail/,
    );
    const none = gapwise(['analyze', SAMPLE, '--kind', 'summary', '--format', 'pdf', '--out', join(dir, 'x.pdf')], {
      ...process.env,
      PATH: '/nonexistent',
      GAPWISE_CHROMIUM: '',
    });
    expect(none.code).not.toBe(0);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toMatch(/Chromium|Chrome/);
  });
});

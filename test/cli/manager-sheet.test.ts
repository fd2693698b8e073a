import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures';

/*
 * The data manager's own workbook of test/e2e/manager-sheet.e2e.ts (saved by LibreOffice,
 * test/corpus/libreoffice/README.md) through the real CLI: the same people and roles as the
 * app imports, and the time they spend on engineering in the plan.
 */

const BIN = join(ROOT, 'bin', 'gapwise.cjs');
const CORPUS = join(ROOT, 'test', 'corpus', 'libreoffice');
let dir: string;

function gapwise(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function mapFile(name: string, mapping: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(mapping));
  return file;
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'gapwise-cli-manager-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Carrier {
  name: string;
  roleId: string;
  engineeringPercent: number;
  engineeringFte: number;
}
interface Report {
  analysis: {
    summary: { members: number; scientists: number; engineers: number; engineeringFteCarriedByScientists: number };
    members: { name: string; roleId: string; productTeam: string; fte: number }[];
    separation: { carriers: Carrier[] };
    plan: { hires: { roleId: string; productTeam: string | null; absorbsFte: number }[] };
  };
}

function analyze(file: string, ...args: string[]): { report: Report; stderr: string } {
  const r = gapwise('analyze', file, '--format', 'json', ...args);
  expect(r.code, r.stderr).toBe(0);
  return { report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

/** The people of the sheet as the app stores them (test/e2e/manager-sheet.e2e.ts): name, role, squad, FTE. */
const PEOPLE: [string, string, string, number][] = [
  ['Priyanka Iyer', 'data-scientist', 'Checkout', 1],
  ['Tomás Herrera', 'data-scientist', 'Recommendations', 0.8],
  ['Aisha Okafor', 'data-scientist', 'Search', 1],
  ['Yuki Mori', 'data-scientist', 'Checkout', 0.8],
  ['Lars Eriksen', 'data-engineer', 'Checkout', 1],
  ['Mina Park', 'data-engineer', 'Search', 1],
  ['Mateo Ruiz', 'ml-engineer', 'Recommendations', 1],
  ['Hannah Vogel', 'analytics-engineer', 'Search', 1],
  ['Kofi Asante', 'data-analyst', 'Checkout', 0.8],
  ['Sofía Marín', 'data-analyst', 'Recommendations', 1],
  ['Oliver Grant', 'ml-engineer', 'Recommendations', 1],
  ['Grace Liu', 'data-engineer', 'Recommendations', 1],
];

/*
 * Engineering time from the sheet's three allocation columns (Pipelines %, % time on data
 * modelling, Deployment (%)), × FTE. The ML engineer's 10 % on data pipelines is carried
 * too: only their deployment pipelines are their own job.
 */
const CARRIERS: [string, string, number, number][] = [
  ['Yuki Mori', 'data-scientist', 70, 0.56],
  ['Priyanka Iyer', 'data-scientist', 50, 0.5],
  ['Tomás Herrera', 'data-scientist', 35, 0.28],
  ['Aisha Okafor', 'data-scientist', 10, 0.1],
  ['Mateo Ruiz', 'ml-engineer', 10, 0.1],
];

describe("gapwise analyze on a data manager's own workbook", () => {
  it('needs no --map: the same people and roles as the app, the Team average row left out and said', () => {
    const { report, stderr } = analyze(join(CORPUS, 'manager-sheet.xlsx'));
    expect(report.analysis.members.map((m) => [m.name, m.roleId, m.productTeam, m.fte])).toEqual(PEOPLE);
    expect(report.analysis.summary).toMatchObject({ members: 12, scientists: 4, engineers: 3 });
    expect(stderr).toContain('manager-sheet.xlsx: row 17 left out: totals row ("Team average")');
  });

  it("takes the time allocation into account: the scientists' engineering load and the data-engineer hire that absorbs it", () => {
    const { report } = analyze(join(CORPUS, 'manager-sheet.xlsx'));
    const { separation, summary, plan } = report.analysis;
    expect(separation.carriers.map((c) => [c.name, c.roleId, c.engineeringPercent, c.engineeringFte])).toEqual(
      CARRIERS,
    );
    expect(summary.engineeringFteCarriedByScientists).toBeCloseTo(1.54, 2);
    const forLoad = plan.hires.filter((h) => h.absorbsFte > 0);
    expect(forLoad.map((h) => [h.roleId, h.productTeam])).toEqual([['data-engineer', 'Checkout']]);

    // The same sheet with its allocation columns ignored: no load, so no hire absorbs any.
    const ignored = mapFile('no-allocation.json', {
      columns: { 'Pipelines %': 'ignore', '% time on data modelling': 'ignore', 'Deployment (%)': 'ignore' },
    });
    const without = analyze(join(CORPUS, 'manager-sheet.xlsx'), '--map', ignored).report.analysis;
    expect(without.summary.engineeringFteCarriedByScientists).toBe(0);
    expect(without.separation.carriers).toEqual([]);
    expect(without.plan.hires.filter((h) => h.absorbsFte > 0)).toEqual([]);
  });

  it('a title no role matches: one line naming row, column and the --map fix; the smallest --map is that title', () => {
    const file = join(CORPUS, 'manager-sheet-unknown-title.xlsx');
    const refused = gapwise('analyze', file);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(
      'manager-sheet-unknown-title.xlsx: row 15 ("Oliver Grant"), column "Job Title": title "Head of Data Products" names no role of the framework; map it with --map, e.g. {"roles": {"Head of Data Products": "<role id>"}}',
    );
    // All the file cannot say: what a Head of Data Products is. "other": no framework role.
    const roles = mapFile('roles.json', { roles: { 'Head of Data Products': 'other' } });
    const { report } = analyze(file, '--map', roles);
    const expected = PEOPLE.map(([name, role, team, fte]) => [
      name,
      name === 'Oliver Grant' ? 'other' : role,
      team,
      fte,
    ]);
    expect(report.analysis.members.map((m) => [m.name, m.roleId, m.productTeam, m.fte])).toEqual(expected);
  });
});

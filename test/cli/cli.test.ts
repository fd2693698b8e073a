import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readJson } from '../support/fixtures';

/* The real CLI, built as `npm run build` builds it, run as a child process. */

const BIN = join(ROOT, 'bin', 'gapwise.cjs');
const SAMPLE = join(ROOT, 'resources', 'sample-team.json');
let dir: string;

function gapwise(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'gapwise-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gapwise analyze', () => {
  it('prints a Markdown plan that flags scientists carrying engineering work, DE hires with reasons and the structure advice', () => {
    const r = gapwise('analyze', SAMPLE, '--format', 'md');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Hiring plan — /);
    expect(r.stdout).toMatch(/\| Kwame Mensah \| Checkout \| 60 % \| 0\.6 \| yes \|/);
    expect(r.stdout).toMatch(
      /\| 1 \| Data engineer \| high \| .*Takes over [\d.]+ FTE of data-engineering work now carried by data scientists/,
    );
    expect(r.stdout).toMatch(
      /\*\*Data engineering:\*\* Build one central data engineering team with a small sub-team per product/,
    );
    expect(gapwise('analyze', SAMPLE).stdout).toBe(r.stdout);
  });

  it('--format json validates against docs/report.schema.json', () => {
    const r = gapwise('analyze', SAMPLE, '--format', 'json');
    expect(r.code).toBe(0);
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const report = JSON.parse(r.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(
      report.analysis.plan.hires.filter((h: { roleId: string }) => h.roleId === 'data-engineer').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('--format csv gives one row per hire, upskilling candidate and residual gap', () => {
    const r = gapwise('analyze', SAMPLE, '-f', 'csv');
    expect(r.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.stdout.trimEnd(), { header: true, newline: '\r\n' });
    expect(rows.errors).toEqual([]);
    expect(rows.data.filter((x) => x.type === 'hire').length).toBeGreaterThan(0);
  });

  it('--out writes the whole file and nothing on failure', () => {
    const out = join(dir, 'plan.md');
    const r = gapwise('analyze', SAMPLE, '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Hiring plan/);
    const before = readFileSync(out, 'utf8');
    const broken = write('broken.json', '{"kind": "gapwise-team",');
    expect(gapwise('analyze', broken, '--out', out).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(gapwise('analyze', SAMPLE, '--out', join(dir, 'no-such-folder', 'x.md')).code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('uses a framework file given with --framework', () => {
    const fw = readJson('resources/frameworks/ds-vs-de.json') as { roles: { name: string }[] };
    fw.roles[1]!.name = 'Platform engineer';
    const r = gapwise('analyze', SAMPLE, '--framework', write('fw.json', fw));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Platform engineer |');
  });
});

describe('bad input exits 2 with one line naming the place', () => {
  const expectBadInput = (r: ReturnType<typeof gapwise>, message: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  };

  it('a missing file', () => {
    expectBadInput(gapwise('analyze', 'nowhere.json'), /^gapwise: nowhere\.json: file not found$/m);
  });

  it('invalid JSON', () => {
    const file = write('bad.json', '{\n  "kind": "gapwise-team",\n  "members": [,]\n}');
    expectBadInput(gapwise('analyze', file), /bad\.json: invalid JSON at line 3, column 15: expected a value/);
  });

  it('a wrong type deep in a member', () => {
    const team = readJson('resources/sample-team.json') as {
      members: { fte: unknown; levels: Record<string, unknown> }[];
    };
    team.members[3]!.levels['big-data-technologies'] = '2';
    expectBadInput(
      gapwise('analyze', write('wrong-type.json', team)),
      /wrong-type\.json: members\[3\]\.levels\.big-data-technologies: expected number, received string/,
    );
  });

  it('an unknown skill id', () => {
    const team = readJson('resources/sample-team.json') as { members: { levels: Record<string, number> }[] };
    team.members[6]!.levels['quantum-etl'] = 2;
    expectBadInput(
      gapwise('analyze', write('unknown-skill.json', team)),
      /unknown-skill\.json: members\[6\]\.levels\.quantum-etl: unknown skill id "quantum-etl"/,
    );
  });

  it('a framework with a duplicate skill id', () => {
    const fw = readJson('resources/frameworks/ds-vs-de.json') as { skills: { id: string }[] };
    fw.skills[5]!.id = 'data-pipelines';
    const file = write('dup-fw.json', fw);
    expectBadInput(
      gapwise('analyze', SAMPLE, '--framework', file),
      /dup-fw\.json: skills\[\d+\]\.id: duplicate skill id "data-pipelines"/,
    );
    expectBadInput(gapwise('validate', file), /dup-fw\.json: skills\[\d+\]\.id: duplicate skill id/);
  });

  it('usage mistakes', () => {
    expectBadInput(gapwise('analyze', SAMPLE, '--format', 'pdf'), /--format must be one of md, json, csv/);
    expectBadInput(gapwise('analyze'), /name a team file/);
    expectBadInput(gapwise('frobnicate'), /unknown command "frobnicate"/);
    expectBadInput(gapwise('analyze', SAMPLE, '--colour'), /Unknown option '--colour'/);
    expect(gapwise().code).toBe(2);
  });
});

describe('other commands', () => {
  it('--help and --version', () => {
    const help = gapwise('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('gapwise analyze <team.json|team.xlsx|team.csv> [--map <file>] [--framework <file>]');
    expect(help.stdout).toContain('[--format md|json|csv] [--out <file>]');
    const version = gapwise('--version');
    expect(version.stdout.trim()).toBe((readJson('package.json') as { version: string }).version);
  });

  it('sample prints a team that validate and analyze accept', () => {
    const sample = gapwise('sample');
    expect(sample.code).toBe(0);
    expect(JSON.parse(sample.stdout)).toEqual(readJson('resources/sample-team.json'));
    const file = write('sample.json', sample.stdout);
    expect(gapwise('validate', file)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/valid team "Northwind Retail" \(8 members, 3 scenarios\)/),
    });
    expect(gapwise('validate', join(ROOT, 'resources/frameworks/ds-vs-de.json')).stdout).toMatch(
      /valid framework .* \(26 skills, 2 roles\)/,
    );
    expect(existsSync(file)).toBe(true);
  });
});

describe('spreadsheets: gapwise analyze team.xlsx | team.csv', () => {
  const CSV = [
    '\uFEFFSkills matrix',
    '',
    'Name;Role;Squad;Data Pipelines (ETL);SPARK;Storytelling;Guru level',
    'Ada Quinn;Data engineer;Checkout;3;Expert;1;x',
    'Bo Lind;Data scientist;Checkout;1;0;Practitioner;y',
    'Total;;;4;;;',
  ].join('\r\n');

  it("reads a CSV matrix with the app's mapping rules and plans hires for it", () => {
    write('team.csv', CSV);
    const r = gapwise('analyze', 'team.csv', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { analysis: { summary: { members: number } } };
    expect(report.analysis.summary.members).toBe(2);
    expect(gapwise('validate', 'team.csv').stdout).toBe('team.csv: valid skills matrix (2 people)\n');
  });

  it('reads the same matrix from Excel', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Team');
    for (const line of CSV.replace('\uFEFF', '').split('\r\n')) sheet.addRow(line === '' ? [] : line.split(';'));
    await workbook.xlsx.writeFile(join(dir, 'team.xlsx'));
    const csv = gapwise('analyze', 'team.csv', '--format', 'md');
    const xlsx = gapwise('analyze', 'team.xlsx', '--format', 'md');
    expect(xlsx.stderr).toBe('');
    expect(xlsx.code).toBe(0);
    // Excel keeps "3" as text here, as typed: the same plan as the CSV, whatever the format.
    expect(xlsx.stdout.replaceAll('team.xlsx', 'team.csv')).toBe(csv.stdout);
  });

  it('names every row in error (row and column) and exits 2', () => {
    write('bad.csv', CSV.replace('Expert', 'Guru').replace('1;0;Practitioner', '1;7;Practitioner'));
    const r = gapwise('analyze', 'bad.csv');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^gapwise: bad\.csv: row 4, column "SPARK": .*Guru/),
      expect.stringMatching(/^bad\.csv: row 5, column "SPARK": 7 is above/),
    ]);
  });

  it('--map maps columns and labels the detection cannot, and names a bad key', () => {
    write('bad.csv', CSV.replace('Expert', 'Guru'));
    write('map.json', {
      columns: { 'Guru level': 'ignore', Storytelling: 'skill:data-storytelling' },
      levels: { Guru: 4 },
    });
    const mapped = gapwise('analyze', 'bad.csv', '--map', 'map.json', '--format', 'json');
    expect(mapped.stderr).toBe('');
    expect(mapped.code).toBe(0);
    write('wrong-map.json', { columns: { SPARK: 'skill:quantum-etl' } });
    const wrong = gapwise('analyze', 'bad.csv', '--map', 'wrong-map.json');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^gapwise: wrong-map\.json: columns\."SPARK": unknown skill id "quantum-etl"\n$/);
    expect(gapwise('analyze', SAMPLE, '--map', 'map.json').stderr).toMatch(/--map applies to spreadsheets/);
  });

  it('refuses a file that is not a spreadsheet, naming it', () => {
    write('fake.xlsx', 'not a workbook at all');
    const r = gapwise('analyze', 'fake.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gapwise: fake\.xlsx: /);
  });
});

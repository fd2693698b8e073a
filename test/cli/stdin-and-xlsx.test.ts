import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialData } from '@shared/data';
import { builtinFramework, ROOT, sampleTeam } from '../support/fixtures';
import { gapwise } from './fake-terminal';

/* `-` is standard input (JSON, CSV or XLSX bytes); --format xlsx writes the plan workbook. */

const SAMPLE = join(ROOT, 'resources', 'sample-team.json');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapwise-cli-stdin-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const CSV = [
  'Name;Role;Squad;Data Pipelines (ETL);SPARK;Storytelling',
  'Ada Quinn;Data engineer;Checkout;3;Expert;1',
  'Bo Lind;Data scientist;Checkout;1;0;Practitioner',
].join('\r\n');

/** The CSV above as an Excel workbook's bytes. */
async function csvAsXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Team');
  for (const line of CSV.split('\r\n')) sheet.addRow(line.split(';'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Every sheet of a workbook as rows of cell text, for comparing two workbooks by content. */
async function sheetsOf(bytes: Uint8Array): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    sheets[sheet.name] = rows;
  });
  return sheets;
}

describe('"-" reads standard input', () => {
  it('a team file: the same plan as from the file, and messages say "standard input"', async () => {
    const text = await readFile(SAMPLE, 'utf8');
    const fromFile = await gapwise(['analyze', SAMPLE]);
    const fromStdin = await gapwise(['analyze', '-'], { stdin: text });
    expect(fromStdin).toMatchObject({ code: 0, stderr: '' });
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect((await gapwise(['validate', '-'], { stdin: text })).stdout).toBe(
      'standard input: valid team "Northwind Retail" (8 members, 3 scenarios)\n',
    );
    const broken = await gapwise(['analyze', '-'], { stdin: '{"kind": "gapwise-team",\n  "members": [,]}' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^gapwise: standard input: invalid JSON at line 2, column \d+/);
  });

  it('a data file, as from disk; a bad one is named "standard input" with the field path', async () => {
    const data = initialData(sampleTeam(), builtinFramework());
    const file = join(dir, 'data.json');
    await writeFile(file, JSON.stringify(data));
    const fromStdin = await gapwise(['analyze', '-', '--format', 'json'], { stdin: JSON.stringify(data) });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe((await gapwise(['analyze', file, '--format', 'json'])).stdout);
    const bad = { ...data, organisation: { ...data.organisation, engineeringLoadThreshold: 140 } };
    const refused = await gapwise(['validate', '-'], { stdin: JSON.stringify(bad) });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^gapwise: standard input: organisation\.engineeringLoadThreshold: [^\n]+\n$/);
  });

  it('CSV text, read as a skills matrix; row errors name standard input, row and column', async () => {
    const r = await gapwise(['analyze', '-', '--format', 'json'], { stdin: CSV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { analysis: { summary: { members: number } } };
    expect(report.analysis.summary.members).toBe(2);
    expect((await gapwise(['validate', '-'], { stdin: CSV })).stdout).toBe(
      'standard input: valid skills matrix (2 people)\n',
    );
    const bad = await gapwise(['validate', '-'], { stdin: CSV.replace('1;0;Practitioner', '1;7;Practitioner') });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^gapwise: standard input: row 3 \("Bo Lind"\), column "SPARK": 7 is above/);
  });

  it('XLSX bytes, told from CSV by the zip signature: the same plan as the CSV', async () => {
    const xlsx = await gapwise(['analyze', '-'], { stdin: await csvAsXlsx() });
    expect(xlsx).toMatchObject({ code: 0, stderr: '' });
    expect(xlsx.stdout).toBe((await gapwise(['analyze', '-'], { stdin: CSV })).stdout);
    expect(xlsx.stdout).toContain('Ada Quinn');
  });

  it('standard input is held only while its command runs: afterwards the name is a plain path again', async () => {
    expect((await gapwise(['validate', '-'], { stdin: CSV })).code).toBe(0);
    // The matrix reader got the bytes under this name; no file by that name exists here.
    expect((await gapwise(['validate', 'standard input.csv'])).stderr).toBe(
      'gapwise: standard input.csv: file not found\n',
    );
    expect((await gapwise(['validate', 'standard input'])).stderr).toBe('gapwise: standard input: file not found\n');
  });
});

describe('--format xlsx writes the plan workbook', () => {
  it('--out writes the workbook the app exports: Summary, Hires and the rest, one hire row per hire', async () => {
    const out = join(dir, 'plan.xlsx');
    const r = await gapwise(['analyze', SAMPLE, '--format', 'xlsx', '--out', out]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: `gapwise: wrote ${out}\n` });
    const sheets = await sheetsOf(new Uint8Array(await readFile(out)));
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(['Summary', 'Hires', 'Upskilling', 'Residual gaps']));
    const report = JSON.parse((await gapwise(['analyze', SAMPLE, '--format', 'json'])).stdout) as {
      analysis: { plan: { hires: { roleName: string }[] } };
    };
    const hires = report.analysis.plan.hires;
    expect(hires.length).toBeGreaterThan(0);
    expect(sheets['Hires']!.slice(1)).toHaveLength(hires.length);
    expect(sheets['Hires']!.slice(1).map((row) => row.find((cell) => cell === hires[0]!.roleName))).toContain(
      hires[0]!.roleName,
    );
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('goes to standard output as bytes when it is not a terminal, the same workbook as --out', async () => {
    const piped = await gapwise(['analyze', SAMPLE, '-f', 'xlsx']);
    expect(piped).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(piped.bytes).toHaveLength(1);
    expect(Array.from(piped.bytes[0]!.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const out = join(dir, 'plan.xlsx');
    await gapwise(['analyze', SAMPLE, '-f', 'xlsx', '--out', out]);
    expect(await sheetsOf(piped.bytes[0]!)).toEqual(await sheetsOf(new Uint8Array(await readFile(out))));
  });

  it('is refused on a terminal, before reading anything, with the two ways that work', async () => {
    const r = await gapwise(['analyze', '-', '--format', 'xlsx'], { terminal: true });
    expect(r).toMatchObject({ code: 2, stdout: '', bytes: [] });
    expect(r.stderr).toBe(
      'gapwise: --format xlsx writes a binary workbook: name a file with --out plan.xlsx, or redirect standard output to a file\n',
    );
    // Text formats still go to the terminal.
    expect((await gapwise(['analyze', SAMPLE], { terminal: true })).code).toBe(0);
  });

  it('a failed write leaves the previous file as it was', async () => {
    const out = join(dir, 'plan.xlsx');
    await writeFile(out, 'previous');
    const r = await gapwise(['analyze', '-', '--format', 'xlsx', '--out', out], { stdin: '{"kind": "gapwise-team"' });
    expect(r.code).toBe(2);
    expect(await readFile(out, 'utf8')).toBe('previous');
    const replaced = await gapwise(['analyze', SAMPLE, '--format', 'xlsx', '--out', out]);
    expect(replaced.code).toBe(0);
    expect(Array.from((await readFile(out)).subarray(0, 2))).toEqual([0x50, 0x4b]);
  });
});

describe('what a JSON file holds is told by its kind', () => {
  it('a framework file to analyze, another kind, and bytes that are not UTF-8 are each named', async () => {
    const framework = await readFile(join(ROOT, 'resources', 'frameworks', 'ds-vs-de.json'), 'utf8');
    const asTeam = await gapwise(['analyze', '-'], { stdin: framework });
    expect(asTeam).toMatchObject({ code: 2, stdout: '' });
    expect(asTeam.stderr).toBe(
      'gapwise: standard input: this is a framework file; analyze needs a team, data file or skills matrix (give the framework with --framework)\n',
    );
    expect((await gapwise(['validate', '-'], { stdin: framework })).stdout).toBe(
      ((fw) => `standard input: valid framework "${fw.name}" ${fw.version} (${fw.skills.length} skills, 5 roles)\n`)(
        builtinFramework(),
      ),
    );
    const other = await gapwise(['validate', '-'], { stdin: '{"kind": "gapwise-report"}' });
    expect(other.stderr).toBe(
      'gapwise: standard input: kind: expected "gapwise-team", "gapwise-data" or "gapwise-framework", got "gapwise-report"\n',
    );
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{"kind": "gapwise-data", "x": "caf'),
      0xe9,
      0x22,
      0x7d,
    ]);
    const notUtf8 = await gapwise(['validate', '-'], { stdin: latin1 });
    expect(notUtf8).toMatchObject({ code: 2, stderr: 'gapwise: standard input: the file is not valid UTF-8 text\n' });
  });
});

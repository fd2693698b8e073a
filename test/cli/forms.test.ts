import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSelfAssessmentForm } from '@shared/forms';
import { ROOT } from '../support/fixtures';
import { formData } from '../shared/forms/form-data';
import { gapwise } from './fake-terminal';

/* `gapwise forms`: the self-assessment forms of a data file, written into a folder. */

let dir: string;
let dataFile: string;
const data = formData();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gapwise-cli-forms-'));
  dataFile = join(dir, 'gapwise-data.json');
  writeFileSync(dataFile, JSON.stringify(data));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const readBack = async (path: string) => {
  const read = await readSelfAssessmentForm(new Uint8Array(readFileSync(path)), path, data, '2026-12-06');
  return read.ok ? read.forms.map((f) => f.memberId) : read.reason;
};

describe('gapwise forms', () => {
  it('writes one form per member into a new folder and lists them', async () => {
    const out = join(dir, 'forms', 'q4');
    const ran = await gapwise(['forms', dataFile, '--out', out]);
    expect(ran.stderr).toBe(`gapwise: wrote ${data.members.length} self-assessment forms, one per member\n`);
    expect(ran.code).toBe(0);
    const paths = data.members.map((m) => join(out, `Self-assessment - ${m.name}.xlsx`));
    expect(ran.stdout).toBe(paths.map((p) => `${p}\n`).join(''));
    expect(await Promise.all(paths.map(readBack))).toEqual(data.members.map((m) => [m.id]));
  });

  it('writes one form per product team with --per-team', async () => {
    const ran = await gapwise(['forms', dataFile, '--out', dir, '--per-team']);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('gapwise: wrote 3 self-assessment forms, one per product team\n');
    const names = ['Payments', 'Search', 'Growth'];
    expect(ran.stdout).toBe(names.map((t) => `${join(dir, `Self-assessment - ${t}.xlsx`)}\n`).join(''));
    const payments = await readBack(join(dir, 'Self-assessment - Payments.xlsx'));
    expect(payments).toEqual(data.members.filter((m) => m.productTeam === 'Payments').map((m) => m.id));
  });

  it('never replaces a file already in the folder: the form gets the next free name, and says so', async () => {
    const first = data.members[0]!;
    writeFileSync(join(dir, `Self-assessment - ${first.name}.xlsx`), 'keep me');
    writeFileSync(join(dir, `self-assessment - ${first.name} (2).XLSX`), 'keep me too');
    const ran = await gapwise(['forms', dataFile, '--out', dir]);
    expect(ran.code).toBe(0);
    expect(readFileSync(join(dir, `Self-assessment - ${first.name}.xlsx`), 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, `self-assessment - ${first.name} (2).XLSX`), 'utf8')).toBe('keep me too');
    const renamed = join(dir, `Self-assessment - ${first.name} (3).xlsx`);
    expect(ran.stderr).toContain(
      `gapwise: ${join(dir, `Self-assessment - ${first.name}.xlsx`)} already exists; wrote Self-assessment - ${first.name} (3).xlsx beside it\n`,
    );
    expect(ran.stdout.split('\n')[0]).toBe(renamed);
    expect(await readBack(renamed)).toEqual([first.id]);
  });

  it('refuses without --out, with a file as --out, a team file, or an option of another command', async () => {
    const noOut = await gapwise(['forms', dataFile]);
    expect([noOut.code, noOut.stderr]).toEqual([
      2,
      'gapwise: forms: name the folder to write the forms to with --out <dir>\n',
    ]);
    const fileOut = await gapwise(['forms', dataFile, '--out', dataFile]);
    expect([fileOut.code, fileOut.stderr]).toEqual([2, `gapwise: --out ${dataFile}: is a file, not a folder\n`]);
    const team = join(dir, 'team.json');
    writeFileSync(team, (await gapwise(['sample'])).stdout);
    const teamFile = await gapwise(['forms', team, '--out', join(dir, 'out')]);
    expect(teamFile.code).toBe(2);
    expect(teamFile.stderr).toMatch(/^gapwise: .*team\.json: forms needs the app's data file/);
    expect(readdirSync(dir).sort()).toEqual(['gapwise-data.json', 'team.json']);
    const stray = await gapwise(['forms', dataFile, '--out', dir, '--format', 'csv']);
    expect([stray.code, stray.stderr]).toEqual([
      2,
      'gapwise: forms: --format is not an option of forms (try gapwise --help)\n',
    ]);
    const perTeam = await gapwise(['validate', dataFile, '--per-team']);
    expect([perTeam.code, perTeam.stderr]).toEqual([2, 'gapwise: --per-team is an option of forms only\n']);
  });

  it('is in --help', async () => {
    const ran = await gapwise(['--help']);
    expect(ran.stdout).toContain('gapwise forms <data-file|-> --out <dir> [--per-team]');
    expect(ran.stdout).toMatch(/\n {2}forms {5}Write the self-assessment forms/);
  });

  it('works in the built CLI, run as a child process', async () => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const out = join(dir, 'forms');
    const ran = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'gapwise.cjs'), 'forms', dataFile, '--out', out, '--per-team'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(ran.stderr).toBe('gapwise: wrote 3 self-assessment forms, one per product team\n');
    expect(ran.status).toBe(0);
    const growth = join(out, 'Self-assessment - Growth.xlsx');
    expect(await readBack(growth)).toEqual(data.members.filter((m) => m.productTeam === 'Growth').map((m) => m.id));
  }, 60_000);
});

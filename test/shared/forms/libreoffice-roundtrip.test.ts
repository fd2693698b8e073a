import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSelfAssessmentForm, selfAssessmentForms } from '@shared/forms';
import {
  cellAddress,
  FIRST_SKILL_ROW,
  generalNotesRow,
  LEVEL_COLUMN,
  NOTES_COLUMN,
  SKILL_COLUMN,
} from '@shared/forms/layout';
import { SelfAssessment } from '@shared/rounds/schema';
import { TEST_NOW } from '../../support/fixtures';
import { cellLocked, everySheetProtected, formData, formSkillIds } from './form-data';

/*
 * A form filled in through LibreOffice, not through the library that wrote it: LibreOffice
 * Calc (headless, driven over UNO by libreoffice-fill.py) opens the .xlsx, types the answers
 * into the unlocked cells, and saves it as .xlsx again, as a member using LibreOffice would.
 * A second copy has a skill row deleted (the sheet unprotected first). CI installs
 * libreoffice-calc-nogui (.ci/run); without it this test fails rather than skips.
 */

const TODAY = '2026-12-06';
const SOFFICE = process.env.GAPWISE_SOFFICE ?? 'soffice';
const SCRIPT = join(__dirname, 'libreoffice-fill.py');

/** A Python that has LibreOffice's UNO bridge (Debian's python3-uno is for the system Python). */
function unoPython(): string {
  const candidates = [process.env.GAPWISE_UNO_PYTHON, '/usr/bin/python3', 'python3'].filter(
    (c): c is string => c !== undefined,
  );
  const found = candidates.find((c) => spawnSync(c, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0);
  if (found === undefined) throw new Error(`no Python with the UNO bridge (tried ${candidates.join(', ')})`);
  return found;
}

const data = formData();
const skills = formSkillIds(data);
const scale = data.framework.scale.levels;
const work = mkdtempSync(join(tmpdir(), 'gapwise-lo-forms-'));

/** What the first member types, row by row (skill index → cell text). */
const levelAnswers: Record<number, string> = {
  0: scale[3]!.name,
  1: scale[0]!.name.toUpperCase(),
  2: 'Not observed',
  3: `  ${scale[4]!.name.toLowerCase()}  `,
  5: scale[1]!.name,
};
const noteAnswers: Record<number, string> = { 0: 'Led the churn model\nand its retraining', 5: '=1+1 is text here' };
const generalNote = "Happy to talk it through. 'Quoted' too.";

/** A team whose texts a spreadsheet could misread: a formula-like, escape-like skill name and a path-like member name. */
const TRICKY_SKILL = "'=SUM(A1) _x0041_ ü";
const trickyData = formData(data.members.map((m, i) => (i === 0 ? { ...m, name: '=Ann/CON' } : m)));
trickyData.framework = {
  ...trickyData.framework,
  skills: trickyData.framework.skills.map((s) => (s.id === skills[0] ? { ...s, name: TRICKY_SKILL } : s)),
};

let sheets: string[] = [];
let filled: Uint8Array;
let deleted: Uint8Array;
let tricky: Uint8Array;
let trickySheet = '';
let seen: { sheets: string[]; protected: Record<string, boolean> }[] = [];

beforeAll(() => {
  const started = performance.now();
  return selfAssessmentForms(data, { perTeam: true, now: TEST_NOW }).then(async (files) => {
    const payments = files.find((f) => f.fileName === 'Self-assessment - Payments.xlsx')!;
    const original = join(work, 'form.xlsx');
    writeFileSync(original, payments.bytes);
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(payments.bytes) as never);
    sheets = wb.worksheets.filter((ws) => ws.state === 'visible' && ws.name !== 'Levels').map((ws) => ws.name);
    const first = sheets[0]!;
    const edits = [
      ...Object.entries(levelAnswers).map(([i, value]) => ({
        sheet: first,
        cell: cellAddress(LEVEL_COLUMN, FIRST_SKILL_ROW + Number(i)),
        value,
      })),
      ...Object.entries(noteAnswers).map(([i, value]) => ({
        sheet: first,
        cell: cellAddress(NOTES_COLUMN, FIRST_SKILL_ROW + Number(i)),
        value,
      })),
      { sheet: first, cell: cellAddress(NOTES_COLUMN, generalNotesRow(skills.length)), value: generalNote },
      { sheet: sheets[1]!, cell: cellAddress(LEVEL_COLUMN, FIRST_SKILL_ROW), value: 'Not observed' },
    ];
    const [trickyForm] = await selfAssessmentForms(trickyData, {
      memberIds: [trickyData.members[0]!.id],
      perTeam: false,
      now: TEST_NOW,
    });
    writeFileSync(join(work, 'tricky.xlsx'), trickyForm!.bytes);
    const trickyBook = new Workbook();
    await trickyBook.xlsx.load(Buffer.from(trickyForm!.bytes) as never);
    trickySheet = trickyBook.worksheets[0]!.name;
    const jobs = [
      { in: original, out: join(work, 'filled.xlsx'), edits },
      { in: original, out: join(work, 'deleted.xlsx'), deleteRows: [{ sheet: first, row: FIRST_SKILL_ROW + 2 }] },
      {
        in: join(work, 'tricky.xlsx'),
        out: join(work, 'tricky-filled.xlsx'),
        edits: [{ sheet: trickySheet, cell: cellAddress(LEVEL_COLUMN, FIRST_SKILL_ROW), value: scale[2]!.name }],
      },
    ];
    writeFileSync(join(work, 'jobs.json'), JSON.stringify(jobs));
    const run = spawnSync(unoPython(), [SCRIPT, SOFFICE, join(work, 'profile'), join(work, 'jobs.json')], {
      encoding: 'utf8',
      timeout: 80_000,
      env: { ...process.env, HOME: work },
    });
    if (run.status !== 0) throw new Error(`LibreOffice run failed (${run.status ?? run.signal}): ${run.stderr}`);
    seen = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as (typeof seen)[number]);
    filled = new Uint8Array(readFileSync(join(work, 'filled.xlsx')));
    deleted = new Uint8Array(readFileSync(join(work, 'deleted.xlsx')));
    tricky = new Uint8Array(readFileSync(join(work, 'tricky-filled.xlsx')));
    console.log(
      `libreoffice round trip: ${Math.round(performance.now() - started)} ms (write, then fill in and save three copies in one LibreOffice)`,
    );
  });
}, 90_000);

afterAll(() => (process.env.KEEP_LO ? undefined : rmSync(work, { recursive: true, force: true })));

const fullyLoaded = async (bytes: Uint8Array): Promise<Workbook> => {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
};

describe('a form filled in with LibreOffice', () => {
  it('opens in LibreOffice with every sheet protected', () => {
    expect(seen).toHaveLength(3);
    expect(seen[0]!.sheets).toEqual([...sheets, 'Levels', 'gapwise']);
    expect(Object.values(seen[0]!.protected).every(Boolean)).toBe(true);
  });

  it('reads back exactly the answers typed', async () => {
    const read = await readSelfAssessmentForm(filled, 'filled.xlsx', data, TODAY);
    expect(read.ok ? '' : read.reason).toBe('');
    const members = data.members.filter((m) => m.productTeam === 'Payments');
    expect(read).toEqual({
      ok: true,
      forms: [
        {
          memberId: members[0]!.id,
          receivedOn: TODAY,
          formId: expect.stringMatching(/^[0-9a-f]{32}$/),
          ratings: {
            [skills[0]!]: 3,
            [skills[1]!]: 0,
            [skills[2]!]: 'not-observed',
            [skills[3]!]: 4,
            [skills[5]!]: 1,
          },
          skillNotes: { [skills[0]!]: noteAnswers[0], [skills[5]!]: noteAnswers[5] },
          note: generalNote,
          decisions: {},
        },
        ...members.slice(1).map((m, i) => ({
          memberId: m.id,
          receivedOn: TODAY,
          formId: expect.stringMatching(/^[0-9a-f]{32}$/),
          ratings: i === 0 ? { [skills[0]!]: 'not-observed' } : {},
          skillNotes: {},
          decisions: {},
        })),
      ],
    });
    for (const form of read.ok ? read.forms : []) expect(SelfAssessment.safeParse(form).success).toBe(true);
  });

  it('keeps the drop-downs, the unlocked answer cells and the protection', async () => {
    // exceljs reads only "1" as true; LibreOffice writes "true", so protection is read from the XML.
    expect(everySheetProtected(filled)).toEqual({ sheets: sheets.length + 2, protectedSheets: sheets.length + 2 });
    const wb = await fullyLoaded(filled);
    for (const name of sheets) {
      const ws = wb.getWorksheet(name)!;
      for (const i of [0, skills.length - 1]) {
        const answer = ws.getCell(FIRST_SKILL_ROW + i, LEVEL_COLUMN);
        expect(answer.dataValidation?.type).toBe('list');
        expect(answer.dataValidation?.formulae?.[0]?.replace(/'/g, '')).toBe('Levels!$B$2:$B$7');
        const row = FIRST_SKILL_ROW + i;
        expect(cellLocked(filled, name, cellAddress(LEVEL_COLUMN, row))).toBe(false);
        expect(cellLocked(filled, name, cellAddress(NOTES_COLUMN, row))).toBe(false);
        expect(cellLocked(filled, name, cellAddress(SKILL_COLUMN, row))).toBe(true);
      }
    }
  });

  it('keeps texts a spreadsheet could misread as they were written', async () => {
    const wb = await fullyLoaded(tricky);
    expect(wb.worksheets[0]!.getCell(FIRST_SKILL_ROW, SKILL_COLUMN).value).toBe(`'${TRICKY_SKILL}`);
    const read = await readSelfAssessmentForm(tricky, 'tricky.xlsx', trickyData, TODAY);
    expect(read.ok ? read.forms.map((f) => [f.memberId, f.ratings]) : read.reason).toEqual([
      [trickyData.members[0]!.id, { [skills[0]!]: 2 }],
    ]);
  });

  it('keeps the matching sheet hidden (LibreOffice saves a very hidden sheet as hidden)', async () => {
    const wb = await fullyLoaded(filled);
    expect(wb.getWorksheet('gapwise')?.state).toBe('hidden');
  });

  it('refuses the copy with a skill row deleted in LibreOffice, naming the sheet and cell', async () => {
    const read = await readSelfAssessmentForm(deleted, 'deleted.xlsx', data, TODAY);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toMatch(
      new RegExp(`^deleted\\.xlsx: sheet "${sheets[0]}", cell A${FIRST_SKILL_ROW + 2}: expected the skill ".+" here`),
    );
  });
});

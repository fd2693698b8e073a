import fc from 'fast-check';
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { firstControl } from '@shared/encode/control';
import { readSelfAssessmentForm, selfAssessmentForms } from '@shared/forms';
import { FIRST_SKILL_ROW, LEVEL_COLUMN, NOTES_COLUMN } from '@shared/forms/layout';
import { SelfAssessment } from '@shared/rounds/schema';
import { TEST_NOW } from '../../support/fixtures';
import { type HandZipEntry, workbookEntries, worksheetXml, zipBytes } from '../../support/xlsx-bytes';
import { formData, formSkillIds, zipParts } from './form-data';

/*
 * Returned forms can be anything: edited by hand, saved by another program, cut short,
 * or made to hurt. Hundreds of mutations of a valid, filled-in team form (cells changed,
 * rows moved or removed, sheets renamed or removed, the hidden sheet edited or its ids
 * swapped, huge notes, formulas, bytes flipped, the file cut short, zip bombs) must each
 * be read into SelfAssessments the schema accepts, or refused with a reason that starts
 * with the file's name; never an uncaught error.
 */

const TODAY = '2026-12-06';
const FILE = 'returned form.xlsx';
const SEED = 20261206;
const WORKBOOK_CASES = 240;
const BYTE_CASES = 200;
const MB = 1024 * 1024;

const data = formData();
const skills = formSkillIds(data);
const levelNames = data.framework.scale.levels.map((l) => l.name);

/** A valid Payments form with some answers filled in: the base every mutation starts from. */
async function baseForm(): Promise<{ bytes: Uint8Array; sheets: string[] }> {
  const files = await selfAssessmentForms(data, { perTeam: true, now: TEST_NOW });
  const form = files.find((f) => f.fileName.endsWith('Payments.xlsx'))!;
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(form.bytes) as never);
  const sheets = wb.worksheets.map((ws) => ws.name);
  for (const ws of wb.worksheets.filter((w) => w.state === 'visible' && w.name !== 'Levels')) {
    ws.getCell(FIRST_SKILL_ROW, LEVEL_COLUMN).value = levelNames[2]!;
    ws.getCell(FIRST_SKILL_ROW + 1, LEVEL_COLUMN).value = 'Not observed';
    ws.getCell(FIRST_SKILL_ROW, NOTES_COLUMN).value = 'A note';
  }
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), sheets };
}

/** What a mutated cell may be given. */
const cellValue = fc.oneof(
  fc.constantFrom(...levelNames, 'Not observed', 'not OBSERVED ', '', ' ', 'Guru', "'=1+1", "=cmd|' /C calc'!A0"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constant('x'.repeat(6000)),
  fc.double(),
  fc.integer({ min: -5, max: 20 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ formula: 'Levels!B3', result: 'Working' }),
  fc.constant({ formula: '1/0', result: { error: '#DIV/0!' } }),
  fc.constant({ error: '#N/A' }),
  fc.constant({ richText: [{ text: 'Work' }, { text: 'ing' }] }),
  fc.constant({ text: 'link', hyperlink: 'https://example.org' }),
  fc.constant(new Date(Date.UTC(2026, 0, 1))),
  fc.constantFrom(...data.members.map((m) => m.id), 'nobody', ...skills.slice(0, 3)),
);

type Edit =
  | { kind: 'set'; sheet: number; row: number; column: number; value: unknown }
  | { kind: 'removeRow'; sheet: number; row: number }
  | { kind: 'moveRow'; sheet: number; from: number; to: number }
  | { kind: 'insertRow'; sheet: number; row: number }
  | { kind: 'renameSheet'; sheet: number; name: string }
  | { kind: 'removeSheet'; sheet: number }
  | { kind: 'swapMeta'; a: number; b: number; column: number }
  | { kind: 'hideSheet'; sheet: number };

const rowIn = fc.integer({ min: 1, max: FIRST_SKILL_ROW + skills.length + 4 });

function editArb(sheetCount: number): fc.Arbitrary<Edit> {
  const sheet = fc.integer({ min: 0, max: sheetCount - 1 });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('set' as const),
        sheet,
        row: rowIn,
        column: fc.integer({ min: 1, max: 6 }),
        value: cellValue,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeRow' as const), sheet, row: rowIn }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveRow' as const), sheet, from: rowIn, to: rowIn }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('insertRow' as const), sheet, row: rowIn }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('renameSheet' as const),
        sheet,
        name: fc.constantFrom('Levels (2)', 'Me', 'gapwise2', 'x'),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSheet' as const), sheet }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('swapMeta' as const),
        a: fc.integer({ min: 1, max: 50 }),
        b: fc.integer({ min: 1, max: 50 }),
        column: fc.integer({ min: 1, max: 3 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('hideSheet' as const), sheet }) },
  );
}

function apply(wb: Workbook, edit: Edit): void {
  const byIndex = (i: number): Worksheet | undefined => wb.worksheets[i % Math.max(1, wb.worksheets.length)];
  switch (edit.kind) {
    case 'set': {
      const ws = byIndex(edit.sheet);
      if (ws) ws.getCell(edit.row, edit.column).value = edit.value as never;
      return;
    }
    case 'removeRow':
      byIndex(edit.sheet)?.spliceRows(edit.row, 1);
      return;
    case 'moveRow': {
      const ws = byIndex(edit.sheet);
      if (!ws) return;
      const values = ws.getRow(edit.from).values;
      ws.spliceRows(edit.from, 1);
      ws.spliceRows(edit.to, 0, values as unknown[]);
      return;
    }
    case 'insertRow':
      byIndex(edit.sheet)?.spliceRows(edit.row, 0, ['inserted']);
      return;
    case 'renameSheet': {
      const ws = byIndex(edit.sheet);
      if (ws && !wb.worksheets.some((w) => w.name === edit.name)) ws.name = edit.name;
      return;
    }
    case 'removeSheet': {
      const ws = byIndex(edit.sheet);
      if (ws) wb.removeWorksheet(ws.id);
      return;
    }
    case 'swapMeta': {
      const meta = wb.getWorksheet('gapwise');
      if (!meta) return;
      const a = meta.getCell(edit.a, edit.column);
      const b = meta.getCell(edit.b, edit.column);
      const value = a.value;
      a.value = b.value;
      b.value = value;
      return;
    }
    case 'hideSheet': {
      const ws = byIndex(edit.sheet);
      if (ws) ws.state = 'hidden';
      return;
    }
  }
}

type ByteEdit =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; byte: number; count: number }
  | { kind: 'random'; bytes: Uint8Array }
  | { kind: 'prefix'; bytes: Uint8Array }
  | { kind: 'empty' };

const byteEditArb: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.noBias(fc.nat({ max: 1_000_000 })) }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.noBias(fc.nat({ max: 1_000_000 })),
    byte: fc.integer({ min: 0, max: 255 }),
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant('random' as const), bytes: fc.uint8Array({ maxLength: 2000 }) }),
  fc.record({ kind: fc.constant('prefix' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.constant({ kind: 'empty' as const }),
);

function applyBytes(bytes: Uint8Array, edit: ByteEdit): Uint8Array {
  switch (edit.kind) {
    case 'truncate':
      return bytes.slice(0, edit.at % bytes.length);
    case 'flip': {
      const out = bytes.slice();
      for (let k = 0; k < edit.count; k++) {
        const i = (edit.at + k * 997) % out.length;
        out[i] = (out[i] ?? 0) ^ (edit.byte || 1);
      }
      return out;
    }
    case 'random':
      return edit.bytes;
    case 'prefix': {
      const out = new Uint8Array(edit.bytes.length + bytes.length);
      out.set(edit.bytes);
      out.set(bytes, edit.bytes.length);
      return out;
    }
    case 'empty':
      return new Uint8Array(0);
  }
}

/** The form's parts again, with the hidden sheet's part swapped for `xml`: a bomb inside a real form. */
function formWithPart(
  bytes: Uint8Array,
  name: string,
  content: HandZipEntry['content'],
  declaredSize?: number,
): Uint8Array {
  const entries: HandZipEntry[] = [...zipParts(bytes, /./)].map(([part, text]) =>
    part === name
      ? { name: part, content, deflate: true, ...(declaredSize === undefined ? {} : { declaredSize }) }
      : { name: part, content: text, deflate: true },
  );
  return zipBytes(entries);
}

const totals = { cases: 0, read: 0, refused: 0, uncaught: 0 };
const reasons: Record<string, number> = {};

/** The oracle: valid SelfAssessments for team members, or a refusal naming the file. */
async function check(bytes: Uint8Array): Promise<void> {
  totals.cases += 1;
  let result: Awaited<ReturnType<typeof readSelfAssessmentForm>>;
  try {
    result = await readSelfAssessmentForm(bytes, `folder/${FILE}`, data, TODAY);
  } catch (error) {
    totals.uncaught += 1;
    throw error;
  }
  if (result.ok) {
    totals.read += 1;
    const ids = new Set(data.members.map((m) => m.id));
    for (const form of result.forms) {
      expect(SelfAssessment.safeParse(form).success).toBe(true);
      expect(ids.has(form.memberId)).toBe(true);
    }
    expect(new Set(result.forms.map((f) => f.memberId)).size).toBe(result.forms.length);
  } else {
    totals.refused += 1;
    expect(result.reason.startsWith(`${FILE}: `)).toBe(true);
    expect(firstControl(result.reason)).toBeNull();
    expect(result.reason.length).toBeLessThan(600);
    // Every refusal is one the reader meant, not its last-resort catch.
    expect(result.reason).not.toContain('cannot be read past loading');
    const key = result.reason
      .slice(FILE.length + 2)
      .replace(/sheet "[^"]*"(, cell [A-Z]+\d+)?: /, '')
      .replace(/".*$|\(.*$|\d[\d,]*.*$/, '')
      .trim();
    reasons[key] = (reasons[key] ?? 0) + 1;
  }
}

describe('form import fuzzing', () => {
  it('reads or refuses every workbook-level mutation of a form', async () => {
    const base = await baseForm();
    await check(base.bytes);
    await fc.assert(
      fc.asyncProperty(fc.array(editArb(base.sheets.length), { minLength: 1, maxLength: 3 }), async (edits) => {
        const wb = new Workbook();
        await wb.xlsx.load(Buffer.from(base.bytes) as never);
        for (const edit of edits) apply(wb, edit);
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        } catch {
          return; // exceljs cannot write some edits (a removed sheet a validation still names): not a form to read
        }
        await check(bytes);
      }),
      { numRuns: WORKBOOK_CASES, seed: SEED },
    );
  }, 120_000);

  it('reads or refuses every byte-level mutation of a form', async () => {
    const base = await baseForm();
    await fc.assert(
      fc.asyncProperty(byteEditArb, async (edit) => check(applyBytes(base.bytes, edit))),
      { numRuns: BYTE_CASES, seed: SEED },
    );
  }, 120_000);

  it('refuses zip bombs, in a form and on their own', async () => {
    const base = await baseForm();
    const head = worksheetXml('').replace('</sheetData></worksheet>', '');
    const bomb = (bytes: number) => ({
      before: head,
      unit: '<row><c/></row>',
      times: Math.floor(bytes / '<row><c/></row>'.length),
      after: '</sheetData></worksheet>',
    });
    const cases = [
      formWithPart(base.bytes, 'xl/worksheets/sheet3.xml', bomb(505 * MB)),
      formWithPart(base.bytes, 'xl/worksheets/sheet3.xml', bomb(505 * MB), 10_000),
      formWithPart(base.bytes, 'xl/worksheets/sheet1.xml', bomb(40 * MB)),
      zipBytes(workbookEntries([{ name: 'gapwise', xml: bomb(505 * MB) }], true), { zip64: true }),
      zipBytes(workbookEntries([{ name: 'gapwise', xml: bomb(505 * MB), declaredSize: 1000 }], true)),
    ];
    const before = totals.refused;
    for (const bytes of cases) await check(bytes);
    expect(totals.refused - before).toBe(cases.length);
  }, 120_000);

  it('summary', () => {
    console.log(
      `form-fuzz total: ${totals.cases} cases (${totals.read} read, ${totals.refused} refused), uncaught ${totals.uncaught}; refused because: ${JSON.stringify(reasons)}`,
    );
    expect(totals.uncaught).toBe(0);
    expect(totals.cases).toBeGreaterThanOrEqual(BYTE_CASES + 5);
    // The mutations reach both sides of the oracle.
    expect(totals.read).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(totals.cases / 4);
  });
});

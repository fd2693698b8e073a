import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSelfAssessmentForm, selfAssessmentForms } from '@shared/forms';
import { notReserved, safeNamePart, uniqueFileName } from '@shared/forms/file-names';
import { FIRST_SKILL_ROW, LEVEL_COLUMN, NOTES_COLUMN, SKILL_COLUMN, generalNotesRow } from '@shared/forms/layout';
import { firstControl } from '@shared/encode/control';
import { SelfAssessment } from '@shared/rounds/schema';
import { TEST_NOW } from '../../support/fixtures';
import { bigData, editForm, fillIn, formData, formSkillIds } from './form-data';

const TODAY = '2026-12-06';

async function oneForm(memberId = 'ana') {
  const data = formData();
  const [form] = await selfAssessmentForms(data, { memberIds: [memberId], perTeam: false, now: TEST_NOW });
  return { data, form: form! };
}

describe('selfAssessmentForms', () => {
  it('writes one workbook per member with a member sheet, the levels and a very hidden sheet', async () => {
    const data = formData();
    const files = await selfAssessmentForms(data, { perTeam: false, now: TEST_NOW });
    expect(files.map((f) => f.fileName)).toEqual(data.members.map((m) => `Self-assessment - ${m.name}.xlsx`));
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(files[0]!.bytes) as never);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Ana Costa', 'visible'],
      ['Levels', 'visible'],
      ['gapwise', 'veryHidden'],
    ]);
    const ws = wb.getWorksheet('Ana Costa')!;
    expect(ws.getCell('B1').value).toBe('Ana Costa');
    expect(ws.getCell('B2').value).toBe('Data scientist');
    const skills = formSkillIds(data);
    const names = new Map(data.framework.skills.map((s) => [s.id, s.name]));
    skills.forEach((id, i) => expect(ws.getCell(FIRST_SKILL_ROW + i, SKILL_COLUMN).value).toBe(names.get(id)));
    // Only the answer cells are unlocked; every sheet is protected.
    const level = ws.getCell(FIRST_SKILL_ROW, LEVEL_COLUMN);
    expect(level.protection?.locked).toBe(false);
    expect(ws.getCell(FIRST_SKILL_ROW, NOTES_COLUMN).protection?.locked).toBe(false);
    expect(ws.getCell(generalNotesRow(skills.length), NOTES_COLUMN).protection?.locked).toBe(false);
    expect(ws.getCell(FIRST_SKILL_ROW, SKILL_COLUMN).protection?.locked).not.toBe(false);
    expect(level.dataValidation).toMatchObject({ type: 'list', allowBlank: true, formulae: ["'Levels'!$B$2:$B$7"] });
    for (const sheet of wb.worksheets) {
      expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    }
    const levels = wb.getWorksheet('Levels')!;
    expect(levels.getCell('B2').value).toBe(data.framework.scale.levels[0]!.name);
    expect(levels.getCell('B7').value).toBe('Not observed');
  });

  it('writes one workbook per product team, a sheet per member, and one for members without a team', async () => {
    const base = formData();
    const data = formData(base.members.map((m, i) => (i === 0 ? { ...m, productTeam: '' } : m)));
    const files = await selfAssessmentForms(data, { perTeam: true, now: TEST_NOW });
    expect(files.map((f) => f.fileName)).toEqual([
      'Self-assessment - Payments.xlsx',
      'Self-assessment - Search.xlsx',
      'Self-assessment - Growth.xlsx',
      'Self-assessment - No product team.xlsx',
    ]);
    const read = await Promise.all(files.map((f) => readSelfAssessmentForm(f.bytes, f.fileName, data, TODAY)));
    const byFile = read.map((r) => (r.ok ? r.forms.map((f) => f.memberId) : r.reason));
    const team = (t: string) => data.members.filter((m) => m.productTeam === t).map((m) => m.id);
    expect(byFile).toEqual([team('Payments'), team('Search'), team('Growth'), [data.members[0]!.id]]);
  });

  it('gives names safe on every system, and never the same name twice', async () => {
    const base = formData();
    const names = ['CON', 'a/b', 'x'.repeat(120), 'Sam Lee', 'Sam Lee', 'sam lee', 'lpt1.txt', '..', 'a:b*?"<>|'];
    const members = names.map((name, i) => ({ ...base.members[i % base.members.length]!, id: `m${i}`, name }));
    const data = formData(members);
    const files = await selfAssessmentForms(data, { perTeam: false, now: TEST_NOW });
    const fileNames = files.map((f) => f.fileName);
    expect(new Set(fileNames.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of fileNames) {
      expect(name).toMatch(/\.xlsx$/);
      expect(name).not.toMatch(/[<>:"/\\|?*]/);
      expect(firstControl(name)).toBeNull();
      expect(new TextEncoder().encode(name).length).toBeLessThan(255);
      expect(name.split('.')[0]!.trim()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
    }
    expect(fileNames[0]).toBe('Self-assessment - CON.xlsx');
    expect(fileNames[1]).toBe('Self-assessment - a b.xlsx');
    expect(fileNames.slice(3, 6)).toEqual([
      'Self-assessment - Sam Lee.xlsx',
      'Self-assessment - Sam Lee (2).xlsx',
      'Self-assessment - sam lee (3).xlsx',
    ]);
    // Each form is matched by its hidden id, not its name.
    const read = await Promise.all(files.map((f) => readSelfAssessmentForm(f.bytes, f.fileName, data, TODAY)));
    expect(read.map((r) => (r.ok ? r.forms[0]!.memberId : r.reason))).toEqual(members.map((m) => m.id));
  });

  it('makes any name a safe file name part, long ones cut', () => {
    const long = safeNamePart('é'.repeat(300), 'Member');
    expect(long).toBe('é'.repeat(80));
    expect(notReserved('nul.tar.gz')).toBe('nul_.tar.gz');
    expect(notReserved('COM1')).toBe('COM1_');
    expect(notReserved('console.xlsx')).toBe('console.xlsx');
    const used = new Set<string>();
    expect(uniqueFileName('', 'Aux', 'Member', used)).toBe('Aux_.xlsx');
    expect(uniqueFileName('', 'aux', 'Member', used)).toBe('aux (2).xlsx');
    expect(safeNamePart(' .. / .. ', 'Member')).toBe('Member');
    expect(safeNamePart('a\u0000b\u202ec', 'Member')).toBe('ab\u202ec');
    expect(safeNamePart('😀'.repeat(100), 'Member')).toBe('😀'.repeat(40));
  });

  it('refuses to write forms for a member who is not in the team', async () => {
    await expect(
      selfAssessmentForms(formData(), { memberIds: ['nobody'], perTeam: false, now: TEST_NOW }),
    ).rejects.toThrow(/nobody/);
  });

  it('escapes names that a spreadsheet would run as a formula and reads them back', async () => {
    const base = formData();
    const data = formData([{ ...base.members[0]!, name: '=HYPERLINK("x")' }]);
    const [file] = await selfAssessmentForms(data, { perTeam: false, now: TEST_NOW });
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(file!.bytes) as never);
    expect(wb.worksheets[0]!.getCell('B1').value).toBe('\'=HYPERLINK("x")');
    const read = await readSelfAssessmentForm(file!.bytes, file!.fileName, data, TODAY);
    expect(read.ok).toBe(true);
  });

  it('writes forms for a big organisation per team', async () => {
    const data = bigData();
    const files = await selfAssessmentForms(data, { perTeam: true, now: TEST_NOW });
    expect(files.map((f) => f.fileName)).toEqual([
      'Self-assessment - Payments 1.xlsx',
      'Self-assessment - Payments 2.xlsx',
    ]);
    const read = await readSelfAssessmentForm(files[1]!.bytes, files[1]!.fileName, data, TODAY);
    expect(read.ok && read.forms.length).toBe(50);
  });
});

describe('readSelfAssessmentForm', () => {
  it('reads the answers: level names in any case, "Not observed", blanks and notes', async () => {
    const { data, form } = await oneForm();
    const skills = formSkillIds(data);
    const scale = data.framework.scale.levels;
    const filled = await editForm(
      form.bytes,
      fillIn(
        {
          levels: { 0: scale[3]!.name, 1: `  ${scale[0]!.name.toUpperCase()} `, 2: 'not observed', 4: '' },
          notes: { 0: 'Led the churn model\nand its retraining', 3: "'=1+1" },
          general: { richText: [{ text: 'Happy ' }, { text: 'to talk' }] },
        },
        skills.length,
      ),
    );
    const read = await readSelfAssessmentForm(filled, 'folder/returned.xlsx', data, TODAY);
    expect(read).toEqual({
      ok: true,
      forms: [
        {
          memberId: 'ana',
          receivedOn: TODAY,
          formId: expect.stringMatching(/^[0-9a-f]{32}$/),
          ratings: { [skills[0]!]: 3, [skills[1]!]: 0, [skills[2]!]: 'not-observed' },
          skillNotes: { [skills[0]!]: 'Led the churn model\nand its retraining', [skills[3]!]: '=1+1' },
          note: 'Happy to talk',
          decisions: {},
        },
      ],
    });
    expect(SelfAssessment.safeParse(read.ok && read.forms[0]).success).toBe(true);
  });

  it('gives each form its own id, the same on a second import', async () => {
    const { data, form } = await oneForm();
    const { form: other } = await oneForm();
    const a = await readSelfAssessmentForm(form.bytes, form.fileName, data, TODAY);
    const b = await readSelfAssessmentForm(form.bytes, form.fileName, data, TODAY);
    const c = await readSelfAssessmentForm(other.bytes, other.fileName, data, TODAY);
    const id = (r: typeof a) => (r.ok ? r.forms[0]!.formId : r.reason);
    expect(id(a)).toBe(id(b));
    expect(id(a)).not.toBe(id(c));
  });

  const refusals: [
    string,
    (data: ReturnType<typeof formData>, bytes: Uint8Array, skills: number) => Promise<Uint8Array>,
    RegExp,
    ((d: ReturnType<typeof formData>) => ReturnType<typeof formData>)?,
  ][] = [
    [
      'a level that is not on the scale',
      (_d, b, n) => editForm(b, fillIn({ levels: { 2: 'Guru' } }, n)),
      /^form\.xlsx: sheet "Ana Costa", cell C10: "Guru" is not a level/,
    ],
    [
      'a formula in an answer cell',
      (_d, b, n) => editForm(b, fillIn({ levels: { 0: { formula: 'Levels!B3', result: 'x' } } }, n)),
      /^form\.xlsx: sheet "Ana Costa", cell C8: the level cell holds a formula/,
    ],
    [
      'a note over the limit',
      (_d, b, n) => editForm(b, fillIn({ notes: { 1: 'n'.repeat(2001) } }, n)),
      /^form\.xlsx: sheet "Ana Costa", cell D9: the note is 2,001 characters long; at most 2,000/,
    ],
    [
      'a general note over the limit',
      (_d, b, n) => editForm(b, fillIn({ general: 'n'.repeat(5001) }, n)),
      /^form\.xlsx: sheet "Ana Costa", cell D\d+: the note is 5,001 characters long; at most 5,000/,
    ],
    [
      'a control character in a note',
      (_d, b, n) => editForm(b, fillIn({ notes: { 0: 'bell_x0007_' } }, n)),
      /^form\.xlsx: sheet "Ana Costa", cell D8: the note holds a control character \(␇\)/,
    ],
    [
      'a deleted skill row',
      (_d, b) => editForm(b, (ws) => ws.spliceRows(FIRST_SKILL_ROW + 3, 1)),
      /^form\.xlsx: sheet "Ana Costa", cell A11: expected the skill ".+" here but found ".+"; the skill rows were moved, deleted or renamed/,
    ],
    [
      'two skill rows swapped',
      (_d, b) =>
        editForm(b, (ws) => {
          const a = ws.getCell(FIRST_SKILL_ROW, SKILL_COLUMN).value;
          ws.getCell(FIRST_SKILL_ROW, SKILL_COLUMN).value = ws.getCell(FIRST_SKILL_ROW + 1, SKILL_COLUMN).value;
          ws.getCell(FIRST_SKILL_ROW + 1, SKILL_COLUMN).value = a;
        }),
      /^form\.xlsx: sheet "Ana Costa", cell A8: expected the skill/,
    ],
    [
      'a renamed skill',
      (_d, b) => editForm(b, (ws) => (ws.getCell(FIRST_SKILL_ROW + 5, SKILL_COLUMN).value = 'My skill')),
      /^form\.xlsx: sheet "Ana Costa", cell A13: expected the skill ".+" here but found "My skill"/,
    ],
    [
      'a row inserted after the last skill',
      (_d, b, n) => editForm(b, (ws) => ws.spliceRows(FIRST_SKILL_ROW + n, 0, ['extra'])),
      /^form\.xlsx: sheet "Ana Costa", cell A\d+: expected "General notes" here/,
    ],
    [
      'a renamed member sheet',
      (_d, b) => editForm(b, (ws) => (ws.name = 'Me')),
      /^form\.xlsx: sheet "Ana Costa": the sheet is missing/,
    ],
    [
      'a form for a member no longer in the team',
      async (_d, b) => b,
      /^form\.xlsx: sheet "gapwise", cell B8: the form is for a member who is not in the team \(id "ana"\)/,
      (d) => formData(d.members.filter((m) => m.id !== 'ana')),
    ],
    [
      'a workbook without the hidden sheet',
      async (_d, b) => {
        const wb = new Workbook();
        await wb.xlsx.load(Buffer.from(b) as never);
        wb.removeWorksheet(wb.getWorksheet('gapwise')!.id);
        return new Uint8Array(await wb.xlsx.writeBuffer());
      },
      /^form\.xlsx: not a Gapwise self-assessment form \(it has no hidden "gapwise" sheet\)/,
    ],
    [
      'skill ids swapped in the hidden sheet',
      async (_d, b) => {
        const wb = new Workbook();
        await wb.xlsx.load(Buffer.from(b) as never);
        const meta = wb.getWorksheet('gapwise')!;
        const row = meta.actualRowCount;
        const id = meta.getCell(row, 2).value;
        meta.getCell(row, 2).value = meta.getCell(row - 1, 2).value;
        meta.getCell(row - 1, 2).value = id;
        return new Uint8Array(await wb.xlsx.writeBuffer());
      },
      /^form\.xlsx: sheet "gapwise", cell C\d+: the hidden sheet is damaged \(".+" is not the name of/,
    ],
    ['random bytes', async () => new Uint8Array([1, 2, 3, 4]), /^form\.xlsx: not an Excel workbook/],
    ['a truncated workbook', async (_d, b) => b.slice(0, b.length >> 1), /^form\.xlsx: the workbook is damaged/],
  ];

  it.each(refusals)('refuses %s, naming the file, sheet and cell', async (_what, mutate, reason, dataFor) => {
    const { data, form } = await oneForm();
    const mutated = await mutate(data, form.bytes, formSkillIds(data).length);
    const read = await readSelfAssessmentForm(mutated, 'form.xlsx', dataFor ? dataFor(data) : data, TODAY);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toMatch(reason);
  });

  it('refuses a form made for another framework', async () => {
    const { data, form } = await oneForm();
    const other = { ...data, framework: { ...data.framework, id: 'other-framework' } };
    const read = await readSelfAssessmentForm(form.bytes, 'form.xlsx', other, TODAY);
    expect(read).toEqual({
      ok: false,
      reason:
        'form.xlsx: sheet "gapwise", cell B4: the form was made for the framework "ds-vs-de", but the team now uses "other-framework"; send a new form',
    });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook, type DataValidation } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { OTHER_ROLE_NAME } from '@shared/domain';
import { initialData } from '@shared/data';
import { detectLayout } from '@shared/interchange/layout';
import { buildPreview } from '@shared/interchange/preview';
import { columnLetters } from '@shared/interchange/merged-cells';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { MATRIX_FIELDS, matrixColumns, teamMatrixRows } from '@shared/interchange/write-matrix';
import { LISTS_SHEET, NOT_ASSESSED_LABEL, TEMPLATE_ROWS } from '@shared/interchange/write-template';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/*
 * Workbooks saved by LibreOffice 7.4 (test/corpus/libreoffice, made by make-corpus.mjs):
 * merged cells as a real client writes them, read through the reader and the mapping the
 * app and the CLI share.
 */

const CORPUS = join(__dirname, '..', '..', 'corpus', 'libreoffice');
const fw = builtinFramework();
const read = (file: string) => readXlsx(new Uint8Array(readFileSync(join(CORPUS, file))), file);
const roleId = (name: string) => fw.roles.find((role) => role.name === name)!.id;

/** The people of merged-team.xlsx as make-corpus.mjs writes them: name, role, product team. */
const PEOPLE = JSON.parse(readFileSync(join(CORPUS, 'people.json'), 'utf8')) as [string, string, string][];

describe('LibreOffice corpus', () => {
  it('merged-team.xlsx: every person gets the role and product team merged down over them', async () => {
    const book = await read('merged-team.xlsx');
    expect(book.sheets).toHaveLength(1);
    const sheet = book.sheets[0]!;
    const layout = detectLayout(sheet, fw);
    // Under the title merged across all columns and "Skills" merged across the skill columns.
    expect(layout.headerRow).toBe(2);
    const preview = buildPreview(sheet, layout, fw, { existing: [], fileName: 'merged-team.xlsx' });
    expect(preview.errors).toEqual([]);
    expect(preview.members.map((m) => [m.name, m.role, m.productTeam])).toEqual(
      PEOPLE.map(([name, role, team]) => [name, roleId(role!), team]),
    );
    for (const member of preview.members) expect(Object.keys(member.levels)).toHaveLength(4);
  });

  it('merged-team.xlsx: the title and the horizontally merged header fill their rows', async () => {
    const rows = (await read('merged-team.xlsx')).sheets[0]!.rows;
    expect(rows[0]).toEqual(Array(7).fill('Data team skills, spring review'));
    expect(rows[1]).toEqual([null, null, null, 'Skills', 'Skills', 'Skills', 'Skills']);
  });

  it("app-export-resaved.xlsx: the app's export saved again by LibreOffice reads back as exported", async () => {
    const data = initialData(sampleTeam(), fw);
    const { header, rows } = teamMatrixRows(data);
    // The sample has what a round trip needs: dates (date cells), notes and time allocation.
    expect(header).toContain('Assessed on');
    expect(rows.every((row) => typeof row[MATRIX_FIELDS.indexOf('Assessed on')] === 'string')).toBe(true);
    const book = await read('app-export-resaved.xlsx');
    expect(book.sheets[0]).toEqual({ name: 'Team', rows: [header, ...rows] });
  });

  it("app-export-resaved.xlsx: the app's export saved again by LibreOffice imports as the same team", async () => {
    const data = initialData(sampleTeam(), fw);
    const sheet = (await read('app-export-resaved.xlsx')).sheets[0]!;
    const preview = buildPreview(sheet, detectLayout(sheet, fw), fw, {
      existing: data.members,
      fileName: 'app-export-resaved.xlsx',
    });
    expect(preview.errors).toEqual([]);
    expect(preview.members.map((m) => [m.name, m.role, m.productTeam])).toEqual(
      data.members.map((m) => [m.name, m.role, m.productTeam]),
    );
  });

  it('template-resaved.xlsx: the blank matrix saved again by LibreOffice keeps its header, drop-downs and checks', async () => {
    const { header, allocationIds, skillIds } = matrixColumns(fw);
    const book = await read('template-resaved.xlsx');
    // The lists sheet stays hidden; the header row is the export's.
    expect(book.sheets.map((s) => s.name)).toEqual(['Team', 'Instructions']);
    expect(book.sheets[0]!.rows).toEqual([header]);

    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(join(CORPUS, 'template-resaved.xlsx')) as never);
    const team = wb.getWorksheet('Team')!;
    const validations = (team as unknown as { dataValidations: { model: Record<string, DataValidation | undefined> } })
      .dataValidations.model;
    const at = (column: number, row: number) => validations[`${columnLetters(column - 1)}${row}`];
    const lastRow = TEMPLATE_ROWS + 1;
    const role = MATRIX_FIELDS.indexOf('Role') + 1;
    const firstAllocation = MATRIX_FIELDS.length + 1;
    const firstSkill = firstAllocation + allocationIds.length;
    for (const row of [2, lastRow]) {
      // LibreOffice adds an unused second formula to lists: the first is the list.
      expect(at(role, row)).toMatchObject({ type: 'list' });
      expect(at(role, row)!.formulae[0]).toBe(`${LISTS_SHEET}!$B$1:$B$${fw.roles.length + 1}`);
      expect(at(firstAllocation, row)).toMatchObject({ type: 'whole', formulae: [0, 100] });
      for (const c of [firstSkill, firstSkill + skillIds.length - 1]) {
        expect(at(c, row)).toMatchObject({ type: 'list' });
        expect(at(c, row)!.formulae[0]).toBe(`${LISTS_SHEET}!$A$1:$A$${fw.scale.levels.length + 1}`);
      }
    }
    expect(at(MATRIX_FIELDS.indexOf('Assessed on') + 1, 2)).toMatchObject({ type: 'date' });
    expect(at(MATRIX_FIELDS.indexOf('FTE') + 1, 2)).toMatchObject({ type: 'decimal', formulae: [0.1, 1] });
    expect(at(firstSkill, lastRow + 1)).toBeUndefined();
    // The lists the drop-downs offer, on the (still hidden) lists sheet.
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).not.toBe('visible');
    expect(lists.getColumn(1).values.slice(1)).toEqual([...fw.scale.levels.map((l) => l.name), NOT_ASSESSED_LABEL]);
    expect(lists.getColumn(2).values.slice(1)).toEqual([...fw.roles.map((r) => r.name), OTHER_ROLE_NAME]);
    // (Frozen panes are view settings, which a headless re-save does not keep: nor for the export.)
  });
});

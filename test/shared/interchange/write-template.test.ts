import { Workbook, type DataValidation, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { initialData } from '@shared/data';
import { OTHER_ROLE_NAME, type Framework } from '@shared/domain';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { MATRIX_FIELDS, matrixColumns, teamMatrixRows, teamMatrixToXlsx } from '@shared/interchange/write-matrix';
import {
  instructionLines,
  LISTS_SHEET,
  matrixTemplateToXlsx,
  NOT_ASSESSED_LABEL,
  TEMPLATE_ROWS,
} from '@shared/interchange/write-template';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

const load = async (bytes: Uint8Array): Promise<Workbook> => {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
};

/** What exceljs read back for one cell's validation (it spreads a range over every cell). */
const validationAt = (ws: Worksheet, address: string): DataValidation | undefined =>
  (ws as unknown as { dataValidations: { model: Record<string, DataValidation | undefined> } }).dataValidations.model[
    address
  ];

/** The texts of a column of the lists sheet, top down. */
const listColumn = (ws: Worksheet, column: number): unknown[] =>
  ws.getColumn(column).values.filter((value) => value !== undefined && value !== null);

const letters = (column: number): string => {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
};

describe('matrixTemplateToXlsx', () => {
  const framework = builtinFramework();

  it('has the header row of a team export of the same framework, no one in it, and the instructions', async () => {
    const exported = await readXlsx(await teamMatrixToXlsx(initialData(sampleTeam(), framework)), 'team.xlsx');
    const template = await readXlsx(await matrixTemplateToXlsx(framework), 'template.xlsx');
    // The lists sheet is hidden, so the import never sees it.
    expect(template.sheets.map((s) => s.name)).toEqual(['Team', 'Instructions']);
    expect(template.sheets[0]!.rows).toEqual([exported.sheets[0]!.rows[0]]);
    expect(template.sheets[0]!.rows[0]).toEqual(teamMatrixRows(initialData(sampleTeam(), framework)).header);
    expect(template.sheets[0]!.rows[0]).toEqual(matrixColumns(framework).header);
  });

  it('offers drop-downs: roles (and "other") under Role, levels (and "Not assessed") under every skill', async () => {
    const wb = await load(await matrixTemplateToXlsx(framework));
    const team = wb.getWorksheet('Team')!;
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe('veryHidden');
    expect(listColumn(lists, 1)).toEqual([...framework.scale.levels.map((l) => l.name), NOT_ASSESSED_LABEL]);
    expect(listColumn(lists, 2)).toEqual([...framework.roles.map((r) => r.name), OTHER_ROLE_NAME]);

    const { header, allocationIds, skillIds } = matrixColumns(framework);
    const role = MATRIX_FIELDS.indexOf('Role') + 1;
    const firstSkill = MATRIX_FIELDS.length + allocationIds.length + 1;
    const lastRow = TEMPLATE_ROWS + 1;
    for (const row of [2, lastRow]) {
      expect(validationAt(team, `${letters(role)}${row}`)).toMatchObject({
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`'${LISTS_SHEET}'!$B$1:$B$${framework.roles.length + 1}`],
      });
      for (let c = firstSkill; c < firstSkill + skillIds.length; c++) {
        expect(validationAt(team, `${letters(c)}${row}`), header[c - 1]).toMatchObject({
          type: 'list',
          allowBlank: true,
          formulae: [`'${LISTS_SHEET}'!$A$1:$A$${framework.scale.levels.length + 1}`],
        });
      }
    }
    // Not on the header, nor past the rows it covers.
    expect(validationAt(team, `${letters(firstSkill)}1`)).toBeUndefined();
    expect(validationAt(team, `${letters(firstSkill)}${lastRow + 1}`)).toBeUndefined();
    expect(validationAt(team, 'A2')).toBeUndefined();
  });

  it('checks FTE, the date and the time allocation (whole percents 0–100)', async () => {
    const team = (await load(await matrixTemplateToXlsx(framework))).getWorksheet('Team')!;
    const column = (field: (typeof MATRIX_FIELDS)[number]) => letters(MATRIX_FIELDS.indexOf(field) + 1);
    expect(validationAt(team, `${column('FTE')}2`)).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0.1, 1],
    });
    const date = validationAt(team, `${column('Assessed on')}2`)!;
    expect(date).toMatchObject({ type: 'date', operator: 'between' });
    expect((date.formulae as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual(['2000-01-01', '2099-12-31']);
    const { allocationIds } = matrixColumns(framework);
    expect(allocationIds.length).toBeGreaterThan(0);
    for (let c = MATRIX_FIELDS.length + 1; c <= MATRIX_FIELDS.length + allocationIds.length; c++) {
      expect(validationAt(team, `${letters(c)}2`)).toMatchObject({
        type: 'whole',
        operator: 'between',
        formulae: [0, 100],
      });
    }
    // Typed dates show as ISO dates, notes wrap: the whole column is formatted, not only the first rows.
    expect(team.getColumn(MATRIX_FIELDS.indexOf('Assessed on') + 1).numFmt).toBe('yyyy-mm-dd');
    expect(team.getCell(`${column('Assessed on')}500`).numFmt).toBe('yyyy-mm-dd');
    expect(team.getCell(`${column('Notes')}2`).alignment).toMatchObject({ wrapText: true });
  });

  it('freezes the header row and the name column, and bolds the header', async () => {
    const team = (await load(await matrixTemplateToXlsx(framework))).getWorksheet('Team')!;
    expect(team.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(team.getCell('A1').font?.bold).toBe(true);
  });

  it('explains the levels (with their descriptions), time allocation, and not assessed against level 0', async () => {
    const rows = (await readXlsx(await matrixTemplateToXlsx(framework), 'template.xlsx')).sheets[1]!.rows;
    const text = rows.map((row) => row.filter((c) => c !== null).join(' | '));
    for (const level of framework.scale.levels) {
      expect(text).toContain(`${level.level} | ${level.name} | ${level.description}`);
    }
    const line = (label: string) => rows.find((row) => row[0] === label)?.[1];
    expect(line('Time allocation')).toContain('percent of working time on each responsibility');
    expect(line('Time allocation')).toContain('at most 100 in total');
    expect(line('Levels')).toContain(`"${NOT_ASSESSED_LABEL}" (or an empty cell) means nobody has assessed it yet`);
    expect(line('Levels')).toContain(`"${framework.scale.levels[0]!.name}" (level 0)`);
    expect(line('One row per person')).toContain('one person per row');
    expect(text).toContain(`${OTHER_ROLE_NAME} | No role of the framework describes their job.`);
    for (const role of framework.roles) expect(text).toContain(`${role.name} | ${role.description}`);
  });

  it("keeps the framework's text as text: formula-like names, commas and quotes in the lists", async () => {
    const odd: Framework = {
      ...framework,
      scale: {
        levels: framework.scale.levels.map((l, i) =>
          i === 4 ? { ...l, name: '=Guru, "top"', description: '+1 above all' } : l,
        ),
      },
      roles: framework.roles.map((r, i) => (i === 0 ? { ...r, name: '@Scientist, data' } : r)),
      skills: framework.skills.map((s) => (s.id === 'python' ? { ...s, name: '-Python' } : s)),
    };
    const bytes = await matrixTemplateToXlsx(odd);
    const wb = await load(bytes);
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    expect(lists.getCell('A5').value).toBe('\'=Guru, "top"');
    expect(lists.getCell('B1').value).toBe("'@Scientist, data");
    const team = wb.getWorksheet('Team')!;
    const header = (team.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain("'-Python");
    wb.eachSheet((ws) =>
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula, String(cell.address)).toBeUndefined())),
    );
    // The readers take the apostrophe off again: the header is the framework's names.
    const book = await readXlsx(bytes, 'template.xlsx');
    expect(book.sheets[0]!.rows[0]).toContain('-Python');
    expect(book.sheets[1]!.rows.map((row) => row[1])).toContain('=Guru, "top"');
  });

  it('says so when the framework has no responsibilities, and then has no allocation column', async () => {
    const noResponsibilities: Framework = {
      ...framework,
      skills: framework.skills.filter((s) => s.kind !== 'responsibility'),
      roles: framework.roles.map((r) => ({
        ...r,
        targets: Object.fromEntries(
          Object.entries(r.targets).filter(
            ([id]) => framework.skills.find((s) => s.id === id)?.kind !== 'responsibility',
          ),
        ),
      })),
    };
    const lines = instructionLines(noResponsibilities);
    const allocation = lines.find((l) => l.look === 'item' && l.cells[0] === 'Time allocation');
    expect(allocation).toMatchObject({ cells: ['Time allocation', expect.stringContaining('no responsibilities')] });
    const book = await readXlsx(await matrixTemplateToXlsx(noResponsibilities), 'template.xlsx');
    expect(book.sheets[0]!.rows[0]!.some((h) => String(h).endsWith(' %'))).toBe(false);
  });
});

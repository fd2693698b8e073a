import { orderedSkills } from '@shared/domain/skill-order';
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { initialData, type AppData } from '@shared/data';
import { OTHER_ROLE_NAME } from '@shared/domain';
import { readCsv } from '@shared/interchange/read-csv';
import { readXlsx } from '@shared/interchange/read-xlsx';
import {
  allocationHeader,
  levelColours,
  MATRIX_FIELDS,
  planToXlsx,
  sheetName,
  teamMatrixRows,
  teamMatrixToCsv,
  teamMatrixToXlsx,
  type MatrixCell,
} from '@shared/interchange/write-matrix';
import { buildReport, reportFor } from '@shared/reports';
import {
  EMPTY_TEXT,
  hiresTable,
  productTeamsTable,
  scenarioHiresTable,
  scenariosTable,
  structureSources,
  structureTable,
  upskillingTable,
} from '@shared/reports/rows';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

const sample = (): AppData => initialData(sampleTeam(), builtinFramework());

/**
 * The sample with awkward members: formula-like names, no title, a level not assessed, no
 * product team, and someone with no framework role, no assessment date and multi-line notes
 * with a formula-like line.
 */
function awkward(): AppData {
  const data = sample();
  const [first, second, third, fourth, ...rest] = data.members;
  const { 'data-preparation': _dropped, ...levels } = first!.levels;
  const { assessedOn: _never, ...unassessed } = rest[0]!;
  return {
    ...data,
    members: [
      { ...first!, name: '=HYPERLINK("x")', title: undefined, levels },
      { ...second!, name: '+1', title: '-2 grade' },
      { ...third!, name: '@x', productTeam: '' },
      { ...fourth!, name: 'Line one\n=two', productTeam: 'R&D: [EU]/*?' },
      ...rest,
      {
        ...unassessed,
        id: 'sam-okafor',
        name: 'Sam Okafor',
        title: 'Platform engineer',
        role: 'other',
        productTeam: 'Checkout',
        notes: 'Line one\n\n=line three',
        allocation: { 'data-pipelines': 40 },
        levels: { python: 3, 'data-pipelines': 0 },
      },
    ],
  };
}

/** What readCsv gives back for the matrix: every cell as text, empty → null. */
const asCsvCells = (rows: MatrixCell[][]): MatrixCell[][] =>
  rows.map((row) => row.map((cell) => (cell === null ? null : String(cell))));

const loadWithExcelJs = async (bytes: Uint8Array): Promise<Workbook> => {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
};

describe('teamMatrixRows', () => {
  it('has the fields, one "%" column per live responsibility, then one column per live skill, in the one skill order', () => {
    const data = sample();
    const retired = data.framework.skills[1]!;
    const withRetired: AppData = {
      ...data,
      framework: {
        ...data.framework,
        skills: data.framework.skills.map((s) => (s.id === retired.id ? { ...s, retired: true } : s)),
      },
    };
    const { header, allocationIds, skillIds } = teamMatrixRows(withRetired);
    const active = orderedSkills(data.framework).filter((s) => s.id !== retired.id);
    const responsibilities = active.filter((s) => s.kind === 'responsibility');
    expect(retired.kind).toBe('responsibility');
    expect(header).toEqual([
      'Name',
      'Title',
      'Role',
      'Product team',
      'FTE',
      'Assessed on',
      'Notes',
      ...responsibilities.map((s) => `${s.name} %`),
      ...active.map((s) => s.name),
    ]);
    expect(header).toContain('Data pipelines (ETL) %');
    expect(allocationIds).toEqual(responsibilities.map((s) => s.id));
    expect(skillIds).toEqual(active.map((s) => s.id));
    expect(header).not.toContain(retired.name);
    expect(header).not.toContain(allocationHeader(retired.name));
  });

  it('has one row per member: role by name ("other" too), date, notes, allocation percent, levels; null where empty', () => {
    const data = awkward();
    const { rows, allocationIds, skillIds } = teamMatrixRows(data);
    const fields = MATRIX_FIELDS.length;
    const firstSkill = fields + allocationIds.length;
    expect(rows).toHaveLength(data.members.length);
    const first = data.members[0]!;
    expect(rows[0]!.slice(0, fields)).toEqual([
      '=HYPERLINK("x")',
      null,
      'Data scientist',
      'Recommendations',
      1,
      '2026-01-19',
      'Presents model results to the product leads; the only one the business asks for.',
    ]);
    expect(rows[0]!.slice(fields, firstSkill)).toEqual(allocationIds.map((id) => first.allocation[id] ?? null));
    expect(rows[0]![fields + allocationIds.indexOf('data-pipelines')]).toBeNull();
    expect(rows[0]![fields + allocationIds.indexOf('product-integration')]).toBe(15);
    expect(rows[0]!.slice(firstSkill)).toEqual(skillIds.map((id) => first.levels[id] ?? null));
    expect(rows[0]![firstSkill + skillIds.indexOf('data-preparation')]).toBeNull();
    expect(rows[2]!.slice(0, fields)).toEqual([
      '@x',
      'Data scientist',
      'Data scientist',
      null,
      0.8,
      '2026-01-22',
      null,
    ]);
    expect(rows[7]!.slice(0, 5)).toEqual(['Priya Raman', 'Data engineer', 'Data engineer', 'Checkout', 1]);
    expect(rows[8]!.slice(0, 3)).toEqual(['Sam Okafor', 'Platform engineer', 'Other (no framework role)']);
    expect(rows[8]!.slice(5, 7)).toEqual([null, 'Line one\n\n=line three']);
  });

  it('writes no column for allocation of 0 %: the cell is empty', () => {
    const data = sample();
    const member = { ...data.members[0]!, allocation: { 'data-pipelines': 0, 'data-modelling': 12.5 } };
    const { rows, allocationIds } = teamMatrixRows({ ...data, members: [member] });
    const fields = MATRIX_FIELDS.length;
    expect(rows[0]![fields + allocationIds.indexOf('data-pipelines')]).toBeNull();
    expect(rows[0]![fields + allocationIds.indexOf('data-modelling')]).toBe(12.5);
  });
});

describe('teamMatrixToCsv', () => {
  it('is RFC 4180 with CRLF, a UTF-8 byte order mark and neutralised formulas', () => {
    const csv = teamMatrixToCsv(awkward());
    expect(
      csv.startsWith(
        '\uFEFFName,Title,Role,Product team,FTE,Assessed on,Notes,ML model development (training / testing) %,Data preparation %,',
      ),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(
      lines[1]!.startsWith(
        `"'=HYPERLINK(""x"")",,Data scientist,Recommendations,1,2026-01-19,Presents model results to the product leads; the only one the business asks for.,15,10,5,10,10,10,5,5,,10,,`,
      ),
    ).toBe(true);
    expect(lines[2]!.startsWith("'+1,'-2 grade,Data scientist,Checkout,1,2026-01-20,")).toBe(true);
    expect(lines[3]!.startsWith("'@x,Data scientist,Data scientist,,0.8,2026-01-22,,")).toBe(true);
    expect(lines[4]!.startsWith('"\'Line one\n=two",Data scientist,Data scientist,R&D: [EU]/*?,1,')).toBe(true);
    // Notes keep their line breaks (quoted), and a formula-like line makes the cell neutralised.
    expect(csv).toContain(
      'Sam Okafor,Platform engineer,Other (no framework role),Checkout,1,,"\'Line one\n\n=line three",',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back (as text) exactly as teamMatrixRows, formula-like names unchanged', () => {
    for (const data of [sample(), awkward()]) {
      const { header, rows } = teamMatrixRows(data);
      const book = readCsv(new TextEncoder().encode(teamMatrixToCsv(data)), 'team.csv');
      expect(book.sheets[0]!.rows).toEqual([header, ...asCsvCells(rows)]);
    }
  });
});

describe('a round trip through the readers', () => {
  it('gives back the exact cells: other role, date, multi-line notes, allocation, not assessed, a formula-like name', async () => {
    const data = awkward();
    const csv = readCsv(new TextEncoder().encode(teamMatrixToCsv(data)), 'team.csv').sheets[0]!.rows;
    const xlsx = (await readXlsx(await teamMatrixToXlsx(data), 'team.xlsx')).sheets[0]!.rows;
    for (const [rows, number] of [
      [csv, String],
      [xlsx, Number],
    ] as const) {
      const [header, ...people] = rows;
      const cell = (person: number, column: string) => people[person]![header!.indexOf(column)];
      const sam = people.findIndex((row) => row[0] === 'Sam Okafor');
      expect(cell(sam, 'Role')).toBe(OTHER_ROLE_NAME);
      expect(cell(sam, 'Title')).toBe('Platform engineer');
      expect(cell(sam, 'Notes')).toBe('Line one\n\n=line three');
      expect(cell(sam, 'Assessed on')).toBeNull();
      expect(cell(sam, 'Data pipelines (ETL) %')).toBe(number(40));
      expect(cell(sam, 'Data modelling %')).toBeNull();
      expect(cell(sam, 'Data pipelines (ETL)')).toBe(number(0));
      expect(cell(sam, 'Python')).toBe(number(3));
      expect(cell(sam, 'SQL')).toBeNull();
      expect(cell(0, 'Name')).toBe('=HYPERLINK("x")');
      expect(cell(0, 'Assessed on')).toBe('2026-01-19');
      expect(cell(0, 'Data preparation')).toBeNull(); // not assessed
      expect(cell(0, 'Data preparation %')).toBe(number(10));
      expect(cell(3, 'Name')).toBe('Line one\n=two');
    }
  });
});

describe('teamMatrixToXlsx', () => {
  it('reads back exactly as teamMatrixRows: a Team sheet, then one sheet per product team', async () => {
    for (const data of [sample(), awkward()]) {
      const { header, rows } = teamMatrixRows(data);
      const book = await readXlsx(await teamMatrixToXlsx(data), 'team.xlsx');
      expect(book.sheets[0]).toEqual({ name: 'Team', rows: [header, ...rows] });
      const teams = book.sheets.slice(1);
      for (const sheet of teams) {
        const team = sheet.name === 'R&D EU' ? 'R&D: [EU]/*?' : sheet.name;
        const members = rows.filter((_, i) => data.members[i]!.productTeam === team);
        expect(sheet.rows).toEqual(members.length > 0 ? [header, ...members] : [header]);
      }
    }
    const awkwardBook = await readXlsx(await teamMatrixToXlsx(awkward()), 'team.xlsx');
    expect(awkwardBook.sheets.map((s) => s.name)).toEqual([
      'Team',
      'Checkout',
      'Recommendations',
      'Supply chain',
      'R&D EU',
    ]);
  });

  it('writes formula-like text as neutralised text, never as a formula', async () => {
    const wb = await loadWithExcelJs(await teamMatrixToXlsx(awkward()));
    const team = wb.getWorksheet('Team')!;
    expect(team.getCell('A2').value).toBe('\'=HYPERLINK("x")');
    expect(team.getCell('A3').value).toBe("'+1");
    expect(team.getCell('B3').value).toBe("'-2 grade");
    expect(team.getCell('A4').value).toBe("'@x");
    expect(team.getCell('A5').value).toBe("'Line one\n=two");
    for (const address of ['A2', 'A3', 'A4', 'A5']) expect(team.getCell(address).formula).toBeUndefined();
  });

  it('freezes the header and the name column, bolds the header, filters and sizes the columns', async () => {
    const data = sample();
    const wb = await loadWithExcelJs(await teamMatrixToXlsx(data));
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
      expect(ws.getCell('A1').font?.bold).toBe(true);
      expect(ws.getCell('F1').font?.bold).toBe(true);
      expect(ws.columns.every((c) => typeof c.width === 'number' && c.width >= 8)).toBe(true);
    }
    const team = wb.getWorksheet('Team')!;
    expect(team.autoFilter).toBe(`A1:BC${data.members.length + 1}`);
    expect(team.getColumn(1).width).toBe(15); // "Diego Álvarez" and co: 13 characters + 2
  });

  it('fills level cells by level (colour-blind-safe sequential palette) and keeps the number', async () => {
    const data = sample();
    const colours = levelColours(data.framework.scale.levels.length);
    const wb = await loadWithExcelJs(await teamMatrixToXlsx(data));
    const team: Worksheet = wb.getWorksheet('Team')!;
    const { rows, allocationIds } = teamMatrixRows(data);
    const firstSkill = MATRIX_FIELDS.length + allocationIds.length;
    rows.forEach((row, r) => {
      row.slice(firstSkill).forEach((level, i) => {
        const cell = team.getCell(r + 2, firstSkill + 1 + i);
        expect(cell.value).toBe(level);
        const colour = colours[level as number]!;
        expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour.fill}` } });
        expect(cell.font?.color).toEqual({ argb: `FF${colour.text}` });
      });
    });
    // No fill on the fields nor on the time allocation.
    expect(team.getCell('E2').fill).toBeUndefined();
    expect(team.getCell(2, MATRIX_FIELDS.length + 1).value).toBe(15);
    expect((team.getCell(2, MATRIX_FIELDS.length + 1).fill as { pattern?: string } | undefined)?.pattern).not.toBe(
      'solid',
    );
  });

  it('writes "Assessed on" as a date cell shown yyyy-mm-dd, and wraps the notes', async () => {
    const wb = await loadWithExcelJs(await teamMatrixToXlsx(awkward()));
    const team = wb.getWorksheet('Team')!;
    expect(team.getCell('F1').value).toBe('Assessed on');
    expect(team.getCell('F2').value).toEqual(new Date(Date.UTC(2026, 0, 19)));
    expect(team.getCell('F2').numFmt).toBe('yyyy-mm-dd');
    expect(team.getCell('F10').value).toBeNull(); // Sam: never assessed
    expect(team.getCell('G1').value).toBe('Notes');
    expect(team.getCell('G10').value).toBe("'Line one\n\n=line three");
    expect(team.getCell('G10').alignment).toMatchObject({ wrapText: true });
    // Wide enough for the longest line of a note, not all its lines end to end.
    expect(team.getColumn(7).width).toBeLessThanOrEqual(62);
  });
});

describe('levelColours', () => {
  it('spreads YlGnBu over the scale, light to dark, with the text colour that contrasts more', () => {
    expect(levelColours(5)).toEqual([
      { fill: 'FFFFD9', text: '000000' },
      { fill: 'C7E9B4', text: '000000' },
      { fill: '41B6C4', text: '000000' },
      { fill: '225EA8', text: 'FFFFFF' },
      { fill: '081D58', text: 'FFFFFF' },
    ]);
    expect(levelColours(2).map((c) => c.fill)).toEqual(['FFFFD9', '081D58']);
    expect(levelColours(11)).toHaveLength(11);
  });
});

describe('sheetName', () => {
  it('makes names Excel accepts: no []:*?/\\, at most 31 characters, unique, not empty or "History"', () => {
    const used = new Set<string>();
    expect(sheetName('Team', used)).toBe('Team');
    expect(sheetName('team', used)).toBe('team (2)');
    expect(sheetName('TEAM', used)).toBe('TEAM (3)');
    expect(sheetName('R&D: [EU]/*?\\x', used)).toBe('R&D EU x');
    expect(sheetName("'quoted'", used)).toBe('quoted');
    expect(sheetName('', used)).toBe('Sheet');
    expect(sheetName('[]', used)).toBe('Sheet (2)');
    expect(sheetName('History', used)).toBe('History (team)');
    const long = 'Recommendations and personalisation platform';
    expect(sheetName(long, used)).toBe('Recommendations and personalisa');
    expect(sheetName(long, used)).toBe('Recommendations and persona (2)');
    for (const name of used) expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('planToXlsx', () => {
  const team = sampleTeam();
  const report = reportFor(
    { framework: builtinFramework(), organisation: team.organisation, members: team.members },
    team.scenarios,
  );
  const { analysis } = report;

  it('has Summary, Hires, Upskilling, Residual gaps, Scenarios, Scenario hires, Structure and Product teams with the report tables', async () => {
    const book = await readXlsx(await planToXlsx(report), 'plan.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Hires',
      'Upskilling',
      'Residual gaps',
      'Scenarios',
      'Scenario hires',
      'Structure',
      'Product teams',
    ]);
    const [summary, hires, upskilling, residual, scenarios, scenarioHires, structure, productTeams] = book.sheets.map(
      (s) => s.rows,
    );
    const table = (t: { header: string[]; rows: (string | number)[][] }) => [t.header, ...t.rows];

    expect(summary!.slice(0, 4)).toEqual([
      ['Item', 'Value'],
      ['Organisation', 'Northwind Retail'],
      ['Framework', `${analysis.framework.name} ${analysis.framework.version}`],
      ['Members', analysis.summary.members],
    ]);
    expect(summary!.some((row) => row[0] === 'Summary' && String(row[1]).includes('**'))).toBe(false);
    expect(summary!.filter((row) => row[0] === 'Summary').length).toBeGreaterThanOrEqual(4);

    // The sample has hires and upskilling candidates and no residual gap (the empty case is tested below).
    expect(analysis.plan.hires.length).toBeGreaterThan(0);
    expect(analysis.plan.upskilling.length).toBeGreaterThan(0);
    expect(hires).toEqual(table(hiresTable(analysis)));
    // An empty cell (no caution) reads back as no value.
    expect(upskilling).toEqual(table(upskillingTable(analysis)).map((row) => row.map((c) => (c === '' ? null : c))));
    expect(residual).toEqual([
      ['Skill', 'Short by', 'Why'],
      [EMPTY_TEXT.residual, null, null],
    ]);
    expect(scenarios).toEqual(table(scenariosTable(report)));
    expect(scenarioHires).toEqual(table(scenarioHiresTable(report)));
    expect(scenarioHires!.length).toBeGreaterThan(1);
    // Every line of structure advice with its numbers, then the article's sentences it rests on.
    const sources = structureSources(analysis);
    expect(sources.length).toBeGreaterThan(0);
    expect(structure).toEqual([
      ...table(structureTable(analysis)),
      ...sources.map((source) => ['Source (the article)', source, null]),
    ]);
    expect(productTeams).toEqual(table(productTeamsTable(analysis)));
  });

  it('freezes and bolds every header, and says so when a table is empty', async () => {
    const empty = buildReport({
      ...analysis,
      plan: { ...analysis.plan, hires: [], upskilling: [], residualGaps: [] },
    });
    const wb = await loadWithExcelJs(await planToXlsx(empty));
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1 });
      expect(ws.getCell('A1').font?.bold).toBe(true);
    }
    const book = await readXlsx(await planToXlsx(empty), 'plan.xlsx');
    expect(book.sheets[1]!.rows[1]).toEqual([EMPTY_TEXT.hires, null, null, null, null, null, null]);
    expect(book.sheets[2]!.rows[1]).toEqual([EMPTY_TEXT.upskilling, null, null, null]);
    expect(book.sheets[3]!.rows[1]).toEqual([EMPTY_TEXT.residual, null, null]);
    expect(book.sheets[4]!.rows).toEqual([
      [
        'Scenario',
        'Hires today',
        'Hires with scenario',
        'Which hires with scenario',
        'Skills with gaps',
        'Engineering work to absorb (FTE)',
        'Work left by leavers (FTE)',
      ],
      ['No what-if scenarios.', null, null, null, null, null, null],
    ]);
    expect(book.sheets[5]!.rows).toEqual([
      ['Scenario', 'Hire', 'Role', 'Product team', 'Why'],
      ['No scenario needs a hire.', null, null, null, null],
    ]);
  });

  it('lists residual gaps, and formula-like text survives the round trip', async () => {
    const withGaps = buildReport({
      ...analysis,
      plan: {
        ...analysis.plan,
        residualGaps: [
          { skillId: 'engineering-load', name: '-Engineering load', gap: 2, reason: '=No role absorbs it' },
        ],
      },
    });
    const wb = await loadWithExcelJs(await planToXlsx(withGaps));
    expect(wb.getWorksheet('Residual gaps')!.getCell('A2').value).toBe("'-Engineering load");
    const book = await readXlsx(await planToXlsx(withGaps), 'plan.xlsx');
    expect(book.sheets[3]!.rows).toEqual([
      ['Skill', 'Short by', 'Why'],
      ['-Engineering load', 2, '=No role absorbs it'],
    ]);
  });
});

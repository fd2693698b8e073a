import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { initialData, type AppData } from '@shared/data';
import type { Member } from '@shared/domain';
import { detectLayout } from '@shared/interchange/layout';
import { buildPreview } from '@shared/interchange/preview';
import { readCsv } from '@shared/interchange/read-csv';
import { readXlsx } from '@shared/interchange/read-xlsx';
import type { RawSheet } from '@shared/interchange/types';
import { teamMatrixToCsv, teamMatrixToXlsx } from '@shared/interchange/write-matrix';
import { matrixTemplateToXlsx } from '@shared/interchange/write-template';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/*
 * The team-matrix exports and the blank matrix import back with no mapping at all: the
 * detected layout alone gives the same people, roles, dates, notes, time allocation and levels.
 */

const framework = builtinFramework();

/** The sample with what a round trip must carry: someone with no framework role and multi-line notes with a formula-like line. */
function team(): AppData {
  const data = initialData(sampleTeam(), framework);
  const [first, ...rest] = data.members;
  const { 'data-preparation': _notAssessed, ...levels } = first!.levels;
  return {
    ...data,
    members: [
      { ...first!, name: '=Ana "Lima"', levels },
      ...rest,
      {
        id: 'sam-okafor',
        name: 'Sam Okafor',
        title: 'Platform engineer',
        role: 'other',
        productTeam: 'Checkout',
        fte: 0.5,
        levels: { python: 3, 'data-pipelines': 0 },
        allocation: { 'data-pipelines': 40, 'data-modelling': 12.5 },
        notes: 'Line one\n\n=line three',
        assessedOn: '2026-03-31',
      },
    ],
  };
}

const stored = (m: Member) => ({
  name: m.name,
  title: m.title,
  role: m.role,
  productTeam: m.productTeam,
  fte: m.fte,
  levels: m.levels,
  allocation: m.allocation,
  notes: m.notes,
  assessedOn: m.assessedOn,
});

function imported(sheet: RawSheet, fileName: string): Member[] {
  const layout = detectLayout(sheet, framework, { fileName });
  const preview = buildPreview(sheet, layout, framework, {
    existing: [],
    fileName,
  });
  expect(preview.errors).toEqual([]);
  return preview.members;
}

describe('the team-matrix exports import back with no mapping', () => {
  it('CSV and XLSX give the same team: roles ("other" too), dates, notes, allocation, levels', async () => {
    const data = team();
    const csv = readCsv(new TextEncoder().encode(teamMatrixToCsv(data)), 'team.csv').sheets[0]!;
    const xlsx = (await readXlsx(await teamMatrixToXlsx(data), 'team.xlsx')).sheets[0]!;
    for (const [sheet, name] of [
      [csv, 'team.csv'],
      [xlsx, 'team.xlsx'],
    ] as const) {
      expect(imported(sheet, name).map(stored), name).toEqual(data.members.map(stored));
    }
  });
});

describe('the blank matrix', () => {
  it("filled in with the drop-downs' values, imports with no mapping", async () => {
    const wb = new Workbook();
    await wb.xlsx.load((await matrixTemplateToXlsx(framework)) as never);
    const ws = wb.getWorksheet('Team')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const set = (row: number, column: string, value: string | number | Date) => {
      ws.getCell(row, header.indexOf(column) + 1).value = value;
    };
    set(2, 'Name', 'Ada Quinn');
    set(2, 'Role', 'Data engineer');
    set(2, 'Product team', 'Checkout');
    set(2, 'FTE', 1);
    set(2, 'Assessed on', new Date(Date.UTC(2026, 2, 31)));
    set(2, 'Notes', 'Owns the warehouse.\nOn call in March.');
    set(2, 'Data pipelines (ETL) %', 60);
    set(2, 'Data pipelines (ETL)', 'Practitioner');
    set(2, 'Python', 'Not assessed');
    set(2, 'SQL', 'Expert');
    set(3, 'Name', 'Sam Okafor');
    set(3, 'Title', 'Platform engineer');
    set(3, 'Role', 'Other (no framework role)');
    set(3, 'FTE', 0.5);
    set(3, 'Python', 'None');
    const book = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'filled.xlsx');
    const [ada, sam] = imported(book.sheets[0]!, 'filled.xlsx');
    expect(ada).toMatchObject({
      name: 'Ada Quinn',
      role: 'data-engineer',
      productTeam: 'Checkout',
      fte: 1,
      assessedOn: '2026-03-31',
      notes: 'Owns the warehouse.\nOn call in March.',
      allocation: { 'data-pipelines': 60 },
      levels: { 'data-pipelines': 3, sql: 4 },
    });
    expect(ada!.levels).not.toHaveProperty('python');
    expect(sam).toMatchObject({
      name: 'Sam Okafor',
      title: 'Platform engineer',
      role: 'other',
      fte: 0.5,
      levels: { python: 0 },
    });
  });
});

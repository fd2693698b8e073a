import { describe, expect, it } from 'vitest';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { InterchangeError } from '@shared/interchange/types';
import { inlineString as str, workbookEntries, worksheetXml, zipBytes } from '../../support/xlsx-bytes';

/* Merged ranges: read from each worksheet part, matched to its sheet by name, spread over the cells they cover. */

const people = ['Ana', 'Bo', 'Cy', 'Di'];
/** Name, role, team: the role and team given only in the first row of each group. */
const teamRows = () =>
  `<row r="1">${str('A1', 'Name')}${str('B1', 'Role')}${str('C1', 'Product team')}</row>` +
  people
    .map((name, i) => {
      const r = i + 2;
      const groupStart = i % 2 === 0;
      return `<row r="${r}">${str(`A${r}`, name)}${groupStart ? str(`B${r}`, i ? 'Data engineer' : 'Data scientist') + str(`C${r}`, i ? 'Search' : 'Checkout') : ''}</row>`;
    })
    .join('');

const EXPECTED = [
  ['Name', 'Role', 'Product team'],
  ['Ana', 'Data scientist', 'Checkout'],
  ['Bo', 'Data scientist', 'Checkout'],
  ['Cy', 'Data engineer', 'Search'],
  ['Di', 'Data engineer', 'Search'],
];

describe('readXlsx: merged ranges', () => {
  it('a role and a team merged down over their people apply to each of them, on the right sheet', async () => {
    const merges =
      '<mergeCells count="4"><mergeCell ref="B2:B3"/><mergeCell ref="C2:C3"/><mergeCell ref="B4:B5"/><mergeCell ref="C4:C5"/></mergeCells>';
    const bytes = zipBytes(
      workbookEntries([
        { name: 'Notes & lists', xml: worksheetXml(`<row r="1">${str('A1', 'x')}</row><row r="2"/>`) },
        { name: 'Team', xml: worksheetXml(teamRows(), merges) },
      ]),
    );
    const book = await readXlsx(bytes, 'team.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['Notes & lists', 'Team']);
    expect(book.sheets[0]!.rows).toEqual([['x']]);
    expect(book.sheets[1]!.rows).toEqual(EXPECTED);
  });

  it('reads merges written with a namespace prefix', async () => {
    const xml = worksheetXml(
      teamRows(),
      '<x:mergeCells xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2"><x:mergeCell ref="B2:C3"/><x:mergeCell ref="B4:C5"/></x:mergeCells>',
    );
    const book = await readXlsx(zipBytes(workbookEntries([{ name: 'Team', xml }], true)), 'team.xlsx');
    expect(book.sheets[0]!.rows.slice(1).map((row) => row.slice(1))).toEqual([
      ['Data scientist', 'Data scientist'],
      ['Data scientist', 'Data scientist'],
      ['Data engineer', 'Data engineer'],
      ['Data engineer', 'Data engineer'],
    ]);
  });

  it('refuses two merged ranges that share a cell, naming the place', async () => {
    const merges = '<mergeCells count="2"><mergeCell ref="B2:B4"/><mergeCell ref="B4:C5"/></mergeCells>';
    const bytes = zipBytes(workbookEntries([{ name: 'Team', xml: worksheetXml(teamRows(), merges) }]));
    const error = await readXlsx(bytes, 'team.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InterchangeError);
    expect((error as InterchangeError).message).toBe(
      'team.xlsx: sheet "Team", row 4, column B: the sheet is damaged (two merged ranges share a cell)',
    );
  });

  it('ignores refs that are not ranges', async () => {
    const merges = '<mergeCells><mergeCell ref="B2"/><mergeCell ref="nonsense"/><mergeCell/></mergeCells>';
    const bytes = zipBytes(workbookEntries([{ name: 'Team', xml: worksheetXml(teamRows(), merges) }]));
    const rows = (await readXlsx(bytes, 'team.xlsx')).sheets[0]!.rows;
    expect(rows[2]).toEqual(['Bo', null, null]);
  });
});

import { Workbook } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { InterchangeError, type RawCell } from '@shared/interchange/types';
import { handMadeXlsx, inlineString, numberCell, zipBytes } from '../../support/xlsx-bytes';

/* ---------- fixtures built in code ---------- */

const toBytes = async (wb: Workbook): Promise<Uint8Array> => new Uint8Array(await wb.xlsx.writeBuffer());

/** A manager's workbook with the usual untidiness: a title, merged headers, formats, formulas. */
async function messyWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Skills 2024');
  ws.getCell('A1').value = 'Data team skills';
  ws.mergeCells('A1:G1');
  // Row 2 empty; a two-row header: "Skills" merged over the skill columns.
  ws.getCell('D3').value = 'Skills';
  ws.mergeCells('D3:F3');
  ws.getRow(4).values = ['Name', 'Role', 'FTE', 'Python', 'SQL', 'Spark', 'Assessed', 'Cost'];
  ws.getRow(5).values = [
    { richText: [{ text: 'Ana ' }, { font: { bold: true }, text: 'Lima' }] },
    { text: 'Data scientist', hyperlink: 'https://example.invalid/roles/ds' },
    0.8,
    3,
    { formula: 'D5+1', result: 4 },
    { error: '#N/A' },
    new Date(Date.UTC(2024, 2, 5)),
    1234.5,
  ];
  ws.getCell('C5').numFmt = '0%';
  ws.getCell('D5').numFmt = '0.00';
  ws.getCell('H5').numFmt = '"€"#,##0.00';
  ws.getRow(6).values = [
    '  Bo  ',
    "'=SUM(1)",
    1,
    { formula: 'D5*2' },
    true,
    '   ',
    { formula: 'NA()', result: { error: '#N/A' } },
  ];
  ws.getCell('D6').numFmt = '0.00';
  // A name merged over two rows: the value only in the top cell.
  ws.getCell('A7').value = 'Cy';
  ws.mergeCells('A7:A8');
  ws.getCell('B7').value = { formula: 'TODAY()', result: new Date(Date.UTC(2023, 11, 31)) };
  ws.getCell('B7').numFmt = 'yyyy-mm-dd';
  ws.getCell('B8').value = { sharedFormula: 'E5', result: 'shared text' } as never;

  const hidden = wb.addWorksheet('Lists', { state: 'hidden' });
  hidden.getCell('A1').value = 'Expert';
  const veryHidden = wb.addWorksheet('Secret', { state: 'veryHidden' });
  veryHidden.getCell('A1').value = 'x';
  const other = wb.addWorksheet('Other');
  other.getCell('B2').value = '+1';
  return toBytes(wb);
}

const MESSY_ROWS: RawCell[][] = [
  [
    'Data team skills',
    'Data team skills',
    'Data team skills',
    'Data team skills',
    'Data team skills',
    'Data team skills',
    'Data team skills',
    null,
  ],
  [null, null, null, null, null, null, null, null],
  [null, null, null, 'Skills', 'Skills', 'Skills', null, null],
  ['Name', 'Role', 'FTE', 'Python', 'SQL', 'Spark', 'Assessed', 'Cost'],
  ['Ana Lima', 'Data scientist', 0.8, 3, 4, null, '2024-03-05', 1234.5],
  ['Bo', '=SUM(1)', 1, null, true, null, null, null],
  ['Cy', '2023-12-31', null, null, null, null, null, null],
  ['Cy', 'shared text', null, null, null, null, null, null],
];

const zip = zipBytes;
const str = inlineString;
const num = numberCell;

/** The InterchangeError a promise rejects with. */
async function errorOf(promise: Promise<unknown>): Promise<InterchangeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InterchangeError);
    return error as InterchangeError;
  }
  throw new Error('expected an InterchangeError, nothing was thrown');
}

/* ---------- tests ---------- */

describe('readXlsx: cells', () => {
  let messy: Uint8Array;
  beforeAll(async () => {
    messy = await messyWorkbook();
  });

  it('reads every visible sheet (hidden ones skipped) with values as documented', async () => {
    const book = await readXlsx(messy, 'C:\\Teams\\skills.xlsx');
    expect(book.fileName).toBe('skills.xlsx');
    expect(book.format).toBe('xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['Skills 2024', 'Other']);
    expect(book.sheets[0]!.rows).toEqual(MESSY_ROWS);
    // A leading empty row and column are kept so that rows[i] is row i + 1 and columns hold their place.
    expect(book.sheets[1]!.rows).toEqual([
      [null, null],
      [null, '+1'],
    ]);
  });

  it('reports progress per ~1,000 rows, then once at the end', async () => {
    const calls: [number, number][] = [];
    await readXlsx(messy, 'skills.xlsx', (done, total) => calls.push([done, total]));
    expect(calls).toEqual([[10, 10]]);
  });

  it("copies a merged range's value into every cell it covers", async () => {
    const bytes = handMadeXlsx(
      `<row r="1">${str('A1', 'Skills')}<c r="B1"/><c r="C1"/></row><row r="2">${str('A2', 'Ana')}${num('B2', 3)}${num('C2', 2)}</row>`,
      '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
    );
    expect((await readXlsx(bytes, 'm.xlsx')).sheets[0]!.rows).toEqual([
      ['Skills', 'Skills', 'Skills'],
      ['Ana', 3, 2],
    ]);
  });

  it('a covered cell that still holds a value in the file (LibreOffice\'s "keep contents") shows the top-left value', async () => {
    const bytes = handMadeXlsx(
      `<row r="1">${str('A1', 'Skills')}${str('B1', 'hidden')}</row>`,
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
    );
    expect((await readXlsx(bytes, 'm.xlsx')).sheets[0]!.rows).toEqual([['Skills', 'Skills']]);
  });

  it('a merged range over the whole sheet fills only the data it covers', async () => {
    const bytes = handMadeXlsx(
      `<row r="1">${str('A1', 'all')}</row><row r="3">${str('C3', 'x')}</row>`,
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    );
    expect((await readXlsx(bytes, 'm.xlsx')).sheets[0]!.rows).toEqual([
      ['all', 'all', 'all'],
      ['all', 'all', 'all'],
      ['all', 'all', 'all'],
    ]);
  });

  it('reads numbers stored as text as text, and a header that is not on row 1', async () => {
    const bytes = handMadeXlsx(
      `<row r="3">${str('B3', 'Name')}${str('C3', 'SQL')}</row><row r="4">${str('B4', 'Ana')}${str('C4', '3')}</row>`,
    );
    expect((await readXlsx(bytes, 'h.xlsx')).sheets[0]!.rows).toEqual([
      [null, null, null],
      [null, null, null],
      [null, 'Name', 'SQL'],
      [null, 'Ana', '3'],
    ]);
  });

  it('reads 10,000 rows with progress every 1,000', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Team');
    ws.addRow(['Name', 'Role', 'Product team', 'FTE', 'Python', 'SQL', 'Spark', 'Airflow']);
    for (let i = 1; i <= 10_000; i++) {
      ws.addRow([
        `Person ${i}`,
        i % 2 ? 'Data scientist' : 'Data engineer',
        'Checkout',
        1,
        i % 5,
        (i + 1) % 5,
        (i + 2) % 5,
        null,
      ]);
    }
    const bytes = await toBytes(wb);
    const calls: number[] = [];
    const book = await readXlsx(bytes, 'big.xlsx', (done, total) => {
      expect(total).toBe(10_001);
      calls.push(done);
    });
    expect(calls).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 10001]);
    const rows = book.sheets[0]!.rows;
    expect(rows).toHaveLength(10_001);
    expect(rows[0]).toEqual(['Name', 'Role', 'Product team', 'FTE', 'Python', 'SQL', 'Spark', 'Airflow']);
    expect(rows[10_000]).toEqual(['Person 10000', 'Data engineer', 'Checkout', 1, 0, 1, 2, null]);
  }, 30_000);
});

describe('readXlsx: files it refuses', () => {
  const messages = async (bytes: Uint8Array, name = 'team.xlsx') => (await errorOf(readXlsx(bytes, name))).message;

  it('random bytes, CSV text and an empty file', async () => {
    expect(await messages(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toBe(
      'team.xlsx: not an Excel workbook (.xlsx)',
    );
    expect(await messages(new TextEncoder().encode('Name,SQL\nAna,3\n'), 'team.xlsx')).toBe(
      'team.xlsx: not an Excel workbook (.xlsx)',
    );
    expect(await messages(new Uint8Array(0))).toBe('team.xlsx: the file is empty');
  });

  it('a zip that is not a workbook (.docx, .ods, .xlsb)', async () => {
    expect(await messages(zip([{ name: 'word/document.xml', content: '<w/>' }]))).toBe(
      'team.xlsx: not an Excel workbook (.xlsx): the zip archive has no xl/workbook.xml',
    );
    expect(
      await messages(
        zip([
          { name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet' },
          { name: 'content.xml', content: '<x/>' },
        ]),
      ),
    ).toBe('team.xlsx: not an Excel workbook (.xlsx): this is an OpenDocument spreadsheet (.ods); save it as .xlsx');
    expect(await messages(zip([{ name: 'xl/workbook.bin', content: 'x' }]))).toBe(
      'team.xlsx: not an Excel workbook (.xlsx): this is an Excel binary workbook (.xlsb); save it as .xlsx',
    );
  });

  it('a truncated workbook', async () => {
    const bytes = await messyWorkbook();
    expect(await messages(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe(
      'team.xlsx: the workbook is damaged or incomplete (its zip archive is cut short)',
    );
    expect(await messages(bytes.subarray(0, bytes.length - 10))).toBe(
      'team.xlsx: the workbook is damaged or incomplete (its zip archive is cut short)',
    );
  });

  it('a password-protected workbook (an OLE compound file holding an EncryptedPackage stream)', async () => {
    const name = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(name, 1024);
    expect(await messages(cfb)).toBe(
      'team.xlsx: the workbook is password-protected; save a copy without the password and import that',
    );
    // A zip with encrypted entries too.
    expect(await messages(zip([{ name: 'xl/workbook.xml', content: 'x', flags: 1 }]))).toBe(
      'team.xlsx: the workbook is password-protected; save a copy without the password and import that',
    );
  });

  it('an old .xls workbook', async () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await messages(cfb, 'old.xls')).toBe(
      'old.xls: not an Excel workbook (.xlsx): this is an old Excel 97–2003 workbook (.xls) or another Office file; save it as .xlsx',
    );
  });

  it('a workbook whose parts are damaged', async () => {
    const error = await errorOf(
      readXlsx(handMadeXlsx('', '', '<worksheet><sheetData><row r="1"><c r="A1"'), 'bad.xlsx'),
    );
    expect(error.message).toBe('bad.xlsx: the workbook is damaged and cannot be read');
    expect(error.problem.where).toBeUndefined();
  });

  it("a row past Excel's last row", async () => {
    const bytes = handMadeXlsx(
      `<row r="1">${str('A1', 'a')}</row><row r="900000000">${str('A900000000', 'far')}</row>`,
    );
    const error = await errorOf(readXlsx(bytes, 'far.xlsx'));
    expect(error.message).toBe(
      'far.xlsx: sheet "Sheet1": the sheet is damaged (a row past Excel\'s last row, 1048576)',
    );
  });

  it('a sheet that would be absurdly large once padded (one stray far-away cell)', async () => {
    const bytes = handMadeXlsx(`<row r="1">${str('A1', 'a')}</row><row r="1000000">${str('Z1000000', 'far')}</row>`);
    expect(await messages(bytes)).toBe(
      'team.xlsx: sheet "Sheet1": the sheet is too large to import (1000000 rows × 26 columns; at most 10,000,000 cells)',
    );
  });

  it('a workbook with no data, and one with every sheet hidden', async () => {
    const empty = new Workbook();
    empty.addWorksheet('Sheet1');
    expect(await messages(await toBytes(empty))).toBe('team.xlsx: the workbook is empty');
    const hidden = new Workbook();
    hidden.addWorksheet('Only', { state: 'hidden' }).getCell('A1').value = 'x';
    expect(await messages(await toBytes(hidden))).toBe('team.xlsx: every sheet of the workbook is hidden');
  });

  it('a file over 50 MB, and a zip that says it would unpack to more than 140 MB', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await messages(big)).toBe('team.xlsx: the file is too large (50.1 MB; the limit is 50 MB)');
    const bomb = zip([
      { name: 'xl/workbook.xml', content: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', content: '<worksheet/>', declaredSize: 600 * 1024 * 1024 },
    ]);
    expect(await messages(bomb)).toBe(
      'team.xlsx: the workbook is too large to import (600.1 MB uncompressed; the limit is 140 MB)',
    );
  });
});

import { Workbook } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { InterchangeError, type RawCell } from '@shared/interchange/types';

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
  ['Data team skills', null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null],
  [null, null, null, 'Skills', null, null, null, null],
  ['Name', 'Role', 'FTE', 'Python', 'SQL', 'Spark', 'Assessed', 'Cost'],
  ['Ana Lima', 'Data scientist', 0.8, 3, 4, null, '2024-03-05', 1234.5],
  ['Bo', '=SUM(1)', 1, null, true, null, null, null],
  ['Cy', '2023-12-31', null, null, null, null, null, null],
  [null, 'shared text', null, null, null, null, null, null],
];

/* A zip writer (stored entries) for hand-made containers: enough to test what exceljs never writes. */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

interface ZipEntry {
  name: string;
  content: string;
  /** Overrides what the central directory says about the entry. */
  declaredSize?: number;
  flags?: number;
}

function zip(entries: ZipEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = enc.encode(entry.name);
    const data = enc.encode(entry.content);
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, entry.flags ?? 0, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, entry.flags ?? 0, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, entry.declaredSize ?? data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let p = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

const NS = 'http://schemas.openxmlformats.org';

/** A minimal .xlsx written by hand: one sheet with the given sheetData rows and extra worksheet XML. */
function handMadeXlsx(sheetData: string, extra = '', sheetXml?: string): Uint8Array {
  return zip([
    {
      name: '[Content_Types].xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      content:
        sheetXml ??
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${extra}</worksheet>`,
    },
  ]);
}

const str = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

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

  it('keeps a value that a merged range covers only in its top-left cell', async () => {
    const bytes = handMadeXlsx(
      `<row r="1">${str('A1', 'Skills')}<c r="B1"/><c r="C1"/></row><row r="2">${str('A2', 'Ana')}${num('B2', 3)}${num('C2', 2)}</row>`,
      '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
    );
    expect((await readXlsx(bytes, 'm.xlsx')).sheets[0]!.rows).toEqual([
      ['Skills', null, null],
      ['Ana', 3, 2],
    ]);
  });

  it('a covered cell that still holds a value in the file (LibreOffice\'s "keep contents") keeps it', async () => {
    const bytes = handMadeXlsx(
      `<row r="1">${str('A1', 'Skills')}${str('B1', 'hidden')}</row>`,
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
    );
    expect((await readXlsx(bytes, 'm.xlsx')).sheets[0]!.rows).toEqual([['Skills', 'hidden']]);
  });

  it('a merged range over the whole sheet is read at once (no cell-by-cell expansion)', async () => {
    const bytes = handMadeXlsx(
      `<row r="1">${str('A1', 'all')}</row>`,
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    );
    expect((await readXlsx(bytes, 'm.xlsx')).sheets[0]!.rows).toEqual([['all']]);
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
    expect(error.message.startsWith('bad.xlsx: the workbook is damaged and cannot be read (')).toBe(true);
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

  it('a file over 50 MB, and a zip that would unpack to more than 500 MB', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await messages(big)).toBe('team.xlsx: the file is too large (50.1 MB; the limit is 50 MB)');
    const bomb = zip([
      { name: 'xl/workbook.xml', content: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', content: '<worksheet/>', declaredSize: 600 * 1024 * 1024 },
    ]);
    expect(await messages(bomb)).toBe(
      'team.xlsx: the workbook is too large to import (600.1 MB uncompressed; the limit is 500 MB)',
    );
  });
});

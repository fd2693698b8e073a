import { describe, expect, it } from 'vitest';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { InterchangeError } from '@shared/interchange/types';
import { MAX_UNCOMPRESSED_BYTES, MAX_WORKBOOK_CELLS } from '@shared/interchange/zip-limits';
import {
  type HandZipEntry,
  inlineString,
  numberCell,
  workbookEntries,
  worksheetXml,
  zipBytes,
} from '../../support/xlsx-bytes';

/*
 * The limits hold whatever the zip's records say: zip64 or not, sizes that lie, cells too
 * small to weigh anything in bytes.
 */

const MB = 1024 * 1024;

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(bytes, 'team.xlsx');
  } catch (error) {
    expect(error).toBeInstanceOf(InterchangeError);
    return (error as InterchangeError).message;
  }
  throw new Error('expected the workbook to be refused');
}

const rows = `<row r="1">${inlineString('A1', 'Name')}${inlineString('B1', 'SQL')}</row><row r="2">${inlineString('A2', 'Ana')}${numberCell('B2', 3)}</row>`;
const smallSheet = { name: 'Team', xml: worksheetXml(rows) };

/** A worksheet part of `bytes` bytes: the XML head and tail around repeated `unit`s. */
function bombSheet(unit: string, bytes: number, declaredSize?: (size: number) => number) {
  const head = worksheetXml('').replace('</sheetData></worksheet>', '');
  const tail = '</sheetData></worksheet>';
  const times = Math.floor((bytes - head.length - tail.length) / unit.length);
  const size = head.length + tail.length + unit.length * times;
  return {
    name: 'Team',
    xml: { before: head, unit, times, after: tail },
    ...(declaredSize ? { declaredSize: declaredSize(size) } : {}),
  };
}

const DAMAGED_SIZE =
  'team.xlsx: the workbook is damaged (a part of it unpacks to a different size than its zip directory says)';

describe('readXlsx: zip64 archives', () => {
  it('reads a workbook whose zip uses zip64 records', async () => {
    const book = await readXlsx(zipBytes(workbookEntries([smallSheet], true), { zip64: true }), 'team.xlsx');
    expect(book.sheets[0]!.rows).toEqual([
      ['Name', 'SQL'],
      ['Ana', 3],
    ]);
  });

  it('refuses a zip64 workbook that says it unpacks past the limit', async () => {
    const bytes = zipBytes(workbookEntries([bombSheet('<row><c/></row>', 505 * MB)], true), { zip64: true });
    expect(bytes.length).toBeLessThan(2 * MB);
    expect(await refusal(bytes)).toBe(
      'team.xlsx: the workbook is too large to import (505.1 MB uncompressed; the limit is 140 MB)',
    );
  });

  it('refuses a zip64 workbook that unpacks past the limit while saying it is small', async () => {
    const bytes = zipBytes(workbookEntries([bombSheet('<row><c/></row>', 505 * MB, () => 100_000)], true), {
      zip64: true,
    });
    expect(await refusal(bytes)).toBe(DAMAGED_SIZE);
  });

  it('refuses a zip64 end record without its locator', async () => {
    const bytes = zipBytes(workbookEntries([smallSheet]), { zip64: true });
    const end = bytes.length - 22;
    const broken = new Uint8Array(bytes);
    broken.fill(0, end - 20, end); // the locator's bytes
    expect(await refusal(broken)).toBe('team.xlsx: the workbook is damaged (its zip directory is broken)');
  });
});

describe('readXlsx: sizes that lie', () => {
  it('refuses a part that unpacks to more than it declares (a zip bomb in ordinary records)', async () => {
    const bytes = zipBytes(workbookEntries([bombSheet('<row><c/></row>', 505 * MB, () => 1000)], true));
    expect(await refusal(bytes)).toBe(DAMAGED_SIZE);
  });

  it('refuses a part that unpacks to less than it declares, deflated or stored', async () => {
    const declared = (size: number) => size + 10;
    expect(await refusal(zipBytes(workbookEntries([bombSheet('<row><c/></row>', 10_000, declared)], true)))).toBe(
      DAMAGED_SIZE,
    );
    expect(
      await refusal(zipBytes(workbookEntries([{ ...smallSheet, declaredSize: smallSheet.xml.length + 10 }]))),
    ).toBe(DAMAGED_SIZE);
  });

  it('refuses a part whose total declared size is just past the limit', async () => {
    const bytes = zipBytes(
      workbookEntries([bombSheet('<row><c/></row>', 10_000, () => MAX_UNCOMPRESSED_BYTES + 1)], true),
    );
    expect(await refusal(bytes)).toMatch(
      /^team\.xlsx: the workbook is too large to import \(140(\.1)? MB uncompressed/,
    );
  });

  it('refuses compressed data that cannot be unpacked, and an unknown compression method', async () => {
    const entries = workbookEntries([smallSheet], true);
    const bytes = zipBytes(entries);
    const sheetAt = Buffer.from(bytes).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    const garbled = new Uint8Array(bytes);
    garbled.fill(0xff, sheetAt, sheetAt + 8);
    expect(await refusal(garbled)).toBe('team.xlsx: the workbook is damaged (a part of it cannot be unpacked)');

    const unknownMethod = new Uint8Array(bytes);
    const directory = Buffer.from(bytes).lastIndexOf('xl/worksheets/sheet1.xml') - 46;
    new DataView(unknownMethod.buffer).setUint16(directory + 10, 14, true); // LZMA
    expect(await refusal(unknownMethod)).toBe(
      'team.xlsx: the workbook is damaged (a part of it is compressed in a way spreadsheet programs do not use)',
    );
  });

  it('checks every entry, also one exceljs never opens', async () => {
    const extra: HandZipEntry = { name: 'xl/media/big.bin', content: 'x'.repeat(100), declaredSize: 10 };
    expect(await refusal(zipBytes([...workbookEntries([smallSheet]), extra]))).toBe(DAMAGED_SIZE);
  });
});

describe('readXlsx: cells too many for their bytes', () => {
  it(`refuses more than ${MAX_WORKBOOK_CELLS.toLocaleString('en')} cells across the sheets, naming the sheet where the count passed it`, async () => {
    const half = Math.floor(MAX_WORKBOOK_CELLS / 2) + 1;
    const sheet = (name: string, cell: string) => {
      const { xml } = bombSheet(cell, 0);
      return { name, xml: { ...xml, times: half } };
    };
    const bytes = zipBytes(workbookEntries([sheet('First', '<c/>'), sheet('Second', '<x:c r="A1"/>')], true));
    expect(await refusal(bytes)).toBe(
      `team.xlsx: sheet "Second": the workbook is too large to import (more than ${MAX_WORKBOOK_CELLS.toLocaleString('en')} cells)`,
    );
  });
});

import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '@shared/interchange/read-csv';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { InterchangeError, type RawWorkbook } from '@shared/interchange/types';
import { teamMatrixToCsv } from '@shared/interchange/write-matrix';
import { initialData } from '@shared/data';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/*
 * Malformed files of every kind: each read either returns a well-formed RawWorkbook or
 * throws an InterchangeError — never another exception, never a hang (the test timeout).
 */

const RUNS = 1000;

/** A RawWorkbook as the contract promises it: rectangular sheets of trimmed text, numbers, booleans, nulls. */
function expectWellFormed(book: RawWorkbook, format: 'csv' | 'xlsx'): void {
  expect(book.format).toBe(format);
  for (const sheet of book.sheets) {
    expect(typeof sheet.name).toBe('string');
    const width = sheet.rows[0]?.length ?? 0;
    for (const row of sheet.rows) {
      expect(row.length).toBe(width);
      for (const cell of row) {
        if (typeof cell === 'string') expect(cell !== '' && cell === cell.trim()).toBe(true);
        else if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
        else if (cell !== null) expect(typeof cell).toBe('boolean');
      }
    }
  }
}

const readsOrRefusesCsv = (input: Uint8Array | string): void => {
  let book: RawWorkbook;
  try {
    book = readCsv(input, 'fuzz.csv');
  } catch (error) {
    if (!(error instanceof InterchangeError)) throw error;
    expect(error.problem.fileName).toBe('fuzz.csv');
    return;
  }
  expectWellFormed(book, 'csv');
  expect(book.sheets).toHaveLength(1);
};

const readsOrRefusesXlsx = async (bytes: Uint8Array): Promise<void> => {
  let book: RawWorkbook;
  try {
    book = await readXlsx(bytes, 'fuzz.xlsx');
  } catch (error) {
    if (!(error instanceof InterchangeError)) throw error;
    expect(error.problem.fileName).toBe('fuzz.xlsx');
    return;
  }
  expectWellFormed(book, 'xlsx');
};

const edit = (kinds: string[]) =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    at: fc.noBias(fc.nat({ max: 1_000_000 })),
    byte: fc.integer({ min: 0, max: 255 }),
  });

/** Byte edits at positions uniform over the file: overwrites, inserts and deletes (which move every offset after them). */
const edits = fc.array(edit(['set', 'set', 'insert', 'delete']), { minLength: 1, maxLength: 8 });

/** Overwrites only: the zip's offsets hold, so the edits reach the XML of a stored workbook. */
const overwrites = fc.array(edit(['set']), { minLength: 1, maxLength: 8 });

function mutate(bytes: Uint8Array, changes: { kind: string; at: number; byte: number }[]): Uint8Array {
  const out = Array.from(bytes);
  for (const change of changes) {
    const at = out.length === 0 ? 0 : change.at % out.length;
    if (change.kind === 'set' && out.length > 0) out[at] = change.byte;
    else if (change.kind === 'insert') out.splice(at, 0, change.byte);
    else out.splice(at, 1);
  }
  return new Uint8Array(out);
}

const sampleData = initialData(sampleTeam(), builtinFramework());
/** The sample as CSV, with a name that needs quotes (a delimiter, quotes, a line break, a formula trigger). */
const sampleCsv = new TextEncoder().encode(
  teamMatrixToCsv({
    ...sampleData,
    members: sampleData.members.map((m, i) => (i === 2 ? { ...m, name: 'Chen, "Mei"\n=x' } : m)),
  }),
);

describe('readCsv on malformed input', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), readsOrRefusesCsv), { numRuns: RUNS });
  });

  it('a valid file truncated at a random offset', () => {
    fc.assert(
      fc.property(fc.noBias(fc.nat({ max: sampleCsv.length })), (end) => readsOrRefusesCsv(sampleCsv.subarray(0, end))),
      { numRuns: RUNS },
    );
  });

  it('a valid file with random byte edits', () => {
    fc.assert(
      fc.property(edits, (changes) => readsOrRefusesCsv(mutate(sampleCsv, changes))),
      { numRuns: RUNS },
    );
  });

  it('random text of delimiters, quotes, line breaks and formula triggers', () => {
    const unit = fc.constantFrom(
      ',',
      ';',
      '\t',
      '"',
      "'",
      '\n',
      '\r',
      '\r\n',
      'a',
      '3',
      ' ',
      '=',
      '-',
      'é',
      '🚀',
      'sep=;\n',
      '\u0000',
      '\uFEFF',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), fc.boolean(), (text, asBytes) =>
        readsOrRefusesCsv(asBytes ? new TextEncoder().encode(text) : text),
      ),
      { numRuns: RUNS },
    );
  });
});

describe('readXlsx on malformed input', () => {
  let deflated: Uint8Array;
  let stored: Uint8Array;

  beforeAll(async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Team');
    ws.addRow(['Name', 'Role', 'FTE', 'Python', 'SQL']);
    ws.addRow([
      { richText: [{ text: 'Ana ' }, { text: 'Lima' }] },
      'Data scientist',
      0.8,
      3,
      { formula: 'D2+1', result: 4 },
    ]);
    ws.addRow([
      "'=SUM(1)",
      { text: 'DE', hyperlink: 'https://x.invalid' },
      1,
      new Date(Date.UTC(2024, 0, 2)),
      { error: '#N/A' },
    ]);
    ws.mergeCells('A4:B4');
    ws.getCell('A4').value = 'merged';
    wb.addWorksheet('Hidden', { state: 'hidden' }).getCell('A1').value = 'x';
    deflated = new Uint8Array(await wb.xlsx.writeBuffer());
    // Stored (uncompressed) entries, so that byte edits land in the XML itself.
    stored = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
    await readsOrRefusesXlsx(deflated);
    expect((await readXlsx(stored, 'ok.xlsx')).sheets[0]!.rows[1]).toEqual(['Ana Lima', 'Data scientist', 0.8, 3, 4]);
  });

  it('random bytes, with and without a zip signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (bytes, zipLike) => {
        if (zipLike && bytes.length >= 4) bytes.set([0x50, 0x4b, 0x03, 0x04]);
        await readsOrRefusesXlsx(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it('a valid workbook truncated at a random offset', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.noBias(fc.nat({ max: 1_000_000 })), async (useStored, cut) => {
        const bytes = useStored ? stored : deflated;
        await readsOrRefusesXlsx(bytes.subarray(0, cut % (bytes.length + 1)));
      }),
      { numRuns: RUNS },
    );
  });

  it('a valid workbook with random byte edits (compressed and stored)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), edits, async (useStored, changes) => {
        await readsOrRefusesXlsx(mutate(useStored ? stored : deflated, changes));
      }),
      { numRuns: RUNS },
    );
  });

  it('a stored workbook with random bytes overwritten (edits inside the XML)', async () => {
    await fc.assert(
      fc.asyncProperty(overwrites, async (changes) => {
        await readsOrRefusesXlsx(mutate(stored, changes));
      }),
      { numRuns: RUNS },
    );
  });
}, 120_000);

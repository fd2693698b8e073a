import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '@main/ipc/dispatcher';
import { createHandlers } from '@main/ipc/handlers';
import { mapStoreError } from '@main/ipc/store-errors';
import { openStore, type AppStore } from '@main/store';
import { initialData } from '@shared/data';
import { detectLayout } from '@shared/interchange/layout';
import type { RawWorkbook } from '@shared/interchange/types';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { damagedBytes, seedOf } from './fuzz-cases';
import { testHandlerDeps } from './test-deps';

/*
 * 1,000 malformed CSV files and 1,000 malformed workbooks through main's real handlers and
 * store: every one is read
 * or refused with a clear error (never an unexpected one), and a refused import leaves the
 * data file byte for byte as it was.
 */

const fromApp = { senderFrame: { url: 'app://gapwise/index.html' } };
let dir: string;
let store: AppStore;
let dispatch: Dispatch;
let openFrom: string | null = null;
const unexpected: string[] = [];
const CASES = 1000;
/** How the cases of each format ended, to see that the generators reach every path. */
const outcomes = {
  csv: { refusedRead: 0, noHeader: 0, imported: 0, refusedImport: 0 },
  xlsx: { refusedRead: 0, noHeader: 0, imported: 0, refusedImport: 0 },
};

const VALID_CSV = [
  'Name,Role,Squad,Data pipelines (ETL),Spark,Storytelling',
  'Ada Quinn,Data engineer,Checkout,3,Expert,1',
  '"Bo ""B"" Lind",Data scientist,"Supply, chain",1,0,Practitioner',
  'Cy Moss,Data scientist,Checkout,2,2,2',
].join('\r\n');
let validXlsx: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapwise-fuzz-'));
  ({ store } = await openStore({ dir, initial: () => initialData(sampleTeam(), builtinFramework()) }));
  dispatch = createDispatcher({
    handlers: createHandlers(testHandlerDeps(store, { open: () => openFrom, save: () => null })),
    isTrustedSender: () => true,
    mapError: mapStoreError,
    logError: (channel, error) => unexpected.push(`${channel}: ${String(error)}`),
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Team');
  for (const line of VALID_CSV.split('\r\n')) sheet.addRow(line.split(','));
  validXlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
});
afterAll(async () => {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

const csvText = fc
  .array(
    fc.array(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', '\r\n', ';', '\t', '=1+1', 'Expert', '7')),
      {
        maxLength: 8,
      },
    ),
    { maxLength: 12 },
  )
  .map((rows) => [VALID_CSV.split('\r\n')[0], ...rows.map((r) => r.join(','))].join('\n'));

/** Odd but well-formed workbooks: typed, empty and formula cells, sheets before the team's. */
const workbookSpec = fc.record({
  sheetsBefore: fc.constantFrom(0, 0, 1),
  header: fc.boolean(),
  rows: fc.array(
    fc.oneof(
      // A plausible person, so that some workbooks import.
      fc
        .tuple(
          fc.constantFrom('Ada Quinn', 'Bo Lind', 'Cy Moss', 'Di Park'),
          fc.constantFrom('Data engineer', 'Data scientist'),
          fc.constantFrom('Checkout', ''),
          ...[1, 2, 3].map(() => fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('Expert', 'Working', '2'))),
        )
        .map((row): ExcelJS.CellValue[] => row),
      fc.array(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom('Expert', 'Ada Quinn', 'Data engineer', '7', '3', '=1+1', ''),
          fc.integer({ min: -5, max: 12 }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.boolean(),
          fc.date({ noInvalidDate: true, min: new Date('1900-03-01'), max: new Date('2200-01-01') }),
          fc.constantFrom<ExcelJS.CellValue>(
            null,
            { formula: '1+1', result: 2 },
            { error: '#N/A' },
            { richText: [{ text: 'Ex' }, { text: 'pert' }] },
          ),
        ),
        { maxLength: 8 },
      ),
    ),
    { maxLength: 12 },
  ),
});

async function workbookBytes({
  sheetsBefore,
  header,
  rows,
}: typeof workbookSpec extends fc.Arbitrary<infer T> ? T : never) {
  const workbook = new ExcelJS.Workbook();
  for (let i = 0; i < sheetsBefore; i++) workbook.addWorksheet(`Notes ${i}`).addRow(['exported', new Date(0)]);
  const sheet = workbook.addWorksheet('Team');
  if (header) sheet.addRow(VALID_CSV.split('\r\n')[0]!.split(','));
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function attempt(format: 'csv' | 'xlsx', bytes: Uint8Array): Promise<void> {
  const name = `team.${format}`;
  const ended = outcomes[format];
  openFrom = join(dir, name);
  await writeFile(openFrom, bytes);
  const read = await dispatch('matrix:read', fromApp, [{}]);
  if (!read.ok) {
    ended.refusedRead += 1;
    expect(read.error.code, read.error.message).toBe('invalid-request');
    expect(read.error.message.startsWith(name), read.error.message).toBe(true);
    return;
  }
  const { token, workbook } = read.value as { token: string; workbook: RawWorkbook };
  let layout;
  try {
    layout = detectLayout(workbook.sheets[0]!, store.data().framework);
  } catch {
    ended.noHeader += 1;
    return; // No header row: the page says so and offers to choose one; nothing reaches main.
  }
  const before = await readFile(store.dataFile);
  const imported = await dispatch('team:import', fromApp, [{ token, layout, mode: 'replace' }]);
  if (imported.ok) {
    ended.imported += 1;
    // A mutation that left a valid matrix imports; put the team back for the next case.
    await dispatch('backup:restore', fromApp, [{ name: (imported.value as { undoBackup: string }).undoBackup }]);
    return;
  }
  ended.refusedImport += 1;
  expect(imported.error.code, imported.error.message).toBe('invalid-request');
  expect(Buffer.compare(await readFile(store.dataFile), before)).toBe(0);
}

describe('malformed spreadsheets through matrix:read and team:import', () => {
  it(`${CASES} damaged or odd CSV files: read or refused by name, the store untouched by every refusal`, async () => {
    const valid = new TextEncoder().encode(VALID_CSV);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          damagedBytes(valid),
          csvText.map((text) => new TextEncoder().encode(text)),
        ),
        (bytes) => attempt('csv', bytes),
      ),
      { numRuns: CASES, seed: seedOf('matrix:read csv') },
    );
    expect(unexpected).toEqual([]);
  }, 120_000);

  it(`${CASES} damaged or odd Excel files: read or refused by name, the store untouched by every refusal`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          damagedBytes(validXlsx).map((bytes) => ({ bytes })),
          workbookSpec.map((spec) => ({ spec })),
        ),
        async (file) => attempt('xlsx', 'bytes' in file ? file.bytes : await workbookBytes(file.spec)),
      ),
      { numRuns: CASES, seed: seedOf('matrix:read xlsx') },
    );
    expect(unexpected).toEqual([]);
  }, 120_000);

  it('reached every path: refused reads, sheets without a header, refused and accepted imports', () => {
    for (const [format, ended] of Object.entries(outcomes)) {
      const refused = ended.refusedRead + ended.refusedImport;
      console.log(
        `interchange-fuzz ${format}: ${CASES} files; refused ${refused} (${ended.refusedRead} unreadable, ` +
          `${ended.refusedImport} rows in error), imported-valid ${ended.imported}, no header row ${ended.noHeader}, ` +
          `unexpected ${unexpected.length}`,
      );
      expect(refused + ended.imported + ended.noHeader).toBe(CASES);
    }
    for (const ended of Object.values(outcomes)) {
      for (const [path, count] of Object.entries(ended)) expect(count, path).toBeGreaterThan(0);
    }
  });
});

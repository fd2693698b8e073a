import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { mapStoreError } from '../../../electron/main/ipc/store-errors';
import { openStore, type AppStore } from '../../../electron/main/store';
import { initialData } from '../../../shared/data';
import { detectLayout } from '../../../shared/interchange/layout';
import type { RawWorkbook } from '../../../shared/interchange/types';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { testHandlerDeps } from './test-deps';

/*
 * 1,000 malformed spreadsheets through main's real handlers and store: every one is read
 * or refused with a clear error (never an unexpected one), and a refused import leaves the
 * data file byte for byte as it was.
 */

const fromApp = { senderFrame: { url: 'app://gapwise/index.html' } };
let dir: string;
let store: AppStore;
let dispatch: Dispatch;
let openFrom: string | null = null;
const unexpected: string[] = [];
/** How the cases ended, to see that the generators reach every path. */
const outcomes = { refusedRead: 0, noHeader: 0, imported: 0, refusedImport: 0 };

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

/** Bytes a damaged or odd file could hold: a valid file cut, flipped, spliced, or noise. */
const damaged = (valid: Uint8Array) =>
  fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.nat({ max: valid.length }).map((end) => valid.slice(0, end)),
    fc
      .array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((flips) => {
        const copy = valid.slice();
        for (const [at, byte] of flips) copy[at] = byte;
        return copy;
      }),
    fc
      .tuple(fc.nat({ max: valid.length }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
      .map(([at, junk]) => new Uint8Array([...valid.slice(0, at), ...junk, ...valid.slice(at)])),
  );

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

async function attempt(name: string, bytes: Uint8Array): Promise<void> {
  openFrom = join(dir, name);
  await writeFile(openFrom, bytes);
  const read = await dispatch('matrix:read', fromApp, [{}]);
  if (!read.ok) {
    outcomes.refusedRead += 1;
    expect(read.error.code, read.error.message).toBe('invalid-request');
    expect(read.error.message.startsWith(name), read.error.message).toBe(true);
    return;
  }
  const { token, workbook } = read.value as { token: string; workbook: RawWorkbook };
  let layout;
  try {
    layout = detectLayout(workbook.sheets[0]!, store.data().framework);
  } catch {
    outcomes.noHeader += 1;
    return; // No header row: the page says so and offers to choose one; nothing reaches main.
  }
  const before = await readFile(store.dataFile);
  const imported = await dispatch('team:import', fromApp, [{ token, layout, mode: 'replace' }]);
  if (imported.ok) {
    outcomes.imported += 1;
    // A mutation that left a valid matrix imports; put the team back for the next case.
    await dispatch('backup:restore', fromApp, [{ name: (imported.value as { undoBackup: string }).undoBackup }]);
    return;
  }
  outcomes.refusedImport += 1;
  expect(imported.error.code, imported.error.message).toBe('invalid-request');
  expect(Buffer.compare(await readFile(store.dataFile), before)).toBe(0);
}

describe('malformed spreadsheets through matrix:read and team:import', () => {
  it('500 damaged or odd CSV files: read or refused by name, the store untouched by every refusal', async () => {
    const valid = new TextEncoder().encode(VALID_CSV);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          damaged(valid),
          csvText.map((text) => new TextEncoder().encode(text)),
        ),
        (bytes) => attempt('team.csv', bytes),
      ),
      { numRuns: 500 },
    );
    expect(unexpected).toEqual([]);
  }, 120_000);

  it('500 damaged Excel files: read or refused by name, the store untouched by every refusal', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(validXlsx), (bytes) => attempt('team.xlsx', bytes)),
      { numRuns: 500 },
    );
    expect(unexpected).toEqual([]);
  }, 120_000);

  it('reached every path: refused reads, sheets without a header, refused and accepted imports', () => {
    console.log('fuzz outcomes', outcomes);
    for (const [path, count] of Object.entries(outcomes)) expect(count, path).toBeGreaterThan(0);
  });
});

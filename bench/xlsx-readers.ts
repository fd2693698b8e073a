import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { read as sheetjsRead } from '@e965/xlsx';
import type { Framework } from '../shared/domain';
import { readXlsx } from '../shared/interchange/read-xlsx';
import { teamMatrixToXlsx } from '../shared/interchange/write-matrix';
import { previewFirstSheet } from './bench-data';
import { figureOf, type Figure } from './figure';
import { samplePair } from './measure';
import { syntheticFramework, syntheticOrganisation } from './synthetic';

/*
 * The XLSX readers side by side on the bench workbook (the team matrix export: a "Team"
 * sheet and one sheet per product team), each timed in turns with the chosen library's
 * plain parse, so that every ratio compares two runs under the same load.
 *
 * Why SheetJS (issue 21): exceljs's whole-workbook load, what readXlsx used, is 1.4–3.6×
 * SheetJS's parse at every size. exceljs's streaming reader is slower than SheetJS up to
 * 1,000 members and about 0.7× at 10,000, but exceljs has had no release since 4.4.0 (2023)
 * and its reader rests on an old unzipper; SheetJS is maintained and fixed both of its
 * reading CVEs (prototype pollution, CVE-2023-30533, in 0.19.3; ReDoS, CVE-2024-22363, in
 * 0.20.2). Its releases are not on npm's `xlsx` (stuck at 0.18.5, vulnerable): @e965/xlsx
 * is a third party's automated republish from SheetJS's repository: pinned exactly and
 * locked by integrity, and to be re-checked at every update.
 */

/**
 * The chosen library's plain parse: SheetJS reading the bytes into its dense sheets with
 * nothing asked for beyond the defaults. The baseline of every reader here and of the
 * bench's `import-xlsx` figure.
 */
export function plainXlsxParse(bytes: Uint8Array): unknown {
  return sheetjsRead(bytes, { type: 'array', dense: true });
}

/** exceljs reading the whole workbook into memory, as readXlsx did before SheetJS. */
async function exceljsLoad(bytes: Uint8Array): Promise<unknown> {
  return new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
}

/** exceljs's streaming reader, every row of every sheet visited (values only). */
async function exceljsStream(bytes: Uint8Array): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) cells += row.cellCount;
  }
  return cells;
}

/** The whole import as the app runs it on the first sheet: read, map the columns, preview every row. */
export async function importXlsx(bytes: Uint8Array, framework: Framework): Promise<unknown> {
  return previewFirstSheet(await readXlsx(bytes, 'team.xlsx'), framework);
}

interface Reader {
  name: string;
  label: string;
  read: (bytes: Uint8Array) => unknown;
}

/** The whole import, read + map + preview, is the bench's `import-xlsx` figure (files-bench.ts). */
const READERS: Reader[] = [
  { name: 'exceljs-load', label: 'exceljs Workbook.xlsx.load', read: exceljsLoad },
  { name: 'exceljs-stream', label: 'exceljs stream.xlsx.WorkbookReader, every row', read: exceljsStream },
  { name: 'sheetjs', label: 'SheetJS read, dense (the plain parse itself)', read: plainXlsxParse },
  {
    name: 'readxlsx',
    label: "the app's readXlsx (checks, zip-bomb pass, SheetJS, cells, merges)",
    read: (b) => readXlsx(b, 'team.xlsx'),
  },
];

export async function xlsxReadersBench(
  sizes: readonly number[],
  runs: number,
  log: (line: string) => void,
): Promise<Figure[]> {
  const framework = syntheticFramework();
  const figures: Figure[] = [];
  for (const size of sizes) {
    const bytes = await teamMatrixToXlsx(syntheticOrganisation(size, framework));
    // Seconds per run at 10,000 members for the slow readers: one warm-up.
    const warmup = size >= 10_000 ? 1 : 2;
    for (const reader of READERS) {
      const timed = await samplePair(
        () => reader.read(bytes),
        () => plainXlsxParse(bytes),
        { runs, warmup, collectEachRun: true },
      );
      const result = figureOf({
        id: `xlsx-reader-${reader.name}`,
        label: `XLSX reader: ${reader.label}`,
        baseline: 'SheetJS plain parse (read, dense) of the same bytes',
        size,
        ms: timed.figure,
        baselineMs: timed.baseline,
      });
      figures.push(result);
      log(
        `${size.toLocaleString('en')} members, ${(bytes.length / 1024).toFixed(0)} KB: ${reader.name} ` +
          `${result.ms.median} ms (${result.ms.min}–${result.ms.max}), plain parse ${result.baselineMs?.median} ms, ` +
          `ratio ${result.ratio}${result.unstable ? ', unstable' : ''}`,
      );
    }
  }
  return figures;
}

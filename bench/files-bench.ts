import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import Papa from 'papaparse';
import { DEFAULT_DATA_FILE, openStore } from '../electron/main/store';
import { decodeDataBytes } from '../electron/main/store/load';
import type { Framework } from '../shared/domain';
import { DataReceiver, DataSender, type DataMessage } from '../shared/ipc/data-sync';
import { readCsv } from '../shared/interchange/read-csv';
import { teamMatrixToCsv, teamMatrixToXlsx } from '../shared/interchange/write-matrix';
import { planToCsv, reportFor, reportToJson, reportToMarkdown } from '../shared/reports';
import { dataset, previewFirstSheet, withOneChange, type Runs } from './bench-data';
import { pairedFigure, type Figure } from './figure';
import { roundsBench } from './rounds-bench';
import { importXlsx, plainXlsxParse } from './xlsx-readers';

/*
 * Data, files, imports and exports at one size: the data sent to the page, the data file
 * loaded and saved (with and without 12 closed rounds), the matrix imported from CSV and
 * XLSX, and the report exported, each beside the raw operation it is built on.
 */

const JSON_ROUND_TRIP = 'JSON.stringify + JSON.parse';
const STRINGIFY_REPORT = 'JSON.stringify of the report';

async function durableWrite(file: string, text: string): Promise<void> {
  const temp = `${file}.bench-tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}

export async function filesBench(
  size: number,
  framework: Framework,
  runs: Runs,
  log: (line: string) => void,
): Promise<Figure[]> {
  const data = dataset(size, framework);
  const figures: Figure[] = [];
  const big = size >= 10_000;
  const options = { runs: runs.files, collectEachRun: big };
  const paired = async (
    input: { id: string; label: string; baseline: string; target?: Figure['target'] },
    figure: () => unknown,
    baseline: () => unknown,
    overrides: Partial<typeof options> & { warmup?: number } = {},
  ) => {
    figures.push(await pairedFigure({ ...input, size }, figure, baseline, { ...options, ...overrides }));
  };

  // What Electron's IPC does with an answer (a structured clone, V8's serializer), for the
  // whole data as on opening, and for one changed member as main now sends a change.
  const roundTrip = (value: unknown) => deserialize(serialize(value)) as unknown;
  const jsonRoundTrip = () => JSON.parse(JSON.stringify(data)) as unknown;
  await paired(
    { id: 'ipc-whole', label: 'Data to the page whole (structured clone, as Electron IPC)', baseline: JSON_ROUND_TRIP },
    () => roundTrip(data),
    jsonRoundTrip,
  );
  const sender = new DataSender();
  const receiver = new DataReceiver();
  receiver.read(roundTrip(sender.message(data)) as DataMessage);
  let sent = data;
  let c = 0;
  await paired(
    {
      id: 'ipc-change',
      label: 'One changed member to the page (diff, structured clone, applied)',
      baseline: JSON_ROUND_TRIP,
    },
    () => {
      sent = withOneChange(sent, (c += 1));
      return receiver.read(roundTrip(sender.message(sent)) as DataMessage);
    },
    jsonRoundTrip,
  );

  const dir = await mkdtemp(join(tmpdir(), 'gapwise-bench-'));
  try {
    const file = join(dir, 'gapwise-data.json');
    const text = JSON.stringify(data);
    await writeFile(file, text);
    await paired(
      {
        id: 'load',
        label: 'Load the data file (read, parse, validate, migrate)',
        baseline: 'readFile + JSON.parse',
        target: { maxRatio: 2 },
      },
      async () => {
        const decoded = decodeDataBytes(await readFile(file));
        if (!decoded.ok) throw new Error(decoded.message);
      },
      async () => JSON.parse(await readFile(file, 'utf8')) as unknown,
    );

    // The store as the app opens it at every start after the first: from its data file.
    await mkdir(join(dir, 'store'));
    await writeFile(join(dir, 'store', DEFAULT_DATA_FILE), text);
    const { store } = await openStore({ dir: join(dir, 'store'), initial: () => data });
    let m = 0;
    await paired(
      {
        id: 'save',
        label: 'Durable save after one change',
        baseline: 'JSON.stringify + write + fsync + rename',
        target: { maxRatio: 1.3 },
      },
      () => store.update((current) => withOneChange(current, (m += 1))),
      () => durableWrite(join(dir, 'baseline.json'), JSON.stringify(withOneChange(data, (m += 1)))),
    );
    await store.flush();

    log(`  ${size.toLocaleString('en')} members: 12 closed rounds against none`);
    figures.push(...(await roundsBench(join(dir, 'rounds'), data, size, runs.files, withOneChange)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const csv = teamMatrixToCsv(data);
  const csvBytes = new TextEncoder().encode(csv);
  await paired(
    {
      id: 'import-csv',
      label: 'CSV import of the matrix (read, map, preview)',
      baseline: 'Papa.parse of the same text',
      target: { maxMs: 1000, maxRatio: 1.5 },
    },
    () => previewFirstSheet(readCsv(csvBytes, 'team.csv'), framework),
    () => Papa.parse(csv),
  );
  log(`  ${size.toLocaleString('en')} members: XLSX import`);
  const xlsx = await teamMatrixToXlsx(data);
  await paired(
    {
      id: 'import-xlsx',
      label: 'XLSX import of the matrix (read, map, preview)',
      baseline: 'SheetJS plain parse of the same bytes',
      target: { maxMs: 1500, maxRatio: 1.5 },
    },
    () => importXlsx(xlsx, framework),
    () => plainXlsxParse(xlsx),
    { runs: runs.workbooks, warmup: 1 },
  );

  const report = reportFor(data);
  const stringify = () => JSON.stringify(report);
  const exports: [string, string, () => unknown][] = [
    ['export-json', 'JSON report export', () => reportToJson(report)],
    ['export-md', 'Markdown report export', () => reportToMarkdown(report)],
    ['export-csv', 'CSV report export', () => planToCsv(report)],
  ];
  for (const [id, label, run] of exports) {
    await paired({ id, label, baseline: STRINGIFY_REPORT, target: { maxRatio: 3 } }, run, stringify);
  }
  return figures;
}

import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DEFAULT_DATA_FILE, openStore } from '../electron/main/store';
import { decodeDataBytes } from '../electron/main/store/load';
import { analyzeTeam, TeamAnalyzer } from '../shared/analysis';
import type { AppData } from '../shared/data';
import type { Framework } from '../shared/domain';
import { DataReceiver, DataSender, type DataMessage } from '../shared/ipc/data-sync';
import { detectLayout } from '../shared/interchange/layout';
import { buildPreview } from '../shared/interchange/preview';
import { readCsv } from '../shared/interchange/read-csv';
import { readXlsx } from '../shared/interchange/read-xlsx';
import { teamMatrixToCsv, teamMatrixToXlsx } from '../shared/interchange/write-matrix';
import { planToCsv, reportFor, reportToJson, reportToMarkdown } from '../shared/reports';
import { median, round } from './measure';
import { roundsBench } from './rounds-bench';
import { syntheticFramework, syntheticOrganisation } from './synthetic';

/*
 * The Node half of `npm run bench`: each figure beside a raw baseline measured in the same
 * run, at 100, 1,000 and 10,000 members on a 60-skill framework. Targets apply at 10,000.
 */

export interface Figure {
  id: string;
  label: string;
  baseline: string;
  size: number;
  ms: number;
  baselineMs: number;
  ratio: number;
  target: { maxMs?: number; maxRatio?: number };
  met: boolean | null;
}

const SIZES = [100, 1_000, 10_000];
/**
 * Analysis runs are cheap, so they get a longer warm-up: the first few at 10,000 members
 * take 2–3× the steady time while V8 compiles the engine (what the app pays once, on open).
 */
const ANALYSIS_RUNS = 21;
const ANALYSIS_WARMUP = 10;
const TARGETS: Record<string, Figure['target']> = {
  analysis: { maxMs: 25, maxRatio: 15 },
  reanalysis: { maxMs: 2 },
  load: { maxRatio: 2 },
  save: { maxRatio: 1.3 },
  'import-csv': { maxMs: 1000, maxRatio: 1.5 },
  'import-xlsx': { maxMs: 1000, maxRatio: 1.5 },
  'export-json': { maxRatio: 3 },
  'export-md': { maxRatio: 3 },
  'export-csv': { maxRatio: 3 },
  // Closed rounds live in their own files: opening and saving must not pay for them.
  'open-rounds': { maxRatio: 1.3 },
  'save-rounds': { maxRatio: 1.3 },
};

function figure(id: string, label: string, baseline: string, size: number, ms: number, baselineMs: number): Figure {
  const target = TARGETS[id] ?? {};
  const ratio = baselineMs > 0 ? ms / baselineMs : Number.POSITIVE_INFINITY;
  const hasTarget = target.maxMs !== undefined || target.maxRatio !== undefined;
  const met =
    size === 10_000 && hasTarget
      ? (target.maxMs === undefined || ms <= target.maxMs) &&
        (target.maxRatio === undefined || ratio <= target.maxRatio)
      : null;
  return {
    id,
    label,
    baseline,
    size,
    ms: round(ms),
    baselineMs: round(baselineMs, 3),
    ratio: round(ratio),
    target,
    met,
  };
}

/** The raw baseline of the analysis: one pass summing a typed array of every level. */
function levelsArray(data: AppData, framework: Framework): Float64Array {
  const levels = new Float64Array(data.members.length * framework.skills.length);
  data.members.forEach((m, i) =>
    framework.skills.forEach((s, j) => {
      levels[i * framework.skills.length + j] = m.levels[s.id] ?? 0;
    }),
  );
  return levels;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i += 1) total += values[i]!;
  return total;
}

/** Every level of every member read out of the objects, as an analysis must at least. */
function readEveryLevel(data: AppData): number {
  let total = 0;
  for (const member of data.members) {
    const levels = member.levels;
    for (const id in levels) total += levels[id]!;
  }
  return total;
}

/** The data with one level of one member changed, as an edit in the app makes it. */
function withOneChange(data: AppData, round: number): AppData {
  const index = round % data.members.length;
  const member = data.members[index]!;
  const members = data.members.slice();
  members[index] = { ...member, levels: { ...member.levels, 'data-pipelines': round % 5 } };
  return { ...data, members };
}

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

export async function nodeBench(log: (line: string) => void): Promise<Figure[]> {
  const framework = syntheticFramework(60);
  const figures: Figure[] = [];
  // The engine first, at every size, on a small heap; then files and imports, whose
  // garbage (exceljs's above all) would otherwise tax every allocation the engine makes.
  for (const size of SIZES) {
    const runs = size === 10_000 ? 5 : 9;
    // As the app holds it: parsed from the data file (objects shaped by JSON.parse).
    const data = dataset(size, framework);
    log(`  ${size} members × ${framework.skills.length} skills: analysis`);

    const levels = levelsArray(data, framework);
    const baseline = await median(() => sum(levels), runs * 3, 5);
    figures.push(
      figure(
        'analysis',
        'Full analysis (fits, coverage, separation, exact hiring plan)',
        'sum of a typed array of all levels',
        size,
        await median(() => analyzeTeam(data), ANALYSIS_RUNS, ANALYSIS_WARMUP),
        baseline,
      ),
    );
    // As the app re-analyses: one analyzer kept across edits, each edit one level of one
    // member (a new member object, everyone else shared), applied to the previous edit.
    const analyzer = new TeamAnalyzer();
    let edited = data;
    analyzer.analyze(edited);
    let n = 0;
    figures.push(
      figure(
        'reanalysis',
        'Re-analysis after one level change',
        'sum of a typed array of all levels',
        size,
        await median(
          () => {
            edited = withOneChange(edited, (n += 1));
            return analyzer.analyze(edited);
          },
          ANALYSIS_RUNS * 2,
          ANALYSIS_WARMUP,
        ),
        baseline,
      ),
    );
    // What any analysis of member objects must at least do: read every level out of them.
    figures.push(
      figure(
        'read-levels',
        'Reading every level out of the member objects (for…in sum): the floor of a full analysis',
        'sum of a typed array of all levels',
        size,
        await median(() => readEveryLevel(data), ANALYSIS_RUNS, ANALYSIS_WARMUP),
        baseline,
      ),
    );
  }
  for (const size of SIZES) {
    const runs = size === 10_000 ? 5 : 9;
    const data = dataset(size, framework);
    log(`  ${size} members × ${framework.skills.length} skills: data, files and imports`);

    // What Electron's IPC does with an answer (a structured clone, V8's serializer), for the
    // whole data as on opening, and for one changed member as main now sends a change.
    const roundTrip = (value: unknown) => deserialize(serialize(value)) as unknown;
    const jsonRoundTrip = await median(() => JSON.parse(JSON.stringify(data)), runs);
    figures.push(
      figure(
        'ipc-whole',
        'Data to the page whole (structured clone, as Electron IPC)',
        'JSON.stringify + JSON.parse',
        size,
        await median(() => roundTrip(data), runs),
        jsonRoundTrip,
      ),
    );
    const sender = new DataSender();
    const receiver = new DataReceiver();
    receiver.read(roundTrip(sender.message(data)) as DataMessage);
    let sent = data;
    let c = 0;
    figures.push(
      figure(
        'ipc-change',
        'One changed member to the page (diff, structured clone, applied)',
        'JSON.stringify + JSON.parse',
        size,
        await median(() => {
          sent = withOneChange(sent, (c += 1));
          return receiver.read(roundTrip(sender.message(sent)) as DataMessage);
        }, runs * 2),
        jsonRoundTrip,
      ),
    );

    const dir = await mkdtemp(join(tmpdir(), 'gapwise-bench-'));
    try {
      const file = join(dir, 'gapwise-data.json');
      const text = JSON.stringify(data);
      await writeFile(file, text);
      const parseBaseline = await median(async () => JSON.parse(await readFile(file, 'utf8')), runs);
      figures.push(
        figure(
          'load',
          'Load the data file (read, parse, validate, migrate)',
          'readFile + JSON.parse',
          size,
          await median(async () => {
            const decoded = decodeDataBytes(await readFile(file));
            if (!decoded.ok) throw new Error(decoded.message);
          }, runs),
          parseBaseline,
        ),
      );

      // The store as the app opens it at every start after the first: from its data file.
      await mkdir(join(dir, 'store'));
      await writeFile(join(dir, 'store', DEFAULT_DATA_FILE), text);
      const { store } = await openStore({ dir: join(dir, 'store'), initial: () => data });
      let m = 0;
      const saveBaseline = await median(
        () => durableWrite(join(dir, 'baseline.json'), JSON.stringify(withOneChange(data, (m += 1)))),
        runs,
      );
      figures.push(
        figure(
          'save',
          'Durable save after one change',
          'JSON.stringify + write + fsync + rename',
          size,
          await median(() => store.update((current) => withOneChange(current, (m += 1))), runs),
          saveBaseline,
        ),
      );
      await store.flush();

      if (size === 10_000) {
        log(`  ${size} members × ${framework.skills.length} skills: 12 closed rounds against none`);
        for (const t of await roundsBench(join(dir, 'rounds'), data, runs, withOneChange)) {
          figures.push(figure(t.id, t.label, t.baseline, size, t.ms, t.baselineMs));
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const preview = (workbook: { sheets: { name: string; rows: unknown[][] }[]; fileName: string }) => {
      const sheet = workbook.sheets[0] as Parameters<typeof detectLayout>[0];
      return buildPreview(sheet, detectLayout(sheet, framework), framework, {
        existing: [],
        fileName: workbook.fileName,
      });
    };
    const csv = teamMatrixToCsv(data);
    const csvBytes = new TextEncoder().encode(csv);
    figures.push(
      figure(
        'import-csv',
        'CSV import of the matrix (read, map, preview)',
        'Papa.parse of the same text',
        size,
        await median(() => preview(readCsv(csvBytes, 'team.csv')), runs),
        await median(() => Papa.parse(csv), runs),
      ),
    );
    const xlsx = await teamMatrixToXlsx(data);
    const xlsxRuns = size === 10_000 ? 3 : runs;
    figures.push(
      figure(
        'import-xlsx',
        'XLSX import of the matrix (read, map, preview)',
        'exceljs load of the same bytes',
        size,
        await median(async () => preview(await readXlsx(xlsx, 'team.xlsx')), xlsxRuns, 1),
        await median(() => new ExcelJS.Workbook().xlsx.load(xlsx as unknown as ArrayBuffer), xlsxRuns, 1),
      ),
    );

    const report = reportFor(data);
    const stringify = await median(() => JSON.stringify(report), runs);
    figures.push(
      figure(
        'export-json',
        'JSON report export',
        'JSON.stringify of the report',
        size,
        await median(() => reportToJson(report), runs),
        stringify,
      ),
    );
    figures.push(
      figure(
        'export-md',
        'Markdown report export',
        'JSON.stringify of the report',
        size,
        await median(() => reportToMarkdown(report), runs),
        stringify,
      ),
    );
    figures.push(
      figure(
        'export-csv',
        'CSV report export',
        'JSON.stringify of the report',
        size,
        await median(() => planToCsv(report), runs),
        stringify,
      ),
    );
  }
  const order = [...new Set(figures.map((f) => f.id))];
  return figures.sort((a, b) => a.size - b.size || order.indexOf(a.id) - order.indexOf(b.id));
}

const dataset = (size: number, framework: Framework): AppData =>
  JSON.parse(JSON.stringify(syntheticOrganisation(size, framework))) as AppData;

export const machine = () => ({ node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? '' });

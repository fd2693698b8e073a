import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import type { Figure } from './figure';
import type { SolverFigure } from './solver-bench';
import { figuresTable, solverTable } from './table';

/*
 * The README's performance tables, written from the last full run's bench/results.json
 * between two markers, so the README always shows what a run measured and never a figure
 * typed by hand. The README is then formatted as the project's prettier check expects.
 */

export const TABLES_START = '<!-- bench:tables:start (written by `npm run bench`; do not edit by hand) -->';
export const TABLES_END = '<!-- bench:tables:end -->';

interface Results {
  date?: string;
  quick?: boolean;
  machine?: { node: string; cpus: number; cpu: string; loadAverage?: number[] };
  node?: Figure[];
  peers?: Figure[];
  readers?: Figure[];
  renderer?: Figure[];
  solver?: SolverFigure[];
}

export function readmeTables(results: Results): string {
  const m = results.machine;
  const parts = [
    `Measured ${results.date?.slice(0, 10) ?? 'on an unknown date'}${m ? ` on ${m.cpus} cores (${m.cpu}), Node ${m.node}, load average ${m.loadAverage?.[0] ?? '?'} at the start` : ''}. Each cell is the median (min–max) in milliseconds; the baseline, ratio and verdict are those of the size the target applies at.`,
    '**Node (engine, files, imports, exports, planning):**',
    figuresTable(results.node ?? []),
  ];
  if (results.peers && results.peers.length > 0) {
    parts.push(
      '**Peers, the same computation in the tools a manager would use instead** (ratio = Gapwise ÷ peer; below 1 means Gapwise is faster):',
      figuresTable(results.peers),
    );
  }
  if (results.readers && results.readers.length > 0) {
    parts.push(
      "**XLSX readers** on the bench workbook, each timed in turns with SheetJS's plain parse (the chosen library):",
      figuresTable(results.readers),
    );
  }
  if (results.renderer && results.renderer.length > 0) {
    parts.push('**In Chromium, through the end-to-end harness:**', figuresTable(results.renderer));
  }
  if (results.solver && results.solver.length > 0) {
    parts.push(
      "**The hiring plan's solver** (HiGHS) at the schema's limits, 50 roles × 500 skills, model text and parse included:",
      solverTable(results.solver),
    );
  }
  return parts.join('\n\n');
}

/** Rewrites the README between the markers; returns a line saying what it did. */
export async function writeReadmeTables(resultsFile: string, readmeFile: string): Promise<string> {
  const results = JSON.parse(await readFile(resultsFile, 'utf8')) as Results;
  if (results.quick) return `gapwise bench: ${resultsFile} holds a quick run; the README keeps its tables`;
  const readme = await readFile(readmeFile, 'utf8');
  const start = readme.indexOf(TABLES_START);
  const end = readme.indexOf(TABLES_END);
  if (start < 0 || end < start)
    throw new Error(`${readmeFile}: the markers ${TABLES_START} … ${TABLES_END} are missing`);
  const next = `${readme.slice(0, start + TABLES_START.length)}\n\n${readmeTables(results)}\n\n${readme.slice(end)}`;
  await writeFile(readmeFile, await format(next, { ...(await resolveConfig(readmeFile)), filepath: readmeFile }));
  return `gapwise bench: the README's tables now show the run of ${results.date ?? '?'}`;
}

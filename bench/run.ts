import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSolver } from '../shared/solver';
import { FULL_RUNS, QUICK_RUNS } from './bench-data';
import type { Figure } from './figure';
import { growthOf } from './growth';
import { machine, nodeBench } from './node-bench';
import { peersBench } from './peers-bench';
import { xlsxReadersBench } from './xlsx-readers';
import { writeReadmeTables } from './readme-tables';
import { solverBench } from './solver-bench';
import { syntheticFramework } from './synthetic';
import { figuresTable, solverTable } from './table';

/*
 * `npm run bench`, Node half: prints the tables and writes bench/results.json.
 * - `--quick`: 1,000 members only, fewer runs (about a minute, for development).
 * - `--solver`: the hiring plan's solver alone, into bench/solver-results.json.
 * - `--peers [sizes…]`: the peers alone (HyperFormula, pandas), printed, not written.
 * - `--readme`: no measuring; the README's tables rewritten from bench/results.json.
 */

export const FULL_SIZES = [100, 1_000, 10_000];
export const QUICK_SIZES = [1_000];
/** The readers at 100 members say little, and exceljs takes seconds a run at 10,000. */
const READER_SIZES = [1_000, 10_000];

/** One line on stability and growth, under the table. */
function summary(figures: readonly Figure[]): string {
  const unstable = figures.filter((f) => f.unstable).length;
  const growth = growthOf(figures).filter((g) => g.kind !== null);
  const linear = growth.filter((g) => g.kind !== 'faster than linear').length;
  const faster = growth.filter((g) => g.kind === 'faster than linear').map((g) => g.id);
  return [
    `${unstable} of ${figures.length} figures unstable (the middle half of their runs spread over 25 % of the median).`,
    growth.length > 0
      ? `${linear} of ${growth.length} grow linearly or less from the second-largest size to the largest${faster.length > 0 ? `; faster: ${faster.join(', ')}` : ''}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

async function main() {
  const started = Date.now();
  const args = process.argv.slice(2);
  const results = join(process.cwd(), 'bench', 'results.json');
  if (args.includes('--readme')) {
    const written = await writeReadmeTables(results, join(process.cwd(), 'README.md'));
    console.log(written);
    return;
  }
  await loadSolver();
  const framework = syntheticFramework(60);
  const log = (line: string) => console.log(line);
  if (args.includes('--solver')) {
    console.log('gapwise bench: the hiring plan solver at the schema limits (median and slowest of several runs)');
    const solver = solverBench(log);
    console.log(`\n${solverTable(solver)}\n`);
    const out = join(process.cwd(), 'bench', 'solver-results.json');
    await writeFile(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), solver }, null, 2)}\n`,
    );
    return;
  }
  if (args.includes('--peers')) {
    const asked = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
    const peers = await peersBench(asked.length > 0 ? asked : FULL_SIZES, log);
    console.log(`\n${figuresTable(peers)}\n`);
    return;
  }
  const quick = args.includes('--quick');
  const sizes = quick ? QUICK_SIZES : FULL_SIZES;
  const runs = quick ? QUICK_RUNS : FULL_RUNS;
  const solver = quick ? [] : solverBench(log);
  if (!quick) console.log(`\n${solverTable(solver)}\n`);
  console.log(
    `gapwise bench${quick ? ' --quick' : ''}: ${sizes.map((s) => s.toLocaleString('en')).join(', ')} members; min, median and max of each figure and its baseline`,
  );
  const node = await nodeBench(sizes, framework, runs, log);
  console.log(`\n${figuresTable(node)}\n\n${summary(node)}\n`);
  console.log("gapwise bench: XLSX readers side by side, each against SheetJS's plain parse");
  const readers = await xlsxReadersBench(quick ? QUICK_SIZES : READER_SIZES, runs.workbooks, log);
  console.log(`\n${figuresTable(readers)}\n`);
  console.log('gapwise bench: peers, the same coverage and fit computation in HyperFormula and pandas');
  const peers = await peersBench(sizes, log);
  console.log(`\n${figuresTable(peers)}\n`);
  // A quick run keeps the last full run's results: the README's tables come from those.
  const out = quick ? join(process.cwd(), 'bench', 'results-quick.json') : results;
  // The renderer half (Chromium, vitest.bench.mts) adds its figures to this file after.
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), quick, machine: machine(), solver, node, readers, peers }, null, 2)}\n`,
  );
  console.log(`gapwise bench: wrote ${out} in ${Math.round((Date.now() - started) / 1000)} s`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

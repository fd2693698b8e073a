import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSolver } from '../shared/solver';
import { machine, nodeBench, type Figure } from './node-bench';
import { solverBench, type SolverFigure } from './solver-bench';
import { budgetBench } from './budget-bench';
import { syntheticFramework } from './synthetic';

/**
 * `npm run bench`, Node half: prints the tables and writes bench/results.json.
 * `node out/bench/run.cjs --solver` measures the hiring plan's solver alone.
 */

function table(figures: Figure[]): string {
  const rows = [
    '| figure | members | ms | baseline ms | ratio | target at 10,000 | met |',
    '|---|---:|---:|---:|---:|---|---|',
  ];
  for (const f of figures) {
    const target = [
      f.target.maxMs !== undefined ? `≤ ${f.target.maxMs} ms` : '',
      f.target.maxRatio !== undefined ? `≤ ${f.target.maxRatio}×` : '',
    ]
      .filter(Boolean)
      .join(', ');
    rows.push(
      `| ${f.label} | ${f.size.toLocaleString('en')} | ${f.ms} | ${f.baselineMs} | ${f.ratio}× | ${target} | ${f.met === null ? '' : f.met ? 'yes' : '**no**'} |`,
    );
  }
  return rows.join('\n');
}

function solverTable(figures: SolverFigure[]): string {
  const rows = ['| solver | roles × skills | runs | median ms | slowest ms | hires |', '|---|---|---:|---:|---:|---|'];
  for (const f of figures) {
    rows.push(
      `| ${f.shape} | ${f.roles} × ${f.skills} | ${f.instances} × ${f.runsPerInstance} | ${f.medianMs} | ${f.slowestMs} | ${f.hires[0]}–${f.hires[1]} |`,
    );
  }
  return rows.join('\n');
}

async function main() {
  const started = Date.now();
  const solverOnly = process.argv.includes('--solver');
  // `--budget`: the plan within a limit alone.
  if (process.argv.includes('--budget')) {
    await loadSolver();
    const budget = budgetBench(syntheticFramework(60), (line) => console.log(line));
    console.log(`\n${table(budget)}\n`);
    return;
  }
  await loadSolver();
  console.log('gapwise bench: the hiring plan solver at the schema limits (median and slowest of several runs)');
  const solver = solverBench((line) => console.log(line));
  console.log(`\n${solverTable(solver)}\n`);
  const figures: Figure[] = [];
  if (!solverOnly) {
    console.log('gapwise bench: Node figures (median of several runs after warm-up)');
    figures.push(...(await nodeBench((line) => console.log(line))));
    console.log('gapwise bench: the plan within a hire limit against the plan without one');
    figures.push(...budgetBench(syntheticFramework(60), (line) => console.log(line)));
    console.log(`\n${table(figures)}\n`);
  }
  const out = join(process.cwd(), 'bench', solverOnly ? 'solver-results.json' : 'results.json');
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), solver, ...(solverOnly ? {} : { node: figures }) }, null, 2)}\n`,
  );
  console.log(`gapwise bench: wrote ${out} in ${Math.round((Date.now() - started) / 1000)} s`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import { loadSolver } from '../shared/solver';
import { peersBench } from './peers-bench';

/*
 * The peers bench alone, for trying it: `node out/bench/peers.cjs [sizes…]` (default 100,
 * 1,000 and 10,000 members), after bundling this file as scripts/build-bench.mjs does run.ts.
 */
async function main() {
  await loadSolver();
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const figures = await peersBench(sizes.length > 0 ? sizes : [100, 1_000, 10_000], (line) => console.log(line));
  console.log('| figure | members | Gapwise ms (min/median/max) | peer ms (min/median/max) | ratio | unstable |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const f of figures) {
    const t = (x: { min: number; median: number; max: number } | null) =>
      x ? `${x.min} / ${x.median} / ${x.max}` : '';
    console.log(
      `| ${f.label} | ${f.size.toLocaleString('en')} | ${t(f.ms)} | ${t(f.baselineMs)} | ${f.ratio}× | ${f.unstable ? 'yes' : ''} |`,
    );
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import { cpus, loadavg } from 'node:os';
import type { Framework } from '../shared/domain';
import type { Runs } from './bench-data';
import { budgetBench } from './budget-bench';
import { engineBench } from './engine-bench';
import type { Figure } from './figure';
import { filesBench } from './files-bench';

/*
 * The Node half of `npm run bench`: each figure beside a raw baseline measured in the same
 * run, at every size asked for, on a 60-skill framework. Targets apply at 10,000 members.
 * The engine runs first at every size, on a small heap; then files and imports, whose
 * garbage (the workbook readers' above all) would otherwise tax every allocation it makes.
 */

export async function nodeBench(
  sizes: readonly number[],
  framework: Framework,
  runs: Runs,
  log: (line: string) => void,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of sizes) {
    log(`  ${size.toLocaleString('en')} members × ${framework.skills.length} skills: analysis`);
    figures.push(...(await engineBench(size, framework, runs)));
  }
  for (const size of sizes) figures.push(...(await budgetBench(size, framework, runs, log)));
  for (const size of sizes) {
    log(`  ${size.toLocaleString('en')} members × ${framework.skills.length} skills: data, files and imports`);
    figures.push(...(await filesBench(size, framework, runs, log)));
  }
  const order = [...new Set(figures.map((f) => f.id))];
  return figures.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id) || a.size - b.size);
}

export const machine = () => ({
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '',
  /** The load average when the run started: other work on the machine moves every figure. */
  loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
});

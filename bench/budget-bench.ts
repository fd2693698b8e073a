import { analyzeTeam, forgetSolvedBudgets } from '../shared/analysis';
import type { Framework, HireLimit } from '../shared/domain';
import { dataset, type Runs } from './bench-data';
import { pairedFigure, type Figure } from './figure';

/*
 * The plan within a limit against the plan without one, measured in the same run on the same
 * data, in turns: the analysis with a hire limit (which adds the best plan within it and the marginal
 * series from no hire to the whole plan) over the analysis without. Limits: one hire, half
 * the minimum plan, and all but one of its hires. Target at 10,000 members: at most 2×.
 */

export async function budgetBench(
  size: number,
  framework: Framework,
  runs: Runs,
  log: (line: string) => void,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const data = dataset(size, framework);
  const input = { framework: data.framework, organisation: data.organisation, members: data.members };
  const hires = analyzeTeam(input).plan.hires.length;
  const limits = new Map<number, string>();
  for (const [id, n] of [
    ['one', 1],
    ['half', Math.floor(hires / 2)],
    ['all-but-one', hires - 1],
  ] as const) {
    if (n >= 1 && !limits.has(n)) limits.set(n, id);
  }
  log(
    `  ${size.toLocaleString('en')} members: the plan within a limit (${hires} hires without one; limits ${[...limits.keys()].join(', ')})`,
  );
  for (const [n, which] of limits) {
    const hireLimit: HireLimit = { kind: 'hires', hires: n };
    figures.push(
      await pairedFigure(
        {
          id: `budget-${which}`,
          label: `Budgeted plan (limit ${n} of ${hires} hires) / unbudgeted analysis`,
          baseline: 'the same analysis without a limit',
          size,
          target: { maxRatio: 2 },
        },
        // Solved afresh each time: the analysis keeps the last few solved problems, which
        // would otherwise time a look-up.
        () => {
          forgetSolvedBudgets();
          return analyzeTeam({ ...input, planning: { hireLimit } });
        },
        () => analyzeTeam(input),
        { runs: runs.engine, warmup: runs.engineWarmup, collectEachRun: size >= 10_000 },
      ),
    );
  }
  return figures;
}

import { analyzeTeam, forgetSolvedBudgets } from '../shared/analysis';
import type { AppData } from '../shared/data';
import type { Framework, HireLimit } from '../shared/domain';
import { round } from './measure';
import type { Figure } from './node-bench';
import { syntheticOrganisation } from './synthetic';

/*
 * The plan within a limit against the plan without one, measured in the same run on the same
 * data, in turns: the analysis with a hire limit (which adds the best plan within it and the marginal
 * series from no hire to the whole plan) over the analysis without. Limits: one hire, half
 * the minimum plan, and all but one of its hires. Target at 10,000 members: at most 2×.
 */

const SIZES = [100, 1_000, 10_000];
const RUNS = 11;
const WARMUP = 10;
const MAX_RATIO = 2;

export function budgetBench(framework: Framework, log: (line: string) => void): Figure[] {
  const figures: Figure[] = [];
  for (const size of SIZES) {
    const data = JSON.parse(JSON.stringify(syntheticOrganisation(size, framework))) as AppData;
    const input = { framework: data.framework, organisation: data.organisation, members: data.members };
    const hires = analyzeTeam(input).plan.hires.length;
    const limits = [...new Set([1, Math.max(1, Math.floor(hires / 2)), Math.max(1, hires - 1)])];
    log(`  ${size} members: the plan within a limit (${hires} hires without one; limits ${limits.join(', ')})`);
    for (const n of limits) {
      const hireLimit: HireLimit = { kind: 'hires', hires: n };
      const { budgeted, unbudgeted } = paired(
        () => analyzeTeam(input),
        // Solved afresh each time: the analysis keeps the last few solved problems, which
        // would otherwise time a look-up.
        () => {
          forgetSolvedBudgets();
          return analyzeTeam({ ...input, planning: { hireLimit } });
        },
      );
      const ratio = budgeted / unbudgeted;
      figures.push({
        id: 'budget',
        label: `Budgeted plan (limit ${n} of ${hires} hires) / unbudgeted analysis`,
        baseline: 'The same analysis without a limit',
        size,
        ms: round(budgeted),
        baselineMs: round(unbudgeted, 3),
        ratio: round(ratio),
        target: { maxRatio: MAX_RATIO },
        met: size === 10_000 ? ratio <= MAX_RATIO : null,
      });
    }
  }
  return figures;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * Medians of the two, timed in turns (one run of each, again and again), so that load from
 * the rest of the machine falls on both alike: on a shared machine, timing one after the
 * other can make either look slower by more than the difference measured.
 */
function paired(without: () => unknown, within: () => unknown): { unbudgeted: number; budgeted: number } {
  for (let i = 0; i < WARMUP; i++) {
    without();
    within();
  }
  collectGarbage?.();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    without();
    a.push(performance.now() - start);
    start = performance.now();
    within();
    b.push(performance.now() - start);
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { unbudgeted: mid(a), budgeted: mid(b) };
}

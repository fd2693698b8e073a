import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam, groupHires } from '@shared/analysis';
import { randomCase } from '../../support/arbitraries';

/*
 * The plan within a limit on random teams: more room never closes less, a limit that allows
 * the minimum plan gives exactly it, and each step of the series is what that limit alone gives.
 * (test/shared/solver/integer-value.test.ts holds the solver to brute force.)
 */

const RUNS = { numRuns: 60 };

describe('the plan within a limit, on random teams', () => {
  it('never closes less value when the hire limit grows', () => {
    fc.assert(
      fc.property(randomCase, fc.integer({ min: 0, max: 6 }), (input, hires) => {
        const at = (n: number) =>
          analyzeTeam({ ...input, planning: { hireLimit: { kind: 'hires', hires: n } } }).budgetPlan!;
        const less = at(hires);
        const more = at(hires + 1);
        expect(more.closed.value).toBeGreaterThanOrEqual(less.closed.value - 1e-6);
        expect(less.hireCount).toBeLessThanOrEqual(hires);
        // Each series step is the best value at its own limit.
        const step = less.series.find((s) => s.limit === hires);
        if (step) expect(step.value).toBeCloseTo(less.closed.value, 6);
      }),
      RUNS,
    );
  });

  it('never closes less value when the money budget grows', () => {
    fc.assert(
      fc.property(
        randomCase,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 100 }),
        (input, amount, more) => {
          const roleCosts = Object.fromEntries(input.framework.roles.map((r, i) => [r.id, 40 + 10 * (i % 4)]));
          const at = (n: number) =>
            analyzeTeam({ ...input, planning: { roleCosts, hireLimit: { kind: 'money', amount: n } } }).budgetPlan!;
          const less = at(amount);
          expect(at(amount + more).closed.value).toBeGreaterThanOrEqual(less.closed.value - 1e-6);
          expect(less.cost!).toBeLessThanOrEqual(amount);
        },
      ),
      RUNS,
    );
  });

  it("equals today's minimum plan when the limit is unlimited", () => {
    fc.assert(
      fc.property(randomCase, (input) => {
        const analysis = analyzeTeam({ ...input, planning: { hireLimit: { kind: 'hires', hires: 1000 } } });
        const plan = analysis.budgetPlan!;
        expect(plan.wholePlanFits).toBe(true);
        expect(plan.hires.map((h) => [h.roleId, h.productTeam, h.count])).toEqual(
          groupHires(analysis.plan.hires).map((g) => [g.roleId, g.productTeam, g.count]),
        );
        expect(plan.closed).toEqual(plan.whole);
        // No smaller limit beats the whole plan.
        for (const s of plan.series) expect(s.value).toBeLessThanOrEqual(plan.whole.value + 1e-6);
        expect(plan.series.at(-1)!.hires).toBe(analysis.plan.hires.length);
      }),
      RUNS,
    );
  });
});

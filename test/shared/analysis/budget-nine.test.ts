import { describe, expect, it } from 'vitest';
import { analyzeTeam, planWithinLimit } from '@shared/analysis';
import type { PlanningSettings } from '@shared/domain';
import { builtinFramework } from '../../support/fixtures';
import { nineMembers, nineOrganisation } from '../../support/nine-person-team';

/* The plan within a limit on issue 11's nine-person team (one hire of each of four roles). */

const framework = builtinFramework();
const analyse = (planning?: PlanningSettings) =>
  analyzeTeam({ framework, organisation: nineOrganisation(), members: nineMembers(framework), planning });
const roleCosts = {
  'data-engineer': 90_000,
  'ml-engineer': 95_000,
  'analytics-engineer': 80_000,
  'data-analyst': 60_000,
};

describe("the plan within a limit, on issue 11's nine-person team", () => {
  const minimum = analyse().plan;

  it('has no budgeted plan without a limit', () => {
    expect(analyse()).not.toHaveProperty('budgetPlan');
    expect(analyse({ currency: 'EUR', roleCosts })).not.toHaveProperty('budgetPlan');
  });

  it('picks the data engineer for a budget of one hire', () => {
    const plan = analyse({ hireLimit: { kind: 'hires', hires: 1 } }).budgetPlan!;
    expect(plan.hires.map((h) => [h.roleId, h.count])).toEqual([['data-engineer', 1]]);
    expect(plan.closed).toEqual({ gapsClosed: 6, singlePointsClosed: 6, fteAbsorbed: 0.8, value: 78.8 });
    expect(plan.wholePlanFits).toBe(false);
    expect(plan.open.map((g) => g.skillId)).toContain('bi-dashboards');
    expect(plan.problems).toEqual([]);
  });

  it('draws the marginal series from no hire to the whole minimum plan, never falling', () => {
    const plan = analyse({ hireLimit: { kind: 'hires', hires: 2 } }).budgetPlan!;
    expect(plan.series.map((s) => s.limit)).toEqual([0, 1, 2, 3, 4]);
    expect(minimum.hires).toHaveLength(4);
    expect(plan.series.at(-1)).toMatchObject(plan.whole);
    for (let k = 1; k < plan.series.length; k++) {
      expect(plan.series[k]!.value).toBeGreaterThanOrEqual(plan.series[k - 1]!.value);
    }
    expect(plan.series[2]!.value).toBe(plan.closed.value);
  });

  it('is the minimum plan when the limit allows it', () => {
    const plan = analyse({ hireLimit: { kind: 'hires', hires: 10 } }).budgetPlan!;
    expect(plan.wholePlanFits).toBe(true);
    expect(plan.hireCount).toBe(minimum.hires.length);
    expect(plan.closed).toEqual(plan.whole);
    expect(plan.open).toEqual([]);
  });

  it('spends money at the cost per role, and with 100,000 EUR still picks the data engineer', () => {
    const plan = analyse({ currency: 'EUR', roleCosts, hireLimit: { kind: 'money', amount: 100_000 } }).budgetPlan!;
    expect(plan.hires.map((h) => [h.roleId, h.count, h.costEach])).toEqual([['data-engineer', 1, 90_000]]);
    expect(plan.cost).toBe(90_000);
    expect(plan.currency).toBe('EUR');
    expect(plan.series.at(-1)!.limit).toBe(325_000);
  });

  it('names a role with no cost instead of pricing it at nothing', () => {
    const { 'data-engineer': _left, ...others } = roleCosts;
    const plan = analyse({ roleCosts: others, hireLimit: { kind: 'money', amount: 100_000 } }).budgetPlan!;
    expect(plan.problems).toEqual([expect.stringContaining('No cost is set for Data engineer')]);
    expect(plan.hires.some((h) => h.roleId === 'data-engineer')).toBe(false);
  });

  it('follows the weights: with load worth most and gaps nothing, the data engineer still comes first', () => {
    const plan = analyse({
      hireLimit: { kind: 'hires', hires: 1 },
      weights: { singlePoint: 0, belowPolicy: 0, engineeringFte: 5 },
    }).budgetPlan!;
    expect(plan.closed.value).toBe(4);
    expect(plan.hires.map((h) => h.roleId)).toEqual(['data-engineer']);
  });
});

describe('the minimum plan cut to the limit, for the timeline', () => {
  it("keeps the hires the limit buys, with their numbers and briefs, and their roles' counts", () => {
    const analysis = analyse({ hireLimit: { kind: 'hires', hires: 2 } });
    const cut = planWithinLimit(analysis.plan, analysis.budgetPlan!);
    const chosen = analysis.budgetPlan!.hires.flatMap((h) => Array.from({ length: h.count }, () => h.roleId)).sort();
    expect(cut.hires.map((h) => h.roleId).sort()).toEqual(chosen);
    for (const hire of cut.hires) expect(analysis.plan.hires).toContain(hire);
    expect(cut.byRole.reduce((n, r) => n + r.count, 0)).toBe(2);
    expect(cut.upskilling).toBe(analysis.plan.upskilling);
  });

  it('is the whole plan when the limit allows it, and empty at a limit of 0', () => {
    const all = analyse({ hireLimit: { kind: 'hires', hires: 10 } });
    expect(planWithinLimit(all.plan, all.budgetPlan!)).toBe(all.plan);
    const none = analyse({ hireLimit: { kind: 'hires', hires: 0 } });
    expect(planWithinLimit(none.plan, none.budgetPlan!).hires).toEqual([]);
  });
});

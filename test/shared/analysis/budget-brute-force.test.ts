import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam, indexFramework, type Analysis } from '@shared/analysis';
import { teamGapsToPlan } from '@shared/analysis/team-coverage';
import { DEFAULT_PLAN_WEIGHTS } from '@shared/domain';
import { randomCase } from '../../support/arbitraries';

/*
 * The plan within a limit against brute force on random small teams: every way of making up
 * to k hires (a role, for no product team or for one where it closes a gap) is valued here,
 * from the coverage, in the test's own words, and the best must be what the analysis says.
 */

interface Slot {
  role: string;
  team: string | null;
  engineering: boolean;
}

function bestByBruteForce(input: Parameters<typeof analyzeTeam>[0], analysis: Analysis, k: number): number {
  const w = DEFAULT_PLAN_WEIGHTS;
  const staffed = new Set(input.members.map((m) => m.role));
  const index = indexFramework(input.framework, input.organisation.coverage, staffed);
  const teamGaps = teamGapsToPlan(analysis.teamCoverage, index).filter((g) => g.closableBy.length > 0);
  const orgGaps = analysis.teamCoverage.scope !== 'team';
  const slots: Slot[] = input.framework.roles.map((r) => ({
    role: r.id,
    team: null,
    engineering: r.area === 'data-engineering',
  }));
  for (const g of teamGaps) {
    for (const role of g.closableBy) {
      if (!slots.some((s) => s.role === role && s.team === g.productTeam)) {
        const area = input.framework.roles.find((r) => r.id === role)!.area;
        slots.push({ role, team: g.productTeam, engineering: area === 'data-engineering' });
      }
    }
  }
  const absorbable = Math.round(analysis.plan.hires.reduce((sum, h) => sum + h.absorbsFte, 0) * 100) / 100;
  const valueOf = (chosen: Slot[]): number => {
    let value = 0;
    const gain = (people: number, cap: number, singlePoint: boolean) =>
      people > 0 ? w.belowPolicy * Math.min(people, cap) + (singlePoint ? w.singlePoint : 0) : 0;
    if (orgGaps) {
      for (const c of analysis.coverage) {
        if (c.gap <= 0 || c.closableBy.length === 0) continue;
        const people = chosen.filter((s) => c.closableBy.includes(s.role)).length;
        value += gain(people, c.gap, c.status === 'single-point-of-failure');
      }
    }
    for (const g of teamGaps) {
      const people = chosen.filter((s) => s.team === g.productTeam && g.closableBy.includes(s.role)).length;
      value += gain(people, g.gap, g.holders === 1);
    }
    if (absorbable > 0) value += w.engineeringFte * Math.min(chosen.filter((s) => s.engineering).length, absorbable);
    return value;
  };
  let best = 0;
  const walk = (from: number, chosen: Slot[]) => {
    best = Math.max(best, valueOf(chosen));
    if (chosen.length === k) return;
    for (let i = from; i < slots.length; i++) walk(i, [...chosen, slots[i]!]);
  };
  walk(0, []);
  return best;
}

describe('the plan within a limit equals brute force on random small teams', () => {
  it('for limits of 1 to 3 hires', () => {
    fc.assert(
      fc.property(randomCase, fc.integer({ min: 1, max: 3 }), (input, k) => {
        const analysis = analyzeTeam({ ...input, planning: { hireLimit: { kind: 'hires', hires: k } } });
        const plan = analysis.budgetPlan!;
        // The whole plan is taken as it is when it fits (its value is the most there is).
        const expected = plan.wholePlanFits ? plan.whole.value : bestByBruteForce(input, analysis, k);
        expect(plan.closed.value).toBeCloseTo(Math.round(expected * 100) / 100, 6);
        expect(plan.hireCount).toBeLessThanOrEqual(Math.max(k, plan.wholePlanFits ? plan.hireCount : 0));
      }),
      { numRuns: 60 },
    );
  });

  it('with coverage asked inside product teams too', () => {
    const withTeamScope = fc
      .tuple(randomCase, fc.constantFrom('team' as const, 'both' as const))
      .map(([input, scope]) => ({
        ...input,
        organisation: { ...input.organisation, coverage: { ...input.organisation.coverage, scope } },
      }));
    fc.assert(
      fc.property(withTeamScope, fc.integer({ min: 1, max: 2 }), (input, k) => {
        const analysis = analyzeTeam({ ...input, planning: { hireLimit: { kind: 'hires', hires: k } } });
        const plan = analysis.budgetPlan!;
        const expected = plan.wholePlanFits ? plan.whole.value : bestByBruteForce(input, analysis, k);
        expect(plan.closed.value).toBeCloseTo(Math.round(expected * 100) / 100, 6);
      }),
      { numRuns: 60 },
    );
  });
});

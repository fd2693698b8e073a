import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam, compareScenario, scenarioTeam } from '@shared/analysis';
import type { Scenario } from '@shared/domain';
import { randomCase } from '../support/arbitraries';
import { builtinFramework, sampleTeam } from '../support/fixtures';

/*
 * A departure moves the leaver's work to "unowned", for the plan to absorb; it never makes
 * work vanish. Scenario hires take it over first.
 */

const scenario = (extra: Partial<Scenario>): Scenario => ({
  id: 's',
  name: 'Scenario',
  plannedHires: [],
  roleMoves: [],
  departures: [],
  ...extra,
});

const team = sampleTeam();
const input = { framework: builtinFramework(), organisation: team.organisation, members: team.members };
const workToAbsorb = (s: { engineeringFteCarriedByScientists: number; unownedEngineeringFte: number }) =>
  s.engineeringFteCarriedByScientists + s.unownedEngineeringFte;

describe('a departure leaves its work to absorb', () => {
  it("keeps a scientist's carried engineering work as unowned work, so the work to absorb does not fall", () => {
    // Kwame carries 60 % engineering work (pipelines, deployment, modelling) at 1 FTE.
    const cmp = compareScenario(input, scenario({ departures: ['kwame-mensah'] }));
    const left = cmp.scenarioAnalysis.unownedWork;
    expect(left.map((w) => w.name)).toEqual(['Kwame Mensah']);
    expect(left[0]!.fte).toBe(1);
    expect(left[0]!.engineeringFte).toBeCloseTo(0.6); // pipelines 30 + deployment 20 + modelling 10
    expect(cmp.scenario.engineeringFteCarriedByScientists).toBeLessThan(cmp.today.engineeringFteCarriedByScientists);
    expect(cmp.today.engineeringFteCarriedByScientists - cmp.scenario.engineeringFteCarriedByScientists).toBeCloseTo(
      0.6,
    );
    expect(workToAbsorb(cmp.scenario)).toBeCloseTo(workToAbsorb(cmp.today));
    expect(cmp.workToAbsorbDelta).toBe(0);
  });

  it("plans a replacement for the leaver's own work, naming the leaver and the work", () => {
    const cmp = compareScenario(input, scenario({ departures: ['fatima-haddad'] }));
    const replacement = cmp.scenarioAnalysis.plan.hires.filter((h) =>
      h.reasons.some((r) => r.includes('the work Fatima Haddad leaves')),
    );
    expect(replacement).toHaveLength(1);
    expect(replacement[0]!.roleId).toBe('data-scientist');
    expect(replacement[0]!.priority).toBe('high');
    // Her non-engineering work (0.9 FTE; product integration is engineering) is what the
    // replacement takes over, heaviest three named.
    expect(replacement[0]!.reasons.join(' ')).toContain(
      'Takes over 0.9 FTE of the work Fatima Haddad leaves (Hypothesis testing, ML model development (training / testing), Model training and 5 more).',
    );
  });

  it("names the leaver in the reason of the engineering hire that takes the leaver's engineering work", () => {
    const cmp = compareScenario(input, scenario({ departures: ['priya-raman'] }));
    const reasons = cmp.scenarioAnalysis.plan.hires.flatMap((h) => h.reasons);
    expect(reasons.some((r) => r.includes('left by Priya Raman 1 FTE, who leaves'))).toBe(true);
    expect(cmp.scenario.unownedEngineeringFte).toBe(1);
  });

  it("lets the scenario's own hires take the leaver's work over first", () => {
    const replaced = scenarioTeam(
      team.members,
      scenario({
        departures: ['priya-raman'],
        plannedHires: [{ id: 'h', role: 'data-engineer', productTeam: 'Checkout', fte: 1 }],
      }),
      input.framework,
      input.organisation,
    );
    expect(replaced.unowned).toEqual([]);
    // Her work took the whole hire: nothing was handed over from the scientists.
    const kwame = replaced.members.find((m) => m.id === 'kwame-mensah')!;
    expect(kwame).toBe(team.members.find((m) => m.id === 'kwame-mensah'));

    const half = scenarioTeam(
      team.members,
      scenario({ departures: ['priya-raman'], plannedHires: [{ id: 'h', role: 'data-engineer', fte: 0.5 }] }),
      input.framework,
      input.organisation,
    );
    expect(half.unowned[0]!.engineeringFte).toBeCloseTo(0.5);
  });

  it('today has no unowned work, and the comparison lists only the roles whose hires change', () => {
    const today = analyzeTeam(input);
    expect(today.unownedWork).toEqual([]);
    expect(today.summary.unownedFte).toBe(0);
    const same = compareScenario(input, scenario({}));
    expect(same.hireChanges).toEqual([]);
    expect(same.workToAbsorbDelta).toBe(0);
  });

  it('property: a departure never lowers the engineering work to absorb, and its work is all accounted for', () => {
    fc.assert(
      fc.property(randomCase, fc.nat(), (c, pick) => {
        if (c.members.length === 0) return;
        const leaver = c.members[pick % c.members.length]!;
        const cmp = compareScenario(c, scenario({ departures: [leaver.id] }));
        expect(workToAbsorb(cmp.scenario)).toBeGreaterThanOrEqual(workToAbsorb(cmp.today) - 0.011);
        const allocated = Object.values(leaver.allocation).reduce((sum, p) => sum + (leaver.fte * p) / 100, 0);
        expect(cmp.scenario.unownedFte).toBeCloseTo(allocated, 1);
      }),
      { numRuns: 100 },
    );
  });
});

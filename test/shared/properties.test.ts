import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam, applyScenario, type Analysis } from '@shared/analysis';
import type { Member, Scenario } from '@shared/domain';
import { randomCase, randomFramework, randomMembers, randomOrganisation } from '../support/arbitraries';
import { builtinFramework } from '../support/fixtures';

/*
 * Invariants of the analysis engine, on random teams over the article's framework and on
 * random small frameworks with up to four roles.
 */

const gapBySkill = (a: Analysis) => new Map(a.coverage.map((c) => [c.skillId, c.gap]));
const closableGaps = (a: Analysis) => a.coverage.filter((c) => c.gap > 0 && c.closableBy.length > 0);

function hireScenario(counts: Record<string, number>): Scenario {
  const plannedHires = Object.entries(counts).flatMap(([role, n]) =>
    Array.from({ length: n }, (_, k) => ({ id: `hire-${role}-${k}`, role })),
  );
  return { id: 'plan', name: 'Plan', plannedHires, roleMoves: [], departures: [] };
}

/**
 * What is left to do after hiring these people: closable gaps or engineering load. Skills
 * nobody was assessed on before are left out: the plan does not hire for them (it asks for
 * an assessment first), and a hire assessed at their role's targets may reveal a gap there.
 */
function stillNeedsHires(input: Parameters<typeof analyzeTeam>[0], counts: Record<string, number>): boolean {
  const unknown = new Set(
    analyzeTeam(input)
      .coverage.filter((c) => c.status === 'unknown')
      .map((c) => c.skillId),
  );
  const members = applyScenario(input.members, hireScenario(counts), input.framework, input.organisation);
  const after = analyzeTeam({ ...input, members });
  return closableGaps(after).some((c) => !unknown.has(c.skillId)) || after.plan.hiresForEngineeringLoad > 0;
}

const RUNS = { numRuns: 150 };

describe('analysis engine invariants', () => {
  it('raising an assessed level never increases a gap or the number of hires', () => {
    fc.assert(
      fc.property(randomCase, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 }), (input, mi, si, by) => {
        fc.pre(input.members.length > 0);
        const before = analyzeTeam(input);
        const members = input.members.map((m) => ({ ...m, levels: { ...m.levels } }));
        const target = members[mi % members.length]!;
        const skill = input.framework.skills[si % input.framework.skills.length]!.id;
        fc.pre(target.levels[skill] !== undefined);
        target.levels[skill] = Math.min(4, target.levels[skill]! + by);
        const after = analyzeTeam({ ...input, members });
        const gapsBefore = gapBySkill(before);
        for (const [id, gap] of gapBySkill(after)) expect(gap).toBeLessThanOrEqual(gapsBefore.get(id)!);
        expect(after.plan.hires.length).toBeLessThanOrEqual(before.plan.hires.length);
      }),
      RUNS,
    );
  });

  it('adding a hire never lowers coverage', () => {
    fc.assert(
      fc.property(randomCase, fc.nat(), (input, ri) => {
        const hired = input.framework.roles[ri % input.framework.roles.length]!;
        const role = hired.id;
        const before = analyzeTeam(input);
        const members = applyScenario(input.members, hireScenario({ [role]: 1 }), input.framework, input.organisation);
        const after = analyzeTeam({ ...input, members });
        const was = new Map(before.coverage.map((c) => [c.skillId, c]));
        // The first holder of a "when-staffed" role brings its targets into the requirements
        // (a team with a BI developer is asked to cover BI skills); any other hire leaves them.
        const newlyStaffed = hired.requires === 'when-staffed' && !input.members.some((m) => m.role === role);
        for (const c of after.coverage) {
          const prior = was.get(c.skillId)!;
          if (!newlyStaffed) expect(c.requiredLevel).toBe(prior.requiredLevel);
          if (c.requiredLevel !== prior.requiredLevel) continue;
          expect(c.holders).toBeGreaterThanOrEqual(prior.holders);
          // A skill assessed before keeps its gap or closes it; one nobody was assessed on may
          // only now show a gap (the hire is assessed at the role's targets).
          if (prior.status !== 'unknown') expect(c.gap).toBeLessThanOrEqual(prior.gap);
        }
      }),
      RUNS,
    );
  });

  it('a team at every target with enough people has no gaps and needs no hires', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(builtinFramework()), randomFramework),
        randomOrganisation,
        (framework, organisation) => {
          const top: Record<string, number> = {};
          for (const role of framework.roles) {
            for (const [id, t] of Object.entries(role.targets)) top[id] = Math.max(top[id] ?? 0, t.level);
          }
          const members: Member[] = Array.from({ length: organisation.coverage.minPeople }, (_, i) => ({
            id: `m${i}`,
            name: `M${i}`,
            role: framework.roles[i % framework.roles.length]!.id,
            productTeam: '',
            fte: 1,
            levels: { ...top },
            allocation: {},
          }));
          const result = analyzeTeam({ framework, organisation, members });
          expect(result.summary.totalGap).toBe(0);
          expect(result.plan.hires).toEqual([]);
          expect(result.plan.residualGaps).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it("applying the plan's hires leaves no closable gap and no engineering load to absorb", () => {
    fc.assert(
      fc.property(randomCase, (input) => {
        const plan = analyzeTeam(input).plan;
        const counts = Object.fromEntries(plan.byRole.map((r) => [r.roleId, r.count]));
        expect(stillNeedsHires(input, counts)).toBe(false);
        expect(plan.hires.length).toBe(plan.byRole.reduce((n, r) => n + r.count, 0));
      }),
      RUNS,
    );
  });

  it("the plan's size equals a brute-force minimum over every smaller set of hires", () => {
    fc.assert(
      fc.property(
        fc
          .tuple(randomFramework, randomOrganisation)
          .chain(([framework, organisation]) =>
            randomMembers(framework, 4).map((members) => ({ framework, organisation, members })),
          ),
        (input) => {
          const plan = analyzeTeam(input).plan;
          expect(plan.optimal).toBe(true);
          const roles = input.framework.roles.map((r) => r.id);
          const size = plan.hires.length;
          // Every way to make fewer hires than the plan must leave something undone.
          const vectors = (left: number, k: number): number[][] =>
            k === 0
              ? [[]]
              : Array.from({ length: left + 1 }, (_, c) => vectors(left - c, k - 1).map((v) => [c, ...v])).flat();
          for (const v of vectors(size - 1, roles.length)) {
            if (size === 0) break;
            expect(stillNeedsHires(input, Object.fromEntries(roles.map((r, i) => [r, v[i]!])))).toBe(true);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(randomCase, (input) => {
        const first = JSON.stringify(analyzeTeam(input));
        expect(JSON.stringify(analyzeTeam(structuredClone(input)))).toBe(first);
      }),
      RUNS,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam, applyScenario, type Analysis } from '@shared/analysis';
import type { Framework, Scenario } from '@shared/domain';
import { randomCase } from '../support/arbitraries';
import { bigOrganisation } from '../support/big-organisation';
import { builtinFramework, member, organisation, tinyFramework } from '../support/fixtures';

/*
 * Coverage inside product teams: at organisation scale every skill is held somewhere while
 * a product team has nobody for one. The plan hires into that team.
 */

const framework = builtinFramework();
const targetsOf = (fw: Framework, roleId: string): Record<string, number> =>
  Object.fromEntries(Object.entries(fw.roles.find((r) => r.id === roleId)!.targets).map(([id, t]) => [id, t.level]));

describe('coverage per product team', () => {
  const { members, organisation: org } = bigOrganisation(framework);
  const result = analyzeTeam({ framework, organisation: org, members });

  it('finds the one team that lacks a skill in a 2,000-person organisation covered as a whole', () => {
    expect(result.summary.members).toBe(2000);
    expect(result.summary.skillsWithGaps).toBe(0);
    expect(result.teamCoverage.scope).toBe('both');
    expect(result.teamCoverage.scopeDerived).toBe(true);
    expect(result.summary.teamGaps).toBe(1);
    expect(result.summary.teamsWithGaps).toBe(1);
    const first = result.teamCoverage.teams[0]!;
    expect(first.label).toBe('Payments 3');
    const column = result.teamCoverage.skills.findIndex((s) => s.skillId === 'data-security');
    expect(first.status[column]).toBe('uncovered');
    expect(first.gaps[column]).toBe(1);
    expect(result.teamCoverage.teams.slice(1).every((t) => t.gapCount === 0)).toBe(true);
  });

  it('plans one hire into that team, screened for the skill, and says why', () => {
    expect(result.plan.hires).toHaveLength(1);
    const hire = result.plan.hires[0]!;
    expect(hire.roleId).toBe('data-engineer');
    expect(hire.productTeam).toBe('Payments 3');
    expect(hire.priority).toBe('high');
    expect(hire.screenFor.map((s) => s.skillId)).toEqual(['data-security']);
    expect(hire.reasons).toEqual(['Nobody in Payments 3 holds Data security at the level needed.']);
  });

  it('follows the scope of the policy: the organisation only, or the teams only', () => {
    const orgOnly = analyzeTeam({
      framework,
      organisation: organisation({ coverage: { minPeople: 2, scope: 'org' } }),
      members,
    });
    expect(orgOnly.teamCoverage.gapCount).toBe(1);
    expect(orgOnly.plan.hires).toEqual([]);

    // Teams only: an organisation-wide single point of failure is shown, not hired for.
    const small = [
      member('a', 'data-engineer', targetsOf(framework, 'data-engineer'), { productTeam: 'A' }),
      member('b', 'data-scientist', targetsOf(framework, 'data-scientist'), { productTeam: 'A' }),
    ];
    const teamsOnly = analyzeTeam({
      framework,
      organisation: organisation({ coverage: { minPeople: 2, scope: 'team' } }),
      members: small,
    });
    expect(teamsOnly.summary.singlePointsOfFailure).toBeGreaterThan(0);
    expect(teamsOnly.summary.teamGaps).toBe(0);
    expect(teamsOnly.plan.hires).toEqual([]);
    const both = analyzeTeam({
      framework,
      organisation: organisation({ coverage: { minPeople: 2, scope: 'both' } }),
      members: small,
    });
    expect(both.plan.hires.length).toBeGreaterThan(0);
  });

  it('asks a team for the skills of a when-staffed role only where someone holds that role', () => {
    const fw = tinyFramework(
      [{ id: 'sql' }, { id: 'dash' }],
      [
        { id: 'sci', area: 'data-science', targets: { sql: 2 } },
        { id: 'bi', area: 'shared', targets: { sql: 2, dash: 3 } },
      ],
    );
    fw.roles[1]!.requires = 'when-staffed';
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation({ coverage: { minPeople: 1, scope: 'team' } }),
      members: [
        member('x', 'sci', { sql: 2, dash: 0 }, { productTeam: 'A' }),
        member('y', 'bi', { sql: 2, dash: 3 }, { productTeam: 'B' }),
      ],
    });
    const status = (team: string, skill: string) => {
      const t = result.teamCoverage.teams.find((tt) => tt.productTeam === team)!;
      return t.status[result.teamCoverage.skills.findIndex((s) => s.skillId === skill)];
    };
    expect(status('A', 'dash')).toBe('not-required');
    expect(status('B', 'dash')).toBe('covered');
    expect(status('A', 'sql')).toBe('covered');
  });

  it('says unknown, not a gap, where nobody in the team was assessed', () => {
    const fw = tinyFramework([{ id: 'sql' }], [{ id: 'sci', area: 'data-science', targets: { sql: 2 } }]);
    const result = analyzeTeam({
      framework: fw,
      organisation: organisation({ coverage: { minPeople: 1, scope: 'both' } }),
      members: [member('x', 'sci', { sql: 2 }, { productTeam: 'A' }), member('y', 'sci', {}, { productTeam: 'B' })],
    });
    const b = result.teamCoverage.teams.find((t) => t.productTeam === 'B')!;
    expect(b.status).toEqual(['unknown']);
    expect(b.gaps).toEqual([0]);
    expect(result.plan.hires).toEqual([]);
  });

  it('property: hiring the plan into its product teams leaves no team gap it could close', () => {
    const hiredInto = (plan: Analysis['plan']): Scenario => ({
      id: 'plan',
      name: 'Plan',
      plannedHires: plan.hires.map((h) => ({
        id: `hire-${h.number}`,
        role: h.roleId,
        ...(h.productTeam ? { productTeam: h.productTeam } : {}),
      })),
      roleMoves: [],
      departures: [],
    });
    fc.assert(
      fc.property(randomCase, (c) => {
        const input = {
          ...c,
          organisation: { ...c.organisation, coverage: { ...c.organisation.coverage, scope: 'both' as const } },
        };
        const before = analyzeTeam(input);
        const unknown = new Set(
          before.teamCoverage.teams.flatMap((t) =>
            t.status.flatMap((s, col) =>
              s === 'unknown' ? [`${t.productTeam}/${before.teamCoverage.skills[col]!.skillId}`] : [],
            ),
          ),
        );
        const members = applyScenario(input.members, hiredInto(before.plan), input.framework, input.organisation);
        const after = analyzeTeam({ ...input, members });
        for (const team of after.teamCoverage.teams) {
          if (team.productTeam === '') continue;
          team.gaps.forEach((gap, col) => {
            const skill = after.teamCoverage.skills[col]!;
            const closable = after.coverage.find((cv) => cv.skillId === skill.skillId)!.closableBy.length > 0;
            if (closable && !unknown.has(`${team.productTeam}/${skill.skillId}`)) expect(gap).toBe(0);
          });
        }
      }),
      { numRuns: 120 },
    );
  });
});

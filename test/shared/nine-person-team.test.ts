import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import { builtinFramework } from '../support/fixtures';
import { nineMembers, nineOrganisation } from '../support/nine-person-team';

/*
 * The team a new user tried: every role in its own profile, two scientists carrying
 * engineering work, a BI developer whose data modelling is her own job.
 */

const framework = builtinFramework();
const result = analyzeTeam({ framework, organisation: nineOrganisation(), members: nineMembers(framework) });
const byName = (name: string) => result.members.find((m) => m.name === name)!;

describe('a real 9-person team', () => {
  it('flags no mismatch for anyone working in their own role, ML engineer and BI developer included', () => {
    for (const m of result.members) {
      expect([m.name, m.bestRoleId, m.mismatch]).toEqual([m.name, m.roleId, false]);
    }
  });

  it("counts the two scientists' pipeline, warehouse and deployment time as carried, and nobody else's", () => {
    expect(result.separation.carriers.map((c) => [c.name, c.engineeringPercent, c.overThreshold])).toEqual([
      ['Dev Patel', 45, true],
      ['Chloe Martin', 35, true],
    ]);
    // The BI developer's and the analytics engineer's data modelling is their own job.
    expect(byName('Ivo Novak').engineeringPercent).toBe(30);
    expect(result.separation.carriers.some((c) => c.name === 'Ivo Novak' || c.name === 'Hana Suzuki')).toBe(false);
  });

  it("plans one data-engineer hire that takes the two scientists' work, screened for that work", () => {
    const engineers = result.plan.hires.filter((h) => h.roleId === 'data-engineer');
    expect(engineers).toHaveLength(1);
    const hire = engineers[0]!;
    // All of their engineering work (0.45 + 0.35 FTE), not only the part above the threshold.
    expect(hire.absorbsFte).toBeCloseTo(0.8);
    const why = hire.reasons.join(' ');
    expect(why).toContain('Dev Patel 45 %');
    expect(why).toContain('Chloe Martin 35 %');
    const screened = hire.screenFor.map((s) => s.skillId);
    for (const work of ['data-pipelines', 'ml-deployment-pipelines', 'data-warehouse-solutions']) {
      expect(screened).toContain(work);
    }
    expect(result.plan.hiresForEngineeringLoad).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import { TrendPoint } from '@shared/rounds/schema';
import { todayTrend, trendPoint } from '@shared/rounds/trend-point';
import { builtinFramework } from '../../support/fixtures';
import { bigOrganisation } from '../../support/big-organisation';
import { mixedTeam } from './round-fixtures';

describe('trendPoint', () => {
  const framework = builtinFramework();
  const team = { ...mixedTeam(framework), framework };

  it("gives the analysis's figures for every skill, role and product team", () => {
    const point = trendPoint(team, '2026-12-01');
    expect(TrendPoint.parse(point)).toEqual(point);
    const analysis = analyzeTeam(team);
    expect(point.skills.map((s) => s.skillId).sort()).toEqual(framework.skills.map((s) => s.id).sort());
    for (const skill of point.skills) {
      const coverage = analysis.coverage.find((c) => c.skillId === skill.skillId)!;
      expect(skill).toEqual({
        skillId: coverage.skillId,
        holders: coverage.holders,
        needed: coverage.needed,
        gap: coverage.gap,
        singlePointOfFailure: coverage.status === 'single-point-of-failure',
      });
    }
    expect(point.headcountByRole).toEqual({
      'data-scientist': 5,
      'data-engineer': 1,
      'ml-engineer': 1,
      'analytics-engineer': 1,
      'data-analyst': 1,
    });
    expect(point.engineeringFteCarried).toBe(analysis.separation.engineeringFteCarriedByScientists);
    expect(point.engineeringFteCarried).toBeGreaterThan(0);
    expect(point.productTeams.map((t) => t.productTeam).sort()).toEqual(['Growth', 'Payments', 'Search']);
    expect(point.productTeams.reduce((sum, t) => sum + t.members, 0)).toBe(9);
    expect(point.plannedHires).toBe(analysis.plan.hires.length);
  });

  it('counts levels assessed and stale on the round date, leaving undated members out of stale', () => {
    const levels = team.members.reduce((sum, m) => sum + Object.keys(m.levels).length, 0);
    const stale = team.members
      .filter((m) => m.assessedOn === '2026-01-15')
      .reduce((sum, m) => sum + Object.keys(m.levels).length, 0);
    const early = trendPoint(team, '2026-03-01');
    expect(early.levelsAssessed).toBe(levels);
    expect(early.levelsStale).toBe(0);
    const late = trendPoint(team, '2026-12-01');
    expect(late.levelsStale).toBe(stale);
    expect(stale).toBeGreaterThan(0);
    const later = trendPoint(team, '2027-06-01');
    const undated = team.members
      .filter((m) => m.assessedOn === undefined)
      .reduce((sum, m) => sum + Object.keys(m.levels).length, 0);
    expect(undated).toBeGreaterThan(0);
    expect(later.levelsStale).toBe(levels - undated);
  });

  it("gives today's column from the live data", () => {
    const today = todayTrend({ ...team, selfAssessments: [] }, '2026-12-01');
    expect(today.label).toEqual({ ref: 'today', name: 'Today', date: '2026-12-01' });
    expect(today.point).toEqual(trendPoint(team, '2026-12-01'));
  });

  it('follows the organisation stale age', () => {
    const strict = { ...team, organisation: { ...team.organisation, staleAfterMonths: 1 } };
    expect(trendPoint(strict, '2026-03-01').levelsStale).toBeGreaterThan(0);
  });

  it('counts the gaps inside each product team of a large organisation', () => {
    const big = { ...bigOrganisation(framework), framework };
    const point = trendPoint(big, '2026-12-01');
    expect(point.productTeams).toHaveLength(40);
    const payments3 = point.productTeams.find((t) => t.productTeam === 'Payments 3')!;
    expect(payments3.gaps).toBeGreaterThan(0);
    expect(point.productTeams.filter((t) => t.gaps > 0).map((t) => t.productTeam)).toEqual(['Payments 3']);
  });
});

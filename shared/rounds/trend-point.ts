import { analyzeTeam, type Analysis } from '../analysis';
import type { Framework, Member, Organisation } from '../domain';
import type { SelfAssessment, TrendPoint } from './schema';
import { todayLabel } from './round-view';
import { staleLevels } from './stale';
import type { RoundLabel } from './types';

export interface TrendInput {
  organisation: Organisation;
  members: readonly Member[];
  framework: Framework;
}

/**
 * The figures the trends draw for one round, on its date: computed once when the round is
 * closed (and kept in its entry), and on today's data for the trends' last point.
 *
 * Self-assessments are accepted for the shared signature but do not move any figure: the
 * manager's level is the one the analysis uses, and a self rating counts only once accepted
 * (which writes it into the member's levels).
 */
export function trendPoint(
  input: TrendInput,
  date: string,
  _selfAssessments?: readonly SelfAssessment[],
  analysis: Analysis = analyzeTeam(input),
): TrendPoint {
  const { organisation, members } = input;
  const headcountByRole: Record<string, number> = {};
  const byRole = new Map<string, number>();
  for (const member of members) byRole.set(member.role, (byRole.get(member.role) ?? 0) + 1);
  for (const [role, count] of byRole) headcountByRole[role] = count;
  const stale = staleLevels(members, date, organisation.staleAfterMonths);
  return {
    skills: analysis.coverage.map((c) => ({
      skillId: c.skillId,
      holders: c.holders,
      needed: c.needed,
      gap: c.gap,
      singlePointOfFailure: c.status === 'single-point-of-failure',
    })),
    engineeringFteCarried: analysis.separation.engineeringFteCarriedByScientists,
    engineeringFteAboveThreshold: analysis.separation.engineeringFteAboveThreshold,
    headcountByRole,
    productTeams: analysis.teamCoverage.teams.map((team) => {
      let covered = 0;
      for (const status of team.status) if (status === 'covered') covered++;
      return { productTeam: team.productTeam, members: team.members, covered, gaps: team.gapCount };
    }),
    levelsAssessed: stale.levelsAssessed,
    levelsStale: stale.levelsStale,
    plannedHires: analysis.plan.hires.length,
  };
}

/** Today's column of the trends: the open round's figures, dated `today` (YYYY-MM-DD). */
export const todayTrend = (
  data: TrendInput & { selfAssessments: readonly SelfAssessment[] },
  today: string,
  analysis?: Analysis,
): { label: RoundLabel; point: TrendPoint } => ({
  label: todayLabel(today),
  point: trendPoint(data, today, data.selfAssessments, analysis),
});

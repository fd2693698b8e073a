import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam, scenarioTeam } from '@shared/analysis';
import { teamFigures } from '@shared/analysis/team-figures';
import { randomCase } from '../../support/arbitraries';

/*
 * The timeline computes each quarter's figures without the rest of the analysis. They must
 * be the full analysis's own summary figures, for any team and any departures.
 */

const FIELDS = [
  'members',
  'requiredSkills',
  'skillsWithGaps',
  'totalGap',
  'uncoveredSkills',
  'unknownSkills',
  'singlePointsOfFailure',
  'engineeringFteCarriedByScientists',
  'unownedEngineeringFte',
] as const;

describe('team figures', () => {
  it("equal the full analysis's summary, with and without leavers' work", () => {
    fc.assert(
      fc.property(randomCase, fc.array(fc.nat(), { maxLength: 3 }), (input, leaving) => {
        const departures = [
          ...new Set(leaving.map((i) => input.members[i % Math.max(1, input.members.length)]?.id)),
        ].filter((id): id is string => id !== undefined);
        const applied = scenarioTeam(
          input.members,
          { id: 's', name: 's', departures, roleMoves: [], plannedHires: [] },
          input.framework,
          input.organisation,
        );
        const team = { ...input, members: applied.members, unowned: applied.unowned };
        const { summary } = analyzeTeam(team);
        const figures = teamFigures(team);
        for (const field of FIELDS) expect(figures[field], field).toBe(summary[field]);
      }),
      { numRuns: 300 },
    );
  });
});

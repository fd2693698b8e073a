import type { Framework, Member, Organisation } from '../domain';
import { coverageFrom } from './coverage';
import { indexFramework } from './framework-index';
import { countRow, emptyMatrix, fillRow, LEVEL_BINS } from './level-matrix';
import { round2 } from './numbers';
import { engineeringRows, fillEngineeringRow } from './separation';
import type { SkillCoverage } from './types';
import type { UnownedWork } from './unowned-work';

/*
 * The headline figures of a team without the rest of its analysis: coverage counts and the
 * engineering work scientists carry, with no member results, hiring plan, structure advice
 * or per-team coverage. The timeline needs these for every quarter whose team differs, and
 * at 10,000 members the plan and the member results are most of a full analysis. Each figure
 * is computed as the full analysis computes it (a property test holds them equal).
 */

export interface TeamFigures {
  members: number;
  requiredSkills: number;
  skillsWithGaps: number;
  totalGap: number;
  uncoveredSkills: number;
  unknownSkills: number;
  singlePointsOfFailure: number;
  engineeringFteCarriedByScientists: number;
  unownedEngineeringFte: number;
}

/** Counts of the coverage by status: the one definition the summary and the figures share. */
export function coverageCounts(
  coverage: readonly SkillCoverage[],
): Pick<
  TeamFigures,
  'requiredSkills' | 'skillsWithGaps' | 'totalGap' | 'uncoveredSkills' | 'unknownSkills' | 'singlePointsOfFailure'
> {
  let requiredSkills = 0;
  let skillsWithGaps = 0;
  let totalGap = 0;
  let uncoveredSkills = 0;
  let unknownSkills = 0;
  let singlePointsOfFailure = 0;
  for (const c of coverage) {
    if (c.status !== 'not-required') requiredSkills++;
    if (c.gap > 0) {
      skillsWithGaps++;
      totalGap += c.gap;
    }
    if (c.status === 'uncovered') uncoveredSkills++;
    if (c.status === 'unknown') unknownSkills++;
    if (c.status === 'single-point-of-failure') singlePointsOfFailure++;
  }
  return { requiredSkills, skillsWithGaps, totalGap, uncoveredSkills, unknownSkills, singlePointsOfFailure };
}

export function teamFigures(input: {
  framework: Framework;
  organisation: Organisation;
  members: readonly Member[];
  unowned?: readonly UnownedWork[];
}): TeamFigures {
  const { framework, organisation, members, unowned = [] } = input;
  const index = indexFramework(framework, organisation.coverage, new Set(members.map((m) => m.role)));
  const width = index.skills.length;
  const matrix = emptyMatrix(members.length, width);
  const histogram = new Int32Array(width * LEVEL_BINS);
  const rows = engineeringRows(members.length);
  let carried = 0;
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!;
    fillRow(matrix.cells, width, m, member, index);
    countRow(histogram, matrix, m, 1);
    fillEngineeringRow(rows, m, member, index, organisation.engineeringLoadThreshold);
    // Summed in member order, as the separation sums it.
    const fte = rows.carriedFte[m]!;
    if (fte !== 0) carried += fte;
  }
  const { coverage } = coverageFrom(members, index, matrix, histogram);
  return {
    members: members.length,
    ...coverageCounts(coverage),
    engineeringFteCarriedByScientists: round2(carried),
    unownedEngineeringFte: round2(unowned.reduce((sum, w) => sum + w.engineeringFte, 0)),
  };
}

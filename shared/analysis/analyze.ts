import type { Framework, Member, Organisation } from '../domain';
import { computeCoverage } from './coverage';
import { memberResult } from './fit';
import { indexFramework } from './framework-index';
import { levelMatrix } from './level-matrix';
import { computeHiringPlan } from './hiring-plan';
import { computeSeparation } from './separation';
import type { Analysis } from './types';

export interface AnalysisInput {
  framework: Framework;
  organisation: Organisation;
  members: readonly Member[];
}

export interface AnalysisOptions {
  /** Node budget for the exact hiring-plan search (tests lower it to exercise the fallback). */
  searchBudget?: number;
}

/**
 * The whole analysis of a team against a framework. Pure and deterministic: the same
 * input gives the same output, in framework and member order. Inputs are expected to be
 * validated (schema + `checkTeamAgainstFramework`); unknown ids are ignored, not trusted.
 */
export function analyzeTeam(input: AnalysisInput, options: AnalysisOptions = {}): Analysis {
  const { framework, organisation, members } = input;
  const index = indexFramework(framework, organisation.coverage);
  const matrix = levelMatrix(members, index);
  const memberResults = members.map((m, row) => memberResult(m, index, matrix, row));
  const coverage = computeCoverage(members, index, matrix);
  const { separation, load } = computeSeparation(members, organisation, index);
  const plan = computeHiringPlan({ members, index, coverage, separation, load, searchBudget: options.searchBudget });

  const gaps = coverage.filter((c) => c.gap > 0);
  return {
    framework: { id: framework.id, name: framework.name, version: framework.version },
    organisation: { name: organisation.name, productTeams: [...organisation.productTeams] },
    summary: {
      members: members.length,
      scientists: separation.scientists,
      engineers: separation.engineers,
      requiredSkills: coverage.filter((c) => c.status !== 'not-required').length,
      skillsWithGaps: gaps.length,
      totalGap: gaps.reduce((sum, c) => sum + c.gap, 0),
      uncoveredSkills: coverage.filter((c) => c.status === 'uncovered').length,
      singlePointsOfFailure: coverage.filter((c) => c.status === 'single-point-of-failure').length,
      mismatches: memberResults.filter((m) => m.mismatch).length,
      engineeringFteCarriedByScientists: separation.engineeringFteCarriedByScientists,
      scientistsOverThreshold: separation.carriers.filter((c) => c.overThreshold).length,
      hiresRecommended: plan.hires.length,
      residualGaps: plan.residualGaps.length,
    },
    members: memberResults,
    coverage,
    separation,
    plan,
  };
}

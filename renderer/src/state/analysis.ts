import { analyzeTeam, compareScenario, type Analysis, type ScenarioComparison } from '../../../shared/analysis';
import type { AppData } from '../../../shared/data';

/*
 * Derived data, computed in shared/ and memoised on the data object: main sends a new
 * object for every change and the store keeps it as is, so identity says when to recompute.
 * Every component reading the analysis shares one computation.
 */

const analyses = new WeakMap<AppData, Analysis>();
const comparisons = new WeakMap<AppData, Map<string, ScenarioComparison>>();

const inputOf = (data: AppData) => ({
  framework: data.framework,
  organisation: data.organisation,
  members: data.members,
});

export function selectAnalysis(data: AppData): Analysis {
  let analysis = analyses.get(data);
  if (!analysis) {
    analysis = analyzeTeam(inputOf(data));
    analyses.set(data, analysis);
  }
  return analysis;
}

/** Today vs the scenario, side by side; memoised per data object and scenario id. */
export function selectComparison(data: AppData, scenarioId: string): ScenarioComparison | null {
  const scenario = data.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return null;
  let byId = comparisons.get(data);
  if (!byId) {
    byId = new Map();
    comparisons.set(data, byId);
  }
  let comparison = byId.get(scenarioId);
  if (!comparison) {
    comparison = compareScenario(inputOf(data), scenario, {}, selectAnalysis(data));
    byId.set(scenarioId, comparison);
  }
  return comparison;
}

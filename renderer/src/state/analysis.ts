import { compareScenario, TeamAnalyzer, type Analysis, type ScenarioComparison } from '../../../shared/analysis';
import type { AppData } from '../../../shared/data';

/*
 * Derived data, computed in shared/ and memoised on the data object: main sends a new
 * object for every change and the store keeps it as is, so identity says when to recompute.
 * Every component reading the analysis shares one computation.
 *
 * The analyzers are kept across data objects: main sends a change as a change, so the
 * members an edit did not touch are the same objects as before, and an analyzer then
 * refills only the rows of the members that changed (see TeamAnalyzer).
 */

const analyzer = new TeamAnalyzer();
const scenarioAnalyzers = new Map<string, TeamAnalyzer>();

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
    analysis = analyzer.analyze(inputOf(data));
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
    let scenarioAnalyzer = scenarioAnalyzers.get(scenarioId);
    if (!scenarioAnalyzer) scenarioAnalyzers.set(scenarioId, (scenarioAnalyzer = new TeamAnalyzer()));
    comparison = compareScenario(inputOf(data), scenario, {}, selectAnalysis(data), scenarioAnalyzer);
    byId.set(scenarioId, comparison);
  }
  return comparison;
}

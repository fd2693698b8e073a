import { compareScenario, TeamAnalyzer, type Analysis, type ScenarioComparison } from '@shared/analysis';
import type { AppData } from '@shared/data';
import { LiveKeyCache, memoPerObject } from '@shared/identity';

/*
 * Derived data, computed in shared/ and memoised on the data object under the identity rule
 * (shared/identity): main sends a new object for every change and the store keeps it as is,
 * so identity says when to recompute. Every component reading the analysis shares one
 * computation.
 *
 * The analysers are kept across data objects: a change arrives as a change, so the members
 * an edit did not touch are the same objects as before, and an analyser then refills only
 * the rows of the members that changed (see TeamAnalyzer). A scenario's analyser lives as
 * long as the scenario: it is dropped when a data object no longer has it.
 */

const analyzer = new TeamAnalyzer();
const scenarioAnalyzers = new LiveKeyCache<TeamAnalyzer>();

const inputOf = (data: AppData) => ({
  framework: data.framework,
  organisation: data.organisation,
  members: data.members,
  // With a hire limit, the analysis adds the best plan within it.
  planning: data.settings.planning,
});

export const selectAnalysis: (data: AppData) => Analysis = memoPerObject((data: AppData) =>
  analyzer.analyze(inputOf(data)),
);

/** Per data object, the comparisons asked for so far, by scenario id. */
const comparisonsOf = memoPerObject((data: AppData) => {
  scenarioAnalyzers.prune(data.scenarios.map((s) => s.id));
  return new Map<string, ScenarioComparison>();
});

/** Today vs the scenario, side by side; memoised per data object and scenario id. */
export function selectComparison(data: AppData, scenarioId: string): ScenarioComparison | null {
  const scenario = data.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return null;
  const byId = comparisonsOf(data);
  let comparison = byId.get(scenarioId);
  if (!comparison) {
    const scenarioAnalyzer = scenarioAnalyzers.get(scenarioId, () => new TeamAnalyzer());
    comparison = compareScenario(inputOf(data), scenario, selectAnalysis(data), scenarioAnalyzer);
    byId.set(scenarioId, comparison);
  }
  return comparison;
}

/** How many scenario analysers are held (for tests: deleted scenarios' are dropped). */
export const heldScenarioAnalyzers = (): number => scenarioAnalyzers.size;

import { TeamAnalyzer } from '@shared/analysis';
import { compareCandidates, type HireComparison } from '@shared/analysis/candidates';
import type { AppData } from '@shared/data';
import { LiveKeyCache, memoPerObject } from '@shared/identity';
import { selectAnalysis } from '@renderer/state/analysis';

/*
 * The candidates compared with their planned hires, once per data object. Each candidate
 * is a separate analysis of the team with them in it, by an analyser kept per candidate, so
 * an edit of one member refills only that member's rows. Nothing here changes today's analysis.
 */

const analyzers = new LiveKeyCache<TeamAnalyzer>();

export const selectCandidateComparison: (data: AppData) => HireComparison[] = memoPerObject((data: AppData) => {
  if (data.candidates.length === 0) {
    analyzers.prune([]);
    return [];
  }
  const analysis = selectAnalysis(data);
  const comparison = compareCandidates({
    framework: data.framework,
    organisation: data.organisation,
    members: data.members,
    candidates: data.candidates,
    analysis,
    analyzerFor: (key) => analyzers.get(key, () => new TeamAnalyzer()),
  });
  analyzers.prune([...data.candidates.map((c) => c.id), ...analysis.plan.hires.map((h) => `#ideal-${h.number}`)]);
  return comparison;
});

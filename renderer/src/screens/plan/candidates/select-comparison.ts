import { compareCandidates, type HireComparison } from '@shared/analysis/candidates';
import type { AppData } from '@shared/data';
import { memoPerObject } from '@shared/identity';
import { selectAnalysis } from '@renderer/state/analysis';

/**
 * The candidates compared with their planned hires, once per data object. Each candidate
 * is a separate analysis of the team with them in it: nothing here changes today's analysis.
 */
export const selectCandidateComparison: (data: AppData) => HireComparison[] = memoPerObject((data: AppData) =>
  data.candidates.length === 0
    ? []
    : compareCandidates({
        framework: data.framework,
        organisation: data.organisation,
        members: data.members,
        candidates: data.candidates,
        analysis: selectAnalysis(data),
      }),
);

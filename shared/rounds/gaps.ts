import type { Analysis } from '../analysis';
import type { GapRef } from './types';

/** A gap's key: its product team ('' organisation-wide) and skill. */
export const gapKey = (productTeam: string, skillId: string): string => `${productTeam}\u0000${skillId}`;

/**
 * The gaps an analysis reports where its coverage scope asks for them: organisation-wide
 * unless the scope is teams only, and inside each named product team unless it is the
 * organisation only (people with no product team have no team of their own to cover).
 * Keyed by `gapKey`, in the analysis's order.
 */
export function gapsOf(analysis: Analysis): Map<string, GapRef> {
  const gaps = new Map<string, GapRef>();
  const scope = analysis.teamCoverage.scope;
  if (scope !== 'team') {
    for (const c of analysis.coverage) {
      if (c.gap > 0) gaps.set(gapKey('', c.skillId), { skillId: c.skillId, name: c.name, productTeam: '' });
    }
  }
  if (scope !== 'org') {
    const columns = analysis.teamCoverage.skills;
    for (const team of analysis.teamCoverage.teams) {
      if (team.productTeam === '') continue;
      team.gaps.forEach((gap, c) => {
        if (gap <= 0) return;
        const skill = columns[c]!;
        gaps.set(gapKey(team.productTeam, skill.skillId), {
          skillId: skill.skillId,
          name: skill.name,
          productTeam: team.productTeam,
        });
      });
    }
  }
  return gaps;
}

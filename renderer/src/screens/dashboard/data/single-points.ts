import type { Analysis } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import type { Area } from '@shared/domain';

export interface SinglePoint {
  skillId: string;
  skill: string;
  area: Area;
  memberId: string;
  person: string;
}

/** Skills exactly one person holds while the policy needs more: skill → that person. */
export function singlePointsOfFailure(analysis: Analysis, data: AppData): SinglePoint[] {
  const single = analysis.coverage.filter((c) => c.status === 'single-point-of-failure');
  // Names of only the few people skills hang on, not a map of the whole team.
  const wanted = new Set(single.map((c) => c.dependsOn[0] ?? ''));
  const names = new Map<string, string>();
  if (wanted.size > 0) {
    for (const m of data.members) if (wanted.has(m.id)) names.set(m.id, m.name);
  }
  return single.map((c) => {
    const memberId = c.dependsOn[0] ?? '';
    return { skillId: c.skillId, skill: c.name, area: c.area, memberId, person: names.get(memberId) ?? memberId };
  });
}

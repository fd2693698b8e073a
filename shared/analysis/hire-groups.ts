import type { Hire, Priority } from './types';

/*
 * Hires for the same role and product team, shown as one card with a count ("4 × Data
 * engineer for Payments 3") and their reasons combined. At organisation scale a plan has
 * dozens of near-identical hires; one card each hides the story.
 */

export interface HireGroup {
  roleId: string;
  roleName: string;
  productTeam: string | null;
  count: number;
  /** The hires' numbers in the plan, in order. */
  numbers: number[];
  /** The highest priority of the group's hires. */
  priority: Priority;
  /** Every skill any of them is screened for, at the highest level asked. */
  screenFor: Hire['screenFor'];
  absorbsFte: number;
  /** Every distinct reason, in the order first given. */
  reasons: string[];
}

const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** The plan's hires grouped by role and product team, groups in the order of their first hire. */
export function groupHires(hires: readonly Hire[]): HireGroup[] {
  const groups = new Map<string, HireGroup>();
  for (const hire of hires) {
    const key = JSON.stringify([hire.roleId, hire.productTeam]);
    let group = groups.get(key);
    if (!group) {
      group = {
        roleId: hire.roleId,
        roleName: hire.roleName,
        productTeam: hire.productTeam,
        count: 0,
        numbers: [],
        priority: hire.priority,
        screenFor: [],
        absorbsFte: 0,
        reasons: [],
      };
      groups.set(key, group);
    }
    group.count++;
    group.numbers.push(hire.number);
    if (RANK[hire.priority] < RANK[group.priority]) group.priority = hire.priority;
    for (const s of hire.screenFor) {
      const at = group.screenFor.findIndex((g) => g.skillId === s.skillId);
      if (at < 0) group.screenFor.push(s);
      else if (s.level > group.screenFor[at]!.level) group.screenFor[at] = s;
    }
    group.absorbsFte = Math.round((group.absorbsFte + hire.absorbsFte) * 100) / 100;
    for (const reason of hire.reasons) if (!group.reasons.includes(reason)) group.reasons.push(reason);
  }
  return [...groups.values()];
}

/** "4 × Data engineer for Payments 3", "Data engineer" for a single hire with no team. */
export function hireGroupTitle(group: Pick<HireGroup, 'count' | 'roleName' | 'productTeam'>): string {
  const role = group.count > 1 ? `${group.count} × ${group.roleName}` : group.roleName;
  return group.productTeam ? `${role} for ${group.productTeam}` : role;
}

import type { Framework } from '../domain';
import type { RoundView } from './round-view';
import type { MemberHistory, MemberHistoryPoint } from './types';

/**
 * One member's levels in every round they were in, in the order the rounds are given
 * (oldest first, today last). Skills are listed by id: every skill any point rates or self
 * rates, in `framework`'s order (today's), then the skills it no longer has, marked retired
 * and named as the latest round that had them named them.
 */
export function memberHistory(memberId: string, rounds: readonly RoundView[], framework: Framework): MemberHistory {
  const points: MemberHistoryPoint[] = [];
  let name = memberId;
  const rated = new Set<string>();
  for (const round of rounds) {
    const member = round.members.find((m) => m.id === memberId);
    if (member === undefined) continue;
    name = member.name;
    const self = round.selfAssessments.find((form) => form.memberId === memberId)?.ratings;
    for (const skillId in member.levels) rated.add(skillId);
    if (self !== undefined) for (const skillId in self) rated.add(skillId);
    points.push({
      round: round.label,
      role: member.role,
      productTeam: member.productTeam,
      levels: member.levels,
      ...(member.assessedOn !== undefined ? { assessedOn: member.assessedOn } : {}),
      ...(self !== undefined ? { self } : {}),
    });
  }
  const skills: MemberHistory['skills'] = [];
  for (const skill of framework.skills) {
    if (rated.delete(skill.id)) skills.push({ skillId: skill.id, name: skill.name, retired: false });
  }
  // What is left is no longer in the framework: named by the newest round whose framework has it.
  for (let r = rounds.length - 1; r >= 0 && rated.size > 0; r--) {
    for (const skill of rounds[r]!.framework.skills) {
      if (rated.delete(skill.id)) skills.push({ skillId: skill.id, name: skill.name, retired: true });
    }
  }
  for (const skillId of rated) skills.push({ skillId, name: skillId, retired: true });
  return { memberId, name, skills, points };
}

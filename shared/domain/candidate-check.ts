import { OTHER_ROLE_ID, type Framework } from './framework';
import type { Member } from './member';
import type { Organisation } from './organisation';
import type { Candidate } from './planning';
import { maxLevel } from './scale';
import type { ReferenceIssue } from './team';

/*
 * What the candidate schema alone cannot check: that each candidate's role and skills are
 * the framework's, that the product team they were seen for is one of the organisation's,
 * and that ids are unique. Every message names the candidate and the field, so a
 * hand-edited data file says which candidate to fix.
 */

/** The product teams a candidate may name: the organisation's list and every member's team. */
export function knownProductTeams(
  organisation: Pick<Organisation, 'productTeams'>,
  members: readonly Pick<Member, 'productTeam'>[],
): Set<string> {
  const teams = new Set(organisation.productTeams);
  for (const member of members) if (member.productTeam !== '') teams.add(member.productTeam);
  return teams;
}

export function checkCandidates(
  candidates: readonly Candidate[],
  framework: Framework,
  productTeams: ReadonlySet<string>,
): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const top = maxLevel(framework.scale);
  const skills = new Set(framework.skills.map((s) => s.id));
  const roles = new Set(framework.roles.map((r) => r.id));
  const ids = new Map<string, number>();
  candidates.forEach((candidate, c) => {
    const at = (...rest: string[]) => ['candidates', c, ...rest];
    const who = `candidate "${candidate.name}"`;
    const first = ids.get(candidate.id);
    if (first !== undefined) {
      issues.push({
        path: at('id'),
        message: `${who}: duplicate candidate id "${candidate.id}" (also candidates[${first}])`,
      });
    } else {
      ids.set(candidate.id, c);
    }
    // "other" is where a candidate goes when the framework loses their role (see reconcileCandidates).
    if (!roles.has(candidate.role) && candidate.role !== OTHER_ROLE_ID) {
      issues.push({ path: at('role'), message: `${who}: unknown role "${candidate.role}"` });
    }
    if (
      candidate.productTeam !== undefined &&
      candidate.productTeam !== '' &&
      !productTeams.has(candidate.productTeam)
    ) {
      issues.push({
        path: at('productTeam'),
        message: `${who}: product team "${candidate.productTeam}" is not one of the organisation's`,
      });
    }
    for (const [skillId, level] of Object.entries(candidate.levels)) {
      if (!skills.has(skillId)) {
        issues.push({ path: at('levels', skillId), message: `${who}: unknown skill id "${skillId}"` });
      } else if (level > top) {
        issues.push({
          path: at('levels', skillId),
          message: `${who}: level ${level} is above the scale's top level ${top}`,
        });
      }
    }
  });
  return issues;
}

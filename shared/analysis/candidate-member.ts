import type { Candidate, Framework, Member, Organisation, Scenario } from '../domain';
import { scenarioTeam } from './scenario';
import type { Hire } from './types';

/*
 * A candidate as the member they would become: their assessed levels (a skill the
 * interviews did not assess stays not assessed, never 0 and never the role's target), their
 * role and product team, full time, and a starting time allocation. The comparison and the
 * hire both build the team through here, so what the comparison shows is what hiring does.
 */

/** The planned hire a candidate was seen for: their role, in their product team when one matches. */
export function matchedHire(candidate: Pick<Candidate, 'role' | 'productTeam'>, hires: readonly Hire[]): Hire | null {
  const forRole = hires.filter((h) => h.roleId === candidate.role);
  return (
    forRole.find((h) => candidate.productTeam !== undefined && h.productTeam === candidate.productTeam) ??
    forRole[0] ??
    null
  );
}

/**
 * A starting allocation: the work the planned hire takes over (its FTE as percent of full
 * time), and the rest of the time spread evenly over the role's own responsibilities (its
 * `owns`, else the responsibilities it has targets for). Whole percents, at most 100 in all.
 */
export function defaultAllocation(roleId: string, framework: Framework, hire: Hire | null): Record<string, number> {
  const allocation: Record<string, number> = {};
  let total = 0;
  for (const work of hire?.takesOver ?? []) {
    const pct = Math.min(100 - total, Math.round(work.fte * 100));
    if (pct <= 0) continue;
    allocation[work.skillId] = pct;
    total += pct;
  }
  const role = framework.roles.find((r) => r.id === roleId);
  const responsibilities = new Set(framework.skills.filter((s) => s.kind === 'responsibility').map((s) => s.id));
  const owned = (role?.owns ?? []).filter((id) => responsibilities.has(id));
  const own = owned.length > 0 ? owned : Object.keys(role?.targets ?? {}).filter((id) => responsibilities.has(id));
  const rest = own.filter((id) => allocation[id] === undefined);
  const each = rest.length > 0 ? Math.floor((100 - total) / rest.length) : 0;
  if (each > 0) for (const id of rest) allocation[id] = each;
  return allocation;
}

/** An id for the new member: the candidate's, or with -2, -3… when a member or planned hire has it. */
export function memberIdFor(candidateId: string, taken: ReadonlySet<string>): string {
  if (!taken.has(candidateId)) return candidateId;
  for (let n = 2; ; n++) {
    const id = `${candidateId.slice(0, 60)}-${n}`;
    if (!taken.has(id)) return id;
  }
}

export function memberFromCandidate(
  candidate: Pick<Candidate, 'name' | 'role' | 'productTeam' | 'levels'>,
  memberId: string,
  framework: Framework,
  hire: Hire | null,
): Member {
  return {
    id: memberId,
    name: candidate.name,
    role: candidate.role,
    productTeam: candidate.productTeam ?? '',
    fte: 1,
    levels: { ...candidate.levels },
    allocation: defaultAllocation(candidate.role, framework, hire),
  };
}

/**
 * The team with `member` joined. With `takeOverWork`, an engineering hire takes engineering
 * work off the scientists over the threshold as a planned hire in a scenario does (their
 * allocations shrink), so the plan stops asking for the hire this member fills.
 */
export function teamWithMember(
  members: readonly Member[],
  member: Member,
  framework: Framework,
  organisation: Organisation,
  takeOverWork: boolean,
): Member[] {
  if (!takeOverWork) return [...members, member];
  const scenario: Scenario = {
    id: 'hire',
    name: 'Hire',
    plannedHires: [{ id: member.id, role: member.role, productTeam: member.productTeam, fte: member.fte }],
    roleMoves: [],
    departures: [],
  };
  return scenarioTeam(members, scenario, framework, organisation).members.map((m) => (m.id === member.id ? member : m));
}

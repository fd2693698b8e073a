import { analyzeTeam, type Analysis } from '../analysis';
import type { Member } from '../domain';
import { frameworkChanges } from './framework-changes';
import { gapKey, gapsOf } from './gaps';
import type { RoundView } from './round-view';
import type { GapRef, LevelChange, MemberRef, PlannedHireOutcome, RoundComparison } from './types';

const memberRef = (m: Member): MemberRef => ({
  memberId: m.id,
  name: m.name,
  role: m.role,
  productTeam: m.productTeam,
});

/**
 * What changed from one round to another (either may be today's team).
 *
 * Members are matched by id; skills by id, so a renamed skill's levels are compared and a
 * retired skill (listed under `framework.retired`) does not show as every level dropped to
 * "not assessed". A level going to or from not assessed (null) is a change, but neither up
 * nor down: `bySkill` counts only levels measured on both sides, so comparing the other way
 * round swaps up and down exactly. Gaps of a skill only one framework has are not compared
 * either: the framework change says what happened to them.
 *
 * Each side's analysis may be passed in when the caller already has it (the open round's).
 */
export function compareRounds(
  from: RoundView,
  to: RoundView,
  analyses: { from?: Analysis; to?: Analysis } = {},
): RoundComparison {
  const before = analyses.from ?? analyzeTeam(from);
  const after = analyses.to ?? analyzeTeam(to);
  const framework = frameworkChanges(from.framework, to.framework);
  const skillName = new Map(to.framework.skills.map((s) => [s.id, s.name]));
  const fromSkills = new Set(from.framework.skills.map((s) => s.id));
  const inBoth = (skillId: string) => fromSkills.has(skillId) && skillName.has(skillId);

  const earlier = new Map(from.members.map((m) => [m.id, m]));
  const later = new Set(to.members.map((m) => m.id));
  const joined: MemberRef[] = [];
  const roleChanges: RoundComparison['roleChanges'] = [];
  const levelChanges: LevelChange[] = [];
  const up = new Map<string, number>();
  const down = new Map<string, number>();
  for (const member of to.members) {
    const was = earlier.get(member.id);
    if (was === undefined) {
      joined.push(memberRef(member));
      continue;
    }
    if (was.role !== member.role) {
      roleChanges.push({ memberId: member.id, name: member.name, from: was.role, to: member.role });
    }
    if (was.levels === member.levels) continue;
    const change = (skillId: string, a: number | null, b: number | null) => {
      levelChanges.push({
        memberId: member.id,
        name: member.name,
        skillId,
        skillName: skillName.get(skillId) ?? skillId,
        from: a,
        to: b,
      });
      if (a === null || b === null) return;
      const tally = b > a ? up : down;
      tally.set(skillId, (tally.get(skillId) ?? 0) + 1);
    };
    // Skills of the later round's framework only: a retired skill's levels are gone with it.
    for (const skillId in member.levels) {
      const level = member.levels[skillId]!;
      const previous = was.levels[skillId];
      if (previous !== level) change(skillId, previous ?? null, level);
    }
    for (const skillId in was.levels) {
      if (member.levels[skillId] === undefined && skillName.has(skillId)) change(skillId, was.levels[skillId]!, null);
    }
  }
  const left = from.members.filter((m) => !later.has(m.id)).map(memberRef);

  const bySkill: RoundComparison['bySkill'] = [];
  for (const skill of to.framework.skills) {
    const u = up.get(skill.id) ?? 0;
    const d = down.get(skill.id) ?? 0;
    if (u > 0 || d > 0) bySkill.push({ skillId: skill.id, name: skill.name, up: u, down: d });
  }

  const gapsBefore = gapsOf(before);
  const gapsAfter = gapsOf(after);
  const gapsClosed = [...gapsBefore].filter(([k, g]) => inBoth(g.skillId) && !gapsAfter.has(k)).map(([, g]) => g);
  const gapsOpened = [...gapsAfter].filter(([k, g]) => inBoth(g.skillId) && !gapsBefore.has(k)).map(([, g]) => g);

  return {
    from: from.label,
    to: to.label,
    framework,
    joined,
    left,
    roleChanges,
    levelChanges,
    bySkill,
    gapsClosed,
    gapsOpened,
    plannedHires: plannedHireOutcomes(before, joined, gapsBefore, gapsAfter, skillName),
    engineeringFteCarried: {
      from: before.separation.engineeringFteCarriedByScientists,
      to: after.separation.engineeringFteCarriedByScientists,
    },
  };
}

/**
 * The earlier round's planned hires and what became of them. A hire counts as done when
 * someone of its role joined (in its product team, when it had one); each joiner fills one
 * hire, the product teams' hires first so a team's own joiner is not taken by a hire that
 * could go anywhere. Each gap the hire was to close is looked up where it was open (the
 * product team's, else the organisation's) and said closed or still open in the later round,
 * whoever closed it.
 */
function plannedHireOutcomes(
  before: Analysis,
  joined: readonly MemberRef[],
  gapsBefore: ReadonlyMap<string, GapRef>,
  gapsAfter: ReadonlyMap<string, GapRef>,
  laterSkillName: ReadonlyMap<string, string>,
): PlannedHireOutcome[] {
  const inTeam = new Map<string, number>();
  const ofRole = new Map<string, number>();
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  /** Takes one from the count, when there is one left. */
  const take = (map: Map<string, number>, key: string): boolean => {
    const n = map.get(key) ?? 0;
    if (n > 0) map.set(key, n - 1);
    return n > 0;
  };
  const teamKey = (role: string, team: string) => `${role}\u0000${team}`;
  for (const m of joined) {
    count(inTeam, teamKey(m.role, m.productTeam));
    count(ofRole, m.role);
  }
  const hires = before.plan.hires;
  const hired = new Array<boolean>(hires.length).fill(false);
  // Hires for a product team first; a joiner one of them takes is taken for every hire.
  hires.forEach((hire, i) => {
    if (hire.productTeam !== null && take(inTeam, teamKey(hire.roleId, hire.productTeam))) {
      take(ofRole, hire.roleId);
      hired[i] = true;
    }
  });
  hires.forEach((hire, i) => {
    if (hire.productTeam === null) hired[i] = take(ofRole, hire.roleId);
  });

  return hires.map((hire, i) => ({
    roleId: hire.roleId,
    roleName: hire.roleName,
    productTeam: hire.productTeam,
    hired: hired[i]!,
    gaps: hire.mustHave
      .filter((skill) => skill.why !== 'load')
      .map((skill) => {
        const inTeamGap = hire.productTeam !== null && gapsBefore.has(gapKey(hire.productTeam, skill.skillId));
        const productTeam = inTeamGap ? hire.productTeam! : '';
        const where = gapKey(productTeam, skill.skillId);
        return {
          skillId: skill.skillId,
          name: laterSkillName.get(skill.skillId) ?? skill.name,
          productTeam,
          status: gapsAfter.has(where) ? ('still-open' as const) : ('closed' as const),
        };
      }),
  }));
}

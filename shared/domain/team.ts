import { z } from 'zod';
import { OTHER_ROLE_ID, type Framework } from './framework';
import { maxLevel } from './scale';
import { Member } from './member';
import { Organisation } from './organisation';
import { Scenario } from './scenario';

export const TEAM_KIND = 'gapwise-team';
export const TEAM_SCHEMA_VERSION = 1;

/** A team file: the organisation, its members and its what-if scenarios. */
export const TeamFile = z.strictObject({
  kind: z.literal(TEAM_KIND),
  schemaVersion: z.literal(TEAM_SCHEMA_VERSION),
  /** True for the bundled sample team, so the app can say so and offer to clear it. */
  sample: z.boolean().optional(),
  organisation: Organisation,
  members: z.array(Member).max(100_000),
  scenarios: z.array(Scenario).max(100).optional(),
});
export type TeamFile = z.infer<typeof TeamFile>;

/** A problem found when checking a team against a framework: where, and what. */
export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Checks what the schema alone cannot: that a team's ids refer to the framework in use
 * (roles, skills, responsibilities, levels on the scale) and to each other (scenarios).
 * Returns every issue, in file order, so the first one can be reported precisely.
 */
export function checkTeamAgainstFramework(team: TeamFile, framework: Framework): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const top = maxLevel(framework.scale);
  const skills = new Map(framework.skills.map((s) => [s.id, s]));
  const roles = new Set(framework.roles.map((r) => r.id));
  const memberIds = new Map<string, number>();

  team.members.forEach((member, m) => {
    const at = (...rest: (string | number)[]) => ['members', m, ...rest];
    const first = memberIds.get(member.id);
    if (first !== undefined) {
      issues.push({ path: at('id'), message: `duplicate member id "${member.id}" (also members[${first}])` });
    } else {
      memberIds.set(member.id, m);
    }
    if (!roles.has(member.role) && member.role !== OTHER_ROLE_ID) {
      issues.push({ path: at('role'), message: `unknown role "${member.role}"` });
    }
    for (const [skillId, level] of Object.entries(member.levels)) {
      if (!skills.has(skillId)) {
        issues.push({ path: at('levels', skillId), message: `unknown skill id "${skillId}"` });
      } else if (level > top) {
        issues.push({ path: at('levels', skillId), message: `level ${level} is above the scale's top level ${top}` });
      }
    }
    for (const responsibilityId of Object.keys(member.allocation)) {
      const skill = skills.get(responsibilityId);
      if (!skill) {
        issues.push({
          path: at('allocation', responsibilityId),
          message: `unknown responsibility id "${responsibilityId}"`,
        });
      } else if (skill.kind !== 'responsibility') {
        issues.push({
          path: at('allocation', responsibilityId),
          message: `"${responsibilityId}" is a skill, not a responsibility; time is allocated to responsibilities`,
        });
      }
    }
  });

  const scenarioIds = new Map<string, number>();
  (team.scenarios ?? []).forEach((scenario, s) => {
    const at = (...rest: (string | number)[]) => ['scenarios', s, ...rest];
    const first = scenarioIds.get(scenario.id);
    if (first !== undefined) {
      issues.push({ path: at('id'), message: `duplicate scenario id "${scenario.id}" (also scenarios[${first}])` });
    } else {
      scenarioIds.set(scenario.id, s);
    }
    scenario.plannedHires.forEach((hire, h) => {
      if (!roles.has(hire.role))
        issues.push({ path: at('plannedHires', h, 'role'), message: `unknown role "${hire.role}"` });
      if (memberIds.has(hire.id)) {
        issues.push({
          path: at('plannedHires', h, 'id'),
          message: `planned hire id "${hire.id}" is already a member's id`,
        });
      }
      for (const [skillId, level] of Object.entries(hire.levels ?? {})) {
        if (!skills.has(skillId)) {
          issues.push({ path: at('plannedHires', h, 'levels', skillId), message: `unknown skill id "${skillId}"` });
        } else if (level > top) {
          issues.push({
            path: at('plannedHires', h, 'levels', skillId),
            message: `level ${level} is above the scale's top level ${top}`,
          });
        }
      }
    });
    scenario.roleMoves.forEach((move, i) => {
      if (!memberIds.has(move.memberId)) {
        issues.push({ path: at('roleMoves', i, 'memberId'), message: `unknown member id "${move.memberId}"` });
      }
      if (!roles.has(move.toRole) && move.toRole !== OTHER_ROLE_ID)
        issues.push({ path: at('roleMoves', i, 'toRole'), message: `unknown role "${move.toRole}"` });
    });
    scenario.departures.forEach((memberId, i) => {
      if (!memberIds.has(memberId))
        issues.push({ path: at('departures', i), message: `unknown member id "${memberId}"` });
    });
    const changed = new Set([
      ...scenario.plannedHires.map((h) => h.id),
      ...scenario.roleMoves.map((m) => m.memberId),
      ...scenario.departures,
    ]);
    for (const id of Object.keys(scenario.dates ?? {})) {
      if (!changed.has(id)) {
        issues.push({
          path: at('dates', id),
          message: `"${id}" is no planned hire, role move or departure of this scenario`,
        });
      }
    }
  });

  for (const skillId of Object.keys(team.organisation.coverage.overrides ?? {})) {
    if (!skills.has(skillId)) {
      issues.push({
        path: ['organisation', 'coverage', 'overrides', skillId],
        message: `unknown skill id "${skillId}"`,
      });
    }
  }
  return issues;
}

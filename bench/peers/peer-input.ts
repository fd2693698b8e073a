import { indexFramework, type FrameworkIndex } from '../../shared/analysis/framework-index';
import type { AppData } from '../../shared/data';

/*
 * The analysis's input as a peer receives it: the levels as a member × skill grid (null where
 * a member was not assessed), each role's targets, the required levels and each member's
 * role, all in the order Gapwise's analysis uses. Peers compute from this; building it is
 * not part of any peer's timing.
 */

export interface PeerRole {
  id: string;
  /** Target level per skill column (0 where the role has no target). */
  levels: number[];
  /** Target weight per skill column (0 where the role has no target). */
  weights: number[];
}

export interface PeerInput {
  skillIds: string[];
  /** One row per member, one column per skill; null = not assessed. */
  levels: (number | null)[][];
  roles: PeerRole[];
  /** Each member's role, as an index into `roles` (−1 for a member with no framework role). */
  memberRoles: number[];
  /** The required skills, in the analysis's order: skill column and required level. */
  required: { position: number; level: number }[];
  topLevel: number;
}

/** What a peer computes: holders per required skill, and each member's fit to their role. */
export interface PeerResult {
  holders: number[];
  /** Unrounded; null when none of the role's targets was assessed. */
  fits: (number | null)[];
}

/** The framework index exactly as the analysis builds it (staffed roles decide requirements). */
export function analysisIndex(data: AppData): FrameworkIndex {
  return indexFramework(data.framework, data.organisation.coverage, new Set(data.members.map((m) => m.role)));
}

export function peerInputOf(data: AppData): PeerInput {
  const index = analysisIndex(data);
  const width = index.skills.length;
  const levels = data.members.map((member) =>
    index.skills.map((skill) => {
      const level = member.levels[skill.id];
      return level === undefined ? null : level;
    }),
  );
  const roles = index.roles.map((role): PeerRole => {
    const targetLevels = new Array<number>(width).fill(0);
    const weights = new Array<number>(width).fill(0);
    for (const t of role.targets) {
      targetLevels[t.position] = t.level;
      weights[t.position] = t.weight;
    }
    return { id: role.role.id, levels: targetLevels, weights };
  });
  return {
    skillIds: index.skills.map((s) => s.id),
    levels,
    roles,
    memberRoles: data.members.map((m) => index.roles.findIndex((r) => r.role.id === m.role)),
    required: index.required.map((r) => ({ position: r.position, level: r.level })),
    topLevel: index.topLevel,
  };
}

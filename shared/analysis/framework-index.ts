import { LEVEL_BINS } from './level-matrix';
import type { Area, CoveragePolicy, Framework, RoleProfile, Skill } from '../domain';

export interface RoleTargetEntry {
  skillId: string;
  /** The skill's position in `FrameworkIndex.skills` (its column in a level matrix). */
  position: number;
  level: number;
  weight: number;
}

export interface IndexedRole {
  role: RoleProfile;
  index: number;
  /** Targets in framework skill order, without retired skills or level-0 targets. */
  targets: RoleTargetEntry[];
  totalWeight: number;
  /** The targets' positions, as a typed array for the walk over a matrix row. */
  positions: Int32Array;
  /**
   * What each level scores against each target, `LEVEL_BINS` per target in target order:
   * weight × (level ≥ target ? 1 : level / target), so a fit is a sum of table cells.
   */
  reached: Float64Array;
  /**
   * The fit objects of members' results, one per rounded value (0.0–100.0 in tenths):
   * 10,000 members share a few hundred instead of allocating 10,000. Results are read-only.
   */
  fitObjects: ({ roleId: string; fit: number } | undefined)[];
}

export interface RequiredSkill {
  skill: Skill;
  /** The skill's position in `FrameworkIndex.skills`. */
  position: number;
  /** Level a person needs to count towards coverage. */
  level: number;
  /** People needed at that level. */
  people: number;
  /** Roles whose profile target reaches the required level: a hire of one closes a gap. */
  closableBy: string[];
}

/**
 * Everything the analysis derives from the framework and the coverage policy alone,
 * computed once per analysis instead of once per member.
 */
export interface FrameworkIndex {
  framework: Framework;
  skills: Skill[];
  skillById: Map<string, Skill>;
  /** Skill id → position in `skills`. */
  positionOf: Map<string, number>;
  /** The same as a prototype-less object: the fastest lookup inside a walk over levels. */
  positionById: Readonly<Record<string, number>>;
  /**
   * Skill ids by position, as the property keys of `positionById` (interned strings, so
   * that comparing one with a key of a member's levels is a pointer comparison).
   */
  idAt: readonly string[];
  roles: IndexedRole[];
  roleById: Map<string, IndexedRole>;
  /** Skills in framework order with their coverage requirement (people > 0 and level > 0). */
  required: RequiredSkill[];
  /** Skills that no requirement applies to (no role targets them, or the policy says 0 people). */
  notRequired: Skill[];
  /** Responsibilities that count as engineering work. */
  engineeringResponsibilities: Set<string>;
  levelName: (level: number) => string;
}

export const isEngineeringArea = (area: Area): boolean => area === 'data-engineering';
export const isScienceArea = (area: Area): boolean => area === 'data-science';

export function indexFramework(framework: Framework, policy: CoveragePolicy): FrameworkIndex {
  const skills = framework.skills.filter((s) => !s.retired);
  const skillById = new Map(skills.map((s) => [s.id, s]));
  const positionOf = new Map(skills.map((s, i) => [s.id, i]));
  const positionById: Record<string, number> = Object.create(null) as Record<string, number>;
  skills.forEach((s, i) => (positionById[s.id] = i));
  const idAt = new Array<string>(skills.length);
  for (const key of Object.keys(positionById)) idAt[positionById[key]!] = key;
  const roles: IndexedRole[] = framework.roles.map((role, index) => {
    const targets: RoleTargetEntry[] = [];
    skills.forEach((skill, position) => {
      const target = role.targets[skill.id];
      if (target && target.level > 0) {
        targets.push({ skillId: skill.id, position, level: target.level, weight: target.weight });
      }
    });
    const positions = Int32Array.from(targets, (t) => t.position);
    const reached = new Float64Array(targets.length * LEVEL_BINS);
    targets.forEach((t, k) => {
      for (let level = 0; level < LEVEL_BINS; level++) {
        reached[k * LEVEL_BINS + level] = t.weight * (level >= t.level ? 1 : level / t.level);
      }
    });
    return {
      role,
      index,
      targets,
      totalWeight: targets.reduce((sum, t) => sum + t.weight, 0),
      positions,
      reached,
      fitObjects: [],
    };
  });
  const roleById = new Map(roles.map((r) => [r.role.id, r]));

  const required: RequiredSkill[] = [];
  const notRequired: Skill[] = [];
  for (const [position, skill] of skills.entries()) {
    const override = policy.overrides?.[skill.id];
    let highestTarget = 0;
    for (const r of roles) highestTarget = Math.max(highestTarget, r.role.targets[skill.id]?.level ?? 0);
    const level = override?.level ?? highestTarget;
    const people = override?.people ?? policy.minPeople;
    if (level <= 0 || people <= 0) {
      notRequired.push(skill);
      continue;
    }
    const closableBy = roles.filter((r) => (r.role.targets[skill.id]?.level ?? 0) >= level).map((r) => r.role.id);
    required.push({ skill, position, level, people, closableBy });
  }

  const engineeringResponsibilities = new Set(
    skills.filter((s) => s.kind === 'responsibility' && isEngineeringArea(s.area)).map((s) => s.id),
  );
  const levelName = (level: number): string => framework.scale.levels[level]?.name ?? `Level ${level}`;
  return {
    framework,
    skills,
    skillById,
    positionOf,
    positionById,
    idAt,
    roles,
    roleById,
    required,
    notRequired,
    engineeringResponsibilities,
    levelName,
  };
}

import { orderedSkills } from '../domain/skill-order';
import { LEVEL_BINS, NOT_ASSESSED } from './level-matrix';
import { maxLevel, type Area, type CoveragePolicy, type Framework, type RoleProfile, type Skill } from '../domain';
import type { SkillAtLevel } from './types';

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
  /** Responsibilities that are the role's own work, never "carried" for others. */
  ownWork: ReadonlySet<string>;
  /** The mean weight of the targets: what a strength outside the role counts against its fit. */
  meanWeight: number;
  /** The targets' positions, as a typed array for the walk over a matrix row. */
  positions: Int32Array;
  /** The targets' weights, in target order. */
  weights: Float64Array;
  /**
   * What each level scores against each target, `LEVEL_BINS` per target in target order:
   * weight × (level ≥ target ? 1 : level / target), so a fit is a sum of table cells.
   */
  reached: Float64Array;
  /** The weight each bin adds to the assessed weight: the target's, or 0 for NOT_ASSESSED. */
  assessedWeights: Float64Array;
  /**
   * The fit objects of members' results, one per rounded value (0.0–100.0 in tenths):
   * 10,000 members share a few hundred instead of allocating 10,000. Results are read-only.
   */
  fitObjects: ({ roleId: string; fit: number | null } | undefined)[];
  /** The shared fit object of a member none of whose targets was assessed. */
  noFit?: { roleId: string; fit: number | null };
  /**
   * The role's nice-to-haves per set of must-haves (skill ids joined): the hundreds of hires
   * an organisation's plan can hold share a few lists. Read-only, like the fit objects.
   */
  niceToHave?: Map<string, readonly SkillAtLevel[]>;
}

/** Fit slots of `IndexedRole.fitObjects`: 0.0 to 100.0 in tenths. */
export const FIT_SLOTS = 1001;

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
  /** A skill at a level as hire briefs list it, one shared read-only object each (see skillAtLevel). */
  skillsAtLevel?: Map<string, SkillAtLevel>;
  /** The scale's top level. */
  topLevel: number;
}

/**
 * Only the data-engineering family is engineering itself. Machine-learning engineering is
 * deliberately not: an ML engineer's deployment pipelines are their own job through their
 * role's `owns`, and data pipelines they run for others are carried like anyone else's.
 * Analytics is not either: an analytics engineer owns data modelling the same way.
 */
export const isEngineeringArea = (area: Area): boolean => area === 'data-engineering';
export const isScienceArea = (area: Area): boolean => area === 'data-science';

/**
 * Whether a role's targets set coverage requirements: always, or (for a role marked
 * `when-staffed`) only when someone in the team holds it.
 */
export function setsRequirements(role: RoleProfile, staffedRoles: ReadonlySet<string> | undefined): boolean {
  return role.requires !== 'when-staffed' || staffedRoles === undefined || staffedRoles.has(role.id);
}

/**
 * The framework indexed for one analysis. `staffedRoles` (the roles members hold) decides
 * which `when-staffed` roles set requirements; without it, every role does.
 */
export function indexFramework(
  framework: Framework,
  policy: CoveragePolicy,
  staffedRoles?: ReadonlySet<string>,
): FrameworkIndex {
  // The one skill order every view follows (by area, then as the file lists them).
  const skills = orderedSkills(framework);
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
    const weights = Float64Array.from(targets, (t) => t.weight);
    const reached = new Float64Array(targets.length * LEVEL_BINS);
    const assessedWeights = new Float64Array(targets.length * LEVEL_BINS);
    targets.forEach((t, k) => {
      // Bins above the scale hold nothing a member can have but NOT_ASSESSED, which scores 0.
      for (let level = 0; level < LEVEL_BINS; level++) {
        reached[k * LEVEL_BINS + level] =
          level === NOT_ASSESSED ? 0 : t.weight * (level >= t.level ? 1 : level / t.level);
        assessedWeights[k * LEVEL_BINS + level] = level === NOT_ASSESSED ? 0 : t.weight;
      }
    });
    const totalWeight = targets.reduce((sum, t) => sum + t.weight, 0);
    return {
      role,
      index,
      targets,
      totalWeight,
      ownWork: new Set(role.owns ?? []),
      meanWeight: targets.length > 0 ? totalWeight / targets.length : 0,
      positions,
      weights,
      reached,
      assessedWeights,
      // Filled in place: a packed array of every slot, not a sparse one that turns into a dictionary.
      fitObjects: new Array<{ roleId: string; fit: number | null } | undefined>(FIT_SLOTS).fill(undefined),
    };
  });
  const roleById = new Map(roles.map((r) => [r.role.id, r]));

  const required: RequiredSkill[] = [];
  const notRequired: Skill[] = [];
  for (const [position, skill] of skills.entries()) {
    const override = policy.overrides?.[skill.id];
    let highestTarget = 0;
    for (const r of roles) {
      if (setsRequirements(r.role, staffedRoles)) {
        highestTarget = Math.max(highestTarget, r.role.targets[skill.id]?.level ?? 0);
      }
    }
    const level = override?.level ?? highestTarget;
    const people = override?.people ?? policy.minPeople;
    if (level <= 0 || people <= 0) {
      notRequired.push(skill);
      continue;
    }
    // Only roles that set requirements: hiring a role nobody holds yet would bring its own
    // targets into the requirements and open new gaps.
    const closableBy = roles
      .filter((r) => setsRequirements(r.role, staffedRoles) && (r.role.targets[skill.id]?.level ?? 0) >= level)
      .map((r) => r.role.id);
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
    topLevel: maxLevel(framework.scale),
  };
}

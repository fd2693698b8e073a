import type { Member } from '../domain';
import type { FrameworkIndex } from './framework-index';
import { LEVEL_BINS, MAX_LEVEL, NOT_ASSESSED, type LevelMatrix } from './level-matrix';
import type { CoverageStatus, SkillCoverage } from './types';

/**
 * A skill's status from its holders. Nobody assessed is "unknown", never "uncovered": a
 * gap nobody measured is not a gap to hire for. One holder against a policy of one is
 * covered (the policy asked for one); it is a single point of failure only when the
 * policy asks for more.
 */
export function statusOf(holders: number, needed: number, assessed: number): CoverageStatus {
  if (assessed === 0) return 'unknown';
  if (holders === 0) return 'uncovered';
  if (holders === 1 && needed > 1) return 'single-point-of-failure';
  if (holders < needed) return 'below-policy';
  return 'covered';
}

/** Members at or above `level` of the skill in column `position`. */
function holdersAt(histogram: Int32Array, position: number, level: number): number {
  let count = 0;
  const base = position * LEVEL_BINS;
  for (let v = Math.max(0, level); v <= MAX_LEVEL; v++) count += histogram[base + v]!;
  return count;
}

/** Members not assessed on the skill in column `position`. */
export function notAssessedAt(histogram: Int32Array, position: number): number {
  return histogram[position * LEVEL_BINS + NOT_ASSESSED]!;
}

/** The highest level anyone assessed holds in column `position` (null when nobody was assessed). */
function bestAt(histogram: Int32Array, position: number): number | null {
  const base = position * LEVEL_BINS;
  for (let v = MAX_LEVEL; v >= 0; v--) if (histogram[base + v]! > 0) return v;
  return null;
}

export interface CoverageResult {
  coverage: SkillCoverage[];
  /** Names of the people listed in `dependsOn`, by member id. */
  names: Map<string, string>;
}

/**
 * Per-skill coverage, in framework order, from the level histogram: the counts come from
 * its bins, and only the skills that hang on a few people (holders ≤ needed) walk their
 * column of the matrix to name them, in member order.
 */
export function coverageFrom(
  members: readonly Member[],
  index: FrameworkIndex,
  matrix: LevelMatrix,
  histogram: Int32Array,
): CoverageResult {
  const { cells, width } = matrix;
  const names = new Map<string, string>();
  const bySkill = new Map<string, SkillCoverage>();
  for (const req of index.required) {
    const holders = holdersAt(histogram, req.position, req.level);
    const notAssessed = notAssessedAt(histogram, req.position);
    const assessed = members.length - notAssessed;
    const dependsOn: string[] = [];
    if (holders > 0 && holders <= req.people) {
      for (let m = 0, found = 0; m < members.length && found < holders; m++) {
        const cell = cells[m * width + req.position]!;
        if (cell >= req.level && cell !== NOT_ASSESSED) {
          const member = members[m]!;
          dependsOn.push(member.id);
          names.set(member.id, member.name);
          found++;
        }
      }
    }
    bySkill.set(req.skill.id, {
      skillId: req.skill.id,
      name: req.skill.name,
      area: req.skill.area,
      kind: req.skill.kind,
      requiredLevel: req.level,
      needed: req.people,
      holders,
      assessed,
      notAssessed,
      bestLevel: bestAt(histogram, req.position),
      gap: assessed === 0 ? 0 : Math.max(0, req.people - holders),
      status: statusOf(holders, req.people, assessed),
      dependsOn,
      closableBy: req.closableBy,
    });
  }
  const coverage = index.skills.map(
    (skill, position): SkillCoverage =>
      bySkill.get(skill.id) ?? {
        skillId: skill.id,
        name: skill.name,
        area: skill.area,
        kind: skill.kind,
        requiredLevel: 0,
        needed: 0,
        holders: 0,
        assessed: members.length - notAssessedAt(histogram, position),
        notAssessed: notAssessedAt(histogram, position),
        bestLevel: bestAt(histogram, position),
        gap: 0,
        status: 'not-required',
        dependsOn: [],
        closableBy: [],
      },
  );
  return { coverage, names };
}

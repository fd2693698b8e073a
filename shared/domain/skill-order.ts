import { AREAS, type Framework, type Skill } from './framework';

/*
 * The one order of skills that every view of a member's levels follows (assessment grid,
 * heatmap, member detail, tables, the exported member matrix), so levels typed from a
 * spreadsheet land on the row the other views show them on.
 *
 * The order: by area (data science, data engineering, machine learning, analytics, shared,
 * as AREAS lists them), within an area as the framework file lists the skills, retired ones
 * left out, and each sub-task right after its parent, so a sub-task or a skill added at the
 * end of the file still sits with its own. The analysis walks the skills in this order too,
 * so coverage tables and exports agree with the grid and the heatmap.
 */

/** A skill in the one order, with its nesting depth (1 for a sub-task under a live parent). */
export interface OrderedSkill {
  skill: Skill;
  depth: 0 | 1;
}

/** Live skills in the one order, each sub-task right after its parent. */
export function orderedSkillNodes(framework: Pick<Framework, 'skills'>): OrderedSkill[] {
  const live = framework.skills.filter((s) => !s.retired);
  const liveIds = new Set(live.map((s) => s.id));
  const children = new Map<string, Skill[]>();
  for (const skill of live) {
    if (skill.parent === undefined || !liveIds.has(skill.parent)) continue;
    children.set(skill.parent, [...(children.get(skill.parent) ?? []), skill]);
  }
  const areaRank = (skill: Skill) => AREAS.indexOf(skill.area);
  // A sub-task is placed with its parent; one whose parent is retired stands on its own.
  // Array.prototype.sort is stable: within an area, the file's order.
  const tops = live
    .filter((skill) => skill.parent === undefined || !liveIds.has(skill.parent))
    .sort((a, b) => areaRank(a) - areaRank(b));
  const ordered: OrderedSkill[] = [];
  for (const skill of tops) {
    ordered.push({ skill, depth: 0 });
    for (const child of children.get(skill.id) ?? []) ordered.push({ skill: child, depth: 1 });
  }
  return ordered;
}

/** Live skills in the one order. */
export const orderedSkills = (framework: Pick<Framework, 'skills'>): Skill[] =>
  orderedSkillNodes(framework).map((node) => node.skill);

/** Skill id → position in the one order, for sorting lists that hold a subset of the skills. */
export function skillPositions(framework: Pick<Framework, 'skills'>): Map<string, number> {
  return new Map(orderedSkills(framework).map((skill, i) => [skill.id, i]));
}

/** `items` sorted into the one order by their skill id; unknown ids go last, in their order. */
export function inSkillOrder<T>(
  framework: Pick<Framework, 'skills'>,
  items: readonly T[],
  skillIdOf: (item: T) => string,
): T[] {
  const positions = skillPositions(framework);
  const at = (item: T) => positions.get(skillIdOf(item)) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable, so items of the same skill keep their order.
  return [...items].sort((a, b) => at(a) - at(b));
}

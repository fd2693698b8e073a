import type { Member } from '../domain';
import type { FrameworkIndex } from './framework-index';
import type { LevelMatrix } from './level-matrix';
import type { CoverageStatus, SkillCoverage } from './types';

function statusOf(holders: number, needed: number): CoverageStatus {
  if (holders === 0) return 'uncovered';
  if (holders === 1 && needed > 1) return 'single-point-of-failure';
  if (holders < needed) return 'below-policy';
  return 'covered';
}

/**
 * Per-skill coverage in one pass over members × required skills (no member pairs).
 * Skills are reported in framework order; people the team depends on in member order.
 */
export function computeCoverage(
  members: readonly Member[],
  index: FrameworkIndex,
  matrix: LevelMatrix,
): SkillCoverage[] {
  const required = index.required;
  const holders = new Int32Array(required.length);
  const best = new Int32Array(required.length);
  const dependsOn: string[][] = required.map(() => []);
  const { cells, width } = matrix;
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!;
    const offset = m * width;
    for (let s = 0; s < required.length; s++) {
      const req = required[s]!;
      const level = cells[offset + req.position]!;
      if (level > best[s]!) best[s] = level;
      if (level >= req.level) {
        const count = ++holders[s]!;
        // Only the few people a skill hangs on are listed; past `needed` the list is dropped.
        if (count <= req.people) dependsOn[s]!.push(member.id);
      }
    }
  }
  const result: SkillCoverage[] = [];
  const bestOf = new Map<string, number>();
  required.forEach((req, s) => {
    const count = holders[s]!;
    bestOf.set(req.skill.id, best[s]!);
    result.push({
      skillId: req.skill.id,
      name: req.skill.name,
      area: req.skill.area,
      kind: req.skill.kind,
      requiredLevel: req.level,
      needed: req.people,
      holders: count,
      bestLevel: best[s]!,
      gap: Math.max(0, req.people - count),
      status: statusOf(count, req.people),
      dependsOn: count <= req.people ? dependsOn[s]! : [],
      closableBy: req.closableBy,
    });
  });
  for (const skill of index.notRequired) {
    const position = index.positionOf.get(skill.id)!;
    let top = 0;
    for (let m = 0; m < members.length; m++) top = Math.max(top, cells[m * width + position]!);
    bestOf.set(skill.id, top);
    result.push({
      skillId: skill.id,
      name: skill.name,
      area: skill.area,
      kind: skill.kind,
      requiredLevel: 0,
      needed: 0,
      holders: 0,
      bestLevel: top,
      gap: 0,
      status: 'not-required',
      dependsOn: [],
      closableBy: [],
    });
  }
  // Back to framework order, required or not.
  const order = new Map(index.skills.map((s, i) => [s.id, i]));
  return result.sort((a, b) => order.get(a.skillId)! - order.get(b.skillId)!);
}

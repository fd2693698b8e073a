import type { FrameworkIndex, IndexedRole } from './framework-index';
import { FTE_TOLERANCE } from './numbers';
import { compareStrings, listOf } from './text';
import type { MustHave, MustHaveWhy, SeniorityLabel, SkillAtLevel, SkillCoverage, WorkTakenOver } from './types';

/*
 * The facts of a hire's brief: the work it takes over (per responsibility, in FTE), the
 * skills it must have (the gaps it closes and the work it takes over) and may have (the rest
 * of its role's profile), and the seniority those levels call for.
 */

/** FTE per responsibility, unrounded: work of one product team, or a hire's part of it. */
export type WorkBySkill = Map<string, number>;

/** Adds `fte` of `skillId` to `work`. */
export function addWork(work: WorkBySkill, skillId: string, fte: number): void {
  if (fte > 0) work.set(skillId, (work.get(skillId) ?? 0) + fte);
}

/**
 * `fte` of a team's work, split over its responsibilities in proportion to how much of each
 * the team carries. A team with no work on record (it should not happen) gives one entry
 * under `fallbackId`, so that the split still adds up to `fte`.
 */
export function shareOfWork(teamWork: WorkBySkill | undefined, fte: number, fallbackId: string): WorkBySkill {
  const out: WorkBySkill = new Map();
  const total = teamWork ? [...teamWork.values()].reduce((a, b) => a + b, 0) : 0;
  if (!teamWork || total <= FTE_TOLERANCE) {
    addWork(out, fallbackId, fte);
    return out;
  }
  for (const [skillId, carried] of teamWork) addWork(out, skillId, (fte * carried) / total);
  return out;
}

/**
 * The work as people read it: largest first, each rounded to hundredths of an FTE so that
 * together they make `total` rounded to hundredths (largest remainders get the rounding,
 * then skill id). A responsibility whose part rounds to 0.00 is left out: it adds nothing to
 * the sum shown.
 */
export function roundedWork(work: WorkBySkill, total: number, nameOf: (skillId: string) => string): WorkTakenOver[] {
  const entries = [...work.entries()].filter(([, fte]) => fte > 0);
  const target = Math.max(0, Math.round(total * 100));
  const raw = entries.map(([, fte]) => fte * 100);
  const rawSum = raw.reduce((a, b) => a + b, 0);
  // Scaled to the total, so that a work map a rounding away from it still adds up.
  const scaled = rawSum > 0 ? raw.map((r) => (r * target) / rawSum) : raw;
  const steps = scaled.map((r) => Math.floor(r + FTE_TOLERANCE));
  let left = target - steps.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((r, i) => ({ i, rest: r - steps[i]! }))
    .sort((a, b) => b.rest - a.rest || compareStrings(entries[a.i]![0], entries[b.i]![0]));
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length) {
    steps[order[k]!.i]!++;
    left--;
  }
  for (let k = order.length - 1; left < 0 && k >= 0; k--) {
    const i = order[k]!.i;
    if (steps[i]! > 0) {
      steps[i]!--;
      left++;
    }
  }
  return entries
    .map(([skillId], i) => ({ skillId, name: nameOf(skillId), fte: steps[i]! / 100 }))
    .filter((w) => w.fte > 0)
    .sort((a, b) => b.fte - a.fte || compareStrings(a.skillId, b.skillId));
}

/**
 * A skill at a level, with the scale's name and description of the level: one frozen object
 * per skill and level for the whole analysis, since an organisation's plan lists the same
 * few hundred in the briefs of hundreds of hires.
 */
export function skillAtLevel(index: FrameworkIndex, skillId: string, level: number): SkillAtLevel {
  const cache = (index.skillsAtLevel ??= new Map());
  const key = `${level}\u0000${skillId}`;
  let shared = cache.get(key);
  if (shared === undefined) {
    shared = Object.freeze({
      skillId,
      name: index.skillById.get(skillId)?.name ?? skillId,
      level,
      levelName: index.levelName(level),
      levelDescription: index.framework.scale.levels[level]?.description ?? '',
    });
    cache.set(key, shared);
  }
  return shared;
}

/**
 * The level a hire must have a responsibility it takes over at: its role's target for it,
 * else the level the team needs (the coverage's required level), else the scale's first
 * level above none — the hire does the work, so some level of it is a must.
 */
export function loadLevel(role: IndexedRole, skillId: string, requiredLevel: ReadonlyMap<string, number>): number {
  const target = role.role.targets[skillId]?.level ?? 0;
  if (target > 0) return target;
  const required = requiredLevel.get(skillId) ?? 0;
  return required > 0 ? required : 1;
}

/**
 * The must-haves: the gaps the hire closes (in the plan's order), then the work it takes
 * over (largest first). A skill in both is "gap-and-load", at the higher of the two levels.
 */
export function mustHaveOf(
  index: FrameworkIndex,
  role: IndexedRole,
  gaps: readonly { skillId: string; level: number }[],
  takesOver: readonly WorkTakenOver[],
  requiredLevel: ReadonlyMap<string, number>,
): MustHave[] {
  const found = new Map<string, { level: number; why: MustHaveWhy }>();
  for (const g of gaps) {
    const had = found.get(g.skillId);
    found.set(g.skillId, { level: Math.max(had?.level ?? 0, g.level), why: 'gap' });
  }
  for (const w of takesOver) {
    const level = loadLevel(role, w.skillId, requiredLevel);
    const had = found.get(w.skillId);
    found.set(w.skillId, had ? { level: Math.max(had.level, level), why: 'gap-and-load' } : { level, why: 'load' });
  }
  return [...found].map(([skillId, { level, why }]) => {
    const skill = skillAtLevel(index, skillId, level);
    return {
      skillId,
      name: skill.name,
      level,
      levelName: skill.levelName,
      levelDescription: skill.levelDescription,
      why,
    };
  });
}

/**
 * The rest of the role's profile: its targets that are no must-have, in framework order.
 * Worked out once per role and set of must-haves (see IndexedRole.niceToHave); each hire
 * gets its own copy of the list, of the shared skill objects.
 */
export function niceToHaveOf(index: FrameworkIndex, role: IndexedRole, mustHave: readonly MustHave[]): SkillAtLevel[] {
  const cache = (role.niceToHave ??= new Map());
  const key = mustHave.map((m) => m.skillId).join('\u0000');
  let list = cache.get(key);
  if (list === undefined) {
    const must = new Set(mustHave.map((m) => m.skillId));
    list = role.targets.filter((t) => !must.has(t.skillId)).map((t) => skillAtLevel(index, t.skillId, t.level));
    cache.set(key, list);
  }
  return list.slice();
}

/** How many must-haves at the scale's top level make a lead: the one the team turns to in several areas. */
export const LEAD_TOP_SKILLS = 3;

/**
 * Seniority from the highest level the hire must have, counted down from the scale's top:
 * at the top level (Expert on the default scale) Senior — Lead when it is a must in
 * LEAD_TOP_SKILLS skills or more; one level below the top (Practitioner) Mid-level; lower
 * Junior. A recruiter reads "must have X at Expert" as senior; Practitioner as someone who
 * does the work on their own; below that as someone who grows into it. Without any
 * must-have (a hire made for another reason), the role profile's highest target decides.
 */
export function seniorityOf(
  index: FrameworkIndex,
  role: IndexedRole,
  mustHave: readonly MustHave[],
): { label: SeniorityLabel; basis: string } {
  const from = mustHave.length > 0 ? mustHave : niceToHaveOf(index, role, []);
  if (from.length === 0) {
    return { label: 'Junior', basis: `The ${role.role.name} profile targets no skill above ${index.levelName(0)}.` };
  }
  const highest = Math.max(...from.map((m) => m.level));
  const atHighest = from.filter((m) => m.level === highest).map((m) => m.name);
  const top = index.topLevel;
  const label: SeniorityLabel =
    highest >= top
      ? atHighest.length >= LEAD_TOP_SKILLS && mustHave.length > 0
        ? 'Lead'
        : 'Senior'
      : highest === top - 1
        ? 'Mid-level'
        : 'Junior';
  const named = atHighest.length > 3 ? [...atHighest.slice(0, 3), `${atHighest.length - 3} more`] : atHighest;
  const what = mustHave.length > 0 ? 'Must have' : `No must-have skill; the ${role.role.name} profile targets`;
  return {
    label,
    basis: `${what} ${listOf(named)} at ${index.levelName(highest)}, ${belowTop(index, highest)}.`,
  };
}

/** Where a level sits on the scale, in words: "the top of the scale", "a level below the top (Expert)". */
function belowTop(index: FrameworkIndex, level: number): string {
  const steps = index.topLevel - level;
  if (steps <= 0) return 'the top of the scale';
  return `${steps === 1 ? 'a level' : `${steps} levels`} below the top (${index.levelName(index.topLevel)})`;
}

/** The level each required skill is needed at, for `loadLevel`. */
export const requiredLevels = (coverage: readonly SkillCoverage[]): Map<string, number> =>
  new Map(coverage.filter((c) => c.requiredLevel > 0).map((c) => [c.skillId, c.requiredLevel]));

import { z } from 'zod';
import type { Member } from '../domain';
import { isEngineeringArea, type FrameworkIndex } from './framework-index';
import { FTE_TOLERANCE, round2 } from './numbers';
import type { EngineeringLoad } from './separation';
import { compareStrings } from './text';

/*
 * Work nobody owns any more: when someone leaves (in a scenario), their time allocation does
 * not vanish. It stays as work the plan must absorb — engineering responsibilities as
 * engineering load (like the load scientists carry, but all of it, since nobody is doing it),
 * the rest as the leaver's own role to replace.
 */

export const UnownedWork = z.object({
  memberId: z.string(),
  name: z.string().describe('The person who left the work.'),
  productTeam: z.string(),
  roleId: z.string().describe('The role the person held: who takes over the non-engineering part.'),
  fte: z.number().describe("FTE of work left, over every responsibility in the leaver's allocation."),
  engineeringFte: z.number().describe('The part of `fte` on data-engineering responsibilities.'),
  responsibilities: z
    .array(z.object({ skillId: z.string(), name: z.string(), fte: z.number(), engineering: z.boolean() }))
    .describe('FTE per responsibility, largest first.'),
});
export type UnownedWork = z.infer<typeof UnownedWork>;

/** The one empty list of unowned work: analyses can tell by identity that nothing changed. */
export const NO_UNOWNED_WORK: readonly UnownedWork[] = Object.freeze([]);

/**
 * The work `leavers` leave: fte × share of each responsibility in their allocation, in
 * leaver order, responsibilities largest first. Unknown responsibilities (not in the
 * framework) are kept by id, never dropped.
 */
export function unownedWorkOf(leavers: readonly Member[], index: FrameworkIndex): readonly UnownedWork[] {
  if (leavers.length === 0) return NO_UNOWNED_WORK;
  const work: UnownedWork[] = [];
  for (const member of leavers) {
    const responsibilities: UnownedWork['responsibilities'] = [];
    for (const [skillId, percent] of Object.entries(member.allocation)) {
      const fte = (member.fte * percent) / 100;
      if (fte <= FTE_TOLERANCE) continue;
      const skill = index.skillById.get(skillId);
      responsibilities.push({
        skillId,
        name: skill?.name ?? skillId,
        fte,
        engineering: index.engineeringResponsibilities.has(skillId),
      });
    }
    if (responsibilities.length === 0) continue;
    responsibilities.sort((a, b) => b.fte - a.fte || compareStrings(a.skillId, b.skillId));
    work.push({
      memberId: member.id,
      name: member.name,
      productTeam: member.productTeam,
      roleId: member.role,
      fte: responsibilities.reduce((sum, r) => sum + r.fte, 0),
      engineeringFte: responsibilities.reduce((sum, r) => sum + (r.engineering ? r.fte : 0), 0),
      responsibilities,
    });
  }
  return work.length === 0 ? NO_UNOWNED_WORK : work;
}

/**
 * Takes `capacity` FTE off the unowned work that `takes` selects, in list order (the
 * scenario's planned hires absorbing what the leavers left): returns the work that remains.
 */
export function absorbUnowned(
  work: readonly UnownedWork[],
  capacity: number,
  takes: (w: UnownedWork, r: UnownedWork['responsibilities'][number]) => boolean,
): readonly UnownedWork[] {
  if (work.length === 0) return NO_UNOWNED_WORK;
  let left = capacity;
  const out: UnownedWork[] = [];
  for (const w of work) {
    const responsibilities = w.responsibilities
      .map((r) => {
        if (left <= FTE_TOLERANCE || !takes(w, r)) return r;
        const taken = Math.min(left, r.fte);
        left -= taken;
        return { ...r, fte: r.fte - taken };
      })
      .filter((r) => r.fte > FTE_TOLERANCE);
    if (responsibilities.length === 0) continue;
    out.push({
      ...w,
      fte: responsibilities.reduce((sum, r) => sum + r.fte, 0),
      engineeringFte: responsibilities.reduce((sum, r) => sum + (r.engineering ? r.fte : 0), 0),
      responsibilities,
    });
  }
  return out.length === 0 ? NO_UNOWNED_WORK : out;
}

/** The engineering load with the unowned engineering work added: all of it must be placed. */
export function withUnownedLoad(load: EngineeringLoad, work: readonly UnownedWork[]): EngineeringLoad {
  if (work.every((w) => w.engineeringFte <= FTE_TOLERANCE)) return load;
  const byTeam = new Map(load.byTeam.map((t) => [t.productTeam, { ...t }]));
  let excessFte = load.excessFte;
  for (const w of work) {
    if (w.engineeringFte <= FTE_TOLERANCE) continue;
    excessFte += w.engineeringFte;
    const team = byTeam.get(w.productTeam);
    if (team) {
      team.overFte += w.engineeringFte;
      team.excessFte += w.engineeringFte;
    } else
      byTeam.set(w.productTeam, { productTeam: w.productTeam, overFte: w.engineeringFte, excessFte: w.engineeringFte });
  }
  return {
    excessFte,
    byTeam: [...byTeam.values()].sort((a, b) => b.overFte - a.overFte || compareStrings(a.productTeam, b.productTeam)),
  };
}

/** The unowned work as reported: figures rounded for people. */
export const reportedUnowned = (work: readonly UnownedWork[]): UnownedWork[] =>
  work.map((w) => ({
    ...w,
    fte: round2(w.fte),
    engineeringFte: round2(w.engineeringFte),
    responsibilities: w.responsibilities.map((r) => ({ ...r, fte: round2(r.fte) })),
  }));

/** True when a role's hires take over the non-engineering work a leaver of `roleId` left. */
export const replacesLeaver = (index: FrameworkIndex, roleId: string): boolean => {
  const role = index.roleById.get(roleId);
  return role !== undefined && !isEngineeringArea(role.role.area);
};

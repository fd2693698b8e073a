import type { Member, Organisation } from '../domain';
import { isEngineeringArea, isScienceArea, type FrameworkIndex } from './framework-index';
import { PERCENT_TOLERANCE, round1, round2 } from './numbers';
import { compareStrings } from './text';
import { structureAdvice } from './structure';
import type { EngineeringCarrier, RoleSeparation } from './types';

/** The engineering load the hiring plan must absorb, unrounded. */
export interface EngineeringLoad {
  /** FTE above the threshold, summed over the scientists over it: what hires must take at least. */
  excessFte: number;
  /** Per product team: all engineering FTE of its over-threshold scientists, and the excess part. */
  byTeam: { productTeam: string; overFte: number; excessFte: number }[];
}

/** True when an engineering share is over the threshold (beyond float noise). */
export const isOverThreshold = (percent: number, threshold: number): boolean => percent > threshold + PERCENT_TOLERANCE;

/**
 * Role separation: how much data-engineering work members employed as scientists carry,
 * who is over the organisation's threshold, and the article's structure advice; and, for
 * the hiring plan, the exact load above the threshold.
 */
export function computeSeparation(
  members: readonly Member[],
  organisation: Organisation,
  index: FrameworkIndex,
): { separation: RoleSeparation; load: EngineeringLoad } {
  const threshold = organisation.engineeringLoadThreshold;
  let scientists = 0;
  let engineers = 0;
  let carried = 0;
  let overThresholdFte = 0;
  let excessFte = 0;
  const carriers: EngineeringCarrier[] = [];
  const byTeam = new Map<string, { overFte: number; excessFte: number }>();

  for (const member of members) {
    const area = index.roleById.get(member.role)?.role.area;
    if (area !== undefined && isEngineeringArea(area)) engineers++;
    if (area === undefined || !isScienceArea(area)) continue;
    scientists++;
    const responsibilities: { skillId: string; percent: number }[] = [];
    let pct = 0;
    for (const [id, share] of Object.entries(member.allocation)) {
      if (share > 0 && index.engineeringResponsibilities.has(id)) {
        pct += share;
        responsibilities.push({ skillId: id, percent: share });
      }
    }
    if (pct <= 0) continue;
    const fte = (member.fte * pct) / 100;
    const over = isOverThreshold(pct, threshold);
    carried += fte;
    if (over) {
      const excess = (member.fte * (pct - threshold)) / 100;
      overThresholdFte += fte;
      excessFte += excess;
      const team = byTeam.get(member.productTeam) ?? { overFte: 0, excessFte: 0 };
      byTeam.set(member.productTeam, { overFte: team.overFte + fte, excessFte: team.excessFte + excess });
    }
    responsibilities.sort((a, b) => b.percent - a.percent || compareStrings(a.skillId, b.skillId));
    carriers.push({
      memberId: member.id,
      name: member.name,
      productTeam: member.productTeam,
      engineeringPercent: round1(pct),
      engineeringFte: round2(fte),
      overThreshold: over,
      responsibilities: responsibilities.map((r) => ({ skillId: r.skillId, percent: round1(r.percent) })),
    });
  }
  carriers.sort(
    (a, b) =>
      b.engineeringPercent - a.engineeringPercent ||
      compareStrings(a.name, b.name) ||
      compareStrings(a.memberId, b.memberId),
  );
  const teams = [...byTeam.entries()]
    .map(([productTeam, t]) => ({ productTeam, ...t }))
    .sort((a, b) => b.overFte - a.overFte || compareStrings(a.productTeam, b.productTeam));

  const separation: RoleSeparation = {
    thresholdPercent: threshold,
    scientists,
    engineers,
    engineeringFteCarriedByScientists: round2(carried),
    engineeringFteOverThreshold: round2(overThresholdFte),
    engineeringFteAboveThreshold: round2(excessFte),
    carriers,
    byProductTeam: teams.map((t) => ({
      productTeam: t.productTeam,
      engineeringFte: round2(t.overFte),
      aboveThresholdFte: round2(t.excessFte),
    })),
    structure: structureAdvice(organisation, members.length),
  };
  return { separation, load: { excessFte, byTeam: teams } };
}

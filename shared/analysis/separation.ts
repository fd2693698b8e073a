import type { Member, Organisation } from '../domain';
import { isEngineeringArea, isScienceArea, type FrameworkIndex } from './framework-index';
import { EPSILON, round1, round2 } from './numbers';
import { compareStrings } from './text';
import { structureAdvice } from './structure';
import type { EngineeringCarrier, RoleSeparation } from './types';

/**
 * Role separation: how much data-engineering work members employed as scientists carry,
 * who is over the organisation's threshold, and the article's structure advice.
 */
export function computeSeparation(
  members: readonly Member[],
  organisation: Organisation,
  index: FrameworkIndex,
): RoleSeparation {
  const threshold = organisation.engineeringLoadThreshold;
  let scientists = 0;
  let engineers = 0;
  let carried = 0;
  let overThresholdFte = 0;
  const carriers: EngineeringCarrier[] = [];
  const byTeam = new Map<string, number>();

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
    const over = pct > threshold + EPSILON;
    carried += fte;
    if (over) {
      overThresholdFte += fte;
      byTeam.set(member.productTeam, (byTeam.get(member.productTeam) ?? 0) + fte);
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
  const byProductTeam = [...byTeam.entries()]
    .map(([productTeam, fte]) => ({ productTeam, engineeringFte: round2(fte) }))
    .sort((a, b) => b.engineeringFte - a.engineeringFte || compareStrings(a.productTeam, b.productTeam));

  return {
    thresholdPercent: threshold,
    scientists,
    engineers,
    engineeringFteCarriedByScientists: round2(carried),
    engineeringFteOverThreshold: round2(overThresholdFte),
    carriers,
    byProductTeam,
    structure: structureAdvice(organisation, members.length),
  };
}

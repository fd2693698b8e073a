import { AREA_LABELS, AREAS, SKILL_KINDS, type Area, type SkillKind } from '@shared/domain';

/*
 * The framework's categories: an area and a kind (responsibilities or skills), as the
 * framework browser lists them. Charts that would need one axis or bar per skill use them
 * instead when a framework has too many skills to read one by one.
 */

export interface SkillGroup<T> {
  /** `area/kind`, stable across renders. */
  key: string;
  area: Area;
  kind: SkillKind;
  /** "Data science responsibilities", "Shared skills". */
  label: string;
  items: T[];
}

const KIND_NAMES: Record<SkillKind, string> = { responsibility: 'responsibilities', skill: 'skills' };

/** Items grouped by area, then kind, in the framework's order; empty groups are left out. */
export function groupByAreaAndKind<T extends { area: Area; kind: SkillKind }>(items: readonly T[]): SkillGroup<T>[] {
  const groups: SkillGroup<T>[] = [];
  for (const area of AREAS) {
    for (const kind of SKILL_KINDS) {
      const inGroup = items.filter((item) => item.area === area && item.kind === kind);
      if (inGroup.length === 0) continue;
      groups.push({
        key: `${area}/${kind}`,
        area,
        kind,
        label: `${AREA_LABELS[area]} ${KIND_NAMES[kind]}`,
        items: inGroup,
      });
    }
  }
  return groups;
}

import { AREA_LABELS, type Framework } from '@shared/domain';
import type { ColumnTarget } from '@shared/interchange/types';

/*
 * What a column can be read as, in the words of the mapping table's drop-down, and the
 * drop-down's values ("name", "skill:sql", "allocation:data-pipelines") back to targets.
 */

/** Fields read from one column each; a second column chosen for one of them frees the first. */
export const FIELD_TARGETS: readonly { value: string; label: string; target: ColumnTarget }[] = [
  { value: 'ignore', label: 'Ignore this column', target: { kind: 'ignore' } },
  { value: 'name', label: 'Name', target: { kind: 'name' } },
  { value: 'title', label: 'Job title', target: { kind: 'title' } },
  { value: 'role', label: 'Role', target: { kind: 'role' } },
  { value: 'productTeam', label: 'Product team', target: { kind: 'productTeam' } },
  { value: 'fte', label: 'FTE', target: { kind: 'fte' } },
  { value: 'assessedOn', label: 'Assessed on (date)', target: { kind: 'assessedOn' } },
  { value: 'notes', label: 'Notes', target: { kind: 'notes' } },
];

export interface TargetGroup {
  label: string;
  options: { value: string; label: string }[];
}

/** The drop-down's groups after the fields: time on each responsibility, then skills by area. */
export function targetGroups(framework: Framework): TargetGroup[] {
  const live = framework.skills.filter((s) => !s.retired);
  const time: TargetGroup = {
    label: 'Share of time (%) on',
    options: live
      .filter((s) => s.kind === 'responsibility')
      .map((s) => ({ value: `allocation:${s.id}`, label: `${s.name} (% of time)` })),
  };
  const areas = Array.from(new Set(live.map((s) => s.area)));
  const skills = areas.map((area) => ({
    label: `Level of: ${AREA_LABELS[area]}`,
    options: live.filter((s) => s.area === area).map((s) => ({ value: `skill:${s.id}`, label: s.name })),
  }));
  return [time, ...skills].filter((g) => g.options.length > 0);
}

/** The drop-down value of a target; a column rating several skills shows its first. */
export function valueOfTarget(target: ColumnTarget): string {
  if (target.kind === 'skill') return `skill:${target.skillIds[0] ?? ''}`;
  if (target.kind === 'allocation') return `allocation:${target.responsibilityId}`;
  return target.kind;
}

/**
 * The target a drop-down value means. Choosing another skill for a column that rates several
 * replaces the first and keeps the others.
 */
export function targetOfValue(value: string, current: ColumnTarget): ColumnTarget {
  if (value.startsWith('skill:')) {
    const id = value.slice('skill:'.length);
    const others = current.kind === 'skill' ? current.skillIds.slice(1).filter((s) => s !== id) : [];
    return { kind: 'skill', skillIds: [id, ...others] };
  }
  if (value.startsWith('allocation:'))
    return { kind: 'allocation', responsibilityId: value.slice('allocation:'.length) };
  return FIELD_TARGETS.find((f) => f.value === value)?.target ?? { kind: 'ignore' };
}

/** A skill column that also rates `skillId` (added last), or no longer does. */
export function withSkill(target: ColumnTarget & { kind: 'skill' }, skillId: string, rates: boolean): ColumnTarget {
  const others = target.skillIds.filter((id) => id !== skillId);
  if (rates) return { kind: 'skill', skillIds: [...others, skillId] };
  return others.length > 0 ? { kind: 'skill', skillIds: others } : { kind: 'ignore' };
}

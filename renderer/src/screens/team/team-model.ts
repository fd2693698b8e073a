import { slugify as slugOf, uniqueSlug } from '@shared/domain';
import type { Analysis, MemberResult } from '@shared/analysis';
import type { AppData } from '@shared/data';
import { AREAS, type Area, type Framework, type Member, type Skill } from '@shared/domain';
import { orderedSkillNodes } from '@shared/domain/skill-order';

/*
 * Pure helpers for the Team screen: slugs, the list's filter and sort, skill grouping and the
 * allocation arithmetic. Kept out of the components so they are cheap to test and reuse.
 */

export const SORT_KEYS = ['name', 'role', 'fit', 'engineering'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  name: 'Name',
  role: 'Role',
  fit: 'Best fit',
  engineering: 'Engineering share',
};

export interface ListFilters {
  query: string;
  role: string;
  productTeam: string;
  flagged: boolean;
  sort: SortKey;
}

export const NO_FILTERS: ListFilters = { query: '', role: '', productTeam: '', flagged: false, sort: 'name' };

export const isFiltered = (f: ListFilters): boolean =>
  f.query.trim() !== '' || f.role !== '' || f.productTeam !== '' || f.flagged;

/** One list row: the member with what the analysis says about them. */
export interface MemberRow {
  member: Member;
  result: MemberResult | undefined;
  bestFit: number;
  flagged: boolean;
  overThreshold: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Rows for every member, joined with the analysis (memoise on the data object). */
export function memberRows(data: AppData, analysis: Analysis): MemberRow[] {
  const results = new Map(analysis.members.map((r) => [r.memberId, r]));
  const over = new Set(analysis.separation.carriers.filter((c) => c.overThreshold).map((c) => c.memberId));
  return data.members.map((member) => {
    const result = results.get(member.id);
    const bestFit = result?.fits.find((f) => f.roleId === result.bestRoleId)?.fit ?? 0;
    const overThreshold = over.has(member.id);
    return { member, result, bestFit, overThreshold, flagged: overThreshold || (result?.mismatch ?? false) };
  });
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function filterRows(rows: readonly MemberRow[], filters: ListFilters, roleNames: Map<string, string>) {
  const needle = fold(filters.query.trim());
  const kept = rows.filter(
    (row) =>
      (needle === '' || fold(`${row.member.name} ${row.member.title ?? ''}`).includes(needle)) &&
      (filters.role === '' || row.member.role === filters.role) &&
      (filters.productTeam === '' || row.member.productTeam === filters.productTeam) &&
      (!filters.flagged || row.flagged),
  );
  const byName = (a: MemberRow, b: MemberRow) => collator.compare(a.member.name, b.member.name);
  const compare: Record<SortKey, (a: MemberRow, b: MemberRow) => number> = {
    name: byName,
    role: (a, b) =>
      collator.compare(roleNames.get(a.member.role) ?? a.member.role, roleNames.get(b.member.role) ?? b.member.role) ||
      byName(a, b),
    fit: (a, b) => b.bestFit - a.bestFit || byName(a, b),
    engineering: (a, b) => (b.result?.engineeringPercent ?? 0) - (a.result?.engineeringPercent ?? 0) || byName(a, b),
  };
  return kept.sort(compare[filters.sort]);
}

/** A slug id for a member ("Diego Álvarez" → "diego-alvarez"), never empty. */
export const slugify = (name: string): string => slugOf(name, 'member');

/** A slug id from the name that no member has yet ("ana-lima", then "ana-lima-2"…). */
export const uniqueMemberId = (name: string, members: readonly Pick<Member, 'id'>[]): string =>
  uniqueSlug(
    name,
    members.map((m) => m.id),
    'member',
  );

/** A skill with its sub-tasks (one level of nesting), in framework order. */
export interface SkillNode {
  skill: Skill;
  depth: 0 | 1;
}

/**
 * The skills in the one skill order, cut into runs where the area changes (a sub-task stays
 * in its parent's run), for the assessment grid's headings. Never reorders: the grid's rows
 * are the heatmap's columns and the exported matrix's columns, in the same order.
 */
export function skillRuns(framework: Framework): { key: string; area: Area; skills: SkillNode[] }[] {
  const runs: { key: string; area: Area; skills: SkillNode[] }[] = [];
  for (const node of orderedSkillNodes(framework)) {
    const last = runs[runs.length - 1];
    if (last && (node.depth === 1 || last.area === node.skill.area)) last.skills.push(node);
    else runs.push({ key: `${node.skill.area}-${runs.length}`, area: node.skill.area, skills: [node] });
  }
  return runs;
}

/** Skills of an area in framework order, each sub-task right after its parent. */
export function skillsByArea(
  framework: Framework,
  keep: (skill: Skill) => boolean,
): { area: Area; skills: SkillNode[] }[] {
  const live = framework.skills.filter((s) => !s.retired && keep(s));
  const ids = new Set(live.map((s) => s.id));
  return AREAS.map((area) => {
    const skills: SkillNode[] = [];
    for (const skill of live) {
      if (skill.area !== area || (skill.parent !== undefined && ids.has(skill.parent))) continue;
      skills.push({ skill, depth: 0 });
      for (const child of live) if (child.parent === skill.id) skills.push({ skill: child, depth: 1 });
    }
    return { area, skills };
  }).filter((group) => group.skills.length > 0);
}

export const allocationTotal = (allocation: Record<string, number>): number =>
  Object.values(allocation).reduce((sum, pct) => sum + pct, 0);

/** Percent of the time on data-engineering responsibilities, as the analysis counts it. */
export function engineeringShare(allocation: Record<string, number>, framework: Framework): number {
  const engineering = new Set(
    framework.skills.filter((s) => s.kind === 'responsibility' && s.area === 'data-engineering').map((s) => s.id),
  );
  return Object.entries(allocation).reduce((sum, [id, pct]) => sum + (engineering.has(id) ? pct : 0), 0);
}

/** Rounds for display: 12.5 stays, 12.4999999 becomes 12.5. */
export const formatPercent = (pct: number): string => `${Math.round(pct * 10) / 10} %`;

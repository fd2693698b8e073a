import type { Analysis } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import { roleNamesOf } from '@shared/domain';
import { PALETTE } from '@renderer/charts/setup';
import { lazyTable, type TableData } from './table';

/*
 * Role fit for any number of roles: for each role people are employed as, how many fit it
 * best and how many fit another role best (a mismatch past the margin, or a near tie within
 * it). A scatter of two fits cannot show five roles; this can show fifty.
 */

/**
 * One colour per role, in framework order: the article's two roles in their usual blue and
 * orange, then the other colour-blind-safe hues. Two roles of one family stay apart; past
 * the eighth role colours repeat and the legend and table tell them apart.
 */
const ROLE_COLOURS = [
  PALETTE.scientist,
  PALETTE.engineer,
  PALETTE.machineLearning,
  PALETTE.sky,
  PALETTE.shared,
  PALETTE.warning,
  PALETTE.neutral,
];

export interface RoleFitData {
  /** Roles someone is employed as, in framework order: the chart's rows. */
  employed: { roleId: string; name: string; members: number }[];
  /** One series per best-fit role that occurs, in framework order: counts per employed role. */
  series: { roleId: string; label: string; colour: string; counts: number[] }[];
  mismatches: number;
  /** Members with no framework role ("other"): no fit, left out of the chart. */
  noFrameworkRole: number;
  table: TableData;
  summary: string;
}

export function roleFit(analysis: Analysis, data: AppData): RoleFitData {
  const roles = data.framework.roles;
  const position = new Map(roles.map((r, i) => [r.id, i]));
  const counts = roles.map(() => new Int32Array(roles.length));
  const employedCount = new Int32Array(roles.length);
  let mismatches = 0;
  let noFrameworkRole = 0;
  let noFit = 0;
  for (const m of analysis.members) {
    const employed = position.get(m.roleId);
    if (employed === undefined) {
      noFrameworkRole++;
      continue;
    }
    employedCount[employed]!++;
    if (m.mismatch) mismatches++;
    const best = m.bestRoleId === null ? undefined : position.get(m.bestRoleId);
    if (best === undefined) {
      noFit++;
      continue;
    }
    // A best fit within the margin is no mismatch: it counts as the own role.
    counts[m.mismatch ? best : employed]![employed]!++;
  }
  const rows = roles.map((r, i) => ({ roleId: r.id, name: r.name, members: employedCount[i]!, i }));
  const employed = rows.filter((r) => r.members > 0);
  const series = roles
    .map((r, i) => ({
      roleId: r.id,
      label: `Best fit: ${r.name}`,
      colour: ROLE_COLOURS[i % ROLE_COLOURS.length]!,
      counts: employed.map((e) => counts[i]![e.i]!),
    }))
    .filter((s) => s.counts.some((c) => c > 0));
  const names = roleNamesOf(data.framework);
  const roleName = (id: string) => names.get(id) ?? id;
  const parts = [
    `Role fit of ${analysis.members.length} members by the role they are employed as`,
    `${mismatches} whose best fit is another role by more than 10 points`,
  ];
  if (noFit > 0) parts.push(`${noFit} not assessed on any target of their role`);
  if (noFrameworkRole > 0) parts.push(`${noFrameworkRole} with no framework role, left out`);
  return {
    employed: employed.map(({ roleId, name, members }) => ({ roleId, name, members })),
    series,
    mismatches,
    noFrameworkRole,
    table: lazyTable(
      ['Member', 'Employed as', ...roles.map((r) => `${r.name} fit`), 'Best fit', 'Mismatch'],
      roles.map((_, i) => i + 2),
      () =>
        analysis.members.map((m) => {
          const fits = new Map(m.fits.map((f) => [f.roleId, f.fit]));
          return [
            m.name,
            roleName(m.roleId),
            ...roles.map((r) => fits.get(r.id) ?? '—'),
            m.bestRoleId === null ? '—' : roleName(m.bestRoleId),
            m.mismatch ? 'Yes' : 'No',
          ];
        }),
    ),
    summary: `${parts.join('; ')}.`,
  };
}

import type { Analysis, MemberResult } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import type { RoleProfile } from '@shared/domain';
import { PALETTE } from '@renderer/charts/setup';
import { Interner, memoPerObjectAndKey } from '@shared/identity';
import { lazyTable, type TableData } from './table';

/** Both fits at or above this: the member is doing both roles. */
export const BOTH_ROLES_FIT = 60;

export interface FitPoint {
  memberId: string;
  name: string;
  x: number;
  y: number;
  both: boolean;
  mismatch: boolean;
}

export interface FitScatterData {
  /** The two roles plotted, or null when the framework lacks a science or an engineering role. */
  scienceRole: RoleProfile | null;
  engineeringRole: RoleProfile | null;
  groups: { label: string; colour: string; points: FitPoint[] }[];
  table: TableData;
  summary: string;
}

const fitOf = (member: MemberResult, roleId: string | undefined): number =>
  member.fits.find((f) => f.roleId === roleId)?.fit ?? 0;

/** A member's point: kept with the member's result, which an edit of someone else leaves as it is. */
const pointOf = memoPerObjectAndKey((m: MemberResult, key: RolePair): FitPoint => {
  const { science, engineering } = key;
  const x = fitOf(m, science);
  const y = fitOf(m, engineering);
  return {
    memberId: m.memberId,
    name: m.name,
    x,
    y,
    both: x >= BOTH_ROLES_FIT && y >= BOTH_ROLES_FIT,
    mismatch: m.mismatch,
  };
});

interface RolePair {
  science: string | undefined;
  engineering: string | undefined;
}
/** One key object per pair of role ids, so a member's cached point survives a new analysis. */
const rolePairs = new Interner((text): RolePair => {
  const [science, engineering] = text.split('\u0000');
  return { science: science || undefined, engineering: engineering || undefined };
});
const rolePair = (science: string | undefined, engineering: string | undefined): RolePair =>
  rolePairs.get(`${science ?? ''}\u0000${engineering ?? ''}`);

/** Scientist fit (x) against engineer fit (y): people doing both roles and mismatches stand out. */
export function fitScatter(analysis: Analysis, data: AppData): FitScatterData {
  const roles = data.framework.roles;
  const scienceRole = roles.find((r) => r.area === 'data-science') ?? null;
  const engineeringRole = roles.find((r) => r.area === 'data-engineering') ?? null;
  const roleName = new Map(roles.map((r) => [r.id, r.name]));
  const areaOf = new Map(roles.map((r) => [r.id, r.area]));
  const pair = rolePair(scienceRole?.id, engineeringRole?.id);
  // One pass, in member order: each point to its group.
  const scientists: FitPoint[] = [];
  const engineers: FitPoint[] = [];
  const others: FitPoint[] = [];
  const both: FitPoint[] = [];
  let mismatches = 0;
  for (const m of analysis.members) {
    const point = pointOf(m, pair);
    if (point.mismatch) mismatches++;
    if (point.both) {
      both.push(point);
      continue;
    }
    const area = areaOf.get(m.roleId);
    (area === 'data-science' ? scientists : area === 'data-engineering' ? engineers : others).push(point);
  }
  const groups = [
    { label: 'Employed as scientists', colour: PALETTE.scientist, points: scientists },
    { label: 'Employed as engineers', colour: PALETTE.engineer, points: engineers },
    { label: 'Other roles', colour: PALETTE.neutral, points: others },
    { label: `Doing both roles (both fits ≥ ${BOTH_ROLES_FIT})`, colour: PALETTE.warning, points: both },
  ].filter((g) => g.points.length > 0);
  const sName = scienceRole?.name ?? 'Scientist';
  const eName = engineeringRole?.name ?? 'Engineer';
  return {
    scienceRole,
    engineeringRole,
    groups,
    table: lazyTable(
      ['Member', 'Employed as', `${sName} fit`, `${eName} fit`, 'Best fit', 'Doing both roles', 'Mismatch'],
      [2, 3],
      () =>
        analysis.members.map((m) => {
          const p = pointOf(m, pair);
          return [
            m.name,
            roleName.get(m.roleId) ?? m.roleId,
            p.x,
            p.y,
            m.bestRoleId === null ? '—' : (roleName.get(m.bestRoleId) ?? m.bestRoleId),
            p.both ? 'Yes' : 'No',
            p.mismatch ? 'Yes' : 'No',
          ];
        }),
    ),
    summary:
      `Scatter of ${analysis.members.length} members, ${sName} fit across and ${eName} fit up: ` +
      `${both.length} doing both roles (both fits ≥ ${BOTH_ROLES_FIT}), ${mismatches} whose best fit is another role.`,
  };
}

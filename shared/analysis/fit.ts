import type { Member } from '../domain';
import type { FrameworkIndex } from './framework-index';
import type { LevelMatrix } from './level-matrix';
import { round1, round2 } from './numbers';
import type { MemberResult, RoleFit } from './types';

/** Fit of one member to one role: weighted share of target levels reached, 0–100. */
export function roleFit(levels: Record<string, number>, targets: FrameworkIndex['roles'][number]): number {
  if (targets.totalWeight === 0) return 0;
  let reached = 0;
  for (const t of targets.targets) {
    const level = levels[t.skillId] ?? 0;
    reached += t.weight * (level >= t.level ? 1 : level / t.level);
  }
  return (100 * reached) / targets.totalWeight;
}

/** roleFit on row `member` of a level matrix: the same sum, read from typed-array cells. */
export function roleFitInMatrix(matrix: LevelMatrix, member: number, targets: FrameworkIndex['roles'][number]): number {
  if (targets.totalWeight === 0) return 0;
  const { cells, width } = matrix;
  const offset = member * width;
  let reached = 0;
  for (const t of targets.targets) {
    const level = cells[offset + t.position]!;
    reached += t.weight * (level >= t.level ? 1 : level / t.level);
  }
  return (100 * reached) / targets.totalWeight;
}

/** Percent of a member's time on engineering responsibilities. */
export function engineeringPercent(member: Member, index: FrameworkIndex): number {
  let pct = 0;
  for (const [id, share] of Object.entries(member.allocation)) {
    if (index.engineeringResponsibilities.has(id)) pct += share;
  }
  return pct;
}

export function memberResult(member: Member, index: FrameworkIndex, matrix: LevelMatrix, row: number): MemberResult {
  const fits: RoleFit[] = index.roles.map((r) => ({ roleId: r.role.id, fit: roleFitInMatrix(matrix, row, r) }));
  // Best fit; a tie goes to the member's own role, then to the first role in the framework.
  let best = fits[0];
  for (const f of fits) {
    if (!best || f.fit > best.fit + 1e-9 || (Math.abs(f.fit - best.fit) <= 1e-9 && f.roleId === member.role)) best = f;
  }
  const pct = engineeringPercent(member, index);
  const bestRoleId = best?.roleId ?? member.role;
  return {
    memberId: member.id,
    name: member.name,
    roleId: member.role,
    productTeam: member.productTeam,
    fte: member.fte,
    fits: fits.map((f) => ({ roleId: f.roleId, fit: round1(f.fit) })),
    bestRoleId,
    mismatch: bestRoleId !== member.role,
    engineeringPercent: round1(pct),
    engineeringFte: round2((member.fte * pct) / 100),
  };
}

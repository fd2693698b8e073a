import type { Member } from '../domain';
import type { FrameworkIndex, IndexedRole } from './framework-index';
import { LEVEL_BINS, type LevelMatrix } from './level-matrix';
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

/** roleFit on row `member` of a level matrix: the same sum, read from the role's score table. */
export function roleFitInMatrix(matrix: LevelMatrix, member: number, role: IndexedRole): number {
  if (role.totalWeight === 0) return 0;
  const { cells, width } = matrix;
  const { positions, reached: table } = role;
  const offset = member * width;
  let reached = 0;
  for (let k = 0; k < positions.length; k++) reached += table[k * LEVEL_BINS + cells[offset + positions[k]!]!]!;
  return (100 * reached) / role.totalWeight;
}

/** Percent of a member's time on engineering responsibilities. */
export function engineeringPercent(member: Member, index: FrameworkIndex): number {
  let pct = 0;
  for (const [id, share] of Object.entries(member.allocation)) {
    if (index.engineeringResponsibilities.has(id)) pct += share;
  }
  return pct;
}

/** The shared `{ roleId, fit }` for a rounded fit (see IndexedRole.fitObjects). */
function fitObject(role: IndexedRole, fit: number): RoleFit {
  const slot = Math.round(fit * 10);
  if (!(slot >= 0 && slot <= 1000)) return { roleId: role.role.id, fit };
  let shared = role.fitObjects[slot];
  if (shared === undefined) role.fitObjects[slot] = shared = Object.freeze({ roleId: role.role.id, fit });
  return shared;
}

/**
 * One member's result: fits read from row `row` of the matrix, the engineering share
 * computed once with the separation's row (`percent`).
 */
export function memberResult(
  member: Member,
  index: FrameworkIndex,
  matrix: LevelMatrix,
  row: number,
  percent: number,
): MemberResult {
  const roles = index.roles;
  const fits: RoleFit[] = new Array<RoleFit>(roles.length);
  // Best fit; a tie goes to the member's own role, then to the first role in the framework.
  let bestFit = Number.NEGATIVE_INFINITY;
  let bestRoleId = member.role;
  for (let r = 0; r < roles.length; r++) {
    const role = roles[r]!;
    const roleId = role.role.id;
    const fit = roleFitInMatrix(matrix, row, role);
    if (fit > bestFit + 1e-9 || (Math.abs(fit - bestFit) <= 1e-9 && roleId === member.role)) {
      bestFit = fit;
      bestRoleId = roleId;
    }
    fits[r] = fitObject(role, round1(fit));
  }
  return {
    memberId: member.id,
    name: member.name,
    roleId: member.role,
    productTeam: member.productTeam,
    fte: member.fte,
    fits,
    bestRoleId,
    mismatch: bestRoleId !== member.role,
    engineeringPercent: round1(percent),
    engineeringFte: round2((member.fte * percent) / 100),
  };
}

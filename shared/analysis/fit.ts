import { OTHER_ROLE_ID, type Member } from '../domain';
import { FIT_SLOTS, type FrameworkIndex, type IndexedRole } from './framework-index';
import { LEVEL_BINS, LEVEL_OF_CELL, type LevelMatrix } from './level-matrix';
import { round1, round2 } from './numbers';
import type { MemberResult, RoleFit } from './types';

/**
 * Fit of a member to a role, comparable across roles.
 *
 * Fit = reached ÷ (assessed target weight + outside strengths), as a percentage:
 * - reached: for each of the role's targets the member was assessed on, its weight × the
 *   share of the target level reached (capped at 1: exceeding a target is not penalised);
 * - outside strengths: the member's levels on skills the role does not target, each worth
 *   the role's mean target weight at the scale's top level.
 *
 * The second term is what keeps a narrow role (few targets) from becoming everyone's best
 * fit: a broad data scientist meets an analytics role's few targets, but brings many
 * strengths that role does not use, so the profile matches the data scientist role better.
 * Skills not assessed count on neither side; a role none of whose targets was assessed has
 * no fit (null), rather than a fit of 0.
 */
export interface FitParts {
  reached: number;
  assessedWeight: number;
  outsideLevels: number;
}

/** A fit from its parts, or null when none of the role's targets was assessed. */
export function fitFromParts(parts: FitParts, role: IndexedRole, topLevel: number): number | null {
  if (parts.assessedWeight === 0) return null;
  const outside = topLevel > 0 ? (role.meanWeight * parts.outsideLevels) / topLevel : 0;
  return (100 * parts.reached) / (parts.assessedWeight + outside);
}

/** Fit of a member's levels (skill id → level; absent = not assessed) to one role. */
export function roleFit(
  levels: Readonly<Record<string, number>>,
  role: IndexedRole,
  index: FrameworkIndex,
): number | null {
  let reached = 0;
  let assessedWeight = 0;
  let targetedLevels = 0;
  for (const t of role.targets) {
    const level = levels[t.skillId];
    if (level === undefined) continue;
    reached += t.weight * (level >= t.level ? 1 : level / t.level);
    assessedWeight += t.weight;
    targetedLevels += level;
  }
  let allLevels = 0;
  for (const skill of index.skills) allLevels += levels[skill.id] ?? 0;
  return fitFromParts({ reached, assessedWeight, outsideLevels: allLevels - targetedLevels }, role, index.topLevel);
}

/** The sum of the assessed levels in row `member` of the matrix. */
export function rowLevelSum(matrix: LevelMatrix, member: number): number {
  const { cells, width } = matrix;
  const offset = member * width;
  let sum = 0;
  for (let s = 0; s < width; s++) sum += LEVEL_OF_CELL[cells[offset + s]!]!;
  return sum;
}

/** roleFit on row `member` of a level matrix, given the row's level sum: the same arithmetic. */
export function roleFitInMatrix(
  matrix: LevelMatrix,
  member: number,
  role: IndexedRole,
  levelSum: number,
  topLevel: number,
): number | null {
  const { cells, width } = matrix;
  const { positions, reached: table, assessedWeights } = role;
  const offset = member * width;
  let reached = 0;
  let assessedWeight = 0;
  let targetedLevels = 0;
  // Branch-free: a NOT_ASSESSED cell adds exactly 0 to each sum, the same as skipping it.
  for (let k = 0; k < positions.length; k++) {
    const cell = cells[offset + positions[k]!]!;
    const bin = k * LEVEL_BINS + cell;
    reached += table[bin]!;
    assessedWeight += assessedWeights[bin]!;
    targetedLevels += LEVEL_OF_CELL[cell]!;
  }
  return fitFromParts({ reached, assessedWeight, outsideLevels: levelSum - targetedLevels }, role, topLevel);
}

/**
 * A mismatch needs the best fit to beat the member's own role by more than this many
 * points. Any fit is at most 100, so a member who fits their own role at 90 or more can
 * never be flagged, whatever roles a framework adds.
 */
export const MISMATCH_MARGIN = 10;

/** Percent of a member's time on engineering responsibilities. */
export function engineeringPercent(member: Member, index: FrameworkIndex): number {
  let pct = 0;
  for (const [id, share] of Object.entries(member.allocation)) {
    if (index.engineeringResponsibilities.has(id)) pct += share;
  }
  return pct;
}

/** The shared `{ roleId, fit }` for a rounded fit (see IndexedRole.fitObjects). */
function fitObject(role: IndexedRole, fit: number | null): RoleFit {
  if (fit === null) return (role.noFit ??= Object.freeze({ roleId: role.role.id, fit: null }));
  const slot = Math.round(fit * 10);
  if (!(slot >= 0 && slot < FIT_SLOTS)) return { roleId: role.role.id, fit };
  let shared = role.fitObjects[slot];
  if (shared === undefined) role.fitObjects[slot] = shared = Object.freeze({ roleId: role.role.id, fit });
  return shared;
}

/**
 * One member's result: fits read from row `row` of the matrix, the engineering share
 * computed once with the separation's row (`percent`). Fits are rounded to one decimal
 * before anything compares them, so the flag always agrees with the figures shown.
 */
export function memberResult(
  member: Member,
  index: FrameworkIndex,
  matrix: LevelMatrix,
  row: number,
  percent: number,
): MemberResult {
  const own = index.roleById.get(member.role);
  // A member with no framework role ("other", or a role the framework lost) has no fits.
  if (member.role === OTHER_ROLE_ID || own === undefined) {
    return resultOf(member, percent, NO_FITS, null, false);
  }
  const roles = index.roles;
  const fits: RoleFit[] = new Array<RoleFit>(roles.length);
  const levelSum = rowLevelSum(matrix, row);
  // Best fit; a tie goes to the member's own role, then to the first role in the framework.
  let bestFit = Number.NEGATIVE_INFINITY;
  let bestRoleId: string | null = null;
  let ownFit: number | null = null;
  for (let r = 0; r < roles.length; r++) {
    const role = roles[r]!;
    const exact = roleFitInMatrix(matrix, row, role, levelSum, index.topLevel);
    const fit = exact === null ? null : round1(exact);
    fits[r] = fitObject(role, fit);
    if (role === own) ownFit = fit;
    if (fit === null) continue;
    if (fit > bestFit || (fit === bestFit && role === own)) {
      bestFit = fit;
      bestRoleId = role.role.id;
    }
  }
  // Compared in tenths, as shown: 95.3 − 85.3 is not "more than 10" in float arithmetic.
  const mismatch =
    ownFit !== null &&
    bestRoleId !== member.role &&
    Math.round(bestFit * 10) - Math.round(ownFit * 10) > MISMATCH_MARGIN * 10;
  return resultOf(member, percent, fits, bestRoleId, mismatch);
}

const NO_FITS: RoleFit[] = [];

/**
 * A member result written as one literal, every field in the same order: 10,000 results of
 * one shape, where spreading a partial object made each a slower, separately shaped copy.
 */
function resultOf(
  member: Member,
  percent: number,
  fits: RoleFit[],
  bestRoleId: string | null,
  mismatch: boolean,
): MemberResult {
  return {
    memberId: member.id,
    name: member.name,
    roleId: member.role,
    productTeam: member.productTeam,
    fte: member.fte,
    engineeringPercent: round1(percent),
    engineeringFte: round2((member.fte * percent) / 100),
    fits: fits === NO_FITS ? [] : fits,
    bestRoleId,
    mismatch,
  };
}

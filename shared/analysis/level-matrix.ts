import type { Member } from '../domain';
import type { FrameworkIndex } from './framework-index';

/**
 * Every member's levels as one dense matrix (member × skill, framework order, NOT_ASSESSED
 * where the member has no level for the skill), built in one walk over each member's own levels. Coverage and fits then read
 * typed-array cells instead of looking up 600,000 string keys in 10,000 objects, twice.
 * Ids the index does not know (retired or unknown skills) are ignored, as lookups did.
 */
export interface LevelMatrix {
  readonly width: number;
  readonly cells: Uint8Array;
}

/**
 * A cell for a skill nobody assessed for this member. Levels run 0–10 (0 is "none", a real
 * answer); this value is outside them, so "not assessed" never counts as a level.
 */
export const NOT_ASSESSED = 255;

/** The highest level a scale can have: cells above it are not levels. */
export const MAX_LEVEL = 10;

/**
 * A cell's level as a number to add: the level itself, 0 for NOT_ASSESSED. Sums read through
 * it instead of testing each cell: a member's unassessed skills fall anywhere in the row, and
 * a branch on them is mispredicted about as often as they occur.
 */
export const LEVEL_OF_CELL: Float64Array = Float64Array.from({ length: 256 }, (_, cell) =>
  cell === NOT_ASSESSED ? 0 : cell,
);

/** A matrix of `members` rows, every cell not assessed until a row is filled. */
export function emptyMatrix(members: number, width: number): LevelMatrix {
  return { width, cells: new Uint8Array(members * width).fill(NOT_ASSESSED) };
}

/** Writes one member's levels into row `row` of `cells` (which must hold NOT_ASSESSED there). */
export function fillRow(cells: Uint8Array, width: number, row: number, member: Member, index: FrameworkIndex): void {
  const offset = row * width;
  const { positionById, idAt } = index;
  const levels = member.levels;
  // for…in: never the slowest walk, whether the objects came from JSON.parse, structured
  // clone or code (Object.entries and Map lookups each lose badly on one of them). Levels
  // are mostly in framework order, so the skill after the last one found is tried first:
  // a pointer comparison instead of a dictionary lookup.
  let next = 0;
  for (const id in levels) {
    const position = idAt[next] === id ? next : positionById[id];
    if (position !== undefined) {
      cells[offset + position] = levels[id]!;
      next = position + 1;
    }
  }
}

/** Bins per skill in a level histogram: every value a matrix cell can hold. */
export const LEVEL_BINS = 256;

/**
 * A level histogram counts how many members hold each level of each skill (skill-major,
 * `LEVEL_BINS` per skill; bin NOT_ASSESSED counts the members not assessed): holders at or
 * above any level, and the team's best level, without another pass over the members. A member's row is counted in when it is filled,
 * and taken out and put back when the member changes.
 */

/** Adds (+1) or removes (−1) row `row` of the matrix from the histogram. */
export function countRow(histogram: Int32Array, matrix: LevelMatrix, row: number, sign: 1 | -1): void {
  const { width, cells } = matrix;
  const offset = row * width;
  for (let s = 0; s < width; s++) histogram[s * LEVEL_BINS + cells[offset + s]!]! += sign;
}

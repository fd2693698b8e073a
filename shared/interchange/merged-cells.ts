import type { RawCell } from './types';

/*
 * Merged ranges: a manager merges a product-team cell down over the team's people, a role
 * over the people who hold it, a title across the sheet. The file keeps the value only in
 * the range's top-left cell; what the reader sees is that value in every covered cell, so
 * that is what the import gets. Ranges are clamped to the rows and columns that hold data,
 * so a range over a whole sheet costs no more than the data it covers.
 */

/** A merged range, zero-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's last row and column; a reference past them is not a cell. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** "B3" → [row 2, column 1]; undefined for anything that is not a cell reference. */
function cellPosition(ref: string): [number, number] | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROW || column > MAX_COLUMN) return undefined;
  return [row - 1, column - 1];
}

/** "A2:A9" as a range; undefined for a single cell or anything unreadable (nothing to spread). */
export function parseRange(ref: string): CellRange | undefined {
  const [from, to, ...rest] = ref.split(':');
  if (from === undefined || to === undefined || rest.length > 0) return undefined;
  const a = cellPosition(from);
  const b = cellPosition(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a[0], b[0]),
    left: Math.min(a[1], b[1]),
    bottom: Math.max(a[0], b[0]),
    right: Math.max(a[1], b[1]),
  };
}

/** Column index 0 → "A", 26 → "AA": how a spreadsheet names the column. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Where two merged ranges share a cell, which no spreadsheet program writes. */
export class OverlappingMergesError extends Error {
  constructor(
    readonly row: number,
    readonly column: number,
  ) {
    super('merged ranges overlap');
  }
}

/**
 * Copies each range's top-left value into every cell the range covers, in place. `rows` is
 * rectangular. Each covered cell is visited once at most (a cell already filled means two
 * ranges overlap: OverlappingMergesError), so the work is bounded by the sheet's cells.
 */
export function fillMergedRanges(rows: RawCell[][], ranges: readonly CellRange[]): void {
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  const covered = new Uint8Array(height * width);
  for (const range of ranges) {
    if (range.top >= height || range.left >= width) continue;
    const value = rows[range.top]![range.left]!;
    const bottom = Math.min(range.bottom, height - 1);
    const right = Math.min(range.right, width - 1);
    for (let r = range.top; r <= bottom; r++) {
      const row = rows[r]!;
      for (let c = range.left; c <= right; c++) {
        if (covered[r * width + c]) throw new OverlappingMergesError(r, c);
        covered[r * width + c] = 1;
        row[c] = value;
      }
    }
  }
}

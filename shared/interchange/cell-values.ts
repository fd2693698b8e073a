import type { Result } from './result';
import { bad, ok } from './result';
import { cellNumber, cellText } from './normalise';
import { quoteCell } from './quote';
import type { RawCell } from './types';

/*
 * Cells that are not levels: a share of time and an assessment date. Each reader gives a
 * value or a message that says what is wrong and what would be right.
 */

const PERCENT_TEXT = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/;

/**
 * How a column's numbers become percentages: ×100 when every number in it is a fraction of
 * one and at least one is not whole (Excel stores 40 % as 0.4), else ×1 ("40", "40%").
 * Decided per column, as one row's 1 could mean 1 % or 100 %.
 */
export function allocationScale(cells: readonly (RawCell | undefined)[]): number {
  let fraction = false;
  for (const cell of cells) {
    if (typeof cell === 'string' && PERCENT_TEXT.test(cell.trim())) return 1;
    const number = cellNumber(cell);
    if (number === undefined) continue;
    if (number > 1) return 1;
    if (!Number.isInteger(number)) fraction = true;
  }
  return fraction ? 100 : 1;
}

/** A share of working time in percent (0–100), to one decimal; empty is 0. */
export function parseAllocation(cell: RawCell | undefined, scale: number): Result<number> {
  const text = cellText(cell);
  if (text === '' || text === '-') return ok(0);
  const percent = PERCENT_TEXT.exec(text);
  const number = percent ? Number(percent[1]!.replace(',', '.')) : cellNumber(cell);
  const shown = typeof cell === 'number' ? text : quoteCell(text);
  if (number === undefined || !Number.isFinite(number)) {
    return bad(`${shown} is not a share of time; use a percentage from 0 to 100 such as 40 or 40%`);
  }
  const value = Math.round((percent ? number : number * scale) * 10) / 10;
  if (value < 0 || value > 100) return bad(`${shown} is not a share of time between 0 % and 100 %`);
  return ok(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;
const SLASH_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** Excel's day numbers for 1950-01-01 and 2100-01-01: a bare number between them is a date cell without a date format. */
const SERIAL_FROM = 18_264;
const SERIAL_TO = 73_051;

const isoOf = (y: number, m: number, d: number): string | undefined => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
};

/**
 * The date of an assessment as yyyy-mm-dd, or '' for an empty cell. A date cell (the readers
 * give ISO text), "2026-03-01", "2026/3/1" and an Excel day number are read; "01/03/2026" is
 * refused, as it is 1 March in one country and 3 January in another.
 */
export function parseAssessedOn(cell: RawCell | undefined): Result<string> {
  const text = cellText(cell);
  if (text === '') return ok('');
  const shown = typeof cell === 'number' ? text : quoteCell(text);
  const iso = ISO_DATE.exec(text) ?? SLASH_YMD.exec(text);
  if (iso) {
    const date = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? ok(date) : bad(`${shown} is not a date of the calendar`);
  }
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= SERIAL_FROM && cell <= SERIAL_TO) {
    return ok(new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10));
  }
  return bad(`${shown} is not a date Gapwise can read without guessing; write it as yyyy-mm-dd (2026-03-01)`);
}

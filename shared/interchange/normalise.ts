import type { RawCell } from './types';

/*
 * How spreadsheet text is compared. People type the same header, label or name in many
 * ways; these keys make "Data Pipelines (ETL)", "data pipelines etl" and
 * "DATA_PIPELINES-ETL" one thing, without guessing beyond case, accents and punctuation.
 */

const stripAccents = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '');

/**
 * A header or label as a comparison key: accents dropped, lower case, every run of
 * punctuation, underscores and spaces made one space ("Math/Stats" → "math stats").
 * Letters of any script are kept, so a header in Cyrillic still has a key of its own.
 */
export function normaliseHeader(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A person's name as a key: trimmed, case- and accent-insensitive, inner spaces collapsed.
 * Punctuation is kept: "Mary-Jane" and "Mary Jane" may be two people.
 */
export function normaliseName(text: string): string {
  return stripAccents(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A cell as trimmed text: empty for null, Excel's TRUE/FALSE for booleans. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** "3", "3.0", " 2,5 " → a number; anything else (labels, "3 - Expert", "1e3") → undefined. */
export function numberFromText(text: string): number | undefined {
  // Most cells of a matrix are one digit: no need for the pattern.
  if (text.length === 1) {
    const digit = text.charCodeAt(0) - 48;
    if (digit >= 0 && digit <= 9) return digit;
  }
  const trimmed = text.trim();
  return NUMBER_TEXT.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

/** The cell's number, whether Excel stored a number or a CSV gave its text. */
export function cellNumber(cell: RawCell | undefined): number | undefined {
  if (typeof cell === 'number') return cell;
  return typeof cell === 'string' ? numberFromText(cell) : undefined;
}

const NOT_ASSESSED = new Set(['', 'na', 'n a', 'nc', 'n c', 'not assessed', 'not known', 'unknown', 'not rated']);

/**
 * "-", "?", "N/A", "NC" (not communicated), "unknown": what people write for "not assessed";
 * read like an empty cell. "0" and "None" are not here: they are level 0, a level someone
 * entered.
 */
export function isNotAssessedMark(text: string): boolean {
  return NOT_ASSESSED.has(normaliseHeader(text));
}

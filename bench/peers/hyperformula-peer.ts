import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { PeerInput, PeerResult } from './peer-input';

/*
 * The coverage and fit computation as a spreadsheet would do it, in HyperFormula:
 * - Levels: one row per member, one column per skill, empty where not assessed;
 * - Roles: per role a row of target levels, a row of weights, and its mean target weight;
 * - Coverage: per required skill, COUNTIFS of the skill's column at the required level or above;
 * - Fits: per member, against their role's rows (chosen when the sheet is built):
 *   reached = SUMPRODUCT(weights, IF(level ≥ target, 1, level ÷ target)),
 *   assessed target weight = SUMIFS(weights, levels, "<>") (empty cells count on neither side),
 *   targeted levels = SUMPRODUCT(levels, target > 0), all levels = SUM(levels),
 *   fit = 100 × reached ÷ (assessed weight + mean weight × (all − targeted) ÷ top level).
 *
 * HyperFormula is GPL-3.0 (or a commercial key): the 'gpl-v3' key is for this dev-only bench.
 */

const CONFIG = { licenseKey: 'gpl-v3', useArrayArithmetic: true } as const;
/** Rows per role in the Roles sheet: target levels, weights, mean weight and top level. */
const ROLE_ROWS = 3;
/** Columns of the Fits sheet: reached, assessed weight, targeted levels, all levels, fit. */
const FIT_COLUMN = 4;

/** A1 column name of a 0-based column index. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export interface PeerSheets {
  sheets: Record<string, RawCellContent[][]>;
}

/** The workbook's contents: the data and its formulas, as arrays (built before any timing). */
export function peerSheets(input: PeerInput): PeerSheets {
  const width = input.skillIds.length;
  const members = input.levels.length;
  const last = columnName(width - 1);
  const roles: RawCellContent[][] = [];
  input.roles.forEach((role, r) => {
    const top = r * ROLE_ROWS + 1;
    roles.push(role.levels, role.weights, [
      `=SUM(A${top + 1}:${last}${top + 1})/COUNTIF(A${top}:${last}${top}, ">0")`,
      input.topLevel,
    ]);
  });
  const coverage = input.required.map(({ position, level }, i): RawCellContent[] => {
    const column = columnName(position);
    return [level, `=COUNTIFS(Levels!$${column}$1:$${column}$${members}, ">="&A${i + 1})`];
  });
  const fits = input.memberRoles.map((r, m): RawCellContent[] => {
    if (r < 0) return [null, null, null, null, null];
    const row = m + 1;
    const top = r * ROLE_ROWS + 1;
    const levels = `Levels!$A$${row}:$${last}$${row}`;
    const targets = `Roles!$A$${top}:$${last}$${top}`;
    const weights = `Roles!$A$${top + 1}:$${last}$${top + 1}`;
    const mean = `Roles!$A$${top + 2}`;
    const topLevel = `Roles!$B$${top + 2}`;
    return [
      `=SUMPRODUCT(${weights}, IF(${levels}>=${targets}, 1, ${levels}/${targets}))`,
      `=SUMIFS(${weights}, ${levels}, "<>")`,
      `=SUMPRODUCT(${levels}, --(${targets}>0))`,
      `=SUM(${levels})`,
      `=IF(B${row}=0, "", 100*A${row}/(B${row}+${mean}*(D${row}-C${row})/${topLevel}))`,
    ];
  });
  return { sheets: { Levels: input.levels, Roles: roles, Coverage: coverage, Fits: fits } };
}

export function buildWorkbook(sheets: PeerSheets): HyperFormula {
  return HyperFormula.buildFromSheets(sheets.sheets, CONFIG);
}

/** Holders and fits read out of a built workbook. */
export function readResults(hf: HyperFormula): PeerResult {
  const coverage = hf.getSheetValues(hf.getSheetId('Coverage')!);
  const fits = hf.getSheetValues(hf.getSheetId('Fits')!);
  return {
    holders: coverage.map((row) => numberOf(row[1])),
    fits: fits.map((row) => {
      const fit = row[FIT_COLUMN];
      return fit === undefined || fit === null || fit === '' ? null : numberOf(fit);
    }),
  };
}

function numberOf(value: unknown): number {
  if (typeof value !== 'number') throw new Error(`HyperFormula peer: expected a number, got ${JSON.stringify(value)}`);
  return value;
}

/** Build the workbook from the arrays and read its results: the peer's whole computation. */
export function hyperFormulaPeer(sheets: PeerSheets): { hf: HyperFormula; result: PeerResult } {
  const hf = buildWorkbook(sheets);
  return { hf, result: readResults(hf) };
}

/** One level changed in a built workbook; HyperFormula recalculates what depends on it. */
export function setLevel(hf: HyperFormula, member: number, position: number, level: number | null): void {
  hf.setCellContents({ sheet: hf.getSheetId('Levels')!, row: member, col: position }, [[level]]);
}

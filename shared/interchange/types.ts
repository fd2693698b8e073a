/*
 * Spreadsheet interchange: what the readers (CSV, XLSX) hand to the mapping step, and what
 * the mapping step hands to the import. Pure data; no Node, no DOM, no library types.
 */

/** One cell as read: text, a number (Excel's raw value, not its display format), a boolean, or empty. Dates are ISO text (yyyy-mm-dd). */
export type RawCell = string | number | boolean | null;

/** One sheet: rows as read, top to bottom; rows[i] is the sheet's row i + 1 (the number a spreadsheet shows). */
export interface RawSheet {
  name: string;
  rows: RawCell[][];
}

export type MatrixFormat = 'csv' | 'xlsx';

export interface RawWorkbook {
  /** The file's base name, for messages ("team.xlsx: row 12, column "Spark": …"). */
  fileName: string;
  format: MatrixFormat;
  sheets: RawSheet[];
}

/**
 * A problem that stops a file from being read or mapped at all (not a row error), with the
 * place it is about: `team.csv: line 14: unterminated quoted field`.
 */
export interface InterchangeProblem {
  fileName: string;
  /** Where in the file, when known: "line 14", "sheet "Team", row 3", "column F". */
  where?: string;
  message: string;
}

export class InterchangeError extends Error {
  readonly problem: InterchangeProblem;
  constructor(problem: InterchangeProblem) {
    super(`${problem.fileName}: ${problem.where ? `${problem.where}: ` : ''}${problem.message}`);
    this.name = 'InterchangeError';
    this.problem = problem;
  }
}

/** What a column of the matrix holds. */
export type ColumnTarget =
  | { kind: 'name' }
  | { kind: 'title' }
  | { kind: 'role' }
  | { kind: 'productTeam' }
  | { kind: 'fte' }
  | { kind: 'skill'; skillId: string }
  | { kind: 'ignore' };

export interface ColumnMapping {
  /** 0-based column index in the sheet. */
  index: number;
  /** The header text as written. */
  header: string;
  target: ColumnTarget;
  /** How the target was chosen: by the skill's name, its id, one of its aliases, a known field name, the user, or not at all. */
  matchedBy: 'name' | 'id' | 'alias' | 'field' | 'user' | 'none';
  /** When an alias fits more than one skill, their ids (the column is left unmatched). */
  ambiguous?: string[];
}

export interface SheetLayout {
  sheet: string;
  /** 0-based index of the header row in the sheet's rows. */
  headerRow: number;
  columns: ColumnMapping[];
  /** Level labels found in skill columns (normalised) → scale level; null for a label not yet mapped. */
  levelLabels: Record<string, number | null>;
  /** The role (id) of people whose role cell is empty or who have no role column; chosen by the user. */
  defaultRole?: string;
}

/** A row that could not become a member, with the place and the reason. */
export interface RowError {
  /** The sheet's row number as a spreadsheet shows it (1-based). */
  row: number;
  /** The column's header, when the error is about one cell. */
  column?: string;
  message: string;
}

/** A row left out on purpose (blank, a totals row), said so in the preview. */
export interface SkippedRow {
  row: number;
  reason: string;
}

export type ImportMode = 'replace' | 'merge';

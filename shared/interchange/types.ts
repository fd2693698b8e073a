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
  | { kind: 'notes' }
  | { kind: 'assessedOn' }
  /**
   * Levels for one or more skills: a "Machine learning" column may rate two skills of the
   * framework. Several columns may feed one skill ("Airflow" and "dbt" both rate
   * orchestration); a member then has the highest level among them.
   */
  | { kind: 'skill'; skillIds: string[] }
  /** Percent of working time on one responsibility ("Pipelines %", "% time on ETL"). */
  | { kind: 'allocation'; responsibilityId: string }
  | { kind: 'ignore' };

export interface ColumnMapping {
  /** 0-based column index in the sheet. */
  index: number;
  /** The header text as written. */
  header: string;
  target: ColumnTarget;
  /** How the target was chosen: by the skill's name, its id, one of its aliases, a known field name, the user, or not at all. */
  matchedBy: 'name' | 'id' | 'alias' | 'field' | 'user' | 'none';
}

/** What a role or job-title value becomes: a role id, "other" (OTHER_ROLE_ID), or null (the default role, if any). */
export type RoleValue = string | null;

export interface SheetLayout {
  sheet: string;
  /** 0-based index of the header row in the sheet's rows. */
  headerRow: number;
  columns: ColumnMapping[];
  /** Level labels found in skill columns (normalised) → scale level; null for a label not yet mapped. */
  levelLabels: Record<string, number | null>;
  /**
   * Values of the column roles are read from (the role column, else the job title), normalised
   * → the role they mean. Guessed from role names, abbreviations and job-title aliases; the
   * user may change any. A value missing here is resolved as it comes.
   */
  roleValues?: Record<string, RoleValue>;
  /** The role (id) of people whose role cannot be read: no role or title, or a value mapped to none. */
  defaultRole?: string;
  /** Sheet rows (1-based) the user leaves out. */
  skipRows?: number[];
  /** Sheet rows (1-based) read as people although they look like a totals row (a person called "Sum"). */
  keepRows?: number[];
}

/** A row that could not become a member, with the place and the reason. */
export interface RowError {
  /** The sheet's row number as a spreadsheet shows it (1-based). */
  row: number;
  /** The column's header, when the error is about one cell. */
  column?: string;
  /** The person's name from the row, when it has one, so a message can say who. */
  person?: string;
  /** A role or job-title value that names no role: the fix is to map it (or choose a default role). */
  roleValue?: string;
  message: string;
}

/** A row left out on purpose (blank, a totals row), said so in the preview. */
export interface SkippedRow {
  row: number;
  reason: string;
  /** Left out by the user (layout.skipRows), not found blank or a totals row. */
  byUser?: boolean;
  /** An empty row: nothing to import, and nothing to show a row for. */
  blank?: boolean;
}

export type ImportMode = 'replace' | 'merge';

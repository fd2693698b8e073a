import { Workbook, type Style, type Worksheet } from 'exceljs';
import type { AppData } from '../data/app-data';
import { roleNamesOf, type Framework } from '../domain/framework';
import { orderedSkills } from '../domain/skill-order';
import type { Report } from '../reports/json-report';
import { asOfText, madeAtText } from '../reports/document/meta-line';
import type { DocumentMeta } from '../reports/document/types';
import { toCsv } from '../encode/csv';
import { xlsxText } from '../encode/xlsx';
import { writeBudgetSheets } from './write-budget-sheets';
import {
  EMPTY_TEXT,
  hiresTable,
  scenarioHiresTable,
  scenariosTable,
  sizeLine,
  summaryLines,
  upskillingTable,
  type Table,
  productTeamsTable,
  structureSources,
  structureTable,
} from '../reports/rows';

/*
 * Writes the team as a people × skills matrix (CSV, XLSX) and the hiring plan as a
 * workbook. Everything the readers take back: a matrix written here and read by readCsv or
 * readXlsx gives the same rows (numbers as text in CSV; the assessment date as yyyy-mm-dd
 * text in CSV and as a date cell in XLSX, which readXlsx gives back as the same text). Text that a spreadsheet would run
 * as a formula (= + - @, tab, CR at the start of the text or of one of its lines) gets a
 * leading apostrophe in both formats — exceljs writes strings as text anyway, but the
 * apostrophe keeps the file safe when someone saves it again as CSV — and both readers
 * remove it.
 */

/** A matrix cell: text, a number, or empty. */
export type MatrixCell = string | number | null;

export interface TeamMatrix {
  header: string[];
  /**
   * One row per member, in the data's order; null where there is nothing (no title, no
   * assessment date, no time on a responsibility, a level not assessed). The assessment date
   * is ISO text (yyyy-mm-dd), which is also what readXlsx gives back for a date cell.
   */
  rows: MatrixCell[][];
  /** The responsibility of each allocation column, in column order (the columns after the fields). */
  allocationIds: string[];
  /** The skill of each skill column, in column order (the columns after the allocation columns). */
  skillIds: string[];
}

/** The columns before the allocation and skill columns: the headers the import recognises. */
export const MATRIX_FIELDS = ['Name', 'Title', 'Role', 'Product team', 'FTE', 'Assessed on', 'Notes'] as const;

/** Where each field is in a row. */
export const FIELD_COLUMN = Object.fromEntries(MATRIX_FIELDS.map((field, i) => [field, i])) as Record<
  (typeof MATRIX_FIELDS)[number],
  number
>;

/** The header of a time-allocation column: the responsibility's name and a percent sign, which the import reads as "percent of time on". */
export const allocationHeader = (responsibilityName: string): string => `${responsibilityName} %`;

export interface MatrixColumns {
  header: string[];
  allocationIds: string[];
  skillIds: string[];
}

/**
 * The matrix's columns for a framework: the fields, one "<responsibility> %" column per live
 * responsibility, then one column per live skill (responsibilities included: their level),
 * both in the one skill order. The export and the blank template share it, so a template
 * filled in reads exactly as an export does.
 */
export function matrixColumns(framework: Pick<Framework, 'skills'>): MatrixColumns {
  const skills = orderedSkills(framework);
  const responsibilities = skills.filter((s) => s.kind === 'responsibility');
  return {
    header: [...MATRIX_FIELDS, ...responsibilities.map((s) => allocationHeader(s.name)), ...skills.map((s) => s.name)],
    allocationIds: responsibilities.map((s) => s.id),
    skillIds: skills.map((s) => s.id),
  };
}

/**
 * The team as a table: the fields, the time allocation (percent, empty for none), then the
 * levels. Everything the plan depends on is there, so the CLI analysing an export plans the
 * hires the app does.
 */
export function teamMatrixRows(data: AppData): TeamMatrix {
  const { header, allocationIds, skillIds } = matrixColumns(data.framework);
  const roleNames = roleNamesOf(data.framework);
  return {
    header,
    rows: data.members.map((m) => [
      m.name,
      m.title?.trim() || null,
      roleNames.get(m.role) ?? m.role,
      m.productTeam.trim() || null,
      m.fte,
      m.assessedOn ?? null,
      m.notes?.trim() || null,
      ...allocationIds.map((id) => (m.allocation[id] ? m.allocation[id] : null)),
      ...skillIds.map((id) => m.levels[id] ?? null),
    ]),
    allocationIds,
    skillIds,
  };
}

/**
 * The matrix as CSV: RFC 4180 with CRLF line breaks, formula-neutralised, and a UTF-8 byte
 * order mark in front — without it Excel reads the file in the system's legacy code page
 * and shows accented names wrongly. readCsv skips the mark. Line breaks inside notes are
 * kept (the field is quoted).
 */
export function teamMatrixToCsv(data: AppData): string {
  const { header, rows } = teamMatrixRows(data);
  return `\uFEFF${toCsv(
    header,
    rows.map((row) => row.map((cell) => cell ?? '')),
  )}`;
}

/* ---------- sheets ---------- */

/** Characters Excel refuses in a sheet name. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** Control characters (not allowed in XML, meaningless in a tab name) as spaces. */
const withoutControls = (text: string): string =>
  Array.from(text, (ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch)).join('');
const SHEET_NAME_MAX = 31;

const cut = (text: string, max: number): string => {
  let out = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out.trimEnd();
};

/**
 * A name Excel accepts for a sheet, unique (case-insensitively) among `used`, which it is
 * added to: forbidden characters become spaces, at most 31 characters, no apostrophe at
 * either end, not empty, not Excel's reserved "History"; duplicates get " (2)", " (3)"…
 */
export function sheetName(wanted: string, used: Set<string>): string {
  let base = cut(
    withoutControls(wanted)
      .replace(SHEET_NAME_FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim(),
    SHEET_NAME_MAX,
  );
  if (base === '') base = 'Sheet';
  if (base.toLowerCase() === 'history') base = 'History (team)';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${cut(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}

/* ---------- heatmap ---------- */

/**
 * ColorBrewer YlGnBu, a sequential palette that reads for the common colour-vision
 * deficiencies and in greyscale (light = low, dark = high).
 */
const YL_GN_BU = ['FFFFD9', 'EDF8B1', 'C7E9B4', '7FCDBB', '41B6C4', '1D91C0', '225EA8', '253494', '081D58'];

const luminance = (hex: string): number => {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
};

export interface LevelColour {
  /** Fill, RRGGBB. */
  fill: string;
  /** Black or white, whichever contrasts more with the fill. */
  text: string;
}

/** One fill per level of a scale with `levels` levels (0 lightest), spread over the palette. */
export function levelColours(levels: number): LevelColour[] {
  const last = YL_GN_BU.length - 1;
  return Array.from({ length: levels }, (_, level) => {
    const fill = YL_GN_BU[levels <= 1 ? 0 : Math.round((level * last) / (levels - 1))]!;
    const l = luminance(fill);
    // Contrast with black: (l + 0.05) / 0.05; with white: 1.05 / (l + 0.05).
    return { fill, text: (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '000000' : 'FFFFFF' };
  });
}

/* ---------- writing tables ---------- */

const argb = (rgb: string) => ({ argb: `FF${rgb}` });

export interface SheetOptions {
  /** Freeze the first column as well as the header row. */
  freezeFirstColumn?: boolean;
  /** Columns (0-based) from which numbers are levels to colour, with the colours by level. */
  heatmap?: { from: number; colours: LevelColour[] };
  /** Columns (0-based) from which the header wraps and the column is narrow (numbers under long headers). */
  narrowFrom?: number;
  /** Columns (0-based) of long text, wrapped. */
  wrap?: number[];
  /** Columns (0-based) whose ISO date text (yyyy-mm-dd) is written as a date cell. */
  dates?: number[];
}

/** How dates show: ISO, as the import reads typed dates and as readXlsx gives date cells back. */
export const DATE_FORMAT = 'yyyy-mm-dd';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date as a Date at UTC midnight (exceljs writes dates as UTC serials); undefined if it is not one. */
export function isoDateValue(text: string): Date | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : undefined;
}

const displayLength = (cell: MatrixCell): number => (cell === null ? 0 : String(cell).length);

/** The widest line of a cell: a wrapped note is as wide as its longest line, not all of them. */
const lineLength = (cell: MatrixCell): number =>
  cell === null
    ? 0
    : Math.max(
        ...String(cell)
          .split(/\r\n|\r|\n/)
          .map((line) => line.length),
      );

/** A sheet with a bold frozen header, an autofilter and columns sized to their text; text through the XLSX encoder. */
export function writeTable(
  ws: Worksheet,
  header: readonly string[],
  rows: readonly (readonly MatrixCell[])[],
  options: SheetOptions = {},
): void {
  const heatFrom = options.heatmap?.from ?? Infinity;
  const narrowFrom = Math.min(options.narrowFrom ?? Infinity, heatFrom);
  const wrap = new Set(options.wrap ?? []);
  const dates = new Set(options.dates ?? []);
  // One style object per look, shared by every cell that has it: exceljs recognises a style
  // object it has already written, so 100,000 cells cost a handful of style look-ups.
  const styles = {
    header: { font: { bold: true }, alignment: { vertical: 'top' } } as Partial<Style>,
    headerWrapped: { font: { bold: true }, alignment: { vertical: 'top', wrapText: true } } as Partial<Style>,
    plain: {} as Partial<Style>,
    wrapped: { alignment: { vertical: 'top', wrapText: true } } as Partial<Style>,
    date: { numFmt: DATE_FORMAT } as Partial<Style>,
    level: { alignment: { horizontal: 'center' } } as Partial<Style>,
    levels: (options.heatmap?.colours ?? []).map((colour): Partial<Style> => ({
      fill: { type: 'pattern', pattern: 'solid', fgColor: argb(colour.fill) },
      font: { color: argb(colour.text) },
      alignment: { horizontal: 'center' },
    })),
  };
  const headerRow = ws.getRow(1);
  header.forEach((text, c) => {
    const cell = headerRow.getCell(c + 1);
    cell.value = xlsxText(text);
    cell.style = c >= narrowFrom ? styles.headerWrapped : styles.header;
  });
  rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      const date = typeof value === 'string' && dates.has(c) ? isoDateValue(value) : undefined;
      if (date) {
        cell.value = date;
        cell.style = styles.date;
      } else if (typeof value === 'string') {
        cell.value = xlsxText(value);
        cell.style = wrap.has(c) ? styles.wrapped : styles.plain;
      } else {
        cell.value = value;
        cell.style =
          c >= heatFrom ? (styles.levels[value] ?? styles.level) : c >= narrowFrom ? styles.level : styles.plain;
      }
    });
  });

  let headerLines = 1;
  ws.columns = header.map((text, c) => {
    if (c >= narrowFrom) {
      const width = Math.min(Math.max(text.length, 6), 16);
      headerLines = Math.max(headerLines, Math.min(Math.ceil(text.length / width), 4));
      return { width: width + 2 };
    }
    if (dates.has(c)) return { width: Math.max(text.length, DATE_FORMAT.length) + 2 };
    const length = wrap.has(c) ? lineLength : displayLength;
    const longest = rows.reduce((max, row) => Math.max(max, length(row[c] ?? null)), text.length);
    return { width: Math.min(Math.max(longest, 6), wrap.has(c) ? 60 : 40) + 2 };
  });
  if (headerLines > 1) headerRow.height = 15 * headerLines;

  freezeHeader(ws, options.freezeFirstColumn ?? false);
  if (header.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
  }
}

/** Freezes the header row, and the name column with it when asked. */
export function freezeHeader(ws: Worksheet, firstColumn: boolean): void {
  const xSplit = firstColumn ? 1 : 0;
  ws.views = [
    { state: 'frozen', xSplit, ySplit: 1, topLeftCell: xSplit ? 'B2' : 'A2', activeCell: xSplit ? 'B2' : 'A2' },
  ];
}

export const toBytes = async (wb: Workbook): Promise<Uint8Array> => new Uint8Array(await wb.xlsx.writeBuffer());

export const newWorkbook = (): Workbook => {
  const wb = new Workbook();
  wb.creator = 'Gapwise';
  return wb;
};

/**
 * The team as an Excel workbook: a "Team" sheet with everyone, then one sheet per product
 * team (the organisation's teams in order, then any other team a member names). Header row
 * bold and frozen with the name column, an autofilter, level cells coloured by level
 * with the number still shown, "Assessed on" as date cells and the notes wrapped.
 */
export async function teamMatrixToXlsx(data: AppData): Promise<Uint8Array> {
  const matrix = teamMatrixRows(data);
  const colours = levelColours(data.framework.scale.levels.length);
  const options: SheetOptions = {
    freezeFirstColumn: true,
    narrowFrom: MATRIX_FIELDS.length,
    heatmap: { from: MATRIX_FIELDS.length + matrix.allocationIds.length, colours },
    wrap: [FIELD_COLUMN.Notes],
    dates: [FIELD_COLUMN['Assessed on']],
  };
  const wb = newWorkbook();
  const used = new Set<string>();
  writeTable(wb.addWorksheet(sheetName('Team', used)), matrix.header, matrix.rows, options);

  const teams: string[] = [];
  const seen = new Set<string>();
  for (const team of [...data.organisation.productTeams, ...data.members.map((m) => m.productTeam)]) {
    const t = team.trim();
    if (t !== '' && !seen.has(t)) {
      seen.add(t);
      teams.push(t);
    }
  }
  for (const team of teams) {
    const rows = matrix.rows.filter((_, i) => data.members[i]!.productTeam.trim() === team);
    writeTable(wb.addWorksheet(sheetName(team, used)), matrix.header, rows, options);
  }
  return toBytes(wb);
}

/* ---------- the plan ---------- */

const plain = (line: string): string => line.replace(/\*\*/g, '');

function withEmptyText(table: Table, empty: string): { header: string[]; rows: MatrixCell[][] } {
  return { header: table.header, rows: table.rows.length > 0 ? table.rows : [[empty]] };
}

/**
 * The hiring plan as an Excel workbook: Summary, Hires, Upskilling, Residual gaps and
 * Scenarios, with the same tables and wording as the other report formats.
 */
export async function planToXlsx(report: Report, meta?: DocumentMeta): Promise<Uint8Array> {
  const a = report.analysis;
  const s = a.summary;
  const wb = newWorkbook();

  const summary: MatrixCell[][] = [
    ...(meta
      ? [['Made', madeAtText(meta.madeAt)] as MatrixCell[], ['Assessments', asOfText(meta)] as MatrixCell[]]
      : []),
    ['Organisation', a.organisation.name],
    ['Framework', `${a.framework.name} ${a.framework.version}`],
    ['Members', s.members],
    ['Hires recommended', s.hiresRecommended],
    ['Required skills', s.requiredSkills],
    ['Skills below the coverage policy', s.skillsWithGaps],
    ['Skills held by nobody', s.uncoveredSkills],
    ['Single points of failure', s.singlePointsOfFailure],
    ['Engineering FTE carried by data scientists', s.engineeringFteCarriedByScientists],
    ['Scientists over the engineering-load threshold', s.scientistsOverThreshold],
    ['Members who fit another role better', s.mismatches],
    ['Residual gaps', s.residualGaps],
    ...[...summaryLines(a), sizeLine(a)].map((line): MatrixCell[] => ['Summary', plain(line)]),
    // What "the fewest hires" in the summary rests on.
    ...a.plan.assumptions.map((line): MatrixCell[] => ['Assumption', line]),
  ];
  writeTable(wb.addWorksheet('Summary'), ['Item', 'Value'], summary, { wrap: [1] });

  const hires = withEmptyText(hiresTable(a), EMPTY_TEXT.hires);
  writeTable(wb.addWorksheet('Hires'), hires.header, hires.rows, { wrap: [4, 5, 6] });
  writeBudgetSheets(wb, a, writeTable);

  const upskilling = withEmptyText(upskillingTable(a), EMPTY_TEXT.upskilling);
  writeTable(wb.addWorksheet('Upskilling'), upskilling.header, upskilling.rows);

  const residual = a.plan.residualGaps.map((g): MatrixCell[] => [g.name, g.gap, g.reason]);
  writeTable(
    wb.addWorksheet('Residual gaps'),
    ['Skill', 'Short by', 'Why'],
    residual.length > 0 ? residual : [[EMPTY_TEXT.residual]],
    { wrap: [2] },
  );

  const scenarios = withEmptyText(scenariosTable(report), 'No what-if scenarios.');
  writeTable(wb.addWorksheet('Scenarios'), scenarios.header, scenarios.rows, { wrap: [3] });
  const scenarioHires = withEmptyText(scenarioHiresTable(report), 'No scenario needs a hire.');
  writeTable(wb.addWorksheet('Scenario hires'), scenarioHires.header, scenarioHires.rows, { wrap: [4] });

  const structure = structureTable(a);
  const sources = structureSources(a).map((source): MatrixCell[] => ['Source (the article)', source, '']);
  writeTable(wb.addWorksheet('Structure'), structure.header, [...structure.rows, ...sources], { wrap: [1, 2] });

  const teams = withEmptyText(productTeamsTable(a), EMPTY_TEXT.productTeams);
  writeTable(wb.addWorksheet('Product teams'), teams.header, teams.rows);
  return toBytes(wb);
}

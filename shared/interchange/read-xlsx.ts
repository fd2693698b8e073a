import { read as readSpreadsheet, SSF, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { baseName, cleanText, interchangeError, MAX_MATRIX_FILE_BYTES, MAX_SHEET_CELLS, rectangular } from './read-csv';
import { type CellRange, columnLetters, fillMergedRanges, OverlappingMergesError, parseRange } from './merged-cells';
import { InterchangeError, type RawCell, type RawSheet, type RawWorkbook } from './types';
import { PartCutShortError, scanXlsx, TooManyCellsError, WORKBOOK_PART, type XlsxScan } from './xlsx-scan';
import { storedZip } from './zip-stored';
import { textGuard } from './xlsx-text-guard';
import { readZipDirectory, ZIP_CUT_SHORT, ZipDamagedError, type ZipEntry } from './zip-directory';
import { MAX_UNCOMPRESSED_BYTES, MAX_WORKBOOK_CELLS } from './zip-limits';

/*
 * Reads an Excel workbook (.xlsx) into a RawWorkbook, with SheetJS (the @e965/xlsx build of
 * SheetJS Community Edition; exceljs's whole-workbook load took 2–3× as long, see
 * bench/xlsx-readers.ts). Decisions, so that the mapping step knows what it gets:
 *
 * - Every visible worksheet, in workbook order; hidden and very hidden sheets are skipped
 *   (they hold lookup lists and helper tables, not people). Chart sheets are not worksheets.
 * - Cells: numbers as numbers (the stored value, whatever the number format: "3.00", "80 %",
 *   currency); text trimmed, empty → null, with the apostrophe `neutraliseCell` puts before
 *   = + - @ removed again; rich text → its plain text; a formula → its cached result (null
 *   when the file has none); a hyperlink → its text; booleans as booleans; dates (a date
 *   number format or a date cell) → yyyy-mm-dd; error values (#N/A, #REF!) → null. Office's
 *   `_xHHHH_` escapes (upper-case hex) are decoded and CR is kept, CR LF included, as the app's
 *   exports write them (xlsx-text-guard.ts keeps SheetJS from turning CR LF into LF).
 * - Merged ranges: the top-left cell's value is copied into every cell the range covers
 *   (clamped to the rows and columns that hold data), the way the sheet shows it: a product
 *   team or role merged down over its people applies to each of them, a title merged across
 *   fills its row. The ranges are read from the worksheet XML while it is unpacked
 *   (xlsx-scan.ts) and spread here, never by creating every covered cell (a range over a
 *   whole sheet means billions of them). A covered cell that still holds a value in the
 *   file (LibreOffice's "keep hidden contents") shows the top-left value, as on screen. Two
 *   ranges sharing a cell make the sheet damaged.
 * - rows[i] is the sheet's row i + 1; trailing empty rows and columns are dropped and every
 *   row is padded with nulls to the sheet's width. Hidden rows and columns are read.
 * - Refused with an InterchangeError: anything that is not an .xlsx (random bytes, CSV,
 *   .xls, .ods, .xlsb, a zip without a workbook), a truncated or damaged file (including a
 *   part whose real unpacked size differs from what the zip declares, or an XML part cut
 *   short), a password-protected file, more than 50 MB, more than MAX_UNCOMPRESSED_BYTES
 *   unpacked or MAX_WORKBOOK_CELLS cells (zip-limits.ts: a zip bomb, zip64 or not, is
 *   stopped after unpacking at most the limit, chunk by chunk, before SheetJS sees any byte:
 *   it reads the parts as unpacked, re-stored in a plain zip), a workbook with no data.
 */

export const NOT_XLSX = 'not an Excel workbook (.xlsx)';
/**
 * What SheetJS's own failures become: its messages describe its internals, not the file,
 * and the structure checks before it have already named what they could.
 */
const DAMAGED = 'the workbook is damaged and cannot be read';

export const PASSWORD_PROTECTED =
  'the workbook is password-protected; save a copy without the password and import that';

/** Excel's own limits; a file past them is damaged or made up. */
const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLUMNS = 16_384;

/** Rows converted between two progress reports. */
const PROGRESS_EVERY = 1000;

/**
 * Worksheet parts that say nothing about cell values, for the forms' reader, which still
 * loads with exceljs: not parsing them is faster and shuts out the parts that make exceljs
 * expand ranges (merges, column ranges).
 */
export const IGNORED_NODES = [
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'mergeCells',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

const megabytes = (n: number): string => `${Math.ceil((n / (1024 * 1024)) * 10) / 10} MB`;

function contains(bytes: Uint8Array, pattern: Uint8Array): boolean {
  const first = pattern[0];
  for (
    let i = bytes.indexOf(first!);
    i !== -1 && i + pattern.length <= bytes.length;
    i = bytes.indexOf(first!, i + 1)
  ) {
    let k = 1;
    while (k < pattern.length && bytes[i + k] === pattern[k]) k++;
    if (k === pattern.length) return true;
  }
  return false;
}

const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
};

/** The zip's entries, after the checks that need only its directory: what kind of file, encrypted, declared size. */
function checkContainer(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const fail = (message: string) => interchangeError(fileName, message);
  if (bytes.length > MAX_MATRIX_FILE_BYTES) {
    throw fail(`the file is too large (${megabytes(bytes.length)}; the limit is 50 MB)`);
  }
  if (bytes.length === 0) throw fail('the file is empty');
  if (startsWith(bytes, CFB_MAGIC)) {
    // Excel saves a password-protected workbook as an OLE compound file with an encrypted package.
    if (contains(bytes, utf16le('EncryptedPackage'))) throw fail(PASSWORD_PROTECTED);
    throw fail(`${NOT_XLSX}: this is an old Excel 97–2003 workbook (.xls) or another Office file; save it as .xlsx`);
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw fail(NOT_XLSX);
  }
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (!(error instanceof ZipDamagedError)) throw error;
    throw fail(damagedMessage(error));
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (entries.some((entry) => (entry.flags & 1) === 1)) throw fail(PASSWORD_PROTECTED);
  if (!names.has(WORKBOOK_PART)) {
    if (names.has('xl/workbook.bin')) {
      throw fail(`${NOT_XLSX}: this is an Excel binary workbook (.xlsb); save it as .xlsx`);
    }
    if (names.has('content.xml')) {
      throw fail(`${NOT_XLSX}: this is an OpenDocument spreadsheet (.ods); save it as .xlsx`);
    }
    throw fail(`${NOT_XLSX}: the zip archive has no xl/workbook.xml`);
  }
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > MAX_UNCOMPRESSED_BYTES) {
    throw fail(
      `the workbook is too large to import (${megabytes(declared)} uncompressed; the limit is ${megabytes(MAX_UNCOMPRESSED_BYTES)})`,
    );
  }
  return entries;
}

const damagedMessage = (error: ZipDamagedError): string =>
  error.message === ZIP_CUT_SHORT
    ? `the workbook is damaged or incomplete (${error.message})`
    : `the workbook is damaged (${error.message})`;

/**
 * Unpacks the whole workbook once, in chunks, before SheetJS does: real sizes against the
 * declared ones, the cell count against MAX_WORKBOOK_CELLS, and the merged ranges.
 */
async function scanWorkbook(
  bytes: Uint8Array,
  entries: ZipEntry[],
  fileName: string,
  onUnpacked?: (bytes: number) => void,
): Promise<XlsxScan> {
  try {
    return await scanXlsx(bytes, entries, onUnpacked);
  } catch (error) {
    if (error instanceof ZipDamagedError) throw interchangeError(fileName, damagedMessage(error));
    if (error instanceof PartCutShortError) throw interchangeError(fileName, DAMAGED);
    if (error instanceof TooManyCellsError) {
      throw interchangeError(
        fileName,
        `the workbook is too large to import (more than ${MAX_WORKBOOK_CELLS.toLocaleString('en')} cells)`,
        error.sheet === undefined ? undefined : `sheet "${error.sheet}"`,
      );
    }
    throw error;
  }
}

/**
 * The checks `readXlsx` makes before a library sees the bytes (kind of file, encryption, size,
 * the zip bomb and cell limits), for other readers of workbooks. Throws an InterchangeError.
 */
export async function vetXlsx(bytes: Uint8Array, fileName: string): Promise<XlsxScan> {
  const name = baseName(fileName);
  return scanWorkbook(bytes, checkContainer(bytes, name), name);
}

/** Spreads each merged range's value over the cells it covers (see merged-cells.ts). */
function applyMerges(rows: RawCell[][], refs: readonly string[] | undefined, fileName: string, sheet: string): void {
  if (!refs) return;
  const ranges = refs.map(parseRange).filter((range): range is CellRange => range !== undefined);
  try {
    fillMergedRanges(rows, ranges);
  } catch (error) {
    if (!(error instanceof OverlappingMergesError)) throw error;
    throw interchangeError(
      fileName,
      'the sheet is damaged (two merged ranges share a cell)',
      `sheet "${sheet}", row ${error.row + 1}, column ${columnLetters(error.column)}`,
    );
  }
}

/** What SheetJS is asked for: values and number formats only, nothing it would have to build for display. */
const READ_OPTIONS = {
  type: 'array',
  // Rows as arrays: far less memory and time than one object key per cell.
  dense: true,
  // The number format, to tell a date from a number the way a spreadsheet shows it.
  cellNF: true,
  cellDates: false,
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
} as const;

type DateCode = { y: number; m: number; d: number } | null;
const isDateFormat = SSF.is_date as (format: string) => boolean;
const dateCode = SSF.parse_date_code as (serial: number, options: { date1904: boolean }) => DateCode;

const pad2 = (n: number): string => String(n).padStart(2, '0');

const isoDay = (year: number, month: number, day: number): string | null =>
  Number.isFinite(year) && year >= 1 && year <= 9999
    ? `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
    : null;

function serialDate(serial: number, date1904: boolean): string | null {
  const code = dateCode(serial, { date1904 });
  return code ? isoDay(code.y, code.m, code.d) : null;
}

const isoDate = (date: Date): string | null => isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

/** A SheetJS cell as a RawCell (see the header comment for the rules). */
function rawCell(cell: CellObject | undefined, date1904: boolean, text: (value: string) => string): RawCell {
  if (!cell) return null;
  const value: unknown = cell.v;
  switch (cell.t) {
    case 'n':
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      return typeof cell.z === 'string' && isDateFormat(cell.z) ? serialDate(value, date1904) : value;
    case 's':
      return typeof value === 'string' ? cleanText(text(value)) : null;
    case 'b':
      return typeof value === 'boolean' ? value : null;
    case 'd':
      if (value instanceof Date) return isoDate(value);
      if (typeof value === 'number' && Number.isFinite(value)) return serialDate(value, date1904);
      return typeof value === 'string' ? cleanText(text(value)) : null;
    default:
      // 'e' (an error value such as #N/A) and 'z' (a cell with no value).
      return null;
  }
}

/** The worksheet's rows as RawCells, with progress reported through `tick` after each row. */
function sheetRows(
  sheet: WorkSheet,
  name: string,
  fileName: string,
  date1904: boolean,
  text: (value: string) => string,
  tick: (rowsDone: number) => void,
): RawCell[][] {
  const where = `sheet "${name}"`;
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  if (data.length > EXCEL_MAX_ROWS) {
    throw interchangeError(fileName, `the sheet is damaged (a row past Excel's last row, ${EXCEL_MAX_ROWS})`, where);
  }
  const rows: RawCell[][] = new Array<RawCell[]>(data.length);
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    if (!cells) {
      rows[r] = [];
      continue;
    }
    if (cells.length > EXCEL_MAX_COLUMNS) {
      throw interchangeError(
        fileName,
        `the sheet is damaged (a cell past Excel's last column, ${EXCEL_MAX_COLUMNS})`,
        `${where}, row ${r + 1}`,
      );
    }
    const out: RawCell[] = new Array<RawCell>(cells.length);
    for (let c = 0; c < cells.length; c++) out[c] = rawCell(cells[c], date1904, text);
    rows[r] = out;
    tick(r + 1);
  }
  return rectangular(rows, (height, width) => {
    throw interchangeError(
      fileName,
      `the sheet is too large to import (${height} rows × ${width} columns; at most ${MAX_SHEET_CELLS.toLocaleString('en')} cells)`,
      where,
    );
  });
}

/**
 * How far a read is: `fraction` of the whole (0 to 1), and while the rows are converted,
 * how many of the visible sheets' rows are done.
 */
export interface XlsxProgress {
  stage: 'parsing' | 'converting';
  fraction: number;
  rows?: { done: number; total: number };
}

/**
 * Shares of the whole read, from the bench workbook at 10,000 members: unpacking and
 * checking every part, then SheetJS's parse (one synchronous step, the largest), then the
 * conversion of the rows.
 */
const SCAN_SHARE = 0.1;
const PARSE_SHARE = 0.75;

/** The visible worksheets in workbook order: hidden and very hidden sheets, chart and dialog sheets left out. */
function visibleSheets(workbook: WorkBook, fileName: string): { name: string; sheet: WorkSheet }[] {
  const states = workbook.Workbook?.Sheets ?? [];
  const worksheets = workbook.SheetNames.map((name, i) => ({
    name,
    sheet: workbook.Sheets[name],
    hidden: (states[i]?.Hidden ?? 0) !== 0,
  })).filter(
    (entry): entry is { name: string; sheet: WorkSheet; hidden: boolean } =>
      entry.sheet !== undefined && (entry.sheet['!type'] ?? 'sheet') === 'sheet',
  );
  const visible = worksheets.filter((entry) => !entry.hidden);
  if (visible.length === 0) {
    throw interchangeError(
      fileName,
      worksheets.length === 0 ? 'the workbook has no worksheets' : 'every sheet of the workbook is hidden',
    );
  }
  return visible;
}

/**
 * Reads an .xlsx file's bytes. `onRows(done, total)` is called every ~1,000 rows converted
 * (and once at the end), total being the rows of the visible sheets. `onProgress` hears the
 * whole read's progress: as the parts are unpacked, before and after the parse, with every
 * rows report, and at the end (fraction 1).
 */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  onRows?: (done: number, total: number) => void,
  onProgress?: (progress: XlsxProgress) => void,
): Promise<RawWorkbook> {
  const name = baseName(fileName);
  const entries = checkContainer(bytes, name);
  const unpackTotal = Math.max(
    1,
    entries.reduce((sum, entry) => sum + entry.declaredSize, 0),
  );
  let unpacked = 0;
  let unpackReported = 0;
  const scan = await scanWorkbook(bytes, entries, name, (chunkBytes) => {
    unpacked += chunkBytes;
    if (onProgress && unpacked - unpackReported >= unpackTotal / 20) {
      unpackReported = unpacked;
      onProgress({ stage: 'parsing', fraction: SCAN_SHARE * Math.min(1, unpacked / unpackTotal) });
    }
  });
  onProgress?.({ stage: 'parsing', fraction: SCAN_SHARE });

  const guard = textGuard(scan.parts.map((part) => part.data));
  const text = guard ? guard.restore : (value: string) => value;
  let workbook: WorkBook;
  try {
    // The parts as unpacked and checked, stored: SheetJS reads no byte of the file itself.
    workbook = readSpreadsheet(
      storedZip(guard ? scan.parts.map((part) => ({ name: part.name, data: guard.guard(part.data) })) : scan.parts),
      READ_OPTIONS,
    );
  } catch {
    throw interchangeError(name, DAMAGED);
  }
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const visible = visibleSheets(workbook, name);

  const total = visible.reduce((sum, { sheet }) => sum + Math.min(sheet['!data']?.length ?? 0, EXCEL_MAX_ROWS), 0);
  const converted = (done: number): XlsxProgress => ({
    stage: 'converting',
    fraction: SCAN_SHARE + PARSE_SHARE + (1 - SCAN_SHARE - PARSE_SHARE) * (total > 0 ? done / total : 1),
    rows: { done, total },
  });
  onProgress?.(converted(0));
  let done = 0;
  let reported = 0;
  const sheets: RawSheet[] = [];
  for (const { name: sheetName, sheet } of visible) {
    const offset = done;
    let rows: RawCell[][];
    try {
      rows = sheetRows(sheet, sheetName, name, date1904, text, (rowsDone) => {
        done = offset + rowsDone;
        if (done - reported >= PROGRESS_EVERY) {
          reported = done;
          onRows?.(done, total);
          onProgress?.(converted(done));
        }
      });
    } catch (error) {
      if (error instanceof InterchangeError) throw error;
      throw interchangeError(name, DAMAGED, `sheet "${sheetName}"`);
    }
    applyMerges(rows, scan.mergedRanges.get(sheetName), name, sheetName);
    done = offset + Math.min(sheet['!data']?.length ?? 0, EXCEL_MAX_ROWS);
    sheets.push({ name: sheetName, rows });
  }
  onRows?.(total, total);
  onProgress?.(converted(total));
  if (sheets.every((sheet) => sheet.rows.length === 0)) throw interchangeError(name, 'the workbook is empty');
  return { fileName: name, format: 'xlsx', sheets };
}

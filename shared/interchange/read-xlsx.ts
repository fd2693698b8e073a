import { Workbook, type Worksheet, type Xlsx } from 'exceljs';
import { baseName, cleanText, interchangeError, MAX_MATRIX_FILE_BYTES, MAX_SHEET_CELLS, rectangular } from './read-csv';
import { type CellRange, columnLetters, fillMergedRanges, OverlappingMergesError, parseRange } from './merged-cells';
import { InterchangeError, type RawCell, type RawSheet, type RawWorkbook } from './types';
import { scanXlsx, TooManyCellsError, WORKBOOK_PART, type XlsxScan } from './xlsx-scan';
import { readZipDirectory, ZIP_CUT_SHORT, ZipDamagedError, type ZipEntry } from './zip-directory';
import { MAX_UNCOMPRESSED_BYTES, MAX_WORKBOOK_CELLS } from './zip-limits';

/*
 * Reads an Excel workbook (.xlsx) into a RawWorkbook. Decisions, so that the mapping step
 * knows what it gets:
 *
 * - Every visible worksheet, in workbook order; hidden and very hidden sheets are skipped
 *   (they hold lookup lists and helper tables, not people). Chart sheets are not worksheets.
 * - Cells: numbers as numbers (the stored value, whatever the number format: "3.00", "80 %",
 *   currency); text trimmed, empty → null, with the apostrophe `neutraliseCell` puts before
 *   = + - @ removed again; rich text → its plain text; a formula → its cached result (null
 *   when the file has none); a hyperlink → its text; booleans as booleans; dates (a date
 *   number format or a date cell) → yyyy-mm-dd; error values (#N/A, #REF!) → null.
 * - Merged ranges: the top-left cell's value is copied into every cell the range covers
 *   (clamped to the rows and columns that hold data), the way the sheet shows it: a product
 *   team or role merged down over its people applies to each of them, a title merged across
 *   fills its row. The ranges are read from the worksheet XML while it is unpacked
 *   (xlsx-scan.ts); exceljs's own merge expansion stays off (it creates every covered cell,
 *   and a range over a whole sheet means billions of them). A covered cell that still holds
 *   a value in the file (LibreOffice's "keep hidden contents") shows the top-left value, as
 *   on screen. Two ranges sharing a cell make the sheet damaged.
 * - rows[i] is the sheet's row i + 1; trailing empty rows and columns are dropped and every
 *   row is padded with nulls to the sheet's width. Hidden rows and columns are read.
 * - Refused with an InterchangeError: anything that is not an .xlsx (random bytes, CSV,
 *   .xls, .ods, .xlsb, a zip without a workbook), a truncated or damaged file (including a
 *   part whose real unpacked size differs from what the zip declares), a password-protected
 *   file, more than 50 MB, more than MAX_UNCOMPRESSED_BYTES unpacked or MAX_WORKBOOK_CELLS
 *   cells (zip-limits.ts: a zip bomb, zip64 or not, is stopped after unpacking at most the
 *   limit, chunk by chunk, before exceljs sees it), a workbook with no data.
 */

export const NOT_XLSX = 'not an Excel workbook (.xlsx)';
/**
 * What exceljs's own failures become: its messages describe its internals, not the file,
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
 * Worksheet parts that say nothing about cell values. Not parsing them is faster and
 * shuts out the parts that make exceljs expand ranges (merges, column ranges).
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
 * Unpacks the whole workbook once, in chunks, before exceljs does: real sizes against the
 * declared ones, the cell count against MAX_WORKBOOK_CELLS, and the merged ranges.
 */
async function scanWorkbook(bytes: Uint8Array, entries: ZipEntry[], fileName: string): Promise<XlsxScan> {
  try {
    return await scanXlsx(bytes, entries);
  } catch (error) {
    if (error instanceof ZipDamagedError) throw interchangeError(fileName, damagedMessage(error));
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
 * The checks `readXlsx` makes before exceljs sees the bytes (kind of file, encryption, size,
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

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isoDate(date: Date): string | null {
  const year = date.getUTCFullYear();
  if (!Number.isFinite(year) || year < 1 || year > 9999) return null;
  return `${String(year).padStart(4, '0')}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** An exceljs cell value as a RawCell (see the header comment for the rules). */
function rawCellValue(value: unknown, depth = 0): RawCell {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'string':
      return cleanText(value);
    case 'boolean':
      return value;
    case 'object': {
      if (value === null || depth > 2) return null;
      if (value instanceof Date) return isoDate(value);
      const v = value as Record<string, unknown>;
      if ('error' in v) return null;
      if ('formula' in v || 'sharedFormula' in v) return rawCellValue(v.result, depth + 1);
      if (Array.isArray(v.richText)) {
        return cleanText(
          v.richText
            .map((run: unknown) => {
              const text = (run as { text?: unknown } | null)?.text;
              return typeof text === 'string' ? text : '';
            })
            .join(''),
        );
      }
      if ('text' in v) return rawCellValue(v.text, depth + 1);
      return null;
    }
    default:
      return null;
  }
}

/** The worksheet's rows as RawCells, with progress reported through `tick` after each row. */
function sheetRows(sheet: Worksheet, fileName: string, tick: (rowNumber: number) => void): RawCell[][] {
  const where = `sheet "${sheet.name}"`;
  if (sheet.rowCount > EXCEL_MAX_ROWS) {
    throw interchangeError(fileName, `the sheet is damaged (a row past Excel's last row, ${EXCEL_MAX_ROWS})`, where);
  }
  const rows: RawCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.cellCount > EXCEL_MAX_COLUMNS) {
      throw interchangeError(
        fileName,
        `the sheet is damaged (a cell past Excel's last column, ${EXCEL_MAX_COLUMNS})`,
        `${where}, row ${rowNumber}`,
      );
    }
    const values = row.values as unknown[];
    const out: RawCell[] = new Array<RawCell>(Math.max(0, values.length - 1)).fill(null);
    for (let c = 1; c < values.length; c++) out[c - 1] = rawCellValue(values[c]);
    rows[rowNumber - 1] = out;
    tick(rowNumber);
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rectangular(rows, (height, width) => {
    throw interchangeError(
      fileName,
      `the sheet is too large to import (${height} rows × ${width} columns; at most ${MAX_SHEET_CELLS.toLocaleString('en')} cells)`,
      where,
    );
  });
}

/**
 * Reads an .xlsx file's bytes. `onProgress(done, total)` is called every ~1,000 rows
 * converted (and once at the end), total being the rows of the visible sheets.
 */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  onProgress?: (done: number, total: number) => void,
): Promise<RawWorkbook> {
  const name = baseName(fileName);
  const entries = checkContainer(bytes, name);
  const scan = await scanWorkbook(bytes, entries, name);

  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<Xlsx['load']>[0], { ignoreNodes: IGNORED_NODES });
  } catch {
    throw interchangeError(name, DAMAGED);
  }

  let visible: Worksheet[];
  try {
    visible = workbook.worksheets.filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden');
  } catch {
    throw interchangeError(name, DAMAGED);
  }
  if (visible.length === 0) {
    throw interchangeError(
      name,
      workbook.worksheets.length === 0 ? 'the workbook has no worksheets' : 'every sheet of the workbook is hidden',
    );
  }

  const total = visible.reduce((sum, sheet) => sum + Math.min(sheet.rowCount, EXCEL_MAX_ROWS), 0);
  let done = 0;
  let reported = 0;
  const sheets: RawSheet[] = [];
  for (const sheet of visible) {
    const offset = done;
    let rows: RawCell[][];
    try {
      rows = sheetRows(sheet, name, (rowNumber) => {
        done = offset + rowNumber;
        if (onProgress && done - reported >= PROGRESS_EVERY) {
          reported = done;
          onProgress(done, total);
        }
      });
    } catch (error) {
      if (error instanceof InterchangeError) throw error;
      throw interchangeError(name, DAMAGED, `sheet "${sheet.name}"`);
    }
    applyMerges(rows, scan.mergedRanges.get(sheet.name), name, sheet.name);
    done = offset + Math.min(sheet.rowCount, EXCEL_MAX_ROWS);
    sheets.push({ name: sheet.name, rows });
  }
  onProgress?.(total, total);
  if (sheets.every((sheet) => sheet.rows.length === 0)) throw interchangeError(name, 'the workbook is empty');
  return { fileName: name, format: 'xlsx', sheets };
}

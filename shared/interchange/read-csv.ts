import Papa from 'papaparse';
import { restoreNeutralisedText } from '../encode/spreadsheet-text';
import { InterchangeError, type RawCell, type RawWorkbook } from './types';

/*
 * Reads a CSV file (a people × skills matrix as a manager keeps it) into a RawWorkbook with
 * one sheet. Decisions, so that the mapping step knows what it gets:
 *
 * - Cells are text: trimmed, empty → null. Numbers stay text ("3", "0,8") because only the
 *   mapping step knows which columns hold levels or FTE and which decimal comma applies.
 * - rows[i] is record i + 1, as a spreadsheet opening the file numbers it: a quoted cell
 *   with line breaks is one row; empty lines are kept (as rows of nulls) so that numbering
 *   holds; trailing empty rows and columns are dropped; every row is padded with nulls to
 *   the sheet's width (ragged rows are normal in hand-made and Excel-exported CSV).
 * - Encoding: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM (Excel's "Unicode text").
 *   Anything else that is not valid UTF-8 (an "ANSI" export) is refused with the line, rather
 *   than read with wrong accents.
 * - Line breaks CRLF, LF and CR (mixed too) are read alike; inside a quoted cell they become LF.
 * - Delimiter: an Excel `sep=;` first line wins (and is dropped, as Excel hides it); otherwise
 *   comma, semicolon or tab is guessed from the first records.
 * - The apostrophe rule of shared/encode/spreadsheet-text.ts: the apostrophe an export put
 *   before text starting with = + - @ or with an apostrophe is removed again, so exports
 *   read back unchanged.
 */

/** Larger files are refused before anything is decoded. */
export const MAX_MATRIX_FILE_BYTES = 50 * 1024 * 1024;

/** A sheet is padded to a rectangle; one with more cells than this is refused (a stray far-away cell). */
export const MAX_SHEET_CELLS = 10_000_000;

const DELIMITERS = [',', ';', '\t'];

/** The file name without its folder, for messages. */
export const baseName = (fileName: string): string => fileName.split(/[\\/]/).pop() || fileName;

const withoutExtension = (name: string): string => name.replace(/\.[^.]*$/, '') || name;

export const interchangeError = (fileName: string, message: string, where?: string): InterchangeError =>
  new InterchangeError(where === undefined ? { fileName, message } : { fileName, where, message });

/** A text cell as the mapping step gets it: trimmed, un-neutralised, empty → null. */
export function cleanText(text: string): string | null {
  // Restored before trimming: the apostrophe may guard text that is only a tab or line break.
  const out = restoreNeutralisedText(text).trim();
  return out === '' ? null : out;
}

/**
 * Drops trailing empty rows and columns and pads every row with nulls to the same width.
 * Throws (via `tooLarge`) when the rectangle would exceed MAX_SHEET_CELLS.
 */
export function rectangular(rows: RawCell[][], tooLarge: (height: number, width: number) => never): RawCell[][] {
  let height = rows.length;
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let last = row.length - 1;
    while (last >= 0 && row[last] === null) last--;
    if (last >= 0) {
      if (last + 1 > width) width = last + 1;
      height = r + 1;
    }
  }
  if (width === 0) return [];
  if (height * width > MAX_SHEET_CELLS) tooLarge(height, width);
  const out: RawCell[][] = new Array<RawCell[]>(height);
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    if (row.length === width) {
      out[r] = row;
    } else {
      const padded = row.slice(0, width);
      while (padded.length < width) padded.push(null);
      out[r] = padded;
    }
  }
  return out;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Index of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line breaks. */
function lineAtByte(bytes: Uint8Array, offset: number, start: number): number {
  let line = 1;
  for (let i = start; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** 1-based line of a character offset in text whose line breaks are all LF. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const megabytes = (n: number): string => `${Math.ceil((n / (1024 * 1024)) * 10) / 10} MB`;

function decode(bytes: Uint8Array, fileName: string): string {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw interchangeError(fileName, 'this is an Excel workbook or another zip file, not CSV text');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw interchangeError(fileName, 'this is an old Excel workbook (.xls) or another binary file, not CSV text');
  }
  const utf16le = startsWith(bytes, [0xff, 0xfe]);
  const utf16be = startsWith(bytes, [0xfe, 0xff]);
  if (utf16le || utf16be) {
    let body = bytes.subarray(2);
    if (utf16be) {
      const swapped = new Uint8Array(body.length);
      for (let i = 0; i + 1 < body.length; i += 2) {
        swapped[i] = body[i + 1]!;
        swapped[i + 1] = body[i]!;
      }
      if (body.length % 2 === 1) swapped[body.length - 1] = body[body.length - 1]!;
      body = swapped;
    }
    try {
      return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const loose = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(body).replace(/\r\n?/g, '\n');
      const bad = loose.indexOf('\uFFFD');
      throw interchangeError(fileName, 'not valid UTF-16 text', `line ${lineAt(loose, bad < 0 ? loose.length : bad)}`);
    }
  }
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    const bad = firstInvalidUtf8(bytes, start);
    const at = bad < 0 ? bytes.length : bad;
    const shown = bytes[at] === undefined ? '' : ` (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')})`;
    throw interchangeError(
      fileName,
      `not valid UTF-8 text${shown}; save the file as "CSV UTF-8" and try again`,
      `line ${lineAtByte(bytes, at, start)}`,
    );
  }
}

/**
 * Index of the first control character no text file holds (tab, LF, VT, FF and CR are fine)
 * outside a quoted field, or -1. Inside quotes a control character is text that a name or a
 * note happened to hold (exports quote such fields); the member checks then say where it is.
 */
function firstBinaryChar(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && c < 0x20 && (c < 0x09 || c > 0x0d)) return i;
  }
  return -1;
}

const DOS_EOF = String.fromCharCode(0x1a);

const EXCEL_SEP_LINE = /^sep=([,;\t|])[ \t]*(?:\n|$)/i;

/**
 * Reads CSV (or tab-separated) bytes or text. Throws InterchangeError for a file that cannot
 * be read as a table at all, naming the line where the problem is.
 */
export function readCsv(input: Uint8Array | string, fileName: string): RawWorkbook {
  const name = baseName(fileName);
  const size = input.length;
  if (size > MAX_MATRIX_FILE_BYTES) {
    throw interchangeError(name, `the file is too large (${megabytes(size)}; the limit is 50 MB)`);
  }
  let text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decode(input, name);
  text = text.replace(/\r\n?/g, '\n');
  if (text.endsWith(DOS_EOF)) text = text.slice(0, -1); // a DOS end-of-file mark is not data
  const binary = firstBinaryChar(text);
  if (binary >= 0) {
    throw interchangeError(name, 'the file holds binary data, not CSV text', `line ${lineAt(text, binary)}`);
  }

  let delimiter: string | undefined;
  let skippedLines = 0;
  const sep = EXCEL_SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    skippedLines = 1;
  }
  if (delimiter === undefined) {
    // Guessed on the first records with empty lines skipped: a trailing blank line would
    // otherwise make every candidate look inconsistent.
    const guess = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
      delimitersToGuess: DELIMITERS,
      skipEmptyLines: 'greedy',
      newline: '\n',
      preview: 1,
    });
    delimiter = DELIMITERS.includes(guess.meta.delimiter) ? guess.meta.delimiter : ',';
  }

  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false });
  const quoteErrors = parsed.errors
    .filter((e) => e.type === 'Quotes')
    // At the same place, the text after a closing quote is the cause of the unterminated field.
    .sort(
      (a, b) =>
        (a.index ?? 0) - (b.index ?? 0) || Number(a.code !== 'InvalidQuotes') - Number(b.code !== 'InvalidQuotes'),
    );
  const first = quoteErrors[0];
  if (first) {
    const where = `line ${lineAt(text, first.index ?? 0) + skippedLines}`;
    throw interchangeError(
      name,
      first.code === 'InvalidQuotes' ? 'a quoted field has text after its closing quote' : 'unterminated quoted field',
      where,
    );
  }

  const rows: RawCell[][] = parsed.data.map((record) => record.map(cleanText));
  const sheetRows = rectangular(rows, (height, width) => {
    throw interchangeError(
      name,
      `the table is too large to import (${height} rows × ${width} columns; at most ${MAX_SHEET_CELLS.toLocaleString('en')} cells)`,
    );
  });
  if (sheetRows.length === 0) throw interchangeError(name, 'the file is empty');
  return { fileName: name, format: 'csv', sheets: [{ name: withoutExtension(name), rows: sheetRows }] };
}

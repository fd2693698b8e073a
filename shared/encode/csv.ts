import Papa from 'papaparse';
import { CONTROL_CHAR } from './control';
import { neutraliseCell } from './spreadsheet-text';

/*
 * CSV exports: RFC 4180 (CRLF between records, quotes doubled, fields quoted when needed),
 * every text cell through the apostrophe rule (spreadsheet-text.ts). A field holding a
 * control character is always quoted, so that the reader can tell text that happens to
 * hold one from a binary file.
 */

const quoteField = (value: string): boolean => CONTROL_CHAR.test(value) || /[",\r\n]/.test(value);

/** A CSV document: the header and rows, numbers as they are, text neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) =>
    row.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseCell(cell))),
  );
  const quotes = (value: unknown) => typeof value === 'string' && quoteField(value);
  return `${Papa.unparse(cells, { newline: '\r\n', quotes, escapeFormulae: false })}\r\n`;
}

/* eslint-disable no-control-regex -- escaping control characters is this module's purpose */
import { neutraliseCell } from './spreadsheet-text';

/*
 * Text cells of XLSX exports. XML cannot hold most control characters, and the workbook
 * library drops them silently; Office's own escape for them is "_xHHHH_" (the character's
 * code in hex), which Excel, LibreOffice and our reader decode. So a control character is
 * written as its escape, a carriage return too (XML would read it back as a line feed), and
 * text that already looks like an escape gets its underscore escaped (_x005F_), so that it
 * reads back as typed. Then the apostrophe rule applies, as in CSV.
 */

const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|_(?=x[0-9A-Fa-f]{4}_)/g;

const escape = (c: string): string => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Text for an XLSX cell: escaped as above, then neutralised. */
export function xlsxText(value: string): string {
  return neutraliseCell(value.replace(NEEDS_ESCAPE, escape));
}

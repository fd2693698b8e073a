/*
 * Text cells in files a spreadsheet opens (CSV and XLSX exports). A spreadsheet runs a cell
 * that starts with = + - @ (or a tab, line break or NUL) as a formula, so such text is written with
 * a leading apostrophe, which spreadsheets show as "text, not formula" (OWASP's advice for
 * CSV injection). Some importers split multi-line cells, so any line that starts so counts.
 *
 * The apostrophe rule, which makes every text round-trip through export and import:
 * - writing, an apostrophe is added before text that starts with a formula trigger, and
 *   before text that itself starts with an apostrophe (so the user's own one is kept);
 * - reading, one leading apostrophe is removed when what follows would have been given one.
 * So "=SUM(A1)" is written '=SUM(A1) and "'=x" (typed with its apostrophe) is written ''=x;
 * both read back as typed. A hand-made file's "'hello" reads as "'hello".
 */

/*
 * Judged on the text with CR and CRLF read as LF, as readers do, so that the writer and the
 * reader always agree on whether the apostrophe was added. A line break at a line start (a
 * leading or blank line) counts, which also covers a line that starts with CR.
 */
const FORMULA_TRIGGER = /(^|\n)[=+\-@\t\n\0]/;

/** Whether text written as it is would be run as a formula or lose its leading apostrophe. */
const needsApostrophe = (value: string): boolean =>
  value.startsWith("'") || FORMULA_TRIGGER.test(value.replace(/\r\n?/g, '\n'));

/** Text for a spreadsheet cell: prefixed with an apostrophe when the apostrophe rule says so. */
export function neutraliseCell(value: string): string {
  return needsApostrophe(value) ? `'${value}` : value;
}

/** The inverse of `neutraliseCell`: drops the apostrophe it added, and only that one. */
export function restoreNeutralisedText(text: string): string {
  if (!text.startsWith("'")) return text;
  const rest = text.slice(1);
  return needsApostrophe(rest) ? rest : text;
}

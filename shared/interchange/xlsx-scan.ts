import { worksheetParts } from './workbook-sheets';
import { attributeValue, XmlTagScanner } from './xml-tag-scanner';
import { inflateEntry } from './zip-inflate';
import type { ZipEntry } from './zip-directory';
import { MAX_WORKBOOK_CELLS } from './zip-limits';

/*
 * One pass over a workbook's zip entries before exceljs sees them: every entry is unpacked
 * in chunks (its real size checked against the declared one), the worksheets' cells are
 * counted, and their merged ranges collected (exceljs is told to skip merges: its own
 * expansion creates every covered cell).
 */

export const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

/** The parts exceljs reads as worksheets (it matches the name the same way, anywhere in the path). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** What the pass found: merged ranges by sheet name ("A2:A9" as written). */
export interface XlsxScan {
  mergedRanges: Map<string, string[]>;
}

/** More cells than MAX_WORKBOOK_CELLS; `sheet` is the sheet being read when the count passed it. */
export class TooManyCellsError extends Error {
  constructor(readonly sheet: string | undefined) {
    super('too many cells');
  }
}

async function partText(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string> {
  if (!entry) return '';
  const decoder = new TextDecoder('utf-8');
  let text = '';
  await inflateEntry(bytes, entry, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
  });
  return text + decoder.decode();
}

/**
 * Unpacks every entry once. The caller has checked that the declared sizes add up to no
 * more than the cap; since no entry may unpack past its declared size (ZipDamagedError),
 * the real total stays under the cap too.
 */
export async function scanXlsx(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<XlsxScan> {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  // The sheet names first, so that a refusal can say which sheet.
  const sheetOfPart = new Map<string, string>();
  const workbook = byName.get(WORKBOOK_PART);
  const workbookRels = byName.get(WORKBOOK_RELS_PART);
  const parts = worksheetParts(await partText(bytes, workbook), await partText(bytes, workbookRels));
  for (const [sheet, part] of parts) sheetOfPart.set(part, sheet);

  const mergedRanges = new Map<string, string[]>();
  let cells = 0;
  for (const entry of entries) {
    if (entry === workbook || entry === workbookRels) continue;
    if (!WORKSHEET_PART.test(entry.name)) {
      await inflateEntry(bytes, entry, () => undefined);
      continue;
    }
    const sheet = sheetOfPart.get(entry.name);
    const merges: string[] = [];
    const scanner = new XmlTagScanner(['c', 'mergeCell'], (name, attributes) => {
      if (name === 'c') {
        if (++cells > MAX_WORKBOOK_CELLS) throw new TooManyCellsError(sheet);
        return;
      }
      const ref = attributeValue(attributes, 'ref');
      if (ref !== undefined) merges.push(ref);
    });
    await inflateEntry(bytes, entry, (chunk) => scanner.feed(chunk));
    if (sheet !== undefined && merges.length > 0) mergedRanges.set(sheet, merges);
  }
  return { mergedRanges };
}

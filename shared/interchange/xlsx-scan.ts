import { worksheetParts } from './workbook-sheets';
import { attributeValue, XmlTagScanner } from './xml-tag-scanner';
import { inflateEntry } from './zip-inflate';
import type { ZipEntry } from './zip-directory';
import type { ZipPart } from './zip-stored';
import { MAX_WORKBOOK_CELLS } from './zip-limits';

/*
 * One pass over a workbook's zip entries before a spreadsheet library sees them: every entry
 * is unpacked in chunks (its real size checked against the declared one), the worksheets'
 * cells are counted, and their merged ranges collected (readXlsx spreads merged values
 * itself, the same way whichever library parsed the cells). `onUnpacked` hears how many
 * bytes each chunk held, for progress.
 */

export const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

/** The parts read as worksheets (matched anywhere in the path, as exceljs did for the forms it still reads). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** What the pass found: merged ranges by sheet name ("A2:A9" as written), and every part unpacked, in directory order. */
export interface XlsxScan {
  mergedRanges: Map<string, string[]>;
  parts: ZipPart[];
}

/** An XML part that stops before its document ends (the zip itself being whole). */
export class PartCutShortError extends Error {
  constructor(readonly part: string) {
    super('an XML part is cut short');
  }
}

/** More cells than MAX_WORKBOOK_CELLS; `sheet` is the sheet being read when the count passed it. */
export class TooManyCellsError extends Error {
  constructor(readonly sheet: string | undefined) {
    super('too many cells');
  }
}

/** An entry unpacked whole (the caller has checked the declared sizes against the cap). */
async function unpack(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): Promise<Uint8Array> {
  const data = new Uint8Array(entry.declaredSize);
  let at = 0;
  await inflateEntry(bytes, entry, (chunk) => {
    // Past the declared size inflateEntry throws ZipDamagedError; the copy just stops first.
    if (at + chunk.length <= data.length) data.set(chunk, at);
    at += chunk.length;
    onChunk(chunk);
  });
  return data;
}

/**
 * Whether an XML part ends as a whole document does, with an end tag or an empty element:
 * a part cut short (a damaged save, a truncated copy) would otherwise read as fewer rows.
 */
function endsWhole(data: Uint8Array): boolean {
  let end = data.length;
  while (
    end > 0 &&
    (data[end - 1] === 0x20 || data[end - 1] === 0x0a || data[end - 1] === 0x0d || data[end - 1] === 0x09)
  ) {
    end--;
  }
  const tail = new TextDecoder('latin1').decode(data.subarray(Math.max(0, end - 512), end));
  return /(?:<\/[^<>]+|\/)>$/.test(tail);
}

const XML_PART = /[.](?:xml|rels)$/i;

/**
 * Unpacks every entry once and keeps it. The caller has checked that the declared sizes add
 * up to no more than the cap; since no entry may unpack past its declared size
 * (ZipDamagedError), the real total stays under the cap too.
 */
export async function scanXlsx(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  onUnpacked: (bytes: number) => void = () => undefined,
): Promise<XlsxScan> {
  const count = (chunk: Uint8Array) => onUnpacked(chunk.length);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const unpacked = new Map<ZipEntry, Uint8Array>();
  const text = async (entry: ZipEntry | undefined): Promise<string> => {
    if (!entry) return '';
    const data = await unpack(bytes, entry, count);
    unpacked.set(entry, data);
    return new TextDecoder('utf-8').decode(data);
  };
  // The sheet names first, so that a refusal can say which sheet.
  const sheetOfPart = new Map<string, string>();
  const workbook = byName.get(WORKBOOK_PART);
  const workbookRels = byName.get(WORKBOOK_RELS_PART);
  const parts = worksheetParts(await text(workbook), await text(workbookRels));
  for (const [sheet, part] of parts) sheetOfPart.set(part, sheet);

  const mergedRanges = new Map<string, string[]>();
  let cells = 0;
  for (const entry of entries) {
    if (unpacked.has(entry)) continue;
    // SheetJS follows the workbook's relationships to its sheets, whatever the parts are called.
    if (!WORKSHEET_PART.test(entry.name) && !sheetOfPart.has(entry.name)) {
      unpacked.set(entry, await unpack(bytes, entry, count));
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
    unpacked.set(
      entry,
      await unpack(bytes, entry, (chunk) => {
        scanner.feed(chunk);
        count(chunk);
      }),
    );
    if (sheet !== undefined && merges.length > 0) mergedRanges.set(sheet, merges);
  }
  const kept = entries.map((entry) => ({ name: entry.name, data: unpacked.get(entry) ?? new Uint8Array(0) }));
  const cut = kept.find((part) => XML_PART.test(part.name) && part.data.length > 0 && !endsWhole(part.data));
  if (cut) throw new PartCutShortError(cut.name);
  return { mergedRanges, parts: kept };
}

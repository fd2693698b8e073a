import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { Workbook } from 'exceljs';
import type { RawSheet } from '@shared/interchange/types';

/** An .xlsx file holding `sheets` as Excel saves them: one worksheet each, a row per row, empty cells left out. */
export async function xlsxBytes(sheets: readonly RawSheet[]): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/* ---------- zip files written by hand: what exceljs never writes (zip64, lying sizes, bombs) ---------- */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** Deflated data made by repeating a block: how a zip bomb packs megabytes into kilobytes. */
export interface RepeatedContent {
  before?: string;
  unit: string;
  times: number;
  after?: string;
}

export interface HandZipEntry {
  name: string;
  content: string | RepeatedContent;
  /** Stored (the default for text) or deflated (always for repeated content). */
  deflate?: boolean;
  /** Overrides the uncompressed size the central directory declares. */
  declaredSize?: number;
  flags?: number;
}

export interface HandZipOptions {
  /** Sizes and offsets in zip64 fields: the entries' extra fields and a zip64 end record. */
  zip64?: boolean;
}

/**
 * Deflated `unit` repeated `times` times, without ever holding the whole: the unit is
 * compressed once as a run of non-final blocks, the run repeated, then a final empty block.
 */
function deflatedRepeat({ before = '', unit, times, after = '' }: RepeatedContent): { data: Uint8Array; size: number } {
  const unitsPerBlock = Math.max(1, Math.floor((1 << 20) / unit.length));
  const whole = Math.floor(times / unitsPerBlock);
  const partial = (text: string) => deflateRawSync(Buffer.from(text), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const run = partial(unit.repeat(unitsPerBlock));
  const data = Buffer.concat([
    partial(before),
    ...Array.from({ length: whole }, () => run),
    deflateRawSync(Buffer.from(unit.repeat(times - whole * unitsPerBlock) + after)),
  ]);
  return { data, size: Buffer.byteLength(before) + Buffer.byteLength(unit) * times + Buffer.byteLength(after) };
}

interface PackedEntry {
  name: Uint8Array;
  data: Uint8Array;
  method: number;
  crc: number;
  size: number;
  declaredSize: number;
  flags: number;
}

function pack(entry: HandZipEntry): PackedEntry {
  const name = new TextEncoder().encode(entry.name);
  const flags = entry.flags ?? 0;
  if (typeof entry.content !== 'string') {
    const { data, size } = deflatedRepeat(entry.content);
    // The CRC of a bomb's content is left 0: nothing the reader checks before unpacking.
    return { name, data, method: 8, crc: 0, size, declaredSize: entry.declaredSize ?? size, flags };
  }
  const raw = new TextEncoder().encode(entry.content);
  const data = entry.deflate ? new Uint8Array(deflateRawSync(raw)) : raw;
  const method = entry.deflate ? 8 : 0;
  return {
    name,
    data,
    method,
    crc: crc32(raw),
    size: raw.length,
    declaredSize: entry.declaredSize ?? raw.length,
    flags,
  };
}

const MAX_32 = 0xffffffff;

/** A zip archive of `entries`, in order. */
export function zipBytes(entries: readonly HandZipEntry[], options: HandZipOptions = {}): Uint8Array {
  const zip64 = options.zip64 ?? false;
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries.map(pack)) {
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, zip64 ? 45 : 20, true);
    local.setUint16(6, entry.flags, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.size, true);
    local.setUint16(26, entry.name.length, true);
    parts.push(new Uint8Array(local.buffer), entry.name, entry.data);

    const extra = zip64 ? 4 + 24 : 0;
    const central = new DataView(new ArrayBuffer(46 + entry.name.length + extra));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, zip64 ? 45 : 20, true);
    central.setUint16(6, zip64 ? 45 : 20, true);
    central.setUint16(8, entry.flags, true);
    central.setUint16(10, entry.method, true);
    central.setUint32(16, entry.crc, true);
    central.setUint32(20, zip64 ? MAX_32 : entry.data.length, true);
    central.setUint32(24, zip64 ? MAX_32 : entry.declaredSize, true);
    central.setUint16(28, entry.name.length, true);
    central.setUint16(30, extra, true);
    central.setUint32(42, zip64 ? MAX_32 : offset, true);
    new Uint8Array(central.buffer).set(entry.name, 46);
    if (zip64) {
      const at = 46 + entry.name.length;
      central.setUint16(at, 0x0001, true);
      central.setUint16(at + 2, 24, true);
      central.setBigUint64(at + 4, BigInt(entry.declaredSize), true);
      central.setBigUint64(at + 12, BigInt(entry.data.length), true);
      central.setBigUint64(at + 20, BigInt(offset), true);
    }
    centrals.push(new Uint8Array(central.buffer));
    offset += 30 + entry.name.length + entry.data.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const tail: Uint8Array[] = [];
  if (zip64) {
    const record = new DataView(new ArrayBuffer(56));
    record.setUint32(0, 0x06064b50, true);
    record.setBigUint64(4, 44n, true);
    record.setUint16(12, 45, true);
    record.setUint16(14, 45, true);
    record.setBigUint64(24, BigInt(entries.length), true);
    record.setBigUint64(32, BigInt(entries.length), true);
    record.setBigUint64(40, BigInt(directorySize), true);
    record.setBigUint64(48, BigInt(offset), true);
    const locator = new DataView(new ArrayBuffer(20));
    locator.setUint32(0, 0x07064b50, true);
    locator.setBigUint64(8, BigInt(offset + directorySize), true);
    locator.setUint32(16, 1, true);
    tail.push(new Uint8Array(record.buffer), new Uint8Array(locator.buffer));
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, zip64 ? 0xffff : entries.length, true);
  end.setUint16(10, zip64 ? 0xffff : entries.length, true);
  end.setUint32(12, zip64 ? MAX_32 : directorySize, true);
  end.setUint32(16, zip64 ? MAX_32 : offset, true);
  tail.push(new Uint8Array(end.buffer));
  return Buffer.concat([...parts, ...centrals, ...tail]);
}

/* ---------- minimal workbooks written by hand ---------- */

const NS = 'http://schemas.openxmlformats.org';

export interface HandSheet {
  name: string;
  /** The worksheet part's whole XML, or its content as repeated blocks (a bomb). */
  xml: string | RepeatedContent;
  declaredSize?: number;
}

/** The rows of a worksheet part: `<worksheet><sheetData>…</sheetData>extra</worksheet>`. */
export const worksheetXml = (sheetData: string, extra = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${extra}</worksheet>`;

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The zip entries of a minimal .xlsx with the given worksheets (sheet1.xml, sheet2.xml, … in order). */
export function workbookEntries(sheets: readonly HandSheet[], deflate = false): HandZipEntry[] {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const sheetTags = sheets
    .map((s, i) => `<sheet name="${escapeAttribute(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  return [
    {
      name: '[Content_Types].xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
      deflate,
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      deflate,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets>${sheetTags}</sheets></workbook>`,
      deflate,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships">${rels}</Relationships>`,
      deflate,
    },
    ...sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      content: sheet.xml,
      deflate,
      ...(sheet.declaredSize === undefined ? {} : { declaredSize: sheet.declaredSize }),
    })),
  ];
}

/** A minimal .xlsx written by hand: one sheet "Sheet1" with the given sheetData rows and extra worksheet XML. */
export const handMadeXlsx = (sheetData: string, extra = '', sheetXml?: string): Uint8Array =>
  zipBytes(workbookEntries([{ name: 'Sheet1', xml: sheetXml ?? worksheetXml(sheetData, extra) }]));

export const inlineString = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const numberCell = (ref: string, value: number): string => `<c r="${ref}"><v>${value}</v></c>`;

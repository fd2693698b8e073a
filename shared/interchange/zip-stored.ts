/*
 * Packs parts already unpacked (and checked) into a zip archive that stores them as they are,
 * uncompressed. readXlsx hands SheetJS this copy rather than the file: SheetJS then unpacks
 * nothing itself (the parts were unpacked once, under the zip-bomb limits), and reads zip64
 * workbooks, which its own zip reader does not understand, since the copy never needs zip64.
 */

/** One part of the package: its path, and its bytes unpacked. */
export interface ZipPart {
  name: string;
  data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD = 0x06054b50;
/** "Version needed to extract": 2.0, plain stored entries. */
const VERSION = 20;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;

/**
 * The parts as a stored zip. CRC-32s are left at zero: the only reader is SheetJS, which does
 * not check them, and the data was checked against the original archive's sizes when unpacked.
 * Throws when the parts would need zip64 (past 4 GB or 65,535 parts), far past the import limits.
 */
export function storedZip(parts: readonly ZipPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = parts.map((part) => encoder.encode(part.name));
  const localSize = parts.reduce((sum, part, i) => sum + 30 + names[i]!.length + part.data.length, 0);
  const directorySize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const total = localSize + directorySize + 22;
  if (parts.length > 0xffff || total > 0xffffffff) throw new Error('too large for a plain zip');

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  parts.forEach((part, i) => {
    const name = names[i]!;
    offsets.push(p);
    view.setUint32(p, LOCAL_HEADER, true);
    view.setUint16(p + 4, VERSION, true);
    view.setUint16(p + 6, UTF8_NAMES, true);
    view.setUint32(p + 18, part.data.length, true);
    view.setUint32(p + 22, part.data.length, true);
    view.setUint16(p + 26, name.length, true);
    out.set(name, p + 30);
    out.set(part.data, p + 30 + name.length);
    p += 30 + name.length + part.data.length;
  });
  const directoryStart = p;
  parts.forEach((part, i) => {
    const name = names[i]!;
    view.setUint32(p, DIRECTORY_ENTRY, true);
    view.setUint16(p + 4, VERSION, true);
    view.setUint16(p + 6, VERSION, true);
    view.setUint16(p + 8, UTF8_NAMES, true);
    view.setUint32(p + 20, part.data.length, true);
    view.setUint32(p + 24, part.data.length, true);
    view.setUint16(p + 28, name.length, true);
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(name, p + 46);
    p += 46 + name.length;
  });
  view.setUint32(p, END_RECORD, true);
  view.setUint16(p + 8, parts.length, true);
  view.setUint16(p + 10, parts.length, true);
  view.setUint32(p + 12, p - directoryStart, true);
  view.setUint32(p + 16, directoryStart, true);
  return out;
}

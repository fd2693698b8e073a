/*
 * Reads a zip archive's central directory (zip64 included) without unpacking anything: the
 * list of entries with where their data lies and the sizes they declare. The declared sizes
 * are claims, not facts; zip-inflate.ts checks them against the real data.
 */

/** One entry of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** General-purpose flags; bit 0 set means the entry is encrypted. */
  flags: number;
  /** 0 = stored, 8 = deflated; anything else is not used by spreadsheet programs. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the directory declares. */
  declaredSize: number;
  /** Where the entry's compressed data starts (after its local header). */
  dataOffset: number;
}

/** Why a zip archive cannot be read, in words for the user. */
export class ZipDamagedError extends Error {}

export const ZIP_CUT_SHORT = 'its zip archive is cut short';
export const ZIP_BROKEN = 'its zip directory is broken';

const END_RECORD = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA_FIELD = 0x0001;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

/** A 64-bit size or offset; past 2^53 it cannot be a real position in a file held in memory. */
function uint64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

/** The end-of-central-directory record: the last one in the file (a comment may follow it). */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - MAX_16; i--) {
    if (view.getUint32(i, true) === END_RECORD) return i;
  }
  return -1;
}

interface Directory {
  entries: number;
  size: number;
  offset: number;
}

/**
 * Where the central directory is. A zip64 archive saturates the ordinary record's fields
 * and keeps the real values in a zip64 end record, found through a locator just before.
 */
function locateDirectory(view: DataView, end: number): Directory {
  const directory = {
    entries: view.getUint16(end + 10, true),
    size: view.getUint32(end + 12, true),
    offset: view.getUint32(end + 16, true),
  };
  const zip64 = directory.entries === MAX_16 || directory.size === MAX_32 || directory.offset === MAX_32;
  if (!zip64) return directory;
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR) throw new ZipDamagedError(ZIP_BROKEN);
  const record = uint64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_END_RECORD) {
    throw new ZipDamagedError(ZIP_BROKEN);
  }
  return { entries: uint64(view, record + 32), size: uint64(view, record + 40), offset: uint64(view, record + 48) };
}

interface Sizes {
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

/** Replaces the saturated 32-bit fields with the zip64 extra field's values, in the order they are stored. */
function zip64Sizes(view: DataView, sizes: Sizes, extraStart: number, extraEnd: number): Sizes {
  const out = { ...sizes };
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    const dataEnd = p + 4 + length;
    if (dataEnd > extraEnd) break;
    if (id === ZIP64_EXTRA_FIELD) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > dataEnd) throw new ZipDamagedError(ZIP_BROKEN);
        const value = uint64(view, q);
        q += 8;
        return value;
      };
      if (sizes.declaredSize === MAX_32) out.declaredSize = next();
      if (sizes.compressedSize === MAX_32) out.compressedSize = next();
      if (sizes.localHeaderOffset === MAX_32) out.localHeaderOffset = next();
      return out;
    }
    p = dataEnd;
  }
  if (sizes.declaredSize === MAX_32 || sizes.compressedSize === MAX_32 || sizes.localHeaderOffset === MAX_32) {
    throw new ZipDamagedError(ZIP_BROKEN);
  }
  return out;
}

/** Where an entry's data starts: after its local header, whose name and extra field lengths may differ from the directory's. */
function dataOffset(view: DataView, localHeaderOffset: number, directoryStart: number): number {
  if (localHeaderOffset + 30 > directoryStart || view.getUint32(localHeaderOffset, true) !== LOCAL_HEADER) {
    throw new ZipDamagedError(ZIP_BROKEN);
  }
  return (
    localHeaderOffset + 30 + view.getUint16(localHeaderOffset + 26, true) + view.getUint16(localHeaderOffset + 28, true)
  );
}

/** The archive's entries in directory order. Throws ZipDamagedError when the archive cannot be a whole zip file. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) throw new ZipDamagedError(ZIP_CUT_SHORT);
  const directory = locateDirectory(view, end);
  if (directory.offset + directory.size > end) throw new ZipDamagedError(ZIP_BROKEN);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let k = 0, p = directory.offset; k < directory.entries; k++) {
    if (p + 46 > end || view.getUint32(p, true) !== DIRECTORY_ENTRY) throw new ZipDamagedError(ZIP_BROKEN);
    const nameLength = view.getUint16(p + 28, true);
    const extraStart = p + 46 + nameLength;
    const extraEnd = extraStart + view.getUint16(p + 30, true);
    const next = extraEnd + view.getUint16(p + 32, true);
    if (next > end) throw new ZipDamagedError(ZIP_BROKEN);
    const sizes = zip64Sizes(
      view,
      {
        compressedSize: view.getUint32(p + 20, true),
        declaredSize: view.getUint32(p + 24, true),
        localHeaderOffset: view.getUint32(p + 42, true),
      },
      extraStart,
      extraEnd,
    );
    const start = dataOffset(view, sizes.localHeaderOffset, directory.offset);
    if (start + sizes.compressedSize > directory.offset) throw new ZipDamagedError(ZIP_BROKEN);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, extraStart)).replace(/^\//, ''),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: sizes.compressedSize,
      declaredSize: sizes.declaredSize,
      dataOffset: start,
    });
    p = next;
  }
  return entries;
}

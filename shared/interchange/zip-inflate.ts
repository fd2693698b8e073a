import { ZipDamagedError, type ZipEntry } from './zip-directory';

/*
 * Unpacks zip entries chunk by chunk, handing each chunk to a reader and keeping none: memory
 * stays constant however large an entry claims or turns out to be. Unpacking stops as soon
 * as an entry grows past the size the directory declared for it, so a zip bomb that lies
 * about its sizes costs no more than one that tells the truth.
 */

/** An entry whose real unpacked size differs from the size the archive declares. */
export const SIZE_MISMATCH = 'a part of it unpacks to a different size than its zip directory says';
/** An entry whose compressed data cannot be unpacked. */
export const BAD_DATA = 'a part of it cannot be unpacked';
/** An entry compressed with a method no spreadsheet program uses. */
export const UNKNOWN_METHOD = 'a part of it is compressed in a way spreadsheet programs do not use';

const STORED = 0;
const DEFLATED = 8;

/** Size of the chunks a stored entry is handed over in (the inflater chooses its own). */
const CHUNK_BYTES = 256 * 1024;

async function inflateChunks(
  compressed: Uint8Array,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<number> {
  // A web-standard stream rather than node:zlib: shared/ runs in no particular process.
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  // Written whole and read chunk by chunk: the stream unpacks only as fast as it is read.
  writer.write(compressed as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflater.readable.getReader();
  let size = 0;
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>;
    try {
      next = await reader.read();
    } catch {
      throw new ZipDamagedError(BAD_DATA);
    }
    if (next.done) return size;
    size += next.value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return size;
    }
    try {
      onChunk(next.value);
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
  }
}

/**
 * Unpacks one entry of `bytes`, calling `onChunk` with its data in order. Throws
 * ZipDamagedError when the data is not what the directory declares.
 */
export async function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const compressed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.declaredSize) throw new ZipDamagedError(SIZE_MISMATCH);
    for (let at = 0; at < compressed.length; at += CHUNK_BYTES) onChunk(compressed.subarray(at, at + CHUNK_BYTES));
    return;
  }
  if (entry.method !== DEFLATED) throw new ZipDamagedError(UNKNOWN_METHOD);
  const size = await inflateChunks(compressed, entry.declaredSize, onChunk);
  if (size !== entry.declaredSize) throw new ZipDamagedError(SIZE_MISMATCH);
}

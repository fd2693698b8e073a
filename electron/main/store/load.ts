import { constants, isUtf8 } from 'node:buffer';
import { decodeDataFile, type Decoded, type Migrate } from '@shared/data';

// The reading itself is shared with the CLI; this file adds what needs Node (bytes, sizes).
export { decodeDataFile, type Decoded, type Migrate };

/**
 * The largest data file the store reads: the most text one JavaScript string can hold (V8:
 * 2^29 - 24 characters, just under 512 MB). Gapwise writes its data as one string, so a larger
 * file is not one it wrote, and reading it could only fail (or exhaust memory) at every start:
 * it is set aside unread instead. The largest team allowed (100,000 members) is about 100 MB.
 */
export const MAX_DATA_FILE_BYTES = constants.MAX_STRING_LENGTH;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why a file over MAX_DATA_FILE_BYTES was not read, naming its size. */
export function tooLargeMessage(bytes: number): string {
  return `the file is too large to be a Gapwise data file (${megabytes(bytes)}; the most Gapwise reads is ${Math.round(MAX_DATA_FILE_BYTES / (1024 * 1024))} MB)`;
}

/**
 * The file's bytes → `decodeDataFile`. Invalid UTF-8 is corruption: decoding it leniently
 * would turn bytes into U+FFFD and the next save would silently rewrite them.
 */
export function decodeDataBytes(bytes: Uint8Array, migrate?: Migrate): Decoded {
  // Node's native check, then a plain decode: twice as fast as a fatal TextDecoder on large files.
  if (!isUtf8(bytes)) return { ok: false, kind: 'corrupt', message: 'the file is not valid UTF-8 text' };
  return decodeDataFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), migrate);
}

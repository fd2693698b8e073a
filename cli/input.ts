import { readBytesFile } from './files';
import { isMatrixFile } from './matrix';
import type { CliIo } from './output';

/** The file name that means standard input, as in most command-line tools. */
export const STDIN = '-';
/** How messages name standard input (it has no file name). */
export const STDIN_NAME = 'standard input';

/**
 * The file the command reads: the name messages give it, what it holds (a spreadsheet
 * matrix, XLSX or CSV, or a Gapwise JSON file: team, data or framework) and its bytes,
 * except for a spreadsheet on disk, which the matrix reader reads itself.
 */
export type Input =
  { kind: 'json'; name: string; bytes: Uint8Array } | { kind: 'matrix'; name: string; bytes: Uint8Array | undefined };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * What bytes with no file name hold: an XLSX workbook starts with the zip signature, a
 * Gapwise file is a JSON object (after any byte order mark and white space); anything else
 * is read as CSV text, as the app reads a file with an unknown extension.
 */
export function kindOfBytes(bytes: Uint8Array): 'matrix' | 'json' {
  if (ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) return 'matrix';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i += 1;
  return bytes[i] === 0x7b ? 'json' : 'matrix';
}

/**
 * Reads the file the user named, or all of standard input for `-`. A file's kind is known
 * by its extension, as before; standard input's by its first bytes.
 */
export async function readInput(file: string, io: Pick<CliIo, 'readStdin'>): Promise<Input> {
  if (file === STDIN) {
    const bytes = await io.readStdin();
    return { kind: kindOfBytes(bytes), name: STDIN_NAME, bytes };
  }
  if (isMatrixFile(file)) return { kind: 'matrix', name: file, bytes: undefined };
  return { kind: 'json', name: file, bytes: readBytesFile(file) };
}

import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A problem with a file the user named: shown as one line, exit code 2. */
export class UserError extends Error {}

/** A file the user named, read, or a UserError saying why not (not found, a folder, permission). */
function readUserFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: file not found`);
    if (code === 'EISDIR') throw new UserError(`${file}: is a folder, not a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${file}: permission denied`);
    throw new UserError(`${file}: cannot be read (${code ?? String(e)})`);
  }
}

/**
 * Inputs already in memory, by the name messages give them: standard input, read once, is
 * served here to readers that take a file name (the matrix reader), so every message names
 * it as "standard input" and nothing is written to disk. Held only while one command runs.
 */
const inMemory = new Map<string, Uint8Array>();

/** Serves `bytes` under `name` to readTextFile and readBytesFile until the returned release is called. */
export function provideInput(name: string, bytes: Uint8Array): () => void {
  inMemory.set(name, bytes);
  return () => inMemory.delete(name);
}

export const readTextFile = (file: string): string => {
  const held = inMemory.get(file);
  if (held !== undefined) return Buffer.from(held.buffer, held.byteOffset, held.byteLength).toString('utf8');
  return readUserFile(file, () => readFileSync(file, 'utf8'));
};

export const readBytesFile = (file: string): Uint8Array =>
  inMemory.get(file) ?? readUserFile(file, () => new Uint8Array(readFileSync(file)));

/**
 * Writes the whole file or nothing: a unique temp file beside the target, fsync, rename.
 * A failure leaves any existing file untouched and no temp file behind.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    // writeSync may write less than asked: loop until every byte is in.
    for (let written = 0; written < bytes.byteLength;) {
      written += writeSync(fd, bytes, written, bytes.byteLength - written);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot be written (${code ?? String(e)})`);
  }
}

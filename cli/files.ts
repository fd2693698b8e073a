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

export const readTextFile = (file: string): string => readUserFile(file, () => readFileSync(file, 'utf8'));

export const readBytesFile = (file: string): Uint8Array => readUserFile(file, () => new Uint8Array(readFileSync(file)));

/**
 * Writes the whole file or nothing: a unique temp file beside the target, fsync, rename.
 * A failure leaves any existing file untouched and no temp file behind.
 */
export function writeFileAtomic(file: string, content: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeSync(fd, content);
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

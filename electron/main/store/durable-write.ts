import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UnconfirmedWriteError } from './errors';
import { isNotFound, type FileOps, type WritableFile } from './file-ops';

/** `.<basename>.<pid>.<random>.tmp`: hidden, unique per process and write, recognisable by the sweep. */
function tempNameFor(base: string): string {
  return `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

const TEMP_PATTERN = /^\.(.+)\.\d+\.[0-9a-f]+\.tmp$/;

/** The target basename a temp file of ours was for, or undefined when the name is not one of ours. */
export function tempTargetOf(name: string): string | undefined {
  return TEMP_PATTERN.exec(name)?.[1];
}

/**
 * Replaces `target` so that after a crash or power cut it holds either the old bytes or
 * all of the new ones: write a unique temp file in the same folder, fsync it, rename it over
 * the target (atomic on one filesystem), then fsync the folder so the rename itself is on
 * disk. On failure the temp file is removed and the target is untouched.
 *
 * If only the final folder fsync fails, the rename has happened but may not survive a power
 * cut: UnconfirmedWriteError is thrown, because the write cannot be acknowledged as durable,
 * while the file does hold the new bytes.
 */
export async function writeFileDurable(ops: FileOps, target: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, tempNameFor(basename(target)));
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let file: WritableFile | undefined;
  let created = false;
  try {
    file = await ops.open(temp, 'wx');
    created = true;
    await file.write(bytes);
    await file.sync();
    const closing = file;
    file = undefined;
    await closing.close();
    await ops.rename(temp, target);
    created = false;
  } catch (error) {
    // Best effort: the original error is the one worth reporting.
    await file?.close().catch(() => undefined);
    if (created) await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
  try {
    await ops.syncDir(dir);
  } catch (error) {
    throw new UnconfirmedWriteError(target, error);
  }
}

/**
 * Removes temp files a crashed write left in `dir` for files named by `isTarget` (only ones
 * matching our temp pattern). Run at open, before any write of this process starts.
 * Returns the names removed.
 */
export async function sweepTemps(ops: FileOps, dir: string, isTarget: (base: string) => boolean): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await ops.readdir(dir)) {
    const target = tempTargetOf(name);
    if (target !== undefined && isTarget(target)) {
      try {
        await ops.unlink(join(dir, name));
        removed.push(name);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
  }
  return removed;
}

/** Removes leftover temp files of `basename` in `dir` (see `writeFileDurable`). Returns the names removed. */
export function sweepOrphanTemps(ops: FileOps, dir: string, basename: string): Promise<string[]> {
  return sweepTemps(ops, dir, (target) => target === basename);
}

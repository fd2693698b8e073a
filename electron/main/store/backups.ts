import { join } from 'node:path';
import type { BackupInfo } from '@shared/ipc';
import { sweepTemps, writeFileDurable } from './durable-write';
import { exists, isNotFound, type FileOps } from './file-ops';

export const BACKUP_FOLDER = 'backups';

/** Backups kept from the current (UTC) day, newest first. */
export const KEEP_TODAY = 3;
/** Backups kept in all: today's plus the newest of each earlier day, newest days first. */
export const KEEP_TOTAL = 10;

/** `data-2024-05-01T10-20-30.123Z.json`: an ISO timestamp with ':' made filename-safe. */
const BACKUP_NAME = /^data-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z\.json$/;

export class BackupError extends Error {
  constructor(
    readonly code: 'invalid-name' | 'not-found' | 'invalid-backup',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** An ISO timestamp safe in file names on every platform (Windows forbids ':'). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-');
}

export const backupNameFor = (date: Date): string => `data-${fileStamp(date)}.json`;

/**
 * True only for a name of exactly our backup pattern. It is also the path-traversal guard:
 * a name that passes has no separators, no `..` and cannot be absolute.
 */
export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name) && backupDate(name) !== undefined;
}

/** When a backup was taken, from its name; undefined when the name is not a real timestamp. */
export function backupDate(name: string): Date | undefined {
  const m = BACKUP_NAME.exec(name);
  if (!m) return undefined;
  const iso = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
  const date = new Date(iso);
  // Rejects 2024-02-30 and 25:00 rather than letting Date roll them over.
  return !Number.isNaN(date.getTime()) && date.toISOString() === iso ? date : undefined;
}

export const backupsDir = (dir: string): string => join(dir, BACKUP_FOLDER);

/**
 * Which backups to keep: the newest KEEP_TODAY from the UTC day of `now`, plus the newest of
 * each earlier day, at most KEEP_TOTAL in all, newest first. Names that are not backups are
 * neither kept nor removed (they are not ours to delete). UTC so the result does not depend
 * on the machine's time zone. Backups dated after `now` (the clock was moved back) count as
 * days of their own, one kept per day.
 */
export function planBackupRetention(names: readonly string[], now: Date): { keep: string[]; remove: string[] } {
  const today = now.toISOString().slice(0, 10);
  // Fixed-width timestamps: the name order is the time order.
  const newestFirst = [...new Set(names.filter(isBackupName))].sort().reverse();
  const keep: string[] = [];
  const remove: string[] = [];
  const daysSeen = new Set<string>();
  let fromToday = 0;
  for (const name of newestFirst) {
    const day = name.slice('data-'.length, 'data-'.length + 10);
    let wanted: boolean;
    if (day === today) {
      wanted = fromToday < KEEP_TODAY;
      fromToday++;
    } else {
      wanted = !daysSeen.has(day);
      daysSeen.add(day);
    }
    if (wanted && keep.length < KEEP_TOTAL) keep.push(name);
    else remove.push(name);
  }
  return { keep, remove };
}

async function backupNames(ops: FileOps, dir: string): Promise<string[]> {
  try {
    return (await ops.readdir(backupsDir(dir))).filter(isBackupName);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

/**
 * Writes `bytes` durably as a new backup taken at `now`. Two backups in the same millisecond
 * would share a name, so the later one moves on a millisecond: a backup never overwrites another.
 */
export async function createBackup(ops: FileOps, dir: string, bytes: Uint8Array, now: Date): Promise<BackupInfo> {
  const folder = backupsDir(dir);
  if (!(await exists(ops, folder))) {
    await ops.mkdir(folder);
    // A new folder survives a power cut only once the folder holding it is synced as well.
    await ops.syncDir(dir);
  }
  const taken = new Set(await backupNames(ops, dir));
  let at = now.getTime();
  while (taken.has(backupNameFor(new Date(at)))) at++;
  const createdAt = new Date(at);
  const name = backupNameFor(createdAt);
  await writeFileDurable(ops, join(folder, name), bytes);
  return { name, createdAt: createdAt.toISOString(), bytes: bytes.byteLength };
}

/** Applies `planBackupRetention` to the backups folder. Returns the names removed. */
export async function pruneBackups(ops: FileOps, dir: string, now: Date): Promise<string[]> {
  const { remove } = planBackupRetention(await backupNames(ops, dir), now);
  for (const name of remove) {
    try {
      await ops.unlink(join(backupsDir(dir), name));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  return remove;
}

/** The backups, newest first. */
export async function listBackups(ops: FileOps, dir: string): Promise<BackupInfo[]> {
  const names = (await backupNames(ops, dir)).sort().reverse();
  const infos: BackupInfo[] = [];
  for (const name of names) {
    const createdAt = backupDate(name);
    if (!createdAt) continue;
    try {
      const { size } = await ops.stat(join(backupsDir(dir), name));
      infos.push({ name, createdAt: createdAt.toISOString(), bytes: size });
    } catch (error) {
      // Removed between readdir and stat (retention running): simply not listed.
      if (!isNotFound(error)) throw error;
    }
  }
  return infos;
}

/** The bytes of one backup. Refuses any name that is not exactly a backup file name. */
export async function readBackup(ops: FileOps, dir: string, name: string): Promise<Uint8Array> {
  if (!isBackupName(name)) {
    throw new BackupError('invalid-name', `"${name}" is not a backup name (expected data-<timestamp>.json)`);
  }
  try {
    return await ops.readFile(join(backupsDir(dir), name));
  } catch (error) {
    if (isNotFound(error)) throw new BackupError('not-found', `there is no backup named ${name}`);
    throw error;
  }
}

/** Removes temp files a crashed backup write left behind. */
export async function sweepBackupTemps(ops: FileOps, dir: string): Promise<string[]> {
  try {
    return await sweepTemps(ops, backupsDir(dir), isBackupName);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

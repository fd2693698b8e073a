import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { uniqueSlug } from '@shared/domain';
import { decodeRoundFile } from '@shared/rounds/decode-round-file';
import { encodeRoundFile } from '@shared/rounds/round-file';
import type { RoundEntry, RoundSnapshot } from '@shared/rounds/schema';
import { TODAY } from '@shared/rounds/types';
import { backupDate, fileStamp, listBackups } from './backups';
import { sweepTemps, writeFileDurable } from './durable-write';
import { exists, isNotFound, type FileOps } from './file-ops';

/*
 * The closed rounds' files. Each closed round is one immutable file, `rounds/<id>.json` beside
 * the data file, written once durably before the data lists it. The folder holds exactly the
 * files of the rounds the data lists: a deleted round's file (or one a crash left unlisted)
 * moves to `rounds/deleted/<id>.<stamp>.json`, where it stays while a backup may still list
 * it, so restoring that backup brings the file back. A round id is never reused while a file
 * of that id exists anywhere, so an id names one content for as long as it can be met.
 */

export const ROUNDS_FOLDER = 'rounds';
/** Parsed rounds kept in memory: enough for a comparison and the latest few rounds' views. */
export const CACHED_ROUNDS = 4;
export const DELETED_ROUNDS_FOLDER = 'deleted';

const ROUND_FILE = /^([a-z0-9][a-z0-9-]*)\.json$/;
/** `<id>.<stamp>.json`, the stamp being when the round was set aside (fileStamp). */
const DELETED_FILE = /^([a-z0-9][a-z0-9-]*)\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)\.json$/;

/** A round's file could not be used: missing, or damaged (its bytes set aside). */
export class RoundFileError extends Error {
  constructor(
    readonly roundId: string,
    readonly reason: 'missing' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'RoundFileError';
  }
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Where a stamp in a deleted file's name says it was set aside. */
function stampDate(stamp: string): Date {
  return new Date(stamp.replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3'));
}

export class RoundFiles {
  /**
   * Parsed rounds by id and digest: a round file never changes, so it is read once. Only the
   * last few used are kept: a round of a large team takes tens of megabytes in memory.
   */
  private readonly cache = new Map<string, { sha256: string; round: RoundSnapshot }>();
  /** Rounds found damaged in this run, with where their bytes were set aside. */
  private readonly damaged = new Map<string, string>();

  constructor(
    private readonly ops: FileOps,
    readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  get folder(): string {
    return join(this.dataDir, ROUNDS_FOLDER);
  }

  get deletedFolder(): string {
    return join(this.folder, DELETED_ROUNDS_FOLDER);
  }

  fileOf(id: string): string {
    return join(this.folder, `${id}.json`);
  }

  /** Ids a new round may not take: 'today', the rounds listed, and every round file kept here. */
  async takenIds(rounds: readonly RoundEntry[]): Promise<Set<string>> {
    const taken = new Set<string>([TODAY, ...rounds.map((r) => r.id)]);
    for (const file of await this.names(this.folder)) {
      const id = ROUND_FILE.exec(file)?.[1];
      if (id) taken.add(id);
    }
    for (const file of await this.names(this.deletedFolder)) {
      const id = DELETED_FILE.exec(file)?.[1];
      if (id) taken.add(id);
    }
    return taken;
  }

  /** A new round's id: a slug of its name that no listed round and no file kept here uses. */
  async newId(name: string, rounds: readonly RoundEntry[]): Promise<string> {
    return uniqueSlug(name, await this.takenIds(rounds), 'round');
  }

  /**
   * Writes the round's file durably and returns its bytes (the entry records their size and
   * digest). Refuses to replace a file that exists: a round file is written once.
   */
  async write(round: RoundSnapshot): Promise<Uint8Array> {
    const target = this.fileOf(round.id);
    await this.ensureFolder(this.folder);
    if (await exists(this.ops, target)) throw new Error(`the round file ${target} exists already`);
    const bytes = encodeRoundFile(round);
    await writeFileDurable(this.ops, target, bytes);
    this.remember(round.id, sha256Of(bytes), round);
    return bytes;
  }

  /** Removes a file `write` made for a round the data never came to list. */
  async discard(id: string): Promise<void> {
    this.cache.delete(id);
    await this.ops.unlink(this.fileOf(id)).catch(() => undefined);
  }

  /**
   * The round the entry lists, checked against its size and digest. A damaged file is moved
   * aside byte for byte (never deleted) and reported; the entry stays, so the round is said
   * to be damaged rather than silently gone.
   */
  async read(entry: RoundEntry): Promise<RoundSnapshot> {
    const cached = this.cache.get(entry.id);
    if (cached && cached.sha256 === entry.sha256) {
      this.remember(entry.id, cached.sha256, cached.round);
      return cached.round;
    }
    const file = this.fileOf(entry.id);
    let bytes: Uint8Array;
    try {
      bytes = await this.ops.readFile(file);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      throw new RoundFileError(entry.id, 'missing', await this.missingMessage(entry));
    }
    const decoded = bytes.byteLength === entry.bytes ? this.decode(bytes, entry) : undefined;
    if (decoded?.ok) {
      this.remember(entry.id, entry.sha256, decoded.round);
      return decoded.round;
    }
    const why = decoded
      ? decoded.message
      : `the file has ${bytes.byteLength} bytes, the round was written with ${entry.bytes}`;
    const aside = await this.quarantine(entry.id);
    throw new RoundFileError(
      entry.id,
      'damaged',
      `the file of round "${entry.name}" is damaged (${why}); its bytes were kept as ${aside}`,
    );
  }

  /**
   * The size and digest are checked here with Node's native SHA-256 (the shared decoder's
   * plain-TypeScript one is many times slower on a large team), then the content without
   * the entry, then the id.
   */
  private decode(
    bytes: Uint8Array,
    entry: RoundEntry,
  ): { ok: true; round: RoundSnapshot } | { ok: false; message: string } {
    if (sha256Of(bytes) !== entry.sha256) {
      return { ok: false, message: `sha256: the file's content is not what the round was closed with` };
    }
    const decoded = decodeRoundFile(bytes);
    if (decoded.ok && decoded.round.id !== entry.id) {
      return { ok: false, message: `id: the file holds round "${decoded.round.id}", not "${entry.id}"` };
    }
    return decoded;
  }

  /**
   * Sets a deleted round's file aside (kept while a backup may list it). The data must no
   * longer list the round. A round whose file is missing has nothing to move.
   */
  async setAside(id: string): Promise<void> {
    await this.ensureFolder(this.deletedFolder);
    const target = join(this.deletedFolder, `${id}.${fileStamp(this.now())}.json`);
    try {
      await this.ops.rename(this.fileOf(id), target);
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    await this.ops.syncDir(this.deletedFolder);
    await this.ops.syncDir(this.folder);
  }

  /** Keeps `round` as the most recently used, dropping the least recently used beyond CACHED_ROUNDS. */
  private remember(id: string, sha256: string, round: RoundSnapshot): void {
    this.cache.delete(id);
    this.cache.set(id, { sha256, round });
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= CACHED_ROUNDS) break;
      this.cache.delete(oldest);
    }
  }

  /** Brings back the newest set-aside file of `id`; false when there is none. */
  async bringBack(id: string): Promise<boolean> {
    const newest = (await this.names(this.deletedFolder))
      .filter((name) => DELETED_FILE.exec(name)?.[1] === id)
      .sort()
      .at(-1);
    if (newest === undefined) return false;
    await this.ensureFolder(this.folder);
    await this.ops.rename(join(this.deletedFolder, newest), this.fileOf(id));
    await this.ops.syncDir(this.folder);
    await this.ops.syncDir(this.deletedFolder);
    return true;
  }

  /**
   * Makes the folder hold exactly the files of the rounds listed: unlisted files (a close a
   * crash cut short, rounds a restore took back) are set aside, listed ones that were set
   * aside come back. Run at start and whenever the data is replaced wholesale.
   */
  async reconcile(rounds: readonly RoundEntry[]): Promise<void> {
    const listed = new Set(rounds.map((r) => r.id));
    const present = new Set<string>();
    for (const name of await this.names(this.folder)) {
      const id = ROUND_FILE.exec(name)?.[1];
      if (id === undefined) continue;
      if (listed.has(id)) present.add(id);
      else await this.setAside(id);
    }
    for (const id of listed) if (!present.has(id)) await this.bringBack(id);
  }

  /**
   * At start: removes temp files of cut-short round writes, reconciles with the rounds
   * listed, and prunes set-aside files older than the oldest backup (no backup can list
   * them: every backup listing a round was taken before it was set aside).
   */
  async open(rounds: readonly RoundEntry[]): Promise<void> {
    if (await exists(this.ops, this.folder)) {
      await sweepTemps(this.ops, this.folder, (target) => ROUND_FILE.test(target));
    }
    await this.reconcile(rounds);
    const [oldest] = (await listBackups(this.ops, this.dataDir)).slice(-1);
    const oldestAt = oldest ? backupDate(oldest.name) : undefined;
    for (const name of await this.names(this.deletedFolder)) {
      const match = DELETED_FILE.exec(name);
      if (!match) continue;
      if (oldestAt === undefined || stampDate(match[2]!).getTime() < oldestAt.getTime()) {
        await this.ops.unlink(join(this.deletedFolder, name)).catch(() => undefined);
      }
    }
  }

  /** Renames the damaged file aside, as the data file's recovery keeps an unreadable file. */
  private async quarantine(id: string): Promise<string> {
    const already = this.damaged.get(id);
    if (already) return already;
    let at = this.now().getTime();
    let target = `${this.fileOf(id)}.corrupt-${fileStamp(new Date(at))}`;
    while (await exists(this.ops, target)) target = `${this.fileOf(id)}.corrupt-${fileStamp(new Date(++at))}`;
    await this.ops.rename(this.fileOf(id), target);
    await this.ops.syncDir(this.folder);
    this.damaged.set(id, target);
    return target;
  }

  private async missingMessage(entry: RoundEntry): Promise<string> {
    const aside = this.damaged.get(entry.id);
    if (aside) return `the file of round "${entry.name}" was damaged; its bytes were kept as ${aside}`;
    const corrupt = (await this.names(this.folder)).filter((n) => n.startsWith(`${entry.id}.json.corrupt-`));
    const kept = corrupt.length > 0 ? `; a damaged copy was kept as ${join(this.folder, corrupt.sort().at(-1)!)}` : '';
    return `the file of round "${entry.name}" (${this.fileOf(entry.id)}) is missing${kept}`;
  }

  /** A new folder's entry is durable only once its parent is synced. */
  private async ensureFolder(folder: string): Promise<void> {
    if (await exists(this.ops, folder)) return;
    await this.ops.mkdir(folder);
    await this.ops.syncDir(join(folder, '..'));
  }

  private async names(folder: string): Promise<string[]> {
    try {
      return await this.ops.readdir(folder);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }
}

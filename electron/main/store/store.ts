import { join } from 'node:path';
import { Low } from 'lowdb';
import type { AppData } from '@shared/data';
import type { BackupInfo, RecoveryNotice } from '@shared/ipc';
import {
  BackupError,
  backupDate,
  createBackup,
  fileStamp,
  listBackups,
  pruneBackups,
  readBackup,
  sweepBackupTemps,
} from './backups';
import { sweepTemps, writeFileDurable } from './durable-write';
import { StoreRefusedError, StoreWriteError, UnconfirmedWriteError } from './errors';
import { exists, isNotFound, nodeFileOps, type FileOps } from './file-ops';
import { DurableJsonAdapter } from './json-adapter';
import { decodeDataBytes, MAX_DATA_FILE_BYTES, tooLargeMessage, type Migrate } from './load';
import { RoundFiles } from './rounds';
import { trusted, validated } from './validate';

export const DEFAULT_DATA_FILE = 'gapwise-data.json';

/** Before a write, the state it replaces is backed up when the newest backup is older than this. */
export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export interface OpenStoreOptions {
  dir: string;
  ops?: FileOps;
  now?: () => Date;
  /** First-run data (and what a corrupt file is replaced with when no backup is valid). */
  initial: () => AppData;
  fileName?: string;
  /**
   * Told about failures that do not stop the store: a backup that could not be taken or
   * pruned after a successful write. Defaults to console.warn.
   */
  onBackgroundError?: (error: unknown) => void;
  /** The schema migrations; tests pass synthetic ones (the real list starts empty at version 1). */
  migrate?: Migrate;
}

export interface AppStore {
  readonly dataFile: string;
  readonly dir: string;
  /** The closed rounds' files beside the data file (`rounds/`). */
  readonly rounds: RoundFiles;
  /** The current data, deep-frozen: changes go through `update`, which returns a new object. */
  data(): AppData;
  /**
   * Applies `change` (which must return new data, not mutate) and resolves once a write
   * containing it is durable. Rejects with StoreValidationError (nothing changed) or
   * StoreWriteError (rolled back to the last durable state).
   */
  update(change: (current: AppData) => AppData): Promise<AppData>;
  listBackups(): Promise<BackupInfo[]>;
  /** Backs up the data as last written, now (File → Back up now); no new file when the newest backup holds the same. */
  backupNow(): Promise<BackupInfo[]>;
  /** Backs up the current data, then makes the backup `name` current. Rejects with BackupError for a bad name or file. */
  restoreBackup(name: string): Promise<AppData>;
  /** Resolves when every update made so far has been written (or has failed). */
  flush(): Promise<void>;
}

interface PendingUpdate {
  data: AppData;
  resolve: (data: AppData) => void;
  reject: (error: unknown) => void;
}

/**
 * Opens (or creates) the data file in `dir`. A missing file is a first run; a corrupt or
 * invalid one (or one too large to read, see MAX_DATA_FILE_BYTES) is moved aside byte for
 * byte and the newest valid backup restored (the returned notice says so); a file from a
 * newer Gapwise is refused untouched with StoreRefusedError.
 */
export async function openStore(
  options: OpenStoreOptions,
): Promise<{ store: AppStore; recovery: RecoveryNotice | null; upgradeChanges: string[] }> {
  const ops = options.ops ?? nodeFileOps;
  const now = options.now ?? (() => new Date());
  const dir = options.dir;
  const dataFile = join(dir, options.fileName ?? DEFAULT_DATA_FILE);
  const onBackgroundError = options.onBackgroundError ?? ((error) => console.warn('gapwise store:', error));

  await ops.mkdir(dir);
  const base = options.fileName ?? DEFAULT_DATA_FILE;
  // Temp files of the data file, and of a quarantined copy a crash cut short.
  await sweepTemps(ops, dir, (target) => target === base || target.startsWith(`${base}.corrupt-`));
  await sweepBackupTemps(ops, dir);

  const backups = new Backups(ops, dir, now);
  await backups.init();
  const found = await readDataFile(ops, dataFile);
  let data: AppData;
  let recovery: RecoveryNotice | null = null;
  /** What upgrading an older file changed in it, for the user to see. */
  let upgradeChanges: string[] = [];

  /** Sets the unreadable file aside and carries on from the newest valid backup, or the initial data. */
  const recover = async (reason: string, bytes?: Uint8Array): Promise<{ data: AppData; recovery: RecoveryNotice }> => {
    const quarantinedTo = await quarantine(ops, dataFile, now(), bytes);
    const restored = await newestValidBackup(ops, dir, options.migrate);
    const data = restored?.data ?? checkedInitial(options.initial);
    await writeFileDurable(ops, dataFile, JSON.stringify(data));
    return { data, recovery: { reason, quarantinedTo, restoredFrom: restored?.name ?? null } };
  };

  if (found === undefined) {
    data = checkedInitial(options.initial);
    await writeFileDurable(ops, dataFile, JSON.stringify(data));
  } else if (found.bytes === undefined) {
    ({ data, recovery } = await recover(tooLargeMessage(found.size)));
  } else {
    const { bytes } = found;
    const decoded = decodeDataBytes(bytes, options.migrate);
    if (decoded.ok) {
      data = decoded.data;
      upgradeChanges = decoded.changes;
      if (decoded.migrated) {
        // The original must be recoverable before it is replaced: a failed backup stops here.
        await backups.take(bytes);
        await writeFileDurable(ops, dataFile, JSON.stringify(data));
      } else {
        await backups.take(bytes).catch(onBackgroundError);
      }
    } else if (decoded.kind === 'newer-version') {
      throw new StoreRefusedError(dataFile, decoded.message);
    } else {
      ({ data, recovery } = await recover(decoded.message, bytes));
    }
  }

  // The rounds folder is made to hold exactly the rounds the data lists (a recovery may have
  // gone back to a backup listing other rounds than the file did).
  const rounds = new RoundFiles(ops, dir, now);
  await rounds.open(data.rounds);

  // Fresh from AppData.parse (decoding, a backup or the initial data): frozen and known good.
  const store = new DurableStore(
    ops,
    dir,
    dataFile,
    trusted(data),
    backups,
    rounds,
    onBackgroundError,
    options.migrate,
  );
  return { store, recovery, upgradeChanges };
}

class DurableStore implements AppStore {
  private current: AppData;
  /** The last data known to be on disk: what a failed write rolls back to. */
  private durable: AppData;
  private readonly db: Low<AppData>;
  private readonly adapter: DurableJsonAdapter;
  /** Updates applied in memory but not yet handed to a write. */
  private pending: PendingUpdate[] = [];
  private writing = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly ops: FileOps,
    readonly dir: string,
    readonly dataFile: string,
    data: AppData,
    private readonly backups: Backups,
    readonly rounds: RoundFiles,
    private readonly onBackgroundError: (error: unknown) => void,
    private readonly migrate?: Migrate,
  ) {
    this.current = data;
    this.durable = data;
    this.adapter = new DurableJsonAdapter(ops, dataFile);
    this.db = new Low(this.adapter, data);
  }

  data(): AppData {
    return this.current;
  }

  update(change: (current: AppData) => AppData): Promise<AppData> {
    let next: AppData;
    try {
      next = validated(change(this.current));
    } catch (error) {
      return Promise.reject(error);
    }
    this.current = next;
    return new Promise((resolve, reject) => {
      this.pending.push({ data: next, resolve, reject });
      void this.drain();
    });
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.ops, this.dir);
  }

  async backupNow(): Promise<BackupInfo[]> {
    await this.flush();
    await this.backups.take(Buffer.from(this.adapter.lastWrittenText ?? JSON.stringify(this.durable), 'utf8'));
    return this.listBackups();
  }

  async restoreBackup(name: string): Promise<AppData> {
    const decoded = decodeDataBytes(await readBackup(this.ops, this.dir, name), this.migrate);
    if (!decoded.ok) {
      throw new BackupError('invalid-backup', `the backup ${name} cannot be restored: ${decoded.message}`);
    }
    await this.flush();
    // The restore replaces everything; the data it replaces must be restorable in turn.
    await this.backups.take(Buffer.from(JSON.stringify(this.current), 'utf8'));
    const restored = decoded.data;
    const data = await this.update(() => restored);
    // The backup's rounds come back from where their files were set aside; later ones go aside.
    await this.rounds.reconcile(data.rounds);
    return data;
  }

  flush(): Promise<void> {
    if (!this.writing && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * The single writer: one write in flight; whatever arrives meanwhile is batched into one
   * following write of the latest state.
   */
  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      const snapshot = this.current;
      this.db.data = snapshot;
      await this.backupBeforeWrite();
      try {
        await this.db.write();
      } catch (error) {
        if (error instanceof UnconfirmedWriteError) {
          // The file holds this state: keep it, as the next start would show it, and say the
          // change is not confirmed. Rolling back would show one thing and keep another.
          this.durable = snapshot;
          for (const update of batch) update.reject(new StoreWriteError(error));
        } else {
          this.failed(batch, error);
        }
        continue;
      }
      this.durable = snapshot;
      for (const update of batch) update.resolve(update.data);
    }
    this.writing = false;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * Rolls back to the last durable state. Updates queued behind the failed write were made
   * on top of it, so they fail too: nothing is left showing that was never saved.
   */
  private failed(batch: PendingUpdate[], cause: unknown): void {
    const casualties = [...batch, ...this.pending];
    this.pending = [];
    this.current = this.durable;
    this.db.data = this.durable;
    for (const update of casualties) update.reject(new StoreWriteError(cause));
  }

  /**
   * When the newest backup is over an hour old (or there is none), the state about to be
   * replaced is backed up first: a backup is a restore point from before a change.
   */
  private async backupBeforeWrite(): Promise<void> {
    if (!this.backups.isDue()) return;
    const text = this.adapter.lastWrittenText ?? JSON.stringify(this.durable);
    await this.backups.take(Buffer.from(text, 'utf8')).catch(this.onBackgroundError);
  }
}

/** Backups taken by the store: one at a time, pruned after each, remembering when the last was taken. */
class Backups {
  private newest: Date | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ops: FileOps,
    private readonly dir: string,
    private readonly now: () => Date,
  ) {}

  async init(): Promise<void> {
    const [newest] = await listBackups(this.ops, this.dir);
    this.newest = newest ? backupDate(newest.name) : undefined;
  }

  /** True when there is no backup, the newest is over an hour old, or it is dated in the future (clock changed). */
  isDue(): boolean {
    if (!this.newest) return true;
    const age = this.now().getTime() - this.newest.getTime();
    return age > BACKUP_INTERVAL_MS || age < 0;
  }

  /**
   * Backs up `bytes` unless the newest backup already holds exactly them: reopening an
   * unchanged file must not push the day's earlier, different backups out of retention.
   */
  take(bytes: Uint8Array): Promise<void> {
    const run = this.queue.then(async () => {
      if (await this.sameAsNewest(bytes)) return;
      const now = this.now();
      const info = await createBackup(this.ops, this.dir, bytes, now);
      this.newest = new Date(info.createdAt);
      await pruneBackups(this.ops, this.dir, now);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async sameAsNewest(bytes: Uint8Array): Promise<boolean> {
    const [newest] = await listBackups(this.ops, this.dir);
    if (!newest || newest.bytes !== bytes.byteLength) return false;
    return Buffer.from(await readBackup(this.ops, this.dir, newest.name)).equals(bytes);
  }
}

/**
 * The data file's size and bytes; undefined when there is none. A file over
 * MAX_DATA_FILE_BYTES is not read (its bytes are undefined): it could only fail to decode.
 */
async function readDataFile(
  ops: FileOps,
  file: string,
): Promise<{ size: number; bytes: Uint8Array | undefined } | undefined> {
  try {
    const { size } = await ops.stat(file);
    if (size > MAX_DATA_FILE_BYTES) return { size, bytes: undefined };
    const bytes = await ops.readFile(file);
    return { size: bytes.byteLength, bytes };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * Sets the unreadable file aside, so its bytes are kept exactly for the user (or support)
 * to inspect. Never overwrites an earlier quarantined file.
 *
 * The bytes already read are written to the new name durably, and the data file is only
 * replaced afterwards (by an atomic rename over it): there is no moment without a data
 * file, so a crash during recovery cannot make the next start look like a first run. A
 * file too large to read is renamed aside instead.
 */
async function quarantine(ops: FileOps, dataFile: string, now: Date, bytes?: Uint8Array): Promise<string> {
  let at = now.getTime();
  let target = `${dataFile}.corrupt-${fileStamp(new Date(at))}`;
  while (await exists(ops, target)) {
    target = `${dataFile}.corrupt-${fileStamp(new Date(++at))}`;
  }
  if (bytes === undefined) await ops.rename(dataFile, target);
  else await writeFileDurable(ops, target, bytes);
  return target;
}

/** The newest backup that decodes to valid current data; unreadable ones are skipped. */
async function newestValidBackup(
  ops: FileOps,
  dir: string,
  migrate?: Migrate,
): Promise<{ name: string; data: AppData } | undefined> {
  for (const { name } of await listBackups(ops, dir)) {
    try {
      const decoded = decodeDataBytes(await readBackup(ops, dir, name), migrate);
      if (decoded.ok) return { name, data: decoded.data };
    } catch {
      // An unreadable backup is as good as a corrupt one: try the next.
    }
  }
  return undefined;
}

function checkedInitial(initial: () => AppData): AppData {
  try {
    return validated(initial());
  } catch (error) {
    throw new Error(`the initial data is invalid: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Frozen so no caller can change the data in place and bypass validation and the write. */

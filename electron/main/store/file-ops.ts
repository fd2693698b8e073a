import { open, mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';

/** An open file the store writes to: every byte goes through `write`, durability through `sync`. */
export interface WritableFile {
  /** Writes all of `data` at the current position (short writes are continued, not returned). */
  write(data: Uint8Array): Promise<void>;
  /** fsync: the file's bytes are on the disk, not only in the page cache, once this resolves. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The few filesystem operations the store uses. Everything that matters for durability
 * (open, write, fsync, close, rename, fsync of the folder) goes through here, so tests can
 * record the order of operations, inject failures, or simulate a power cut.
 */
export interface FileOps {
  /** `wx`: create, failing with EEXIST if the file exists (temp files are never shared). */
  open(path: string, flags: 'wx'): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Entry names in `dir` (not paths). */
  readdir(dir: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** Creates `dir` and its parents; no error if it exists. */
  mkdir(dir: string): Promise<void>;
  stat(path: string): Promise<{ size: number; mtimeMs: number }>;
  /**
   * fsync of a folder, so a rename into it survives a power cut. A no-op where the platform
   * cannot open or sync folders (Windows), where rename durability is the filesystem's job.
   */
  syncDir(dir: string): Promise<void>;
}

/** What opening or syncing a folder fails with on platforms that do not support it. */
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL']);

const isUnsupported = (error: unknown): boolean =>
  error instanceof Error && DIR_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '');

export const nodeFileOps: FileOps = {
  async open(path, flags) {
    // 0600: the data describes people; other accounts on the machine have no business reading it.
    const handle = await open(path, flags, 0o600);
    return {
      async write(data) {
        let offset = 0;
        while (offset < data.byteLength) {
          const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  readdir: (dir) => readdir(dir),
  readFile: (path) => readFile(path),
  async mkdir(dir) {
    await mkdir(dir, { recursive: true });
  },
  async stat(path) {
    const s = await stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  },
  async syncDir(dir) {
    let handle;
    try {
      handle = await open(dir, 'r');
      await handle.sync();
    } catch (error) {
      if (!isUnsupported(error)) throw error;
    } finally {
      await handle?.close();
    }
  },
};

/** True for a missing file or folder (ENOENT), the one read error the store expects. */
export function isNotFound(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** True when `path` exists (any kind of entry); other errors than "not found" are thrown. */
export async function exists(ops: FileOps, path: string): Promise<boolean> {
  try {
    await ops.stat(path);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

import { resolve, sep } from 'node:path';
import type { FileOps, WritableFile } from '../../electron/main/store';

/**
 * A FileOps double modelling a disk behind a page cache, for power-cut tests.
 *
 * - A file's bytes are volatile until the file is fsynced (`sync`).
 * - Creating, renaming or removing an entry (and `mkdir`) is volatile until the folder holding
 *   it is fsynced (`syncDir`).
 * - While "running", every read sees the current (volatile) view, as a real page cache does.
 * - `crashAt(k)`: the operation with index k, and every one after it, throws: the process is gone.
 *   A write that crashes first lands half of its bytes (a torn write).
 * - Afterwards, `afterPowerLoss()` is the disk as it comes back after a power cut: only what
 *   was synced. `afterProcessCrash()` is the disk after the process alone died (everything the
 *   kernel was given survives). `afterMetadataOnly()` is the classic unordered case: folder
 *   changes reached the disk (the journal), unsynced file data did not.
 *
 * Files are nodes shared by reference, so a renamed file keeps its synced bytes, as an inode does.
 */

/** A disk's contents: absolute path → file bytes, or DIR for a folder. Parents are implied. */
export type DiskImage = Map<string, Uint8Array | typeof DIR>;
export const DIR = 'dir' as const;

interface FileNode {
  kind: 'file';
  /** What the page cache holds. */
  data: Uint8Array;
  /** What survives a power cut: the bytes as of the last fsync. */
  synced: Uint8Array;
  mtimeMs: number;
}

interface DirNode {
  kind: 'dir';
  entries: Map<string, Node>;
  /** The entries as of the last fsync of this folder. */
  synced: Map<string, Node>;
}

type Node = FileNode | DirNode;

/** Thrown by every operation from the crash point on. */
export class PowerCut extends Error {
  readonly code = 'EIO';
  constructor(op: string) {
    super(`simulated crash at ${op}`);
    this.name = 'PowerCut';
  }
}

const fsError = (code: string, op: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${op} '${path}'`), { code, path });

const segments = (path: string): string[] =>
  resolve(path)
    .split(/[\\/]+/)
    .filter(Boolean);
const joinSegments = (parts: readonly string[]): string => `${sep === '/' ? '/' : ''}${parts.join(sep)}`;

export class SimDisk implements FileOps {
  private readonly root: DirNode = { kind: 'dir', entries: new Map(), synced: new Map() };
  private clock = 0;
  /** Operations run so far (the index the next one gets). */
  private count = 0;
  private crashIndex = Number.POSITIVE_INFINITY;
  /** Every operation attempted, in order, as `op path` (for failure messages). */
  readonly trace: string[] = [];
  crashed = false;

  /** A disk holding `image`, all of it durable. */
  static fromImage(image: DiskImage): SimDisk {
    const disk = new SimDisk();
    for (const [path, content] of [...image].sort(([a], [b]) => a.localeCompare(b))) {
      const parts = segments(path);
      const parent = disk.ensureDirs(parts.slice(0, -1), true);
      const name = parts[parts.length - 1]!;
      if (content === DIR) {
        disk.ensureDirs(parts, true);
      } else {
        const node: FileNode = { kind: 'file', data: content, synced: content, mtimeMs: 0 };
        parent.entries.set(name, node);
        parent.synced.set(name, node);
      }
    }
    return disk;
  }

  /** Operations run so far. */
  get operations(): number {
    return this.count;
  }

  /** Crash at the `k`-th operation from now (0: the very next one). */
  crashAt(k: number): void {
    this.crashIndex = this.count + k;
  }

  afterPowerLoss(): DiskImage {
    return this.image('synced', 'synced');
  }

  afterProcessCrash(): DiskImage {
    return this.image('entries', 'data');
  }

  afterMetadataOnly(): DiskImage {
    return this.image('entries', 'synced');
  }

  // --- FileOps -------------------------------------------------------------------------------

  async open(path: string, flags: 'wx'): Promise<WritableFile> {
    this.step('open', path);
    if (flags !== 'wx') throw new Error(`SimDisk supports only wx, not ${String(flags)}`);
    const { parent, name } = this.parentOf(path, 'open');
    if (parent.entries.has(name)) throw fsError('EEXIST', 'open', path);
    const node: FileNode = { kind: 'file', data: new Uint8Array(0), synced: new Uint8Array(0), mtimeMs: this.tick() };
    parent.entries.set(name, node);
    let closed = false;
    const append = (bytes: Uint8Array): void => {
      const next = new Uint8Array(node.data.length + bytes.length);
      next.set(node.data);
      next.set(bytes, node.data.length);
      node.data = next;
      node.mtimeMs = this.tick();
    };
    const live = (op: string, onCrash?: () => void): void => {
      this.step(op, path, onCrash);
      if (closed) throw fsError('EBADF', op, path);
    };
    return {
      write: async (data) => {
        // A torn write: the page cache got part of the data before the process died.
        live('write', () => append(data.subarray(0, data.length >> 1)));
        append(data);
      },
      sync: async () => {
        live('fsync');
        node.synced = node.data;
      },
      close: async () => {
        live('close');
        closed = true;
      },
    };
  }

  async rename(from: string, to: string): Promise<void> {
    this.step('rename', `${from} -> ${to}`);
    const source = this.parentOf(from, 'rename');
    const node = source.parent.entries.get(source.name);
    if (!node) throw fsError('ENOENT', 'rename', from);
    if (node.kind === 'dir') throw new Error('SimDisk does not rename folders');
    const target = this.parentOf(to, 'rename');
    if (target.parent.entries.get(target.name)?.kind === 'dir') throw fsError('EISDIR', 'rename', to);
    source.parent.entries.delete(source.name);
    target.parent.entries.set(target.name, node);
  }

  async unlink(path: string): Promise<void> {
    this.step('unlink', path);
    const { parent, name } = this.parentOf(path, 'unlink');
    const node = parent.entries.get(name);
    if (!node) throw fsError('ENOENT', 'unlink', path);
    if (node.kind === 'dir') throw fsError('EISDIR', 'unlink', path);
    parent.entries.delete(name);
  }

  async readdir(dir: string): Promise<string[]> {
    this.step('readdir', dir);
    return [...this.dirAt(dir, 'readdir').entries.keys()];
  }

  async readFile(path: string): Promise<Uint8Array> {
    this.step('readFile', path);
    const node = this.lookup(path);
    if (!node) throw fsError('ENOENT', 'open', path);
    if (node.kind === 'dir') throw fsError('EISDIR', 'read', path);
    return Uint8Array.from(node.data);
  }

  async mkdir(dir: string): Promise<void> {
    this.step('mkdir', dir);
    this.ensureDirs(segments(dir), false);
  }

  async stat(path: string): Promise<{ size: number; mtimeMs: number }> {
    this.step('stat', path);
    const node = this.lookup(path);
    if (!node) throw fsError('ENOENT', 'stat', path);
    return node.kind === 'file' ? { size: node.data.length, mtimeMs: node.mtimeMs } : { size: 0, mtimeMs: 0 };
  }

  async syncDir(dir: string): Promise<void> {
    this.step('fsync-dir', dir);
    const node = this.dirAt(dir, 'open');
    node.synced = new Map(node.entries);
  }

  // --- internals ------------------------------------------------------------------------------

  /** Counts an operation, or throws when the process has crashed (or crashes now). */
  private step(op: string, path: string, onCrash?: () => void): void {
    this.trace.push(`${op} ${path}`);
    if (this.crashed || this.count >= this.crashIndex) {
      // Only the operation the crash interrupts gets to do part of its work.
      if (!this.crashed) onCrash?.();
      this.crashed = true;
      throw new PowerCut(`${op} ${path}`);
    }
    this.count++;
  }

  private tick(): number {
    return ++this.clock;
  }

  private lookup(path: string): Node | undefined {
    let node: Node = this.root;
    for (const part of segments(path)) {
      if (node.kind !== 'dir') return undefined;
      const next: Node | undefined = node.entries.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node;
  }

  private dirAt(path: string, op: string): DirNode {
    const node = this.lookup(path);
    if (!node) throw fsError('ENOENT', op, path);
    if (node.kind !== 'dir') throw fsError('ENOTDIR', op, path);
    return node;
  }

  private parentOf(path: string, op: string): { parent: DirNode; name: string } {
    const parts = segments(path);
    return { parent: this.dirAt(joinSegments(parts.slice(0, -1)), op), name: parts[parts.length - 1]! };
  }

  /** mkdir -p; `durable` for building an image (no fsync needed). */
  private ensureDirs(parts: readonly string[], durable: boolean): DirNode {
    let dir = this.root;
    for (const [i, part] of parts.entries()) {
      const existing = dir.entries.get(part);
      if (existing?.kind === 'file') throw fsError('ENOTDIR', 'mkdir', joinSegments(parts.slice(0, i + 1)));
      if (existing) {
        dir = existing;
        continue;
      }
      const created: DirNode = { kind: 'dir', entries: new Map(), synced: new Map() };
      dir.entries.set(part, created);
      if (durable) dir.synced.set(part, created);
      dir = created;
    }
    return dir;
  }

  /** Walks the tree through `entriesOf` folders, taking each file's `bytesOf` content. */
  private image(entriesOf: 'entries' | 'synced', bytesOf: 'data' | 'synced'): DiskImage {
    const out: DiskImage = new Map();
    const walk = (dir: DirNode, parts: string[]): void => {
      for (const [name, node] of [...dir[entriesOf]].sort(([a], [b]) => a.localeCompare(b))) {
        const path = joinSegments([...parts, name]);
        if (node.kind === 'dir') {
          out.set(path, DIR);
          walk(node, [...parts, name]);
        } else {
          out.set(path, node[bytesOf]);
        }
      }
    };
    walk(this.root, []);
    return out;
  }
}

/** The files of an image under `dir` whose names match `pattern`, with their bytes. */
export function filesIn(image: DiskImage, dir: string, pattern: RegExp = /./): Map<string, Uint8Array> {
  const prefix = joinSegments(segments(dir));
  const out = new Map<string, Uint8Array>();
  for (const [path, content] of image) {
    const parts = segments(path);
    if (content === DIR || joinSegments(parts.slice(0, -1)) !== prefix) continue;
    const name = parts[parts.length - 1]!;
    if (pattern.test(name)) out.set(name, content);
  }
  return out;
}

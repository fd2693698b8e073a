import { isAbsolute, relative } from 'node:path';
import type { FileOps } from '../../electron/main/store';

/**
 * How a folder fails, as Node's fs reports it: a full disk refuses the bytes written, a
 * read-only disk or a folder without permission refuses creating, renaming and removing.
 */
const FAILURES = {
  ENOSPC: { errno: -28, text: 'no space left on device', ops: ['write'] },
  EROFS: { errno: -30, text: 'read-only file system', ops: ['open', 'rename', 'unlink'] },
  EACCES: { errno: -13, text: 'permission denied', ops: ['open', 'rename', 'unlink'] },
} as const;

export type FolderFailure = keyof typeof FAILURES;

export interface FailingFolders extends FileOps {
  /** From now on, `folder` and everything under it fails as `failure` says. */
  fail(folder: string, failure: FolderFailure): void;
}

const isWithin = (folder: string, path: string): boolean => {
  const rest = relative(folder, path);
  return !rest.startsWith('..') && !isAbsolute(rest);
};

/** The error Node's fs gives for `syscall` on `path` (write errors name no path). */
function fsError(failure: FolderFailure, syscall: string, path: string): NodeJS.ErrnoException {
  const { errno, text } = FAILURES[failure];
  const where = syscall === 'write' ? '' : ` '${path}'`;
  return Object.assign(new Error(`${failure}: ${text}, ${syscall}${where}`), {
    errno,
    code: failure,
    syscall,
    ...(syscall === 'write' ? {} : { path }),
  });
}

/** `ops` whose folders can be made to fail the way a real disk does, so a refusal comes from the real code. */
export function failingFolders(ops: FileOps): FailingFolders {
  const broken = new Map<string, FolderFailure>();
  const check = (syscall: 'open' | 'write' | 'rename' | 'unlink', path: string): void => {
    for (const [folder, failure] of broken) {
      if (isWithin(folder, path) && (FAILURES[failure].ops as readonly string[]).includes(syscall)) {
        throw fsError(failure, syscall, path);
      }
    }
  };
  return {
    fail: (folder, failure) => void broken.set(folder, failure),
    async open(path, flags) {
      check('open', path);
      const file = await ops.open(path, flags);
      return {
        write: async (data) => {
          check('write', path);
          await file.write(data);
        },
        sync: () => file.sync(),
        close: () => file.close(),
      };
    },
    async rename(from, to) {
      check('rename', from);
      check('rename', to);
      await ops.rename(from, to);
    },
    async unlink(path) {
      check('unlink', path);
      await ops.unlink(path);
    },
    readdir: (dir) => ops.readdir(dir),
    readFile: (path) => ops.readFile(path),
    mkdir: (dir) => ops.mkdir(dir),
    stat: (path) => ops.stat(path),
    syncDir: (dir) => ops.syncDir(dir),
  };
}

import { mkdir, readFile, stat } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nodeFileOps } from '@main/store';
import { ioError, useTempDirs } from './helpers';

/** Lets a test make `open` of a folder fail the way it does on Windows, without touching other opens. */
const dirOpenFailure = vi.hoisted(() => ({ error: undefined as Error | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (flags === 'r' && dirOpenFailure.error) throw dirOpenFailure.error;
      return actual.open(path, flags, mode);
    }) as typeof actual.open,
  };
});

const tempDir = useTempDirs();

describe('nodeFileOps', () => {
  it('syncs a real folder', async () => {
    const dir = await tempDir();
    dirOpenFailure.error = undefined;
    await expect(nodeFileOps.syncDir(dir)).resolves.toBeUndefined();
  });

  it('ignores folder sync where the platform cannot do it (EISDIR, EPERM, EINVAL)', async () => {
    const dir = await tempDir();
    for (const code of ['EISDIR', 'EPERM', 'EINVAL']) {
      dirOpenFailure.error = ioError(code);
      await expect(nodeFileOps.syncDir(dir)).resolves.toBeUndefined();
    }
  });

  it('does not hide other folder sync errors', async () => {
    const dir = await tempDir();
    dirOpenFailure.error = ioError('EIO');
    await expect(nodeFileOps.syncDir(dir)).rejects.toMatchObject({ code: 'EIO' });
    dirOpenFailure.error = undefined;
  });

  it('creates files exclusively and private to the user, writing every byte', async () => {
    const dir = await tempDir();
    const path = join(dir, 'f.bin');
    const file = await nodeFileOps.open(path, 'wx');
    await file.write(new Uint8Array([1, 2, 3]));
    await file.write(new Uint8Array([4]));
    await file.sync();
    await file.close();
    expect([...(await readFile(path))]).toEqual([1, 2, 3, 4]);
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    await expect(nodeFileOps.open(path, 'wx')).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('mkdir is recursive and tolerates an existing folder', async () => {
    const dir = await tempDir();
    const nested = join(dir, 'a', 'b');
    await nodeFileOps.mkdir(nested);
    await nodeFileOps.mkdir(nested);
    await mkdir(join(nested, 'c'));
    expect((await nodeFileOps.readdir(nested)).sort()).toEqual(['c']);
  });
});

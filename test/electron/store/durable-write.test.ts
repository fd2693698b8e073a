import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileOps, sweepOrphanTemps, UnconfirmedWriteError, writeFileDurable } from '@main/store';
import { ioError, recordingOps, useTempDirs } from './helpers';

const tempDir = useTempDirs();

describe('writeFileDurable', () => {
  it('writes, fsyncs, closes, renames, then fsyncs the folder — in that order', async () => {
    const dir = await tempDir();
    const target = join(dir, 'window-state.json');
    const { ops, log } = recordingOps();
    await writeFileDurable(ops, target, '{"a":1}');
    expect(log).toEqual([
      'open <tmp:window-state.json>',
      'write <tmp:window-state.json>',
      'fsync <tmp:window-state.json>',
      'close <tmp:window-state.json>',
      'rename <tmp:window-state.json> -> window-state.json',
      `fsync-dir ${basename(dir)}`,
    ]);
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('uses a unique temp name in the same folder, created exclusively', async () => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    const { ops, calls } = recordingOps();
    await writeFileDurable(ops, target, 'one');
    await writeFileDurable(ops, target, 'two');
    const temps = calls.filter((c) => c.startsWith('open ')).map((c) => c.slice('open '.length));
    expect(temps).toHaveLength(2);
    expect(temps[0]).not.toBe(temps[1]);
    for (const temp of temps) {
      expect(temp.startsWith(join(dir, `.data.json.${process.pid}.`))).toBe(true);
      expect(temp).toMatch(/\.[0-9a-f]{12}\.tmp$/);
    }
  });

  it('writes bytes exactly, including a large multi-megabyte payload', async () => {
    const dir = await tempDir();
    const target = join(dir, 'big.bin');
    const bytes = new Uint8Array(5 * 1024 * 1024 + 7).map((_, i) => (i * 31) % 256);
    await writeFileDurable(nodeFileOps, target, bytes);
    expect(Buffer.from(await readFile(target)).equals(Buffer.from(bytes))).toBe(true);
  });

  for (const failing of ['write', 'fsync', 'close', 'rename']) {
    it(`leaves the target byte-identical and no temp file when ${failing} fails`, async () => {
      const dir = await tempDir();
      const target = join(dir, 'data.json');
      const original = Buffer.from('{"original":true}\n\u00e9', 'utf8');
      await writeFile(target, original);
      const boom = ioError('EIO', `${failing} failed`);
      const { ops, log } = recordingOps((op, path) => (op === failing && path !== target ? boom : undefined));
      await expect(writeFileDurable(ops, target, '{"new":true}')).rejects.toBe(boom);
      expect(Buffer.from(await readFile(target)).equals(original)).toBe(true);
      expect(await readdir(dir)).toEqual(['data.json']);
      // The temp file was closed (once) and removed; the folder was never synced as if done.
      expect(log).toContain('unlink <tmp:data.json>');
      expect(log.filter((l) => l === 'close <tmp:data.json>').length).toBeLessThanOrEqual(1);
      expect(log).not.toContain(`fsync-dir ${basename(dir)}`);
    });
  }

  it('does not remove a temp file it did not create (open failed)', async () => {
    const dir = await tempDir();
    const { ops, log } = recordingOps((op) => (op === 'open' ? ioError('EEXIST') : undefined));
    await expect(writeFileDurable(ops, join(dir, 'data.json'), 'x')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(log.some((l) => l.startsWith('unlink'))).toBe(false);
  });

  it('reports a failed folder fsync: the write cannot be acknowledged as durable, though the file is in place', async () => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    const { ops } = recordingOps((op) => (op === 'fsync-dir' ? ioError('EIO') : undefined));
    const error = await writeFileDurable(ops, target, 'new').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnconfirmedWriteError);
    expect((error as UnconfirmedWriteError).cause).toMatchObject({ code: 'EIO' });
    expect((error as UnconfirmedWriteError).file).toBe(target);
    expect(await readdir(dir)).toEqual(['data.json']);
    expect(await readFile(target, 'utf8')).toBe('new');
  });
});

describe('sweepOrphanTemps', () => {
  it('removes only leftover temp files of the named file', async () => {
    const dir = await tempDir();
    const names = [
      'data.json',
      '.data.json.4242.0a1b2c3d4e5f.tmp',
      '.data.json.7.ff.tmp',
      '.other.json.4242.0a1b2c3d4e5f.tmp',
      'data.json.4242.0a1b2c3d4e5f.tmp',
      '.data.json.tmp',
      'notes.tmp',
    ];
    for (const name of names) await writeFile(join(dir, name), name);
    const removed = await sweepOrphanTemps(nodeFileOps, dir, 'data.json');
    expect(removed.sort()).toEqual(['.data.json.4242.0a1b2c3d4e5f.tmp', '.data.json.7.ff.tmp']);
    expect((await readdir(dir)).sort()).toEqual(
      [
        'data.json',
        '.other.json.4242.0a1b2c3d4e5f.tmp',
        'data.json.4242.0a1b2c3d4e5f.tmp',
        '.data.json.tmp',
        'notes.tmp',
      ].sort(),
    );
    expect(await readFile(join(dir, 'data.json'), 'utf8')).toBe('data.json');
  });
});

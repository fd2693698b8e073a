import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BackupError,
  backupNameFor,
  createBackup,
  isBackupName,
  listBackups,
  nodeFileOps,
  planBackupRetention,
  pruneBackups,
  readBackup,
} from '@main/store';
import { useTempDirs, writeBackupFile } from './helpers';

const tempDir = useTempDirs();
const name = (iso: string): string => backupNameFor(new Date(iso));
const NOW = new Date('2026-03-10T15:00:00.000Z');

describe('backup names', () => {
  it('is data-<ISO timestamp with ":" replaced by "-">.json', () => {
    expect(backupNameFor(new Date('2026-03-10T09:05:07.042Z'))).toBe('data-2026-03-10T09-05-07.042Z.json');
    expect(isBackupName('data-2026-03-10T09-05-07.042Z.json')).toBe(true);
  });

  it('refuses anything else, including path traversal and impossible dates', () => {
    const refused = [
      '../x',
      'a/b',
      'a\\b',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      '../data-2026-03-10T09-05-07.042Z.json',
      'backups/data-2026-03-10T09-05-07.042Z.json',
      'data-2026-03-10T09-05-07.042Z.json/..',
      'data-2026-03-10T09:05:07.042Z.json',
      'data-2026-03-10T09-05-07.042Z.json ',
      'data-2026-03-10T09-05-07Z.json',
      'data-2026-02-30T09-05-07.042Z.json',
      'data-2026-03-10T25-05-07.042Z.json',
      '.data-2026-03-10T09-05-07.042Z.json.1.ab.tmp',
      'gapwise-data.json',
      '',
    ];
    for (const candidate of refused) expect(isBackupName(candidate), candidate).toBe(false);
  });
});

describe('planBackupRetention', () => {
  it('keeps the 3 newest from today, newest first', () => {
    const today = ['08', '09', '10', '11', '12'].map((h) => name(`2026-03-10T${h}:00:00.000Z`));
    expect(planBackupRetention(today, NOW)).toEqual({
      keep: [today[4], today[3], today[2]],
      remove: [today[1], today[0]],
    });
  });

  it('keeps the newest one of each earlier day', () => {
    const names = [
      name('2026-03-10T10:00:00.000Z'),
      name('2026-03-09T23:59:59.999Z'),
      name('2026-03-09T08:00:00.000Z'),
      name('2026-03-07T12:00:00.000Z'),
      name('2026-03-07T13:00:00.000Z'),
      name('2025-12-31T00:00:00.000Z'),
    ];
    expect(planBackupRetention(names, NOW)).toEqual({
      keep: [
        name('2026-03-10T10:00:00.000Z'),
        name('2026-03-09T23:59:59.999Z'),
        name('2026-03-07T13:00:00.000Z'),
        name('2025-12-31T00:00:00.000Z'),
      ],
      remove: [name('2026-03-09T08:00:00.000Z'), name('2026-03-07T12:00:00.000Z')],
    });
  });

  it('keeps at most 10 in all, dropping the oldest days', () => {
    const today = [10, 11, 12, 13].map((h) => name(`2026-03-10T${h}:00:00.000Z`));
    const earlier = Array.from({ length: 9 }, (_, i) =>
      name(`2026-02-${String(20 - i).padStart(2, '0')}T12:00:00.000Z`),
    );
    const { keep, remove } = planBackupRetention([...earlier, ...today], NOW);
    expect(keep).toEqual([today[3], today[2], today[1], ...earlier.slice(0, 7)]);
    expect(remove).toEqual([today[0], earlier[7], earlier[8]]);
  });

  it('uses the UTC day of now, whatever the local time zone', () => {
    // 23:30 UTC on the 9th is still "earlier", 00:30 UTC on the 10th is "today".
    const names = [
      name('2026-03-09T23:30:00.000Z'),
      name('2026-03-09T23:00:00.000Z'),
      name('2026-03-10T00:30:00.000Z'),
    ];
    expect(planBackupRetention(names, new Date('2026-03-10T00:45:00.000Z')).keep).toEqual([
      name('2026-03-10T00:30:00.000Z'),
      name('2026-03-09T23:30:00.000Z'),
    ]);
  });

  it('ignores names that are not backups: neither kept nor removed', () => {
    const names = ['notes.txt', '../evil', name('2026-03-10T10:00:00.000Z'), 'data-x.json'];
    expect(planBackupRetention(names, NOW)).toEqual({ keep: [name('2026-03-10T10:00:00.000Z')], remove: [] });
  });

  it('handles no backups', () => {
    expect(planBackupRetention([], NOW)).toEqual({ keep: [], remove: [] });
  });
});

describe('backup files', () => {
  it('createBackup writes the exact bytes and never overwrites a backup from the same millisecond', async () => {
    const dir = await tempDir();
    const first = await createBackup(nodeFileOps, dir, Buffer.from('first'), NOW);
    const second = await createBackup(nodeFileOps, dir, Buffer.from('second!'), NOW);
    expect(first).toEqual({ name: 'data-2026-03-10T15-00-00.000Z.json', createdAt: NOW.toISOString(), bytes: 5 });
    expect(second).toEqual({
      name: 'data-2026-03-10T15-00-00.001Z.json',
      createdAt: '2026-03-10T15:00:00.001Z',
      bytes: 7,
    });
    expect(await readFile(join(dir, 'backups', first.name), 'utf8')).toBe('first');
    expect(await readFile(join(dir, 'backups', second.name), 'utf8')).toBe('second!');
  });

  it('listBackups lists only backups, newest first, with their size and time', async () => {
    const dir = await tempDir();
    await writeBackupFile(dir, name('2026-03-08T10:00:00.000Z'), 'aa');
    await writeBackupFile(dir, name('2026-03-10T09:00:00.000Z'), 'bbbb');
    await writeBackupFile(dir, name('2026-03-09T10:00:00.000Z'), 'ccc');
    await writeBackupFile(dir, 'readme.txt', 'not a backup');
    expect(await listBackups(nodeFileOps, dir)).toEqual([
      { name: name('2026-03-10T09:00:00.000Z'), createdAt: '2026-03-10T09:00:00.000Z', bytes: 4 },
      { name: name('2026-03-09T10:00:00.000Z'), createdAt: '2026-03-09T10:00:00.000Z', bytes: 3 },
      { name: name('2026-03-08T10:00:00.000Z'), createdAt: '2026-03-08T10:00:00.000Z', bytes: 2 },
    ]);
  });

  it('listBackups is empty when there is no backups folder yet', async () => {
    expect(await listBackups(nodeFileOps, await tempDir())).toEqual([]);
  });

  it('pruneBackups removes exactly what the plan says and leaves other files alone', async () => {
    const dir = await tempDir();
    const names = [10, 11, 12, 13, 14].map((h) => name(`2026-03-10T${h}:00:00.000Z`));
    for (const n of names) await writeBackupFile(dir, n, n);
    await writeBackupFile(dir, 'keep-me.txt', 'x');
    expect(await pruneBackups(nodeFileOps, dir, NOW)).toEqual([names[1], names[0]]);
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual([...names.slice(2), 'keep-me.txt'].sort());
  });

  it('readBackup returns the bytes of a backup', async () => {
    const dir = await tempDir();
    const n = name('2026-03-10T09:00:00.000Z');
    await writeBackupFile(dir, n, Buffer.from([0, 1, 2, 255]));
    expect([...(await readBackup(nodeFileOps, dir, n))]).toEqual([0, 1, 2, 255]);
  });

  it('readBackup refuses names outside the backups folder (path traversal)', async () => {
    const dir = await tempDir();
    // A real file one level up that a traversal would reach.
    await writeFile(join(dir, 'secret.json'), 'secret');
    await writeBackupFile(dir, 'x', 'x');
    for (const bad of ['../secret.json', '../x', 'a/b', join(dir, 'secret.json'), '/etc/passwd', '..', '']) {
      const error = await readBackup(nodeFileOps, dir, bad).catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(BackupError);
      expect((error as BackupError).code).toBe('invalid-name');
    }
  });

  it('readBackup says when a backup does not exist', async () => {
    const error = await readBackup(nodeFileOps, await tempDir(), name('2026-03-10T09:00:00.000Z')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('not-found');
  });
});

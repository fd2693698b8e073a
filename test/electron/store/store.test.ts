import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_SCHEMA_VERSION, type AppData } from '@shared/data';
import {
  backupNameFor,
  openStore,
  StoreRefusedError,
  StoreValidationError,
  StoreWriteError,
  type AppStore,
  type OpenStoreOptions,
} from '@main/store';
import {
  DATA_FILE,
  ioError,
  manualClock,
  namedData,
  readJsonFile,
  recordingOps,
  renamed,
  sampleData,
  snapshotDir,
  useTempDirs,
  writeBackupFile,
  writesOnly,
} from './helpers';

const tempDir = useTempDirs();
const T0 = '2026-03-10T12:00:00.000Z';
const MINUTE = 60_000;

/** Background errors (a failed backup after a write) must not pass silently in tests. */
const backgroundErrors: unknown[] = [];
const recordBackgroundError = (error: unknown): void => {
  backgroundErrors.push(error);
};
const opened: AppStore[] = [];

// Registered after useTempDirs, so it runs before the folders are removed: background
// backups finish first, and any that failed fail the test.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.flush()));
  expect(backgroundErrors.splice(0)).toEqual([]);
});

async function open(dir: string, extra: Partial<OpenStoreOptions> = {}): ReturnType<typeof openStore> {
  const result = await openStore({
    dir,
    initial: sampleData,
    now: manualClock(T0).now,
    onBackgroundError: recordBackgroundError,
    ...extra,
  });
  opened.push(result.store);
  return result;
}

async function writeDataFile(dir: string, content: string | Uint8Array): Promise<Buffer> {
  await writeFile(join(dir, DATA_FILE), content);
  return readFile(join(dir, DATA_FILE));
}

const onDisk = (store: AppStore): Promise<AppData> => readJsonFile(store.dataFile);
const backupsIn = async (dir: string): Promise<string[]> =>
  (await readdir(join(dir, 'backups')).catch(() => [])).sort();

describe('openStore: first run and round trip', () => {
  it('writes the initial data durably on first run, with no recovery notice and no backup', async () => {
    const dir = await tempDir();
    const { ops, log } = recordingOps();
    const { store, recovery } = await open(dir, { ops });
    expect(recovery).toBeNull();
    expect(store.dataFile).toBe(join(dir, DATA_FILE));
    expect(store.dir).toBe(dir);
    expect(store.data()).toEqual(sampleData());
    expect(await readFile(store.dataFile, 'utf8')).toBe(JSON.stringify(sampleData()));
    expect(writesOnly(log)).toEqual([
      `open <tmp:${DATA_FILE}>`,
      `write <tmp:${DATA_FILE}>`,
      `fsync <tmp:${DATA_FILE}>`,
      `close <tmp:${DATA_FILE}>`,
      `rename <tmp:${DATA_FILE}> -> ${DATA_FILE}`,
      `fsync-dir ${basename(dir)}`,
    ]);
    expect(await backupsIn(dir)).toEqual([]);
  });

  it('creates a missing data folder, and honours fileName', async () => {
    const dir = join(await tempDir(), 'nested', 'user-data');
    const { store } = await open(dir, { fileName: 'portable.json' });
    expect(store.dataFile).toBe(join(dir, 'portable.json'));
    expect(await readdir(dir)).toEqual(['portable.json']);
  });

  it('round-trips: an update is seen by the next open', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    const saved = await first.store.update(renamed('Acme Data'));
    expect(saved.organisation.name).toBe('Acme Data');
    expect(first.store.data()).toBe(saved);
    const second = await open(dir);
    expect(second.recovery).toBeNull();
    expect(second.store.data()).toEqual(saved);
  });

  it('persists through the durable write path, fsync before rename', async () => {
    const dir = await tempDir();
    const { store } = await open(dir);
    const { ops, log } = recordingOps();
    const { store: recorded } = await open(dir, { ops, now: manualClock('2026-03-10T12:10:00.000Z').now });
    log.length = 0;
    await recorded.update(renamed('Ordered'));
    expect(writesOnly(log).filter((l) => !l.includes('data-20'))).toEqual([
      `open <tmp:${DATA_FILE}>`,
      `write <tmp:${DATA_FILE}>`,
      `fsync <tmp:${DATA_FILE}>`,
      `close <tmp:${DATA_FILE}>`,
      `rename <tmp:${DATA_FILE}> -> ${DATA_FILE}`,
      `fsync-dir ${basename(dir)}`,
    ]);
    expect((await onDisk(store)).organisation.name).toBe('Ordered');
  });

  it('hands out deep-frozen data: mutating it in place is refused and changes nothing', async () => {
    const dir = await tempDir();
    const { store } = await open(dir);
    const before = await readFile(store.dataFile);
    const mutate = (data: AppData): AppData => {
      data.organisation.name = 'Mutated';
      return data;
    };
    await expect(store.update(mutate)).rejects.toBeInstanceOf(TypeError);
    expect(store.data().organisation.name).toBe(sampleData().organisation.name);
    expect((await readFile(store.dataFile)).equals(before)).toBe(true);
  });
});

describe('openStore: orphan temp files', () => {
  it('sweeps leftover temp files of the data file and of backups at open, and nothing else', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, `.${DATA_FILE}.999.0a1b2c3d4e5f.tmp`), 'half a wri');
    await writeFile(join(dir, '.window-state.json.999.0a1b2c3d4e5f.tmp'), 'not ours to sweep');
    await writeFile(join(dir, 'notes.txt'), 'user file');
    const backup = backupNameFor(new Date('2026-03-09T10:00:00.000Z'));
    await writeBackupFile(dir, `.${backup}.999.ab.tmp`, 'half a backup');
    await open(dir);
    expect((await readdir(dir)).sort()).toEqual(
      ['.window-state.json.999.0a1b2c3d4e5f.tmp', 'backups', DATA_FILE, 'notes.txt'].sort(),
    );
    expect(await backupsIn(dir)).toEqual([]);
  });
});

describe('update: coalescing and acknowledgement', () => {
  it('batches concurrent updates into far fewer writes; each resolves only once it is on disk', async () => {
    const dir = await tempDir();
    await open(dir);
    const { ops, log } = recordingOps();
    const { store } = await open(dir, { ops });
    log.length = 0;
    const teams = Array.from({ length: 10 }, (_, i) => `Team ${i}`);
    const results = await Promise.all(
      teams.map((team) =>
        store
          .update((d) => ({
            ...d,
            organisation: { ...d.organisation, productTeams: [...d.organisation.productTeams, team] },
          }))
          .then(async (data) => {
            // Acknowledged means durable: the file already holds this change.
            expect((await onDisk(store)).organisation.productTeams).toContain(team);
            return data;
          }),
      ),
    );
    const dataWrites = log.filter((l) => l === `rename <tmp:${DATA_FILE}> -> ${DATA_FILE}`);
    // The first update starts a write; the other nine arrive while it is in flight and share one more.
    expect(dataWrites).toHaveLength(2);
    const sampleTeams = sampleData().organisation.productTeams;
    results.forEach((data, i) => {
      expect(data.organisation.productTeams).toEqual([...sampleTeams, ...teams.slice(0, i + 1)]);
    });
    expect((await onDisk(store)).organisation.productTeams).toEqual([...sampleTeams, ...teams]);
    expect(store.data().organisation.productTeams).toEqual([...sampleTeams, ...teams]);
  });

  it('shows an update in memory immediately, before it is durable', async () => {
    const dir = await tempDir();
    const { store } = await open(dir);
    const pending = store.update(renamed('Immediate'));
    expect(store.data().organisation.name).toBe('Immediate');
    await pending;
  });

  it('flush waits for every update so far', async () => {
    const dir = await tempDir();
    const { store } = await open(dir);
    void store.update(renamed('One'));
    void store.update(renamed('Two'));
    await store.flush();
    expect((await onDisk(store)).organisation.name).toBe('Two');
    await expect(store.flush()).resolves.toBeUndefined();
  });
});

describe('update: validation', () => {
  it('rejects invalid data with the field path, changing nothing in memory or on disk', async () => {
    const dir = await tempDir();
    const { ops, log } = recordingOps();
    const { store } = await open(dir, { ops });
    const memoryBefore = store.data();
    const diskBefore = await snapshotDir(dir);
    log.length = 0;
    const error = await store
      .update((d) => ({
        ...d,
        members: d.members.map((m, i) => (i === 2 ? { ...m, levels: { ...m.levels, 'data-pipelnes': 3 } } : m)),
      }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreValidationError);
    expect((error as StoreValidationError).path).toBe('members[2].levels.data-pipelnes');
    expect((error as StoreValidationError).message).toBe(
      'members[2].levels.data-pipelnes: unknown skill id "data-pipelnes"',
    );
    expect(store.data()).toBe(memoryBefore);
    expect(await snapshotDir(dir)).toEqual(diskBefore);
    expect(writesOnly(log)).toEqual([]);
  });

  it('rejects a schema violation (wrong type) with its path', async () => {
    const { store } = await open(await tempDir());
    const error = await store
      .update((d) => ({ ...d, members: d.members.map((m, i) => (i === 1 ? { ...m, fte: 7 } : m)) }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreValidationError);
    expect((error as StoreValidationError).path).toBe('members[1].fte');
  });

  it('a change function that throws rejects with its error and changes nothing', async () => {
    const { store } = await open(await tempDir());
    const before = store.data();
    const boom = new Error('boom');
    await expect(
      store.update(() => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(store.data()).toBe(before);
  });
});

describe('update: write failure', () => {
  it('rejects with StoreWriteError (keeping the cause) and rolls back to the last durable state', async () => {
    const dir = await tempDir();
    await open(dir);
    let failing = false;
    const boom = ioError('ENOSPC', 'no space left on device');
    const { ops } = recordingOps((op, path) =>
      failing && op === 'rename' && path.includes(DATA_FILE) ? boom : undefined,
    );
    const { store } = await open(dir, { ops });
    const saved = await store.update(renamed('Saved'));
    const diskBefore = await readFile(store.dataFile);

    failing = true;
    const lost = store.update(renamed('Lost'));
    const queuedBehind = store.update(renamed('Also lost'));
    const [lostError, queuedError] = await Promise.all([
      lost.catch((e: unknown) => e),
      queuedBehind.catch((e: unknown) => e),
    ]);
    expect(lostError).toBeInstanceOf(StoreWriteError);
    expect((lostError as StoreWriteError).cause).toBe(boom);
    expect((lostError as StoreWriteError).message).toMatch(/no space left on device/);
    // Made on top of the failed change, so it cannot be shown as saved either.
    expect(queuedError).toBeInstanceOf(StoreWriteError);
    expect(store.data()).toBe(saved);
    expect((await readFile(store.dataFile)).equals(diskBefore)).toBe(true);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    failing = false;
    await store.update(renamed('Recovered'));
    expect((await onDisk(store)).organisation.name).toBe('Recovered');
  });
});

describe('update: written but not confirmed', () => {
  it('keeps a change the file holds when only the folder fsync failed, and says it is not confirmed', async () => {
    const dir = await tempDir();
    await open(dir);
    let failing = false;
    const { ops } = recordingOps((op) => (failing && op === 'fsync-dir' ? ioError('EIO', 'i/o error') : undefined));
    const { store } = await open(dir, { ops });
    await store.update(renamed('Saved'));

    failing = true;
    const error = await store.update(renamed('Unconfirmed')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as StoreWriteError).unconfirmed).toBe(true);
    expect((error as StoreWriteError).message).toMatch(/^the change was written, but the disk did not confirm it/);
    // Memory and file agree: both hold the change, as the next start would show it.
    expect(store.data().organisation.name).toBe('Unconfirmed');
    expect((await onDisk(store)).organisation.name).toBe('Unconfirmed');

    failing = false;
    await store.update((d) => ({ ...d, settings: { theme: 'dark' } }));
    const after = await onDisk(store);
    expect(after.organisation.name).toBe('Unconfirmed');
    expect(after.settings.theme).toBe('dark');
  });
});

describe('openStore: newer version', () => {
  it('refuses with StoreRefusedError and leaves everything byte-identical (no write, backup or quarantine)', async () => {
    const dir = await tempDir();
    await writeDataFile(
      dir,
      JSON.stringify({ ...sampleData(), schemaVersion: DATA_SCHEMA_VERSION + 1, futureField: { x: 1 } }),
    );
    await writeBackupFile(dir, backupNameFor(new Date('2026-03-09T10:00:00.000Z')), JSON.stringify(sampleData()));
    const before = await snapshotDir(dir);
    const { ops, log } = recordingOps();
    const error = await open(dir, { ops }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreRefusedError);
    expect((error as StoreRefusedError).code).toBe('newer-version');
    expect((error as StoreRefusedError).message).toContain(
      `newer Gapwise (data version ${DATA_SCHEMA_VERSION + 1}; this version reads up to ${DATA_SCHEMA_VERSION})`,
    );
    expect((error as StoreRefusedError).message).toContain(join(dir, DATA_FILE));
    expect(await snapshotDir(dir)).toEqual(before);
    expect(writesOnly(log)).toEqual([]);
  });
});

describe('openStore: corrupt or invalid file', () => {
  const validBackup = backupNameFor(new Date('2026-03-09T10:00:00.000Z'));
  const sample = (): string => JSON.stringify(sampleData());
  const cases: { what: string; bytes: () => Uint8Array; reason: RegExp }[] = [
    { what: 'an empty file', bytes: () => Buffer.alloc(0), reason: /^the file is empty$/ },
    { what: 'NUL bytes', bytes: () => Buffer.alloc(4096), reason: /^invalid JSON at line 1, column 1/ },
    { what: 'truncated JSON', bytes: () => Buffer.from(sample().slice(0, 1000)), reason: /^invalid JSON at line 1/ },
    {
      what: 'valid JSON of the wrong shape',
      bytes: () => Buffer.from(JSON.stringify({ kind: 'gapwise-data', schemaVersion: 1, members: 'none' })),
      reason: /^[a-z]+: /,
    },
    {
      what: 'a __proto__ key',
      bytes: () => Buffer.from(sample().replace('"id":"ana-lima"', '"__proto__":{"admin":true},"id":"ana-lima"')),
      reason: /^members\[0\]\.__proto__: the key "__proto__" is not allowed$/,
    },
    {
      what: 'a member with an unknown skill id',
      bytes: () => {
        const data = sampleData();
        const members = data.members.map((m, i) => (i === 3 ? { ...m, levels: { ...m.levels, telepathy: 4 } } : m));
        return Buffer.from(JSON.stringify({ ...data, members }));
      },
      reason: /^members\[3\]\.levels\.telepathy: unknown skill id "telepathy"$/,
    },
    { what: 'invalid UTF-8', bytes: () => Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), reason: /not valid UTF-8/ },
  ];

  for (const { what, bytes, reason } of cases) {
    it(`${what}: quarantined byte for byte, newest valid backup restored, user told`, async () => {
      const dir = await tempDir();
      const original = await writeDataFile(dir, bytes());
      await writeBackupFile(dir, validBackup, JSON.stringify(namedData('From backup')));
      await writeBackupFile(
        dir,
        backupNameFor(new Date('2026-03-08T10:00:00.000Z')),
        JSON.stringify(namedData('Older')),
      );
      const { store, recovery } = await open(dir);

      const quarantinedTo = join(dir, `${DATA_FILE}.corrupt-2026-03-10T12-00-00.000Z`);
      expect(recovery).toEqual({ reason: expect.stringMatching(reason), quarantinedTo, restoredFrom: validBackup });
      expect((await readFile(quarantinedTo)).equals(original)).toBe(true);
      expect(store.data()).toEqual(namedData('From backup'));
      expect(await readFile(store.dataFile, 'utf8')).toBe(JSON.stringify(namedData('From backup')));
    });
  }

  it('starts from the initial data when there is no valid backup, and says so', async () => {
    const dir = await tempDir();
    const original = await writeDataFile(dir, '{"kind": "gapwise-data", "schemaVersion": 1,');
    await writeBackupFile(dir, validBackup, 'not json either');
    const { store, recovery } = await open(dir);
    expect(recovery).toMatchObject({ restoredFrom: null, reason: expect.stringMatching(/^invalid JSON at line 1/) });
    expect((await readFile(recovery!.quarantinedTo)).equals(original)).toBe(true);
    expect(store.data()).toEqual(sampleData());
    expect(await readFile(store.dataFile, 'utf8')).toBe(JSON.stringify(sampleData()));
  });

  it('skips a corrupt (or newer-version) newest backup in favour of an older valid one', async () => {
    const dir = await tempDir();
    await writeDataFile(dir, 'garbage');
    const newest = backupNameFor(new Date('2026-03-10T11:00:00.000Z'));
    const newer = backupNameFor(new Date('2026-03-10T10:00:00.000Z'));
    const older = backupNameFor(new Date('2026-03-07T10:00:00.000Z'));
    await writeBackupFile(dir, newest, JSON.stringify(namedData('Newest')).slice(0, 50));
    await writeBackupFile(
      dir,
      newer,
      JSON.stringify({ ...namedData('Future'), schemaVersion: DATA_SCHEMA_VERSION + 1 }),
    );
    await writeBackupFile(dir, older, JSON.stringify(namedData('Older but valid')));
    const { store, recovery } = await open(dir);
    expect(recovery?.restoredFrom).toBe(older);
    expect(store.data().organisation.name).toBe('Older but valid');
    // The unusable backups are left as they were.
    expect(await backupsIn(dir)).toEqual([older, newer, newest]);
  });

  it('never overwrites an earlier quarantined file', async () => {
    const dir = await tempDir();
    await writeDataFile(dir, 'first bad');
    const first = await open(dir);
    await writeDataFile(dir, 'second bad');
    const second = await open(dir);
    expect(second.recovery!.quarantinedTo).not.toBe(first.recovery!.quarantinedTo);
    expect(await readFile(first.recovery!.quarantinedTo, 'utf8')).toBe('first bad');
    expect(await readFile(second.recovery!.quarantinedTo, 'utf8')).toBe('second bad');
  });

  it('copies the bytes aside durably before it replaces the data file, so there is always one', async () => {
    const dir = await tempDir();
    await writeDataFile(dir, 'garbage');
    const { ops, log } = recordingOps();
    await open(dir, { ops });
    const aside = `${DATA_FILE}.corrupt-2026-03-10T12-00-00.000Z`;
    expect(writesOnly(log)).toEqual([
      `open <tmp:${aside}>`,
      `write <tmp:${aside}>`,
      `fsync <tmp:${aside}>`,
      `close <tmp:${aside}>`,
      `rename <tmp:${aside}> -> ${aside}`,
      `fsync-dir ${basename(dir)}`,
      `open <tmp:${DATA_FILE}>`,
      `write <tmp:${DATA_FILE}>`,
      `fsync <tmp:${DATA_FILE}>`,
      `close <tmp:${DATA_FILE}>`,
      `rename <tmp:${DATA_FILE}> -> ${DATA_FILE}`,
      `fsync-dir ${basename(dir)}`,
    ]);
  });
});

describe('backups taken by the store', () => {
  it('backs up the loaded file at open, exactly, but not again while it is unchanged', async () => {
    const dir = await tempDir();
    const original = await writeDataFile(dir, JSON.stringify(sampleData(), null, 2));
    await open(dir);
    const expected = backupNameFor(new Date(T0));
    expect(await backupsIn(dir)).toEqual([expected]);
    expect((await readFile(join(dir, 'backups', expected))).equals(original)).toBe(true);
    await open(dir, { now: manualClock('2026-03-10T12:05:00.000Z').now });
    expect(await backupsIn(dir)).toEqual([expected]);
  });

  it('before a write, backs up the state it replaces, only when the newest backup is over an hour old', async () => {
    const dir = await tempDir();
    await writeDataFile(dir, JSON.stringify(sampleData()));
    const clock = manualClock(T0);
    const { store } = await open(dir, { now: clock.now });
    expect(await backupsIn(dir)).toEqual([backupNameFor(new Date(T0))]);

    clock.advance(30 * MINUTE);
    await store.update(renamed('Half an hour'));
    expect(await backupsIn(dir)).toHaveLength(1);

    clock.advance(31 * MINUTE);
    const replaced = await readFile(store.dataFile, 'utf8');
    await store.update(renamed('An hour later'));
    await store.flush();
    const later = backupNameFor(clock.now());
    expect(await backupsIn(dir)).toEqual([backupNameFor(new Date(T0)), later]);
    expect(await readFile(join(dir, 'backups', later), 'utf8')).toBe(replaced);
    expect(replaced).toContain('Half an hour');
  });

  it('applies retention when it backs up', async () => {
    const dir = await tempDir();
    const names = [
      '2026-03-10T08:00:00.000Z',
      '2026-03-10T09:00:00.000Z',
      '2026-03-10T10:00:00.000Z',
      '2026-03-09T08:00:00.000Z',
      '2026-03-09T09:00:00.000Z',
    ].map((iso) => backupNameFor(new Date(iso)));
    for (const name of names) await writeBackupFile(dir, name, JSON.stringify(namedData(name)));
    await writeDataFile(dir, JSON.stringify(sampleData()));
    await open(dir);
    expect(await backupsIn(dir)).toEqual([backupNameFor(new Date(T0)), names[2]!, names[1]!, names[4]!].sort());
  });

  it('lists backups newest first', async () => {
    const dir = await tempDir();
    await writeBackupFile(dir, backupNameFor(new Date('2026-03-08T10:00:00.000Z')), '12345');
    await writeBackupFile(dir, backupNameFor(new Date('2026-03-09T10:00:00.000Z')), '123');
    const { store } = await open(dir);
    expect(await store.listBackups()).toEqual([
      { name: backupNameFor(new Date('2026-03-09T10:00:00.000Z')), createdAt: '2026-03-09T10:00:00.000Z', bytes: 3 },
      { name: backupNameFor(new Date('2026-03-08T10:00:00.000Z')), createdAt: '2026-03-08T10:00:00.000Z', bytes: 5 },
    ]);
  });
});

describe('restoreBackup', () => {
  it('backs up the current data, then makes the backup current and durable', async () => {
    const dir = await tempDir();
    await writeDataFile(dir, JSON.stringify(namedData('Version A')));
    const clock = manualClock(T0);
    const { store } = await open(dir, { now: clock.now });
    const backupOfA = backupNameFor(new Date(T0));
    clock.advance(MINUTE);
    await store.update(renamed('Version B'));
    clock.advance(MINUTE);

    const restored = await store.restoreBackup(backupOfA);
    expect(restored).toEqual(namedData('Version A'));
    expect(store.data()).toEqual(namedData('Version A'));
    expect(await readFile(store.dataFile, 'utf8')).toBe(JSON.stringify(namedData('Version A')));
    const backupOfB = backupNameFor(clock.now());
    expect(await backupsIn(dir)).toEqual([backupOfA, backupOfB]);
    expect(await readJsonFile(join(dir, 'backups', backupOfB))).toEqual(namedData('Version B'));

    const reopened = await open(dir, { now: clock.now });
    expect(reopened.store.data()).toEqual(namedData('Version A'));
  });

  it('refuses bad names, missing and invalid backups, changing nothing', async () => {
    const dir = await tempDir();
    const { store } = await open(dir);
    const invalid = backupNameFor(new Date('2026-03-09T10:00:00.000Z'));
    const newer = backupNameFor(new Date('2026-03-09T11:00:00.000Z'));
    await writeBackupFile(dir, invalid, JSON.stringify({ ...sampleData(), members: [{ id: 'x' }] }));
    await writeBackupFile(dir, newer, JSON.stringify({ ...sampleData(), schemaVersion: DATA_SCHEMA_VERSION + 1 }));
    const before = await snapshotDir(dir);
    const memory = store.data();
    const expectations: [string, string, RegExp][] = [
      ['../gapwise-data.json', 'invalid-name', /not a backup name/],
      ['a/b', 'invalid-name', /not a backup name/],
      [join(dir, DATA_FILE), 'invalid-name', /not a backup name/],
      [backupNameFor(new Date('2020-01-01T00:00:00.000Z')), 'not-found', /no backup named/],
      [invalid, 'invalid-backup', /cannot be restored: members\[0\]\./],
      [newer, 'invalid-backup', /cannot be restored: this file was written by a newer Gapwise/],
    ];
    for (const [name, code, message] of expectations) {
      const error = await store.restoreBackup(name).catch((e: unknown) => e);
      expect(error, name).toMatchObject({ name: 'BackupError', code, message: expect.stringMatching(message) });
    }
    expect(store.data()).toBe(memory);
    expect(await snapshotDir(dir)).toEqual(before);
  });
});

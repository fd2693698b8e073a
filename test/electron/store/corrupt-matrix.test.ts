import { isUtf8 } from 'node:buffer';
import { open as openFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveryNotice } from '@shared/ipc';
import {
  backupNameFor,
  MAX_DATA_FILE_BYTES,
  nodeFileOps,
  openStore,
  StoreRefusedError,
  StoreWriteError,
  type FileOps,
  type OpenStoreOptions,
} from '@main/store';
import { DATA_SCHEMA_VERSION } from '@shared/data';
import {
  DATA_FILE,
  ioError,
  manualClock,
  namedData,
  recordingOps,
  renamed,
  sampleData,
  snapshotDir,
  useTempDirs,
  writeBackupFile,
} from './helpers';

/*
 * Every kind of bad data file through openStore: nothing crashes, the original bytes are kept
 * exactly, the newest valid backup (or, with none, the initial data) takes over, and the
 * notice tells the user what was wrong in a specific sentence.
 */

const tempDir = useTempDirs();
const T0 = '2026-03-10T12:00:00.000Z';
const MINUTE = 60_000;
const MB = 1024 * 1024;
const QUARANTINED = `${DATA_FILE}.corrupt-2026-03-10T12-00-00.000Z`;
const BACKUP = backupNameFor(new Date('2026-03-09T10:00:00.000Z'));
const FROM_BACKUP = namedData('From backup');
const INITIAL = namedData('Initial data');

const backgroundErrors: unknown[] = [];
afterEach(() => {
  backgroundErrors.length = 0;
});

const open = (dir: string, extra: Partial<OpenStoreOptions> = {}): ReturnType<typeof openStore> =>
  openStore({
    dir,
    initial: () => INITIAL,
    now: manualClock(T0).now,
    onBackgroundError: (error) => backgroundErrors.push(error),
    ...extra,
  });

const sampleText = (): string => JSON.stringify(sampleData());
const text = (value: string): Uint8Array => Buffer.from(value, 'utf8');

/** `"key":value` spliced into the sample as raw JSON text, so the key is really in the file. */
const withTopLevel = (entry: string): Uint8Array => text(`{${entry},${sampleText().slice(1)}`);
const withInMember = (entry: string): Uint8Array =>
  text(sampleText().replace('"id":"ana-lima"', `${entry},"id":"ana-lima"`));

/** A fresh folder holding `bytes` as the data file. */
async function seeded(bytes: Uint8Array): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, DATA_FILE), bytes);
  return dir;
}

/**
 * Opens `dir` holding `bytes` (plus a valid backup when `withBackup`) and checks the recovery:
 * the file moved aside byte for byte, the backup or initial data in its place, the user told.
 */
async function expectRecovered(
  bytes: Uint8Array,
  reason: string | RegExp,
  withBackup: boolean,
): Promise<RecoveryNotice> {
  const dir = await seeded(bytes);
  if (withBackup) await writeBackupFile(dir, BACKUP, JSON.stringify(FROM_BACKUP));
  const { store, recovery } = await open(dir);

  const expected = withBackup ? FROM_BACKUP : INITIAL;
  expect(recovery).toEqual({
    reason: typeof reason === 'string' ? reason : expect.stringMatching(reason),
    quarantinedTo: join(dir, QUARANTINED),
    restoredFrom: withBackup ? BACKUP : null,
  });
  expect(Buffer.from(await readFile(join(dir, QUARANTINED))).equals(Buffer.from(bytes))).toBe(true);
  expect(store.data()).toEqual(expected);
  expect(await readFile(store.dataFile, 'utf8')).toBe(JSON.stringify(expected));
  expect(backgroundErrors).toEqual([]);
  // Told once: the next start finds a good file and says nothing.
  const again = await open(dir, { now: manualClock('2026-03-10T12:05:00.000Z').now });
  expect(again.recovery).toBeNull();
  expect(again.store.data()).toEqual(expected);
  return recovery!;
}

const BACKUP_MODES: [string, boolean][] = [
  ['the newest valid backup restored', true],
  ['no backup: initial data', false],
];

describe('corrupt data files: kept byte for byte, replaced, the user told', () => {
  const sample = sampleData();
  const firstSkill = Object.keys(sample.members[0]!.levels)[0]!;
  const cases: { what: string; bytes: () => Uint8Array; reason: string }[] = [
    { what: 'an empty file', bytes: () => new Uint8Array(0), reason: 'the file is empty' },
    { what: 'only whitespace', bytes: () => text(' \n\t\r\n '), reason: 'the file is empty' },
    {
      what: '4 KiB of NUL bytes',
      bytes: () => new Uint8Array(4096),
      reason: 'invalid JSON at line 1, column 1: unexpected character',
    },
    {
      what: 'a JSON array',
      bytes: () => text('[1,2,3]'),
      reason: 'the file is not a Gapwise data file: expected a JSON object',
    },
    {
      what: 'a JSON number',
      bytes: () => text('42'),
      reason: 'the file is not a Gapwise data file: expected a JSON object',
    },
    {
      what: 'JSON null',
      bytes: () => text('null'),
      reason: 'the file is not a Gapwise data file: expected a JSON object',
    },
    { what: 'an empty object', bytes: () => text('{}'), reason: 'kind: expected "gapwise-data", got nothing' },
    {
      what: 'an object missing its members',
      bytes: () => text(JSON.stringify({ ...sample, members: undefined })),
      reason: 'members: expected array, received undefined',
    },
    {
      what: 'a member with level 9 (the scale ends at 4)',
      bytes: () => {
        const members = sample.members.map((m, i) =>
          i === 0 ? { ...m, levels: { ...m.levels, [firstSkill]: 9 } } : m,
        );
        return text(JSON.stringify({ ...sample, members }));
      },
      reason: `members[0].levels.${firstSkill}: level 9 is above the scale's top level 4`,
    },
    {
      // The error locator recursed per bracket and overflowed the stack: openStore threw.
      what: '100,000 unclosed "[" (deeper than the error locator can follow)',
      bytes: () => text('['.repeat(100_000)),
      reason: 'invalid JSON: Unexpected end of JSON input',
    },
  ];
  for (const { what, bytes, reason } of cases) {
    for (const [mode, withBackup] of BACKUP_MODES) {
      it(`${what}: ${mode}`, () => expectRecovered(bytes(), reason, withBackup));
    }
  }
});

describe('a valid data file truncated at 100 sampled offsets', () => {
  const whole = text(sampleText());
  // Seeded (mulberry32) and stratified: one offset in each hundredth of the file.
  let seed = 0x5eed;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const offsets = Array.from({ length: 100 }, (_, i) => Math.floor(((i + random()) * whole.length) / 100));

  it('samples 100 distinct offsets spread over the whole file', () => {
    expect(new Set(offsets).size).toBe(100);
    expect(offsets[0]).toBeLessThan(whole.length / 100);
    expect(offsets[99]).toBeGreaterThanOrEqual((whole.length * 99) / 100);
  });

  offsets.forEach((offset, i) => {
    const prefix = whole.subarray(0, offset);
    // A cut inside a multi-byte character is invalid UTF-8; otherwise the JSON ends early.
    const characters = Buffer.from(prefix).toString('utf8').length;
    const reason =
      offset === 0
        ? 'the file is empty'
        : !isUtf8(prefix)
          ? 'the file is not valid UTF-8 text'
          : /^invalid JSON at line 1, column (\d+): (expected|unterminated|invalid number|unexpected character)/;
    const withBackup = i % 2 === 0;
    it(`truncated at byte ${offset} of ${whole.length}: ${BACKUP_MODES[withBackup ? 0 : 1]![0]}, the notice says where`, async () => {
      const recovery = await expectRecovered(prefix, reason, withBackup);
      if (reason instanceof RegExp) {
        // The column named is inside the cut file (or just past its end).
        const column = Number(reason.exec(recovery.reason)![1]);
        expect(column).toBeGreaterThanOrEqual(1);
        expect(column).toBeLessThanOrEqual(characters + 1);
      }
    });
  });
});

describe('prototype keys in the file (raw JSON, so the key is really there)', () => {
  const polluted = '{"polluted":true}';
  const cases: { what: string; bytes: () => Uint8Array; reason: string }[] = [
    {
      what: 'a top-level __proto__',
      bytes: () => withTopLevel(`"__proto__":${polluted}`),
      reason: '__proto__: the key "__proto__" is not allowed',
    },
    {
      what: 'a top-level constructor.prototype',
      bytes: () => withTopLevel(`"constructor":{"prototype":${polluted}}`),
      reason: 'constructor: the key "constructor" is not allowed',
    },
    {
      what: 'a top-level prototype',
      bytes: () => withTopLevel(`"prototype":${polluted}`),
      reason: 'prototype: the key "prototype" is not allowed',
    },
    {
      what: 'a __proto__ inside a member',
      bytes: () => withInMember(`"__proto__":${polluted}`),
      reason: 'members[0].__proto__: the key "__proto__" is not allowed',
    },
    {
      what: 'a constructor.prototype inside a member',
      bytes: () => withInMember(`"constructor":{"prototype":${polluted}}`),
      reason: 'members[0].constructor: the key "constructor" is not allowed',
    },
    {
      what: "a prototype key among a member's levels",
      bytes: () => text(sampleText().replace('"levels":{', `"levels":{"prototype":${polluted},`)),
      reason: 'members[0].levels.prototype: the key "prototype" is not allowed',
    },
  ];
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

  for (const { what, bytes, reason } of cases) {
    for (const [mode, withBackup] of BACKUP_MODES) {
      it(`${what}: refused as corrupt, ${mode}, Object.prototype untouched`, async () => {
        const raw = bytes();
        // The key is in the file itself, not dropped by a serialiser on the way.
        expect(Buffer.from(raw).toString('utf8')).toMatch(/"(__proto__|constructor|prototype)":/);
        await expectRecovered(raw, reason, withBackup);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
        expect({}.constructor).toBe(Object);
      });
    }
  }
});

describe('a file from a newer Gapwise', () => {
  it('is refused with StoreRefusedError and left exactly as it was (see store.test.ts for the details)', async () => {
    const dir = await seeded(text(JSON.stringify({ ...sampleData(), schemaVersion: DATA_SCHEMA_VERSION + 1 })));
    const before = await snapshotDir(dir);
    await expect(open(dir)).rejects.toBeInstanceOf(StoreRefusedError);
    expect(await snapshotDir(dir)).toEqual(before);
  });
});

describe('a 100 MB data file', () => {
  // Generous caps for a slow disk; nothing here asserts on time.
  const LONG = 60_000;

  it(
    'valid JSON padded with 100 MB of spaces: still a valid document, loaded as it is',
    async () => {
      const data = namedData('Padded');
      const bytes = Buffer.concat([text(JSON.stringify(data)), Buffer.alloc(100 * MB, ' ')]);
      const dir = await seeded(bytes);
      const { store, recovery } = await open(dir);
      expect(recovery).toBeNull();
      expect(store.data()).toEqual(data);
      expect((await readFile(store.dataFile)).equals(bytes)).toBe(true);
      // Backed up at open exactly as found (100 MB and all), like any other file.
      const [backup] = await store.listBackups();
      expect(backup?.bytes).toBe(bytes.length);
      expect(backgroundErrors).toEqual([]);
    },
    LONG,
  );

  it(
    'a cut file followed by 100 MB of commas: quarantined, not an out-of-memory crash',
    async () => {
      // Before the fix the error locator listed an error per comma: the process ran out of memory.
      const cut = sampleText().indexOf('"members":[') + '"members":['.length;
      const bytes = Buffer.concat([text(sampleText().slice(0, cut)), Buffer.alloc(100 * MB, ',')]);
      await expectRecovered(bytes, `invalid JSON at line 1, column ${cut + 1}: expected a value`, true);
    },
    LONG,
  );

  it(
    'a file over the size the store reads (a 600 MB sparse file): quarantined unread, the notice names the size',
    async () => {
      const dir = await tempDir();
      const file = join(dir, DATA_FILE);
      const handle = await openFile(file, 'w');
      await handle.write('{"start"', 0);
      await handle.truncate(600 * MB);
      await handle.write('"end"}', 600 * MB - 6);
      await handle.close();
      const original = await stat(file);
      expect(original.size).toBeGreaterThan(MAX_DATA_FILE_BYTES);
      await writeBackupFile(dir, BACKUP, JSON.stringify(FROM_BACKUP));

      const { ops, calls } = recordingOps();
      const { store, recovery } = await open(dir, { ops });
      expect(recovery).toEqual({
        reason: 'the file is too large to be a Gapwise data file (600.0 MB; the most Gapwise reads is 512 MB)',
        quarantinedTo: join(dir, QUARANTINED),
        restoredFrom: BACKUP,
      });
      expect(calls).not.toContain(`readFile ${file}`);
      // Moved, not copied: the same file, its bytes untouched.
      const moved = await stat(join(dir, QUARANTINED));
      expect([moved.ino, moved.size, moved.mtimeMs]).toEqual([original.ino, original.size, original.mtimeMs]);
      const ends = await openFile(join(dir, QUARANTINED), 'r');
      const head = Buffer.alloc(8);
      const tail = Buffer.alloc(6);
      await ends.read(head, 0, 8, 0);
      await ends.read(tail, 0, 6, 600 * MB - 6);
      await ends.close();
      expect([head.toString(), tail.toString()]).toEqual(['{"start"', '"end"}']);
      expect(store.data()).toEqual(FROM_BACKUP);
    },
    LONG,
  );
});

/** Real file operations, with writes refused as a read-only or permission-denied folder would. */
function refusingWrites(code: 'EROFS' | 'EACCES'): FileOps {
  const message = code === 'EROFS' ? 'read-only file system' : 'permission denied';
  const refuse = (op: string, path: string): NodeJS.ErrnoException =>
    Object.assign(ioError(code, `${code}: ${message}, ${op} '${path}'`), { syscall: op, path });
  return {
    ...nodeFileOps,
    open: async (path) => Promise.reject(refuse('open', path)),
    rename: async (from) => Promise.reject(refuse('rename', from)),
    unlink: async (path) => Promise.reject(refuse('unlink', path)),
    async mkdir(dir) {
      // mkdir -p of a folder that exists succeeds even on a read-only disk (EEXIST comes first).
      const present = await stat(dir).then(
        () => true,
        () => false,
      );
      if (!present) throw refuse('mkdir', dir);
    },
  };
}

describe('a read-only data folder', () => {
  for (const code of ['EROFS', 'EACCES'] as const) {
    it(`${code}: opens and shows the data; a change is refused naming the cause, rolled back, the folder untouched`, async () => {
      const dir = await seeded(text(JSON.stringify(namedData('On a read-only disk'))));
      const before = await snapshotDir(dir);
      const { store, recovery } = await open(dir, { ops: refusingWrites(code) });
      expect(recovery).toBeNull();
      expect(store.data()).toEqual(namedData('On a read-only disk'));
      // The backup at open could not be taken: reported, not fatal.
      expect(backgroundErrors).toEqual([expect.objectContaining({ code })]);

      const shown = store.data();
      const error = await store.update(renamed('Never saved')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreWriteError);
      expect((error as StoreWriteError).message).toMatch(
        new RegExp(`^the data could not be saved: ${code}: (read-only file system|permission denied), open '`),
      );
      expect((error as StoreWriteError).cause).toMatchObject({ code });
      expect(store.data()).toBe(shown);
      expect(await snapshotDir(dir)).toEqual(before);
    });
  }

  it('a corrupt file in a read-only folder: opening fails naming the cause, and nothing is changed', async () => {
    const dir = await seeded(text('{"kind": "gapwise-data", "sche'));
    await writeBackupFile(dir, BACKUP, JSON.stringify(FROM_BACKUP));
    const before = await snapshotDir(dir);
    // It cannot be set aside, so it cannot be recovered: better to stop than to hide it.
    await expect(open(dir, { ops: refusingWrites('EROFS') })).rejects.toMatchObject({
      code: 'EROFS',
      message: expect.stringContaining(`open '${join(dir, `.${DATA_FILE}.corrupt-`)}`),
    });
    expect(await snapshotDir(dir)).toEqual(before);
  });
});

/** Real file operations on a disk that fills up: while `full`, a write lands half its bytes, then ENOSPC. */
function fillingDisk(): { ops: FileOps; setFull: (full: boolean) => void; failedWrites: () => number } {
  let full = false;
  let failed = 0;
  const ops: FileOps = {
    ...nodeFileOps,
    async open(path, flags) {
      const file = await nodeFileOps.open(path, flags);
      return {
        ...file,
        async write(data) {
          if (!full) return file.write(data);
          await file.write(data.subarray(0, data.length >> 1));
          failed++;
          throw ioError('ENOSPC', `ENOSPC: no space left on device, write`);
        },
      };
    },
  };
  return { ops, setFull: (value) => (full = value), failedWrites: () => failed };
}

async function tempFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith('.tmp'));
}

describe('a full disk', () => {
  it('ENOSPC mid-write: the update and the backup before it fail cleanly; a later update succeeds once space is back', async () => {
    const dir = await seeded(text(JSON.stringify(namedData('At open'))));
    const clock = manualClock(T0);
    const disk = fillingDisk();
    const { store } = await open(dir, { ops: disk.ops, now: clock.now });
    clock.advance(MINUTE);
    const saved = await store.update(renamed('Saved before the disk filled'));
    // An hour on, the next update backs up the saved state first: that write fails too.
    clock.advance(61 * MINUTE);
    const before = await snapshotDir(dir);
    const shown = store.data();

    disk.setFull(true);
    const error = await store.update(renamed('Lost to a full disk')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as StoreWriteError).message).toBe(
      'the data could not be saved: ENOSPC: no space left on device, write',
    );
    expect((error as StoreWriteError).cause).toMatchObject({ code: 'ENOSPC' });
    expect(store.data()).toBe(shown);
    expect(backgroundErrors).toEqual([expect.objectContaining({ code: 'ENOSPC' })]);
    // Both the backup and the data file were half written before the disk said no...
    expect(disk.failedWrites()).toBe(2);
    // ...yet everything is byte-identical, backups included, and the half-written temp files removed.
    expect(await snapshotDir(dir)).toEqual(before);
    expect(await tempFilesIn(dir)).toEqual([]);

    disk.setFull(false);
    backgroundErrors.length = 0;
    const next = await store.update(renamed('Saved once space was back'));
    expect(JSON.parse(await readFile(store.dataFile, 'utf8'))).toEqual(next);
    expect(next.organisation.name).toBe('Saved once space was back');
    // The backup that failed is taken now, of the state it protects.
    const [newest] = await store.listBackups();
    expect(newest?.name).toBe(backupNameFor(clock.now()));
    expect(JSON.parse(await readFile(join(dir, 'backups', newest!.name), 'utf8'))).toEqual(saved);
    expect(backgroundErrors).toEqual([]);
  });
});

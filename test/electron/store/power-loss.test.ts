import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { AppData } from '@shared/data';
import type { RecoveryNotice } from '@shared/ipc';
import { backupNameFor, openStore, writeFileDurable, type AppStore, type FileOps } from '@main/store';
import { DATA_FILE, manualClock, namedData, renamed } from './helpers';
import { DIR, filesIn, PowerCut, SimDisk, type DiskImage } from '../../support/sim-disk';

/*
 * Power cuts at every operation of a save, through the real store on a simulated disk (see
 * sim-disk.ts). After each cut the disk comes back as it would after a power loss (only what
 * was fsynced), after the process alone died, and with folder changes but not file data on
 * disk; the store is opened on it as at the next start, and must find the old state or the
 * new one: never anything else, never initial data, never a crash.
 */

const USER_DATA = resolve('/sim/user-data');
const DATA_PATH = join(USER_DATA, DATA_FILE);
const BACKUPS = join(USER_DATA, 'backups');
const T0 = '2026-03-10T12:00:00.000Z';
const MINUTE = 60_000;

const OLD = namedData('Old');
const MID = namedData('Mid');
const NEW = namedData('New');
/** What a lost data file comes back as: never a right answer while older data existed. */
const INITIAL = namedData('Initial data: the old state was lost');

const bytesOf = (data: AppData): Uint8Array => new Uint8Array(Buffer.from(JSON.stringify(data), 'utf8'));
const sameBytes = (a: Uint8Array | typeof DIR | undefined, b: Uint8Array): boolean =>
  a instanceof Uint8Array && Buffer.from(a).equals(b);
const minutesFromT0 = (minutes: number): Date => new Date(new Date(T0).getTime() + minutes * MINUTE);
const backupPath = (minutes: number): string => join(BACKUPS, backupNameFor(minutesFromT0(minutes)));
const nameOf = (data: AppData): string => JSON.stringify(data.organisation.name);
const escaped = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

interface Prepared {
  before: AppData;
  after: AppData;
  /** The operation under test: resolves once durable, or rejects when the process is gone. */
  save: () => Promise<unknown>;
  store?: AppStore;
  /** Whenever `after` is durable, a backup holding exactly these data must be durable too. */
  backupOf?: AppData;
  /** Bytes that must survive every cut, as the data file or a quarantined copy. */
  keep?: Uint8Array;
  /** The next start may tell the user about a recovery (the save itself is one). */
  noticeAllowed?: boolean;
}

interface Scenario {
  name: string;
  /** The disk before anything runs, all durable. */
  image: () => DiskImage;
  /** Brings the store to the state before the save (durable), and returns the save. */
  prepare: (ops: FileOps) => Promise<Prepared>;
  /** Operations the save must include, so the scenario is known to do what it says. */
  mustInclude?: RegExp[];
}

type Outcome = 'old' | 'new';
type View = 'power loss' | 'process crash' | 'metadata only';
const VIEWS: [View, (sim: SimDisk) => DiskImage][] = [
  ['power loss', (sim) => sim.afterPowerLoss()],
  ['process crash', (sim) => sim.afterProcessCrash()],
  ['metadata only', (sim) => sim.afterMetadataOnly()],
];

interface MatrixResult {
  /** Operations of the save: a cut was tried before each (and once more after the last). */
  crashPoints: number;
  /** The operation whose completion made the new state survive a power cut. */
  commitOp: string | undefined;
  outcomes: Record<View, Record<Outcome, number>>;
  violations: string[];
}

const openOn = (ops: FileOps, now: () => Date, initial: AppData = INITIAL): ReturnType<typeof openStore> =>
  openStore({ dir: USER_DATA, ops, now, initial: () => initial, onBackgroundError: () => undefined });

/** The app at its next start, on a fresh disk holding `image`. */
async function nextStart(
  image: DiskImage,
): Promise<{ data: AppData; recovery: RecoveryNotice | null; temps: string[]; background: unknown[] }> {
  const sim = SimDisk.fromImage(image);
  const background: unknown[] = [];
  const { store, recovery } = await openStore({
    dir: USER_DATA,
    ops: sim,
    now: manualClock('2026-03-11T09:00:00.000Z').now,
    initial: () => INITIAL,
    onBackgroundError: (error) => background.push(error),
  });
  await store.flush();
  const temps = [...sim.afterProcessCrash().keys()].filter((path) => path.endsWith('.tmp'));
  return { data: store.data(), recovery, temps, background };
}

/** Checks one disk image after a cut; returns what was wrong, or the outcome. */
async function judge(image: DiskImage, prepared: Prepared): Promise<Outcome | string> {
  const { before, after, backupOf, keep, noticeAllowed } = prepared;
  let start;
  try {
    start = await nextStart(image);
  } catch (error) {
    return `the next start failed: ${String(error)}`;
  }
  const { data, recovery, temps, background } = start;
  const outcome = isDeepStrictEqual(data, before) ? 'old' : isDeepStrictEqual(data, after) ? 'new' : undefined;
  if (!outcome) {
    return `came back as ${nameOf(data)}, neither ${nameOf(before)} nor ${nameOf(after)} (notice: ${recovery?.reason ?? 'none'})`;
  }
  if (recovery && !noticeAllowed) return `a recovery notice at the next start: ${recovery.reason}`;
  if (temps.length > 0) return `temp files left after the next start: ${temps.join(', ')}`;
  if (background.length > 0) return `background errors at the next start: ${String(background[0])}`;
  if (backupOf && outcome === 'new') {
    const wanted = bytesOf(backupOf);
    const backups = [...filesIn(image, BACKUPS, /^data-.*\.json$/).values()];
    if (!backups.some((bytes) => sameBytes(bytes, wanted))) {
      return `the new state is on disk but the backup of ${nameOf(backupOf)} taken before it is not`;
    }
  }
  if (keep) {
    const kept = [...filesIn(image, USER_DATA, new RegExp(`^${escaped(DATA_FILE)}(\\.corrupt-.*)?$`)).values()];
    if (!kept.some((bytes) => sameBytes(bytes, keep))) return 'the original bytes are gone';
  }
  return outcome;
}

/**
 * Runs the save once to count its operations, then, for every operation index k, starts over
 * on a fresh disk, cuts the power at k and judges every view of the disk. `wrap` lets the
 * sanity tests break the store's fsyncs.
 */
async function crashMatrix(
  scenario: Scenario,
  { wrap = (sim) => sim, views = VIEWS }: { wrap?: (sim: SimDisk) => FileOps; views?: typeof VIEWS } = {},
): Promise<MatrixResult> {
  const violations: string[] = [];
  const outcomes = Object.fromEntries(VIEWS.map(([view]) => [view, { old: 0, new: 0 }])) as MatrixResult['outcomes'];

  const setUp = async (): Promise<{ sim: SimDisk; prepared: Prepared; from: number }> => {
    const sim = SimDisk.fromImage(scenario.image());
    const prepared = await scenario.prepare(wrap(sim));
    return { sim, prepared, from: sim.operations };
  };

  const dry = await setUp();
  await dry.prepared.save();
  await dry.prepared.store?.flush();
  const saveOps = dry.sim.trace.slice(dry.from);
  for (const pattern of scenario.mustInclude ?? []) {
    if (!saveOps.some((op) => pattern.test(op))) violations.push(`the save never did ${String(pattern)}`);
  }
  // Acknowledged means durable: a power cut right after the save must not lose it.
  const acknowledged = await judge(dry.sim.afterPowerLoss(), dry.prepared);
  const unchanged = isDeepStrictEqual(dry.prepared.before, dry.prepared.after);
  if (acknowledged !== (unchanged ? 'old' : 'new'))
    violations.push(`after the save completed, power loss: ${acknowledged}`);

  let commitAt: number | undefined;
  for (let k = 0; k < saveOps.length; k++) {
    const where = `cut at op ${k} (${saveOps[k]})`;
    const { sim, prepared } = await setUp();
    const precondition = await judge(sim.afterPowerLoss(), prepared);
    if (precondition !== 'old') violations.push(`${where}: the old state was not durable before the save`);
    sim.crashAt(k);
    const reportedSaved = await prepared.save().then(
      () => true,
      () => false,
    );
    await prepared.store?.flush();
    if (!sim.crashed) violations.push(`${where}: the save never reached the cut`);
    // The process is gone before the save finished: it cannot have been reported as saved.
    if (reportedSaved) violations.push(`${where}: the save was reported as saved`);
    for (const [view, imageOf] of views) {
      const outcome = await judge(imageOf(sim), prepared);
      if (outcome !== 'old' && outcome !== 'new') {
        violations.push(`${where}, ${view}: ${outcome}`);
        continue;
      }
      outcomes[view][outcome]++;
      if (view !== 'power loss') continue;
      // Once the new state is durable, no later cut may bring the old one back.
      if (outcome === 'new') commitAt ??= k;
      else if (commitAt !== undefined) violations.push(`${where}: old again after new was durable at op ${commitAt}`);
    }
  }
  // No cut kept the new state: it became durable with the last operation, if at all.
  if (commitAt === undefined && acknowledged === 'new') commitAt = saveOps.length;
  return {
    crashPoints: saveOps.length,
    commitOp: commitAt === undefined ? undefined : saveOps[commitAt - 1],
    outcomes,
    violations,
  };
}

const COMMIT = `fsync-dir ${USER_DATA}`;
const RENAME_INTO_BACKUPS = new RegExp(`^rename .* -> ${escaped(BACKUPS)}`);

const plainSave: Scenario = {
  name: 'a save with no backup due',
  image: () =>
    new Map([
      [DATA_PATH, bytesOf(OLD)],
      [backupPath(-10), bytesOf(OLD)],
    ]),
  async prepare(ops) {
    const { store } = await openOn(ops, manualClock(T0).now);
    return { store, before: OLD, after: NEW, save: () => store.update(renamed('New')) };
  },
};

const firstSaveAfterFirstRun: Scenario = {
  name: 'the first save after a first run (backup due, backups folder created)',
  image: () => new Map([[USER_DATA, DIR]]),
  async prepare(ops) {
    const clock = manualClock(T0);
    const { store } = await openOn(ops, clock.now, OLD);
    clock.advance(MINUTE);
    return { store, before: OLD, after: NEW, backupOf: OLD, save: () => store.update(renamed('New')) };
  },
  mustInclude: [new RegExp(`^mkdir ${escaped(BACKUPS)}`), RENAME_INTO_BACKUPS],
};

const saveWithBackupDue: Scenario = {
  name: 'a save that backs up first (newest backup over an hour old) and prunes',
  image: () =>
    new Map([
      [DATA_PATH, bytesOf(OLD)],
      [backupPath(-24 * 60), bytesOf(namedData('Yesterday'))],
      [backupPath(-300), bytesOf(namedData('5 hours ago'))],
      [backupPath(-240), bytesOf(namedData('4 hours ago'))],
      [backupPath(-180), bytesOf(namedData('3 hours ago'))],
    ]),
  async prepare(ops) {
    const clock = manualClock(T0);
    // Opening backs up Old (newest backup now T0); Mid is then saved with no backup due.
    const { store } = await openOn(ops, clock.now);
    clock.advance(MINUTE);
    await store.update(renamed('Mid'));
    clock.advance(61 * MINUTE);
    return { store, before: MID, after: NEW, backupOf: MID, save: () => store.update(renamed('New')) };
  },
  // Retention keeps 3 from today: the backup of Mid pushes one out.
  mustInclude: [RENAME_INTO_BACKUPS, new RegExp(`^unlink ${escaped(BACKUPS)}`)],
};

const CURRENT = namedData('Current');
const RESTORED = namedData('Restored');
const restore: Scenario = {
  name: 'restoreBackup (backs up the current data, then restores)',
  image: () =>
    new Map([
      [DATA_PATH, bytesOf(OLD)],
      [backupPath(-120), bytesOf(RESTORED)],
    ]),
  async prepare(ops) {
    const clock = manualClock(T0);
    const { store } = await openOn(ops, clock.now);
    clock.advance(MINUTE);
    await store.update(renamed('Current'));
    clock.advance(MINUTE);
    const name = backupNameFor(minutesFromT0(-120));
    return { store, before: CURRENT, after: RESTORED, backupOf: CURRENT, save: () => store.restoreBackup(name) };
  },
  mustInclude: [RENAME_INTO_BACKUPS],
};

const CORRUPT = Buffer.from('{"kind": "gapwise-data", "schemaVersion": 1, "organ', 'utf8');
const FROM_BACKUP = namedData('From backup');
const recoveryAtOpen: Scenario = {
  name: 'recovering a corrupt data file at open (quarantine, restore the backup)',
  image: () =>
    new Map([
      [DATA_PATH, CORRUPT],
      [backupPath(-60), bytesOf(FROM_BACKUP)],
    ]),
  async prepare(ops) {
    // The open is the operation under test: whatever happens, the backup's data come back.
    return {
      before: FROM_BACKUP,
      after: FROM_BACKUP,
      keep: CORRUPT,
      noticeAllowed: true,
      save: () => openOn(ops, manualClock(T0).now),
    };
  },
  mustInclude: [/^rename .*\.tmp -> .*gapwise-data\.json\.corrupt-/],
};

describe('power loss at every operation of a save', () => {
  for (const scenario of [plainSave, firstSaveAfterFirstRun, saveWithBackupDue, restore]) {
    it(`${scenario.name}: the next start finds exactly the old or the new state`, async () => {
      const result = await crashMatrix(scenario);
      expect(result.violations).toEqual([]);
      // The six steps of the durable write at least, each cut tried.
      expect(result.crashPoints).toBeGreaterThanOrEqual(6);
      for (const [view] of VIEWS) {
        const { old, new: fresh } = result.outcomes[view];
        expect(old + fresh, view).toBe(result.crashPoints);
      }
      // The save commits at the data folder's fsync, not before: until then a cut keeps the old state.
      expect(result.commitOp).toBe(COMMIT);
      expect(result.outcomes['power loss'].old).toBeGreaterThan(0);
    });
  }

  it(`${recoveryAtOpen.name}: whatever the crash, the next start finds the corrupt file or the backup's data, never a first run`, async () => {
    // The corrupt bytes are copied aside durably before the data file is replaced, so there is
    // no moment without a data file: a cut at any point, in any of the three views, either
    // leaves the corrupt file (and the next start recovers again) or the restored data.
    const result = await crashMatrix(recoveryAtOpen);
    expect(result.violations).toEqual([]);
    expect(result.crashPoints).toBeGreaterThanOrEqual(7);
  });
});

/** The sim's operations, with some replaced: a store that "forgot" an fsync. */
function broken(sim: SimDisk, replace: Partial<FileOps>): FileOps {
  const ops: FileOps = {
    open: (path, flags) => sim.open(path, flags),
    rename: (from, to) => sim.rename(from, to),
    unlink: (path) => sim.unlink(path),
    readdir: (dir) => sim.readdir(dir),
    readFile: (path) => sim.readFile(path),
    mkdir: (dir) => sim.mkdir(dir),
    stat: (path) => sim.stat(path),
    syncDir: (dir) => sim.syncDir(dir),
  };
  return { ...ops, ...replace };
}

describe('the simulated disk can lose data (so the tests above are not vacuous)', () => {
  const naiveSave = async (ops: FileOps): Promise<void> => {
    await ops.unlink(DATA_PATH);
    const file = await ops.open(DATA_PATH, 'wx');
    await file.write(bytesOf(NEW));
    await file.close();
    // Another file saved properly in the same folder (the window position, say) syncs the folder.
    await writeFileDurable(ops, join(USER_DATA, 'window-state.json'), '{}');
  };
  const image = (): DiskImage => new Map([[DATA_PATH, bytesOf(OLD)]]);

  it('a naive writer (no fsync of the file) leaves an empty data file after a power cut, even once done', async () => {
    const sim = SimDisk.fromImage(image());
    await naiveSave(sim);
    expect(sim.afterPowerLoss().get(DATA_PATH)).toEqual(new Uint8Array(0));
    const { data, recovery } = await nextStart(sim.afterPowerLoss());
    expect(recovery?.reason).toBe('the file is empty');
    expect(data).toEqual(INITIAL);
  });

  it('a naive writer cut mid-write: torn bytes or an empty file, depending on what reached the disk', async () => {
    const sim = SimDisk.fromImage(image());
    sim.crashAt(2);
    await expect(naiveSave(sim)).rejects.toBeInstanceOf(PowerCut);
    const whole = bytesOf(NEW);
    expect(sim.afterProcessCrash().get(DATA_PATH)).toEqual(whole.subarray(0, whole.length >> 1));
    expect(sim.afterMetadataOnly().get(DATA_PATH)).toEqual(new Uint8Array(0));
    // Nothing was synced yet: a power cut undoes even the unlink.
    expect(sameBytes(sim.afterPowerLoss().get(DATA_PATH), bytesOf(OLD))).toBe(true);
  });

  it('the crash matrix flags the naive writer', async () => {
    const naive: Scenario = {
      name: 'naive',
      image,
      prepare: async (ops) => ({ before: OLD, after: NEW, save: () => naiveSave(ops) }),
    };
    const { violations } = await crashMatrix(naive);
    expect(violations).toContainEqual(expect.stringMatching(/^after the save completed, power loss: came back as/));
    expect(violations).toContainEqual(expect.stringMatching(/metadata only: came back as "Initial data/));
  });

  it('the crash matrix flags a store that skips the file fsync', async () => {
    const noFileSync = (sim: SimDisk): FileOps =>
      broken(sim, {
        open: async (path, flags) => ({ ...(await sim.open(path, flags)), sync: async () => undefined }),
      });
    const { violations } = await crashMatrix(plainSave, { wrap: noFileSync });
    // The rename reaches the disk, the bytes behind it do not: an empty data file.
    expect(violations).toContainEqual(
      expect.stringMatching(/^after the save completed, power loss: .*the file is empty/),
    );
  });

  it('the crash matrix flags a store that skips the folder fsync', async () => {
    const noDirSync = (sim: SimDisk): FileOps => broken(sim, { syncDir: async () => undefined });
    const { violations } = await crashMatrix(plainSave, { wrap: noDirSync });
    // Reported as saved, but the rename never reached the disk: the old state comes back.
    expect(violations).toContain('after the save completed, power loss: old');
  });
});

describe('backups after a power cut', () => {
  it('a backup listed by "Back up now" survives a power cut, on a first backup too (backups folder new)', async () => {
    const sim = SimDisk.fromImage(new Map([[DATA_PATH, bytesOf(OLD)]]));
    const { store } = await openOn(sim, manualClock(T0).now);
    const listed = await store.backupNow();
    expect(listed).toHaveLength(1);
    const survived = filesIn(sim.afterPowerLoss(), BACKUPS);
    expect([...survived.keys()]).toEqual([listed[0]!.name]);
    expect(sameBytes(survived.get(listed[0]!.name), bytesOf(OLD))).toBe(true);
  });
});

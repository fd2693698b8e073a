import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupNameFor, nodeFileOps, openStore, RoundFileError, RoundFiles, type AppStore } from '@main/store';
import { CACHED_ROUNDS } from '@main/store/rounds';
import type { AppData } from '@shared/data';
import { roundEntry, roundSnapshot } from '@shared/rounds/round-file';
import type { RoundEntry, RoundSnapshot, TrendPoint } from '@shared/rounds/schema';
import { manualClock, namedData, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const T0 = '2026-03-10T12:00:00.000Z';

/** Figures the store never reads: it keeps them in the entry as given. */
const TREND: TrendPoint = {
  skills: [],
  engineeringFteCarried: 0,
  engineeringFteAboveThreshold: 0,
  headcountByRole: {},
  productTeams: [],
  levelsAssessed: 0,
  levelsStale: 0,
  plannedHires: 0,
};

const snapshotOf = (data: AppData, id: string, name = id): RoundSnapshot =>
  roundSnapshot(data, { id, name, date: '2026-03-31', closedAt: T0 });

/** Closes a round the way the handler does: the file first, then the entry. */
async function close(store: AppStore, id: string): Promise<RoundEntry> {
  const round = snapshotOf(store.data(), id);
  const entry = roundEntry(round, await store.rounds.write(round), TREND);
  await store.update((data) => ({ ...data, rounds: [...data.rounds, entry] }));
  return entry;
}

async function opened(dir: string, clock = manualClock(T0)) {
  return openStore({ dir, initial: () => namedData('Rounds'), now: clock.now, onBackgroundError: () => undefined });
}

const roundsIn = async (dir: string): Promise<string[]> => (await readdir(join(dir, 'rounds'))).sort();

describe('round files', () => {
  it('writes rounds/<id>.json and reads it back through its entry', async () => {
    const dir = await tempDir();
    const { store } = await opened(dir);
    const entry = await close(store, 'q1');
    expect(await roundsIn(dir)).toEqual(['q1.json']);
    const fresh = new RoundFiles(nodeFileOps, dir, () => new Date(T0));
    const round = await fresh.read(entry);
    expect(round.id).toBe('q1');
    expect(round.members.map((m) => m.id)).toEqual(store.data().members.map((m) => m.id));
  });

  it('never writes a round file twice', async () => {
    const dir = await tempDir();
    const { store } = await opened(dir);
    await close(store, 'q1');
    await expect(store.rounds.write(snapshotOf(store.data(), 'q1'))).rejects.toThrow(/exists already/);
  });

  it('gives a new round a slug of its name no listed round, no kept file and never "today" has', async () => {
    const dir = await tempDir();
    const { store } = await opened(dir);
    expect(await store.rounds.newId('2027 Q1 review', [])).toBe('2027-q1-review');
    expect(await store.rounds.newId('Today', [])).toBe('today-2');
    await close(store, 'q1');
    expect(await store.rounds.newId('Q1', store.data().rounds)).toBe('q1-2');
    // A deleted round's file is kept: its id is not given again while it is.
    await store.update((data) => ({ ...data, rounds: [] }));
    await store.rounds.setAside('q1');
    expect(await store.rounds.newId('Q1', [])).toBe('q1-2');
  });

  it('reports a missing file as missing, naming the round', async () => {
    const dir = await tempDir();
    const { store } = await opened(dir);
    const entry = await close(store, 'q1');
    await store.rounds.setAside('q1');
    const fresh = new RoundFiles(nodeFileOps, dir, () => new Date(T0));
    const error = await fresh.read(entry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoundFileError);
    expect((error as RoundFileError).reason).toBe('missing');
    expect((error as Error).message).toContain('"q1"');
  });

  it('sets a damaged file aside byte for byte and keeps saying the round is damaged', async () => {
    const dir = await tempDir();
    const { store } = await opened(dir);
    const entry = await close(store, 'q1');
    const file = join(dir, 'rounds', 'q1.json');
    const original = await readFile(file);
    const damaged = Buffer.from(original);
    damaged[damaged.length - 3] = 0x41;
    await writeFile(file, damaged);
    const fresh = new RoundFiles(nodeFileOps, dir, () => new Date(T0));
    const error = (await fresh.read(entry).catch((e: unknown) => e)) as RoundFileError;
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/sha256/);
    const kept = (await roundsIn(dir)).filter((name) => name.startsWith('q1.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(Buffer.compare(await readFile(join(dir, 'rounds', kept[0]!)), damaged)).toBe(0);
    const again = (await fresh.read(entry).catch((e: unknown) => e)) as RoundFileError;
    expect(again.message).toContain(kept[0]);
    // After a restart the round is still named, with where its bytes went.
    const later = (await new RoundFiles(nodeFileOps, dir, () => new Date(T0))
      .read(entry)
      .catch((e: unknown) => e)) as Error;
    expect(later.message).toContain(kept[0]);
    // The entry stays listed: the round is reported, not dropped.
    expect(store.data().rounds).toEqual([entry]);
  });

  it('keeps the last few rounds read in memory and reads older ones from their files again', async () => {
    const dir = await tempDir();
    const { store } = await opened(dir);
    const entries: RoundEntry[] = [];
    for (let q = 1; q <= CACHED_ROUNDS + 1; q += 1) entries.push(await close(store, `q${q}`));
    const files = new RoundFiles(nodeFileOps, dir, () => new Date(T0));
    for (const entry of entries) await files.read(entry);
    // Both files damaged on disk: the first was pushed out of memory, the last is still there.
    for (const id of ['q1', `q${CACHED_ROUNDS + 1}`]) await writeFile(join(dir, 'rounds', `${id}.json`), 'damaged');
    await expect(files.read(entries[0]!)).rejects.toBeInstanceOf(RoundFileError);
    expect((await files.read(entries.at(-1)!)).id).toBe(`q${CACHED_ROUNDS + 1}`);
  });

  it('refuses a file of the right size and digest that holds another round', async () => {
    const dir = await tempDir();
    const { store } = await opened(dir);
    const entry = await close(store, 'q1');
    const other = await close(store, 'q2');
    // The entry of q2 pointing at q1's name: q1's file has another size and digest, or id.
    const swapped = { ...other, id: 'q1', bytes: other.bytes, sha256: other.sha256 };
    await writeFile(join(dir, 'rounds', 'q1.json'), await readFile(join(dir, 'rounds', 'q2.json')));
    const error = (await new RoundFiles(nodeFileOps, dir, () => new Date(T0))
      .read(swapped)
      .catch((e: unknown) => e)) as RoundFileError;
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/id: the file holds round "q2"/);
    expect(entry.id).toBe('q1');
  });
});

describe('the rounds folder at start', () => {
  it('removes temp files of cut-short writes and sets aside files no round lists', async () => {
    const dir = await tempDir();
    const { store } = await opened(dir);
    await close(store, 'q1');
    await store.rounds.write(snapshotOf(store.data(), 'orphan'));
    await writeFile(join(dir, 'rounds', '.q3.json.123.abcdef.tmp'), 'half');
    await store.flush();
    const { store: again } = await opened(dir);
    expect(await roundsIn(dir)).toEqual(['deleted', 'q1.json']);
    const kept = await readdir(join(dir, 'rounds', 'deleted'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^orphan\.\d{4}-.*Z\.json$/);
    expect(again.data().rounds.map((r) => r.id)).toEqual(['q1']);
  });

  it('brings back the file of a listed round that was set aside', async () => {
    const dir = await tempDir();
    const { store } = await opened(dir);
    const entry = await close(store, 'q1');
    await store.rounds.setAside('q1');
    await store.flush();
    const { store: again } = await opened(dir);
    expect(await roundsIn(dir)).toEqual(['deleted', 'q1.json']);
    expect((await again.rounds.read(entry)).id).toBe('q1');
  });

  it('prunes set-aside files older than the oldest backup, and keeps newer ones', async () => {
    const dir = await tempDir();
    const clock = manualClock(T0);
    const { store } = await opened(dir, clock);
    await store.flush();
    const deleted = join(dir, 'rounds', 'deleted');
    await mkdir(deleted, { recursive: true });
    const stamp = (iso: string) => backupNameFor(new Date(iso)).slice('data-'.length, -'.json'.length);
    await writeFile(join(deleted, `old.${stamp('2026-03-01T00:00:00.000Z')}.json`), '{}');
    await writeFile(join(deleted, `new.${stamp('2026-03-11T00:00:00.000Z')}.json`), '{}');
    await writeFile(join(deleted, 'not-ours.txt'), 'kept');
    await opened(dir, clock);
    expect((await readdir(deleted)).sort()).toEqual([`new.${stamp('2026-03-11T00:00:00.000Z')}.json`, 'not-ours.txt']);
  });
});

describe('restoring a backup', () => {
  it('brings back the rounds the backup lists and sets aside the ones it does not', async () => {
    const dir = await tempDir();
    const clock = manualClock(T0);
    const { store } = await opened(dir, clock);
    const q1 = await close(store, 'q1');
    const [backup] = await store.backupNow();
    // q1 deleted (its file set aside), q2 closed after the backup.
    await store.update((data) => ({ ...data, rounds: [] }));
    await store.rounds.setAside('q1');
    clock.advance(60_000);
    await close(store, 'q2');
    const restored = await store.restoreBackup(backup!.name);
    expect(restored.rounds.map((r) => r.id)).toEqual(['q1']);
    expect(await roundsIn(dir)).toEqual(['deleted', 'q1.json']);
    expect((await new RoundFiles(nodeFileOps, dir, clock.now).read(q1)).id).toBe('q1');
    // q2 is kept aside, so restoring the backup taken before this restore brings it back too.
    const [newest] = await store.listBackups();
    const back = await store.restoreBackup(newest!.name);
    expect(back.rounds.map((r) => r.id)).toEqual(['q2']);
    expect(await roundsIn(dir)).toEqual(['deleted', 'q2.json']);
  });
});

describe('recovery at start', () => {
  it('restores a backup listing a round and brings the round file back from where it was set aside', async () => {
    const dir = await tempDir();
    const clock = manualClock(T0);
    const { store } = await opened(dir, clock);
    const q1 = await close(store, 'q1');
    await store.backupNow();
    clock.advance(60_000);
    await store.update((data) => ({ ...data, rounds: [] }));
    await store.rounds.setAside('q1');
    await store.flush();
    // The data file is damaged: the next start goes back to the backup, which lists q1.
    await writeFile(join(dir, 'gapwise-data.json'), '{"kind": "gapwise-data", ');
    const { store: again, recovery } = await opened(dir, clock);
    expect(recovery).not.toBeNull();
    expect(again.data().rounds).toEqual([q1]);
    expect((await again.rounds.read(q1)).id).toBe('q1');
  });
});

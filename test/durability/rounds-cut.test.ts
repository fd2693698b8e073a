import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HandlerDeps } from '@main/ipc/handlers';
import { createRoundHandlers } from '@main/ipc/rounds-handlers';
import { DEFAULT_DATA_FILE, openStore, RoundFiles, type AppStore } from '@main/store';
import { initialData, type AppData } from '@shared/data';
import { loadSolver } from '@shared/solver';
import { builtinFramework, sampleTeam } from '../support/fixtures';
import { SimDisk, type DiskImage } from '../support/sim-disk';

/*
 * Closing and deleting a round, cut at every operation each does, on a simulated disk (see
 * sim-disk.ts): after each cut, seen as a power loss, a crash of the process alone and a disk
 * that kept folder changes but not unsynced file data, the next start must find either no
 * round (none listed, no round file left in `rounds/`) or the whole round, readable.
 */

const USER_DATA = resolve('/sim/user-data');
const ROUNDS = join(USER_DATA, 'rounds');
const NOW = () => new Date('2027-03-31T09:00:00.000Z');
const VIEWS: [string, (sim: SimDisk) => DiskImage][] = [
  ['power loss', (sim) => sim.afterPowerLoss()],
  ['process crash', (sim) => sim.afterProcessCrash()],
  ['metadata only', (sim) => sim.afterMetadataOnly()],
];

let START: AppData;

beforeAll(async () => {
  await loadSolver();
  START = initialData(sampleTeam(), builtinFramework());
});

const image = (): DiskImage =>
  new Map([[join(USER_DATA, DEFAULT_DATA_FILE), new Uint8Array(Buffer.from(JSON.stringify(START), 'utf8'))]]);

async function storeOn(sim: SimDisk): Promise<AppStore> {
  const { store } = await openStore({
    dir: USER_DATA,
    ops: sim,
    now: NOW,
    initial: () => START,
    onBackgroundError: () => undefined,
  });
  await store.flush();
  return store;
}

const close = (store: AppStore) =>
  createRoundHandlers({ store, now: NOW } as HandlerDeps, (fn) => store.update(fn))['round:close']({
    name: '2027 Q1 review',
    date: '2027-03-31',
  });

/** The next start on `image`: none when no round is listed and none left in the folder, whole when it reads. */
async function judge(image: DiskImage): Promise<'none' | 'whole' | string> {
  const sim = SimDisk.fromImage(image);
  let store: AppStore;
  try {
    store = await storeOn(sim);
  } catch (error) {
    return `the next start failed: ${String(error)}`;
  }
  const listed = store.data().rounds;
  const inFolder = [...sim.afterProcessCrash().keys()]
    .filter((path) => path.startsWith(`${ROUNDS}/`) && !path.startsWith(`${ROUNDS}/deleted`))
    .map((path) => path.slice(ROUNDS.length + 1));
  if (listed.length === 0) {
    if (store.data().members.length !== START.members.length) return 'the team changed';
    return inFolder.length === 0 ? 'none' : `no round listed, yet rounds/ holds ${inFolder.join(', ')}`;
  }
  if (listed.length > 1) return `${listed.length} rounds listed`;
  const [entry] = listed;
  try {
    const round = await new RoundFiles(sim, USER_DATA, NOW).read(entry!);
    if (round.members.length !== START.members.length) return 'the round holds another team';
  } catch (error) {
    return `the round is listed but cannot be read: ${String(error)}`;
  }
  if (inFolder.join() !== `${entry!.id}.json`) return `rounds/ holds ${inFolder.join(', ')}`;
  if (store.data().selfAssessments.length !== 0) return 'the closed round left its forms in the open round';
  return 'whole';
}

describe('closing a round, cut at every operation', () => {
  it('leaves no round or the whole round, in every view of the disk', async () => {
    const dry = SimDisk.fromImage(image());
    const dryStore = await storeOn(dry);
    const from = dry.operations;
    await close(dryStore);
    await dryStore.flush();
    const steps = dry.trace.slice(from);
    // The close writes the round file and then the data file, each with its fsyncs.
    expect(steps.some((op) => op.startsWith(`rename ${ROUNDS}/`))).toBe(true);
    expect(steps.filter((op) => op.startsWith('fsync-dir')).length).toBeGreaterThanOrEqual(2);
    expect(await judge(dry.afterPowerLoss())).toBe('whole');

    const seen = { none: 0, whole: 0 };
    const violations: string[] = [];
    for (let k = 0; k < steps.length; k++) {
      const sim = SimDisk.fromImage(image());
      const store = await storeOn(sim);
      sim.crashAt(k);
      const acknowledged = await Promise.resolve(close(store)).then(
        () => true,
        () => false,
      );
      await store.flush();
      if (acknowledged) violations.push(`cut at ${steps[k]}: the close was acknowledged`);
      for (const [view, imageOf] of VIEWS) {
        const verdict = await judge(imageOf(sim));
        if (verdict === 'none' || verdict === 'whole') seen[verdict] += 1;
        else violations.push(`cut at op ${k} (${steps[k]}), ${view}: ${verdict}`);
      }
    }
    expect(violations).toEqual([]);
    // Both ends were reached: early cuts keep no round, the last ones the whole round.
    expect(seen.none).toBeGreaterThan(0);
    expect(seen.whole).toBeGreaterThan(0);
  });
});

describe('deleting a round, cut at every operation', () => {
  it('leaves the round listed and readable, or not listed with its file out of rounds/', async () => {
    // The disk after a durable close: the round's file and the data listing it.
    const closedImage = async (): Promise<DiskImage> => {
      const sim = SimDisk.fromImage(image());
      const store = await storeOn(sim);
      await close(store);
      await store.flush();
      return sim.afterPowerLoss();
    };
    const base = await closedImage();
    const remove = (store: AppStore) =>
      createRoundHandlers({ store, now: NOW } as HandlerDeps, (fn) => store.update(fn))['round:delete']({
        roundId: '2027-q1-review',
      });

    const dry = SimDisk.fromImage(base);
    const dryStore = await storeOn(dry);
    const from = dry.operations;
    await remove(dryStore);
    await dryStore.flush();
    const steps = dry.trace.slice(from);
    expect(steps.some((op) => op.includes(`${ROUNDS}/deleted/`))).toBe(true);
    expect(await judge(dry.afterPowerLoss())).toBe('none');

    const seen = { none: 0, whole: 0 };
    const violations: string[] = [];
    for (let k = 0; k < steps.length; k++) {
      const sim = SimDisk.fromImage(base);
      const store = await storeOn(sim);
      sim.crashAt(k);
      await Promise.resolve(remove(store)).catch(() => undefined);
      await store.flush();
      for (const [view, imageOf] of VIEWS) {
        const verdict = await judge(imageOf(sim));
        if (verdict === 'none' || verdict === 'whole') seen[verdict] += 1;
        else violations.push(`cut at op ${k} (${steps[k]}), ${view}: ${verdict}`);
      }
    }
    expect(violations).toEqual([]);
    expect(seen.none).toBeGreaterThan(0);
    expect(seen.whole).toBeGreaterThan(0);
  });
});

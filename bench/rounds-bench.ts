import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_DATA_FILE, openStore } from '../electron/main/store';
import type { AppData } from '../shared/data';
import { roundEntry, roundSnapshot } from '../shared/rounds/round-file';
import type { RoundEntry } from '../shared/rounds/schema';
import { trendPoint } from '../shared/rounds/trend-point';
import { median } from './measure';

/*
 * What closed rounds cost the everyday work: opening the store and saving one change, with
 * 12 closed rounds (three years of quarters) against the same team with none. Each round's
 * team is in its own file, which neither opening nor saving reads, so both ratios should
 * stay near 1.
 */

export const ROUNDS = 12;

export interface RoundsTiming {
  id: 'open-rounds' | 'save-rounds';
  label: string;
  baseline: string;
  ms: number;
  baselineMs: number;
}

/** A store folder holding `data` and, when `rounds`, 12 closed rounds of it (files and entries). */
async function storeFolder(dir: string, data: AppData, rounds: boolean): Promise<void> {
  await mkdir(dir, { recursive: true });
  let listed: RoundEntry[] = [];
  if (rounds) {
    const { store } = await openStore({ dir, initial: () => data });
    // One analysis for all: the figures are the same team's, and the bench times the store.
    const trend = trendPoint(data, '2026-03-31');
    for (let q = 0; q < ROUNDS; q += 1) {
      const id = `q${q + 1}`;
      const round = roundSnapshot(data, {
        id,
        name: `Quarter ${q + 1}`,
        date: '2026-03-31',
        closedAt: new Date().toISOString(),
      });
      listed.push(roundEntry(round, await store.rounds.write(round), trend));
    }
    await store.flush();
  } else {
    listed = [];
  }
  await writeFile(join(dir, DEFAULT_DATA_FILE), JSON.stringify({ ...data, rounds: listed }));
}

export async function roundsBench(
  dir: string,
  data: AppData,
  runs: number,
  withOneChange: (data: AppData, n: number) => AppData,
): Promise<RoundsTiming[]> {
  const none = join(dir, 'no-rounds');
  const twelve = join(dir, 'twelve-rounds');
  await storeFolder(none, data, false);
  await storeFolder(twelve, data, true);
  // Opening takes a backup when the file differs from the newest: after the first open it does not.
  const open = (folder: string) => async () => {
    const { store } = await openStore({ dir: folder, initial: () => data, onBackgroundError: () => undefined });
    await store.flush();
  };
  const openNone = await median(open(none), runs);
  const openTwelve = await median(open(twelve), runs);

  const save = async (folder: string) => {
    const { store } = await openStore({ dir: folder, initial: () => data, onBackgroundError: () => undefined });
    let n = 0;
    const ms = await median(() => store.update((current) => withOneChange(current, (n += 1))), runs);
    await store.flush();
    return ms;
  };
  const saveNone = await save(none);
  const saveTwelve = await save(twelve);
  return [
    {
      id: 'open-rounds',
      label: `Open the store with ${ROUNDS} closed rounds`,
      baseline: 'the same team with no round closed',
      ms: openTwelve,
      baselineMs: openNone,
    },
    {
      id: 'save-rounds',
      label: `Durable save after one change, ${ROUNDS} closed rounds`,
      baseline: 'the same team with no round closed',
      ms: saveTwelve,
      baselineMs: saveNone,
    },
  ];
}

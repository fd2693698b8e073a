import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_DATA_FILE, openStore } from '../electron/main/store';
import type { AppData } from '../shared/data';
import { roundEntry, roundSnapshot } from '../shared/rounds/round-file';
import type { RoundEntry } from '../shared/rounds/schema';
import { analyzeTeam } from '../shared/analysis';
import { todayTrend, trendPoint } from '../shared/rounds/trend-point';
import { trendsTable } from '../shared/rounds/trends-table';
import { figureOf, type Figure } from './figure';
import { samplePair } from './measure';

/*
 * What closed rounds cost the everyday work: opening the store and saving one change, with
 * 12 closed rounds (three years of quarters) against the same team with none. Each round's
 * team is in its own file, which neither opening nor saving reads, so both ratios should
 * stay near 1.
 */

export const ROUNDS = 12;

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
  size: number,
  runs: number,
  withOneChange: (data: AppData, n: number) => AppData,
): Promise<Figure[]> {
  const none = join(dir, 'no-rounds');
  const twelve = join(dir, 'twelve-rounds');
  await storeFolder(none, data, false);
  await storeFolder(twelve, data, true);
  const options = { runs, collectEachRun: size >= 10_000 };
  // Opening takes a backup when the file differs from the newest: after the first open it does not.
  const open = (folder: string) => async () => {
    const { store } = await openStore({ dir: folder, initial: () => data, onBackgroundError: () => undefined });
    await store.flush();
  };
  const opening = await samplePair(open(twelve), open(none), options);

  const stores = await Promise.all(
    [none, twelve].map(
      async (folder) =>
        (await openStore({ dir: folder, initial: () => data, onBackgroundError: () => undefined })).store,
    ),
  );
  let n = 0;
  const saving = await samplePair(
    () => stores[1]!.update((current) => withOneChange(current, (n += 1))),
    () => stores[0]!.update((current) => withOneChange(current, (n += 1))),
    options,
  );
  await Promise.all(stores.map((store) => store.flush()));
  // The trends screen's data: today's column from the analysis the page already holds, and
  // the tables of the 12 rounds' entries (their figures were computed when each was closed).
  const analysis = analyzeTeam(data);
  const entries = (JSON.parse(await readFile(join(twelve, DEFAULT_DATA_FILE), 'utf8')) as AppData).rounds;
  const trends = await samplePair(
    () => trendsTable(entries, todayTrend(data, '2026-12-01', analysis), data.framework),
    () => analyzeTeam(data),
    options,
  );
  return [
    figureOf({
      id: 'trends',
      label: `Trends over ${ROUNDS} closed rounds and today (the screen's tables)`,
      baseline: 'the full analysis the page already holds',
      size,
      ms: trends.figure,
      baselineMs: trends.baseline,
      target: { maxMs: 1000 },
    }),
    figureOf({
      id: 'open-rounds',
      label: `Open the store with ${ROUNDS} closed rounds`,
      baseline: 'the same team with no round closed',
      size,
      ms: opening.figure,
      baselineMs: opening.baseline,
      target: { maxRatio: 1.3 },
    }),
    figureOf({
      id: 'save-rounds',
      label: `Durable save after one change, ${ROUNDS} closed rounds`,
      baseline: 'the same team with no round closed',
      size,
      ms: saving.figure,
      baselineMs: saving.baseline,
      target: { maxRatio: 1.1 },
    }),
  ];
}

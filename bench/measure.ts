/*
 * How the bench times things. Every figure is a sample of several runs, reported as its
 * min / median / max, beside a baseline timed in the same run. On a shared machine the
 * spread is part of the result: a figure whose middle half of runs (first to third
 * quartile) spreads by more than a quarter of its median is marked unstable and not judged.
 * The quartiles rather than min and max: on a 2-core machine one run in twenty is
 * interrupted by something else, and that one run would otherwise decide every figure;
 * min and max stay in the report beside the median.
 */

/** Runs' spread, as a share of the median, above which a figure is not judged. */
export const UNSTABLE_SPREAD = 0.25;

export interface Timing {
  min: number;
  /** First quartile (nearest rank). */
  q1: number;
  median: number;
  /** Third quartile (nearest rank). */
  q3: number;
  max: number;
  runs: number;
}

/** A full garbage collection, when node runs with --expose-gc (as `npm run bench` does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Min, median and max of a list of times (ms), rounded for the report. */
export function timingOf(times: readonly number[]): Timing {
  if (times.length === 0) throw new Error('a timing needs at least one run');
  const sorted = [...times].sort((a, b) => a - b);
  const last = sorted.length - 1;
  return {
    min: round(sorted[0]!, 3),
    q1: round(sorted[Math.floor(last / 4)]!, 3),
    median: round(sorted[Math.floor(sorted.length / 2)]!, 3),
    q3: round(sorted[Math.ceil((3 * last) / 4)]!, 3),
    max: round(sorted[last]!, 3),
    runs: sorted.length,
  };
}

/** (third quartile − first quartile) ÷ median: 0 when the middle half of the runs took the same time. */
export function spreadOf(timing: Timing): number {
  return timing.median > 0 ? (timing.q3 - timing.q1) / timing.median : 0;
}

export const isUnstable = (timing: Timing): boolean => spreadOf(timing) > UNSTABLE_SPREAD;

export interface SampleOptions {
  runs: number;
  warmup?: number;
  /**
   * A full garbage collection before every run rather than once before all: for figures of
   * tens of milliseconds and more, where a collection falling inside one run but not another
   * is most of the spread.
   */
  collectEachRun?: boolean;
}

/** A timed run lasts at least this long (ms): shorter calls are repeated within one run. */
export const MIN_RUN_MS = 2;

/**
 * How many calls of `fn` make one timed run: one, or as many as fill MIN_RUN_MS when a call
 * is shorter (a 0.1 ms pass timed alone is mostly the timer and the scheduler).
 */
async function callsPerRun(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  const once = performance.now() - start;
  return once >= MIN_RUN_MS ? 1 : Math.min(1000, Math.ceil(MIN_RUN_MS / Math.max(once, 0.001)));
}

/** One timed run: `calls` calls of `fn`, the time per call (ms). */
async function timedRun(fn: () => unknown, calls: number): Promise<number> {
  const start = performance.now();
  for (let c = 0; c < calls; c += 1) await fn();
  return (performance.now() - start) / calls;
}

/** `runs` timings of `fn` after `warmup` untimed runs, starting from a collected heap. */
export async function sample(fn: () => unknown, options: SampleOptions): Promise<Timing> {
  const { runs, warmup = 2, collectEachRun = false } = options;
  for (let i = 0; i < warmup; i += 1) await fn();
  const calls = await callsPerRun(fn);
  collectGarbage?.();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (collectEachRun && i > 0) collectGarbage?.();
    times.push(await timedRun(fn, calls));
  }
  return timingOf(times);
}

/**
 * A figure and its baseline timed in turns (one run of each, again and again), so that load
 * from the rest of the machine falls on both alike: on a shared machine, timing one after
 * the other can move either by more than the difference measured.
 */
export async function samplePair(
  figure: () => unknown,
  baseline: () => unknown,
  options: SampleOptions,
): Promise<{ figure: Timing; baseline: Timing }> {
  const { runs, warmup = 2, collectEachRun = false } = options;
  for (let i = 0; i < warmup; i += 1) {
    await baseline();
    await figure();
  }
  const baselineCalls = await callsPerRun(baseline);
  const figureCalls = await callsPerRun(figure);
  collectGarbage?.();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (collectEachRun && i > 0) collectGarbage?.();
    b.push(await timedRun(baseline, baselineCalls));
    if (collectEachRun) collectGarbage?.();
    a.push(await timedRun(figure, figureCalls));
  }
  return { figure: timingOf(a), baseline: timingOf(b) };
}

/** The median of `runs` timings (ms) of `fn`; see `sample`. */
export async function median(fn: () => unknown, runs: number, warmup = 2): Promise<number> {
  return (await sample(fn, { runs, warmup })).median;
}

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

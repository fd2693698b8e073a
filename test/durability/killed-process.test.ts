import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildChild,
  describeSummary,
  failed,
  killChildren,
  makeFixture,
  runTrials,
  type DurabilitySummary,
  type Fixture,
  type WriterMode,
} from './harness';

/*
 * The store never loses an acknowledged save and never leaves a corrupt file when the app is
 * killed at a random moment: `npm test` runs 30 trials, vitest.durability.mts 200. Two broken
 * writers run through the same harness must be caught, or the harness proves nothing: one
 * that truncates and rewrites the file in place (corrupt files), one that acknowledges a
 * change before saving it (lost acknowledged writes).
 */

const TRIALS = Number(process.env['DURABILITY_TRIALS'] ?? 30);
/** Fixed so a failure can be replayed; DURABILITY_SEED explores other kill timings. */
const SEED = Number(process.env['DURABILITY_SEED'] ?? 20260310);
/**
 * The controls stop at their first caught failure (at most 60 trials) unless
 * DURABILITY_CONTROL_TRIALS asks for a fixed number, to measure how often they are caught.
 */
const CONTROL_TRIALS = Number(process.env['DURABILITY_CONTROL_TRIALS'] ?? 60);
const CONTROL_STOPS_EARLY = process.env['DURABILITY_CONTROL_TRIALS'] === undefined;

let childBundle: string;
let fixture: Fixture;

beforeAll(async () => {
  childBundle = await buildChild();
  fixture = makeFixture(600);
}, 60_000);

// A test that times out mid-trial must not leave its child running.
afterAll(killChildren);

/** The failing trials, readable in an assertion message. */
const failures = (summary: DurabilitySummary): string[] =>
  summary.results.filter(failed).map((r) => `trial ${r.trial} (kill at +${r.delayMs} ms): ${r.problems.join('; ')}`);

const runControl = async (mode: WriterMode): Promise<DurabilitySummary> => {
  const summary = await runTrials({
    mode,
    trials: CONTROL_TRIALS,
    seed: SEED,
    childBundle,
    fixture,
    stopAtFirstFailure: CONTROL_STOPS_EARLY,
  });
  console.log(`durability negative control ${describeSummary(summary)}`);
  return summary;
};

describe('killed-process durability', () => {
  it('starts from a data file of at least 500 KB', () => {
    expect(fixture.bytes.byteLength).toBeGreaterThanOrEqual(500 * 1024);
  });

  it(`the store loses no acknowledged write and leaves no corrupt file over ${TRIALS} SIGKILLs`, async () => {
    expect(TRIALS).toBeGreaterThan(0);
    const summary = await runTrials({ mode: 'store', trials: TRIALS, seed: SEED, childBundle, fixture });
    console.log(`durability ${describeSummary(summary)} (seed ${SEED})`);
    expect(failures(summary)).toEqual([]);
    expect(summary.lost).toBe(0);
    expect(summary.corrupt).toBe(0);
    expect(summary.trials).toBe(TRIALS);
    // Not vacuous: the kills came after several saves, and (given enough trials) some of
    // them in the middle of one, leaving a temp file for the next start to sweep. How many
    // saves fit in the kill delay depends on the machine's load (4 on a busy 2-core machine,
    // 5 or more on an idle one), so the bar is "more than a couple", not a speed.
    expect(summary.medianAck).toBeGreaterThanOrEqual(3);
    if (TRIALS >= 10) expect(summary.killedMidWrite).toBeGreaterThan(0);
  }, 900_000);

  it('catches a naive writer that truncates and rewrites the file in place (corrupt files)', async () => {
    const summary = await runControl('naive');
    expect(summary.corrupt).toBeGreaterThan(0);
  }, 900_000);

  it('catches a writer that acknowledges before it saves (lost acknowledged writes)', async () => {
    const summary = await runControl('early-ack');
    expect(summary.lost).toBeGreaterThan(0);
  }, 900_000);
});

/*
 * Killed-process durability harness. Each trial copies a fresh data file (over 500 KB) into
 * a temp folder, starts the child (child.ts) on it, SIGKILLs it a random time after its
 * first acknowledged save, and then checks the folder the way the next start of the app
 * would meet it: the file must exist, decode and validate, hold exactly the state after
 * some k mutations with k at least the highest acknowledged one, and reopen with no recovery.
 *
 * SIGKILL tests what a crash of the process can leave behind (a half-written file, a lost
 * rename, a leftover temp file), not a power cut: the kernel keeps every completed write.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import { rng, syntheticFramework, syntheticOrganisation } from '../../bench/synthetic';
import { decodeDataBytes, DEFAULT_DATA_FILE, openStore } from '@main/store';
import type { AppData } from '@shared/data';
import { mutationNumberOf, stateAfter } from './mutations';

/** The real store; a naive in-place writer; the real store acknowledging before it saves. */
export type WriterMode = 'store' | 'naive' | 'early-ack';

const ROOT = resolve(__dirname, '..', '..');
export const CHILD_BUNDLE = join(ROOT, 'out', 'durability', 'child.cjs');

/** Our temp-file names (see durable-write.ts): present after a kill means a write was cut short. */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]+\.tmp$/;

/**
 * Bundles child.ts for plain Node, as scripts/build-bench.mjs does: packages stay external
 * (lowdb is ESM; Node 20.19+ requires it from CommonJS). Written beside and renamed into
 * place so a concurrent run never starts a half-written bundle.
 */
export async function buildChild(): Promise<string> {
  const temp = `${CHILD_BUNDLE}.${process.pid}.tmp`;
  await mkdir(dirname(CHILD_BUNDLE), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'test', 'durability', 'child.ts')],
    // The path aliases are defined there.
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  await rename(temp, CHILD_BUNDLE);
  return CHILD_BUNDLE;
}

/** The data every trial starts from, as file bytes and as the decoded state the child starts with. */
export interface Fixture {
  bytes: Buffer;
  initial: AppData;
}

/** A synthetic organisation of `members` people on a 60-skill framework (600 people ≈ 0.9 MB). */
export function makeFixture(members = 600): Fixture {
  const bytes = Buffer.from(JSON.stringify(syntheticOrganisation(members, syntheticFramework(60))), 'utf8');
  const decoded = decodeDataBytes(bytes);
  if (!decoded.ok) throw new Error(`the synthetic data is invalid: ${decoded.message}`);
  return { bytes, initial: decoded.data };
}

export interface TrialResult {
  trial: number;
  /** How long after the first ack the kill was sent. */
  delayMs: number;
  highestAck: number;
  /** The mutation the file holds after the kill; undefined when it holds none (corrupt or unknown). */
  fileState: number | undefined;
  /** A temp file was left behind: the kill landed in the middle of a save. */
  killedMidWrite: boolean;
  /** Missing, unparseable or invalid data file. */
  corrupt: boolean;
  /** The file is valid but holds fewer mutations than were acknowledged. */
  lost: boolean;
  /** Everything else that went wrong (wrong state, recovery on reopen, child misbehaving). */
  problems: string[];
}

export const failed = (result: TrialResult): boolean => result.corrupt || result.lost || result.problems.length > 0;

export interface TrialOptions {
  mode: WriterMode;
  childBundle: string;
  fixture: Fixture;
  trial: number;
  delayMs: number;
  /** Give up on a child that has not acknowledged anything by then (it counts as a failure). */
  firstAckTimeoutMs?: number;
}

interface ChildRun {
  highestAck: number;
  acks: number;
  killed: boolean;
  exit: string;
  /** Everything the child said besides acks (its stderr, stray stdout): a healthy child says nothing. */
  stray: string;
}

/** Children still running: killed by `killChildren` if a test ends (or times out) mid-trial. */
const running = new Set<ChildProcess>();

/** SIGKILLs every child of this harness that is still running. */
export function killChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Starts the child, kills it `delayMs` after its first ack, and collects every ack it wrote. */
function runChild(options: TrialOptions, dir: string): Promise<ChildRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [options.childBundle, options.mode, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let highestAck = 0;
    let acks = 0;
    let pending = '';
    let stray = '';
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = (): void => {
      killed = child.kill('SIGKILL');
    };
    const giveUp = setTimeout(kill, options.firstAckTimeoutMs ?? 20_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (!match) {
          stray += `unexpected output: ${line}\n`;
          continue;
        }
        acks += 1;
        highestAck = Math.max(highestAck, Number(match[1]));
        if (timer === undefined) {
          clearTimeout(giveUp);
          timer = setTimeout(kill, options.delayMs);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stray += chunk;
    });
    child.on('error', (error) => {
      running.delete(child);
      clearTimeout(giveUp);
      clearTimeout(timer);
      reject(error);
    });
    // 'close', not 'exit': every ack written before the kill has been read by then.
    child.on('close', (code, signal) => {
      running.delete(child);
      clearTimeout(giveUp);
      clearTimeout(timer);
      if (pending !== '') stray += `unterminated output: ${pending}\n`;
      resolvePromise({ highestAck, acks, killed, exit: signal ?? `code ${code}`, stray });
    });
  });
}

/** One trial in a fresh temp folder, removed afterwards whatever happens. */
export async function runTrial(options: TrialOptions): Promise<TrialResult> {
  const dir = await mkdtemp(join(tmpdir(), 'gapwise-durability-'));
  try {
    const dataFile = join(dir, DEFAULT_DATA_FILE);
    await writeFile(dataFile, options.fixture.bytes);
    const run = await runChild(options, dir);
    const result: TrialResult = {
      trial: options.trial,
      delayMs: options.delayMs,
      highestAck: run.highestAck,
      fileState: undefined,
      killedMidWrite: (await readdir(dir)).some((name) => TEMP_FILE.test(name)),
      corrupt: false,
      lost: false,
      problems: [],
    };
    if (!run.killed || run.exit !== 'SIGKILL') result.problems.push(`the child ended on its own (${run.exit})`);
    if (run.acks === 0) result.problems.push('the child acknowledged nothing before it was killed');
    if (run.stray !== '') result.problems.push(`the child said: ${run.stray.trim()}`);
    await verifyFolder(dir, options.fixture, result).catch((error: unknown) => {
      result.problems.push(`checking the folder failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The checks of the folder a killed child left behind; findings go into `result`. */
async function verifyFolder(dir: string, fixture: Fixture, result: TrialResult): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, DEFAULT_DATA_FILE));
  } catch (error) {
    result.corrupt = true;
    result.problems.push(`the data file cannot be read: ${String(error)}`);
    return;
  }
  const decoded = decodeDataBytes(bytes);
  if (!decoded.ok) {
    result.corrupt = true;
    result.problems.push(`the data file is corrupt (${bytes.byteLength} bytes): ${decoded.message}`);
    return;
  }
  const k = mutationNumberOf(decoded.data, fixture.initial.organisation.name);
  if (k === undefined || !isDeepStrictEqual(decoded.data, stateAfter(fixture.initial, k))) {
    result.problems.push(`the data file holds no state of the mutation sequence (it claims ${k ?? 'nothing'})`);
    return;
  }
  result.fileState = k;
  if (k < result.highestAck) {
    result.lost = true;
    result.problems.push(
      `acknowledged writes lost: the file holds mutation ${k}, ${result.highestAck} was acknowledged`,
    );
  }

  // The next start of the app: it must find the same data and need no recovery.
  const backgroundErrors: unknown[] = [];
  const { store, recovery } = await openStore({
    dir,
    initial: () => fixture.initial,
    onBackgroundError: (error) => backgroundErrors.push(error),
  });
  await store.flush();
  if (recovery) result.problems.push(`reopening needed recovery: ${recovery.reason}`);
  if (!isDeepStrictEqual(store.data(), decoded.data)) result.problems.push('reopening gave different data');
  if ((await readdir(dir)).some((name) => TEMP_FILE.test(name))) result.problems.push('reopening left a temp file');
  for (const error of backgroundErrors) result.problems.push(`reopening reported: ${String(error)}`);
}

export interface DurabilitySummary {
  mode: WriterMode;
  trials: number;
  /** Trials whose file held fewer mutations than acknowledged. */
  lost: number;
  /** Trials whose data file was missing, unparseable or invalid. */
  corrupt: number;
  /** Trials with any failure at all (lost, corrupt or another problem). */
  failures: number;
  killedMidWrite: number;
  maxAck: number;
  medianAck: number;
  seconds: number;
  results: TrialResult[];
}

export interface TrialsOptions {
  mode: WriterMode;
  trials: number;
  seed: number;
  childBundle: string;
  fixture: Fixture;
  /** Stop at the first failing trial (the negative control only needs one). */
  stopAtFirstFailure?: boolean;
  /** Kill delays are drawn uniformly from this range (ms after the first ack). */
  delayRange?: readonly [number, number];
}

/** Runs trials one after another (each child is busy on a core) with seeded kill delays. */
export async function runTrials(options: TrialsOptions): Promise<DurabilitySummary> {
  const started = performance.now();
  const random = rng(options.seed);
  const [low, high] = options.delayRange ?? [20, 400];
  const results: TrialResult[] = [];
  for (let trial = 1; trial <= options.trials; trial += 1) {
    const delayMs = low + Math.floor(random() * (high - low + 1));
    const result = await runTrial({ ...options, trial, delayMs });
    results.push(result);
    if (options.stopAtFirstFailure && failed(result)) break;
  }
  const acks = results.map((r) => r.highestAck).sort((a, b) => a - b);
  return {
    mode: options.mode,
    trials: results.length,
    lost: results.filter((r) => r.lost).length,
    corrupt: results.filter((r) => r.corrupt).length,
    failures: results.filter(failed).length,
    killedMidWrite: results.filter((r) => r.killedMidWrite).length,
    maxAck: acks.at(-1) ?? 0,
    medianAck: acks[Math.floor(acks.length / 2)] ?? 0,
    seconds: (performance.now() - started) / 1000,
    results,
  };
}

/** One line to quote: the figures of a run. */
export const describeSummary = (s: DurabilitySummary): string =>
  `${s.mode}: ${s.trials} trials, ${s.lost} with acknowledged writes lost, ${s.corrupt} corrupt, ` +
  `${s.failures} failing, ${s.killedMidWrite} killed mid-write, ack median ${s.medianAck} max ${s.maxAck}, ` +
  `${s.seconds.toFixed(1)} s`;

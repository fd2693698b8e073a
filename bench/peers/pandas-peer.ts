import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { timingOf, type Timing } from '../measure';
import type { PeerInput, PeerResult } from './peer-input';

/*
 * The pandas peer: bench/peers/pandas_peer.py under Debian's Python (/usr/bin/python3, with
 * the python3-pandas package), not whichever python3 comes first on PATH. The script times
 * the computation itself; its start-up and reading its input are outside the timing.
 */

const run = promisify(execFile);
export const PYTHON = '/usr/bin/python3';

/** pandas's version, or null when Debian's python3-pandas is not installed. */
export async function pandasVersion(): Promise<string | null> {
  if (!existsSync(PYTHON)) return null;
  try {
    const { stdout } = await run(PYTHON, ['-c', 'import pandas; print(pandas.__version__)']);
    return stdout.trim();
  } catch {
    return null;
  }
}

export interface PandasRun {
  timing: Timing;
  result: PeerResult;
  versions: { python: string; pandas: string; numpy: string };
}

interface ScriptOutput {
  /** Every timed run (ms): the bench's own statistics are taken of them. */
  times: number[];
  holders: number[];
  fits: (number | null)[];
  versions: PandasRun['versions'];
}

/** `runs` timed runs of the pandas computation (after `warmup`), on `input` written to a temp file. */
export async function runPandasPeer(script: string, input: PeerInput, runs: number, warmup = 2): Promise<PandasRun> {
  const dir = await mkdtemp(join(tmpdir(), 'gapwise-pandas-'));
  try {
    const file = join(dir, 'input.json');
    await writeFile(file, JSON.stringify(input));
    const { stdout } = await run(PYTHON, [script, file, String(runs), String(warmup)], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = JSON.parse(stdout) as ScriptOutput;
    const timing = timingOf(output.times);
    return { timing, result: { holders: output.holders, fits: output.fits }, versions: output.versions };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

import { expect } from 'vitest';
import { run, type CliIo } from '../../cli/run';
import { TEST_NOW } from '../support/fixtures';

/* The CLI's run() in process, with a fake terminal: standard input is what the test hands it. */

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  bytes: Uint8Array[];
}

export interface FakeTerminal {
  /** Standard input's bytes, for the file "-"; reading it when none is given fails the test. */
  stdin?: string | Uint8Array;
  /** Standard output is a terminal (binary output is refused there). */
  terminal?: boolean;
}

export async function gapwise(args: string[], terminal: FakeTerminal = {}): Promise<Ran> {
  const ran: Ran = { code: -1, stdout: '', stderr: '', bytes: [] };
  let reads = 0;
  const io: CliIo = {
    stdout: (t) => (ran.stdout += t),
    stderr: (t) => (ran.stderr += t),
    stdoutBytes: (b) => ran.bytes.push(b),
    stdoutIsTerminal: terminal.terminal ?? false,
    // The clock main's handlers have in tests, so the CLI's exports and the app's compare equal.
    now: () => new Date(TEST_NOW),
    readStdin: async () => {
      reads += 1;
      if (terminal.stdin === undefined) throw new Error('standard input read, but the test gave none');
      return typeof terminal.stdin === 'string' ? new TextEncoder().encode(terminal.stdin) : terminal.stdin;
    },
  };
  ran.code = await run(args, io, 'test');
  expect(reads).toBeLessThanOrEqual(1);
  return ran;
}

import { join } from 'node:path';
import { loadSolver } from '../shared/solver';
import { clockFrom } from './now';
import { run } from './run';

declare const GAPWISE_VERSION: string;

/** All of standard input, for the file `-`: read only when a command asks for it. */
async function readStdin(): Promise<Uint8Array> {
  // Typed at a terminal rather than piped in: say how to end it, or the command seems to hang.
  if (process.stdin.isTTY)
    process.stderr.write('gapwise: reading standard input (end it with Ctrl-D, or Ctrl-Z then Enter on Windows)\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

// The hiring plan's solver (HiGHS) is a WebAssembly file that scripts/build-cli.mjs copies
// beside this bundle (out/cli/highs.wasm); it is compiled once before any command runs.
const solverLoaded = loadSolver({ wasm: join(__dirname, 'highs.wasm') });

// A reader that stops early (`gapwise analyze … | head`) closes the pipe: not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// Output is flushed before exit: process.exit() after a write to a pipe could cut it off.
void solverLoaded
  .then(() =>
    run(
      process.argv.slice(2),
      {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        stdoutBytes: (bytes) => process.stdout.write(bytes),
        stdoutIsTerminal: process.stdout.isTTY === true,
        readStdin,
        now: clockFrom(process.env.GAPWISE_NOW),
      },
      GAPWISE_VERSION,
    ),
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`gapwise: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );

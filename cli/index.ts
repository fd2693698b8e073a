import { join } from 'node:path';
import { loadSolver } from '../shared/solver';
import { run } from './run';

declare const GAPWISE_VERSION: string;

// The hiring plan's solver (HiGHS) is a WebAssembly file that scripts/build-cli.mjs copies
// beside this bundle (out/cli/highs.wasm); it is compiled once before any command runs.
const solverLoaded = loadSolver({ wasm: join(__dirname, 'highs.wasm') });

// Output is flushed before exit: process.exit() after a write to a pipe could cut it off.
void solverLoaded
  .then(() =>
    run(
      process.argv.slice(2),
      { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
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

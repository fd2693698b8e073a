import { run } from './run';

declare const GAPWISE_VERSION: string;

// Output is flushed before exit: process.exit() after a write to a pipe could cut it off.
const code = run(
  process.argv.slice(2),
  { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
  GAPWISE_VERSION,
);
process.exitCode = code;

import { run } from './run';

declare const GAPWISE_VERSION: string;

// Output is flushed before exit: process.exit() after a write to a pipe could cut it off.
void run(
  process.argv.slice(2),
  { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
  GAPWISE_VERSION,
).then((code) => {
  process.exitCode = code;
});

/*
 * The process the durability harness kills. Bundled by the harness with esbuild and run as
 * `node child.cjs <store|naive|early-ack> <data folder>`. It applies mutations 1, 2, 3… forever and
 * prints `ack <i>` once mutation i is acknowledged as saved; the harness SIGKILLs it at a
 * random moment and checks that the file still holds everything acknowledged.
 *
 * Acks go out with writeSync on fd 1 so that an ack the parent reads was really written
 * after the save returned: no stream buffering, nothing pending in the event loop.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDataBytes, DEFAULT_DATA_FILE, openStore } from '@main/store';
import type { AppData } from '@shared/data';
import { burstAt, mutate } from './mutations';

const ack = (i: number): void => {
  writeSync(1, `ack ${i}\n`);
};

function fail(error: unknown): never {
  writeSync(2, `durability child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

/**
 * The real store: each mutation through `store.update`, bursts issued without waiting so
 * they coalesce. `ackEarly` is the second negative control: the same store, but every
 * mutation acknowledged as soon as it is handed over rather than once it is saved.
 */
async function runStore(dir: string, ackEarly: boolean): Promise<never> {
  const { store, recovery } = await openStore({
    dir,
    initial: () => fail('the harness always provides a data file'),
    onBackgroundError: fail,
  });
  if (recovery) fail(`the store recovered at start: ${recovery.reason}`);
  for (let i = 1; ;) {
    const burst: Promise<void>[] = [];
    for (const end = i + burstAt(i); i < end; i += 1) {
      const n = i;
      const saved = store.update((current) => mutate(current, n));
      if (ackEarly) ack(n);
      burst.push(saved.then(() => (ackEarly ? undefined : ack(n))));
    }
    await Promise.all(burst);
  }
}

/**
 * The negative control: the same mutations saved the way a naive program would, truncating
 * the data file in place and streaming the JSON into it a member at a time with writeSync
 * (no temp file, no fsync, no rename). A kill during the save leaves a truncated file.
 */
function writeInPlace(file: string, data: AppData): void {
  const { members, ...rest } = data;
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${JSON.stringify(rest).slice(0, -1)},"members":[`);
    members.forEach((member, index) => writeSync(fd, `${index > 0 ? ',' : ''}${JSON.stringify(member)}`));
    writeSync(fd, ']}');
  } finally {
    closeSync(fd);
  }
}

async function runNaive(dir: string): Promise<never> {
  const file = join(dir, DEFAULT_DATA_FILE);
  const decoded = decodeDataBytes(readFileSync(file));
  if (!decoded.ok) fail(`the initial data file is invalid: ${decoded.message}`);
  let data = decoded.data;
  for (let i = 1; ;) {
    const acknowledged: number[] = [];
    for (const end = i + burstAt(i); i < end; i += 1) {
      data = mutate(data, i);
      acknowledged.push(i);
    }
    writeInPlace(file, data);
    acknowledged.forEach(ack);
    // Let the event loop turn between saves, as the store's loop does.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const [mode, dir] = process.argv.slice(2);
if (dir === undefined) fail('usage: child.cjs <store|naive|early-ack> <data folder>');
if (mode === 'store' || mode === 'early-ack') runStore(dir, mode === 'early-ack').catch(fail);
else if (mode === 'naive') runNaive(dir).catch(fail);
else fail(`unknown mode ${mode}`);

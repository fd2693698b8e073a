import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach } from 'vitest';
import { initialData, type AppData } from '@shared/data';
import { nodeFileOps, type FileOps } from '@main/store';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/** A fresh folder in the OS temp dir, removed after the test. */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gapwise-store-'));
    made.push(dir);
    return dir;
  };
}

export const sampleData = (): AppData => initialData(sampleTeam(), builtinFramework());

/** The sample data with a different organisation name: easy to tell apart from the sample. */
export const namedData = (name: string): AppData => {
  const data = sampleData();
  return { ...data, organisation: { ...data.organisation, name } };
};

export const renamed =
  (name: string) =>
  (data: AppData): AppData => ({ ...data, organisation: { ...data.organisation, name } });

export const DATA_FILE = 'gapwise-data.json';

/** A clock the test moves by hand. */
export function manualClock(iso: string): {
  now: () => Date;
  advance: (ms: number) => void;
  set: (iso: string) => void;
} {
  let at = new Date(iso).getTime();
  return {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
    set: (next) => {
      at = new Date(next).getTime();
    },
  };
}

export type FailPoint = (op: string, path: string) => Error | undefined;

/**
 * Real filesystem operations that record what happened, in order, as `op name` lines with
 * base names (temp names normalised to `<tmp:target>`), and can be made to fail at any point.
 */
export function recordingOps(failAt: FailPoint = () => undefined): { ops: FileOps; log: string[]; calls: string[] } {
  const log: string[] = [];
  const calls: string[] = [];
  const name = (path: string): string => {
    const base = basename(path);
    const temp = /^\.(.+)\.\d+\.[0-9a-f]+\.tmp$/.exec(base);
    return temp ? `<tmp:${temp[1]}>` : base;
  };
  const step = (op: string, path: string, detail = name(path)): void => {
    calls.push(`${op} ${path}`);
    const error = failAt(op, path);
    if (error) throw error;
    log.push(`${op} ${detail}`);
  };
  const ops: FileOps = {
    async open(path, flags) {
      step('open', path);
      const file = await nodeFileOps.open(path, flags);
      return {
        async write(data) {
          step('write', path);
          await file.write(data);
        },
        async sync() {
          step('fsync', path);
          await file.sync();
        },
        async close() {
          step('close', path);
          await file.close();
        },
      };
    },
    async rename(from, to) {
      step('rename', from, `${name(from)} -> ${name(to)}`);
      await nodeFileOps.rename(from, to);
    },
    async unlink(path) {
      step('unlink', path);
      await nodeFileOps.unlink(path);
    },
    async readdir(dir) {
      step('readdir', dir);
      return nodeFileOps.readdir(dir);
    },
    async readFile(path) {
      step('readFile', path);
      return nodeFileOps.readFile(path);
    },
    async mkdir(dir) {
      step('mkdir', dir);
      await nodeFileOps.mkdir(dir);
    },
    async stat(path) {
      step('stat', path);
      return nodeFileOps.stat(path);
    },
    async syncDir(dir) {
      step('fsync-dir', dir);
      await nodeFileOps.syncDir(dir);
    },
  };
  return { ops, log, calls };
}

/** The durability-relevant lines of a log (the ones that change or persist a file). */
export const writesOnly = (log: readonly string[]): string[] =>
  log.filter((line) => /^(open|write|fsync|close|rename|unlink|fsync-dir) /.test(line));

export const ioError = (code: string, message = code): NodeJS.ErrnoException =>
  Object.assign(new Error(message), { code });

/** Every file under `dir` with its exact bytes, for "nothing changed" assertions. */
export async function snapshotDir(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (at: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path, `${prefix}${entry.name}/`);
      else out.set(`${prefix}${entry.name}`, (await readFile(path)).toString('base64'));
    }
  };
  await walk(dir, '');
  return out;
}

export async function writeBackupFile(dir: string, name: string, content: string | Uint8Array): Promise<void> {
  await mkdir(join(dir, 'backups'), { recursive: true });
  await writeFile(join(dir, 'backups', name), content);
}

export const readJsonFile = async (path: string): Promise<AppData> =>
  JSON.parse(await readFile(path, 'utf8')) as AppData;

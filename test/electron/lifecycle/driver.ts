import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { World } from './world';

/**
 * The test's side of a lifecycle scenario: starts a child Node process that loads the built
 * main process with the stand-in Electron (host/main-host.cjs) and sends it what to do.
 */

export const ROOT = resolve(__dirname, '../../..');
export const BUILT_MAIN = join(ROOT, 'out/main/index.js');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const PRELOAD = join(ROOT, 'out/preload/index.js');
const HOST = join(__dirname, 'host/main-host.cjs');
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The suite tests the build, not the sources: without one it says how to make it. */
export function assertBuilt(): void {
  if (!existsSync(BUILT_MAIN)) {
    throw new Error(`${BUILT_MAIN} is missing: run \`npm run build\` first (npm test builds before running vitest).`);
  }
}

export interface LaunchOptions {
  /** Prepares the data folder before the app starts (a corrupt file, say). */
  prepare?: (dataDir: string) => void;
  /** Makes the data folder read-only where the app runs. */
  readOnly?: boolean;
  isPackaged?: boolean;
  singleInstanceLock?: boolean;
  rendererUrl?: string;
}

/** What the user picks in the next dialogs, and what the OS answers shell.openPath with ('' is success). */
export interface Answers {
  open?: { canceled: boolean; filePaths: string[] };
  save?: { canceled: boolean; filePath: string };
  openPath?: string;
}

type Step = { op: string; args?: object };

export class MainProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private stderr = '';

  constructor(
    private readonly child: ChildProcess,
    readonly home: string,
    readonly dataDir: string,
    readonly documentsDir: string,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    child.on('message', (message: { id: number; ok: boolean; value?: unknown; error?: string }) => {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.ok) waiter?.resolve(message.value);
      else waiter?.reject(new Error(`main-host: ${message.error}`));
    });
    child.on('exit', (code, signal) => {
      for (const waiter of this.waiting.values()) {
        waiter.reject(new Error(`main-host exited (${code ?? signal}) mid-request:\n${this.stderr}`));
      }
      this.waiting.clear();
    });
  }

  private send<T>(op: string, args?: object): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ id, op, args });
    });
  }

  /** Loads out/main/index.js with the stand-in served as `electron`. */
  load = (): Promise<void> => this.send('load');
  /** Electron becomes ready; resolves once the app's start-up has finished. */
  ready = (): Promise<void> => this.send('ready');
  world = (): Promise<World> => this.send('snapshot');
  /** The app:// page fetching `url` through the handler the app registered. */
  fetch = (url: string) =>
    this.send<{ status: number; headers: Record<string, string>; body: string }>('fetch', { url });
  /** A request from a frame at `frameUrl` on `channel`, answered by the app's ipcMain handler. */
  invoke = (channel: string, request: unknown, frameUrl = 'app://gapwise/index.html') =>
    this.send<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>('invoke', {
      channel,
      request,
      frameUrl,
    });
  click = (path: string[]): Promise<void> => this.send('click', { path });
  secondInstance = (): Promise<void> => this.send('secondInstance', { argv: ['gapwise'] });
  minimizeWindow = (): Promise<void> => this.send('window', { action: 'minimize' });
  navigate = (url: string) => this.send<{ prevented: boolean }>('navigate', { url });
  openWindow = (url: string) => this.send<{ action: string }>('openWindow', { url });
  permission = (name: string) => this.send<{ granted: boolean | null; checked: boolean }>('permission', { name });
  answer = (answers: Answers): Promise<void> => this.send('answer', answers);
  /** Steps run back to back in one turn of the child's event loop; resolves with each result. */
  batch = (steps: Step[]): Promise<unknown[]> => this.send('batch', { steps });

  /** What the child wrote to stderr: why it died, when it did. */
  errors = (): string => this.stderr;

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((done) => this.child.once('exit', done));
      this.child.kill('SIGKILL');
      await exited;
    }
    // A folder made read-only by permissions must be writable again to be removed.
    chmodSync(this.dataDir, 0o755);
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** Runs `command` as root with a read-only bind mount of the data folder in a private mount namespace. */
function readOnlyNamespace(dataDir: string, [program, args]: [string, string[]]): [string, string[]] {
  const script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"';
  return ['unshare', ['--mount', '--propagation', 'private', '/bin/sh', '-c', script, 'sh', dataDir, program, ...args]];
}

/** Starts the child with the built main process loaded (not yet ready). */
export async function launchMain(options: LaunchOptions = {}): Promise<MainProcess> {
  assertBuilt();
  const home = mkdtempSync(join(tmpdir(), 'gapwise-lifecycle-'));
  const paths = {
    home,
    appData: join(home, 'config'),
    userData: join(home, 'config/Gapwise'),
    temp: join(home, 'tmp'),
    documents: join(home, 'Documents'),
  };
  const dataDir = join(home, 'data');
  for (const dir of [dataDir, paths.documents]) mkdirSync(dir, { recursive: true });
  options.prepare?.(dataDir);

  const config = {
    bundle: BUILT_MAIN,
    // What app.getAppPath() answers: the folder of the package.json whose main is the bundle.
    appPath: ROOT,
    dataDir,
    paths,
    version: VERSION,
    isPackaged: options.isPackaged ?? true,
    singleInstanceLock: options.singleInstanceLock ?? true,
    readOnly: options.readOnly ?? false,
    displays: [
      { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    ],
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GAPWISE_DATA_DIR: dataDir,
    GAPWISE_LIFECYCLE_CONFIG: JSON.stringify(config),
  };
  delete env['ELECTRON_RENDERER_URL'];
  if (options.rendererUrl) env['ELECTRON_RENDERER_URL'] = options.rendererUrl;

  let command: [string, string[]] = [process.execPath, [HOST]];
  if (options.readOnly && process.getuid?.() === 0) command = readOnlyNamespace(dataDir, command);
  else if (options.readOnly) chmodSync(dataDir, 0o555);
  const child = spawn(command[0], command[1], {
    cwd: home,
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const main = new MainProcess(child, home, dataDir, paths.documents);
  await new Promise<void>((resolveStarted, reject) => {
    child.once('message', () => resolveStarted());
    child.once('error', (error) => reject(new Error(`main-host could not be started: ${error.message}`)));
    child.once('exit', (code) =>
      reject(new Error(`main-host ended before it started (exit ${code}): ${main.errors()}`)),
    );
  });
  await main.load();
  return main;
}

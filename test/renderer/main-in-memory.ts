import { basename } from 'node:path';
import { vi, type Mock } from 'vitest';
import { isAppUrl, resolveAppLocation } from '../../electron/main/app-location';
import { APP_INDEX_URL } from '../../electron/main/security/app-protocol';
import { importProgressOf, READING } from '../../electron/main/import/read-progress';
import { createGapwiseApi, type IpcRendererLike } from '../../electron/preload/bridge';
import packageJson from '../../package.json';
import type { AppData } from '@shared/data';
import { formatOf } from '@shared/interchange/format';
import { readCsv } from '@shared/interchange/read-csv';
import { readXlsx } from '@shared/interchange/read-xlsx';
import type { Channel, GapwiseApi } from '@shared/ipc';
import { failingFolders, type FailingFolders } from '../support/failing-folders';
import { startMainProcess, type MainProcess, type MainProcessOptions } from '../support/main-process';
import { SimDisk } from '../support/sim-disk';
import { track } from './requests-in-flight';

/** Where main keeps its data on the in-memory disk. */
export const DATA_DIR = '/data';
/** Where the save dialog suggests saving unless a test answers it otherwise. */
export const EXPORTS_DIR = '/exports';

export interface MainInMemoryOptions {
  /** Files on the disk before main starts, by absolute path: a data file, backups, files to import. */
  files?: Record<string, string | Uint8Array>;
  /** What the open dialogs answer, in order (null: cancelled); with none left they are cancelled. */
  opens?: (string | null)[];
  /** What the save dialogs answer, in order (null: cancelled); with none left, the suggested name in EXPORTS_DIR. */
  saves?: (string | null)[];
  /** What app.getVersion() reports: package.json's version unless given. */
  appVersion?: string;
  now?: MainProcessOptions['now'];
}

/** The preload API with every function a spy that calls through to the real bridge. */
export type SpiedApi = { [K in keyof GapwiseApi]: Mock<GapwiseApi[K]> };

export interface MainInMemory {
  /** window.gapwise as the preload builds it, over main's real IPC. */
  api: SpiedApi;
  /** The data as main holds it now. */
  current(): AppData;
  /** Main itself: its store, the requests it answered, the dialogs' answers to come. */
  process: MainProcess;
  /** Sends a main-process event to the page, as webContents.send would. */
  emit: MainProcess['emit'];
  /** Main's disk, whose folders can be made to fail (full, read-only, forbidden). */
  disk: FailingFolders;
  /** What the store told its caller and carried on from (a backup it could not take). */
  backgroundErrors: unknown[];
}

const encoder = new TextEncoder();
const bytesOf = (content: string | Uint8Array): Uint8Array =>
  typeof content === 'string' ? encoder.encode(content) : content;

/**
 * Gapwise's main process for component tests: the real dispatcher, handlers and store (see
 * test/support/main-process.ts) over a disk in memory, reached through the preload's own
 * bridge. Requests and events cross as copies, as Electron's IPC copies them, and the data
 * crosses as the app sends it: whole once, then as changes to what the page holds.
 */
export async function mainInMemory(options: MainInMemoryOptions = {}): Promise<MainInMemory> {
  const image = new Map(Object.entries(options.files ?? {}).map(([path, content]) => [path, bytesOf(content)]));
  const disk = failingFolders(SimDisk.fromImage(image));
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const backgroundErrors: unknown[] = [];
  const location = resolveAppLocation({ isPackaged: true, devServerUrl: undefined });

  const main = await startMainProcess({
    ops: disk,
    dataDir: DATA_DIR,
    exportsDir: EXPORTS_DIR,
    appVersion: options.appVersion ?? packageJson.version,
    isTrustedSender: (url) => isAppUrl(url, location),
    // The matrix worker's steps and readers, run in process on the bytes of the file chosen.
    readMatrix: async (file, onProgress) => {
      onProgress(READING);
      const bytes = await disk.readFile(file);
      const name = basename(file);
      return formatOf(name, bytes) === 'xlsx'
        ? readXlsx(bytes, name, undefined, (progress) => onProgress(importProgressOf(progress)))
        : readCsv(bytes, name);
    },
    printToPdf: async (html) => encoder.encode(`%PDF-1.7 ${html.length} characters of report`),
    applyTheme: () => undefined,
    deliver: async (event, payload) => {
      const copy = structuredClone(payload);
      for (const listener of listeners.get(event) ?? []) listener({}, copy);
    },
    ...(options.now ? { now: options.now } : {}),
    onBackgroundError: (error) => backgroundErrors.push(error),
  });
  for (const answer of options.opens ?? []) main.answerNextOpen(answer);
  for (const answer of options.saves ?? []) main.answerNextSave(answer);

  // What Electron's ipcRenderer does for the bridge: the page's own URL as the sender frame.
  const ipcRenderer: IpcRendererLike = {
    invoke: (channel, ...args) =>
      track(
        main
          .request(channel as Channel, APP_INDEX_URL, structuredClone(args))
          .then((answer) => structuredClone(answer)),
      ),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
    },
    removeListener: (event, listener) => listeners.get(event)?.delete(listener),
  };
  const bridge = createGapwiseApi(ipcRenderer, window);
  const api = Object.fromEntries(Object.entries(bridge).map(([name, fn]) => [name, vi.fn(fn)])) as SpiedApi;

  return { api, current: () => main.store.data(), process: main, emit: main.emit, disk, backgroundErrors };
}

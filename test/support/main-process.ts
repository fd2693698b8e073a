import { join } from 'node:path';
import type { HandlerDeps } from '../../electron/main/ipc/handlers';
import { createMainIpc, type MainIpc } from '../../electron/main/ipc/main-ipc';
import { firstRunData } from '../../electron/main/startup';
import { openStore, writeFileDurable, type AppStore, type FileOps } from '../../electron/main/store';
import { builtinFramework } from '@shared/io';
import type { Channel, IpcEvents, IpcResult, RecoveryNotice } from '@shared/ipc';

/** One IPC request as the dispatcher answered it. */
export interface CallRecord {
  channel: string;
  result: IpcResult<unknown>;
}

export interface MainProcessOptions {
  /** The disk main reads and writes: Node's own, or one in memory. */
  ops: FileOps;
  /** The data folder, as GAPWISE_DATA_DIR would set it. */
  dataDir: string;
  /** Where the save dialog suggests saving, unless told otherwise. */
  exportsDir: string;
  appVersion: string;
  isTrustedSender: (frameUrl: string) => boolean;
  readMatrix: HandlerDeps['readMatrix'];
  printToPdf: HandlerDeps['printToPdf'];
  applyTheme: HandlerDeps['applyTheme'];
  /** Hands an event to the page, its payload already as main sends it (as webContents.send). */
  deliver: (event: keyof IpcEvents, payload: unknown) => Promise<void>;
  now?: () => Date;
  /** Failures the store carries on after (a backup that could not be taken); console.warn by default. */
  onBackgroundError?: (error: unknown) => void;
}

/**
 * Gapwise's main process without Electron: the real store over `ops`, the real handlers
 * behind the one dispatcher, and the data sent to the page as the app sends it. Electron's
 * native parts are the only stand-ins: scripted dialog answers and recorded shell calls here,
 * the printer, the theme and the matrix reader from the caller.
 */
export interface MainProcess {
  store: AppStore;
  recovery: RecoveryNotice | null;
  ipc: MainIpc;
  /** Every request the dispatcher answered, in order. */
  calls: CallRecord[];
  /** Errors the dispatcher logged as unexpected (a handler bug). */
  mainErrors: string[];
  openedFolders: string[];
  openedLinks: string[];
  /** The next save dialog answers with this path, or is cancelled (null). */
  answerNextSave(answer: string | null): void;
  /**
   * The next open dialog answers with this path (or these paths, for a dialog choosing
   * several), or is cancelled (null); with none queued it is cancelled.
   */
  answerNextOpen(answer: string | readonly string[] | null): void;
  /** One request from the page at `frameUrl`, answered as main answers it (the data as changes). */
  request(channel: Channel, frameUrl: string, args: readonly unknown[]): Promise<IpcResult<unknown>>;
  /** Sends a main-process event to the page, as webContents.send would. */
  emit<E extends keyof IpcEvents>(event: E, payload: IpcEvents[E]): Promise<void>;
  /** An event's payload as main sends it (for a caller that delivers it itself, e.g. to time it). */
  eventPayload<E extends keyof IpcEvents>(event: E, payload: IpcEvents[E]): unknown;
}

/** The one page both harnesses drive: main keeps what it sent each page by this id. */
const PAGE_ID = 0;

export async function startMainProcess(options: MainProcessOptions): Promise<MainProcess> {
  const { ops } = options;
  await ops.mkdir(options.exportsDir);
  const { store, recovery, upgradeChanges } = await openStore({
    dir: options.dataDir,
    ops,
    initial: firstRunData,
    ...(options.now ? { now: options.now } : {}),
    ...(options.onBackgroundError ? { onBackgroundError: options.onBackgroundError } : {}),
  });

  const calls: CallRecord[] = [];
  const mainErrors: string[] = [];
  const openedFolders: string[] = [];
  const openedLinks: string[] = [];
  const saveAnswers: (string | null)[] = [];
  const openAnswers: (string | readonly string[] | null)[] = [];
  const nextOpen = (): string | null => {
    const answer = openAnswers.shift() ?? null;
    return typeof answer === 'string' || answer === null ? answer : (answer[0] ?? null);
  };

  // Events go to the page as main sends them (data as a change to what the page holds).
  let eventPayload = (_event: keyof IpcEvents, payload: unknown): unknown => payload;
  const emit = <E extends keyof IpcEvents>(event: E, payload: IpcEvents[E]) =>
    options.deliver(event, eventPayload(event, payload));

  const readBytes = async (file: string) => new Uint8Array(await ops.readFile(file));
  const deps: HandlerDeps = {
    store,
    recovery: () => recovery,
    upgradeChanges: () => upgradeChanges,
    appVersion: options.appVersion,
    builtinFramework,
    chooseFileToOpen: async () => nextOpen(),
    chooseFilesToOpen: async () => {
      const answer = openAnswers.shift() ?? null;
      return typeof answer === 'string' ? [answer] : answer === null ? null : [...answer];
    },
    // A folder is chosen in an open dialog: it takes the open dialogs' answers.
    chooseFolder: async () => nextOpen(),
    now: options.now ?? (() => new Date()),
    chooseFileToSave: async ({ defaultName }) =>
      saveAnswers.length > 0 ? saveAnswers.shift()! : join(options.exportsDir, defaultName),
    // As the app reads a file the user chose: its bytes, as UTF-8 text where text is wanted.
    readTextFile: async (file) => Buffer.from(await readBytes(file)).toString('utf8'),
    readFileBytes: readBytes,
    readMatrix: options.readMatrix,
    onImportProgress: (progress) => void emit('import:progress', progress).catch(() => undefined),
    writeFile: (file, data) => writeFileDurable(ops, file, data),
    openFolder: async (folder) => {
      openedFolders.push(folder);
    },
    openExternalLink: async (url) => {
      const ok = url.startsWith('https://');
      if (ok) openedLinks.push(url);
      return ok;
    },
    printToPdf: options.printToPdf,
    applyTheme: options.applyTheme,
  };
  const ipc = createMainIpc(deps, {
    isTrustedSender: options.isTrustedSender,
    logError: (channel, error) => mainErrors.push(`${channel}: ${String(error)}`),
  });
  eventPayload = (event, payload) => ipc.eventPayload(event, payload as IpcEvents[typeof event], PAGE_ID);

  return {
    store,
    recovery,
    ipc,
    calls,
    mainErrors,
    openedFolders,
    openedLinks,
    answerNextSave: (answer) => saveAnswers.push(answer),
    answerNextOpen: (answer) => openAnswers.push(answer),
    async request(channel, frameUrl, args) {
      const result = await ipc.dispatch(channel, { senderFrame: { url: frameUrl } }, args);
      calls.push({ channel, result });
      // As main answers: the data whole once, then as changes to what the page holds.
      return ipc.encodeAnswer(channel, result, PAGE_ID);
    },
    emit,
    eventPayload: (event, payload) => eventPayload(event, payload),
  };
}

import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isAppUrl, resolveAppLocation } from '../../../electron/main/app-location';
import { readMatrixInWorker } from '../../../electron/main/import/read-matrix';
import type { HandlerDeps } from '../../../electron/main/ipc/handlers';
import { createMainIpc } from '../../../electron/main/ipc/main-ipc';
import { firstRunData } from '../../../electron/main/startup';
import { nodeFileOps, openStore, writeFileDurable, type AppStore } from '../../../electron/main/store';
import type { Theme } from '../../../shared/data';
import packageJson from '../../../package.json';
import { builtinFramework } from '../../../shared/io';
import type { Channel, IpcEvents, IpcResult, RecoveryNotice } from '../../../shared/ipc';
import { bridgeScript, EMIT_FUNCTION, INVOKE_BINDING, STASH_ABOVE, STASHED } from './bridge-script';
import { launchChromium } from './chromium';
import { serveRenderer, type RendererServer } from './server';

export const ROOT = resolve(__dirname, '../../..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const MATRIX_WORKER = join(ROOT, 'out/main/matrix-worker.js');

export type ColorScheme = 'light' | 'dark';

export interface LaunchOptions {
  /** The data folder, as GAPWISE_DATA_DIR would set it; reuse one to "restart" the app on the same data. */
  dataDir: string;
  /** The system's colour scheme (what nativeTheme would report). */
  colorScheme?: ColorScheme;
  viewport?: { width: number; height: number };
}

/** One IPC request as the dispatcher answered it. */
export interface CallRecord {
  channel: string;
  result: IpcResult<unknown>;
}

/**
 * The app as one piece: the built renderer in Chromium, the preload's bridge, and the main
 * process's own dispatcher and handlers over a real store in `dataDir`. Electron's native
 * parts (dialogs, shell, printer) are the only stand-ins: scripted dialog answers, recorded
 * shell calls, and Chromium's own PDF printer for the print view.
 */
export interface RunningApp {
  page: Page;
  store: AppStore;
  recovery: RecoveryNotice | null;
  dataDir: string;
  /** Where the save dialog "chooses" to save exports unless told otherwise. */
  exportsDir: string;
  /** Every request the dispatcher answered, in order. */
  calls: CallRecord[];
  /** Uncaught page errors and console errors (CSP violations show here too). */
  pageErrors: string[];
  /** Errors the dispatcher logged as unexpected (a handler bug). */
  mainErrors: string[];
  openedFolders: string[];
  openedLinks: string[];
  /** The next save dialog answers with this path, or is cancelled (null). */
  answerNextSave(answer: string | null): void;
  /** The next open dialog answers with this path, or is cancelled (null). */
  answerNextOpen(answer: string | null): void;
  /**
   * Replaces the next request on `channel` after it left the page and before the dispatcher
   * sees it: what a compromised or buggy renderer could send.
   */
  tamperNext(channel: Channel, replace: (request: unknown) => unknown): void;
  /** Sends a main-process event to the page, as webContents.send would. */
  emit<E extends keyof IpcEvents>(event: E, payload: IpcEvents[E]): Promise<void>;
  /** An event's payload as main sends it (for a caller that delivers it itself, e.g. to time it). */
  eventPayload<E extends keyof IpcEvents>(event: E, payload: IpcEvents[E]): unknown;
  /** Closes the window and lets pending writes finish, as the app's will-quit does. */
  close(): Promise<void>;
}

export interface Harness {
  browser: Browser;
  server: RendererServer;
  launch(options: LaunchOptions): Promise<RunningApp>;
  close(): Promise<void>;
}

/** What app.getVersion() reports in the app: package.json's version. */
const APP_VERSION = packageJson.version;

async function printToPdf(browser: Browser, html: string): Promise<Uint8Array> {
  // As the app's hidden PDF window: no scripts, the report HTML only, A4 with backgrounds.
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await context.close();
  }
}

const schemeFor = (theme: Theme, system: ColorScheme): ColorScheme => (theme === 'system' ? system : theme);

export async function startHarness(): Promise<Harness> {
  await readFile(join(RENDERER_DIR, 'index.html')).catch(() => {
    throw new Error(`the renderer is not built (${RENDERER_DIR}); run \`npm run build\` first`);
  });
  const server = await serveRenderer(RENDERER_DIR);
  const browser = await launchChromium();
  const location = resolveAppLocation({ isPackaged: false, devServerUrl: `${server.origin}/` });
  const script = await bridgeScript();
  const contexts = new Set<BrowserContext>();

  async function launch(options: LaunchOptions): Promise<RunningApp> {
    const system = options.colorScheme ?? 'light';
    const exportsDir = join(options.dataDir, '..', `${options.dataDir.split('/').pop()}-exports`);
    await mkdir(exportsDir, { recursive: true });
    const { store, recovery } = await openStore({ dir: options.dataDir, initial: firstRunData });

    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      colorScheme: schemeFor(store.data().settings.theme, system),
      deviceScaleFactor: 1,
    });
    contexts.add(context);
    // Short waits: a flow step that has not happened in 10 s is a failure, not a slow machine.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();

    const calls: CallRecord[] = [];
    const pageErrors: string[] = [];
    const mainErrors: string[] = [];
    const openedFolders: string[] = [];
    const openedLinks: string[] = [];
    const saveAnswers: (string | null)[] = [];
    const openAnswers: (string | null)[] = [];
    const tampers = new Map<string, (request: unknown) => unknown>();

    // Events go to the page as main sends them (data as a change to what the page holds).
    let eventPayload = (_event: keyof IpcEvents, payload: unknown): unknown => payload;
    const emit = async <E extends keyof IpcEvents>(event: E, payload: IpcEvents[E]) => {
      if (page.isClosed()) return;
      await page.evaluate(
        ([name, fn, body]) => (window as unknown as Record<string, (e: string, p: unknown) => void>)[fn]!(name, body),
        [event, EMIT_FUNCTION, eventPayload(event, payload)] as const,
      );
    };

    const deps: HandlerDeps = {
      store,
      recovery: () => recovery,
      appVersion: APP_VERSION,
      builtinFramework,
      chooseFileToOpen: async () => openAnswers.shift() ?? null,
      chooseFileToSave: async ({ defaultName }) => {
        const answer = saveAnswers.length > 0 ? saveAnswers.shift()! : join(exportsDir, defaultName);
        return answer;
      },
      readTextFile: (file) => readFile(file, 'utf8'),
      readFileBytes: async (file) => new Uint8Array(await readFile(file)),
      // The app's own worker, as built: out/main/matrix-worker.js.
      readMatrix: (file, onProgress) => readMatrixInWorker(MATRIX_WORKER, file, onProgress),
      onImportProgress: (progress) => void emit('import:progress', progress).catch(() => undefined),
      writeFile: (file, data) => writeFileDurable(nodeFileOps, file, data),
      openFolder: async (folder) => {
        openedFolders.push(folder);
      },
      openExternalLink: async (url) => {
        const ok = url.startsWith('https://');
        if (ok) openedLinks.push(url);
        return ok;
      },
      printToPdf: (html) => printToPdf(browser, html),
      applyTheme: (theme) => void page.emulateMedia({ colorScheme: schemeFor(theme, system) }),
    };
    const mainIpc = createMainIpc(deps, {
      isTrustedSender: (url) => isAppUrl(url, location),
      logError: (channel, error) => mainErrors.push(`${channel}: ${String(error)}`),
    });

    eventPayload = (event, payload) => mainIpc.eventPayload(event, payload as IpcEvents[typeof event], 0);

    await page.exposeBinding(INVOKE_BINDING, async (source, channel: Channel, args: unknown[]) => {
      const tamper = tampers.get(channel);
      if (tamper) {
        tampers.delete(channel);
        args = [tamper(args[0]), ...args.slice(1)];
      }
      const result = await mainIpc.dispatch(channel, { senderFrame: { url: source.frame.url() } }, args);
      calls.push({ channel, result });
      // As main answers: the data whole once, then as changes to what the page holds.
      const text = JSON.stringify(mainIpc.encodeAnswer(channel, result, 0));
      return text.length > STASH_ABOVE ? `${STASHED}${server.stash(text)}` : text;
    });
    await page.addInitScript({ content: script });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });

    await page.goto(`${server.origin}/index.html`);
    // As main does once the window has loaded.
    if (recovery) await emit('store:recovered', recovery);

    return {
      page,
      store,
      recovery,
      dataDir: options.dataDir,
      exportsDir,
      calls,
      pageErrors,
      mainErrors,
      openedFolders,
      openedLinks,
      answerNextSave: (answer) => saveAnswers.push(answer),
      answerNextOpen: (answer) => openAnswers.push(answer),
      tamperNext: (channel, replace) => tampers.set(channel, replace),
      emit,
      eventPayload: (event, payload) => eventPayload(event, payload),
      close: async () => {
        await context.close();
        contexts.delete(context);
        await store.flush();
      },
    };
  }

  return {
    browser,
    server,
    launch,
    close: async () => {
      await Promise.allSettled([...contexts].map((context) => context.close()));
      await browser.close();
      await server.close();
    },
  };
}

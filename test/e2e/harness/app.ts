import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isAppUrl, resolveAppLocation } from '@main/app-location';
import { readMatrixInWorker } from '@main/import/read-matrix';
import { nodeFileOps, type AppStore } from '@main/store';
import type { Theme } from '@shared/data';
import packageJson from '../../../package.json';
import type { Channel, IpcEvents, RecoveryNotice } from '@shared/ipc';
import { startMainProcess, type CallRecord } from '../../support/main-process';
import { bridgeScript, EMIT_FUNCTION, INVOKE_BINDING, STASH_ABOVE, STASHED } from './bridge-script';
import { launchChromium } from './chromium';
import { serveRenderer, type RendererServer } from './server';

export type { CallRecord } from '../../support/main-process';

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
  answerNextOpen(answer: string | readonly string[] | null): void;
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
    // Made once main is running (the window takes the stored theme); events wait for it.
    let page: Page | undefined = undefined;
    const main = await startMainProcess({
      ops: nodeFileOps,
      dataDir: options.dataDir,
      exportsDir,
      appVersion: APP_VERSION,
      isTrustedSender: (url) => isAppUrl(url, location),
      // The app's own worker, as built: out/main/matrix-worker.js.
      readMatrix: (file, onProgress) => readMatrixInWorker(MATRIX_WORKER, file, onProgress),
      printToPdf: (html) => printToPdf(browser, html),
      applyTheme: (theme) => void page?.emulateMedia({ colorScheme: schemeFor(theme, system) }),
      deliver: async (event, payload) => {
        if (!page || page.isClosed()) return;
        await page.evaluate(
          ([name, fn, body]) => (window as unknown as Record<string, (e: string, p: unknown) => void>)[fn]!(name, body),
          [event, EMIT_FUNCTION, payload] as const,
        );
      },
    });
    const { store, recovery } = main;

    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      colorScheme: schemeFor(store.data().settings.theme, system),
      deviceScaleFactor: 1,
    });
    contexts.add(context);
    // Short waits: a flow step that has not happened in 10 s is a failure, not a slow machine.
    context.setDefaultTimeout(10_000);
    page = await context.newPage();

    const pageErrors: string[] = [];
    const tampers = new Map<string, (request: unknown) => unknown>();

    await page.exposeBinding(INVOKE_BINDING, async (source, channel: Channel, args: unknown[]) => {
      const tamper = tampers.get(channel);
      if (tamper) {
        tampers.delete(channel);
        args = [tamper(args[0]), ...args.slice(1)];
      }
      const text = JSON.stringify(await main.request(channel, source.frame.url(), args));
      return text.length > STASH_ABOVE ? `${STASHED}${server.stash(text)}` : text;
    });
    await page.addInitScript({ content: script });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });

    await page.goto(`${server.origin}/index.html`);
    // As main does once the window has loaded.
    if (recovery) await main.emit('store:recovered', recovery);

    return {
      page,
      store,
      recovery,
      dataDir: options.dataDir,
      exportsDir,
      calls: main.calls,
      pageErrors,
      mainErrors: main.mainErrors,
      openedFolders: main.openedFolders,
      openedLinks: main.openedLinks,
      answerNextSave: main.answerNextSave,
      answerNextOpen: main.answerNextOpen,
      tamperNext: (channel, replace) => tampers.set(channel, replace),
      emit: main.emit,
      eventPayload: main.eventPayload,
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

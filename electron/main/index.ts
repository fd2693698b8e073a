import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { AppData } from '@shared/data';
import { builtinFramework } from '@shared/io';
import type { IpcEvents, RecoveryNotice } from '@shared/ipc';
import { loadSolver } from '@shared/solver';
import { isAppUrl, isNavigationAllowed, resolveAppLocation, type AppLocation } from './app-location';
import { resolveDataDir } from './data-dir';
import { readMatrixInWorker } from './import/read-matrix';
import { registerIpc, type Handlers } from './ipc/dispatcher';
import { HandlerError } from './ipc/errors';
import type { HandlerDeps } from './ipc/handlers';
import { createMainIpc, type MainIpc } from './ipc/main-ipc';
import { buildMenuTemplate } from './menu';
import { APP_PROTOCOL_PRIVILEGES, APP_SCHEME, createAppProtocolHandler } from './security/app-protocol';
import { openExternalLink, type OpenExternal } from './security/external-links';
import { lockDownSession } from './security/permissions';
import { lockDownWebContents } from './security/web-contents';
import { onUnloadRefused } from './unsaved-close';
import { firstRunData, startupFailureMessage } from './startup';
import { nodeFileOps, openStore, writeFileDurable, type AppStore } from './store';
import { applyTheme, windowBackgroundColor } from './theme';
import {
  createMainWindowOptions,
  createPdfWindowOptions,
  type MainWindowOptions,
  type PdfWindowOptions,
} from './window-options';
import { loadWindowState, saveWindowState, trackWindowState, type WindowStateTracker } from './window-state';

// The only file of the main process that imports Electron. It wires Electron's features
// into the plain modules beside it, which the tests exercise without Electron.

/** The window icon on Linux, relative to the app folder; electron-builder.yml packages it. */
const LINUX_WINDOW_ICON = 'resources/icon.png';

/** Imported framework and data files are a few MB at most; anything far larger is not one. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

// Before 'ready': every renderer sandboxed, however it is created, and app:// privileged
// (privileges can only be granted to a scheme at start-up).
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_PROTOCOL_PRIVILEGES]);

const appLocation: AppLocation = resolveAppLocation({
  isPackaged: app.isPackaged,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
});
const rendererDir = join(__dirname, '../renderer');
const dataDir = resolveDataDir(process.env, app.getPath('userData'), process.cwd());

let mainWindow: BrowserWindow | null = null;
let windowState: WindowStateTracker | null = null;
let appStore: AppStore | null = null;
let mainIpc: MainIpc | null = null;

/** The one place the app calls shell.openExternal: with URLs parseExternalLink accepted. */
const openInBrowser: OpenExternal = (url) => shell.openExternal(url);

function send<E extends keyof IpcEvents>(event: E, payload: IpcEvents[E]): void {
  const page = mainWindow?.webContents;
  if (page && mainIpc) page.send(event, mainIpc.eventPayload(event, payload, page.id));
}

/**
 * Every window of the app is made here, from one of the tested option sets. The security
 * preferences are restated at the call for scanners that read one call at a time
 * (Electronegativity); the security checklist test holds them equal to the factory's.
 */
function secureWindow(options: MainWindowOptions | PdfWindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** Renders report HTML to PDF in a hidden, script-less, sandboxed window. */
async function printToPdf(html: string): Promise<Uint8Array> {
  const window = secureWindow(createPdfWindowOptions());
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    window.destroy();
  }
}

async function readImportBytes(file: string): Promise<Uint8Array> {
  const { size } = await stat(file);
  if (size > MAX_IMPORT_BYTES) throw new Error(`the file is ${size} bytes; a Gapwise file is far smaller`);
  return readFile(file);
}

async function chooseFileToOpen(options: { title: string; filters: OpenDialogOptions['filters'] }) {
  const dialogOptions: OpenDialogOptions = { title: options.title, filters: options.filters, properties: ['openFile'] };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, dialogOptions)
    : await dialog.showOpenDialog(dialogOptions);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function chooseFilesToOpen(options: { title: string; filters: OpenDialogOptions['filters'] }) {
  const dialogOptions: OpenDialogOptions = {
    title: options.title,
    filters: options.filters,
    properties: ['openFile', 'multiSelections'],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, dialogOptions)
    : await dialog.showOpenDialog(dialogOptions);
  return result.canceled ? null : result.filePaths;
}

async function chooseFolder(options: { title: string }) {
  const dialogOptions: OpenDialogOptions = { title: options.title, properties: ['openDirectory', 'createDirectory'] };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, dialogOptions)
    : await dialog.showOpenDialog(dialogOptions);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function chooseFileToSave(options: {
  title: string;
  defaultName: string;
  filters: SaveDialogOptions['filters'];
}) {
  const dialogOptions: SaveDialogOptions = {
    title: options.title,
    defaultPath: join(app.getPath('documents'), options.defaultName),
    filters: options.filters,
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, dialogOptions)
    : await dialog.showSaveDialog(dialogOptions);
  return result.canceled ? null : (result.filePath ?? null);
}

function setTheme(theme: AppData['settings']['theme']): void {
  mainWindow?.setBackgroundColor(applyTheme(nativeTheme, theme));
}

function handlerDeps(store: AppStore, recovery: RecoveryNotice | null, upgradeChanges: string[]): HandlerDeps {
  return {
    store,
    recovery: () => recovery,
    upgradeChanges: () => upgradeChanges,
    appVersion: app.getVersion(),
    builtinFramework,
    chooseFileToOpen,
    chooseFilesToOpen,
    chooseFileToSave,
    chooseFolder,
    now: () => new Date(),
    readTextFile: async (file) => Buffer.from(await readImportBytes(file)).toString('utf8'),
    readFileBytes: readImportBytes,
    readMatrix: (file, onProgress) => readMatrixInWorker(join(__dirname, 'matrix-worker.js'), file, onProgress),
    onImportProgress: (progress) => send('import:progress', progress),
    writeFile: (file, data) => writeFileDurable(nodeFileOps, file, data),
    openFolder: async (folder) => {
      const failure = await shell.openPath(folder);
      if (failure) throw new HandlerError('io-error', `the data folder could not be opened: ${failure}`);
    },
    openExternalLink: async (url) => (await openExternalLink(url, openInBrowser)).ok,
    printToPdf,
    applyTheme: setTheme,
  };
}

/** Menu items that act in main run the same handlers as the renderer's requests. */
function installMenu(handlers: Handlers, store: AppStore): void {
  const report = (title: string) => (error: unknown) => {
    const message = error instanceof HandlerError ? error.message : (error as Error).message;
    dialog.showErrorBox(title, message);
  };
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: 'Gapwise',
    isDev: !app.isPackaged,
    actions: {
      // A change main makes on its own: the page learns of it through data:changed.
      importFramework: () =>
        void Promise.resolve(handlers['framework:import']({}))
          .then((data) => data && send('data:changed', data))
          .catch(report('Import failed')),
      exportPlan: (request) => void Promise.resolve(handlers['plan:export'](request)).catch(report('Export failed')),
      backupNow: () =>
        void store
          .backupNow()
          .then(([newest]) =>
            dialog.showMessageBox({
              type: 'info',
              message: 'Backup saved',
              detail: newest ? `${newest.name} in ${join(store.dir, 'backups')}` : undefined,
            }),
          )
          .catch(report('Backup failed')),
      restoreBackup: () => send('menu:command', { command: 'restore-backup' }),
      // Through the page's handler: shell.openPath reports failure in its result, not by rejecting.
      openDataFolder: () =>
        void Promise.resolve(handlers['app:openDataFolder']({})).catch(report('Opening the data folder failed')),
      showShortcuts: () => send('menu:command', { command: 'show-shortcuts' }),
      importTeam: () => send('menu:command', { command: 'import-team' }),
      importAllData: () => send('menu:command', { command: 'import-data' }),
      exportTeam: (format) => void Promise.resolve(handlers['team:export']({ format })).catch(report('Export failed')),
      exportAllData: () => void Promise.resolve(handlers['data:exportAll']({})).catch(report('Export failed')),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createMainWindow(): Promise<void> {
  // Work areas with the primary display first: the default window is sized to fit it.
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const workAreas = [primary, ...others].map((display) => display.workArea);
  const stateFile = join(dataDir, 'window-state.json');
  const state = await loadWindowState(nodeFileOps, stateFile, workAreas);
  const window = secureWindow(
    createMainWindowOptions(
      join(__dirname, '../preload/index.js'),
      nativeTheme.shouldUseDarkColors,
      state,
      // macOS and Windows take the icon from the app bundle; Linux from the window.
      process.platform === 'linux' ? join(app.getAppPath(), LINUX_WINDOW_ICON) : undefined,
    ),
  );
  mainWindow = window;
  windowState = trackWindowState(window, (next) => saveWindowState(nodeFileOps, stateFile, next), 500);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  // The page refuses to unload while a member has unsaved changes: ask before discarding them.
  window.webContents.on('will-prevent-unload', (event) =>
    onUnloadRefused(event, (question) => dialog.showMessageBoxSync(window, question)),
  );
  await window.loadURL(appLocation.url);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  lockDownSession(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererDir, (path) => readFile(path)),
  );
  let opened: Awaited<ReturnType<typeof openStore>>;
  try {
    // Exports analyse the team here; the hiring plan's integer-program solver (HiGHS, a
    // WebAssembly binary in the highs package) is compiled once, before any handler runs.
    await loadSolver({ wasm: require.resolve('highs/runtime') });
  } catch (error) {
    dialog.showErrorBox('Gapwise could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  try {
    opened = await openStore({ dir: dataDir, initial: firstRunData });
  } catch (error) {
    // Refused (a newer version's file) or unreadable folder: say so and leave everything as it is.
    const { title, message } = startupFailureMessage(error, dataDir);
    dialog.showErrorBox(title, message);
    app.exit(1);
    return;
  }
  const { store, recovery, upgradeChanges } = opened;
  appStore = store;
  mainIpc = createMainIpc(handlerDeps(store, recovery, upgradeChanges), {
    isTrustedSender: (url) => isAppUrl(url, appLocation),
    logError: (channel, error) => console.error(`gapwise: ${channel} failed:`, error),
  });
  registerIpc(ipcMain, mainIpc.answer);
  installMenu(mainIpc.handlers, store);
  applyTheme(nativeTheme, store.data().settings.theme);
  await createMainWindow();
  if (recovery) send('store:recovered', recovery);
}

// One instance only: a second launch focuses the running window instead of opening a
// second writer on the same data files.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) =>
    lockDownWebContents(contents, {
      isNavigationAllowed: (url) => isNavigationAllowed(url, appLocation),
      openExternal: openInBrowser,
    }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) void createMainWindow();
  });
  // Writes still in flight (a last change, the window position saved on close) finish
  // before the process ends.
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    void Promise.allSettled([windowState?.flush(), appStore?.flush()]).finally(() => {
      flushed = true;
      app.quit();
    });
  });
  nativeTheme.on('updated', () => {
    mainWindow?.setBackgroundColor(windowBackgroundColor(nativeTheme.shouldUseDarkColors));
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Gapwise failed to start:', error);
      app.exit(1);
    });
}

import { join } from 'node:path';
import { BrowserWindow, app, ipcMain, nativeTheme, session, type WebContents } from 'electron';
import { IPC_CHANNELS } from '../ipc-channels';
import { isAppUrl, isNavigationAllowed, resolveAppLocation, type AppLocation } from './app-location';
import { guardHandler } from './ipc-guard';
import { createMainWindowOptions } from './window-options';

// The only file of the main process that imports Electron: everything it decides is in the
// pure modules beside it, which the tests exercise without Electron.

const appLocation: AppLocation = resolveAppLocation({
  isPackaged: app.isPackaged,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  rendererIndexPath: join(__dirname, '../renderer/index.html'),
});

let mainWindow: BrowserWindow | null = null;

/** Applied to every web contents Electron creates, so no window or frame escapes the rules. */
function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, appLocation)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url, appLocation)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function registerIpcHandlers(): void {
  const isTrustedFrame = (url: string): boolean => isAppUrl(url, appLocation);
  ipcMain.handle(
    IPC_CHANNELS.appGetVersion,
    guardHandler(IPC_CHANNELS.appGetVersion, isTrustedFrame, () => app.getVersion()),
  );
}

/** The one place that decides how the renderer is loaded (dev server or built files). */
async function loadRenderer(window: BrowserWindow): Promise<void> {
  await window.loadURL(appLocation.url);
}

async function createMainWindow(): Promise<void> {
  const window = new BrowserWindow(
    createMainWindowOptions(join(__dirname, '../preload/index.js'), nativeTheme.shouldUseDarkColors),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  await loadRenderer(window);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// One instance only: a second launch focuses the running window instead of opening a
// second writer on the same data files.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions();
      registerIpcHandlers();
      await createMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Gapwise failed to start:', error);
      app.exit(1);
    });
}

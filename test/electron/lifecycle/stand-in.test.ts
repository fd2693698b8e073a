import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * The stand-in Electron itself: each rule it claims to keep must throw and be recorded when
 * broken, or the lifecycle suites would pass on an app that breaks it. In-process, no build
 * needed: the stand-in is driven directly.
 */

interface FakeElectron {
  electron: {
    app: { enableSandbox(): void };
    BrowserWindow: new (options: object) => {
      loadURL(url: string): Promise<void>;
      webContents: { on(event: string, listener: () => void): void; setWindowOpenHandler(handler: () => object): void };
    };
    Menu: { setApplicationMenu(menu: null): void };
    dialog: { showOpenDialog(options: object): Promise<unknown>; showErrorBox(title: string, content: string): void };
    ipcMain: { handle(channel: string, listener: () => unknown): void };
    protocol: {
      registerSchemesAsPrivileged(schemes: object[]): void;
      handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
    };
    screen: { getPrimaryDisplay(): unknown };
    session: { defaultSession: { setPermissionRequestHandler(handler: () => void): void } };
    shell: { openExternal(url: string): Promise<void> };
  };
  world: { violations: string[] };
  becomeReady(): Promise<unknown>;
}

const load = createRequire(__filename);
const { createFakeElectron } = load('./stand-in/electron.cjs') as {
  createFakeElectron: (config: object) => FakeElectron;
};

const SAFE = { contextIsolation: true, sandbox: true, nodeIntegration: false };
const CONFIG = { isPackaged: true, paths: {}, displays: [{ id: 1 }] };

async function readyFake(): Promise<FakeElectron> {
  const fake = createFakeElectron(CONFIG);
  await fake.becomeReady();
  return fake;
}

/** A ready stand-in where a window may load app:// pages: what the app sets up before its first window. */
async function servingFake(): Promise<FakeElectron> {
  const fake = createFakeElectron(CONFIG);
  const { electron } = fake;
  electron.protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
  await fake.becomeReady();
  electron.protocol.handle('app', async () => new Response('<!doctype html>', { status: 200 }));
  electron.session.defaultSession.setPermissionRequestHandler(() => undefined);
  return fake;
}

describe('the stand-in electron', () => {
  it('refuses what needs ready before it, and records each refusal', async () => {
    const { electron, world } = createFakeElectron(CONFIG);
    expect(() => new electron.BrowserWindow({ webPreferences: SAFE })).toThrow(
      'Cannot create BrowserWindow before app is ready',
    );
    expect(() => electron.screen.getPrimaryDisplay()).toThrow("The 'screen' module can't be used before");
    expect(() => electron.session.defaultSession).toThrow('Session can only be received when app is ready');
    expect(() => electron.Menu.setApplicationMenu(null)).toThrow('before the app is ready');
    expect(() => electron.protocol.handle('app', async () => new Response())).toThrow('before the app is ready');
    await expect(electron.dialog.showOpenDialog({})).rejects.toThrow('before the app is ready');
    // Documented as safe before ready: it is how start-up failures are reported.
    expect(() => electron.dialog.showErrorBox('title', 'content')).not.toThrow();
    expect(world.violations).toHaveLength(6);
  });

  it('refuses what must come before ready after it', async () => {
    const { electron, world } = await readyFake();
    expect(() => electron.app.enableSandbox()).toThrow('app.enableSandbox() can only be called before app is ready');
    expect(() => electron.protocol.registerSchemesAsPrivileged([])).toThrow(
      'protocol.registerSchemesAsPrivileged should be called before app is ready',
    );
    expect(world.violations).toHaveLength(2);
  });

  it('refuses a second ipcMain handler for a channel, as Electron does', () => {
    const { electron, world } = createFakeElectron(CONFIG);
    electron.ipcMain.handle('data:load', () => null);
    expect(() => electron.ipcMain.handle('data:load', () => null)).toThrow(
      "Attempted to register a second handler for 'data:load'",
    );
    expect(world.violations).toEqual(["Attempted to register a second handler for 'data:load'"]);
  });

  const unsafe: Record<string, object> = {
    contextIsolation: { contextIsolation: false },
    sandbox: { sandbox: false },
    nodeIntegration: { nodeIntegration: true },
    nodeIntegrationInWorker: { nodeIntegrationInWorker: true },
    nodeIntegrationInSubFrames: { nodeIntegrationInSubFrames: true },
    webSecurity: { webSecurity: false },
    allowRunningInsecureContent: { allowRunningInsecureContent: true },
    experimentalFeatures: { experimentalFeatures: true },
    enableBlinkFeatures: { enableBlinkFeatures: 'CSSPseudoHas' },
    webviewTag: { webviewTag: true },
    preload: { preload: 'preload/index.js' },
  };
  for (const [name, preferences] of Object.entries(unsafe)) {
    it(`refuses a window with an unsafe ${name}`, async () => {
      const { electron, world } = await readyFake();
      expect(() => new electron.BrowserWindow({ webPreferences: { ...SAFE, ...preferences } })).toThrow(name);
      expect(world.violations).toEqual([expect.stringContaining(name)]);
    });
  }

  it("loads only the app's own page into a window with the bridge, and only once it is fenced in", async () => {
    const { electron, world } = await servingFake();
    const window = new electron.BrowserWindow({ webPreferences: { ...SAFE, preload: __filename } });
    // No will-navigate guard or window open handler yet (the app adds them on web-contents-created).
    await expect(window.loadURL('app://gapwise/index.html')).rejects.toThrow('window open handler');
    expect(world.violations).toHaveLength(1);
  });

  it('refuses file:, https: and unhandled schemes, and data: in a window with the bridge', async () => {
    const { electron, world } = await servingFake();
    const window = new electron.BrowserWindow({ webPreferences: { ...SAFE, preload: __filename } });
    // Fenced in as the app does on web-contents-created, so only the URL decides.
    window.webContents.on('will-navigate', () => undefined);
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    for (const url of [
      'file:///etc/passwd',
      'https://example.com/',
      'other://gapwise/index.html',
      'data:text/html,x',
    ]) {
      await expect(window.loadURL(url), url).rejects.toThrow('may not load');
    }
    await expect(window.loadURL('app://gapwise/index.html')).resolves.toBeUndefined();
    expect(world.violations).toHaveLength(4);
  });

  it('sends only https links to the browser', async () => {
    const { electron, world } = createFakeElectron(CONFIG);
    await expect(electron.shell.openExternal('file:///bin/sh')).rejects.toThrow('non-https');
    await expect(electron.shell.openExternal('https://example.com/')).resolves.toBeUndefined();
    expect(world.violations).toHaveLength(1);
  });
});

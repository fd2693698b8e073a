import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isAppUrl, isNavigationAllowed, resolveAppLocation } from '@main/app-location';
import { createDispatcher, type Handlers } from '@main/ipc/dispatcher';
import { createGapwiseApi } from '../../electron/preload/bridge';
import { EVENT_SUBSCRIBERS, ipcContract } from '@shared/ipc';
import { APP_PROTOCOL_PRIVILEGES, createAppProtocolHandler, resolveAppRequest } from '@main/security/app-protocol';
import { CONTENT_SECURITY_POLICY, parseCsp } from '@main/security/csp';
import { openExternalLink, parseExternalLink } from '@main/security/external-links';
import { denyPermissionCheck, denyPermissionRequest, lockDownSession } from '@main/security/permissions';
import { lockDownWebContents, type WebContentsLike } from '@main/security/web-contents';
import { createMainWindowOptions, createPdfWindowOptions, LOCKED_DOWN_PREFERENCES } from '@main/window-options';

/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * one test per item, each asserted against the real modules and config. Only
 * electron/main/index.ts and electron/preload/index.ts may import electron (test/boundaries),
 * so what must happen *inside* those files — registering a handler, calling a lock-down
 * function — is asserted on their source text (comments stripped) with regexes; the decisions
 * those calls delegate to are exercised for real.
 */

const ROOT = resolve(__dirname, '../..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
/** Source without comments, so a commented-out call does not count. */
const code = (file: string): string =>
  read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

const MAIN = code('electron/main/index.ts');
/** index.ts takes `name` from the tested module, not from a local look-alike. */
const importsFrom = (name: string, module: string): RegExp =>
  new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'${module.replace(/\./g, '\\.')}'`);
const PRELOAD = code('electron/preload/index.ts');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|html)$/.test(entry.name) ? [relative(ROOT, join(ROOT, path)).split(sep).join('/')] : [];
  });
}
/** Every electron/ and renderer/ source, comments stripped (the modules explain what they refuse). */
const APP_SOURCES = [...sourceFiles('electron'), ...sourceFiles('renderer')].map((file) => ({
  file,
  text: code(file),
}));

const built = resolveAppLocation({ isPackaged: true, devServerUrl: undefined });
const dev = resolveAppLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });
const mainWindow = createMainWindowOptions('/app/out/preload/index.js', false);
const pdfWindow = createPdfWindowOptions();
const WINDOWS = [mainWindow.webPreferences, pdfWindow.webPreferences];

/** A WebContents double that records listeners, so the test can fire Electron's events at it. */
function lockedDownContents() {
  const listeners = new Map<string, ((event: { preventDefault(): void; url: string }, url: string) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: (event: { preventDefault(): void; url: string }, url: string) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn(() => Promise.resolve());
  lockDownWebContents(contents as WebContentsLike, {
    isNavigationAllowed: (url) => isNavigationAllowed(url, built),
    openExternal,
  });
  const prevented = (event: string, url: string): boolean => {
    let result = false;
    for (const listener of listeners.get(event) ?? []) {
      listener({ preventDefault: () => (result = true), url }, url);
    }
    return result;
  };
  return { prevented, openWindow: (url: string) => openHandler?.({ url }), openExternal };
}

describe("Electron's security checklist", () => {
  let fuses: Record<string, boolean> | undefined;
  beforeAll(async () => {
    fuses = (await getConfig(ROOT, null, null)).electronFuses as Record<string, boolean> | undefined;
  });

  it('1. only loads secure content: app:// (a secure scheme) when built, loopback only in dev, no remote source in the CSP', () => {
    expect(APP_PROTOCOL_PRIVILEGES.privileges.secure).toBe(true);
    expect(built.url).toBe('app://gapwise/index.html');
    expect(resolveAppLocation({ isPackaged: false, devServerUrl: 'http://192.168.0.4:5173/' }).kind).toBe(
      'app-protocol',
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    // index.ts loads the main window from the resolved location only.
    expect(MAIN).toMatch(/\.loadURL\(\s*appLocation\.url\s*\)/);
  });

  it('2. enables no Node.js integration in any renderer', () => {
    for (const prefs of WINDOWS) {
      expect(prefs).toMatchObject({
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
      });
    }
    // Every window index.ts creates is made by secureWindow from one of the tested option
    // sets, and the settings it restates at the call (for one-call-at-a-time scanners) are
    // the factory's own.
    expect([...MAIN.matchAll(/new BrowserWindow\(/g)]).toHaveLength(1);
    const body = /function secureWindow\([^)]*\)[^{]*\{\s*return new BrowserWindow\(\{([^;]*)\}\);/.exec(MAIN)?.[1];
    expect(body).toMatch(/^\s*\.\.\.options,/);
    const restated = Object.fromEntries(
      [...body!.matchAll(/(\w+): (true|false|'[^']*')/g)].map(([, key, value]) => [
        key,
        value!.startsWith("'") ? value!.slice(1, -1) : value === 'true',
      ]),
    );
    expect(Object.keys(restated).length).toBeGreaterThan(2);
    expect(LOCKED_DOWN_PREFERENCES).toMatchObject(restated);
    const made = [...MAIN.matchAll(/secureWindow\(\s*(\w+)\(/g)].map((match) => match[1]);
    expect(made.sort()).toEqual(['createMainWindowOptions', 'createPdfWindowOptions']);
  });

  it('3. enables context isolation, and the preload exposes its API only through contextBridge', () => {
    for (const prefs of WINDOWS) expect(prefs.contextIsolation).toBe(true);
    expect(PRELOAD).toMatch(/contextBridge\.exposeInMainWorld\(\s*'gapwise'/);
    expect(PRELOAD).not.toMatch(/\bwindow\.\w+\s*=/);
  });

  it('4. sandboxes every renderer process', () => {
    for (const prefs of WINDOWS) expect(prefs.sandbox).toBe(true);
    // app.enableSandbox() before ready: no renderer, however created, runs unsandboxed.
    expect(MAIN).toMatch(/app\.enableSandbox\(\)/);
    expect(MAIN.indexOf('app.enableSandbox()')).toBeLessThan(MAIN.indexOf('whenReady'));
  });

  it('5. refuses every permission request of the session', () => {
    const callback = vi.fn();
    denyPermissionRequest(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(denyPermissionCheck(null, 'geolocation')).toBe(false);
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    lockDownSession(session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest);
    // index.ts installs the handlers on the default session.
    expect(MAIN).toMatch(importsFrom('lockDownSession', './security/permissions'));
    expect(MAIN).toMatch(/lockDownSession\(\s*session\.defaultSession\s*\)/);
  });

  it('6. keeps webSecurity on', () => {
    for (const prefs of WINDOWS) expect(prefs.webSecurity).toBe(true);
    for (const { file, text } of APP_SOURCES) expect(text, file).not.toMatch(/webSecurity:\s*false/);
  });

  it('7. defines a strict Content Security Policy, sent as a header and in the page', async () => {
    const policy = parseCsp(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'self'");
    // WebAssembly compilation only (the solver's .wasm, fetched from 'self'); never eval.
    expect(policy.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/(?<!wasm-)unsafe-(?:eval|inline)/);
    const handler = createAppProtocolHandler('/app/out/renderer', () => Promise.resolve(new Uint8Array()));
    const response = await handler({ url: 'app://gapwise/index.html' });
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(read('renderer/index.html')).toMatch(/http-equiv="Content-Security-Policy"/);
  });

  it('8. never allows running insecure content', () => {
    for (const prefs of WINDOWS) expect(prefs.allowRunningInsecureContent).toBe(false);
    for (const { file, text } of APP_SOURCES) expect(text, file).not.toMatch(/allowRunningInsecureContent:\s*true/);
  });

  it('9. enables no experimental features', () => {
    for (const prefs of WINDOWS) expect(prefs.experimentalFeatures).toBe(false);
    for (const { file, text } of APP_SOURCES) expect(text, file).not.toMatch(/experimentalFeatures:\s*true/);
  });

  it('10. does not use enableBlinkFeatures', () => {
    for (const prefs of WINDOWS) expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    for (const { file, text } of APP_SOURCES) expect(text, file).not.toMatch(/enableBlinkFeatures/);
  });

  it('11. has no <webview> and so no allowpopups: the tag is disabled and never used', () => {
    for (const prefs of WINDOWS) expect(prefs.webviewTag).toBe(false);
    for (const { file, text } of APP_SOURCES) expect(text, file).not.toMatch(/<webview|allowpopups/i);
  });

  it('12. verifies webview options before creation by refusing every webview', () => {
    expect(lockedDownContents().prevented('will-attach-webview', 'app://gapwise/index.html')).toBe(true);
    expect(MAIN).toMatch(importsFrom('lockDownWebContents', './security/web-contents'));
    expect(MAIN).toMatch(/app\.on\(\s*'web-contents-created'[\s\S]{0,120}lockDownWebContents\(/);
  });

  it('13. limits navigation to the app page itself', () => {
    const { prevented } = lockedDownContents();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(prevented(event, 'https://example.com/'), event).toBe(true);
      expect(prevented(event, 'file:///etc/passwd'), event).toBe(true);
      expect(prevented(event, 'app://gapwise/index.html'), event).toBe(false);
    }
    expect(isNavigationAllowed('http://localhost:5173/', dev)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/', built)).toBe(false);
    // index.ts applies the lock-down to every web contents Electron creates.
    expect(MAIN).toMatch(importsFrom('lockDownWebContents', './security/web-contents'));
    expect(MAIN).toMatch(/app\.on\(\s*'web-contents-created'[\s\S]{0,120}lockDownWebContents\(/);
  });

  it('14. denies every new window, sending https links to the browser instead', async () => {
    const { openWindow, openExternal } = lockedDownContents();
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow('app://gapwise/index.html')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(1));
  });

  it('15. gives shell.openExternal only parsed https URLs', async () => {
    for (const raw of ['file:///etc/passwd', 'smb://host/x.exe', 'javascript:alert(1)', 'http://example.com/']) {
      expect(parseExternalLink(raw), raw).toBeNull();
    }
    const shellOpen = vi.fn(() => Promise.resolve());
    await openExternalLink('ms-msdt:/id PCWDiagnostic', shellOpen);
    expect(shellOpen).not.toHaveBeenCalled();
    // index.ts calls shell.openExternal in one place, typed to take only ExternalUrl (which
    // only parseExternalLink makes), and hands that function only to the guarded helpers.
    const calls = [...MAIN.matchAll(/shell\.openExternal/g)];
    expect(calls).toHaveLength(1);
    expect(MAIN).toMatch(/const openInBrowser: OpenExternal = \(url\) => shell\.openExternal\(url\);/);
    const uses = [...MAIN.matchAll(/\bopenInBrowser\b/g)].map((use) =>
      MAIN.slice(Math.max(0, use.index - 200), use.index),
    );
    expect(uses.length).toBeGreaterThan(1);
    for (const before of uses.slice(1)) expect(before).toMatch(/openExternalLink\(|lockDownWebContents\(/);
    for (const { file, text } of APP_SOURCES.filter((source) => source.file !== 'electron/main/index.ts')) {
      expect(text, file).not.toMatch(/shell\.openExternal/);
    }
  });

  it('16. uses a current Electron, pinned exactly', () => {
    const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
    const wanted = pkg.devDependencies['electron'] ?? '';
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(wanted.split('.')[0])).toBeGreaterThanOrEqual(45);
    const installed = (JSON.parse(read('node_modules/electron/package.json')) as { version: string }).version;
    expect(installed).toBe(wanted);
  });

  it('17. validates the sender of every IPC message', async () => {
    const dispatch = createDispatcher({
      handlers: {} as Handlers,
      isTrustedSender: (url) => isAppUrl(url, built),
    });
    for (const url of ['https://example.com/', 'file:///x.html', 'app://evil/index.html']) {
      const result = await dispatch('app:getInfo', { senderFrame: { url } }, [{}]);
      expect(result, url).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    const noFrame = await dispatch('app:getInfo', { senderFrame: null }, [{}]);
    expect(noFrame).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    // index.ts registers handlers only through the dispatcher, never with ipcMain directly.
    expect(MAIN).toMatch(/registerIpc\(\s*ipcMain\s*,/);
    expect(MAIN).not.toMatch(/ipcMain\.(?:handle|handleOnce|on|once)\(/);
  });

  it('18. serves the app from the app:// protocol with a path-traversal guard, not file://', () => {
    expect(built.url.startsWith('app://')).toBe(true);
    expect(resolveAppRequest('/app/out/renderer', 'app://gapwise/../secret.txt')).toEqual({ ok: false, status: 403 });
    expect(APP_PROTOCOL_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    // index.ts registers the scheme before ready, handles it after, and never loads a file:// page.
    expect(MAIN).toMatch(/protocol\.registerSchemesAsPrivileged\(\s*\[\s*APP_PROTOCOL_PRIVILEGES\s*\]\s*\)/);
    expect(MAIN.indexOf('registerSchemesAsPrivileged')).toBeLessThan(MAIN.indexOf('whenReady'));
    expect(MAIN).toMatch(/protocol\.handle\(\s*APP_SCHEME\s*,\s*createAppProtocolHandler\(/);
    expect(MAIN).not.toMatch(/\.loadFile\(|file:\/\/|pathToFileURL/);
    expect(fuses?.['grantFileProtocolExtraPrivileges']).toBe(false);
  });

  it('19. flips the Electron fuses in the packaged app', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('20. exposes no Electron API to the page: only named functions over the contract', () => {
    // The preload hands ipcRenderer to the bridge and exposes only what the bridge returns.
    expect(PRELOAD).toMatch(/contextBridge\.exposeInMainWorld\(\s*'gapwise',\s*createGapwiseApi\(ipcRenderer,/);
    expect([...PRELOAD.matchAll(/exposeInMainWorld/g)]).toHaveLength(1);
    expect([...PRELOAD.matchAll(/\bipcRenderer\b/g)].length).toBe(2); // the import, and that one argument
    const api = createGapwiseApi({ invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() }, {}) as unknown as Record<
      string,
      unknown
    >;
    const expected = [...Object.values(ipcContract).map((c) => c.method), ...Object.keys(EVENT_SUBSCRIBERS)];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
    for (const raw of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'shell', 'require', 'process']) {
      expect(api).not.toHaveProperty(raw);
    }
  });
});

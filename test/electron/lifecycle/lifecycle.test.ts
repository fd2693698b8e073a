import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@main/security/csp';
import { firstRunData } from '@main/startup';
import { LOCKED_DOWN_PREFERENCES } from '@main/window-options';
import { CHANNELS } from '@shared/ipc';
import { PRELOAD, RENDERER_DIR, ROOT, VERSION } from './driver';
import { expectRulesKept, useMainProcess } from './scenario';
import { entries, lastSeq, sentToPage, seqOf, since } from './world';

/**
 * The built main process (out/main/index.js) through its life, with the stand-in Electron
 * enforcing Electron's rules: start, page, IPC, a second launch, and quitting.
 */

const APP_PAGE = 'app://gapwise/index.html';
const DATA_FILE = 'gapwise-data.json';
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('the built main process', () => {
  const start = useMainProcess();

  it('starts: before ready only what must come first, then one locked-down window showing app://', async () => {
    const main = await start();
    const loaded = await main.world();
    expect(loaded.journal.map((entry) => entry.what)).toEqual([
      'app.enableSandbox',
      'protocol.registerSchemesAsPrivileged',
      'app.requestSingleInstanceLock',
    ]);
    // Privileged as a standard, secure scheme, and never allowed to bypass the CSP.
    expect(loaded.privilegedSchemes).toEqual({ app: { standard: true, secure: true, supportFetchAPI: true } });

    await main.ready();
    const world = await main.world();
    expectRulesKept(world);
    const [created, ...others] = entries(world, 'new BrowserWindow');
    expect(others).toEqual([]);
    const options = created?.['options'] as { show: boolean; webPreferences: object; icon?: string };
    expect(options.webPreferences).toEqual({ ...LOCKED_DOWN_PREFERENCES, preload: PRELOAD });
    expect(options.show).toBe(false);
    // Linux takes the window icon from the window (the stand-in checks the file exists).
    expect(options.icon).toBe(process.platform === 'linux' ? join(ROOT, 'resources/icon.png') : undefined);
    expect(world.session).toEqual({ permissionRequest: true, permissionCheck: true, devicePermission: true });
    expect(world.protocolHandlers).toEqual(['app']);
    expect(entries(world, 'page loaded')).toEqual([expect.objectContaining({ url: APP_PAGE, status: 200 })]);
    // Shown only once the page is there, so no empty frame flashes.
    expect(seqOf(world, 'window.show')).toBeGreaterThan(seqOf(world, 'page loaded'));
    expect(world.windows).toEqual([expect.objectContaining({ url: APP_PAGE, visible: true })]);
  });

  it('serves the page through its app:// handler, with the CSP, and nothing outside out/renderer', async () => {
    const main = await start();
    await main.ready();
    const page = await main.fetch(APP_PAGE);
    const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
    expect(page.status).toBe(200);
    expect(page.body).toBe(html);
    expect(page.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await main.fetch(`app://gapwise/${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.body, asset).toBe(readFileSync(join(RENDERER_DIR, asset), 'utf8'));
    }
    // Escapes from the renderer folder: encoded separators are refused outright; a plain `..`
    // is resolved by the URL parser itself and lands on a file that is not there.
    const escapes = {
      'app://gapwise/..%2fmain%2findex.js': 403,
      'app://gapwise/%2e%2e%2fpreload%2findex.js': 403,
      'app://gapwise//etc/passwd': 403,
      'app://gapwise/assets/..%5c..%5cmain%5cindex.js': 400,
      'app://gapwise/../main/index.js': 404,
      'app://elsewhere/index.html': 403,
    };
    for (const [url, status] of Object.entries(escapes)) {
      expect((await main.fetch(url)).status, url).toBe(status);
    }
  });

  it('keeps the page in: no navigation away, no new windows, no permissions', async () => {
    const main = await start();
    await main.ready();
    expect(await main.navigate('https://example.com/')).toEqual({ prevented: true });
    expect(await main.navigate('file:///etc/passwd')).toEqual({ prevented: true });
    expect(await main.navigate(APP_PAGE)).toEqual({ prevented: false });
    expect(await main.openWindow('https://example.com/docs')).toEqual({ action: 'deny' });
    expect(await main.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(await main.permission('media')).toEqual({ granted: false, checked: false });
    // The https link went to the browser instead; the file: one went nowhere.
    expect(entries(await main.world(), 'shell.openExternal')).toEqual([
      expect.objectContaining({ url: 'https://example.com/docs' }),
    ]);
  });

  it('in development loads the dev server instead, and only that origin may call IPC', async () => {
    const main = await start({ isPackaged: false, rendererUrl: 'http://localhost:5173/' });
    await main.ready();
    expect(entries(await main.world(), 'page loaded')).toEqual([
      expect.objectContaining({ url: 'http://localhost:5173/' }),
    ]);
    expect(await main.invoke('app:getInfo', {}, 'http://localhost:5173/')).toMatchObject({ ok: true });
    expect(await main.invoke('app:getInfo', {}, APP_PAGE)).toMatchObject({ error: { code: 'forbidden-sender' } });
  });

  it('a packaged app ignores ELECTRON_RENDERER_URL and loads app://', async () => {
    const main = await start({ isPackaged: true, rendererUrl: 'http://localhost:5173/' });
    await main.ready();
    expect(entries(await main.world(), 'page loaded')).toEqual([expect.objectContaining({ url: APP_PAGE })]);
  });

  it('registers every contract channel once, answers the page and refuses anyone else', async () => {
    const main = await start();
    await main.ready();
    const { ipcChannels } = await main.world();
    expect([...ipcChannels].sort()).toEqual([...CHANNELS].sort());
    expect(new Set(ipcChannels).size).toBe(ipcChannels.length);

    const dataFile = join(main.dataDir, DATA_FILE);
    expect(readJson(dataFile)).toEqual(firstRunData());
    const answer = await main.invoke('data:load', {});
    expect(answer).toEqual({
      ok: true,
      value: {
        data: { gapwiseData: 'whole', revision: 1, data: readJson(dataFile) },
        dataFile,
        recovery: null,
        upgradeChanges: [],
      },
    });
    expect(await main.invoke('app:getInfo', {})).toEqual({
      ok: true,
      value: { version: VERSION, dataFolder: main.dataDir },
    });

    const before = readFileSync(dataFile, 'utf8');
    const organisation = { ...firstRunData().organisation, name: 'Taken over' };
    for (const frame of [
      'https://evil.example/index.html',
      `file://${RENDERER_DIR}/index.html`,
      'app://gapwise.evil/',
    ]) {
      const refused = await main.invoke('organisation:save', { organisation }, frame);
      expect(refused, frame).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(readFileSync(dataFile, 'utf8')).toBe(before);
  });

  it('a second launch focuses the window, restoring it first when minimized', async () => {
    const main = await start();
    await main.ready();
    let mark = lastSeq(await main.world());
    await main.secondInstance();
    expect(since(await main.world(), mark).map((entry) => entry.what)).toEqual(['window.focus']);

    await main.minimizeWindow();
    mark = lastSeq(await main.world());
    await main.secondInstance();
    const world = await main.world();
    expect(since(world, mark).map((entry) => entry.what)).toEqual(['window.restore', 'window.focus']);
    expect(world.windows).toEqual([expect.objectContaining({ minimized: false })]);
  });

  it('a second launch without the single-instance lock quits before doing anything', async () => {
    const main = await start({ singleInstanceLock: false });
    const world = await main.world();
    expect(world.quit).toBe(true);
    expect(world.journal.map((entry) => entry.what)).toEqual([
      'app.enableSandbox',
      'protocol.registerSchemesAsPrivileged',
      'app.requestSingleInstanceLock',
      'app.quit',
      'before-quit',
      'will-quit',
      'quit',
    ]);
    expect(world.quitFiles).toEqual({ [DATA_FILE]: null, 'window-state.json': null });
  });

  it('closing the window quits only after the last change and the window state are on disk', async () => {
    const main = await start();
    await main.ready();
    const bounds = { x: 140, y: 90, width: 1100, height: 720 };
    const organisation = { ...firstRunData().organisation, name: 'Renamed just before quitting' };
    // One turn: the move (its save still waiting on the debounce), a change, then the user closes.
    const [, answer] = await main.batch([
      { op: 'window', args: { action: 'move', bounds } },
      { op: 'invoke', args: { channel: 'organisation:save', request: { organisation }, frameUrl: APP_PAGE } },
      { op: 'window', args: { action: 'close' } },
    ]);
    const world = await main.world();
    expect(answer).toMatchObject({ ok: true });
    const close = world.journal.findIndex((entry) => entry.what === 'window.close');
    expect(world.journal.slice(close).map(({ what, prevented }) => (prevented ? `${what} (prevented)` : what))).toEqual(
      [
        'window.close',
        'window close event',
        'window closed',
        'window-all-closed',
        'app.quit',
        'before-quit',
        'will-quit (prevented)',
        'app.quit',
        'before-quit',
        'will-quit',
        'quit',
      ],
    );
    // The change was still being written when quitting began, and was waited for.
    expect(world.unansweredAtWillQuit[0]).toBe(1);
    const expectedState = { ...bounds, maximized: false };
    const atQuit = world.quitFiles ?? {};
    expect(JSON.parse(atQuit[DATA_FILE] ?? 'null')).toMatchObject({ organisation });
    expect(JSON.parse(atQuit['window-state.json'] ?? 'null')).toEqual(expectedState);
    expect(readJson(join(main.dataDir, DATA_FILE))).toMatchObject({ organisation });
    expect(readJson(join(main.dataDir, 'window-state.json'))).toEqual(expectedState);
    expect(sentToPage(world)).toEqual([]);
  });
});

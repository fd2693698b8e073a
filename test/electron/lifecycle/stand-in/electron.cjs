'use strict';

const { EventEmitter } = require('node:events');
const { createApp } = require('./app.cjs');
const { createWindows } = require('./window.cjs');
const { createWorld, preventable } = require('./world.cjs');

/**
 * A stand-in for the `electron` module, for loading the built main process in plain Node
 * (the real binary cannot run here). It keeps Electron's documented rules — what may only
 * happen before 'ready', what only after, one ipcMain handler per channel, the security
 * checklist for windows and links — and throws as Electron does when one is broken.
 *
 * `createFakeElectron(config)` returns `electron` (what `require('electron')` gets), `world`
 * (what was seen) and `control` (what the user or the OS does: ready, clicks, answers).
 */
function createFakeElectron(config) {
  const world = createWorld();
  const registry = {
    privileged: new Map(),
    privilegedOnce: false,
    handlers: new Map(),
    session: { permissionRequest: null, permissionCheck: null, devicePermission: null },
    ipc: new Map(),
    template: null,
    /** What the user picks in dialogs (cancel, unless a test says otherwise) and what the OS reports. */
    answers: {
      open: { canceled: true, filePaths: [] },
      save: { canceled: true, filePath: '' },
      messageBox: { response: 0, checkboxChecked: false },
      /** shell.openPath resolves with an error message, '' for success. */
      openPath: '',
    },
  };
  const afterReady = (api) => world.rule(world.ready, `${api} cannot be used before the app is ready`);

  const windows = createWindows(world, config, registry, {
    webContentsCreated: (contents) => app.emit('web-contents-created', preventable(), contents),
    allWindowsClosed: () => allWindowsClosed(),
  });
  const { BrowserWindow } = windows;
  const { app, allWindowsClosed, becomeReady } = createApp(world, config, windows.open);

  const protocol = {
    registerSchemesAsPrivileged(schemes) {
      world.rule(!world.ready, 'protocol.registerSchemesAsPrivileged should be called before app is ready');
      world.rule(!registry.privilegedOnce, 'protocol.registerSchemesAsPrivileged can be called only once');
      registry.privilegedOnce = true;
      for (const { scheme, privileges } of schemes) registry.privileged.set(scheme, { ...privileges });
      world.note('protocol.registerSchemesAsPrivileged', { schemes });
    },
    handle(scheme, handler) {
      afterReady('protocol.handle');
      world.rule(!registry.handlers.has(scheme), `Failed to register protocol: ${scheme}`);
      registry.handlers.set(scheme, handler);
      world.note('protocol.handle', { scheme });
    },
  };

  const defaultSession = {
    setPermissionRequestHandler(handler) {
      registry.session.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler) {
      registry.session.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler) {
      registry.session.devicePermission = handler;
    },
  };
  const session = {
    get defaultSession() {
      world.rule(world.ready, 'Session can only be received when app is ready');
      return defaultSession;
    },
  };

  const ipcMain = Object.assign(new EventEmitter(), {
    handle(channel, listener) {
      world.rule(!registry.ipc.has(channel), `Attempted to register a second handler for '${channel}'`);
      registry.ipc.set(channel, listener);
      world.note('ipcMain.handle', { channel });
    },
    removeHandler(channel) {
      registry.ipc.delete(channel);
    },
  });

  class Menu {
    constructor(items) {
      this.items = items;
    }
    static buildFromTemplate(template) {
      world.rule(Array.isArray(template), 'Menu.buildFromTemplate expects an array');
      registry.template = template;
      return new Menu(template);
    }
    static setApplicationMenu(menu) {
      afterReady('Menu.setApplicationMenu');
      world.rule(menu === null || menu instanceof Menu, 'Menu.setApplicationMenu expects a Menu or null');
      world.note('Menu.setApplicationMenu');
    }
  }

  /** `dialog.showXDialog([window,] options)`: the window, when given, must be alive. */
  const dialogCall = (kind, args) => {
    afterReady(`dialog.${kind}`);
    const [first, second] = args;
    const window = first instanceof BrowserWindow ? first : null;
    if (window) world.alive(window, `dialog.${kind}`);
    world.note(`dialog.${kind}`, { window: window?.id ?? null, options: window ? second : first });
  };
  const dialog = {
    async showOpenDialog(...args) {
      dialogCall('showOpenDialog', args);
      return registry.answers.open;
    },
    async showSaveDialog(...args) {
      dialogCall('showSaveDialog', args);
      return registry.answers.save;
    },
    async showMessageBox(...args) {
      dialogCall('showMessageBox', args);
      return registry.answers.messageBox;
    },
    /** Documented as safe before 'ready': it is how start-up failures are reported. */
    showErrorBox(title, content) {
      world.note('dialog.showErrorBox', { title, content });
    },
  };

  const shell = {
    async openPath(path) {
      world.note('shell.openPath', { path });
      return registry.answers.openPath;
    },
    async openExternal(url) {
      // Checklist item 15: only ever a parsed https URL.
      world.rule(new URL(url).protocol === 'https:', `shell.openExternal with a non-https URL: ${url}`);
      world.note('shell.openExternal', { url });
    },
  };

  const screen = {
    getPrimaryDisplay() {
      world.rule(world.ready, "The 'screen' module can't be used before the app 'ready' event");
      return config.displays[0];
    },
    getAllDisplays() {
      world.rule(world.ready, "The 'screen' module can't be used before the app 'ready' event");
      return config.displays;
    },
  };

  let themeSource = 'system';
  const nativeTheme = Object.assign(new EventEmitter(), {
    get themeSource() {
      return themeSource;
    },
    set themeSource(value) {
      world.rule(['system', 'light', 'dark'].includes(value), `nativeTheme.themeSource: invalid value ${value}`);
      themeSource = value;
    },
    get shouldUseDarkColors() {
      return themeSource === 'dark';
    },
  });

  const electron = { app, BrowserWindow, Menu, dialog, ipcMain, nativeTheme, protocol, screen, session, shell };
  return { electron, world, registry, windows, becomeReady };
}

module.exports = { createFakeElectron };

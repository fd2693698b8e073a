'use strict';

const { EventEmitter } = require('node:events');
const { existsSync } = require('node:fs');
const { webPreferenceProblems } = require('./checklist.cjs');
const { preventable } = require('./world.cjs');

/**
 * Electron's BrowserWindow and its webContents, as far as the app uses them, with the rules
 * a window lives by: created only after 'ready', only with the security checklist's
 * preferences, and loading only the app's own page, answered by the handler the app
 * registered with protocol.handle (`registry`).
 */
function createWindows(world, config, registry, hooks) {
  const all = [];
  let nextId = 1;
  const open = () => all.filter((window) => !window.isDestroyed());

  class WebContents extends EventEmitter {
    constructor(window) {
      super();
      this.id = window.id;
      this.window = window;
      this.url = '';
      this.windowOpenHandler = null;
    }
    isDestroyed() {
      return this.window.isDestroyed();
    }
    getURL() {
      return this.url;
    }
    send(channel, ...args) {
      world.alive(this, `webContents.send('${channel}')`);
      world.note('webContents.send', { window: this.id, channel, payload: args[0] });
    }
    setWindowOpenHandler(handler) {
      this.windowOpenHandler = handler;
    }
    async printToPDF(options) {
      world.alive(this, 'webContents.printToPDF');
      world.note('webContents.printToPDF', { window: this.id, options });
      return new TextEncoder().encode('%PDF-1.7 stand-in\n');
    }
  }

  /** True for the page the app serves itself: a privileged standard scheme it handles, or the dev server. */
  function isAppPage(url) {
    const scheme = url.protocol.slice(0, -1);
    const privileges = registry.privileged.get(scheme);
    if (privileges?.standard === true && registry.handlers.has(scheme)) return true;
    return config.rendererUrl !== undefined && url.origin === new URL(config.rendererUrl).origin;
  }

  class BrowserWindow extends EventEmitter {
    static getAllWindows() {
      return open();
    }
    static getFocusedWindow() {
      return open().find((window) => window.focused) ?? null;
    }

    constructor(options = {}) {
      world.rule(world.ready, 'Cannot create BrowserWindow before app is ready');
      const problems = webPreferenceProblems(options.webPreferences);
      for (const problem of problems) world.violations.push(`new BrowserWindow: ${problem}`);
      if (problems.length > 0) throw new Error(`new BrowserWindow: ${problems.join('; ')}`);
      // Electron shows no icon, silently, when the file is missing: the stand-in says so.
      if (options.icon !== undefined && !existsSync(options.icon)) {
        world.violations.push(`new BrowserWindow: the icon ${options.icon} does not exist`);
      }
      super();
      this.id = nextId++;
      this.options = options;
      this.destroyed = false;
      this.visible = options.show !== false;
      this.minimized = false;
      this.maximized = false;
      this.focused = false;
      this.shownOnce = false;
      this.bounds = { x: options.x ?? 320, y: options.y ?? 130, width: options.width, height: options.height };
      this.webContents = new WebContents(this);
      all.push(this);
      world.note('new BrowserWindow', { window: this.id, options });
      hooks.webContentsCreated(this.webContents);
    }

    isDestroyed() {
      return this.destroyed;
    }
    act(method, details = {}) {
      world.alive(this, `BrowserWindow.${method}`);
      world.note(`window.${method}`, { window: this.id, ...details });
    }

    async loadURL(rawUrl) {
      this.act('loadURL', { url: rawUrl });
      const contents = this.webContents;
      // Checklist items 13 and 14: the page is fenced in before it is loaded, not after.
      world.rule(contents.windowOpenHandler !== null, `${rawUrl} loaded before a window open handler was set`);
      world.rule(contents.listenerCount('will-navigate') > 0, `${rawUrl} loaded without a will-navigate guard`);
      // Item 5: permissions are decided before any page can ask.
      world.rule(registry.session.permissionRequest !== null, `${rawUrl} loaded before a permission request handler`);
      const url = new URL(rawUrl);
      const hasBridge = this.options.webPreferences?.preload !== undefined;
      // A window with the preload's bridge may show only the app's page; the PDF window may show data: markup.
      const allowed = isAppPage(url) || (!hasBridge && url.protocol === 'data:');
      world.rule(allowed, `window ${this.id} may not load ${url.protocol} URLs: ${rawUrl.slice(0, 80)}`);
      let status = 200;
      const handler = registry.handlers.get(url.protocol.slice(0, -1));
      if (handler) {
        const response = await handler(new Request(rawUrl));
        await response.arrayBuffer();
        status = response.status;
      }
      world.note('page loaded', { window: this.id, url: rawUrl, status });
      if (status !== 200) throw new Error(`ERR_HTTP_RESPONSE_CODE_FAILURE (-379) loading '${rawUrl}'`);
      contents.url = rawUrl;
      contents.emit('did-finish-load');
      if (!this.shownOnce) {
        this.shownOnce = true;
        this.emit('ready-to-show');
      }
    }

    show() {
      this.act('show');
      this.visible = true;
      this.focused = true;
    }
    focus() {
      this.act('focus');
      this.focused = true;
    }
    isMinimized() {
      return this.minimized;
    }
    minimize() {
      this.act('minimize');
      this.minimized = true;
      this.focused = false;
      this.emit('minimize');
    }
    restore() {
      this.act('restore');
      this.minimized = false;
      this.emit('restore');
    }
    isMaximized() {
      return this.maximized;
    }
    maximize() {
      this.act('maximize');
      this.maximized = true;
      this.emit('maximize');
    }
    getNormalBounds() {
      return { ...this.bounds };
    }
    getBounds() {
      return { ...this.bounds };
    }
    setBounds(bounds) {
      this.act('setBounds', { bounds });
      this.bounds = { ...this.bounds, ...bounds };
      this.emit('resize');
      this.emit('move');
    }
    setBackgroundColor(color) {
      this.act('setBackgroundColor', { color });
    }

    /** The user closes the window (or the app calls close()): 'close' may be prevented. */
    close() {
      this.act('close');
      if (!this.closeQuietly()) return;
      if (open().length === 0) hooks.allWindowsClosed();
    }
    /** As app.quit() closes windows: the same events, but no 'window-all-closed'. */
    closeForQuit() {
      this.closeQuietly();
    }
    closeQuietly() {
      const event = preventable();
      this.emit('close', event);
      world.note('window close event', { window: this.id, prevented: event.defaultPrevented });
      if (event.defaultPrevented) return false;
      this.finish();
      return true;
    }
    /** Forced: no 'close' event, but 'closed' is guaranteed. */
    destroy() {
      this.act('destroy');
      this.finish();
      if (open().length === 0) hooks.allWindowsClosed();
    }
    finish() {
      this.destroyed = true;
      this.emit('closed');
      world.note('window closed', { window: this.id });
    }
  }

  return { BrowserWindow, open };
}

module.exports = { createWindows };

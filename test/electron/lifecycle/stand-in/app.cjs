'use strict';

const { EventEmitter } = require('node:events');
const { preventable } = require('./world.cjs');

const PATH_NAMES = ['home', 'appData', 'userData', 'sessionData', 'temp', 'documents', 'downloads', 'desktop', 'logs'];

/**
 * Electron's `app`: the ready phase and the quit sequence, as documented
 * (https://www.electronjs.org/docs/latest/api/app). `windows()` lists the open windows.
 *
 * Quit: 'before-quit' (preventable) → every window closed → 'will-quit' (preventable) →
 * 'quit'. When quitting closes the windows, 'window-all-closed' is not emitted. 'quit' is
 * where the real process would end; the stand-in records it and stops there.
 */
function createApp(world, config, windows) {
  const app = new EventEmitter();
  let markReady;
  const ready = new Promise((resolve) => {
    markReady = resolve;
  });
  /** What the app chained on whenReady(): the host waits for these to know start-up ended. */
  const readyChains = [];

  Object.assign(app, {
    isPackaged: config.isPackaged,
    enableSandbox() {
      world.rule(!world.ready, 'app.enableSandbox() can only be called before app is ready');
      world.note('app.enableSandbox');
    },
    getPath(name) {
      world.rule(PATH_NAMES.includes(name), `Failed to get '${name}' path`);
      return config.paths[name] ?? config.paths.home;
    },
    getAppPath: () => config.appPath,
    getVersion: () => config.version,
    getName: () => 'Gapwise',
    isReady: () => world.ready,
    whenReady() {
      const promise = ready.then(() => undefined);
      const then = promise.then.bind(promise);
      promise.then = (onFulfilled, onRejected) => {
        const chained = then(onFulfilled, onRejected);
        readyChains.push(chained);
        return chained;
      };
      return promise;
    },
    requestSingleInstanceLock() {
      world.note('app.requestSingleInstanceLock', { granted: config.singleInstanceLock });
      return config.singleInstanceLock;
    },
    quit() {
      world.note('app.quit');
      if (world.quit || world.exitCode !== null) return;
      const beforeQuit = preventable();
      app.emit('before-quit', beforeQuit);
      world.note('before-quit', { prevented: beforeQuit.defaultPrevented });
      if (beforeQuit.defaultPrevented) return;
      for (const window of windows()) window.closeForQuit();
      // A window that refused to close keeps the app running.
      if (windows().length > 0) return;
      const willQuit = preventable();
      app.emit('will-quit', willQuit);
      world.note('will-quit', { prevented: willQuit.defaultPrevented });
      if (willQuit.defaultPrevented) return;
      world.quit = true;
      world.note('quit');
      app.emit('quit', preventable(), 0);
    },
    /** Ends at once: no window is asked, no before-quit or will-quit. */
    exit(code = 0) {
      world.note('app.exit', { code });
      world.exitCode = code;
    },
  });

  /** The last window closed (not by quitting): Electron quits by itself unless the app listens. */
  function allWindowsClosed() {
    world.note('window-all-closed');
    if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
    else app.quit();
  }

  /** What Electron does once it is initialised: 'ready', then whenReady() resolves. */
  function becomeReady() {
    world.rule(!world.ready, 'the app became ready twice');
    world.ready = true;
    world.note('ready');
    app.emit('ready', preventable(), {});
    markReady();
    // Settles when what the app chained on whenReady() has: its start-up is over.
    return ready.then(() => Promise.allSettled(readyChains));
  }

  return { app, allWindowsClosed, becomeReady };
}

module.exports = { createApp };

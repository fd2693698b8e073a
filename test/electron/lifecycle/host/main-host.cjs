'use strict';

/**
 * The child process a lifecycle test drives: it serves the stand-in as `electron`, loads the
 * built out/main/index.js, and then plays the OS and the user on the test's requests (sent
 * over the Node IPC channel, see ../driver.ts). One child per scenario, because the bundle
 * has load-time side effects and module state, and the read-only case runs in its own mount
 * namespace.
 */

const Module = require('node:module');
const { join } = require('node:path');
const { format } = require('node:util');
const { createFakeElectron } = require('../stand-in/electron.cjs');
const { createOps } = require('./ops.cjs');
const { probeReadOnly, snapshotFiles } = require('./files.cjs');

const config = JSON.parse(process.env.GAPWISE_LIFECYCLE_CONFIG ?? '{}');
config.rendererUrl = process.env.ELECTRON_RENDERER_URL;
const fake = createFakeElectron(config);
const { world } = fake;

// What the main process prints, and anything it fails to catch, is kept for the test:
// Electron would show an uncaught error in a dialog, so it is a failure, not noise.
const logs = [];
const crashes = [];
for (const level of ['log', 'info', 'warn', 'error']) {
  console[level] = (...args) => logs.push({ level, text: format(...args) });
}
process.on('uncaughtException', (error) => crashes.push(`uncaught: ${error?.stack ?? error}`));
process.on('unhandledRejection', (reason) => crashes.push(`unhandled rejection: ${reason?.stack ?? reason}`));

// `require('electron')` from the bundle resolves to the stand-in, already in the module cache.
const STAND_IN_ID = join(__dirname, '..', 'stand-in', 'electron (served as electron)');
const standIn = new Module(STAND_IN_ID);
standIn.filename = STAND_IN_ID;
standIn.loaded = true;
standIn.exports = fake.electron;
Module._cache[STAND_IN_ID] = standIn;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveElectron(request, ...rest) {
  return request === 'electron' ? STAND_IN_ID : resolveFilename.call(this, request, ...rest);
};

const state = {
  readOnlyProbe: config.readOnly ? probeReadOnly(config.dataDir) : null,
  quitFiles: null,
  unansweredAtWillQuit: [],
};

// Requests still unanswered when quitting begins: the app must wait for them before it ends.
fake.electron.app.on('will-quit', () => state.unansweredAtWillQuit.push(ops.unanswered()));
// 'quit' is where the real process ends: what is on disk at this moment is all that survives.
fake.electron.app.on('quit', () => {
  state.quitFiles = snapshotFiles(config.dataDir, ['gapwise-data.json', 'window-state.json']);
});

function load() {
  try {
    require(config.bundle);
  } catch (error) {
    crashes.push(`loading ${config.bundle} threw: ${error?.stack ?? error}`);
  }
}

const ops = createOps(fake, { load });

function snapshot() {
  const { registry } = fake;
  return {
    ready: world.ready,
    quit: world.quit,
    exitCode: world.exitCode,
    violations: world.violations,
    journal: world.journal,
    crashes,
    logs,
    ipcChannels: world.journal.filter((entry) => entry.what === 'ipcMain.handle').map((entry) => entry.channel),
    menu: registry.template ? ops.describeMenu(registry.template) : null,
    privilegedSchemes: Object.fromEntries(registry.privileged),
    protocolHandlers: [...registry.handlers.keys()],
    session: Object.fromEntries(Object.entries(registry.session).map(([name, handler]) => [name, handler !== null])),
    windows: fake.windows.open().map((window) => ({
      id: window.id,
      url: window.webContents.getURL(),
      visible: window.visible,
      minimized: window.minimized,
      bounds: window.getBounds(),
    })),
    ...state,
  };
}

process.on('message', async ({ id, op, args }) => {
  const before = world.violations.length;
  let reply;
  try {
    reply = { id, ok: true, value: op === 'snapshot' ? snapshot() : await ops.run(op, args) };
  } catch (error) {
    reply = { id, ok: false, error: String(error?.stack ?? error) };
  }
  // A rule broken on the way fails the step that broke it, even where the app caught the
  // throw, so the test stops at the cause rather than at a symptom further on.
  const broken = world.violations.slice(before);
  if (broken.length > 0) {
    reply = { id, ok: false, error: `Electron's rules broken during '${op}':\n  ${broken.join('\n  ')}` };
  }
  process.send(reply);
});
process.send({ ready: true });

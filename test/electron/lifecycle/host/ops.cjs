'use strict';

const { preventable } = require('../stand-in/world.cjs');

/** Node's names for a pending file-system request or file close. */
const FILE_WORK = /^(FSReq|CloseReq|FileHandle)/;

/**
 * Resolves once the main process has nothing left to do but wait: no file operation in
 * flight for a few turns of the event loop in a row. Timers (the window-state debounce) do
 * not count: a test that needs one to matter closes the window, which saves at once.
 * Waiting on the work itself, not on a clock, keeps the tests free of timing guesses.
 */
async function settle() {
  let quietTurns = 0;
  while (quietTurns < 3) {
    await new Promise((resolve) => setImmediate(resolve));
    const busy = process.getActiveResourcesInfo().some((resource) => FILE_WORK.test(resource));
    quietTurns = busy ? 0 : quietTurns + 1;
  }
}

/** The template as the test sees it: functions reduced to whether an item has a click handler. */
function describeMenu(items) {
  return items.map((item) => ({
    label: item.label,
    role: item.role,
    type: item.type,
    accelerator: item.accelerator,
    clickable: typeof item.click === 'function',
    submenu: item.submenu ? describeMenu(item.submenu) : undefined,
  }));
}

function findMenuItem(items, path) {
  const [label, ...rest] = path;
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no menu item "${label}" (looking for ${path.join(' › ')})`);
  return rest.length === 0 ? item : findMenuItem(item.submenu ?? [], rest);
}

/**
 * What the test can make happen in the child: the OS (ready, a second launch), the user
 * (clicks, window moves, closing, dialog answers) and the page (IPC requests, navigation,
 * permission requests, loading app:// URLs). Each runs, then waits for the main process to
 * settle; a batch runs its steps back to back in one turn, so that a change can still be
 * in flight when the window closes.
 */
function createOps(fake, hostOps) {
  const { electron, registry, windows, world } = fake;
  const unanswered = new Set();

  /** The window with the preload's bridge: the app's page. */
  const mainWindow = () => {
    const window = windows.open().find((candidate) => candidate.options.webPreferences?.preload !== undefined);
    if (!window) throw new Error('there is no main window');
    return window;
  };

  const actions = {
    load: () => hostOps.load(),
    ready: () => fake.becomeReady(),
    async fetch({ url }) {
      const handler = registry.handlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`no protocol handler answers ${url}`);
      const response = await handler(new Request(url));
      return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
    },
    invoke({ channel, request, frameUrl }) {
      const listener = registry.ipc.get(channel);
      if (!listener) throw new Error(`no ipcMain handler for '${channel}'`);
      const event = { sender: mainWindow().webContents, senderFrame: { url: frameUrl }, frameId: 1, processId: 1 };
      // Called now, as Electron calls a handler when the message arrives; a throw becomes a rejection.
      const answer = (async () => listener(event, request))();
      unanswered.add(answer);
      const answered = () => unanswered.delete(answer);
      answer.then(answered, answered);
      return answer;
    },
    click({ path }) {
      const item = findMenuItem(registry.template ?? [], path);
      if (typeof item.click !== 'function') throw new Error(`menu item ${path.join(' › ')} has no click handler`);
      world.note('menu click', { path });
      item.click(item, electron.BrowserWindow.getFocusedWindow(), {});
    },
    secondInstance({ argv }) {
      electron.app.emit('second-instance', preventable(), argv, process.cwd(), {});
    },
    window({ action, bounds }) {
      const window = mainWindow();
      if (action === 'move') window.setBounds(bounds);
      else if (action === 'minimize') window.minimize();
      else if (action === 'close') window.close();
      else throw new Error(`unknown window action ${action}`);
    },
    navigate({ url }) {
      const event = preventable({ url });
      mainWindow().webContents.emit('will-navigate', event, url);
      return { prevented: event.defaultPrevented };
    },
    openWindow({ url }) {
      return mainWindow().webContents.windowOpenHandler({ url });
    },
    permission({ name }) {
      const contents = mainWindow().webContents;
      let granted = null;
      registry.session.permissionRequest(contents, name, (answer) => (granted = answer), {});
      return { granted, checked: registry.session.permissionCheck(contents, name, 'app://gapwise', {}) };
    },
    answer(answers) {
      Object.assign(registry.answers, answers);
    },
  };

  const act = (op, args) => {
    const action = actions[op];
    if (!action) throw new Error(`unknown operation ${op}`);
    return action(args ?? {});
  };

  return {
    describeMenu,
    unanswered: () => unanswered.size,
    async run(op, args) {
      if (op === 'batch') {
        const results = args.steps.map((step) => act(step.op, step.args));
        await settle();
        return Promise.all(results);
      }
      const result = await act(op, args);
      await settle();
      return result;
    },
  };
}

module.exports = { createOps };

import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The name of the page binding that carries a request to the main-process dispatcher. */
export const INVOKE_BINDING = '__gapwiseInvoke';
/**
 * An answer too large for the DevTools protocol comes as this prefix and a path on the
 * renderer server, which the page fetches (the page's CSP allows its own origin).
 */
export const STASHED = '@stashed:';
/** Answers above this many characters are stashed. */
export const STASH_ABOVE = 256 * 1024;

/** Performance marks the transport sets, followed by the channel: a request sent, its answer parsed. */
export const INVOKE_MARK = 'harness:invoke:';
export const ANSWER_MARK = 'harness:answered:';

/** The page function the harness calls to deliver a main-process event. */
export const EMIT_FUNCTION = '__gapwiseEmit';

let cached: Promise<string> | null = null;

/**
 * The script run in the page before any of its own: the preload's bridge
 * (`electron/preload/bridge.ts`, bundled as it is) over a transport that stands in for
 * Electron's ipcRenderer — `invoke` goes to the harness's binding, events come back
 * through EMIT_FUNCTION. The page then sees `window.gapwise` exactly as in the app.
 */
export function bridgeScript(): Promise<string> {
  cached ??= build({
    entryPoints: [resolve(__dirname, '../../../electron/preload/bridge.ts')],
    // The path aliases are defined there.
    tsconfig: resolve(__dirname, '../../../tsconfig.node.json'),
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__gapwiseBridge',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then(({ outputFiles }) => {
    const bundle = outputFiles[0]!.text;
    return `${bundle}
(() => {
  const listeners = new Map();
  const ipcRenderer = {
    // Answers cross as one JSON string: far faster than the protocol's value serialisation.
    // A large one (the whole data at 10,000 members) is fetched from the harness's server.
    // Marked at both ends, so the bench can tell the harness's part of a request (main's
    // answer carried as JSON over the binding or the server, and parsed) from the app's.
    invoke: async (channel, ...args) => {
      performance.mark(${JSON.stringify(INVOKE_MARK)} + channel);
      const answer = await window[${JSON.stringify(INVOKE_BINDING)}](channel, args);
      const text = answer.startsWith(${JSON.stringify(STASHED)})
        ? await (await fetch(answer.slice(${STASHED.length}))).text()
        : answer;
      const parsed = JSON.parse(text);
      performance.mark(${JSON.stringify(ANSWER_MARK)} + channel);
      return parsed;
    },
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
    },
    removeListener: (event, listener) => listeners.get(event)?.delete(listener),
  };
  Object.defineProperty(window, ${JSON.stringify(EMIT_FUNCTION)}, {
    value: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener({}, payload);
    },
  });
  Object.defineProperty(window, 'gapwise', {
    value: Object.freeze(__gapwiseBridge.createGapwiseApi(ipcRenderer, window)),
    enumerable: true,
  });
})();`;
  });
  return cached;
}

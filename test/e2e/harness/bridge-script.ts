import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The name of the page binding that carries a request to the main-process dispatcher. */
export const INVOKE_BINDING = '__gapwiseInvoke';
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
    // Answers cross as one JSON string: far faster than the protocol's value serialisation
    // for a 10,000-member data set, and closer to what Electron's structured clone costs.
    invoke: async (channel, ...args) => JSON.parse(await window[${JSON.stringify(INVOKE_BINDING)}](channel, args)),
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

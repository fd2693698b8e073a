import type { AppData } from '@shared/data';
import type { EventName, GapwiseApi, IpcEvents, IpcResult, RequestOf, ResponseOf } from '@shared/ipc';
import { DataReceiver, isDataMessage } from '@shared/ipc/data-sync';
import { CHANNEL_METHODS, dataInAnswer, EVENT_SUBSCRIBERS, type Channel } from '@shared/ipc/methods';

// The page gets one named function per contract channel and one subscription per event:
// no ipcRenderer, no generic invoke, no channel names. Values come only from the zod-free
// parts of shared/ipc (methods, data-sync), so the sandboxed preload bundle stays free of
// zod and the schemas (main validates anyway).
//
// This file imports nothing from Electron: the preload entry hands it Electron's
// ipcRenderer, and the end-to-end harness hands it a transport to the same main-process
// dispatcher, so the page talks to main through this very code in both.

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(event: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(event: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

const isFailure = (value: unknown): value is IpcResult<never> =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

/** Where the bridge reads whether a user action is under way. */
export interface PageLike {
  navigator?: { userActivation?: { isActive: boolean } };
}

export function createGapwiseApi(ipc: IpcRendererLike, page: PageLike): GapwiseApi {
  // Main sends the data whole once, then as changes to what this page holds (see data-sync).
  const receiver = new DataReceiver();

  /** The data a message from main stands for, or null when it changes data this page does not hold. */
  const read = (message: unknown): AppData | null =>
    isDataMessage(message) ? receiver.read(message) : (message as AppData);

  /** The data as main holds it now, whole: after a change this page could not apply. */
  const reload = async (): Promise<AppData | IpcResult<never>> => {
    const result = (await ipc.invoke('data:load', {})) as IpcResult<{ data: unknown }>;
    return result.ok ? (read(result.value.data) as AppData) : result;
  };

  const dataOf = async (message: unknown): Promise<AppData | IpcResult<never>> => read(message) ?? reload();

  const call =
    <C extends Channel>(channel: C) =>
    async (request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> => {
      const result = (await ipc.invoke(channel, request)) as IpcResult<unknown>;
      const where = dataInAnswer(channel);
      if (!result.ok || where === undefined || result.value === null) return result as IpcResult<ResponseOf<C>>;
      const answer = result.value as { data: unknown };
      const data = await dataOf(where === 'value' ? answer : answer.data);
      if (isFailure(data)) return data;
      const value = where === 'value' ? data : { ...answer, data };
      return { ok: true, value: value as ResponseOf<C> };
    };

  // Each data:changed message is read once, however many listeners the page has.
  const dataListeners = new Set<(data: AppData) => void>();
  const onData = (_event: unknown, payload: unknown) => {
    const deliver = (data: AppData | IpcResult<never>) => {
      if (!isFailure(data)) for (const listener of dataListeners) listener(data);
    };
    const data = read(payload);
    if (data !== null) deliver(data);
    else void reload().then(deliver);
  };

  const subscribe =
    <E extends EventName>(event: E) =>
    (listener: (payload: IpcEvents[E]) => void): (() => void) => {
      if (event === 'data:changed') {
        const typed = listener as (data: AppData) => void;
        if (dataListeners.size === 0) ipc.on(event, onData);
        dataListeners.add(typed);
        return () => {
          dataListeners.delete(typed);
          if (dataListeners.size === 0) ipc.removeListener(event, onData);
        };
      }
      const forward = (_event: unknown, payload: unknown) => listener(payload as IpcEvents[E]);
      ipc.on(event, forward);
      return () => {
        ipc.removeListener(event, forward);
      };
    };

  /**
   * Links leave the app only on a user action: a click or key press that is still active
   * (transient user activation), never from a script on its own.
   */
  const openExternalLink = (request: RequestOf<'link:openExternal'>): Promise<IpcResult<null>> =>
    page.navigator?.userActivation?.isActive
      ? call('link:openExternal')(request)
      : Promise.resolve({
          ok: false,
          error: { code: 'forbidden-sender', message: 'links open only when you click them', path: 'url' },
        });

  // Every channel and event as the contract names it; the overrides replace the plain call
  // for the channels that need more than forwarding.
  const api: Record<string, unknown> = {};
  for (const [channel, method] of Object.entries(CHANNEL_METHODS)) api[method] = call(channel as Channel);
  for (const [subscriber, event] of Object.entries(EVENT_SUBSCRIBERS)) api[subscriber] = subscribe(event);
  const overrides: Partial<GapwiseApi> = { openExternalLink };
  return Object.assign(api, overrides) as GapwiseApi;
}

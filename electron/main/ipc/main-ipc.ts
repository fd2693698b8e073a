import type { AppData } from '@shared/data';
import type { Channel, IpcEvents, IpcResult } from '@shared/ipc';
import { DataSender } from '@shared/ipc/data-sync';
import { dataInAnswer } from '@shared/ipc/methods';
import { createDispatcher, type Dispatch, type Handlers, type InvokeEventLike } from './dispatcher';
import { createHandlers, type HandlerDeps } from './handlers';
import { mapStoreError } from './store-errors';

export interface MainIpc {
  /** The handlers, for menu items that act in main without a request from the page. */
  handlers: Handlers;
  /** Every request from the page goes through this: sender check, validation, then the handler. */
  dispatch: Dispatch;
  /**
   * What goes back to the page for a request: the dispatcher's answer, with the data in it
   * as a message for that page (whole, or what changed since the data it last got).
   */
  answer: (channel: Channel, event: InvokeEventLike, args: readonly unknown[]) => Promise<IpcResult<unknown>>;
  /** The dispatcher's answer as it goes to page `pageId` (see `answer`). */
  encodeAnswer: (channel: Channel, result: IpcResult<unknown>, pageId: number) => IpcResult<unknown>;
  /** An event's payload as it goes to page `pageId`: data as a message, like answers. */
  eventPayload: <E extends keyof IpcEvents>(event: E, payload: IpcEvents[E], pageId: number) => unknown;
}

/**
 * The main process's IPC as one piece: the handlers over the store, behind the one
 * dispatcher. The app registers `dispatch` on ipcMain; the end-to-end suite binds the page's
 * bridge to the very same function, so both run the same checks and the same handlers.
 */
export function createMainIpc(
  deps: HandlerDeps,
  options: {
    isTrustedSender: (frameUrl: string) => boolean;
    logError: (channel: string, error: unknown) => void;
  },
): MainIpc {
  const handlers = createHandlers(deps);
  const dispatch = createDispatcher({
    handlers,
    isTrustedSender: options.isTrustedSender,
    mapError: mapStoreError,
    logError: options.logError,
  });
  // One sender per page (webContents), each remembering what that page holds.
  const senders = new Map<number, DataSender>();
  const senderFor = (pageId: number) => {
    let sender = senders.get(pageId);
    if (!sender) senders.set(pageId, (sender = new DataSender()));
    return sender;
  };

  const encodeAnswer: MainIpc['encodeAnswer'] = (channel, result, pageId) => {
    const where = dataInAnswer(channel);
    if (!result.ok || where === undefined || result.value === null) return result;
    const sender = senderFor(pageId);
    const whole = channel === 'data:load';
    if (where === 'value') return { ok: true, value: sender.message(result.value as AppData, whole) };
    const value = result.value as { data: AppData };
    return { ok: true, value: { ...value, data: sender.message(value.data, whole) } };
  };

  const answer: MainIpc['answer'] = async (channel, event, args) =>
    encodeAnswer(channel, await dispatch(channel, event, args), event.sender?.id ?? 0);

  const eventPayload: MainIpc['eventPayload'] = (event, payload, pageId) =>
    event === 'data:changed' ? senderFor(pageId).message(payload as AppData) : payload;

  return { handlers, dispatch, encodeAnswer, answer, eventPayload };
}

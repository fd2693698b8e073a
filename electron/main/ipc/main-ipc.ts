import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { createHandlers, type HandlerDeps } from './handlers';
import { mapStoreError } from './store-errors';

export interface MainIpc {
  /** The handlers, for menu items that act in main without a request from the page. */
  handlers: Handlers;
  /** Every request from the page goes through this: sender check, validation, then the handler. */
  dispatch: Dispatch;
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
  return { handlers, dispatch };
}

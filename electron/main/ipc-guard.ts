/**
 * Every `ipcMain.handle` goes through `guardHandler`: it refuses calls from frames that are
 * not the app's own page and calls that carry arguments the channel does not take, before
 * the handler runs. Kept free of Electron imports so it can be tested with plain objects.
 */

/** The part of Electron's IpcMainInvokeEvent this guard reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export class IpcRejectedError extends Error {
  constructor(channel: string, reason: string) {
    super(`IPC call to "${channel}" rejected: ${reason}`);
    this.name = 'IpcRejectedError';
  }
}

/** A handler for a channel that takes no arguments. */
export function guardHandler<TResult>(
  channel: string,
  isTrustedFrameUrl: (url: string) => boolean,
  handler: () => TResult | Promise<TResult>,
): (event: InvokeEventLike, ...args: unknown[]) => Promise<TResult> {
  return async (event, ...args) => {
    const frameUrl = event.senderFrame?.url;
    if (frameUrl === undefined || !isTrustedFrameUrl(frameUrl)) {
      throw new IpcRejectedError(channel, 'sender is not the app');
    }
    if (args.length > 0) {
      throw new IpcRejectedError(channel, `expected no arguments, received ${args.length}`);
    }
    return handler();
  };
}

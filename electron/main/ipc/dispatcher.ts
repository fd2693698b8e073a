import { problemFromZod } from '@shared/io/errors';
import { findUnsafeKey } from '@shared/io/safe-json';
import {
  ipcContract,
  MAX_REQUEST_BYTES,
  type Channel,
  type IpcError,
  type IpcResult,
  type RequestOf,
  type ResponseOf,
} from '@shared/ipc';
import { HandlerError } from './errors';

/** One handler per channel of the contract, receiving the validated request. */
export type Handlers = {
  [C in Channel]: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/** The part of Electron's IpcMainInvokeEvent the dispatcher reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
  /** The page (webContents) that sent it; absent in the end-to-end harness's single page. */
  readonly sender?: { readonly id: number };
}

export interface DispatcherOptions {
  handlers: Handlers;
  /** True for URLs of the app's own page (app://gapwise/… or the dev server). */
  isTrustedSender: (frameUrl: string) => boolean;
  /** Unexpected errors are logged here and reported to the renderer without their details. */
  logError?: (channel: Channel, error: unknown) => void;
  /** Errors a handler raises on purpose that are not HandlerErrors (e.g. the store's). */
  mapError?: (error: unknown) => IpcError | undefined;
}

const refuse = (code: IpcError['code'], message: string, path = ''): IpcResult<never> => ({
  ok: false,
  error: { code, message, path },
});

/** Size of the request as JSON, or undefined when it cannot be serialised (cycles, BigInt). */
function jsonSize(value: unknown): number | undefined {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return undefined;
  }
}

/**
 * The one entry point every IPC call goes through: checks the sender frame is the app's
 * own page, that exactly one request object came, that it is not oversized and carries no
 * prototype keys, and parses it with the channel's strict schema — all before the handler
 * runs. Always resolves with a typed result; never throws across the bridge.
 */
export function createDispatcher(options: DispatcherOptions) {
  return async function dispatch<C extends Channel>(
    channel: C,
    event: InvokeEventLike,
    args: readonly unknown[],
  ): Promise<IpcResult<ResponseOf<C>>> {
    const frameUrl = event.senderFrame?.url;
    if (frameUrl === undefined || !options.isTrustedSender(frameUrl)) {
      return refuse('forbidden-sender', `"${channel}" may only be called by Gapwise's own page`);
    }
    const entry = ipcContract[channel];
    if (!entry) return refuse('invalid-request', `unknown channel "${String(channel)}"`);
    if (args.length !== 1) return refuse('invalid-request', `expected one request object, received ${args.length}`);
    const raw = args[0];
    const size = jsonSize(raw);
    if (size === undefined) return refuse('invalid-request', 'the request cannot be serialised');
    if (size > MAX_REQUEST_BYTES) {
      return refuse('too-large', `the request is ${size} bytes; the limit is ${MAX_REQUEST_BYTES}`);
    }
    const unsafe = findUnsafeKey(raw);
    if (unsafe) return refuse('invalid-request', unsafe.message, unsafe.path);
    const parsed = entry.request.safeParse(raw);
    if (!parsed.success) {
      const problem = problemFromZod(parsed.error);
      return refuse('invalid-request', problem.message, problem.path);
    }
    try {
      const handler = options.handlers[channel] as (request: unknown) => ResponseOf<C> | Promise<ResponseOf<C>>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof HandlerError) return { ok: false, error: error.toIpcError() };
      const mapped = options.mapError?.(error);
      if (mapped) return { ok: false, error: mapped };
      options.logError?.(channel, error);
      return refuse('internal', `"${channel}" failed unexpectedly; see the log for details`);
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;

/** The part of Electron's ipcMain used to register handlers. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** Registers every channel of the contract, each answered through the dispatcher. */
export function registerIpc(
  ipcMain: IpcMainLike,
  answer: (channel: Channel, event: InvokeEventLike, args: readonly unknown[]) => Promise<unknown>,
): Channel[] {
  const channels = Object.keys(ipcContract) as Channel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args) => answer(channel, event, args));
  }
  return channels;
}

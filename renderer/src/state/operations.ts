import type { Channel, IpcError } from '@shared/ipc';

/*
 * Each operation (one contract channel) has its own status: how many of its requests are
 * in flight, and how its last request failed. Overlapping requests on different channels,
 * or on the same one, cannot clear each other's pending state. Plain functions of the
 * state, so they are tested without React.
 */

/** A refused or failed request, with a title saying what did not happen ("The plan was not exported"). */
export type WorkspaceError = IpcError & { title: string };

export interface OperationStatus {
  /** Requests on this channel still in flight. */
  pending: number;
  /** How the last request on this channel failed; null once it succeeds or is dismissed. */
  error: WorkspaceError | null;
}

export type Operations = Partial<Record<Channel, OperationStatus>>;

/** The status of a channel never requested: one shared object, so selectors return it unchanged. */
export const IDLE: OperationStatus = Object.freeze({ pending: 0, error: null });

export const operationOf = (operations: Operations, channel: Channel): OperationStatus => operations[channel] ?? IDLE;

/** True while any of the channels has a request in flight. */
export const anyPending = (operations: Operations, channels: readonly Channel[]): boolean =>
  channels.some((channel) => operationOf(operations, channel).pending > 0);

/** The operations with one more request in flight on `channel`, its previous error cleared. */
export const started = (operations: Operations, channel: Channel): Operations => ({
  ...operations,
  [channel]: { pending: operationOf(operations, channel).pending + 1, error: null },
});

/** The operations with one request on `channel` finished, failed with `error` or not (null). */
export const finished = (operations: Operations, channel: Channel, error: WorkspaceError | null): Operations => ({
  ...operations,
  [channel]: { pending: Math.max(0, operationOf(operations, channel).pending - 1), error },
});

/** The operations with `channel`'s error dismissed; its requests in flight stay counted. */
export const dismissed = (operations: Operations, channel: Channel): Operations => {
  const current = operationOf(operations, channel);
  return current.error === null ? operations : { ...operations, [channel]: { ...current, error: null } };
};

import { useContext } from 'react';
import { useStore } from 'zustand';
import type { Channel } from '@shared/ipc';
import { anyPending, operationOf, type OperationStatus } from './operations';
import type { WorkspaceState, WorkspaceStore } from './workspace';
import { WorkspaceContext } from './WorkspaceProvider';

/** The store itself, for actions that read it when they run (workflows.ts). */
export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(WorkspaceContext);
  if (!store) throw new Error('useWorkspaceStore is used outside a <WorkspaceProvider>');
  return store;
}

/** What `selector` picks from the workspace; the component re-renders when that changes. */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(useWorkspaceStore(), selector);
}

/** The request runner (stable for the store's life). */
export const useRequest = (): WorkspaceState['request'] => useWorkspace((state) => state.request);

/** One channel's pending count and last error. */
export const useOperation = (channel: Channel): OperationStatus =>
  useWorkspace((state) => operationOf(state.operations, channel));

/** True while any of these channels has a request in flight. */
export const usePending = (...channels: Channel[]): boolean =>
  useWorkspace((state) => anyPending(state.operations, channels));

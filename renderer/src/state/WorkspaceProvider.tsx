import { createContext, type ReactNode } from 'react';
import { LeaveGuardProvider } from './LeaveGuardProvider';
import type { WorkspaceStore } from './workspace';

// The one workspace store, made once by the entry (or a test) and read through these hooks
// with a selector each, so a component re-renders only when what it selects changes.
export const WorkspaceContext = createContext<WorkspaceStore | null>(null);

/** The workspace store, and the guard that asks before unsaved edits of it are left. */
export function WorkspaceProvider({ store, children }: { store: WorkspaceStore; children: ReactNode }) {
  return (
    <WorkspaceContext.Provider value={store}>
      <LeaveGuardProvider>{children}</LeaveGuardProvider>
    </WorkspaceContext.Provider>
  );
}

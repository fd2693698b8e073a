import { createContext, type ReactNode } from 'react';
import type { WorkspaceStore } from './workspace';

// The one workspace store, made once by the entry (or a test) and read through these hooks
// with a selector each, so a component re-renders only when what it selects changes.
export const WorkspaceContext = createContext<WorkspaceStore | null>(null);

export function WorkspaceProvider({ store, children }: { store: WorkspaceStore; children: ReactNode }) {
  return <WorkspaceContext.Provider value={store}>{children}</WorkspaceContext.Provider>;
}

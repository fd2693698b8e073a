import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { UnsavedChangesDialog } from '@renderer/components/workspace/UnsavedChangesDialog';
import { createLeaveGuard, type LeaveGuard } from './leave-guard';

const LeaveGuardContext = createContext<LeaveGuard | null>(null);

/**
 * One leave guard for the views inside, with its Save / Discard / Cancel question. Closing
 * the window with unsaved work is refused through `beforeunload` (no page script runs in
 * main for it): main's `will-prevent-unload` handler then asks whether to close anyway.
 */
export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const [guard] = useState(createLeaveGuard);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (guard.getState().work === null) return;
      event.preventDefault();
      // Older engines need returnValue set to show their prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [guard]);
  return (
    <LeaveGuardContext.Provider value={guard}>
      {children}
      <UnsavedChangesQuestion guard={guard} />
    </LeaveGuardContext.Provider>
  );
}

function UnsavedChangesQuestion({ guard }: { guard: LeaveGuard }) {
  const asking = useStore(guard, (s) => s.asking);
  const answer = useStore(guard, (s) => s.answer);
  // Mounted only while asking, so no closed dialog sits in every screen's tree.
  return asking ? <UnsavedChangesDialog what={asking.what} onAnswer={(choice) => void answer(choice)} /> : null;
}

/** The leave guard of the nearest provider. */
export function useLeaveGuard(): LeaveGuard {
  const guard = useContext(LeaveGuardContext);
  if (!guard) throw new Error('useLeaveGuard is used outside a <LeaveGuardProvider>');
  return guard;
}

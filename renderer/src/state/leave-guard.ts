import { createStore, type StoreApi } from 'zustand/vanilla';

/*
 * Leaving a view that holds unsaved work (the member editor) asks first: Save, Discard or
 * Cancel. The view holds its work here while it is unsaved; every way out (the navigation,
 * Ctrl/Cmd+digit, choosing another member, closing the editor) goes through `leave`.
 */

export interface UnsavedWork {
  /** What would be lost, for the question ("the changes to Ana Lima"). */
  what: string;
  /** Saves the work; resolves with false when it was not saved (invalid, or main refused). */
  save: () => Promise<boolean>;
}

export type LeaveAnswer = 'save' | 'discard' | 'cancel';

export interface LeaveGuardState {
  work: UnsavedWork | null;
  /** The way out waiting for the user's answer, while the question shows. */
  asking: { what: string; proceed: () => void } | null;
  /** Holds `work` until the returned release is called (a later hold replaces it). */
  hold(work: UnsavedWork): () => void;
  /** Runs `proceed` at once when nothing is unsaved; otherwise asks first. */
  leave(proceed: () => void): void;
  answer(choice: LeaveAnswer): Promise<void>;
}

export type LeaveGuard = StoreApi<LeaveGuardState>;

export function createLeaveGuard(): LeaveGuard {
  return createStore<LeaveGuardState>()((set, get) => ({
    work: null,
    asking: null,
    hold(work) {
      set({ work });
      return () => {
        // A view released late (after another one took over) must not drop the other's work.
        if (get().work === work) set({ work: null });
      };
    },
    leave(proceed) {
      const { work } = get();
      if (work === null) {
        proceed();
        return;
      }
      // A second way out while the question shows replaces the first (the last click wins).
      set({ asking: { what: work.what, proceed } });
    },
    async answer(choice) {
      const { work, asking } = get();
      if (asking === null) return;
      set({ asking: null });
      if (choice === 'cancel') return;
      if (choice === 'save' && work !== null && !(await work.save())) return;
      if (choice === 'discard') set({ work: null });
      asking.proceed();
    },
  }));
}

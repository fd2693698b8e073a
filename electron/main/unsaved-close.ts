/*
 * Closing the window while the member editor holds unsaved work: the page refuses the unload
 * (its `beforeunload`), and Electron then fires `will-prevent-unload` instead of showing a
 * prompt of its own. This asks the user; closing anyway lets the unload go ahead.
 * A plain function: index.ts passes Electron's message box in, tests pass their own.
 */

/** The options this asks with (a subset of Electron's MessageBoxSyncOptions). */
export interface CloseQuestion {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

export const CLOSE_QUESTION: CloseQuestion = {
  type: 'warning',
  title: 'Unsaved changes',
  message: 'Close Gapwise and discard your unsaved changes?',
  detail: 'The member you are editing has changes that are not saved. Keep editing to save them first (Ctrl+S).',
  buttons: ['Keep editing', 'Discard and close'],
  // Keep editing is the default and the answer to Escape: nothing is lost by accident.
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

const DISCARD_AND_CLOSE = 1;

/** Handles `will-prevent-unload`: the unload (close) goes ahead only when the user chose to discard. */
export function onUnloadRefused(event: { preventDefault(): void }, ask: (question: CloseQuestion) => number): void {
  if (ask(CLOSE_QUESTION) === DISCARD_AND_CLOSE) event.preventDefault();
}

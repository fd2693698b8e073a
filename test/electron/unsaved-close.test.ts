import { describe, expect, it, vi } from 'vitest';
import { CLOSE_QUESTION, onUnloadRefused } from '@main/unsaved-close';

describe('closing the window with unsaved changes', () => {
  it('asks, and closes only when the user chose to discard', () => {
    const event = { preventDefault: vi.fn() };
    onUnloadRefused(event, (question) => question.buttons.indexOf('Discard and close'));
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('keeps the window (and the work) on Keep editing, the default and the Escape answer', () => {
    const event = { preventDefault: vi.fn() };
    onUnloadRefused(event, (question) => question.cancelId);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(CLOSE_QUESTION.buttons[CLOSE_QUESTION.defaultId]).toBe('Keep editing');
  });
});

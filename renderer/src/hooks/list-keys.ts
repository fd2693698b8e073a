import type { Virtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';

/** Rows Page Up and Page Down move by: about one visible screen of a list. */
const PAGE = 8;

/**
 * Arrow keys, Page Up/Down, Home and End in a virtualised list: the target row is scrolled
 * into view, then its control (`[data-index]` under `container`) focused — Tab alone would
 * leave the list after the rows drawn so far.
 */
export function moveInVirtualList(
  event: KeyboardEvent,
  index: number,
  count: number,
  virtualizer: Pick<Virtualizer<HTMLDivElement, Element>, 'scrollToIndex'>,
  container: HTMLElement | null,
): void {
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    Home: 0,
    End: count - 1,
    PageDown: index + PAGE,
    PageUp: index - PAGE,
  };
  const target = moves[event.key];
  if (target === undefined) return;
  event.preventDefault();
  const next = Math.max(0, Math.min(count - 1, target));
  virtualizer.scrollToIndex(next, { align: 'auto' });
  const focus = () => {
    const control = container?.querySelector<HTMLElement>(`[data-index="${next}"]`);
    control?.focus();
    return control !== null && control !== undefined;
  };
  if (!focus()) requestAnimationFrame(() => void focus());
}

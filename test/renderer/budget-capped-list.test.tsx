import { afterEach, describe, expect, it } from 'vitest';
import { CappedList, SHOWN_AT_MOST } from '@renderer/screens/plan/budget/CappedList';
import { render, type Rendered } from './render';

/* The budget plan's lists at a few hundred people: the first lines, and the rest counted. */

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ key: `gap-${i}`, content: `Gap ${i + 1}`, count: 2 }));

describe('CappedList', () => {
  it('shows the first lines and counts the rest with what they stand for', async () => {
    view = await render(
      <CappedList
        label="Left open"
        lines={lines(SHOWN_AT_MOST + 25)}
        more={(hidden) => `…and ${hidden.length} more (${hidden.reduce((s, l) => s + (l.count ?? 1), 0)} hires).`}
      />,
    );
    const items = Array.from(view.container.querySelectorAll('[aria-label="Left open"] li'));
    expect(items).toHaveLength(SHOWN_AT_MOST);
    expect(items[0]!.textContent).toBe('Gap 1');
    expect(view.container.querySelector('.budget-plan__more')!.textContent).toBe('…and 25 more (50 hires).');
  });

  it('shows every line, with nothing counted, when they fit', async () => {
    view = await render(<CappedList label="Hires" ordered lines={lines(SHOWN_AT_MOST)} more={() => 'more'} />);
    expect(view.container.querySelectorAll('ol[aria-label="Hires"] li')).toHaveLength(SHOWN_AT_MOST);
    expect(view.container.querySelector('.budget-plan__more')).toBeNull();
  });
});

import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToggleGroup } from '@renderer/components/common/ToggleGroup';
import { byText, render, type Rendered } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const OPTIONS = [
  { value: 'skill', label: 'By skill' },
  { value: 'area', label: 'By area' },
] as const;

describe('ToggleGroup', () => {
  it('is a labelled group whose pressed option is the value, and reports the option chosen', async () => {
    const onChange = vi.fn();
    view = await render(
      <ToggleGroup label="Show coverage" options={OPTIONS} value="area" onChange={onChange} size="small" />,
    );
    const group = view.container.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).toBe('Show coverage');
    expect(group.className).toBe('toggle-group toggle-group--small');
    expect(byText(group, 'button', 'By area').getAttribute('aria-pressed')).toBe('true');
    expect(byText(group, 'button', 'By skill').getAttribute('aria-pressed')).toBe('false');
    await act(async () => byText(group, 'button', 'By skill').click());
    expect(onChange).toHaveBeenCalledWith('skill');
  });
});

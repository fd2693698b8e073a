import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button, type ButtonVariant } from '@renderer/components/common/Button';
import { render } from './render';

describe('Button', () => {
  it.each<[ButtonVariant | undefined, string]>([
    [undefined, 'button'],
    ['default', 'button'],
    ['primary', 'button button--primary'],
    ['quiet', 'button button--quiet'],
    ['danger', 'button button--danger'],
  ])('variant %s has the classes "%s"', async (variant, classes) => {
    const view = await render(<Button variant={variant}>Save</Button>);
    try {
      expect(view.container.querySelector('button')!.className).toBe(classes);
    } finally {
      view.unmount();
    }
  });

  it('is a plain button unless asked to submit, and keeps extra classes and attributes', async () => {
    const view = await render(
      <form>
        <Button className="extra" aria-label="Close">
          ×
        </Button>
        <Button type="submit" variant="primary">
          Save
        </Button>
      </form>,
    );
    try {
      const [plain, submit] = Array.from(view.container.querySelectorAll('button'));
      expect(plain!.type).toBe('button');
      expect(plain!.className).toBe('button extra');
      expect(plain!.getAttribute('aria-label')).toBe('Close');
      expect(submit!.type).toBe('submit');
    } finally {
      view.unmount();
    }
  });

  it('calls onClick when enabled and not when disabled', async () => {
    const onClick = vi.fn();
    const view = await render(
      <>
        <Button onClick={onClick}>On</Button>
        <Button onClick={onClick} disabled variant="danger">
          Off
        </Button>
      </>,
    );
    try {
      const [enabled, disabled] = Array.from(view.container.querySelectorAll('button'));
      expect(disabled!.disabled).toBe(true);
      await act(async () => disabled!.click());
      expect(onClick).not.toHaveBeenCalled();
      await act(async () => enabled!.click());
      expect(onClick).toHaveBeenCalledOnce();
    } finally {
      view.unmount();
    }
  });
});

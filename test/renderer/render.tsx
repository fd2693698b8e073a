import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { WorkspaceStore } from '@renderer/state/workspace';
import { WorkspaceProvider } from '@renderer/state/WorkspaceProvider';
import { allAnswered, nothingInFlight } from './requests-in-flight';

// React warns unless it knows updates are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  readonly container: HTMLElement;
  readonly unmount: () => void;
}

/** Minimal render helper (no testing-library dependency): mounts into a fresh div. */
export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(element);
  });
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** The element whose trimmed text is exactly `text`, among `selector` matches under `scope`. */
export function byText(scope: ParentNode, selector: string, text: string): HTMLElement {
  const match = Array.from(scope.querySelectorAll<HTMLElement>(selector)).find(
    (el) => el.textContent?.replace(/\s+/g, ' ').trim() === text,
  );
  if (!match) throw new Error(`no <${selector}> with text "${text}"`);
  return match;
}

/** Lets pending promises (requests to the main process) and the renders they cause finish. */
export const settle = () =>
  act(async () => {
    do {
      await allAnswered();
      await new Promise((resolve) => setTimeout(resolve, 0));
    } while (!nothingInFlight());
  });

/** Types into a React-controlled input or select: the native setter, then the event React listens to. */
export async function setValue(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  const proto = Object.getPrototypeOf(element) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
  await act(async () => {
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** `element` inside the provider of `store`, as the app's entry mounts it. */
export const inWorkspace = (store: WorkspaceStore, element: ReactElement): ReactElement => (
  <WorkspaceProvider store={store}>{element}</WorkspaceProvider>
);

import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FrameworksScreen } from '@renderer/screens/frameworks/FrameworksScreen';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, setValue, settle, type Rendered } from './render';

/*
 * When the framework editor's draft starts afresh: when the stored framework is a new object
 * (saved, reset, imported), and not when anything else in the data changes.
 */

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function openEditor() {
  const main = await mainInMemory();
  const store = createWorkspaceStore(main.api);
  await act(async () => store.getState().load());
  view = await render(inWorkspace(store, <FrameworksScreen confirm={() => true} initialMode="edit" />));
  return { main, store, container: view.container };
}

const LEVEL = 'Data engineer: target level for Data pipelines (ETL)';
const WEIGHT = 'Data engineer: weight for Data pipelines (ETL)';
const control = <T extends Element>(container: HTMLElement, label: string) =>
  container.querySelector<T>(`[aria-label="${label}"]`)!;
const unsaved = (container: HTMLElement) => container.querySelector('.frameworks__dirty') !== null;

describe('Frameworks: when the draft starts afresh', () => {
  it('keeps an unsaved draft while other data changes', async () => {
    const { main, store, container } = await openEditor();
    await setValue(control<HTMLInputElement>(container, WEIGHT), '7');
    const organisation = { ...main.current().organisation, name: 'Renamed elsewhere' };
    await act(async () => void (await store.getState().request('organisation:save', { organisation })));
    expect(store.getState().data?.organisation.name).toBe('Renamed elsewhere');

    expect(unsaved(container)).toBe(true);
    expect(control<HTMLInputElement>(container, WEIGHT).value).toBe('7');
  });

  it('is clean after saving a draft that was changed and changed back', async () => {
    const { main, container } = await openEditor();
    const level = control<HTMLSelectElement>(container, LEVEL);
    const stored = level.value;
    await setValue(level, '4');
    await setValue(control<HTMLSelectElement>(container, LEVEL), stored);
    expect(unsaved(container)).toBe(true);

    await act(async () => byText(container, 'button', 'Save framework').click());
    await settle();
    expect(main.api.saveFramework).toHaveBeenCalledTimes(1);
    expect(unsaved(container)).toBe(false);
    expect(byText(container, '[role="status"]', 'Saved')).toBeTruthy();
  });

  it('discards the draft when main sends a different framework', async () => {
    const { main, store, container } = await openEditor();
    await setValue(control<HTMLInputElement>(container, WEIGHT), '7');
    const framework = main.current().framework;
    const renamed = { ...framework, roles: framework.roles.map((r) => ({ ...r, name: `${r.name} (new)` })) };
    await act(async () => void (await store.getState().request('framework:save', { framework: renamed })));

    expect(unsaved(container)).toBe(false);
    expect(control(container, 'Data engineer (new): weight for Data pipelines (ETL)')).not.toBeNull();
  });

  it('discards the draft on a confirmed reset, even when the stored framework already is the built-in one', async () => {
    const { main, container } = await openEditor();
    const builtin = main.current().framework;
    await setValue(control<HTMLInputElement>(container, WEIGHT), '7');
    await act(async () => byText(container, 'button', 'Reset to built-in').click());
    await settle();

    expect(main.api.resetFramework).toHaveBeenCalledTimes(1);
    expect(main.current().framework).toEqual(builtin);
    expect(unsaved(container)).toBe(false);
    expect(control<HTMLInputElement>(container, WEIGHT).value).toBe(
      String(builtin.roles.find((r) => r.id === 'data-engineer')!.targets['data-pipelines']!.weight),
    );
  });
});

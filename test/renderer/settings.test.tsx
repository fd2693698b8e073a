import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/App';
import { screenForKey } from '@renderer/screens/navigation';
import { organisationProblems, parseProductTeams, SettingsScreen } from '@renderer/screens/settings/SettingsScreen';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { byText, render, type Rendered, settle, inWorkspace } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** Sets an input's value the way React notices (through the native setter) and fires input. */
function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function openSettings() {
  const main = await mainInMemory();
  view = await render(inWorkspace(createWorkspaceStore(main.api), <App initialScreen="settings" />));
  await settle();
  return { main, container: view.container };
}

const field = (container: HTMLElement, label: string) =>
  byText(container, '.field__label', label)
    .closest('label')!
    .querySelector('input, textarea, select') as HTMLInputElement;

describe('Settings', () => {
  it('saves the organisation: name, product teams, coverage policy and threshold', async () => {
    const { main, container } = await openSettings();
    await act(async () => {
      type(field(container, 'Name'), 'Contoso Analytics');
      type(field(container, 'Product teams') as unknown as HTMLTextAreaElement, 'Search\nAds, Search\n  Maps ');
      type(field(container, 'People needed at the target level, per skill'), '3');
      type(field(container, "Engineering-load threshold (% of a scientist's time)"), '25');
    });
    await act(async () => byText(container, 'button', 'Save organisation').click());
    await settle();
    expect(main.current().organisation).toMatchObject({
      name: 'Contoso Analytics',
      productTeams: ['Search', 'Ads', 'Maps'],
      coverage: { minPeople: 3 },
      engineeringLoadThreshold: 25,
    });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved');
  });

  it('refuses an empty name or an impossible threshold, sending nothing', async () => {
    const { main, container } = await openSettings();
    await act(async () => type(field(container, "Engineering-load threshold (% of a scientist's time)"), '120'));
    expect(container.querySelector('.settings__problems')?.textContent).toMatch(/between 0 and 100 %/);
    expect(byText(container, 'button', 'Save organisation').hasAttribute('disabled')).toBe(true);
    expect(main.api.saveOrganisation).not.toHaveBeenCalled();
  });

  it('switches the theme through the main process', async () => {
    const { main, container } = await openSettings();
    const dark = Array.from(container.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (r) => r.value === 'dark',
    )!;
    await act(async () => dark.click());
    await settle();
    expect(main.api.saveSettings).toHaveBeenCalledWith({ settings: { theme: 'dark' } });
    expect(main.current().settings.theme).toBe('dark');
  });

  it('parses product teams and checks the policy', () => {
    expect(parseProductTeams(' A ,B\n\nA\nC ')).toEqual(['A', 'B', 'C']);
    expect(organisationProblems({ name: 'x', minPeople: 2, threshold: 20 })).toEqual([]);
    expect(organisationProblems({ name: ' ', minPeople: 0.5, threshold: -1 })).toHaveLength(3);
  });
});

describe('Settings: all data in one file', () => {
  it('saves all data to a file, merges from one, and replaces only after asking', async () => {
    const main = await mainInMemory();
    const workspace = createWorkspaceStore(main.api);
    await workspace.getState().load();
    let answer = false;
    const asked: string[] = [];
    view = await render(
      inWorkspace(
        workspace,
        <SettingsScreen
          onOpenBackups={() => undefined}
          confirm={(message) => {
            asked.push(message);
            return answer;
          }}
        />,
      ),
    );
    const click = (label: string) => act(async () => byText(view!.container, 'button', label).click());
    await click('Save all data to a file…');
    expect(main.api.exportAllData).toHaveBeenCalledOnce();
    await click('Merge from a file…');
    expect(main.api.importAllData).toHaveBeenLastCalledWith({ mode: 'merge' });
    await click('Replace from a file…');
    expect(asked).toHaveLength(1);
    expect(main.api.importAllData).toHaveBeenCalledTimes(1);
    answer = true;
    await click('Replace from a file…');
    expect(main.api.importAllData).toHaveBeenLastCalledWith({ mode: 'replace' });
  });
});

describe('navigation', () => {
  it('Ctrl/Cmd+1…5 pick a screen; other keys do not', () => {
    expect(screenForKey({ key: '1', ctrlKey: true, metaKey: false, altKey: false })).toBe('dashboard');
    expect(screenForKey({ key: '5', ctrlKey: false, metaKey: true, altKey: false })).toBe('settings');
    expect(screenForKey({ key: '6', ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
    expect(screenForKey({ key: '2', ctrlKey: false, metaKey: false, altKey: false })).toBeNull();
    expect(screenForKey({ key: '2', ctrlKey: true, metaKey: false, altKey: true })).toBeNull();
  });

  it('the navigation marks the current screen and the keyboard switches it', async () => {
    const { container } = await openSettings();
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('Settings');
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '4', ctrlKey: true }));
    });
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('Frameworks');
    expect(container.querySelector('h1')?.textContent).toBe(
      'Data scientist vs data engineer (article framework), with ML, analytics and BI roles',
    );
  });
});

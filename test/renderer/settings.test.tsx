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
      type(
        field(container, 'Product teams with nobody yet') as unknown as HTMLTextAreaElement,
        'Search\nAds, Search\n  Maps ',
      );
      type(field(container, 'People needed at the target level, per skill'), '3');
      type(field(container, "Engineering-load threshold (% of a scientist's time)"), '25');
    });
    await act(async () => byText(container, 'button', 'Save organisation').click());
    await settle();
    expect(main.current().organisation).toMatchObject({
      name: 'Contoso Analytics',
      // The sample's listed teams have people: they stay listed, before the typed ones.
      productTeams: ['Checkout', 'Recommendations', 'Supply chain', 'Search', 'Ads', 'Maps'],
      coverage: { minPeople: 3 },
      engineeringLoadThreshold: 25,
    });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved');
  });

  it('saves where coverage is asked for and the people each product team needs', async () => {
    const { main, container } = await openSettings();
    const scope = container.querySelector<HTMLSelectElement>('select[name="coverage-scope"]')!;
    expect(scope.value).toBe('auto');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(scope, 'both');
      scope.dispatchEvent(new Event('change', { bubbles: true }));
      type(field(container, 'People needed at the target level, per product team'), '2');
    });
    await act(async () => byText(container, 'button', 'Save organisation').click());
    await settle();
    expect(main.current().organisation.coverage).toMatchObject({ scope: 'both', teamMinPeople: 2 });

    await act(async () => type(field(container, 'People needed at the target level, per product team'), '0'));
    expect(container.querySelector('.settings__problems')?.textContent).toContain(
      'People needed per product team must be a whole number from 1 to 1000.',
    );
  });

  it('lists the product teams people belong to with their headcount, and only the empty ones in the text box', async () => {
    const main = await mainInMemory();
    const data = main.current();
    // Before any product team is typed in: the teams still come from the members.
    await main.api.saveOrganisation({ organisation: { ...data.organisation, productTeams: ['Growth'] } });
    view = await render(inWorkspace(createWorkspaceStore(main.api), <App initialScreen="settings" />));
    await settle();
    const table = view.container.querySelector('[aria-label="Product teams people belong to"]')!;
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent),
    );
    const people = (team: string) => data.members.filter((m) => m.productTeam === team).length;
    expect(rows.map((r) => [r[0], Number(r[1])])).toEqual(
      ['Checkout', 'Recommendations', 'Supply chain'].map((t) => [t, people(t)]),
    );
    expect(rows[0]![2]).toMatch(/^Data scientist \d+, Data engineer 1$/);
    expect(field(view.container, 'Product teams with nobody yet').value).toBe('Growth');
  });

  it('refuses an empty name or an impossible threshold, sending nothing', async () => {
    const { main, container } = await openSettings();
    await act(async () => type(field(container, "Engineering-load threshold (% of a scientist's time)"), '120'));
    expect(container.querySelector('.settings__problems')?.textContent).toMatch(/between 0 and 100 %/);
    expect(byText(container, 'button', 'Save organisation').hasAttribute('disabled')).toBe(true);
    expect(main.api.saveOrganisation).not.toHaveBeenCalled();
  });

  it('stores when an assessment goes stale only once chosen (6 months when never set), and refuses 0', async () => {
    const { main, container } = await openSettings();
    const months = field(container, 'An assessment is stale after (months)');
    expect(months.value).toBe('6');
    await act(async () => byText(container, 'button', 'Save organisation').click());
    await settle();
    expect(main.current().organisation).not.toHaveProperty('staleAfterMonths');

    // The form is built afresh from the stored organisation after a save.
    const again = () => field(container, 'An assessment is stale after (months)');
    await act(async () => type(again(), '0'));
    expect(container.querySelector('.settings__problems')?.textContent).toMatch(/from 1 to 120/);
    await act(async () => type(again(), '12'));
    await act(async () => byText(container, 'button', 'Save organisation').click());
    await settle();
    expect(main.current().organisation.staleAfterMonths).toBe(12);
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
  it('Ctrl/Cmd+1…6 pick a screen; other keys do not', () => {
    expect(screenForKey({ key: '1', ctrlKey: true, metaKey: false, altKey: false })).toBe('dashboard');
    expect(screenForKey({ key: '4', ctrlKey: true, metaKey: false, altKey: false })).toBe('rounds');
    expect(screenForKey({ key: '6', ctrlKey: false, metaKey: true, altKey: false })).toBe('settings');
    expect(screenForKey({ key: '7', ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
    expect(screenForKey({ key: '2', ctrlKey: false, metaKey: false, altKey: false })).toBeNull();
    expect(screenForKey({ key: '2', ctrlKey: true, metaKey: false, altKey: true })).toBeNull();
  });

  it('the navigation marks the current screen and the keyboard switches it', async () => {
    const { container } = await openSettings();
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('Settings');
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '5', ctrlKey: true }));
    });
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('Frameworks');
    expect(container.querySelector('h1')?.textContent).toBe(
      'Data scientist vs data engineer (article framework), with ML, analytics and BI roles',
    );
  });
});

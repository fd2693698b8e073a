import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/App';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { DATA_DIR, mainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, setValue, settle, type Rendered } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function openSettings() {
  const main = await mainInMemory();
  view = await render(inWorkspace(createWorkspaceStore(main.api), <App initialScreen="settings" />));
  await settle();
  const form = byText(view.container, 'h2', 'Rename a product team').closest('form')!;
  const team = form.querySelector('select')!;
  const name = form.querySelector('input')!;
  const rename = byText(form, 'button', 'Rename everywhere') as HTMLButtonElement;
  return { main, container: view.container, form, team, name, rename };
}

describe('Renaming a product team', () => {
  it('lists every team with its people, and renames it on everyone in one change', async () => {
    const { main, form, team, name, rename } = await openSettings();
    const options = Array.from(team.options).map((o) => o.textContent);
    expect(options).toEqual([
      'Choose a team…',
      'Checkout (3 people)',
      'Recommendations (3 people)',
      'Supply chain (2 people)',
    ]);
    expect(rename.disabled).toBe(true);

    const moving = main
      .current()
      .members.filter((m) => m.productTeam === 'Checkout')
      .map((m) => m.id);
    await setValue(team, 'Checkout');
    await setValue(name, '  Payments ');
    expect(rename.disabled).toBe(false);
    await act(async () => rename.click());
    await settle();

    expect(main.api.renameProductTeam).toHaveBeenCalledWith({ from: 'Checkout', to: 'Payments' });
    expect(
      main
        .current()
        .members.filter((m) => m.productTeam === 'Payments')
        .map((m) => m.id),
    ).toEqual(moving);
    expect(main.current().organisation.productTeams).toContain('Payments');
    expect(form.querySelector('[role="status"]')?.textContent).toBe('“Checkout” is now “Payments” (3 people).');
    expect(team.value).toBe('Payments');
    expect(Array.from(team.options).map((o) => o.textContent)).toContain('Payments (3 people)');
  });

  it('says when the new name merges two teams', async () => {
    const { form, team, name } = await openSettings();
    await setValue(team, 'Checkout');
    await setValue(name, 'Supply chain');
    expect(form.textContent).toContain('“Supply chain” exists (2 people): the two teams become one.');
  });

  it('shows a refusal in Settings and renames nothing', async () => {
    const { main, container, team, name, rename } = await openSettings();
    main.disk.fail(DATA_DIR, 'ENOSPC');
    await setValue(team, 'Checkout');
    await setValue(name, 'Payments');
    await act(async () => rename.click());
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('The product team was not renamed');
    expect(main.current().members.some((m) => m.productTeam === 'Payments')).toBe(false);
  });
});

import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/App';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory, type MainInMemory } from './main-in-memory';
import { byText, render, settle, inWorkspace, setValue, type Rendered } from './render';

/* The Settings section for hiring and planning, against main's real handlers and store. */

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** The Settings screen of a fresh page (a new workspace store) over `main`. */
async function openSettings(main: MainInMemory) {
  view?.unmount();
  view = await render(inWorkspace(createWorkspaceStore(main.api), <App initialScreen="settings" />));
  await settle();
  return view.container;
}

const section = (container: HTMLElement) =>
  byText(container, 'h2', 'Hiring and planning').closest('form') as HTMLFormElement;

/** An input by its accessible name: its aria-label or the text of the label around it. */
function input(container: HTMLElement, name: string): HTMLInputElement {
  const scope = section(container);
  const labelled = scope.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`);
  if (labelled) return labelled;
  return byText(scope, '.field__label', name).closest('label')!.querySelector('input')!;
}

/** The problem shown for an input: the element its aria-describedby names. */
const problemOf = (field: HTMLInputElement): string | null => {
  const id = field.getAttribute('aria-describedby');
  return id ? (field.ownerDocument.getElementById(id)?.textContent ?? null) : null;
};

const saveButton = (container: HTMLElement) => byText(section(container), 'button', 'Save hiring and planning');

async function saveSection(container: HTMLElement) {
  await act(async () => saveButton(container).click());
  await settle();
}

describe('Settings: hiring and planning', () => {
  it('saves the currency, costs, lead times, upskill time, weights and headcount, and shows them after a reload', async () => {
    const main = await mainInMemory();
    let container = await openSettings(main);
    const roles = Array.from(section(container).querySelectorAll('tbody th')).map((th) => th.textContent);
    expect(roles).toEqual(main.current().framework.roles.map((r) => r.name));
    expect(input(container, 'Months to hire, Data engineer').placeholder).toBe('3');
    expect(input(container, 'Months to grow one level on a skill').placeholder).toBe('6');
    expect(input(container, 'Single point of failure closed').value).toBe('10');

    await setValue(input(container, 'Currency'), 'gbp');
    await setValue(input(container, 'Yearly cost, Data engineer'), '95 000');
    await setValue(input(container, 'Yearly cost, Data scientist'), '105000');
    await setValue(input(container, 'Months to hire, Data engineer'), '4');
    await setValue(input(container, 'Months to grow one level on a skill'), '8');
    await setValue(input(container, 'Below-policy gap closed'), '5');
    await setValue(input(container, 'Company headcount'), '1200');
    expect(section(container).querySelector('thead')?.textContent).toContain('Yearly cost (GBP)');
    await saveSection(container);

    expect(main.current().settings).toEqual({
      theme: 'system',
      planning: {
        currency: 'GBP',
        roleCosts: { 'data-scientist': 105_000, 'data-engineer': 95_000 },
        leadTimeMonths: { 'data-engineer': 4 },
        upskillMonthsPerLevel: 8,
        weights: { singlePoint: 10, belowPolicy: 5, engineeringFte: 1 },
      },
    });
    expect(main.current().organisation.companyHeadcount).toBe(1200);
    expect(section(container).querySelector('[role="status"]')?.textContent).toBe('Saved');

    container = await openSettings(main);
    expect(input(container, 'Currency').value).toBe('GBP');
    expect(input(container, 'Yearly cost, Data engineer').value).toBe('95000');
    expect(input(container, 'Yearly cost, Data scientist').value).toBe('105000');
    expect(input(container, 'Yearly cost, ML engineer').value).toBe('');
    expect(input(container, 'Months to hire, Data engineer').value).toBe('4');
    expect(input(container, 'Months to hire, Data scientist').value).toBe('');
    expect(input(container, 'Months to grow one level on a skill').value).toBe('8');
    expect(input(container, 'Below-policy gap closed').value).toBe('5');
    expect(input(container, 'Company headcount').value).toBe('1200');
    expect(section(container).textContent).toContain('counts money in GBP');
  });

  it('shows each problem next to its field and sends nothing until it is fixed', async () => {
    const main = await mainInMemory();
    const container = await openSettings(main);
    await setValue(input(container, 'Yearly cost, Data engineer'), '-1');
    await setValue(input(container, 'Months to hire, Data scientist'), '2.5');
    await setValue(input(container, 'Currency'), 'EURO');
    const cost = input(container, 'Yearly cost, Data engineer');
    expect(cost.getAttribute('aria-invalid')).toBe('true');
    expect(problemOf(cost)).toBe('Data engineer: the yearly cost must be a number from 0 to 1,000,000,000.');
    // The problem sits in the same table cell as its input.
    expect(cost.closest('td')!.textContent).toContain('must be a number from 0');
    expect(problemOf(input(container, 'Months to hire, Data scientist'))).toMatch(/whole number from 0 to 36/);
    expect(problemOf(input(container, 'Currency'))).toMatch(/three-letter code/);
    expect(problemOf(input(container, 'Months to hire, Data engineer'))).toBeNull();
    expect(saveButton(container).hasAttribute('disabled')).toBe(true);
    await act(async () => section(container).requestSubmit());
    await settle();
    expect(main.api.saveSettings).not.toHaveBeenCalled();
    expect(main.api.saveOrganisation).not.toHaveBeenCalled();

    await setValue(input(container, 'Yearly cost, Data engineer'), '90000');
    await setValue(input(container, 'Months to hire, Data scientist'), '2');
    await setValue(input(container, 'Currency'), 'EUR');
    expect(saveButton(container).hasAttribute('disabled')).toBe(false);
    await saveSection(container);
    expect(main.current().settings.planning).toEqual({
      currency: 'EUR',
      roleCosts: { 'data-engineer': 90_000 },
      leadTimeMonths: { 'data-scientist': 2 },
    });
    // Only what changed is saved: the organisation was not touched.
    expect(main.api.saveOrganisation).not.toHaveBeenCalled();
  });

  it('resets the weights to the defaults, which are then left unstored', async () => {
    const main = await mainInMemory();
    await main.api.saveSettings({
      settings: { theme: 'system', planning: { weights: { singlePoint: 1, belowPolicy: 1, engineeringFte: 1 } } },
    });
    const container = await openSettings(main);
    expect(input(container, 'Single point of failure closed').value).toBe('1');
    await act(async () => byText(section(container), 'button', 'Reset to defaults').click());
    expect(input(container, 'Single point of failure closed').value).toBe('10');
    expect(input(container, 'Below-policy gap closed').value).toBe('3');
    expect(input(container, 'Engineering FTE absorbed').value).toBe('1');
    expect(byText(section(container), 'button', 'Reset to defaults').hasAttribute('disabled')).toBe(true);
    await saveSection(container);
    expect(main.current().settings).toEqual({ theme: 'system' });
  });

  it('saving the headcount keeps unsaved edits in the Organisation form, and the other way round', async () => {
    const main = await mainInMemory();
    const container = await openSettings(main);
    const orgName = () =>
      byText(container, '.field__label', 'Name').closest('label')!.querySelector('input') as HTMLInputElement;
    await setValue(orgName(), 'Contoso Analytics');
    await setValue(input(container, 'Company headcount'), '800');
    await saveSection(container);
    expect(main.current().organisation.companyHeadcount).toBe(800);
    expect(main.current().organisation.name).not.toBe('Contoso Analytics');
    // The Organisation form still holds what was typed, unsaved.
    expect(orgName().value).toBe('Contoso Analytics');

    // The planning section's unsaved edits survive the Organisation form's save.
    await setValue(input(container, 'Yearly cost, Data scientist'), '99000');
    await act(async () => byText(container, 'button', 'Save organisation').click());
    await settle();
    expect(main.current().organisation).toMatchObject({ name: 'Contoso Analytics', companyHeadcount: 800 });
    expect(input(container, 'Yearly cost, Data scientist').value).toBe('99000');
    expect(input(container, 'Company headcount').value).toBe('800');

    // A blank headcount takes it away.
    await setValue(input(container, 'Company headcount'), '');
    await saveSection(container);
    expect(main.current().organisation).not.toHaveProperty('companyHeadcount');
    expect(main.current().organisation.name).toBe('Contoso Analytics');
    expect(main.current().settings.planning?.roleCosts).toEqual({ 'data-scientist': 99_000 });
  });

  it('when the framework drops a role, its row goes and its stored cost is ignored, not an error', async () => {
    const main = await mainInMemory();
    let container = await openSettings(main);
    await setValue(input(container, 'Yearly cost, ML engineer'), '120000');
    await setValue(input(container, 'Months to hire, ML engineer'), '6');
    await saveSection(container);
    const framework = main.current().framework;
    await act(async () => {
      await main.api.saveFramework({
        framework: { ...framework, roles: framework.roles.filter((r) => r.id !== 'ml-engineer') },
      });
    });

    // A fresh start on that data: it loads, and the table has no row for the role.
    container = await openSettings(main);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(section(container).querySelector('input[aria-label="Yearly cost, ML engineer"]')).toBeNull();
    expect(section(container).querySelectorAll('tbody tr')).toHaveLength(framework.roles.length - 1);
    // …and says what it keeps unused, so a cost with no effect is not a mystery.
    expect(section(container).querySelector('[data-testid="unused-planning-roles"]')?.textContent).toContain(
      'cost for "ml-engineer", lead time for "ml-engineer"',
    );

    // The theme and the other planning fields still save; the entry stays stored, unused.
    const dark = container.querySelector<HTMLInputElement>('input[type="radio"][value="dark"]')!;
    await act(async () => dark.click());
    await settle();
    expect(main.current().settings.theme).toBe('dark');
    await setValue(input(container, 'Yearly cost, Data engineer'), '90000');
    await saveSection(container);
    expect(main.current().settings.planning).toEqual({
      roleCosts: { 'ml-engineer': 120_000, 'data-engineer': 90_000 },
      leadTimeMonths: { 'ml-engineer': 6 },
    });
    expect(container.querySelector('.operation-error, [role="alert"]')).toBeNull();
  });
});

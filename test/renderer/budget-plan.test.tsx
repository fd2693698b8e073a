import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SHOWN_AT_MOST } from '@renderer/screens/plan/budget/CappedList';
import { PlanScreen } from '@renderer/screens/plan/PlanScreen';
import { selectAnalysis } from '@renderer/state/analysis';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, type Rendered, setValue, settle } from './render';

/* "Plan within your limit" on the Plan screen: the limit saved with the settings, and its plan. */

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function renderPlan() {
  const main = await mainInMemory();
  const workspace = createWorkspaceStore(main.api);
  await act(async () => workspace.getState().load());
  view = await render(inWorkspace(workspace, <PlanScreen />));
  await settle();
  const section = view.container.querySelector<HTMLElement>('section[aria-labelledby="plan-budget-title"]')!;
  return { main, section };
}

const form = (section: HTMLElement) => section.querySelector<HTMLFormElement>('form[aria-label="Hire limit"]')!;

async function setLimit(section: HTMLElement, kind: string, text?: string) {
  await setValue(form(section).querySelector('select')!, kind);
  if (text !== undefined) await setValue(form(section).querySelector('input')!, text);
  await act(async () => byText(form(section), 'button', 'Save limit').click());
  await settle();
}

describe('Plan within your limit', () => {
  it('saves a limit of hires with the settings and shows the best hires, what stays open and the value per hire', async () => {
    const { main, section } = await renderPlan();
    expect(section.querySelector('[aria-label="Hires within the limit"]')).toBeNull();
    const minimum = selectAnalysis(main.current()).plan.hires.length;
    expect(minimum).toBeGreaterThan(1);

    await setLimit(section, 'hires', '1');
    expect(main.current().settings.planning?.hireLimit).toEqual({ kind: 'hires', hires: 1 });
    expect(main.current().settings.theme).toBe('system');
    const plan = selectAnalysis(main.current()).budgetPlan!;
    const hires = Array.from(section.querySelectorAll('[aria-label="Hires within the limit"] li'));
    expect(hires.map((li) => Number((li as HTMLElement).dataset.count))).toEqual(plan.hires.map((h) => h.count));
    expect(hires.reduce((n, li) => n + Number((li as HTMLElement).dataset.count), 0)).toBe(1);
    expect(section.querySelectorAll('[aria-label="Left open"] li')).toHaveLength(
      Math.min(plan.open.length, SHOWN_AT_MOST),
    );
    expect(section.textContent).toContain('Limit: 1 hire.');

    // The chart's numbers as a table: one row from no hire up to the whole minimum plan.
    expect(section.querySelector('canvas')).not.toBeNull();
    await act(async () => byText(section, 'button', 'Show table').click());
    const rows = byText(section, 'caption', 'Value per limit').closest('table')!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(minimum + 1);
  });

  it('refuses a negative number of hires, saving nothing, and removes the limit again', async () => {
    const { main, section } = await renderPlan();
    await setLimit(section, 'hires', '-1');
    expect(section.querySelector('[role="alert"]')!.textContent).toMatch(/whole number/);
    expect(main.current().settings.planning?.hireLimit).toBeUndefined();

    await setLimit(section, 'hires', '2');
    expect(main.current().settings.planning?.hireLimit).toEqual({ kind: 'hires', hires: 2 });
    await setLimit(section, 'none');
    expect(main.current().settings.planning?.hireLimit).toBeUndefined();
    expect(section.querySelector('[aria-label="Hires within the limit"]')).toBeNull();
  });
});

import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanScreen } from '@renderer/screens/plan/PlanScreen';
import { selectAnalysis } from '@renderer/state/analysis';
import { createWorkspaceStore } from '@renderer/state/workspace';
import type { AppData } from '@shared/data';
import type { Candidate } from '@shared/domain';
import { mainInMemory, type MainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, setValue, settle, type Rendered } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function renderPlan(main: MainInMemory, confirm: (message: string) => boolean = () => true) {
  const workspace = createWorkspaceStore(main.api);
  await act(async () => workspace.getState().load());
  view = await render(inWorkspace(workspace, <PlanScreen confirm={confirm} />));
  await settle();
  return view.container;
}

const click = async (element: HTMLElement) => {
  await act(async () => element.click());
  await settle();
};

/** A candidate at the level of every must-have of the plan's first hire. */
function strongFor(data: AppData, id: string, name: string): Candidate {
  const hire = selectAnalysis(data).plan.hires[0]!;
  return {
    id,
    name,
    role: hire.roleId,
    ...(hire.productTeam === null ? {} : { productTeam: hire.productTeam }),
    levels: Object.fromEntries(hire.mustHave.map((m) => [m.skillId, m.level])),
  };
}

/** The cell of `column` (a candidate id, or "ideal") in the row `row` of the first comparison table. */
function cell(container: HTMLElement, row: string, column: string): string {
  const tr = container.querySelector(`.candidate-table tr[data-row="${row}"]`);
  if (!tr) throw new Error(`no row "${row}"`);
  return tr.querySelector(`[data-column="${column}"]`)!.textContent!.trim();
}

describe('candidates on the Plan screen', () => {
  it('adds a candidate from the form, with levels left not assessed, and shows them beside the ideal profile', async () => {
    const main = await mainInMemory();
    const container = await renderPlan(main);
    expect(container.textContent).toContain('No candidates yet');
    await click(byText(container, 'button', 'Add candidate'));
    const form = container.querySelector<HTMLFormElement>('.candidate-editor')!;
    await setValue(form.querySelector('input')!, 'Rita Alves');
    const hire = selectAnalysis(main.current()).plan.hires[0]!;
    const must = hire.mustHave[0]!;
    const select = form.querySelector<HTMLSelectElement>(`select[aria-label="Level of ${must.name}"]`)!;
    await setValue(select, String(must.level));
    await date(form, '2027-02-01');
    await click(byText(form, 'button', 'Save candidate'));

    const [stored] = main.current().candidates;
    expect(stored).toEqual({
      id: 'rita-alves',
      name: 'Rita Alves',
      role: hire.roleId,
      ...(hire.productTeam === null ? {} : { productTeam: hire.productTeam }),
      levels: { [must.skillId]: must.level },
      interviewedOn: '2027-02-01',
    });
    expect(container.querySelector('.candidate-editor')).toBeNull();
    const headers = Array.from(container.querySelectorAll('.candidate-table thead th')).map((th) => th.textContent);
    expect(headers).toEqual(['Measure', 'Ideal profile', 'Rita Alves']);
    expect(cell(container, `must-${must.skillId}`, 'rita-alves')).toBe(`${must.level} (meets)`);
    const levelName = main.current().framework.scale.levels.find((l) => l.level === must.level)!.name;
    expect(container.querySelector(`[data-row="must-${must.skillId}"] th`)!.textContent).toBe(
      `${must.name}: must have ${must.level} (${levelName})`,
    );
    expect(hire.mustHave.length).toBeGreaterThan(1);
    expect(cell(container, `must-${hire.mustHave[1]!.skillId}`, 'rita-alves')).toBe('Not assessed');
    expect(cell(container, 'must-haves', 'ideal')).toBe(`${hire.mustHave.length} of ${hire.mustHave.length}`);
  });

  it('refuses to save a candidate without a name, saying why', async () => {
    const main = await mainInMemory();
    const container = await renderPlan(main);
    await click(byText(container, 'button', 'Add candidate'));
    await click(byText(container, 'button', 'Save candidate'));
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('Enter a name');
    expect(main.current().candidates).toEqual([]);
  });

  it('compares two candidates and marks the one who meets more must-haves', async () => {
    const main = await mainInMemory();
    const strong = strongFor(main.current(), 'strong', 'Strong Sam');
    await main.api.addCandidate({ candidate: strong });
    await main.api.addCandidate({ candidate: { ...strong, id: 'blank', name: 'Blank Bo', levels: {} } });
    const container = await renderPlan(main);
    const n = Object.keys(strong.levels).length;
    expect(cell(container, 'must-haves', 'strong')).toBe(`${n} of ${n} best`);
    expect(cell(container, 'must-haves', 'blank')).toBe(`0 of ${n} (${n} not assessed)`);
    // Today's plan is as it was: candidates count in no other figure.
    expect(main.current().members.some((m) => m.name === 'Strong Sam')).toBe(false);
  });

  it('hires a candidate after a confirm: they become a member and the plan asks for fewer hires', async () => {
    const main = await mainInMemory();
    const before = selectAnalysis(main.current()).summary.hiresRecommended;
    await main.api.addCandidate({ candidate: strongFor(main.current(), 'sam', 'Sam Reyes') });
    const confirm = vi.fn(() => true);
    const container = await renderPlan(main, confirm);
    await click(container.querySelector<HTMLButtonElement>('button[aria-label="Hire Sam Reyes"]')!);
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Hire Sam Reyes?'));
    const data = main.current();
    expect(data.candidates).toEqual([]);
    expect(data.members.find((m) => m.id === 'sam')).toMatchObject({ name: 'Sam Reyes' });
    expect(selectAnalysis(data).summary.hiresRecommended).toBeLessThan(before);
    expect(container.textContent).toContain('Sam Reyes is now a member of the team');
    expect(container.textContent).toContain('No candidates yet');
  });

  it('hires nobody when the confirm is declined', async () => {
    const main = await mainInMemory();
    await main.api.addCandidate({ candidate: strongFor(main.current(), 'sam', 'Sam Reyes') });
    const container = await renderPlan(main, () => false);
    await click(container.querySelector<HTMLButtonElement>('button[aria-label="Hire Sam Reyes"]')!);
    expect(main.current().candidates.map((c) => c.id)).toEqual(['sam']);
    expect(main.current().members.some((m) => m.id === 'sam')).toBe(false);
  });

  it('edits and deletes a candidate', async () => {
    const main = await mainInMemory();
    await main.api.addCandidate({ candidate: strongFor(main.current(), 'sam', 'Sam Reyes') });
    const container = await renderPlan(main);
    await click(container.querySelector<HTMLButtonElement>('button[aria-label="Edit Sam Reyes"]')!);
    const form = container.querySelector<HTMLFormElement>('.candidate-editor')!;
    await setValue(form.querySelector('textarea')!, 'Strong on pipelines');
    await click(byText(form, 'button', 'Save candidate'));
    expect(main.current().candidates[0]).toMatchObject({ id: 'sam', notes: 'Strong on pipelines' });
    expect(cell(container, 'notes', 'sam')).toBe('Strong on pipelines');
    await click(container.querySelector<HTMLButtonElement>('button[aria-label="Delete Sam Reyes"]')!);
    expect(main.current().candidates).toEqual([]);
  });
});

async function date(form: HTMLElement, value: string) {
  await setValue(form.querySelector<HTMLInputElement>('input[type="date"]')!, value);
}

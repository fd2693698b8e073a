// chart.js draws on <canvas>; happy-dom has none, so a mock records the drawing calls.
import 'vitest-canvas-mock';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundsScreen } from '@renderer/screens/rounds/RoundsScreen';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, settle, setValue, type Rendered } from './render';

/* The Rounds screen over the real main handlers in memory: close, rename, delete, start from, and what changed. */

const TODAY = '2027-02-15';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function mount(confirmAnswer = true) {
  const main = await mainInMemory({ now: () => new Date(`${TODAY}T10:00:00Z`) });
  const store = createWorkspaceStore(main.api);
  await store.getState().load();
  const asked: string[] = [];
  const confirm = (message: string) => {
    asked.push(message);
    return confirmAnswer;
  };
  view = await render(inWorkspace(store, <RoundsScreen today={TODAY} confirm={confirm} />));
  await settle();
  return { main, store, container: view.container, asked };
}

const click = async (element: HTMLElement) => {
  await act(async () => element.click());
  await settle();
};

const button = (container: HTMLElement, name: string) => {
  const found = Array.from(container.querySelectorAll<HTMLButtonElement>('button')).find(
    (b) => b.getAttribute('aria-label') === name || b.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

async function closeRound(container: HTMLElement, name?: string, date?: string) {
  await click(button(container, 'Close round…'));
  const dialog = container.querySelector('dialog')!;
  const [nameField, dateField] = Array.from(dialog.querySelectorAll('input'));
  if (name !== undefined) await setValue(nameField!, name);
  if (date !== undefined) await setValue(dateField!, date);
  await click(byText(dialog, 'button', 'Close round'));
}

const roundRows = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLTableRowElement>('tr[data-round-id]')).map((tr) =>
    Array.from(tr.cells)
      .slice(0, 5)
      .map((c) => c.textContent?.trim()),
  );

describe('Rounds screen', () => {
  it('with no closed round says what rounds are for and offers Close round', async () => {
    const { container } = await mount();
    expect(container.querySelector('h2')?.textContent).toBe('No closed round yet');
    expect(container.textContent).toContain('A round is one assessment of the team');
    expect(container.querySelector('[data-trend]')).toBeNull();
    expect(button(container, 'Close round…')).toBeTruthy();
  });

  it("closing suggests this quarter's name and today, says what closing does, and lists the round", async () => {
    const { container, main } = await mount();
    await click(button(container, 'Close round…'));
    const dialog = container.querySelector('dialog')!;
    const [nameField, dateField] = Array.from(dialog.querySelectorAll('input'));
    expect(nameField!.value).toBe('2027 Q1 review');
    expect(dateField!.value).toBe(TODAY);
    expect(dialog.textContent).toContain('as a round that never changes');
    await click(byText(dialog, 'button', 'Close round'));
    expect(main.current().rounds.map((r) => [r.name, r.date])).toEqual([['2027 Q1 review', TODAY]]);
    const members = main.current().members.length;
    const framework = main.current().framework;
    expect(roundRows(container)).toEqual([
      ['2027 Q1 review', TODAY, String(members), `${framework.id} ${framework.version}`, '—'],
    ]);
    expect(container.querySelector('dialog')).toBeNull();
  });

  it('refuses an empty name in the dialog, with nothing sent to main', async () => {
    const { container, main } = await mount();
    await closeRound(container, '   ');
    expect(container.querySelector('dialog [role="alert"]')?.textContent).toBe('Give the round a name.');
    expect(main.api.closeRound).not.toHaveBeenCalled();
  });

  it('renames a round inline; Escape leaves it as it was', async () => {
    const { container, main } = await mount();
    await closeRound(container);
    await click(button(container, 'Rename 2027 Q1 review'));
    const field = container.querySelector<HTMLInputElement>('input[aria-label="New name for 2027 Q1 review"]')!;
    await setValue(field, 'Spring review');
    await act(async () => field.form!.requestSubmit());
    await settle();
    expect(main.current().rounds[0]!.name).toBe('Spring review');
    expect(roundRows(container)[0]![0]).toBe('Spring review');

    await click(button(container, 'Rename Spring review'));
    const again = container.querySelector<HTMLInputElement>('input[aria-label="New name for Spring review"]')!;
    await setValue(again, 'Other');
    await act(async () => again.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(main.current().rounds[0]!.name).toBe('Spring review');
    expect(container.querySelector('input[aria-label^="New name"]')).toBeNull();
  });

  it('deletes a round with an Undo that brings it back', async () => {
    const { container, main } = await mount();
    await closeRound(container);
    const id = main.current().rounds[0]!.id;
    await click(button(container, 'Delete 2027 Q1 review'));
    expect(main.current().rounds).toEqual([]);
    expect(container.querySelector('[role="status"].banner')?.textContent).toContain('Deleted 2027 Q1 review');
    await click(button(container, 'Undo'));
    expect(main.current().rounds.map((r) => r.id)).toEqual([id]);
    expect(main.api.undoDeleteRound).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.banner')).toBeNull();
  });

  it("starts a new round from a closed one after asking, and Undo restores today's team", async () => {
    const { container, main, store, asked } = await mount();
    await closeRound(container);
    const frozen = main.current().members.map((m) => m.id);
    const gone = frozen[0]!;
    await act(async () => void store.getState().request('member:delete', { memberId: gone }));
    await settle();
    const edited = main.current().members.map((m) => m.id);
    expect(edited).not.toContain(gone);

    await click(button(container, 'Start a new round from 2027 Q1 review'));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain("Today's team is replaced by the team as it was in 2027 Q1 review");
    expect(main.current().members.map((m) => m.id)).toEqual(frozen);
    expect(main.current().rounds).toHaveLength(1);

    await click(button(container, 'Undo'));
    expect(main.current().members.map((m) => m.id)).toEqual(edited);
  });

  it('asks before starting from a round, and a "no" changes nothing', async () => {
    const { container, main, asked } = await mount(false);
    await closeRound(container);
    await click(button(container, 'Start a new round from 2027 Q1 review'));
    expect(asked).toHaveLength(1);
    expect(main.api.reopenRound).not.toHaveBeenCalled();
  });

  it('what changed: the last closed round to today by default, with the levels that moved and who left, by role name', async () => {
    const { container, main, store } = await mount();
    await closeRound(container);
    const member = main.current().members[0]!;
    const skillId = main.current().framework.skills.find((s) => !s.retired && member.levels[s.id] === 1)?.id;
    expect(skillId).toBeDefined();
    await act(
      async () =>
        void store
          .getState()
          .request('member:save', { member: { ...member, levels: { ...member.levels, [skillId!]: 3 } } }),
    );
    await settle();
    const [from, to] = Array.from(container.querySelectorAll<HTMLSelectElement>('.what-changed__pickers select'));
    expect(from!.value).toBe(main.current().rounds[0]!.id);
    expect(to!.value).toBe('today');
    const up = container.querySelector('[data-section="levels-up"]')!;
    expect(up.querySelector('.what-changed__lead')?.textContent).toBe('1 level, 1 member');
    expect(up.querySelector('tbody tr')?.textContent).toContain(`${member.name}`);
    expect(up.querySelector('tbody tr')?.textContent).toContain('1 → 3');
    expect(main.api.compareRounds).toHaveBeenLastCalledWith({ from: main.current().rounds[0]!.id, to: 'today' });

    const leaving = main.current().members[1]!;
    await act(async () => void store.getState().request('member:delete', { memberId: leaving.id }));
    await settle();
    const roleName = main.current().framework.roles.find((r) => r.id === leaving.role)!.name;
    const left = container.querySelector('[data-section="left"] tbody tr');
    expect(Array.from(left!.children).map((c) => c.textContent)).toEqual([
      leaving.name,
      roleName,
      leaving.productTeam || '—',
    ]);

    await setValue(to!, from!.value);
    await settle();
    expect(container.textContent).toContain('Pick two different rounds');
  });

  it('exports the trends and the comparison, saying where the file went', async () => {
    const { container, main } = await mount();
    await closeRound(container);
    await click(button(container, 'Export the trends as CSV'));
    expect(main.api.exportTrends).toHaveBeenCalledWith({ format: 'csv' });
    const trendsStatus = container.querySelector('[aria-label="Export the trends"] [role="status"]');
    expect(trendsStatus?.textContent).toMatch(/^Saved to \/exports\//);
    await click(button(container, 'Export the comparison as Markdown'));
    expect(main.api.exportComparison).toHaveBeenCalledWith({
      from: main.current().rounds[0]!.id,
      to: 'today',
      format: 'md',
    });
  });
});
